"""What the JSON API takes and gives, as pydantic models: the OpenAPI document is made
from them, and every response is checked against them.

A response is what ``--json`` prints for the same record (:func:`newsdesk._jsonout.to_json`
of what the core returns), so the API and the CLI say the same thing in the same keys;
the functions here add what a review desk needs beside it (an edition's text and its
candidates) and leave out what a browser must not see (a digest's or a source's whole
config, where tokens may be).  Response models forbid keys they do not name: a field
added to a core record without its model here fails the tests, never the documentation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsdesk._jsonout import edition_row, to_json
from newsdesk.core import (
    Candidate,
    ChannelView,
    DigestState,
    EditionDetail,
    EntryEdit,
    SourceStatus,
    StoryRestore,
)
from newsdesk.model import (
    Digest,
    DigestEntry,
    EditionStatus,
    MessageState,
    MoreLine,
    Outcome,
    Placement,
    PublicationStatus,
    RunStatus,
)
from newsdesk.publish import Revise


class Out(BaseModel):
    """A response: exactly the keys named here."""

    model_config = ConfigDict(extra="forbid")


class In(BaseModel):
    """A request body: unknown keys are refused, so a misspelt one is not ignored."""

    model_config = ConfigDict(extra="forbid")


class ErrorOut(Out):
    """What went wrong, in words a user understands: ``error`` in English for scripts,
    ``error_said`` in the desk's language for its pages (a refusal of a kind it knows
    worded anew, any other as it is)."""

    error: str
    error_said: str


class AliveOut(Out):
    status: Literal["ok"] = "ok"


class ReadyOut(Out):
    status: Literal["ready"] = "ready"
    #: The store's schema revision.
    revision: str


# -- digests and editions --------------------------------------------------------------


class StoredEditionOut(Out):
    """The newest revision of a digest's day."""

    digest: str
    day: dt.date
    revision: int
    status: EditionStatus
    #: Lead story ids, in order.
    lead: list[str]
    #: "More news" story ids, in order.
    more: list[str]
    #: When its selection was last recorded.
    updated: dt.datetime
    #: Who approved it ("" when nobody has; "scheduler" for a draft it published after
    #: its grace period), and when.
    approved_by: str
    approved_at: dt.datetime | None


class DigestOut(Out):
    """A configured digest: its public settings and its latest day."""

    name: str
    title: str
    language: str
    timezone: str
    #: "none" or "required": whether a draft waits for an editor's approval.
    review: str
    #: When the server runs its day: five cron fields in its time zone (None: never).
    schedule: str | None
    #: With review required, how long a scheduled draft waits before it is published
    #: unchanged ("2h"; None: it waits for an editor).
    auto_publish_after: str | None
    #: The ids of its enabled channels.
    channels: list[str]
    latest: StoredEditionOut | None


def digest_out(state: DigestState) -> dict[str, Any]:
    d = state.digest
    return {
        "name": d.name,
        "title": d.title,
        "language": d.language,
        "timezone": d.timezone,
        "review": d.review,
        "schedule": d.schedule,
        "auto_publish_after": d.auto_publish_after,
        "channels": [c.id for c in d.publish if c.enabled],
        "latest": to_json(state.latest),
    }


class SourceLinkOut(Out):
    title: str
    url: str
    #: The publisher's name.
    source: str
    language: str


class EntryOut(Out):
    """A story the edition carries, with its text as written (a lead entry's parts, or a
    "more news" line and its detail; empty where the revision is not written yet)."""

    story: str
    headline: str
    reason: str
    why: str
    written_by: str
    kept_unsupported: list[str]
    summary: str = ""
    insights: list[str] = []
    impact: str = ""
    detail: str = ""
    url: str = ""
    category: str = ""
    sources: list[SourceLinkOut] = []


class LeftOutOut(Out):
    story: str
    why: str
    title: str
    reason: str


class IssueOut(Out):
    """An unsupported claim the verifier found and what became of it."""

    where: str
    kind: str
    text: str
    sentence: str
    #: "repaired", "dropped" or "kept" (an editor's, kept on purpose).
    action: str


class VerificationOut(Out):
    texts: int
    claims: int
    rewritten: int
    issues: list[IssueOut]


