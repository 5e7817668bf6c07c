"""What the core's actions return to a front end: the records it shows.

The records passed between stages are in :mod:`newsdesk.model`; these are the views a
front end asks for — an edition with why each story is in or out, a source with its
health, what an editor's text became — made of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from newsdesk.config import DigestConfig, SourceConfig
from newsdesk.desk import ClassifyEvaluation
from newsdesk.editor import StoryChange, TextChange, TextClaim
from newsdesk.model import (
    Decision,
    Digest,
    EditionStatus,
    EditorAction,
    EntryText,
    FetchState,
    Phrase,
    PostedMessage,
    Publication,
    RankedStory,
    Selection,
    SourceHealth,
    SourceReport,
    StoredEdition,
    StoredItem,
    Story,
    StoryReport,
)
from newsdesk.publish import Part, Revise


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """One configured source as ``sources`` lists it."""

    #: The source as configured.
    source: SourceConfig
    #: What the store remembers of its fetches (None: never fetched).
    state: FetchState | None
    #: Its health as of the desk's clock.
    health: SourceHealth
    #: Its items per day they were published (first seen when they give no time; the
    #: config's zone), oldest day first, over the days asked for (empty when none were).
    daily: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What ``check_sources`` found: one fetch of each source, and what the store says."""

    #: One report per source checked, ok or failed.
    reports: tuple[SourceReport, ...]
    #: The stored health of the sources (empty when there is no store yet).
    health: tuple[SourceHealth, ...]


@dataclass(frozen=True, slots=True)
class DayItems:
    """The stored items published on one day."""

    #: The day, in the config's zone.
    day: date
    #: Newest first.
    items: tuple[StoredItem, ...]
    #: The newest day that has items, when this day has none (None when it is this day
    #: or the store holds none): where a reader who picked an empty day should look.
    newest: date | None = None


@dataclass(frozen=True, slots=True)
class DayStories:
    """A day's stories, ranked overall or for one digest, or each digest's decisions."""

    #: The day, in the zone of the digest (or of the config).
    day: date
    #: Stories, best first (empty when ``selections`` answers instead).
    ranked: tuple[RankedStory, ...]
    #: Story id -> "lead" or "more" in the digest's edition of the day, or "dropped" by the
    #: editor (None: no digest).
    sections: dict[str, str] | None
    #: With no stories on ``day``: the newest day that has some, if any and another day.
    newest: date | None
    #: With ``explain``: each digest's selection, with its decision for every story.
    selections: tuple[Selection, ...] = ()
    #: False when the store holds no story on any day: nothing was collected and grouped
    #: yet, which a digest with nothing on ``day`` must not be told.
    stored: bool = True


