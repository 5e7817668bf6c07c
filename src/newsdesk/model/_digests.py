"""Digests and their editions: entries, claims, verification, the editor's actions, LLM use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from newsdesk.model._record import is_record, publisher_count
from newsdesk.model._stories import Decision, RankedStory


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
    #: In "more news", never the lead.
    DEMOTE = "demote"
    #: Told in the editor's own words (selection ignores it; writing uses them).
    EDIT = "edit"
    #: Every earlier action on the story undone: selection and the writer decide it again.
    RESTORE = "restore"


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
    #: Pin, drop, move, demote, edit or restore.
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


def actions_in_force(actions: Sequence[EditorAction]) -> dict[str, tuple[EditorAction, ...]]:
    """Story id -> its actions (oldest first, as ``actions`` are) since its last
    restore, for the stories that have any: what a restore of it would undo."""
    force: dict[str, tuple[EditorAction, ...]] = {}
    for a in actions:
        if a.verb is EditorVerb.RESTORE:
            force.pop(a.story_id, None)
        else:
            force[a.story_id] = (*force.get(a.story_id, ()), a)
    return force


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
    #: Who approved it ("" when nobody has): an editor, or "scheduler" for a draft it
    #: published after its grace period.
    approved_by: str = ""
    #: When it was approved (UTC; None when it was not).
    approved_at: datetime | None = None

    @property
    def empty(self) -> bool:
        """Whether it holds no story: its run had none to select (a day before the
        sources published anything), so there is nothing to read, approve or publish."""
        return not self.lead and not self.more


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


#: The outcome of a call the client did not send because the endpoint had failed.
NOT_TRIED = "not tried"


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
    #: "ok", "salvaged" (cut short, its complete fields used), or why it failed in a few
    #: words ("invalid JSON", "timeout", "failed before" for a remembered failure...).
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
        """Calls sent to the endpoint (cache hits are free; a call the client gave up
        before sending, once the endpoint was dead, is no request)."""
        return sum(not c.cached and c.outcome != NOT_TRIED for c in self.calls)

    @property
    def cached(self) -> int:
        """Calls answered from the cache: a reply, or a failure remembered."""
        return sum(c.cached for c in self.calls)

    @property
    def failed(self) -> int:
        """Requests whose exchange failed or whose reply could not be used (a reply cut
        short whose complete fields were kept, "salvaged", is used)."""
        return sum(
            not c.cached and c.outcome not in ("ok", "salvaged", NOT_TRIED) for c in self.calls
        )

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
    #: "深度解读 & 洞察" bullets: meaning, context, consequences; never new facts.  The
    #: offline editor closes them with the story's record (who reported it, when).
    insights: tuple[str, ...]
    #: Optional "影响" line.
    impact: str
    #: Category key.
    category: str
    #: Every report of the story, primary first.
    sources: tuple[SourceLink, ...]
    #: "llm", "offline" or "editor": who wrote it.
    written_by: str

    @property
    def analysis(self) -> tuple[str, ...]:
        """The insights that are points of the story, not its record: what a heading
        promising meaning ("Why it matters:") goes over."""
        return tuple(i for i in self.insights if not is_record(i))

    @property
    def extracted(self) -> bool:
        """Whether its points are sentences the offline editor took from the reports:
        details, not analysis, so a heading promising meaning ("Why it matters:") would
        misstate them; they go under one that says what they are ("Also reported:")."""
        return self.written_by == "offline"

    @property
    def one_outlet(self) -> bool:
        """Whether one outlet told the story: details taken from it are what its report
        also says, and a heading of other reports ("另据报道：") would promise some.  Its
        record counts publishers (two feeds of one site are one; two outlets' threads on
        one aggregator, both labelled by it, are two); without one, its sources' names."""
        counted = publisher_count(self.record)
        if counted is not None:
            return counted == 1
        return len({s.source.strip().casefold() for s in self.sources}) <= 1

    @property
    def from_its_link(self) -> bool:
        """Whether its details name none of its outlets: the offline editor credits each
        detail ("据硅基日报，", "Compute Wire: ") but those of the report its headline links
        to, so details naming no outlet are all that report's, and go under one heading
        of it ("报道还提到："), not of other reports ("另据报道：")."""
        names = {s.source.strip() for s in self.sources if s.source.strip()}
        return not any(name in point for point in self.analysis for name in names)

    @property
    def record(self) -> tuple[str, ...]:
        """The insights that record who reported the story and when (see
        :mod:`newsdesk.model._record`): shown apart from the analysis."""
        return tuple(i for i in self.insights if is_record(i))


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
    #: Said once at the top: how many of its stories no report tells in its language
    #: (their entries then have no summary); empty when at most one.
    notice: str = ""
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
