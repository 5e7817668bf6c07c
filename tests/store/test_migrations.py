"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from newsdesk.store import SqlStore, open_store
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


def test_opening_twice_migrates_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    open_store(url).close()
    store = open_store(url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    store.close()