class EntryTextOut(Out):
    """An editor's text: a lead entry's parts, or a "more news" line (``headline``) and
    its detail (``summary``)."""

    headline: str
    summary: str
    insights: list[str]
    impact: str


class ActionOut(Out):
    digest: str
    day: dt.date
    verb: str
    story_id: str
    position: int | None
    who: str
    at: dt.datetime
    content: EntryTextOut | None


class PublicationOut(Out):
    """What a channel carries of a digest's day, as recorded (or a publish's result)."""

    digest: str
    day: dt.date
    channel: str
    status: PublicationStatus
    external_ids: list[str]
    error: str | None
    #: A publish's error in the desk's language (its first digest's), as its pages word it.
    error_said: str | None = None
    updated: dt.datetime | None
    version: str
    #: The parts of the version (stories, title, cover), which the channel packs into
    #: its messages; how many of them the service confirmed; how many may have been posted.
    parts: int
    parts_posted: int
    parts_unknown: int
    revision: int
    #: A newer draft of the day that awaits approval and did not go out, in words (""),
    #: and its revision (0 when none).
    newer_draft: str = ""
    newer_revision: int = 0


class StoryReportOut(Out):
    """One report of a story: who published it, in which language, when."""

    item_id: int
    story_id: str | None
    title: str
    url: str
    source_id: str
    publisher: str
    language: str
    published: dt.datetime | None
    first_seen: dt.datetime
    repost: bool


class CandidateOut(Out):
    """A candidate story of the day, as its digest ranks it, and why it is where it is."""

    story: str
    rank: int
    title: str
    score: float
    importance: float
    placement: Placement
    reason: str
    detail: str
    #: The importance signals and the novelty factor behind the score.
    signals: dict[str, float]
    category: str | None
    relevance: float | None
    #: Why it cannot be selected ("" when it can).
    excluded: str
    item_count: int
    languages: list[str]
    first_seen: dt.datetime
    last_updated: dt.datetime
    reports: list[StoryReportOut]


class EditionOut(Out):
    """A digest's day for its review desk: ``edition show --json``'s keys (``digest, date,
    revision, status, approved_by, approved_at, lead, more, left_out``), each entry with
    its text, and beside them
    the day's own text, the verifier's report, the editor's actions, the channels'
    records and every candidate with its score, reports and decision."""

    digest: str
    date: dt.date
    revision: int
    status: EditionStatus
    #: Who approved this revision ("scheduler": published unchanged after its grace
    #: period), and when (None: nobody yet).
    approved_by: str | None
    approved_at: dt.datetime | None
    lead: list[EntryOut]
    more: list[EntryOut]
    left_out: list[LeftOutOut]
    #: The day's title and bullets ("" and [] while the revision is not written).
    title: str
    bullets: list[str]
    #: Said once above the entries: how many of the day's stories no report tells in
    #: the digest's language, whose entries then have no summary ("" when none).
    notice: str
    tags: list[str]
    verification: VerificationOut | None
    #: Why parts were written offline.
    fallbacks: list[str]
    #: Sources that failed or went stale by the day it was written.
    unavailable: list[str]
    actions: list[ActionOut]
    channels: list[PublicationOut]
    candidates: list[CandidateOut]


def _entry_text(entry: DigestEntry) -> dict[str, Any]:
    return {
        "summary": entry.summary,
        "insights": list(entry.insights),
        "impact": entry.impact,
        "url": entry.url,
        "category": entry.category,
        "sources": [to_json(s) for s in entry.sources],
    }


def _line_text(line: MoreLine) -> dict[str, Any]:
    return {"detail": line.detail, "url": line.url, "category": line.category}


def _verification(digest: Digest) -> dict[str, Any]:
    report = digest.verification
    return {
        "texts": report.texts,
        "claims": report.claims,
        "rewritten": report.rewritten,
        "issues": [
            {
                "where": i.where,
                "kind": i.claim.kind.value,
                "text": i.claim.text,
                "sentence": i.claim.sentence,
                "action": i.action,
            }
            for i in report.issues
        ],
    }


