"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext

from newsdesk.store import SqlStore, open_store, upgrade_store
from newsdesk.store._sql import _use_wal
from newsdesk.store._tables import metadata

VERSIONS = Path(__file__).parents[2] / "src/newsdesk/store/migrations/versions"
HEAD = sorted(p.name[:4] for p in VERSIONS.glob("0*.py"))[-1]


def test_migrated_schema_matches_table_definitions(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        assert compare_metadata(context, metadata) == []


def test_sqlite_store_uses_wal(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'wal.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
    store.close()


def test_switching_a_new_file_to_wal_tries_again_when_sqlite_fails_it_at_once(
    tmp_path: Path,
) -> None:
    # Two processes switching a new file at once deadlock, and SQLite fails one at once,
    # busy timeout or not (CI saw "database is locked"); a connection with no busy timeout
    # is failed at once the same way, so it stands for that side here.
    file = tmp_path / "new.db"
    holder = sqlite3.connect(file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.3, holder.execute, args=("COMMIT",)).start()
    conn = sqlite3.connect(file, timeout=0)

    _use_wal(conn)

    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    holder.close()


def test_opening_twice_migrates_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    open_store(url).close()
    store = open_store(url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    store.close()


FIRST_RUN = """
import sys, time
from newsdesk.store import open_store
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
open_store(sys.argv[1]).close()
"""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_first_runs_at_once_on_an_empty_database_migrate_once(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'first.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("empty_postgres")
    )
    # Processes, as in life: Alembic's module-level context is not for threads.
    start_at = str(time.time() + 4)  # after every interpreter has imported newsdesk
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_RUN, url, start_at],
            stderr=subprocess.PIPE,
            env=os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)},
        )
        for _ in range(3)
    ]
    errors = [run.communicate(timeout=60)[1].decode() for run in runs]

    assert [run.returncode for run in runs] == [0, 0, 0], errors
    store = open_store(url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_store_of_0009_keeps_its_days_as_revision_1_with_their_status(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'old.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("empty_postgres")
    )
    engine = sa.create_engine(url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(VERSIONS.parent))
    now = datetime(2026, 5, 14, tzinfo=UTC)
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        config.attributes["connection"] = conn
        command.upgrade(config, "0009")
        conn.execute(
            sa.text(
                "INSERT INTO stories (id, title, titles, first_seen, last_updated, item_count,"
                " source_count, domain_count, sources, domains, languages, source_items,"
                " breakdown, category_scores, publishers) VALUES ('s1', 't', '{}', :now, :now,"
                " 1, 1, 1, '[]', '[]', '[]', '{}', '{}', '{}', '[]')"
            ),
            {"now": now},
        )
        for name, status in (("a", "published"), ("b", "draft")):
            conn.execute(
                sa.text(
                    "INSERT INTO editions (digest, day, created, status) "
                    "VALUES (:name, '2026-05-14', :now, 'selected')"
                ),
                {"name": name, "now": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO digests (name, day, language, title, status, body,"
                    " verification, usage, created, updated) VALUES (:name, '2026-05-14',"
                    " 'en', 't', :status, '{}', '{}', '{}', :now, :now)"
                ),
                {"name": name, "status": status, "now": now},
            )
        conn.execute(
            sa.text(
                "INSERT INTO edition_stories (edition_id, story_id, section, rank, score,"
                " item_count, breakdown) SELECT id, 's1', 'lead', 1, 1.0, 1, '{}' FROM editions"
            )
        )
    engine.dispose()
    upgrade_store(url)
    store = open_store(url)
    with store.engine.connect() as conn:
        editions = conn.execute(
            sa.text("SELECT digest, revision, status FROM editions ORDER BY digest")
        ).all()
        digests = conn.execute(sa.text("SELECT name, revision FROM digests ORDER BY name")).all()
    assert [tuple(r) for r in editions] == [("a", 1, "published"), ("b", 1, "draft")]
    assert [tuple(r) for r in digests] == [("a", 1), ("b", 1)]
    found = store.edition("a")
    assert found is not None and found.lead == ("s1",)
    store.close()
