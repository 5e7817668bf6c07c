"""The SQL store (SQLite or PostgreSQL) through SQLAlchemy Core."""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from newsdesk.config import SourceConfig, as_written
from newsdesk.exceptions import StoreError
from newsdesk.model import FetchState, Item, SourceStats, StoredItem, UpsertCounts
from newsdesk.store import _tables as t
from newsdesk.store._accounts import AccountQueries
from newsdesk.store._archive import ArchiveQueries
from newsdesk.store._base import stored_item
from newsdesk.store._digests import DigestQueries
from newsdesk.store._editions import EditionQueries
from newsdesk.store._leases import LeaseQueries
from newsdesk.store._llm_cache import LLMCacheQueries
from newsdesk.store._publications import PublicationQueries
from newsdesk.store._runs import RunQueries
from newsdesk.store._schedule import ScheduleQueries
from newsdesk.store._schema import (
    SchemaStatus,
    SchemaUpgrade,
    ensure_schema,
    migrate,
    schema_status,
)
from newsdesk.store._search import SearchQueries
from newsdesk.store._stories import StoryQueries

log = logging.getLogger(__name__)

_BATCH = 500

#: Seconds a connection waits for another process's lock (SQLite's busy timeout).
_BUSY_SECONDS = 30.0


def _use_wal(dbapi_conn: sqlite3.Connection) -> None:
    """Switch the file to write-ahead logging, retrying while another process does too.

    Two connections switching a new file at once can each hold a read lock and want the
    write lock; SQLite then fails one at once ("database is locked") instead of waiting,
    since waiting would never end. The loser's statement has released its lock, so trying
    again succeeds as soon as the winner is done.
    """
    deadline = time.monotonic() + _BUSY_SECONDS
    while True:
        try:
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _engine(url: str, *, immediate: bool = False) -> Engine:
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as err:
        raise StoreError(
            f"{url!r} is not a database URL. Use a path, sqlite:///path.db "
            "or postgresql+psycopg://user@host/db."
        ) from err
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            engine = sa.create_engine(parsed, connect_args={"timeout": _BUSY_SECONDS})
        else:  # in memory: one connection, else each thread would open an empty database
            engine = sa.create_engine(
                parsed,
                connect_args={"timeout": _BUSY_SECONDS, "check_same_thread": False},
                poolclass=sa.pool.StaticPool,
            )

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            _use_wal(dbapi_conn)
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            if immediate:  # we begin each transaction ourselves, below
                dbapi_conn.isolation_level = None

        if immediate:

            @sa.event.listens_for(engine, "begin")
            def _begin_immediate(conn: sa.Connection) -> None:
                # A transaction that reads, then writes after another process wrote, fails
                # at once ("database is locked"); taking the write lock first waits instead.
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True)
    raise StoreError(
        f"Unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL."
    )


def open_store(url: str, *, immediate: bool = False) -> SqlStore:
    """Open the store at a SQLAlchemy URL; a new database is created at the newest schema.

    ``immediate`` (SQLite only) has every transaction take the write lock as it begins,
    waiting for it: what many processes writing at once need (Celery workers), at the
    cost of running their transactions one at a time.

    Raises StoreError when the database's schema is older (``newsdesk db upgrade``) or
    newer than this newsdesk's.
    """
    engine = _engine(url)
    _make_folder(engine)
    try:
        ensure_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    if immediate and engine.dialect.name == "sqlite":  # the migrations begin their own
        engine.dispose()
        engine = _engine(url, immediate=True)
    return SqlStore(engine)


def _make_folder(engine: Engine) -> None:
    """Make the folder of a new SQLite file: only what creates the store does, so that
    reading a mistyped path leaves no folder behind."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        Path(str(engine.url.database)).parent.mkdir(parents=True, exist_ok=True)


def missing_store_file(url: str) -> Path | None:
    """The file of a SQLite store at ``url`` when there is no such file (opening it would
    make a new, empty store there); None for one that exists, one in memory, PostgreSQL,
    or what is not a database URL (opening it says why)."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    file = Path(str(parsed.database))
    return None if file.exists() else file


#: Query parameters of a database URL that may hold a credential: left out of its name.
_SECRET_PARAM = re.compile(r"pass|secret|token|key", re.IGNORECASE)


