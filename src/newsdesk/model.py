"""The records passed between stages.

They are frozen dataclasses so a stage can hand its result on without the next one
changing it behind its back.  Times are timezone-aware UTC unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any


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
    counts: UpsertCounts = UpsertCounts()
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


@dataclass(frozen=True, slots=True)
class DeskReport:
    """The desk stages' part of a run summary."""

    #: Items that got a vector.
    embedded: int = 0
    #: Grouping counts.
    group: GroupReport = GroupReport()
    #: Stories assessed (category, relevance, importance).
    assessed: int = 0
    #: One selection per configured digest.
    selections: tuple[Selection, ...] = ()


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
    def ok(self) -> bool:
        """A run fails when every source failed or a desk stage could not finish.

        A single failing source is reported, not fatal.
        """
        collected = not self.sources or any(r.outcome is not Outcome.FAILED for r in self.sources)
        return collected and self.desk_error is None


@dataclass(frozen=True, slots=True, eq=False)
class DeskItem:
    """What the story desk needs of an item: its text, time, origin and vector."""

    #: Item id (row id in the store, or a running number in ``eval cluster``).
    id: int
    #: Stable text identity (the canonical URL); a new story's id is derived from it.
    key: str
    #: Clean title.
    title: str
    #: The start of the body (snippet or article text).
    text: str
    #: ISO 639-1 code or "und".
    language: str
    #: Publication time, or first seen when the source gives none (UTC), or None.
    time: datetime | None
    #: Source id.
    source_id: str
    #: Host of the article (``www.`` dropped), for counting distinct hosts.
    domain: str
    #: Key of the outlet that published it; distinct ones corroborate a story ("" when
    #: unknown: its source stands for it).
    publisher: str = ""
    #: Unit sentence vector (float32), or None before embedding.
    vector: Any = None
    #: Story the item already belongs to; None while it waits to be grouped.
    story_id: str | None = None
    #: Id of the item this one copies (a repost), if any.
    duplicate_of: int | None = None
    #: Closest items when it was grouped: (item id, direct score), for neighbour agreement.
    neighbours: tuple[tuple[int, float], ...] = ()
    #: Engagement counts (points, stars_today, upvotes, score, comments...).
    metrics: dict[str, int] = field(default_factory=dict)
    #: Words and names the grouping read in it, kept so later runs need not read it again.
    terms: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    #: Its copy-finding sketch (shingle count and min-hashes), kept likewise.
    minhash: bytes | None = None


@dataclass(frozen=True, slots=True)
class GroupResult:
    """What grouping decided for the items that had no story."""

    #: Item id -> story id.
    assigned: dict[int, str]
    #: Copy id -> original id, for the copies found.
    duplicates: dict[int, int]
    #: Story ids created.
    created: frozenset[str]
    #: Item id -> its closest neighbours, to store with the item.
    neighbours: dict[int, tuple[tuple[int, float], ...]]
    #: Item id -> the words and names read in it, to store with the item.
    terms: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]
    #: Item id -> its copy-finding sketch, to store with the item.
    minhashes: dict[int, bytes]


@dataclass(frozen=True, slots=True)
class Story:
    """A real-world event as covered by one or more items."""

    #: Stable id (from its earliest item).
    id: str
    #: Representative title (the item closest to the story's centre, authority breaking ties).
    title: str
    #: A representative title per language present ("zh", "en", ...).
    titles: dict[str, str]
    #: Earliest item time (UTC).
    first_seen: datetime
    #: Latest item time (UTC).
    last_updated: datetime
    #: Items, copies included.
    item_count: int
    #: Distinct sources.
    sources: tuple[str, ...]
    #: Distinct article hosts.
    domains: tuple[str, ...]
    #: Languages of the items.
    languages: tuple[str, ...]
    #: Distinct publishers (their keys): one outlet through two feeds is one.
    publishers: tuple[str, ...] = ()
    #: Original reports (copies left out) per source id.
    source_items: dict[str, int] = field(default_factory=dict)
    #: Unit centroid of the item vectors (float32), or None.
    centroid: Any = None
    #: Category key, once assessed.
    category: str | None = None
    #: AI relevance in [0, 1], once assessed.
    relevance: float | None = None
    #: Importance before a digest's novelty rule, once assessed.
    importance: float | None = None
    #: How importance was made: each signal's value, before weighting.
    breakdown: dict[str, float] = field(default_factory=dict)
    #: Score of every category.
    category_scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RankedStory:
    """A story as one digest ranks it on one day."""

    #: The story.
    story: Story
    #: Importance after the digest's novelty rule.
    score: float
    #: Importance signals and the novelty factor applied.
    breakdown: dict[str, float]
    #: Title in the digest's language when one exists.
    title: str
    #: Its original reports from the digest's sources (what novelty compares).
    reports: int = 0
    #: Why it cannot be selected ("" when it can): one of the exclusions of
    #: :class:`Reason` ("not AI", "not assessed", "published unchanged").
    excluded: str = ""


