"""The stage tests' store and config: the seeded day of :mod:`seeded_day`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from newsdesk.config import Config, parse_config
from newsdesk.store import SqlStore, open_store

from .seeded_day import CONFIG, EVENING, REPORTS, report


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, base_dir=tmp_path, env={})


@pytest.fixture
def day_store(tmp_path: Path, config: Config, migrated_sqlite: Path) -> Iterator[SqlStore]:
    """A store holding the day's six reports as collect leaves them: no vectors yet (a
    copy of the process's migrated store, seeded)."""
    path = tmp_path / "day.db"
    shutil.copyfile(migrated_sqlite, path)
    opened = open_store(f"sqlite:///{path}")
    opened.sync_sources(config.sources)
    opened.upsert_items([report(n) for n in range(len(REPORTS))], EVENING - timedelta(hours=3))
    try:
        yield opened
    finally:
        opened.close()