def store_name(url: str) -> str:
    """The store at ``url`` named without its credentials, the same for every spelling
    of one database: what a run's tasks carry, so no password crosses the broker, and
    what a worker compares with the store it serves.  SQLite: the file's absolute path;
    PostgreSQL: ``postgresql://user@host:port/db`` with the non-secret parameters (a
    ``search_path`` names a schema, which is a store of its own).

    Raises StoreError for what is not a database URL.
    """
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as err:
        raise StoreError(f"{url!r} is not a database URL.") from err
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ":memory:"
        if database != ":memory:":
            database = str(Path(database).resolve())
        return f"sqlite:///{database}"
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    query = "&".join(
        f"{key}={value}"
        for key, values in sorted(parsed.query.items())
        if not _SECRET_PARAM.search(key)
        for value in ([values] if isinstance(values, str) else values)
    )
    name = f"{backend}://{user}{parsed.host or ''}{port}/{parsed.database or ''}"
    return f"{name}?{query}" if query else name


def store_schema(url: str) -> SchemaStatus:
    """Where the schema of the store at a URL stands; changes nothing."""
    engine = _engine(url)
    try:
        return schema_status(engine)
    finally:
        engine.dispose()


def upgrade_store(url: str) -> SchemaUpgrade:
    """Bring the store at a URL to the newest schema (creating it when new).

    Raises StoreError when its schema is newer than this newsdesk's.
    """
    engine = _engine(url)
    _make_folder(engine)
    try:
        return migrate(engine)
    finally:
        engine.dispose()


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _text(value: str) -> str:
    """Text every backend stores: PostgreSQL refuses NUL, no encoder takes a lone surrogate."""
    return _UNSTORABLE.sub("", value) if value else value