class Placement(StrEnum):
    """Where a digest's selection put a story of its day."""

    LEAD = "lead"
    MORE = "more"
    OUT = "out"


class Reason(StrEnum):
    """Why selection put a story where it did: for the lead, why it is there; otherwise
    what kept it out of the section above."""

    #: Lead: among the best of the day, within the lead's window.
    TOP = "top"
    #: Lead: a slot the editor reserved for its category (``select.quotas``).
    QUOTA = "category quota"
    #: Excluded: relevance below the digest's minimum.
    NOT_AI = "not AI"
    #: Excluded: no relevance yet (assess has not run on it).
    NOT_ASSESSED = "not assessed"
    #: Excluded: this digest published it before and it has no new reports since.
    PUBLISHED = "published unchanged"
    #: Not lead: its category already had ``max_per_category`` lead stories.
    CATEGORY_CAP = "category cap"
    #: Not lead: a story as good and less like those already picked took the slot.
    DIVERSITY = "diversity"
    #: Not lead: ranked below the lead's window (twice the lead size).
    BELOW_WINDOW = "below the lead window"
    #: Out: lead and "more news" were full with better stories.
    NOT_IN_TOP = "not in the top N"
    #: Lead: the editor pinned it (``edition pin``).
    PINNED = "pinned"
    #: Lead: the editor moved it to a place in the lead (``edition move``).
    MOVED = "moved"
    #: Out: the editor dropped it (``edition drop``).
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Decision:
    """What selection did with one story, and why (``newsdesk stories --explain``)."""

    #: The story's id.
    story_id: str
    #: Its place in the digest's ranking (1 = best), excluded stories included.
    rank: int
    #: Its digest score (importance as a share of the day, after novelty).
    score: float
    #: Its importance before calibration (the weighted sum of signals).
    importance: float
    #: Lead, more news, or out.
    placement: Placement
    #: Why it is there.
    reason: Reason
    #: The reason in a sentence with its numbers ("4 models stories already lead").
    detail: str


class EditionStatus(StrEnum):
    """Where an edition's revision stands: a run refreshes only a draft."""

    DRAFT = "draft"
    APPROVED = "approved"
    PUBLISHED = "published"


class EditorVerb(StrEnum):
    """What an editor did to a story of an edition; selection applies it on every run."""

    #: Always in the lead.
    PIN = "pin"
    #: Never selected.
    DROP = "drop"
    #: In the lead, at a given place.
    MOVE = "move"
    #: Told in the editor's own words (selection ignores it; writing uses them).
    EDIT = "edit"


@dataclass(frozen=True, slots=True)
class EntryText:
    """What an editor wrote for one story: a lead entry's texts, or a "more news" line
    (``headline`` is the line, ``summary`` what follows it)."""

    headline: str
    summary: str = ""
    insights: tuple[str, ...] = ()
    impact: str = ""


@dataclass(frozen=True, slots=True)
class EditorAction:
    """One editor action on one digest's day, as recorded (who, when, what)."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: Pin, drop or move.
    verb: EditorVerb
    #: The story it concerns.
    story_id: str
    #: For a move, the lead place (1 = first); None otherwise.
    position: int | None
    #: Who did it (the OS user).
    who: str
    #: When (UTC).
    at: datetime
    #: For an edit, the editor's text; None otherwise.
    content: EntryText | None = None


@dataclass(frozen=True, slots=True)
class StoredEdition:
    """The newest revision of one digest's day as the store holds it."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: Its number (1 = the day's first).
    revision: int
    #: Draft, approved or published.
    status: EditionStatus
    #: Lead story ids, in order.
    lead: tuple[str, ...]
    #: "More news" story ids, in order.
    more: tuple[str, ...]
    #: When its selection was last recorded (UTC).
    updated: datetime