def _candidate(candidate: Candidate) -> dict[str, Any]:
    ranked, decision, story = candidate.ranked, candidate.decision, candidate.ranked.story
    return {
        "story": story.id,
        "rank": decision.rank,
        "title": ranked.title,
        "score": decision.score,
        "importance": decision.importance,
        "placement": decision.placement.value,
        "reason": decision.reason.value,
        "detail": decision.detail,
        "signals": ranked.breakdown,
        "category": story.category,
        "relevance": story.relevance,
        "excluded": ranked.excluded,
        "item_count": story.item_count,
        "languages": list(story.languages),
        "first_seen": story.first_seen.isoformat(),
        "last_updated": story.last_updated.isoformat(),
        "reports": to_json(candidate.reports),
    }


def edition_out(detail: EditionDetail) -> dict[str, Any]:
    view, written = detail.view, detail.digest
    row = edition_row(view)
    entries = {e.story_id: _entry_text(e) for e in written.entries} if written else {}
    lines = {m.story_id: _line_text(m) for m in written.more} if written else {}
    for entry in row["lead"]:
        entry |= entries.get(entry["story"], {})
    for entry in row["more"]:
        entry |= lines.get(entry["story"], {})
    for gone, out in zip(row["left_out"], view.left_out, strict=True):
        gone |= {"title": out.title, "reason": out.reason}
    return row | {
        "title": written.title if written else "",
        "bullets": list(written.bullets) if written else [],
        "notice": written.notice if written else "",
        "tags": list(written.tags) if written else [],
        "verification": _verification(written) if written else None,
        "fallbacks": list(written.fallbacks) if written else [],
        "unavailable": list(written.unavailable) if written else [],
        "actions": to_json(view.actions),
        "channels": to_json(view.channels),
        "candidates": [_candidate(c) for c in detail.candidates],
    }


class StoryIn(In):
    """The story an action concerns."""

    story: str = Field(description="the story's id, as the edition lists it")


class MoveIn(StoryIn):
    to: int = Field(description="its place in the lead, 1 = first")


class EntryIn(In):
    """An entry in the editor's words: a lead entry's ``headline``, ``summary``,
    ``insights`` and ``impact``, or a "more news" line's ``line`` and ``detail``.  A part
    left out keeps its text.  What the story's sources do not support is saved only with
    ``keep_unsupported``."""

    headline: str | None = None
    summary: str | None = None
    insights: list[str] | None = None
    impact: str | None = None
    line: str | None = None
    detail: str | None = None
    keep_unsupported: bool = False

    def parts(self) -> dict[str, str | list[str]]:
        """The parts given, by name."""
        given = self.model_dump(exclude_none=True, exclude={"keep_unsupported"})
        return {name: value for name, value in given.items()}


class UnsupportedOut(Out):
    """A claim of the text its story's sources do not support."""

    #: The part: "headline", "summary", "insight 2", "impact", "line", "detail".
    where: str
    kind: str
    text: str
    #: The sentence that holds it.
    sentence: str


class EntryEditOut(Out):
    """What became of an editor's (or the LLM's new) text for one entry."""

    story: str
    saved: bool
    #: Why nothing was saved ("" when it was), and the same as a key: "empty",
    #: "unchanged" or "unsupported" ("" when saved).
    why_not: str
    why_not_key: str
    unsupported: list[UnsupportedOut]
    #: The text that was checked.
    text: EntryTextOut | None
    #: The edition afterwards.
    edition: EditionOut


def entry_edit_out(edit: EntryEdit, detail: EditionDetail) -> dict[str, Any]:
    return {
        "story": edit.story_id,
        "saved": edit.saved,
        "why_not": edit.why_not,
        "why_not_key": edit.why_key,
        "unsupported": [
            {
                "where": c.where,
                "kind": c.claim.kind.value,
                "text": c.claim.text,
                "sentence": c.claim.sentence,
            }
            for c in edit.unsupported
        ],
        "text": to_json(edit.text),
        "edition": edition_out(detail),
    }


class RestoreOut(Out):
    """What became of an editor's restore of one story."""

    story: str
    #: True when the restore was recorded and the day written again as a new revision.
    restored: bool
    #: Why nothing was done ("" when it was): the story had no action to undo; the
    #: same as a key: "no_action" ("" when restored).
    why_not: str
    why_not_key: str
    #: The actions it undid, oldest first.
    undone: list[ActionOut]
    #: The edition afterwards.
    edition: EditionOut


