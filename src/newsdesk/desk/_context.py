"""AI names the day teaches: a name that stories kept as AI news are about makes a story
naming it AI news too.

A company's staff, reorganisation, IPO or app update is AI news when the company is an AI
company, yet its headline ("Cirrus loses three vice presidents", "Brightpath resets weekly
usage limits") says nothing of AI, and the alias table cannot know every start-up.  The
stories judged with it can: when the same name heads (is the first name of) the headlines
of at least :data:`_MIN_STORIES` stories that are kept as AI news by their own words, and
of more of those than there are stories not kept that name it anywhere (the story judged
left out), the name is an AI name in this context, and a story whose headline opens with
it (is about it, not naming it in passing: "Floods in southern China") is lifted to the
title floor, as a headline naming an AI entity of the alias table is.  A headline the
context holds twice (one wire, two feeds) is one story.

The context is what is judged together: the stories of the grouping window when a run
assesses, the whole file for ``eval classify``.  Names the alias table holds are left to
it (Microsoft makes AI news and is no AI company), and ordinary words are no names: a
capitalised Latin word counts only where the context also holds it inside a sentence
(not "Inside the report:", "Hands-on with"), and never when the context also writes it
in lower case ("Review:"), nor a stop word or the field's generic names (API, GitHub),
nor initials in capitals (IPO, CPU: things AI news speaks of; a headline in capitals),
nor a given name the alias table's surname follows ("Elon Musk").  Hyphened capitalised
words are one name (Craftsman-Coder; not the "Coder" every coding model shares).
Chinese names are those in quotation marks, and those that a version or an
organisation's suffix follows where a headline or clause begins (云岫-3, 星河实验室), but
not a place there (美国科技, 北京科技大学: where a maker is, not the maker; quoted, “栖木”
is a name whatever jieba says).
Names in a story's text are not read: they lifted as many general stories as AI ones
(``docs/benchmarks.md``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.aliases import entity_key
from newsdesk.chinese import is_place
from newsdesk.desk._text import GENERIC_NAMES, STOPWORDS

#: A Latin name: a capitalised word, or capitalised words hyphened (``Cirrus`` of
#: ``Cirrus-3``, ``OpenHarbor``, ``FP8``, ``Craftsman-Coder``), without its "'s".
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*(?:['’]s)?(?![A-Za-z0-9])"
)
#: A Chinese name in quotation marks (“若水”, 「听澜」, “云岫-4”), of two to eight
#: characters, without its version.
_QUOTED_NAME = re.compile(r"[“「『]([\u4e00-\u9fff]{2,8})(?:-\d[\w.]*)?[”」』]")
#: An organisation's suffix, dropped from a quoted name (“星衡科技” is 星衡).
_ORGANISATION = re.compile(r"(?:科技|实验室|智能|公司|集团)$")
#: Where a Chinese headline or clause begins (Chinese is not spaced: a name is read
#: only where nothing may run into it).
_HAN_START = r"(?:^|(?<=[^\u4e00-\u9fff]))"
#: A Chinese name there that a version (云岫-3) or an organisation's suffix (云岫科技,
#: 星河实验室) follows.
_VERSIONED_NAME = re.compile(_HAN_START + r"([\u4e00-\u9fff]{2,4}?)(?:-\d|科技|实验室)")
#: Lower-case Latin words, the context's ordinary words.
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z0-9]*")
#: What ends a sentence, so that the capitalised word after it may be any word, and
#: what may stand between (spaces, quotation marks, brackets).
_SENTENCE_END = frozenset(".!?。！？:：;；|｜\n")
_BETWEEN = " \t\"'“”‘’「」()（）[]【】-"
#: Latin names shorter than this are initials or units, not names.
_SHORTEST = 3
#: Initials in capitals without a digit (IPO, CPU, PDF, NBA, or any word of a headline
#: set in capitals): a thing or a field, never what vouches for a maker (FP8, H100 are
#: names by their digit).
_INITIALS = re.compile(r"[A-Z]+")
#: The capitalised word after a Latin name ("Elon" of "Elon Musk"), with which it may
#: spell a name of the alias table.
_NEXT_WORD = re.compile(r"\s+([A-Z][A-Za-z0-9]*)")
#: How many stories kept as AI news must be about a name before it is an AI name: one
#: story is a coincidence (a platform or a venue named once).
_MIN_STORIES = 2


@dataclass(frozen=True, slots=True)
class ContextStory:
    """One story as the context reads it."""

    #: Its items' titles.
    titles: tuple[str, ...]
    #: Its items' texts (for the context's ordinary words).
    texts: tuple[str, ...]
    #: Its relevance by its own words.
    relevance: float


def headline_names(title: str) -> list[str]:
    """The candidate names of a headline in the order they stand; the first is the
    headline's subject."""
    found: list[tuple[int, str]] = []
    for match in _LATIN_NAME.finditer(title):
        name = re.sub(r"['’]s$", "", match.group())
        if (
            len(name) >= _SHORTEST
            and not _INITIALS.fullmatch(name)
            and not _table_names(title, match)
        ):
            found.append((match.start(), name))
    for match in _QUOTED_NAME.finditer(title):
        name = _ORGANISATION.sub("", match.group(1))
        if len(name) >= 2:
            found.append((match.start(), name))
    # a place before 科技 (美国科技, 北京科技大学) is where a maker is, not the maker;
    # quotation marks make a name of any word (“栖木”)
    found.extend(
        (match.start(), match.group(1))
        for match in _VERSIONED_NAME.finditer(title)
        if not is_place(match.group(1))
    )
    return list(dict.fromkeys(name for _, name in sorted(found)))


