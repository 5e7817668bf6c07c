"""The demo's sample day, run once per test process, for the MCP server's tests, and
copies of it."""

from __future__ import annotations

import shutil

import pytest

from sample_day import Day

from .sample import SampleDay


@pytest.fixture(scope="session")
def sample_day(served: Day) -> SampleDay:
    """The session's sample day (``tests/conftest.py``), unpublished: a Chinese digest
    (ai-ribao) and an English one."""
    return SampleDay(served.config_path, served.store, served.day, served.evening)


@pytest.fixture(scope="module")
def copied(sample_day: SampleDay, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the sample day's store for one module, as a URL."""
    target = tmp_path_factory.mktemp("copy") / "newsdesk.db"
    shutil.copy(sample_day.store, target)
    return f"sqlite:///{target}"