@dataclass(frozen=True, slots=True)
class StoryDetail:
    """One story with every item it holds."""

    #: The story.
    story: Story
    #: Its items, as stored.
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A story a search found, with those of its items that matched."""

    #: The story.
    story: Story
    #: Its items whose title or summary holds the words, oldest first (empty when the
    #: story's own title matched and none of its items did).
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What :meth:`Newsdesk.search` found."""

    #: The words searched for, each to be found (the query split on spaces).
    words: tuple[str, ...]
    #: Stories updated at or after this time only (None: the whole archive).
    since: datetime | None
    #: The stories found, newest first.
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True, slots=True)
class BuiltSite:
    """The static site as ``build_site`` left it."""

    #: The site's folder.
    folder: Path
    #: Every file written into it (pages, feeds, covers).
    files: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class ClassifyReport:
    """``eval_classify``: the verdicts, and what could not be read."""

    #: One verdict per good line, in input order.
    evaluation: ClassifyEvaluation
    #: How many good lines were judged.
    items: int
    #: One message per line that was skipped.
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EditionEntry:
    """A story an edition carries, in the lead or in "more news"."""

    #: The story's id.
    story_id: str
    #: Its headline as written (its title when the revision is not written yet).
    headline: str
    #: Why it is there: selection's reason, or the editor's pin or move.
    reason: str
    #: The reason in a sentence.
    why: str
    #: Who wrote it: "llm", "offline" or "editor" ("" when not written yet).
    written_by: str = ""
    #: Claims its sources do not support that the editor wrote and chose to keep.
    kept_unsupported: tuple[str, ...] = ()
    #: ``why`` as its sentences' keys and values, for a reader in another language.
    phrases: tuple[Phrase, ...] = ()


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A candidate of the day the edition does not carry, and why."""

    #: The story's id.
    story_id: str
    #: Its title in the digest's language.
    title: str
    #: Selection's reason (or "dropped" by the editor).
    reason: str
    #: The reason in a sentence.
    why: str
    #: ``why`` as its sentence's key and values, for a reader in another language.
    phrases: tuple[Phrase, ...] = ()


@dataclass(frozen=True, slots=True)
class EditionView:
    """One digest's day as ``edition show`` shows it: its newest revision."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: The revision's number (1 = the day's first).
    revision: int
    #: Draft, approved or published.
    status: EditionStatus
    #: Lead stories, in order.
    lead: tuple[EditionEntry, ...]
    #: "More news" stories, in order.
    more: tuple[EditionEntry, ...]
    #: The day's other candidates, best first, each with why.
    left_out: tuple[LeftOut, ...]
    #: What editors did to this day's edition, oldest first.
    actions: tuple[EditorAction, ...]
    #: What each channel carries of the day: its status and revision.
    channels: tuple[Publication, ...] = ()
    #: Who approved this revision ("" when nobody has; "scheduler" when it published a
    #: draft nobody acted on), and when (UTC).
    approved_by: str = ""
    approved_at: datetime | None = None
    #: What the written digest says once above its stories ("" for none): that they are
    #: told only in another language, so its entries have no summary.
    notice: str = ""
    #: Whether readers see this revision on the site: a digest without channels puts
    #: its newest revision there, a draft too unless its review is required; never a
    #: revision that was not written (an empty edition: its run had no stories).
    on_site: bool = False
    #: The digest's time zone (an IANA name): its day, and the zone a front end shows the
    #: editors' and approvers' times in (they are stored in UTC).
    zone: str = "UTC"


@dataclass(frozen=True, slots=True)
class StoryPlace:
    """Where an edition has a story: its section and its place in it."""

    #: "lead", "more" (more news), "left out", or "" when the day has no such story.
    section: str
    #: Its place in the section, 1 = first (0 when left out or absent).
    place: int
    #: Its headline as the edition shows it ("" when absent).
    headline: str


@dataclass(frozen=True, slots=True)
class EditionChange:
    """What one editor's action changed, for telling it in a line or two instead of
    showing the whole edition again."""

    #: The story acted on.
    story_id: str
    #: Where it stood before the action (section "" when there was no edition yet).
    before: StoryPlace
    #: Where it stands now.
    after: StoryPlace
    #: The revision before the action (0 when there was none) and the one now.
    old_revision: int
    new_revision: int
    #: How many stories the lead and more news hold now.
    lead: int
    more: int


@dataclass(frozen=True, slots=True)
class EntryEdit:
    """What became of an editor's text for one entry."""

    #: The story's id.
    story_id: str
    #: True when the text was recorded and the draft written again with it.
    saved: bool
    #: Why nothing was saved ("" when it was).
    why_not: str
    #: The claims of the text that its story's sources do not support; saved only when
    #: the editor chose to keep them, and then shown in the verification report.
    unsupported: tuple[TextClaim, ...]
    #: The edition afterwards.
    edition: EditionView
    #: The text that was checked: the editor's, or the one the LLM wrote again (None
    #: when there was none to check).
    text: EntryText | None = None
    #: ``why_not`` as a key, for a reader that words it in another language: "empty"
    #: (the file was left empty), "unchanged", "unsupported" ("" when saved).
    why_key: str = ""


@dataclass(frozen=True, slots=True)
class StoryRestore:
    """What became of an editor's restore of one story: its earlier actions undone, so
    selection places it and the writer tells it as they would with no editor."""

    #: The story's id.
    story_id: str
    #: True when the restore was recorded and the draft written again without them.
    restored: bool
    #: Why nothing was done ("" when it was): the story had no action to undo.
    why_not: str
    #: The actions it undid, oldest first (its pin, drop, move or demotion, its text).
    undone: tuple[EditorAction, ...]
    #: The edition afterwards.
    edition: EditionView
    #: ``why_not`` as a key, for a reader that words it in another language:
    #: "no_action" ("" when restored).
    why_key: str = ""


@dataclass(frozen=True, slots=True)
class EditionDiff:
    """What changed from one written revision of a digest's day to another."""

    digest: str
    day: date
    #: The older revision's number and status.
    old: int
    old_status: EditionStatus
    #: The newer revision's number and status.
    new: int
    new_status: EditionStatus
    #: The day's own parts that changed: its title and bullets.
    day_changes: tuple[TextChange, ...]
    #: Each story that came, went, moved or was told differently.
    stories: tuple[StoryChange, ...]


@dataclass(frozen=True, slots=True)
class StartedRun:
    """A run started in the background: its id, and what it writes."""

    #: The run's id in the store (its progress: ``run_record``).
    run_id: int
    #: The digest it writes (None: every configured one).
    digest: str | None
    #: The day it writes, in the digest's zone (or the config's).
    day: date
    #: Whether it publishes what it writes.
    publish: bool


@dataclass(frozen=True, slots=True)
class DigestState:
    """A configured digest and where its newest day stands."""

    #: The digest as configured.
    digest: DigestConfig
    #: The newest revision of its latest day (None: no edition yet).
    latest: StoredEdition | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate story of a digest's day with what its editor weighs."""

    #: The story as the digest ranks it: its score, the signals behind it, its title.
    ranked: RankedStory
    #: Where selection put it and why.
    decision: Decision
    #: Its reports: who published each, in which language, when (its source's name
    #: stands for an unknown publisher).
    reports: tuple[StoryReport, ...]


@dataclass(frozen=True, slots=True)
class EditionDetail:
    """A digest's day as its review desk shows it: the edition, the text as written,
    and every candidate with its score, reports and decision."""

    #: The newest revision, its stories and what was done to it.
    view: EditionView
    #: That revision's text as written (None: not written yet).
    digest: Digest | None
    #: The day's candidates, best first.
    candidates: tuple[Candidate, ...]
    #: The outlet name each site goes by across the store (host -> name), for a report
    #: known by its host only (see :func:`~newsdesk.collect.store_site_names`).
    sites: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChannelPart:
    """One part of what a channel posts, and whether it went out."""

    #: The part as the channel posts it (see :class:`newsdesk.publish.Part`).
    part: Part
    #: "sent", "unknown" (it may have been posted) or "new" (not posted yet).
    state: str


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """One message a publish would post on a channel: the parts it carries."""

    parts: tuple[ChannelPart, ...]

    @property
    def state(self) -> str:
        """Its parts' state as one: new when one is not posted yet, unknown when one may
        have been, else sent."""
        states = {p.state for p in self.parts}
        return next((s for s in ("new", "unknown") if s in states), "sent")


@dataclass(frozen=True, slots=True)
class ChannelView:
    """One channel of a digest's day: what it will receive, and what it received."""

    #: The channel's id.
    channel: str
    #: Its kind (files, telegram...).
    kind: str
    #: What a new revision of the day does there.
    revise: Revise
    #: The revision a publish would post (0: the day is not written yet).
    revision: int
    #: Its content version on this channel.
    version: str
    #: What it posts of that revision, in order, each with whether it went out.
    parts: tuple[ChannelPart, ...]
    #: Why a publish would not post it now ("" when it would).
    waiting: str
    #: What the channel carries now, as recorded (None: nothing posted yet).
    publication: Publication | None
    #: Every message it posted of the day, oldest first; each names its revision.
    messages: tuple[PostedMessage, ...]
    #: The keys of the parts each message of that revision carries, as the channel
    #: packs them (empty: each part is a message of its own).
    packing: tuple[tuple[str, ...], ...] = ()

    @property
    def outgoing(self) -> tuple[OutgoingMessage, ...]:
        """:attr:`parts` as the messages that carry them, so that what a publish would
        post is counted in the messages a channel posts (Telegram packs 24 parts in 3)."""
        by_key = {p.part.key: p for p in self.parts}
        packed = tuple(tuple(by_key[k] for k in keys if k in by_key) for keys in self.packing)
        if not packed or sum(len(m) for m in packed) != len(self.parts):
            packed = tuple((p,) for p in self.parts)
        return tuple(OutgoingMessage(m) for m in packed)
