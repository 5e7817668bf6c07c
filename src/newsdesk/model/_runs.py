"""What a run reports: per source, per stage, and the summary."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from newsdesk.model._digests import EditionStatus, Selection, WrittenDigest
from newsdesk.model._errors import work_error_phrase
from newsdesk.model._items import Outcome, UpsertCounts
from newsdesk.model._publishing import Publication, PublicationStatus
from newsdesk.model._stories import Phrase

#: Why a run stopped, as its record keeps it (in English), by key: the words
#: :func:`run_error` writes and :func:`run_error_phrase` reads back, so that a reader in
#: another language (the desk's pages in Chinese) words the record itself.
RUN_ERRORS: dict[str, str] = {
    "interrupted_in": "interrupted during {stage} (Ctrl+C, or the process was told to "
    "stop); what the stages before it stored stays stored",
    "interrupted": "interrupted (Ctrl+C, or the process was told to stop); what the stages "
    "before it stored stays stored",
    "killed": "its process ({pid}) stopped before it finished: killed or crashed",
    "given_up": "still running after {hours} hours: given up",
}
_READ_BACK = {
    key: re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>\\S+?)", re.escape(text)))
    for key, text in RUN_ERRORS.items()
}


def run_error(key: str, **values: str | int) -> str:
    """The words a run's record keeps for why it stopped (a key of :data:`RUN_ERRORS`)."""
    return RUN_ERRORS[key].format(**values)


def run_error_phrase(text: str) -> Phrase:
    """A run record's error as a :class:`Phrase`: its key and values when
    :func:`run_error` wrote it, else as an error of the run's work
    (:func:`~newsdesk.model.work_error_phrase`)."""
    for key, pattern in _READ_BACK.items():
        found = pattern.fullmatch(text)
        if found:
            return Phrase(f"run.{key}", text, tuple(found.groupdict().items()))
    return work_error_phrase(text)


@dataclass(frozen=True, slots=True)
class SourceReport:
    """The result of collecting one source in one run."""

    #: Source id.
    source_id: str
    #: ok / not_modified / failed.
    outcome: Outcome
    #: Entries the source returned (before dedup against the store).
    entries: int = 0
    #: Store counts for this source's items.
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    #: Why the source failed, in words for the user (None unless failed).
    error: str | None = None
    #: Problems that did not stop the source.
    warnings: tuple[str, ...] = ()
    #: Wall time spent on this source, in seconds.
    seconds: float = 0.0
    #: Entries left out, by reason (malformed, no link, refused by the store).
    skipped: dict[str, int] = field(default_factory=dict)
    #: Newest publication time among the entries read (None: none dated, or none).
    newest: datetime | None = None

    @property
    def skipped_count(self) -> int:
        return sum(self.skipped.values())


@dataclass(frozen=True, slots=True)
class SourceStats:
    """What the store holds of one source's items, for its health."""

    #: Source id.
    source_id: str
    #: Newest item's publication time (its first-seen time when undated).
    newest: datetime | None = None
    #: When the source last brought a new item (the newest first-seen time).
    last_new: datetime | None = None
    #: When it first brought one (how long its baseline can reach back).
    first_new: datetime | None = None
    #: Items first seen in the last 24 hours.
    last_day: int = 0
    #: Items first seen in the baseline window (``health.window_days``).
    window: int = 0


class HealthStatus(StrEnum):
    """How a source is doing, worst first."""

    FAILING = "failing"
    STALE = "stale"
    LOW = "low volume"
    NEVER = "never fetched"
    OK = "ok"
    OFF = "disabled"


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """A source's health: is it failing, stale, or quieter than it usually is?"""

    #: Source id.
    source_id: str
    #: The verdict.
    status: HealthStatus
    #: Age of its newest item (None: no items).
    freshness: timedelta | None = None
    #: Items per day over the baseline window.
    per_day: float = 0.0
    #: Items first seen in the last 24 hours.
    last_day: int = 0
    #: Failed fetches in a row.
    failures: int = 0
    #: What is wrong, in words for the user (empty when ok).
    problems: tuple[str, ...] = ()
    #: What to try, one line per problem.
    advice: tuple[str, ...] = ()
    #: Each problem and what to try as keys and values, for a reader that words them in
    #: another language (the desk's pages in Chinese); their English is the two above.
    said: tuple[tuple[Phrase, Phrase], ...] = ()

    @property
    def unavailable(self) -> bool:
        """Failing or stale: a digest today may miss its news."""
        return self.status in (HealthStatus.FAILING, HealthStatus.STALE)


@dataclass(frozen=True, slots=True)
class FulltextReport:
    """What the full-text step did."""

    #: Articles extracted and stored.
    extracted: int = 0
    #: Articles that could not be fetched or extracted.
    failed: int = 0
    #: Articles left for the next run when ``fulltext.stage_timeout`` ran out.
    postponed: int = 0


@dataclass(frozen=True, slots=True)
class GroupReport:
    """What grouping did in one run."""

    #: Items given a story.
    grouped: int = 0
    #: Of those, copies linked to an original.
    duplicates: int = 0
    #: Stories created.
    new_stories: int = 0
    #: Open stories that gained items.
    updated_stories: int = 0
    #: Open stories merged into another that a day's reports showed to be the same event.
    merged_stories: int = 0