def restore_out(restore: StoryRestore, detail: EditionDetail) -> dict[str, Any]:
    return {
        "story": restore.story_id,
        "restored": restore.restored,
        "why_not": restore.why_not,
        "why_not_key": restore.why_key,
        "undone": to_json(restore.undone),
        "edition": edition_out(detail),
    }


class RevisionRef(Out):
    revision: int
    status: EditionStatus


class TextChangeOut(Out):
    part: str
    before: str
    after: str


class StoryChangeOut(Out):
    story: str
    headline: str
    change: str
    before: str
    after: str
    written_by: str
    texts: list[TextChangeOut]


class DiffOut(Out):
    """``edition diff --json``: what changed from one written revision to another."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    digest: str
    date: dt.date
    from_: RevisionRef = Field(alias="from")
    to: RevisionRef
    day: list[TextChangeOut]
    stories: list[StoryChangeOut]


class PublishIn(In):
    """Which channels to publish on (default: each of the digest's), and whether to post
    again what went out already, or may have."""

    channels: list[str] | None = None
    force: bool = False


class ChannelPartOut(Out):
    key: str
    #: The part as the channel posts it (a whole post: its Markdown).
    text: str
    #: "sent", "unknown" (it may have been posted) or "new".
    state: str


class PostedMessageOut(Out):
    id: int
    version: str
    parts: list[str]
    state: MessageState
    external_id: str | None
    error: str | None
    revision: int


class ChannelOut(Out):
    """One channel of the day: what a publish would post now, and what it posted."""

    channel: str
    kind: str
    revise: Revise
    revision: int
    version: str
    parts: list[ChannelPartOut]
    #: Why a publish would not post it now ("" when it would).
    waiting: str
    publication: PublicationOut | None
    #: Every message it posted of the day, oldest first, each with its revision.
    messages: list[PostedMessageOut]


def channel_out(view: ChannelView) -> dict[str, Any]:
    return {
        "channel": view.channel,
        "kind": view.kind,
        "revise": view.revise.value,
        "revision": view.revision,
        "version": view.version,
        "parts": [{"key": p.part.key, "text": p.part.text, "state": p.state} for p in view.parts],
        "waiting": view.waiting,
        "publication": to_json(view.publication),
        "messages": to_json(view.messages),
    }


# -- stories -----------------------------------------------------------------------------


class StoryRowOut(Out):
    """A story, as ``story --json`` shows it (its vector left out)."""

    id: str
    title: str
    titles: dict[str, str]
    first_seen: dt.datetime
    last_updated: dt.datetime
    item_count: int
    sources: list[str]
    domains: list[str]
    languages: list[str]
    publishers: list[str]
    source_items: dict[str, int]
    category: str | None
    relevance: float | None
    importance: float | None
    breakdown: dict[str, float]
    category_scores: dict[str, float]


class RankedStoryOut(StoryRowOut):
    """A story as ``stories --json`` ranks it."""

    rank: int
    score: float
    digest_title: str
    excluded: str
    signals: dict[str, float]
    #: "lead" or "more" in the digest's edition of the day (None: not in it, or no digest).
    section: str | None


class StoriesOut(Out):
    date: dt.date
    digest: str | None
    #: With no stories on ``date``: the newest day that has some.
    newest: dt.date | None
    stories: list[RankedStoryOut]


class StoredItemOut(Out):
    """An item as the store holds it."""

    id: int
    source_id: str
    url: str
    canonical_url: str
    title: str
    snippet: str
    text: str
    author: str
    published: dt.datetime | None
    language: str
    content_hash: str
    external_url: str
    metrics: dict[str, int]
    tags: list[str]
    publisher: str
    publisher_key: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    fulltext_status: str | None


class StoryOut(StoryRowOut):
    """``story --json``: a story with every item it holds."""

    items: list[StoredItemOut]


class SearchHitOut(Out):
    """A story of the archive that matched, with its items that matched (none when only
    its title did)."""

    story: StoryRowOut
    items: list[StoredItemOut]


class SearchResultOut(Out):
    #: The words searched for, each to be found.
    words: list[str]
    #: Stories updated at or after this time only (None: the whole archive).
    since: dt.datetime | None
    #: Newest first.
    hits: list[SearchHitOut]


# -- sources ---------------------------------------------------------------------------


class FetchStateOut(Out):
    source_id: str
    etag: str | None
    last_modified: str | None
    last_fetched: dt.datetime | None
    last_success: dt.datetime | None
    last_status: str | None
    last_error: str | None
    consecutive_failures: int
    last_entries: int
    last_newest: dt.datetime | None
    last_skipped: dict[str, int]


class HealthOut(Out):
    source_id: str
    status: str
    #: Items per day over the baseline window.
    per_day: float
    last_day: int
    failures: int
    problems: list[str]
    advice: list[str]
    freshness_hours: float | None


class SourceOut(Out):
    """A source: its public settings, its last fetch, its health and its last days."""

    id: str
    name: str
    kind: str
    enabled: bool
    language: str
    weight: float
    tags: list[str]
    state: FetchStateOut
    health: HealthOut
    #: Items it brought each day, oldest first, today last.
    daily: list[int]


class SourceAddedOut(SourceOut):
    """A source just added, with what its first fetch would meet (in English): an
    address every fetch refuses, a path that matches no file yet.  Empty when none."""

    notes: list[str]
    #: The notes in the desk's language, for the page to show as they are.
    notes_said: list[str]


def source_out(status: SourceStatus) -> dict[str, Any]:
    row = to_json(status)
    source = status.source
    return {
        "id": source.id,
        "name": source.label,
        "kind": source.kind,
        "enabled": source.enabled,
        "language": source.language,
        "weight": source.weight,
        "tags": list(source.tags),
        "state": row["state"],
        "health": row["health"],
        "daily": list(status.daily),
    }


class SourceIn(BaseModel):
    """A source to add, as it is written in the config file: ``kind`` and ``id``, and the
    kind's own keys (``url``, an RSSHub ``route``...; see the configuration docs).  An
    empty value is left out, so the key's default applies."""

    model_config = ConfigDict(extra="allow")

    kind: str = Field(description="feed, rsshub, hackernews, arxiv...")
    id: str = Field(description="lowercase letters, digits, '-' or '_'")
    name: str = ""
    url: str | None = Field(None, description="the feed's or page's address, for kinds with one")
    allow_private_addresses: object = Field(
        None,
        description="true: the source may fetch loopback, private and link-local addresses "
        "(a local RSSHub); checked as the config file checks it",
    )


class SourceEnabledIn(In):
    """Whether runs fetch the source: ``false`` writes ``enabled: false`` into it."""

    enabled: bool


class ProblemsOut(ErrorOut):
    """The config refused a source: the message, and each problem by its key, in the
    words the config file's own errors use."""

    problems: list[str]


class CountsOut(Out):
    new: int
    updated: int
    unchanged: int
    rejected: int


class SourceReportOut(Out):
    """One fetch of a source: what it gave, or why it failed (nothing stored)."""

    source_id: str
    outcome: Outcome
    entries: int
    counts: CountsOut
    error: str | None
    #: The error in the desk's language (its first digest's), as its pages word it.
    error_said: str | None = None
    warnings: list[str]
    seconds: float
    skipped: dict[str, int]
    newest: dt.datetime | None


# -- runs ------------------------------------------------------------------------------


class StageOut(Out):
    stage: str
    started: dt.datetime
    seconds: float
    counts: dict[str, int]
    errors: list[dict[str, Any]]


class RunOut(Out):
    """A run as the store records it, stage by stage as it goes."""

    id: int
    command: str
    started: dt.datetime
    status: RunStatus
    finished: dt.datetime | None
    error: str | None
    #: Why it stopped in the desk's language, as its pages word it.
    error_said: str | None = None
    #: The day it writes (None: it only collected).
    day: dt.date | None
    #: The digests it writes (empty: every configured one).
    digests: list[str]
    #: The stages it is to run, in order.
    plan: list[str]
    #: The stages it finished, in order.
    stages: list[StageOut]
    host: str | None
    pid: int | None


class RunIn(In):
    """A run of a digest's day."""

    date: dt.date | None = Field(None, description="a past day to write from the store")
    publish: bool = Field(False, description="publish what it writes")


class RunStartedOut(Out):
    """A run started in the background; its progress is ``GET /api/v1/runs/{run_id}``."""

    run_id: int
    digest: str | None
    day: dt.date
    publish: bool
