"""The demo's sample day, run once for every test of the MCP server, and copies of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from newsdesk import Newsdesk, load_config
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample

from .sample import SampleDay


@pytest.fixture(scope="package")
def sample_day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SampleDay]:
    """The sample day run once, unpublished: a Chinese digest (ai-ribao) and an English one."""
    sample = load_sample_day()
    folder = tmp_path_factory.mktemp("assistant")
    with serve_sample(sample) as server:
        path = folder / "newsdesk.yaml"
        text = yaml.safe_dump(demo_config(sample, server.base_url), allow_unicode=True)
        path.write_text(text, encoding="utf-8")
        evening = sample_evening(sample)
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            assert desk.run(publish=False).ok
            store = Path(desk.store_url.removeprefix("sqlite:///"))
        yield SampleDay(path, store, sample.day, evening)


@pytest.fixture(scope="module")
def copied(sample_day: SampleDay, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the sample day's store for one module, as a URL."""
    target = tmp_path_factory.mktemp("copy") / "newsdesk.db"
    shutil.copy(sample_day.store, target)
    return f"sqlite:///{target}"
