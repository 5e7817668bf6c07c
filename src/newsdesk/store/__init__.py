"""The store: every stage reads what the previous one wrote here.

:class:`Store` is the contract; :func:`open_store` gives the SQL implementation for a
SQLite or PostgreSQL URL (a new database is created at the current schema, an older one
is upgraded only by :func:`upgrade_store`); :func:`hold_lease` makes work single-writer.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from newsdesk.config import SourceConfig
from newsdesk.model import (
    DeskItem,
    Digest,
    EditionStatus,
    EditorAction,
    FetchState,
    GroupResult,
    Item,
    MessageState,
    PostedMessage,
    Publication,
    PublishClaim,
    RunRecord,
    ScheduleSlot,
    Selection,
    SlotStatus,
    SourceStats,
    StoredEdition,
    StoredItem,
    Story,
    StoryReport,
    UpsertCounts,
)
from newsdesk.store._digests import digest_json, verification_json
from newsdesk.store._leases import Lease, hold_lease
from newsdesk.store._schema import Migration, SchemaStatus, SchemaUpgrade
from newsdesk.store._sql import (
    SqlStore,
    missing_store_file,
    open_store,
    store_name,
    store_schema,
    upgrade_store,
)


class Store(Protocol):
    """Persistent state of newsdesk.

    Contract: every datetime given must be timezone-aware and every datetime returned is
    aware UTC.  Writes are atomic per call: a call that raises :class:`StoreError` has
    changed nothing.  One instance may be used from one thread at a time.
    """

    def sync_sources(self, sources: Sequence[SourceConfig]) -> None:
        """Record the configured sources (name, kind, url...); keeps their fetch state."""

    def fetch_states(self, ids: Sequence[str] | None = None) -> dict[str, FetchState]:
        """Fetch state of every known source (or at least of those of ``ids``), by source id."""

    def save_fetch_state(self, state: FetchState) -> None:
        """Replace one source's fetch state."""

    def source_stats(self, now: datetime, window_days: int) -> dict[str, SourceStats]:
        """Per source with items: its newest item, when it last and first brought a new
        one, and how many it brought in the last day and the last ``window_days``."""

    def upsert_items(self, items: Sequence[Item], now: datetime) -> UpsertCounts:
        """Insert new items and update changed ones, keyed on ``canonical_url``.

        ``first_seen`` never changes once set; an empty ``text`` never erases a stored one.
        A changed item's vector, terms and copy sketch are dropped (made again next run).
        An unchanged item seen again by its own source takes its metrics and publisher.
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
        self,
        source_ids: Sequence[str],
        min_chars: int,
        limit: int,
        *,
        only: Collection[int] | None = None,
    ) -> list[StoredItem]:
        """Items of these sources with less text than ``min_chars`` and no extraction yet
        (of the items ``only`` names, when given: one batch of a run on workers)."""

    def save_fulltext(self, item_id: int, text: str, status: str) -> None:
        """Store an extracted article text (or only the failure status when text is "").

        A new text makes the item's vector, terms and copy sketch stale: they are dropped
        and made again by the next run.
        """

    def start_run(
        self,
        command: str,
        now: datetime,
        *,
        day: date | None = None,
        digests: Sequence[str] = (),
        plan: Sequence[str] = (),
    ) -> int:
        """Open a run record and return its id: the day it writes (None: it only
        collects), its digests (empty: every configured one) and the names of the stages
        it is to run, in order.

        Runs left "running" by a process that is gone are marked "abandoned" first.
        """

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

    def runs(
        self,
        now: datetime,
        *,
        day: date | None = None,
        digest: str | None = None,
        limit: int = 50,
        before: int | None = None,
    ) -> list[RunRecord]:
        """Runs (of ``day``; writing ``digest``), newest first, with the stages each
        finished; ``before`` (a run id) pages back.  Runs whose process is gone are
        marked "abandoned" first."""

    def run(self, run_id: int, now: datetime) -> RunRecord | None:
        """One run with the stages it finished so far, or None."""

    # -- the story desk -------------------------------------------------------------

    def items_without_vectors(
        self, model: str, limit: int | None = None, *, only: Collection[int] | None = None
    ) -> list[DeskItem]:
        """Items with no vector from this embedder (new, or changed since), oldest first
        (of the items ``only`` names, when given: one batch of a run on workers)."""

    def save_vectors(self, model: str, rows: Sequence[tuple[int, Any]]) -> None:
        """Store (item id, float32 vector) rows for a model, replacing older ones."""

    def ungrouped_items(self, model: str) -> list[DeskItem]:
        """Items without a story, with this model's vectors (None where missing)."""

    def story_items(self, story_ids: Sequence[str], model: str) -> list[DeskItem]:
        """Every item of these stories, with this model's vectors."""

    def open_story_ids(self, since: datetime, until: datetime | None = None) -> list[str]:
        """Stories with items in [since, until): newest at or after ``since``, first
        before ``until``."""

    def save_grouping(self, result: GroupResult, stories: Sequence[Story]) -> None:
        """What grouping decided for its items (stories, copies, neighbours, terms and
        sketches), the touched stories and the merged ones (their items moved, a redirect
        left), atomically."""

    def held_story_ids(self, story_ids: Collection[str]) -> set[str]:
        """Those of these stories that an editor acted on (pin, drop, move, edit) or that
        an edition holds (a draft in review, or approved or published): grouping never
        merges them into another story, so their ids stay what editors and readers saw."""

    def save_stories(self, stories: Sequence[Story]) -> None:
        """Insert or replace story records."""

    def stories(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        ids: Sequence[str] | None = None,
        *,
        unassessed: bool = False,
        limit: int | None = None,
    ) -> list[Story]:
        """Stories with an item at or after ``since`` and one before ``until`` (or by id),
        newest first, at most ``limit``; ``unassessed`` keeps only those never assessed."""

    def story(self, story_id: str) -> Story | None:
        """One story, or None; the id of a story that grouping merged into another
        resolves to the one it went to."""

    def story_stored_items(self, story_id: str) -> list[StoredItem]:
        """A story's items, oldest first."""

    def copies_in_story(self, story_id: str) -> set[int]:
        """Ids of the story's items that are copies of another item."""

    def publisher_counts(self) -> list[tuple[str, str, int]]:
        """(publisher key, publisher name, items) over every item the store holds: which
        names each outlet's items bear, and how often."""

    def story_reports(self, story_ids: Sequence[str]) -> dict[str, list[StoryReport]]:
        """Story id -> its reports (their text left out), earliest first."""

    def item_times(self, since: datetime) -> list[tuple[str, datetime]]:
        """(source id, when it was published) of every item published at or after
        ``since``; an item that gives no time counts from when it was first seen."""

    def search_stories(
        self, words: Sequence[str], since: datetime | None = None, limit: int = 20
    ) -> list[tuple[Story, list[StoredItem]]]:
        """Stories whose title holds every word, or with an item whose title and summary
        together do (case-insensitive, any script), newest first, at most ``limit``; each
        with its items that matched.  ``since``: updated then or later."""

    # -- editions (see store/_editions.py) -----------------------------------------

    def save_edition(
        self, selection: Selection, now: datetime, seen: int | None = None
    ) -> int | None:
        """Record a digest's selection for its day: the newest revision is refreshed
        while it is a draft; an approved or published one is never changed, and a
        different selection becomes the next revision, a draft.  Returns the revision
        it went to, or None when an approved or published revision already holds it, or
        the newest was made with a later action than ``seen`` (the :meth:`last_action`
        the selection was made with)."""

    def last_action(self, digest: str, day: date) -> int:
        """The newest editor's action on that day's edition of ``digest``, 0 for none."""

    def edition(
        self, digest: str, day: date | None = None, revision: int | None = None
    ) -> StoredEdition | None:
        """The newest revision of that day's edition (default: the newest day), or that
        ``revision`` of it, or None."""

    def edition_days(
        self, digest: str, limit: int = 60, *, empty: bool = True
    ) -> list[StoredEdition]:
        """The newest revision of each day's edition of ``digest`` (at most ``limit``
        days), newest day first; without the days whose newest revision holds no story
        unless ``empty``."""

    def set_edition_status(
        self,
        digest: str,
        day: date,
        revision: int,
        status: EditionStatus,
        now: datetime,
        *,
        who: str | None = None,
    ) -> None:
        """Mark one revision, and its written digest, with a status; an approval records
        ``who`` gave it, and when."""

    def record_action(self, action: EditorAction) -> None:
        """Record an editor's pin, drop or move (who, when, what)."""

    def save_edition_files(
        self, digest: str, day: date, revision: int, files: Mapping[str, bytes], now: datetime
    ) -> None:
        """Keep a revision's rendered files; an approved or published revision's are never
        replaced."""

    def edition_files(self, digest: str, day: date, revision: int) -> dict[str, bytes]:
        """A revision's rendered files, name -> content."""

    def editor_actions(
        self,
        digest: str,
        day: date,
        *,
        after_revision: int | None = None,
        through_revision: int | None = None,
    ) -> list[EditorAction]:
        """Every action recorded on that day's edition of ``digest``, oldest first; with
        ``after_revision``, only those that revision was not made with; with
        ``through_revision``, only those that revision was made with."""

    def published_counts(self, digest: str, before: date) -> dict[str, int]:
        """Story id -> item count when an edition of ``digest`` before ``before`` had it."""

    def edition_sections(self, digest: str, day: date) -> dict[str, str]:
        """Story id -> "lead" or "more" in the newest revision of that day's edition."""

    # -- the editor -----------------------------------------------------------------

    def cached_reply(self, key: str) -> str | None:
        """The chat reply saved under this request key, or None."""

    def save_reply(
        self, key: str, model: str, reply: str, tokens_in: int, tokens_out: int, now: datetime
    ) -> None:
        """Save a validated chat reply under its request key, replacing an older one."""

    def save_digest(self, digest: Digest, now: datetime) -> None:
        """Store a written digest as its edition revision (``digest.revision``),
        replacing that revision while it is a draft; never an approved or published one."""

    def digest(
        self, name: str, day: date | None = None, revision: int | None = None
    ) -> Digest | None:
        """The newest revision (or ``revision``) of that day's digest of ``name`` (of its
        latest day when ``day`` is None)."""

    def all_digests(self, name: str | None = None) -> list[Digest]:
        """Each day's digest (of ``name``) as readers see it, newest day first: its
        newest published revision, else its newest."""

    # -- publishing (see store/_publications.py) -----------------------------------

    def publication(self, digest: str, day: date, channel: str) -> Publication | None:
        """What publishing that digest's day on that channel did, or None if never tried."""

    def publications(self, digest: str, day: date) -> list[Publication]:
        """What each channel carries of that digest's day (being posted aside)."""

    def claim_publication(
        self,
        digest: str,
        day: date,
        channel: str,
        holder: str,
        now: datetime,
        until: datetime,
        *,
        take_from: str | None = None,
    ) -> PublishClaim:
        """Hold the digest's day on the channel until ``until``, unless another holder's
        lease runs past ``now`` (``take_from`` names a holder known to be dead).  Atomic:
        of any number of concurrent callers at most one is granted."""

    def posted_messages(self, publication: int) -> list[PostedMessage]:
        """Every message recorded for a publication, in the order they were begun."""

    def channel_messages(self, digest: str, day: date, channel: str) -> list[PostedMessage]:
        """Every message a channel posted (or began to post) of a digest's day, oldest
        first, of every revision."""

    def record_message(
        self,
        claim: PublishClaim,
        version: str,
        parts: Sequence[str],
        now: datetime,
        until: datetime,
        *,
        revision: int = 0,
    ) -> int | None:
        """Record a message of a revision as "sending" before it is posted, and renew the
        lease; returns its id, or None when the claim is no longer ours (nothing
        recorded)."""

    def update_message(
        self,
        claim: PublishClaim,
        message: int,
        state: MessageState,
        now: datetime,
        until: datetime,
        *,
        external_id: str | None = None,
        error: str | None = None,
    ) -> bool:
        """Record the answer: "sent" with its id, "unknown" with what went wrong, or
        "refused" (forgotten: it was not posted); renews the lease, False if it is lost."""

    def finish_publication(
        self, claim: PublishClaim, publication: Publication, now: datetime
    ) -> None:
        """Record the channel's result and release the claim; a published one marks the
        digest's newest revision (and its edition revision) published."""

    def release_publication(self, claim: PublishClaim) -> None:
        """Release the claim, leaving the record as it was."""

    # -- leases (see store/_leases.py) ---------------------------------------------

    def acquire_lease(
        self,
        name: str,
        holder: str,
        now: datetime,
        until: datetime,
        *,
        take_from: str | None = None,
    ) -> Lease:
        """Hold the lease ``name`` until ``until`` unless another holder's runs past ``now``
        (``take_from`` names a holder known to be dead); ours already is renewed.  Atomic:
        of any number of concurrent callers at most one is granted."""

    def renew_lease(self, name: str, holder: str, until: datetime) -> bool:
        """Move our lease's expiry to ``until``; False when it is no longer ours."""

    def release_lease(self, name: str, holder: str) -> None:
        """Let go of the lease if it is ours (a no-op otherwise)."""

    # -- scheduled runs (see store/_schedule.py) -----------------------------------

    def claim_slot(
        self, digest: str, slot: datetime, day: date, holder: str, now: datetime
    ) -> bool:
        """Record a digest's slot as running, held by ``holder``; False when it is already
        recorded (another process claimed it, or it ran).  Atomic: of any number of
        concurrent callers exactly one is granted."""

    def take_slot(
        self,
        digest: str,
        slot: datetime,
        *,
        was: SlotStatus,
        was_held_by: str | None,
        status: SlotStatus,
        holder: str,
        now: datetime,
    ) -> bool:
        """Move a slot from status ``was`` (and holder ``was_held_by``, unless None) to
        ``status`` held by ``holder``; False when it is no longer as expected.  Atomic."""

    def finish_slot(
        self,
        digest: str,
        slot: datetime,
        holder: str,
        status: SlotStatus,
        now: datetime,
        *,
        run_id: int | None = None,
        revision: int | None = None,
        reason: str = "",
    ) -> bool:
        """Record what became of a slot we hold; False when another holder took it."""

    def schedule_slots(
        self,
        digest: str | None = None,
        *,
        statuses: Sequence[SlotStatus] | None = None,
        limit: int | None = None,
    ) -> list[ScheduleSlot]:
        """Recorded slots (of ``digest``, in ``statuses``), the newest slot first."""

    def last_slots(self) -> dict[str, ScheduleSlot]:
        """Each digest's newest recorded slot, by digest name."""

    # -- accounts (see store/_accounts.py) -------------------------------------------

    def save_user(self, name: str, password_hash: str, now: datetime) -> bool:
        """Create an editor account, or set its password hash when it exists; True when
        it was created."""

    def password_hash(self, name: str) -> str | None:
        """An account's password hash (None: no such account)."""

    def user_names(self) -> list[str]:
        """The accounts' names, sorted."""

    def remove_user(self, name: str) -> bool:
        """Delete an account and its tokens; False when there was none."""

    def save_token(self, token_hash: str, user: str, now: datetime) -> None:
        """Record an API token (by its hash) for an account."""

    def token_user(self, token_hash: str, now: datetime) -> str | None:
        """The account a token (by its hash) belongs to, noting its use; None: unknown."""

    def desk_secret(self, name: str, new: str, now: datetime) -> str:
        """The secret ``name``, stored as ``new`` when there is none yet.  Atomic: every
        process gets the same one."""

    def close(self) -> None:
        """Release connections."""


__all__ = [
    "Lease",
    "Migration",
    "SchemaStatus",
    "SchemaUpgrade",
    "SqlStore",
    "Store",
    "digest_json",
    "hold_lease",
    "missing_store_file",
    "open_store",
    "store_name",
    "store_schema",
    "upgrade_store",
    "verification_json",
]
