"""What every part of the SQL store shares: the engine, transactions, error wrapping."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from newsdesk.exceptions import StoreError
from newsdesk.model import Item, StoredItem


@contextmanager
def wrap_errors(action: str) -> Iterator[None]:
    """Turn driver errors into StoreError that says what we were doing."""
    try:
        yield
    except sa.exc.SQLAlchemyError as err:
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        if reason == "unable to open database file":  # SQLite's words for a folder
            reason += ": its folder must be there, and newsdesk allowed to write in it"
        raise StoreError(f"Could not {action}: {reason}") from err


class SqlBase:
    """An engine, its dialect's upsert, and transactions that raise StoreError."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._insert: Any = (
            postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        )

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _begin(self, action: str, *, writes_after_reading: bool = False) -> Iterator[Connection]:
        """A transaction, its errors reported as ``action``.  ``writes_after_reading``: on
        SQLite it takes the write lock as it begins, waiting for another process's
        transaction to end; a transaction that reads, then writes after another process
        wrote, would otherwise fail at once ("database is locked")."""
        with wrap_errors(action), self.engine.begin() as conn:
            if (
                writes_after_reading
                and conn.dialect.name == "sqlite"
                and not conn.connection.driver_connection.in_transaction  # type: ignore[union-attr]
            ):  # an ``immediate`` store (open_store) has begun it so already
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn


def process_alive(pid: int) -> bool:
    """Whether a process of this machine still exists (signal 0 only asks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours to signal
        return True
    return True


def stored_item(row: sa.Row[Any]) -> StoredItem:
    """The StoredItem of an ``items`` row."""
    m = row._mapping
    item = Item(
        source_id=m["source_id"],
        url=m["url"],
        canonical_url=m["canonical_url"],
        title=m["title"],
        snippet=m["snippet"],
        text=m["text"],
        author=m["author"],
        published=m["published"],
        language=m["language"],
        content_hash=m["content_hash"],
        external_url=m["external_url"],
        metrics=dict(m["metrics"] or {}),
        tags=tuple(m["tags"] or ()),
        publisher=m["publisher"],
        publisher_key=m["publisher_key"],
    )
    return StoredItem(
        id=m["id"],
        item=item,
        first_seen=m["first_seen"],
        last_seen=m["last_seen"],
        fulltext_status=m["fulltext_status"],
    )
