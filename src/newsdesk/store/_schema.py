"""The store's schema revision: made on first use, upgraded only when asked.

A new (empty) database is created at the newest revision the first time it is opened.
An existing one at an older revision is refused, with the command that upgrades it: a
migration may rebuild tables, so the user backs the database up first and chooses when.
One at a revision this newsdesk does not know (a newer newsdesk upgraded it) is refused
too: the older code would misread it.

Creating and upgrading hold the database's write lock (SQLite) or an advisory lock
(PostgreSQL) from before the revision is read until it commits, so two processes opening
a new database at once create it once, and two upgrades at once upgrade it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from newsdesk._command import command as typed_command
from newsdesk.exceptions import StoreError
from newsdesk.store._base import wrap_errors

_MIGRATIONS = Path(__file__).parent / "migrations"

#: Key of the PostgreSQL advisory lock held while migrating (any number of our own).
_MIGRATION_LOCK = 0x6E657773  # "news"


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema revision an upgrade applies."""

    #: Its id ("0011").
    revision: str
    #: What it changes, in a line.
    summary: str


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Where a store's schema stands against this newsdesk's migrations."""

    #: The database (password hidden).
    url: str
    #: Its revision (None: a new, empty database).
    current: str | None
    #: The newest revision this newsdesk knows.
    head: str
    #: What an upgrade would apply, oldest first (empty when current or newer).
    pending: tuple[Migration, ...]
    #: True when the database is at a revision this newsdesk does not know.
    newer: bool


@dataclass(frozen=True, slots=True)
class SchemaUpgrade:
    """What ``upgrade`` did to a store's schema."""

    #: The database (password hidden).
    url: str
    #: Its revision before (None: it was empty).
    before: str | None
    #: Its revision now: the head.
    after: str


def _alembic() -> tuple[AlembicConfig, ScriptDirectory]:
    config = AlembicConfig()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config, ScriptDirectory.from_config(config)


def _shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _backup_hint(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return f"back up the file first: {engine.url.database}"
    return f"back up the database first, e.g. pg_dump {engine.url.database}"


def older_error(engine: Engine, current: str, head: str) -> StoreError:
    """The store needs ``db upgrade``: what to run, and what to save before."""
    return StoreError(
        f"The store at {_shown(engine)} has schema {current}; this newsdesk needs {head}. "
        f"Run `{typed_command()} db upgrade` ({_backup_hint(engine)})."
    )


def newer_error(engine: Engine, current: str, head: str) -> StoreError:
    """A newer newsdesk upgraded the store; this one must not touch it."""
    return StoreError(
        f"The store at {_shown(engine)} has schema {current}, newer than this newsdesk "
        f"knows (its newest is {head}): a newer newsdesk upgraded it. Install that newer "
        "newsdesk again (pip install -U newsdesk), or restore the backup made before "
        "the upgrade."
    )


def _pending(scripts: ScriptDirectory, current: str | None) -> tuple[Migration, ...]:
    head = scripts.get_current_head()
    assert head is not None
    found = scripts.iterate_revisions(head, current or "base")
    return tuple(Migration(s.revision, " ".join(s.doc.split())) for s in reversed(list(found)))


def _revisions(scripts: ScriptDirectory) -> set[str]:
    return {s.revision for s in scripts.walk_revisions()}


def _opening(engine: Engine) -> str:
    """What opening the store is, for its error: a SQLite file by its path, as SQLite's
    own words ("unable to open database file") name none."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        return "open the database"
    return f"open the database {path}"


def _current(engine: Engine) -> str | None:
    with wrap_errors(_opening(engine)), engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_status(engine: Engine) -> SchemaStatus:
    """The database's revision, the head, and what an upgrade would apply."""
    _, scripts = _alembic()
    head = scripts.get_current_head()
    assert head is not None
    file = engine.url.database if engine.dialect.name == "sqlite" else None
    missing = file not in (None, "", ":memory:") and not Path(str(file)).exists()
    current = None if missing else _current(engine)  # asking must not make the file
    if current is not None and current not in _revisions(scripts):
        return SchemaStatus(_shown(engine), current, head, (), newer=True)
    return SchemaStatus(_shown(engine), current, head, _pending(scripts, current), newer=False)


def ensure_schema(engine: Engine) -> None:
    """Create a new database at the head; refuse one at another revision.

    Raises StoreError naming ``newsdesk db upgrade`` for an older schema, and one saying
    so for a schema newer than this newsdesk.
    """
    _, scripts = _alembic()
    head = scripts.get_current_head()
    assert head is not None
    current = _current(engine)  # the usual case, current, takes no lock
    if current == head:
        return
    if current is None:
        _upgrade(engine, fresh_only=True)
        return
    if current in _revisions(scripts):
        raise older_error(engine, current, head)
    raise newer_error(engine, current, head)


def migrate(engine: Engine) -> SchemaUpgrade:
    """Bring the schema to the newest revision (a no-op when it is current).

    Raises StoreError when the schema is newer than this newsdesk knows.
    """
    return _upgrade(engine, fresh_only=False)


def _upgrade(engine: Engine, *, fresh_only: bool) -> SchemaUpgrade:
    """Upgrade under the lock, reading the revision again once it is held: another
    process may have created or upgraded the database meanwhile."""
    config, scripts = _alembic()
    head = scripts.get_current_head()
    assert head is not None
    sqlite = engine.dialect.name == "sqlite"
    try:
        with wrap_errors(_opening(engine)), engine.begin() as conn:
            if not sqlite:
                conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
                )
            else:
                # SQLite changes a table's constraints by rebuilding it, which its foreign
                # keys would take for deleting the rows they point at (the rebuilt table
                # keeps every id); the pragma only works outside a transaction.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                # the driver would begin only at the first write, after the revision is read
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            current = MigrationContext.configure(conn).get_current_revision()
            if current is not None and current not in _revisions(scripts):
                raise newer_error(engine, current, head)
            if current != head:
                if fresh_only and current is not None:
                    raise older_error(engine, current, head)
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
            return SchemaUpgrade(_shown(engine), current, head)
    finally:
        if sqlite and engine.url.database not in (None, "", ":memory:"):
            engine.dispose()  # connections are made again, with foreign keys on
        elif sqlite:  # the one connection holds the database: switch them back on
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