def _aware(value: Any) -> datetime | None:
    """An aggregate's time as aware UTC (SQLite returns text or naive times for max())."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _item_row(item: Item) -> dict[str, Any]:
    return {
        "source_id": item.source_id,
        "url": _text(item.url),
        "canonical_url": _text(item.canonical_url),
        "title": _text(item.title),
        "snippet": _text(item.snippet),
        "text": _text(item.text),
        "author": _text(item.author),
        "published": item.published,
        "language": item.language,
        "content_hash": item.content_hash,
        "external_url": _text(item.external_url),
        "metrics": {_text(k): v for k, v in item.metrics.items()},
        "tags": [_text(t) for t in item.tags],
        "publisher": _text(item.publisher),
        "publisher_key": _text(item.publisher_key),
    }


def _richness(item: Item) -> tuple[bool, int]:
    return item.published is not None, len(item.text) + len(item.snippet)


class SqlStore(
    StoryQueries,
    SearchQueries,
    EditionQueries,
    LLMCacheQueries,
    DigestQueries,
    PublicationQueries,
    LeaseQueries,
    RunQueries,
    ArchiveQueries,
    ScheduleQueries,
    AccountQueries,
):
    """:class:`newsdesk.store.Store` on SQLAlchemy Core."""

    # -- sources -------------------------------------------------------------------

    def sync_sources(self, sources: Sequence[SourceConfig]) -> None:
        rows = [
            {
                "id": s.id,
                "kind": s.kind,
                "name": s.label,
                # as written: a ${VAR} in it may hold a secret (a private feed's key)
                "url": as_written(
                    str(getattr(s, "url", None) or getattr(s, "route", None) or ""), s
                ),
                "language": s.language,
                "weight": s.weight,
                "tags": list(s.tags),
                "enabled": s.enabled,
            }
            for s in sources
        ]
        if not rows:
            return
        stmt = self._insert(t.sources)
        moved = t.sources.c.url != stmt.excluded.url  # validators belong to the old address
        updates: dict[str, Any] = {k: stmt.excluded[k] for k in rows[0] if k != "id"}
        updates["etag"] = sa.case((moved, None), else_=t.sources.c.etag)
        updates["last_modified"] = sa.case((moved, None), else_=t.sources.c.last_modified)
        stmt = stmt.on_conflict_do_update(index_elements=[t.sources.c.id], set_=updates)
        with self._begin("record the sources") as conn:
            conn.execute(stmt.values(consecutive_failures=0), rows)

    def fetch_states(self, ids: Sequence[str] | None = None) -> dict[str, FetchState]:
        query = sa.select(t.sources)
        if ids is not None and len(ids) <= _BATCH:  # a worker's few; a run's all are read
            query = query.where(t.sources.c.id.in_(list(ids)))
        with self._begin("read source states") as conn:
            result = conn.execute(query)
            return {
                r.id: FetchState(
                    source_id=r.id,
                    etag=r.etag,
                    last_modified=r.last_modified,
                    last_fetched=r.last_fetched,
                    last_success=r.last_success,
                    last_status=r.last_status,
                    last_error=r.last_error,
                    consecutive_failures=r.consecutive_failures,
                    last_entries=r.last_entries,
                    last_newest=r.last_newest,
                    last_skipped=dict(r.last_skipped or {}),
                )
                for r in result
            }

    def save_fetch_state(self, state: FetchState) -> None:
        with self._begin(f"save the fetch state of {state.source_id}") as conn:
            conn.execute(
                t.sources.update()
                .where(t.sources.c.id == state.source_id)
                .values(
                    etag=state.etag,
                    last_modified=state.last_modified,
                    last_fetched=state.last_fetched,
                    last_success=state.last_success,
                    last_status=state.last_status,
                    last_error=_text(state.last_error or "") or None,
                    consecutive_failures=state.consecutive_failures,
                    last_entries=state.last_entries,
                    last_newest=state.last_newest,
                    last_skipped={_text(k): v for k, v in state.last_skipped.items()},
                )
            )

    def source_stats(self, now: datetime, window_days: int) -> dict[str, SourceStats]:
        c = t.items.c
        day = sa.literal(now - timedelta(days=1), t.UTCDateTime)
        window = sa.literal(now - timedelta(days=window_days), t.UTCDateTime)
        query = sa.select(
            c.source_id,
            sa.func.max(sa.func.coalesce(c.published, c.first_seen)).label("newest"),
            sa.func.max(c.first_seen).label("last_new"),
            sa.func.min(c.first_seen).label("first_new"),
            sa.func.sum(sa.case((c.first_seen >= day, 1), else_=0)).label("last_day"),
            sa.func.sum(sa.case((c.first_seen >= window, 1), else_=0)).label("window"),
        ).group_by(c.source_id)
        with self._begin("read source statistics") as conn:
            rows = conn.execute(query).all()
        return {
            r.source_id: SourceStats(
                r.source_id,
                _aware(r.newest),
                _aware(r.last_new),
                _aware(r.first_new),
                int(r.last_day or 0),
                int(r.window or 0),
            )
            for r in rows
        }

    # -- items ---------------------------------------------------------------------

    def upsert_items(self, items: Sequence[Item], now: datetime) -> UpsertCounts:
        richest: dict[str, Item] = {}  # a batch may repeat a URL; keep its fullest copy
        for item in items:
            kept = richest.get(item.canonical_url)
            if kept is None or _richness(item) > _richness(kept):
                richest[item.canonical_url] = item
        total = UpsertCounts()
        batch = list(richest.values())
        with self._begin("store items") as conn:
            for start in range(0, len(batch), _BATCH):
                total += self._upsert_isolated(conn, batch[start : start + _BATCH], now)
        return total

    def _upsert_isolated(self, conn: Connection, batch: list[Item], now: datetime) -> UpsertCounts:
        """The batch in one statement; when the database refuses its data, each item alone,
        so an item it cannot take is left out (and logged), never the batch."""
        try:
            with conn.begin_nested():
                return self._upsert_batch(conn, batch, now)
        except (sa.exc.DataError, sa.exc.IntegrityError) as err:
            if len(batch) == 1:
                log.warning("item %s not stored: %s", batch[0].canonical_url[:200], err.orig)
                return UpsertCounts(rejected=1)
        total = UpsertCounts()
        for item in batch:
            total += self._upsert_isolated(conn, [item], now)
        return total

    def _upsert_batch(self, conn: Connection, batch: list[Item], now: datetime) -> UpsertCounts:
        c = t.items.c
        found = conn.execute(
            sa.select(c.id, c.canonical_url, c.content_hash, c.source_id).where(
                c.canonical_url.in_([i.canonical_url for i in batch])
            )
        )
        existing = {r.canonical_url: (r.id, r.content_hash, r.source_id) for r in found}
        elsewhere = []
        new, changed, seen = [], [], []
        for item in batch:
            if item.canonical_url not in existing:
                new.append(_item_row(item) | {"first_seen": now, "last_seen": now})
                continue
            row_id, content_hash, owner = existing[item.canonical_url]
            if owner != item.source_id:
                # Another source carried it first and keeps it; this is one more sighting.
                elsewhere.append({"_id": row_id, "last_seen": now})
            elif content_hash == item.content_hash:
                # Its publisher too: rows stored before publishers were kept get one.
                seen.append(
                    {
                        "_id": row_id,
                        "last_seen": now,
                        "metrics": item.metrics,
                        "publisher": item.publisher,
                        "publisher_key": item.publisher_key,
                    }
                )
            else:
                row = _item_row(item) | {"_id": row_id, "last_seen": now}
                del row["canonical_url"]
                changed.append(row)
        if new:
            stmt = self._insert(t.items).on_conflict_do_nothing(index_elements=[c.canonical_url])
            conn.execute(stmt, new)
        if changed:
            self._update_changed(conn, changed)
        if seen:
            conn.execute(
                t.items.update()
                .where(c.id == sa.bindparam("_id"))
                .values(
                    last_seen=sa.bindparam("last_seen"),
                    metrics=sa.bindparam("metrics"),
                    publisher=sa.bindparam("publisher"),
                    publisher_key=sa.bindparam("publisher_key"),
                ),
                seen,
            )
        if elsewhere:
            conn.execute(
                t.items.update()
                .where(c.id == sa.bindparam("_id"))
                .values(last_seen=sa.bindparam("last_seen")),
                elsewhere,
            )
        unchanged = len(seen) + len(elsewhere)
        return UpsertCounts(new=len(new), updated=len(changed), unchanged=unchanged)

    def _update_changed(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        c = t.items.c
        keep_text = sa.case((sa.bindparam("text") == "", c.text), else_=sa.bindparam("text"))
        keep_published = sa.func.coalesce(
            sa.bindparam("published", type_=t.UTCDateTime), c.published
        )
        values: dict[str, Any] = {k: sa.bindparam(k) for k in rows[0] if k not in ("_id",)}
        values["text"] = keep_text
        values["published"] = keep_published
        conn.execute(t.items.update().where(c.id == sa.bindparam("_id")).values(values), rows)
        self._forget_derived(conn, [r["_id"] for r in rows])

    def _forget_derived(self, conn: Connection, item_ids: list[int]) -> None:
        """Drop what was made from items' old text; the next run makes it again."""
        conn.execute(t.item_vectors.delete().where(t.item_vectors.c.item_id.in_(item_ids)))
        conn.execute(
            t.items.update().where(t.items.c.id.in_(item_ids)).values(desk_terms=None, minhash=None)
        )

    def items(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        source_ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[StoredItem]:
        c = t.items.c
        when = sa.func.coalesce(c.published, c.first_seen)
        query = sa.select(t.items).order_by(when.desc(), c.id.desc())
        if start is not None:
            query = query.where(when >= sa.literal(start, t.UTCDateTime))
        if end is not None:
            query = query.where(when < sa.literal(end, t.UTCDateTime))
        if source_ids:
            query = query.where(c.source_id.in_(list(source_ids)))
        if limit is not None:
            query = query.limit(limit)
        with self._begin("read items") as conn:
            return [stored_item(r) for r in conn.execute(query)]

    def count_items(self) -> int:
        with self._begin("count items") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.items)).scalar_one())

    def items_needing_fulltext(
        self,
        source_ids: Sequence[str],
        min_chars: int,
        limit: int,
        *,
        only: Collection[int] | None = None,
    ) -> list[StoredItem]:
        if not source_ids or limit <= 0 or (only is not None and not only):
            return []
        c = t.items.c
        query = (
            sa.select(t.items)
            .where(c.source_id.in_(list(source_ids)))
            .where(c.fulltext_status.is_(None))
            .where(sa.func.length(c.text) < min_chars)
            .order_by(c.first_seen.desc(), c.id.desc())
            .limit(limit)
        )
        if only is not None:
            query = query.where(c.id.in_(sorted(only)))
        with self._begin("find items for full text") as conn:
            return [stored_item(r) for r in conn.execute(query)]

    def save_fulltext(self, item_id: int, text: str, status: str) -> None:
        values: dict[str, Any] = {"fulltext_status": status}
        if text:
            values["text"] = text
        with self._begin("store an article text") as conn:
            conn.execute(t.items.update().where(t.items.c.id == item_id).values(**values))
            if text:
                self._forget_derived(conn, [item_id])
