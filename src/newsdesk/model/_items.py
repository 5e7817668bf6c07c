"""Entries as a kind reads them, items as the store keeps them, and what a fetch remembers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry as a source kind read it, before normalisation."""

    #: Link to the entry as the source gives it (may carry tracking parameters).
    url: str
    #: Title as found; may hold markup or stray whitespace.
    title: str
    #: Short description; may be HTML.
    summary: str = ""
    #: Full body when the source carries it; may be HTML.
    content: str = ""
    #: Author or byline, if any.
    author: str = ""
    #: Publication time; naive when the source gave no zone (the source's zone applies).
    published: datetime | None = None
    #: For discussion sites (HN, Reddit): the article the post links to.
    external_url: str = ""
    #: Engagement counts the source exposes (points, comments, stars_today, upvotes, ...).
    metrics: dict[str, int] = field(default_factory=dict)
    #: Extra labels from the source (categories, programming language, arXiv classes).
    tags: tuple[str, ...] = ()
    #: The outlet the source names for this entry (an RSS ``<source>``, a file's outlet
    #: field, an aggregated feed's author), else "".
    publisher: str = ""
    #: That outlet's own address when the source gives it (``<source url="...">``), else "".
    publisher_url: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """A normalised entry, ready to be stored; unique by ``canonical_url``."""

    #: Id of the configured source it came from.
    source_id: str
    #: The URL as the source published it.
    url: str
    #: Tracking-free, normalised URL; the item's identity in the store.
    canonical_url: str
    #: Clean single-line title.
    title: str
    #: Clean plain-text summary (may be empty).
    snippet: str
    #: Clean plain-text body when known (feed content or extracted article), else "".
    text: str
    #: Author or byline.
    author: str
    #: Publication time in UTC, or None when the source gives none.
    published: datetime | None
    #: ISO 639-1 code ("zh", "en", ...) or "und".
    language: str
    #: Hash of title + snippet + text; tells a changed entry from a re-fetched one.
    content_hash: str
    #: Canonical URL of the linked article for discussion posts, else "".
    external_url: str = ""
    #: Engagement counts, as in :class:`Entry`.
    metrics: dict[str, int] = field(default_factory=dict)
    #: Labels, as in :class:`Entry`.
    tags: tuple[str, ...] = ()
    #: The outlet that published it, as readers see it: a feed's own name, the outlet an
    #: aggregator names, or a linked article's host ("" in rows stored before publishers
    #: were kept: its source stands for it).
    publisher: str = ""
    #: The outlet's identity: one outlet seen through two feeds has one key.
    publisher_key: str = ""


@dataclass(frozen=True, slots=True)
class StoredItem:
    """An item as the store holds it."""

    #: Row id.
    id: int
    #: The item's fields.
    item: Item
    #: When newsdesk first stored it.
    first_seen: datetime
    #: When a fetch last returned it.
    last_seen: datetime
    #: "ok", "failed: <reason>" once full-text extraction ran, else None.
    fulltext_status: str | None = None


@dataclass(frozen=True, slots=True)
class FetchState:
    """What a source remembers between fetches (conditional GET and health)."""

    #: Source id.
    source_id: str
    #: ETag of the last 200 response.
    etag: str | None = None
    #: Last-Modified of the last 200 response.
    last_modified: str | None = None
    #: When a fetch was last attempted.
    last_fetched: datetime | None = None
    #: When a fetch last succeeded (200 or 304).
    last_success: datetime | None = None
    #: Outcome of the last attempt: "ok", "not_modified" or "failed".
    last_status: str | None = None
    #: The last error message, cleared on success.
    last_error: str | None = None
    #: Failures in a row since the last success.
    consecutive_failures: int = 0
    #: Entries the last successful fetch returned (0 for a 304).
    last_entries: int = 0
    #: Newest publication time among them; tells a feed serving only old items.
    last_newest: datetime | None = None
    #: Entries the last fetch left out, by reason ("score is not a number": 2).
    last_skipped: dict[str, int] = field(default_factory=dict)


class Outcome(StrEnum):
    """How collecting one source ended."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Collected:
    """What a source kind returns: entries, or nothing new (HTTP 304)."""

    #: Entries read from the source.
    entries: list[Entry]
    #: True when the server said nothing changed since the last fetch.
    not_modified: bool = False
    #: Validators to remember for the next conditional request.
    etag: str | None = None
    #: As ``etag``.
    last_modified: str | None = None
    #: Problems that did not stop the source (some requests failed).
    warnings: tuple[str, ...] = ()
    #: Entries left out because they were malformed, by reason; their neighbours stay.
    skipped: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    """What storing a batch of items did."""

    #: Rows inserted.
    new: int = 0
    #: Rows whose content changed.
    updated: int = 0
    #: Rows seen again with the same content.
    unchanged: int = 0
    #: Items the database refused (each alone; the rest of the batch is stored).
    rejected: int = 0

    def __add__(self, other: UpsertCounts) -> UpsertCounts:
        return UpsertCounts(
            self.new + other.new,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.rejected + other.rejected,
        )
