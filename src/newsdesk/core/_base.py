"""What every part of the :class:`~newsdesk.core.Newsdesk` shares: the config, the store
and the embedder opened on first use, the clock, and finding a digest and its edition."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self
from zoneinfo import ZoneInfo

from newsdesk._command import command
from newsdesk.accounts import Accounts
from newsdesk.config import Config, DigestConfig
from newsdesk.core._background import BackgroundRuns
from newsdesk.desk import Embedder
from newsdesk.exceptions import ConfigError, NotFoundError
from newsdesk.model import StoredEdition
from newsdesk.progress import NullProgress, Progress
from newsdesk.stages import day_end, make_embedder
from newsdesk.store import (
    SchemaStatus,
    SchemaUpgrade,
    SqlStore,
    missing_store_file,
    open_store,
    store_schema,
    upgrade_store,
)


def utc_now() -> datetime:
    return datetime.now(UTC)


#: The editor acting in the current context (see :meth:`DeskBase.acting_as`).
_ACTING: ContextVar[str | None] = ContextVar("newsdesk_acting", default=None)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


class DeskBase:
    """The store is opened on first use and closed by :meth:`close` (or leaving a
    ``with`` block); the embedder is made on first use and reused.  ``now`` is the clock
    of everything that asks "what day is it" (default: the real time in UTC);
    ``progress`` receives what long stages are doing (default: nothing is shown)."""

    def __init__(
        self,
        config: Config,
        *,
        store_url: str | None = None,
        now: Callable[[], datetime] = utc_now,
        progress: Progress | None = None,
        user: str | None = None,
    ) -> None:
        self.config = config
        self._user = user or _os_user()
        #: Where the store is (default: the config's ``store.url``).
        self.store_url = store_url or config.store_url()
        self._now = now
        self._progress = progress or NullProgress()
        self._store: SqlStore | None = None
        self._embedder: Embedder | None = None
        #: The runs this desk started in the background (see ``start_run``).
        self._background = BackgroundRuns()

    @property
    def store(self) -> SqlStore:
        """The store, opened on first use (a new database is created at the current
        schema).  Raises StoreError when its schema is older or newer than this
        newsdesk's: :meth:`db_upgrade` upgrades an older one.  On the celery engine a
        SQLite store's transactions take the write lock first, as the workers' do."""
        if self._store is None:
            workers = self.config.execution.engine == "celery"
            self._store = open_store(self.store_url, immediate=workers)
        return self._store

    def missing_store(self) -> Path | None:
        """The file of the SQLite store when it does not exist yet (None otherwise): what
        only reads the store says so rather than make an empty one at a mistyped path."""
        return None if self._store is not None else missing_store_file(self.store_url)

    @property
    def user(self) -> str:
        """Who the editor's actions are recorded as: the one :meth:`acting_as` names in
        this context, else the desk's user (default: the OS user)."""
        return _ACTING.get() or self._user

    @contextmanager
    def acting_as(self, user: str) -> Iterator[None]:
        """Record the actions taken inside as ``user`` (a web request's editor).  A
        context variable, so concurrent requests, and the threads they run in, each keep
        their own."""
        token = _ACTING.set(user)
        try:
            yield
        finally:
            _ACTING.reset(token)

    @property
    def accounts(self) -> Accounts:
        """The editor accounts of the desk server, kept in the store."""
        return Accounts(self.store, self._now)

    @property
    def embedder(self) -> Embedder:
        """The configured embedder, made on first use."""
        if self._embedder is None:
            self._embedder = make_embedder(self.config.embed)
        return self._embedder

    def close(self) -> None:
        """Close the store and the embedder, if they were opened."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._embedder is not None:
            self._embedder.close()
            self._embedder = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def now(self) -> datetime:
        """The desk's clock: what every "when" of its actions is recorded at (UTC)."""
        return self._now()

    def today(self, zone: str | None = None) -> date:
        """Today in a zone (default: the config's), by the desk's clock."""
        return self._now().astimezone(ZoneInfo(zone or self.config.timezone)).date()

    def latest_today(self) -> date:
        """The latest of today in the config's zone and in each digest's: the last day a
        run of every digest writes (a digest east of the config's zone is a day ahead of
        it every evening)."""
        zones = {self.config.timezone, *(d.timezone for d in self.config.digests)}
        return max(self.today(zone) for zone in zones)

    # -- the store's schema ----------------------------------------------------------

    def db_status(self) -> SchemaStatus:
        """The store's schema revision, the newest this newsdesk knows, and the migrations
        :meth:`db_upgrade` would apply.  Changes nothing (makes no database)."""
        return store_schema(self.store_url)

    def db_upgrade(self) -> SchemaUpgrade:
        """Bring the store to the newest schema (a new one is created); a no-op when it is
        current, and safe with other processes opening or upgrading it at once.

        Raises StoreError when its schema is newer than this newsdesk's.
        """
        return upgrade_store(self.store_url)

    # -- finding a digest and its day ------------------------------------------------

    def _digest_config(self, name: str | None) -> DigestConfig:
        if not self.config.digests:
            raise ConfigError(
                "No digests in the config: add one under `digests:` (see docs/configuration.md)."
            )
        return self.config.digest(name) if name else self.config.digests[0]

    def _edition_day(self, digest: DigestConfig, day: date | None) -> StoredEdition:
        found = self.store.edition(digest.name, day)
        if found is None:
            when = f" for {day}" if day else ""
            if self._to_come(day, digest.timezone):
                raise NotFoundError(
                    f"No {digest.name} edition{when}: {self._to_come_words(digest.timezone)}"
                )
            raise NotFoundError(
                f"No {digest.name} edition{when} yet. `{command()} run --no-publish` makes "
                f"today's draft; `{command()} run --date {day or 'DAY'} --no-publish` a past "
                "day's."
            )
        return found

    def _to_come(self, day: date | None, zone: str) -> bool:
        """Whether ``day`` is after today in a digest's ``zone``, which no run writes (see
        ``_check_day``)."""
        return day is not None and day > self.today(zone)

    def _to_come_words(self, zone: str) -> str:
        """Why nothing is written for a day still to come: no command could write it."""
        return (
            f"that day is still to come (today is {self.today(zone)}); a run writes today "
            "or a past day."
        )

    def _day_clock(self, day: date) -> datetime:
        """The clock a run of ``day`` ranks by: that evening, or now if earlier."""
        return day_end(day, self.config.timezone, self._now())
