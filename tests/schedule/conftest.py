"""The bundled sample day, served and run once per module (its store copied per test),
and a local chat webhook that records the alerts it is sent."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from newsdesk import Newsdesk, load_config
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample

from .schedule_helpers import AlertHook, Day


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Day]:
    sample = load_sample_day()
    folder = tmp_path_factory.mktemp("schedule")
    with serve_sample(sample) as server:
        config = demo_config(sample, server.base_url)
        path = folder / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        evening = sample_evening(sample)
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            assert desk.run(publish=False).ok
            store = Path(desk.store_url.removeprefix("sqlite:///"))
        yield Day(folder, config, store, sample.day, evening, server.base_url)


@pytest.fixture
def copied(served: Day, tmp_path: Path) -> str:
    """A copy of the served day's store, for one test to change."""
    target = tmp_path / "copy.db"
    shutil.copy(served.store, target)
    return f"sqlite:///{target}"


@pytest.fixture
def hook() -> Iterator[AlertHook]:
    running = AlertHook()
    with running.server:
        yield running
