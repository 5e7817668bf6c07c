"""The store: every stage reads what the previous one wrote here.

:class:`Store` is the contract; :func:`open_store` gives the SQL implementation for a
SQLite or PostgreSQL URL, migrated to the current schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from newsdesk.config import SourceConfig
from newsdesk.model import FetchState, Item, StoredItem, UpsertCounts
from newsdesk.store._sql import SqlStore, open_store


class Store(Protocol):
    """Persistent state of newsdesk.

    Contract: every datetime given must be timezone-aware and every datetime returned is
    aware UTC.  Writes are atomic per call: a call that raises :class:`StoreError` has
    changed nothing.  One instance may be used from one thread at a time.
    """

    def sync_sources(self, sources: Sequence[SourceConfig]) -> None:
        """Record the configured sources (name, kind, url...); keeps their fetch state."""

    def fetch_states(self) -> dict[str, FetchState]:
        """Fetch state of every known source, by source id."""

    def save_fetch_state(self, state: FetchState) -> None:
        """Replace one source's fetch state."""

    def upsert_items(self, items: Sequence[Item], now: datetime) -> UpsertCounts:
        """Insert new items and update changed ones, keyed on ``canonical_url``.

        ``first_seen`` never changes once set; an empty ``text`` never erases a stored one.
        """

    def items(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        source_ids: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[StoredItem]:
        """Items published (or, lacking a date, first seen) in [start, end), newest first."""

    def count_items(self) -> int:
        """How many items the store holds."""

    def items_needing_fulltext(
        self, source_ids: Sequence[str], min_chars: int, limit: int
    ) -> list[StoredItem]:
        """Items of these sources with less text than ``min_chars`` and no extraction yet."""

    def save_fulltext(self, item_id: int, text: str, status: str) -> None:
        """Store an extracted article text (or only the failure status when text is "")."""

    def start_run(self, command: str, now: datetime) -> int:
        """Open a run record and return its id."""

    def record_stage(
        self,
        run_id: int,
        stage: str,
        started: datetime,
        seconds: float,
        counts: dict[str, int],
        errors: list[dict[str, Any]],
    ) -> None:
        """Record one stage of a run."""

    def finish_run(self, run_id: int, now: datetime, status: str, error: str | None) -> None:
        """Close a run record."""

    def close(self) -> None:
        """Release connections."""


__all__ = ["SqlStore", "Store", "open_store"]