@dataclass(frozen=True, slots=True)
class DeskReport:
    """The desk stages' part of a run summary."""

    #: Items that got a vector.
    embedded: int = 0
    #: Grouping counts.
    group: GroupReport = GroupReport()
    #: Stories assessed (category, relevance, importance).
    assessed: int = 0
    #: One selection per digest of the run whose edition it recorded (to write).
    selections: tuple[Selection, ...] = ()
    #: The digests of the run whose approved or published edition the run left as it was.
    unchanged: tuple[UnchangedEdition, ...] = ()
    #: Why each digest of the run whose settings name a variable not set was not run
    #: ("ai-daily: DIGEST_TITLE is not set: ..."); the others were.
    waiting: tuple[str, ...] = ()
    #: Each source a digest of the run went without, as it waits for a variable not set
    #: ("ai-daily goes without tg: TG_TOKEN is not set: ...").
    without: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnchangedEdition:
    """A digest's day that a run found nothing new for: not written or published again,
    so that the summary still says where it stands."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: Its newest revision, as it stays.
    revision: int
    #: Approved or published.
    status: EditionStatus
    #: The folder its files were written to.
    folder: str


@dataclass(frozen=True, slots=True)
class RunSummary:
    """The closing summary of one run, as printed and stored."""

    #: Run id in the store.
    run_id: int
    #: Command that started the run (fetch, run, demo, ...).
    command: str
    #: Per-source results, in configuration order.
    sources: list[SourceReport]
    #: Full-text extraction counts.
    fulltext: FulltextReport
    #: Start time (UTC).
    started: datetime
    #: Wall time in seconds.
    seconds: float
    #: What the desk stages did (None for a collect-only run such as ``fetch``).
    desk: DeskReport | None = None
    #: Why the desk stages stopped early, in words for the user (None when they did not).
    desk_error: str | None = None
    #: The digests written and verified, one per configured digest.
    digests: tuple[WrittenDigest, ...] = ()
    #: What publishing them did, per digest and channel.
    publications: tuple[Publication, ...] = ()
    #: The site's index page, rebuilt after writing (None when nothing was written).
    site: str | None = None
    #: Health of the collected sources after this run.
    health: tuple[SourceHealth, ...] = ()

    @property
    def counts(self) -> UpsertCounts:
        total = UpsertCounts()
        for report in self.sources:
            total += report.counts
        return total

    def with_outcome(self, outcome: Outcome) -> list[SourceReport]:
        return [r for r in self.sources if r.outcome is outcome]

    @property
    def unpublished(self) -> list[Publication]:
        """The channels publishing left failed or maybe half posted.  A draft awaiting
        approval or a channel another publisher holds is the workflow at work, not this."""
        failed = (PublicationStatus.FAILED, PublicationStatus.UNKNOWN)
        return [p for p in self.publications if p.status in failed]

    @property
    def ok(self) -> bool:
        """A run fails when every source failed, a desk stage could not finish, a digest
        of it could not run (a variable its settings name is not set) or a channel did
        not get its digest: a scheduled run that never reached its readers is no success.

        A single failing source is reported, not fatal.
        """
        collected = not self.sources or any(r.outcome is not Outcome.FAILED for r in self.sources)
        waiting = self.desk is not None and bool(self.desk.waiting)
        return collected and self.desk_error is None and not waiting and not self.unpublished


class RunStatus(StrEnum):
    """Where a recorded run stands (stored as its value)."""

    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    #: Its process stopped before it finished (killed, or the machine restarted).
    ABANDONED = "abandoned"


@dataclass(frozen=True, slots=True)
class StageRecord:
    """One finished stage of a run, as the store recorded it."""

    #: The stage's name ("collect", "select"...).
    stage: str
    #: When it started (UTC).
    started: datetime
    #: How long it took.
    seconds: float
    #: What it did, counted ("embedded", "stories", one per digest...).
    counts: dict[str, int]
    #: What failed without stopping it (a source, a channel), one mapping each; a stage
    #: that ended the run has one, its ``error``.
    errors: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One run as the store keeps it: read back while it runs, stage by stage, and after."""

    #: Run id.
    id: int
    #: The command that started it (run, fetch, demo, serve...).
    command: str
    #: When it started (UTC).
    started: datetime
    #: Running, ok, failed or abandoned.
    status: RunStatus
    #: When it finished (None while running).
    finished: datetime | None = None
    #: Why it failed, in words for the user.
    error: str | None = None
    #: The day it writes, in its digests' zone (None: it only collects).
    day: date | None = None
    #: The digests it writes (empty: every configured one).
    digests: tuple[str, ...] = ()
    #: The names of the stages it was to run, in order (empty: recorded before plans were).
    plan: tuple[str, ...] = ()
    #: The stages it finished, in order.
    stages: tuple[StageRecord, ...] = ()
    #: The machine and process that ran it.
    host: str | None = None
    pid: int | None = None

    def writes(self, digest: str) -> bool:
        """Whether this run writes ``digest``."""
        return self.day is not None and (not self.digests or digest in self.digests)
