"""AI names the day teaches: a name that stories kept as AI news are about makes a story
naming it AI news too.

A company's staff, reorganisation, IPO or app update is AI news when the company is an AI
company, yet its headline ("Cirrus loses three vice presidents", "Brightpath resets weekly
usage limits") says nothing of AI, and the alias table cannot know every start-up.  The
stories judged with it can: when the same name heads (is the first name of) the headlines
of at least :data:`_MIN_STORIES` stories that are kept as AI news by their own words, and
of more of those than of stories that are not (the story judged left out), the name is an
AI name in this context, and a story whose headline names it is lifted to the title
floor, as a headline naming an AI entity of the alias table is.

The context is what is judged together: the stories of the grouping window when a run
assesses, the whole file for ``eval classify``.  Names the alias table holds are left to
it (Microsoft makes AI news and is no AI company), and ordinary words are no names: a
capitalised Latin word counts only where the context also holds it inside a sentence
(not "Inside the report:", "Hands-on with"), and never when the context also writes it
in lower case ("Review:"), nor a stop word or the field's generic names (API, GitHub).
Chinese names are those in quotation marks, and those that a version or an
organisation's suffix follows where a headline or clause begins (云岫-3, 星河实验室).
Names in a story's text are not read: they lifted as many general stories as AI ones
(``docs/benchmarks.md``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.aliases import entity_key
from newsdesk.desk._text import GENERIC_NAMES, STOPWORDS

#: A Latin name: a capitalised word (``Cirrus`` of ``Cirrus-3``, ``OpenHarbor``,
#: ``FP8``), without its "'s".
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:['’]s)?(?![A-Za-z0-9])")
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
        if len(name) >= _SHORTEST:
            found.append((match.start(), name))
    for match in _QUOTED_NAME.finditer(title):
        name = _ORGANISATION.sub("", match.group(1))
        if len(name) >= 2:
            found.append((match.start(), name))
    found.extend((match.start(), match.group(1)) for match in _VERSIONED_NAME.finditer(title))
    return list(dict.fromkeys(name for _, name in sorted(found)))


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
    named = [{n for names in titles for n in names} for titles in read]
    subjects = [{names[0] for names in titles if names} for titles in read]
    kept: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for story, about in zip(stories, subjects, strict=True):
        (kept if story.relevance >= minimum else dropped).update(about)
    lifted = []
    for story, names, about in zip(stories, named, subjects, strict=True):
        own = story.relevance >= minimum
        # the story's own vote left out: the others must make a name an AI name
        others = [
            (kept[n] - (n in about and own), dropped[n] - (n in about and not own)) for n in names
        ]
        is_about_ai = any(k >= _MIN_STORIES and k > d for k, d in others)
        lifted.append(floor if story.relevance < floor and is_about_ai else story.relevance)
    return lifted
