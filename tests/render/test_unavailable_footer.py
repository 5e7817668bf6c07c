"""A digest may end with a line naming the sources that were unavailable that day."""

from __future__ import annotations

from dataclasses import replace

import pytest
from render_helpers import digest

from newsdesk.config import Config
from newsdesk.render import render_markdown


def _config(line: str) -> Config:
    return Config.model_validate(
        {
            "render": {"footer": "加入群组", "unavailable_footer": line},
            "digests": [{"name": "ai-ribao", "title": "AI 日报"}],
        }
    )


@pytest.mark.parametrize("style", ["ribao", "insight", "brief"])
def test_the_unavailable_sources_line_comes_before_the_footer(style: str) -> None:
    config = _config("今日暂缺来源：{sources}")
    down = replace(digest(), unavailable=("量子位", "Heron Route"))

    markdown = render_markdown(down, style, config, config.digests[0]).markdown

    assert "今日暂缺来源：量子位、Heron Route\n\n加入群组" in markdown


def test_no_line_when_every_source_was_available_or_none_is_configured() -> None:
    configured = _config("今日暂缺来源：{sources}")
    quiet = render_markdown(digest(), "ribao", configured, configured.digests[0]).markdown
    unset = _config("")
    down = replace(digest(), unavailable=("量子位",))
    off = render_markdown(down, "ribao", unset, unset.digests[0]).markdown

    assert "今日暂缺来源" not in quiet
    assert "\n\n加入群组" in off and "量子位\n\n加入群组" not in off