def _table_names(title: str, match: re.Match[str]) -> bool:
    """Whether a Latin name and the word after it spell a name of the alias table (a
    given name before its surname, "Elon Musk"): the table decides that name."""
    after = _NEXT_WORD.match(title, match.end())
    return after is not None and entity_key(f"{match.group()} {after.group(1)}") is not None


def _inside_sentences(text: str) -> list[str]:
    """The capitalised words of a text that stand where no sentence opens: a name, as a
    headline's opening word ("Inside the report:", "Hands-on with") may not be."""
    inside = []
    for match in _LATIN_NAME.finditer(text):
        at = match.start() - 1
        while at >= 0 and text[at] in _BETWEEN:
            at -= 1
        if at >= 0 and text[at] not in _SENTENCE_END:
            inside.append(re.sub(r"['’]s$", "", match.group()))
    return inside


def _opening(title: str, ordinary: set[str]) -> str | None:
    """The name a headline opens with, its subject: a story is lifted only when it is
    about the AI name ("Cirrus loses three vice presidents"), not when it names it in
    passing ("Floods in southern China", "Watch live: Kestrel Falcons face rivals").
    Ordinary words are passed over ("Community uploads quantizations of Kestrel-3")."""
    for name in headline_names(title):
        lower = name.lower()
        if lower not in STOPWORDS and lower not in GENERIC_NAMES and lower not in ordinary:
            return name
    return None


def lift_by_context(stories: Sequence[ContextStory], minimum: float, floor: float) -> list[float]:
    """Each story's relevance, at least ``floor`` where its headline names an AI name of
    the context (see the module); ``minimum`` is the relevance that keeps a story as AI
    news."""
    ordinary = {w for s in stories for t in (*s.titles, *s.texts) for w in _LOWER_WORD.findall(t)}
    inside = {n for s in stories for t in (*s.titles, *s.texts) for n in _inside_sentences(t)}

    def is_name(name: str) -> bool:
        lower = name.lower()
        return (
            (name in inside or not name.isascii())
            and lower not in ordinary
            and lower not in STOPWORDS
            and lower not in GENERIC_NAMES
            and entity_key(name) is None
        )

    # per story, per headline: its names in order, the first its subject
    read = [[[n for n in headline_names(t) if is_name(n)] for t in s.titles] for s in stories]
    # a story and its copies (one wire as two feeds carry it) are one vote, at their best
    copies = [frozenset(" ".join(t.split()).casefold() for t in s.titles) for s in stories]
    best: dict[frozenset[str], float] = {}
    for story, key in zip(stories, copies, strict=True):
        best[key] = max(best.get(key, story.relevance), story.relevance)
    # a kept story vouches for its subject; a dropped one speaks against every name it
    # names, as a story it names would be lifted
    votes: dict[frozenset[str], set[str]] = {}
    for key, titles in zip(copies, read, strict=True):
        heard = (names[:1] if best[key] >= minimum else names for names in titles)
        votes.setdefault(key, set()).update(name for names in heard for name in names)
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for key, said in votes.items():
        (kept if best[key] >= minimum else dropped).update(said)
    lifted = []
    for story, key in zip(stories, copies, strict=True):
        own = best[key] >= minimum
        openings = {o for o in (_opening(t, ordinary) for t in story.titles) if o is not None}
        # its own vote (and its copies') left out: the others must make a name AI's
        others = [
            (kept[n] - (own and n in votes[key]), dropped[n] - (not own and n in votes[key]))
            for n in openings
        ]
        is_about_ai = any(k >= _MIN_STORIES and k > d for k, d in others)
        lifted.append(floor if story.relevance < floor and is_about_ai else story.relevance)
    return lifted
