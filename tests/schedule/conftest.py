"""The bundled sample day, served and run once per test process (its store copied per
test), and a local chat webhook that records the alerts it is sent."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import sample_day

from .schedule_helpers import AlertHook, Day


@pytest.fixture(scope="session")
def served(served: sample_day.Day) -> Day:
    """The session's sample day (``tests/conftest.py``), with its config as data."""
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    return Day(served.folder, config, served.store, served.day, served.evening, served.base_url)


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
