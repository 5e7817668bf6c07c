"""A store's schema: a new database is created at the newest revision on first use; an
older one is refused, naming `newsdesk db upgrade`, until it is upgraded; a newer one
(written by a newer newsdesk) is refused and never touched.  On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest import HEAD
from newsdesk.exceptions import StoreError
from newsdesk.store import open_store, store_schema, upgrade_store

StoreAt = Callable[[str, str], None]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.db'}"
    return str(request.getfixturevalue("empty_postgres"))


def revision_of(url: str) -> str:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        found = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    return str(found)


def later_than(revision: str) -> list[str]:
    return [f"{n:04d}" for n in range(int(revision) + 1, int(HEAD) + 1)]


def test_a_new_database_is_created_at_the_newest_schema_on_first_use(url: str) -> None:
    open_store(url).close()

    assert revision_of(url) == HEAD
    status = store_schema(url)
    assert (status.current, status.head, status.pending, status.newer) == (HEAD, HEAD, (), False)


def test_an_older_store_is_refused_with_the_command_and_the_backup_to_make(
    url: str, store_at: StoreAt
) -> None:
    store_at(url, "0008")

    with pytest.raises(StoreError) as refused:
        open_store(url)

    message = str(refused.value)
    assert f"has schema 0008; this newsdesk needs {HEAD}. Run `newsdesk db upgrade`" in message
    if url.startswith("sqlite"):
        assert f"back up the file first: {url.removeprefix('sqlite:///')})" in message
    else:
        database = sa.engine.make_url(url).database
        assert f"back up the database first, e.g. pg_dump {database})" in message
    assert revision_of(url) == "0008"  # refusing changed nothing


def test_status_lists_what_an_upgrade_applies_and_upgrade_applies_it_once(
    url: str, store_at: StoreAt
) -> None:
    store_at(url, "0008")

    before = store_schema(url)
    upgraded = upgrade_store(url)
    again = upgrade_store(url)

    assert (before.current, before.head, before.newer) == ("0008", HEAD, False)
    assert [m.revision for m in before.pending] == later_than("0008")
    assert before.pending[0].summary.startswith("Which process ran each run")
    assert (upgraded.before, upgraded.after) == ("0008", HEAD)
    assert (again.before, again.after) == (HEAD, HEAD)
    open_store(url).close()
    assert store_schema(url).pending == ()


def test_a_store_newer_than_this_newsdesk_is_refused_and_never_downgraded(url: str) -> None:
    open_store(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()

    with pytest.raises(StoreError) as refused:
        open_store(url)
    with pytest.raises(StoreError):
        upgrade_store(url)
    status = store_schema(url)

    assert f"has schema 9999, newer than this newsdesk knows (its newest is {HEAD})" in str(
        refused.value
    )
    assert "Install that newer newsdesk again" in str(refused.value)
    assert (status.current, status.newer, status.pending) == ("9999", True, ())
    assert revision_of(url) == "9999"


def test_status_of_a_sqlite_file_not_made_yet_makes_none(tmp_path: Path) -> None:
    path = tmp_path / "later.db"

    status = store_schema(f"sqlite:///{path}")

    assert status.current is None and [m.revision for m in status.pending] == later_than("0000")
    assert not path.exists()