@dataclass(frozen=True, slots=True)
class Selection:
    """The stories of one digest on one day."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: Lead stories, best first.
    lead: list[RankedStory]
    #: "More news" stories.
    more: list[RankedStory]
    #: Every candidate story of the day, ranked (selected or not).
    ranked: list[RankedStory]
    #: One decision per ranked story, in ranked order.
    decisions: list[Decision] = field(default_factory=list)
    #: The edition revision it is recorded as (set when it is stored).
    revision: int = 1


class ClaimKind(StrEnum):
    """What a checked piece of generated text is."""

    NUMBER = "number"
    NAME = "name"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Claim:
    """A number, name or link in generated text, which the sources must support."""

    #: number / name / link.
    kind: ClaimKind
    #: The claim as written ("50亿元", "World Labs", "https://...").
    text: str
    #: The sentence of the generated text that holds it.
    sentence: str


@dataclass(frozen=True, slots=True)
class LLMCall:
    """One chat-completions request, as the run summary and the store record it."""

    #: What it was for ("story", "day", "more", "repair").
    purpose: str
    #: Model name sent.
    model: str
    #: Prompt tokens (0 for a cache hit).
    tokens_in: int
    #: Completion tokens (0 for a cache hit).
    tokens_out: int
    #: Wall time in seconds, retries and waits included.
    seconds: float
    #: True when the reply came from the store's cache and no request was made.
    cached: bool = False
    #: "ok", or why it failed in a few words ("invalid JSON", "timeout", ...).
    outcome: str = "ok"


@dataclass(frozen=True, slots=True)
class LLMUsage:
    """What the editor spent in one run."""

    #: Every call, cache hits included, in order.
    calls: tuple[LLMCall, ...] = ()
    #: Estimated cost from ``llm.prices`` (0 when the model has no price).
    cost: float = 0.0
    #: True when ``llm.budget_tokens`` stopped further calls.
    budget_exhausted: bool = False
    #: The currency of ``cost`` (``llm.currency``).
    currency: str = "USD"

    @property
    def requests(self) -> int:
        """Calls that reached the endpoint (cache hits are free)."""
        return sum(not c.cached for c in self.calls)

    @property
    def tokens_in(self) -> int:
        return sum(c.tokens_in for c in self.calls)

    @property
    def tokens_out(self) -> int:
        return sum(c.tokens_out for c in self.calls)


@dataclass(frozen=True, slots=True)
class SourceLink:
    """One report a digest entry cites."""

    #: The report's title.
    title: str
    #: Its URL (the item's link as the source published it).
    url: str
    #: The publisher's name (the outlet, not the feed it came through), as readers see it.
    source: str
    #: ISO 639-1 code of the report.
    language: str


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One lead story as the digest tells it."""

    #: The story's id.
    story_id: str
    #: Headline (linked to ``url``).
    headline: str
    #: The primary source's URL.
    url: str
    #: Facts-only summary paragraph.
    summary: str
    #: "深度解读 & 洞察" bullets: meaning, context, consequences; never new facts.
    insights: tuple[str, ...]
    #: Optional "影响" line.
    impact: str
    #: Category key.
    category: str
    #: Every report of the story, primary first.
    sources: tuple[SourceLink, ...]
    #: "llm", "offline" or "editor": who wrote it.
    written_by: str


@dataclass(frozen=True, slots=True)
class MoreLine:
    """A "更多动态" one-liner."""

    #: The story's id.
    story_id: str
    #: The line.
    text: str
    #: The primary source's URL.
    url: str
    #: "llm", "offline" or "editor".
    written_by: str
    #: The story's category key.
    category: str = ""
    #: What follows the linked line after "：" (the offline editor's one source sentence).
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A themed group of lead entries."""

    #: Section title.
    title: str
    #: Its entries, in order.
    entries: tuple[DigestEntry, ...]


@dataclass(frozen=True, slots=True)
class VerificationIssue:
    """An unsupported claim the verifier found, and what became of it."""

    #: Where it was: "story <id> summary", "day bullets", "more <id>"...
    where: str
    #: The claim.
    claim: Claim
    #: "repaired" (a rewrite no longer needs it), "dropped" (its sentence was removed)
    #: or "kept" (an editor wrote it and chose to keep it).
    action: str


@dataclass(frozen=True, slots=True)
class VerificationReport:
    """What the verifier checked in a digest and what it removed."""

    #: Texts checked (summaries, insights, bullets, titles, one-liners...).
    texts: int = 0
    #: Numbers, names and links checked in them.
    claims: int = 0
    #: Unsupported claims found, with what was done to each.
    issues: tuple[VerificationIssue, ...] = ()
    #: Entries an LLM rewrote to drop unsupported claims.
    rewritten: int = 0

    @property
    def clean(self) -> bool:
        """True when every claim of the first draft was supported."""
        return not self.issues

    @property
    def repaired(self) -> int:
        """Claims a rewrite no longer needed."""
        return sum(i.action == "repaired" for i in self.issues)

    @property
    def dropped(self) -> int:
        """Claims removed with their sentence."""
        return sum(i.action == "dropped" for i in self.issues)

    @property
    def kept(self) -> int:
        """Unsupported claims an editor wrote and chose to keep."""
        return sum(i.action == "kept" for i in self.issues)


@dataclass(frozen=True, slots=True)
class Digest:
    """One edition of one configured digest: what gets rendered and published."""

    #: Digest name (config).
    name: str
    #: The day, in the digest's time zone.
    day: date
    #: "zh" or "en".
    language: str
    #: Day title.
    title: str
    #: Summary bullets of the day.
    bullets: tuple[str, ...]
    #: Themed sections of the lead entries.
    sections: tuple[Section, ...]
    #: "更多动态" lines.
    more: tuple[MoreLine, ...]
    #: Tags.
    tags: tuple[str, ...]
    #: SEO keywords.
    seo: tuple[str, ...]
    #: What the verifier found and did.
    verification: VerificationReport = VerificationReport()
    #: What the editor spent.
    usage: LLMUsage = LLMUsage()
    #: Why parts fell back to the offline editor, in words for the user.
    fallbacks: tuple[str, ...] = ()
    #: Draft, approved by an editor, or published.
    status: EditionStatus = EditionStatus.DRAFT
    #: Names of its sources that failed or went stale by the day it was written.
    unavailable: tuple[str, ...] = ()
    #: The edition revision it belongs to (1 = the day's first).
    revision: int = 1

    @property
    def entries(self) -> list[DigestEntry]:
        return [e for s in self.sections for e in s.entries]


@dataclass(frozen=True, slots=True)
class WrittenDigest:
    """A digest the run wrote and verified, and the folder its files went to."""

    #: The digest.
    digest: Digest
    #: Folder holding ``digest.json``, ``verification.json`` and the rendered files.
    folder: str
    #: The rendered files (Markdown per style), in that folder.
    files: tuple[str, ...] = ()
    #: What could not be made (no cover font...), in words for the user.
    warnings: tuple[str, ...] = ()


class PublicationStatus(StrEnum):
    """Where one digest's day stands on one channel (stored as its value)."""

    #: Every part of the version confirmed.
    PUBLISHED = "published"
    #: The rest may or may not have been posted.
    UNKNOWN = "unknown"
    #: Parts not posted.
    FAILED = "failed"
    #: Returned, not stored: the channel has this version already.
    ALREADY_PUBLISHED = "already published"
    #: Returned, not stored: another publisher holds the channel.
    BUSY = "busy"
    #: Returned, not stored: the digest's review is required and it is a draft.
    AWAITING_APPROVAL = "awaiting approval"
    #: Stored while a publisher holds the channel, until it records its result.
    POSTING = "posting"


