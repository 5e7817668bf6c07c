"""Items on the desk, the stories they make, and how stories are ranked and picked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


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
    #: Unit sentence vector (float32), or None before embedding; left out of the repr,
    #: which anyio builds for a cancelled connect's reason (0.3 s a run with vectors).
    vector: Any = field(default=None, repr=False)
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
    #: Stored story id -> the story that absorbed it (the items of one event, split
    #: over two open stories, that a later day's reports bridged); the old id redirects.
    merged: dict[str, str] = field(default_factory=dict)


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
    #: Unit centroid of the item vectors (float32), or None; left out of the repr.
    centroid: Any = field(default=None, repr=False)
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
    #: Not lead: not news of the day (a guide, list, interview, remarks or essay: ``event``
    #: 0), and the window held news for the slot.
    NOT_NEWS = "not news"
    #: Not lead: ranked below the lead's window (twice the lead size).
    BELOW_WINDOW = "below the lead window"
    #: Out: lead and "more news" were full with better stories.
    NOT_IN_TOP = "not in the top N"
    #: Out: no report of it is in the digest's language, whose writer does not translate
    #: (no LLM), so "more news" took the next story.
    UNTOLD = "not in the digest's language"
    #: Lead: the editor pinned it (``edition pin``).
    PINNED = "pinned"
    #: Lead: the editor moved it to a place in the lead (``edition move``).
    MOVED = "moved"
    #: Out: the editor dropped it (``edition drop``).
    DROPPED = "dropped"
    #: More news: the editor took it out of the lead (``edition demote``).
    DEMOTED = "demoted"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence the core says to an editor, with what it is made of: its ``key`` and
    ``values`` let a reader in another language (the desk's pages in Chinese) word it
    itself, where ``text`` is the English.  A time among the values is a UTC datetime,
    for the reader to show in its zone."""

    key: str
    text: str
    values: tuple[tuple[str, str | int | datetime], ...] = ()


def ordinal(n: int) -> str:
    """A place in English words an editor reads ("1st", "2nd", "13th", "22nd"), not a
    "#1" of a listing."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def score_text(score: float) -> str:
    """A digest score as the desk and the console show it: three decimals, or three
    significant digits below 0.1, where the day's last stories lie close together
    ("0.0132", then "0.0125" for a story below the AI threshold, not "0.013" twice);
    always as a decimal ("0.00000625", not "6.25e-06"), trailing zeros kept as in "0.500"."""
    exponent = int(f"{score:.2e}".partition("e")[2])  # after rounding: 0.09996 is 1.00e-01
    return f"{score:.{max(3, 2 - exponent)}f}"


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
    #: The same sentence as a key and its values (None: only the English is known).
    phrase: Phrase | None = None


@dataclass(frozen=True, slots=True)
class StoryReport:
    """One item of a story as an editor weighs it: who published it, in which language
    and when (its text is left in the store)."""

    #: The item's id in the store.
    item_id: int
    #: The story it belongs to (None: not grouped yet).
    story_id: str | None
    #: Its title.
    title: str
    #: Its link as the source gave it.
    url: str
    #: The source it came through.
    source_id: str
    #: The outlet that published it ("" when unknown: its source stands for it).
    publisher: str
    #: ISO 639-1 code or "und".
    language: str
    #: When it was published (None: undated).
    published: datetime | None
    #: When a source first brought it (UTC).
    first_seen: datetime
    #: True for a copy of another report (a repost).
    repost: bool = False
