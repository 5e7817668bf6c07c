"""Progress: bars on a terminal, log lines elsewhere, labels never read as markup."""

from __future__ import annotations

import io
import logging

import pytest
from rich.console import Console

from newsdesk.progress import BarProgress, LogProgress


def test_log_progress_writes_one_line_per_step(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="newsdesk")
    progress = LogProgress()
    progress.stage("fetch", 2)
    progress.advance("机器之心")
    progress.advance("Hacker News", ok=False)
    assert caplog.messages == [
        "fetch: 2 to do",
        "fetch [1/2] 机器之心 ok",
        "fetch [2/2] Hacker News FAILED",
    ]


def test_bar_progress_draws_stages_and_escapes_labels() -> None:
    out = io.StringIO()
    progress = BarProgress(Console(file=out, force_terminal=True, width=100))
    progress.stage("fetch", 2)
    progress.advance("broken", ok=False)
    progress.advance("[bold]Lab[/bold] notes")
    progress.stage("full text", 0)
    progress.close()
    text = out.getvalue()
    assert "fetch" in text and "2/2" in text
    assert "[bold]Lab[/bold] notes" in text
    assert "full text" not in text