#: Statuses that leave a channel without what it should have: ``publish`` exits 1.
NOT_PUBLISHED = (
    PublicationStatus.FAILED,
    PublicationStatus.UNKNOWN,
    PublicationStatus.BUSY,
    PublicationStatus.AWAITING_APPROVAL,
)


class MessageState(StrEnum):
    """What became of one message a channel posted (stored as its value)."""

    #: Asked, no answer yet.
    SENDING = "sending"
    #: Confirmed, with the service's id.
    SENT = "sent"
    #: Maybe posted: not posted again unless forced.
    UNKNOWN = "unknown"
    #: Deleted by a later revision.
    RETRACTED = "retracted"
    #: An answer, never stored: it was not posted, so its record is deleted.
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Publication:
    """One digest's day on one channel: what the record says was posted."""

    #: Digest name.
    digest: str
    #: The digest's day.
    day: date
    #: Channel id (config).
    channel: str
    #: Published, unknown or failed; returned but not stored: already published, busy
    #: and awaiting approval.
    status: PublicationStatus
    #: What the service gave back for ``version``: message ids, a commit hash, a path.
    external_ids: tuple[str, ...] = ()
    #: Why it is not published, in words for the user (None when published).
    error: str | None = None
    #: When this was recorded (UTC).
    updated: datetime | None = None
    #: The content version: a hash of what the channel posts for this edition.
    version: str = ""
    #: The version's parts (stories, title, cover...), and how many the service confirmed
    #: and how many may or may not have been posted.
    parts: int = 0
    posted: int = 0
    unknown: int = 0
    #: The revision of the day the channel carries (0: recorded before revisions were).
    revision: int = 0


@dataclass(frozen=True, slots=True)
class PublishClaim:
    """A publisher's hold on one digest, day and channel while it posts."""

    #: The publication row's id.
    publication: int
    #: Who holds it ("host pid token"); ours when ``granted``.
    holder: str
    #: Whether we hold it now.
    granted: bool
    #: Until when the holder may post without renewing (UTC).
    lease_until: datetime


@dataclass(frozen=True, slots=True)
class PostedMessage:
    """One message a channel posted, or began to post, for a digest's day."""

    #: Row id.
    id: int
    #: The content version it was posted for.
    version: str
    #: The keys of the parts it carried.
    parts: tuple[str, ...]
    #: Sending, sent, unknown or retracted.
    state: MessageState
    #: The service's id for it, once confirmed.
    external_id: str | None = None
    #: What the service said when the outcome is unknown.
    error: str | None = None
    #: The revision of the day it carried.
    revision: int = 0
