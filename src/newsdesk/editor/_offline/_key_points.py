"""An offline entry's key points: source sentences that tell what its summary does not."""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np

from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._compare import credited_zh
from newsdesk.editor._facts import (
    PREDICATE_WORDS,
    all_facts,
    facts_of,
    opens_a_predicate,
    same_news,
    says_more,
    unframed,
)
from newsdesk.editor._narration import narrated_by, reports_a_book, reports_research
from newsdesk.editor._numbers import Figure, figures_of
from newsdesk.editor._offline._candidates import (
    UNDISCLOSED,
    Candidate,
    asked_before,
    dated_before,
    informative,
    narrated,
    sentence_candidates,
    textrank,
)
from newsdesk.editor._offline._source_text import MIN_SENTENCE_CHARS, finished
from newsdesk.editor._sentences import split_sentences

#: A key point is a bullet: a sentence longer than this is a paragraph.
KEY_POINT_CHARS = {"zh": 90, "en": 260}


def key_points(
    brief: StoryBrief,
    language: str,
    said: str,
    count: int,
    *,
    skip: frozenset[Figure] = frozenset(),
    since: datetime | None = None,
    linked: str = "",
) -> list[str]:
    """Up to ``count`` source sentences that tell what ``said`` (the entry's headline,
    summary and other insights) does not, most central first: what an editor would pick
    out of the article as its key points when no model writes an analysis.

    A report's lede, or its feed's own summary, states the news the summary gives
    already, in other words, so neither is a point.  Each is a whole sentence (a clause
    cut from its sentence may leave "研究证明" proving nothing) that states a fact (a
    figure, a date or a name; no teaser, no non-disclosure), is short enough for a
    bullet and tells something new; one telling the same news as a summary sentence,
    mostly giving figures already said or giving a replaced figure (``skip``) is left
    out.  With several publishers, each point names the one it comes from, unless all
    come from the outlet of the report the headline links to (``linked``): the headline
    is their citation already, and "据智源前沿，" before each point under a headline
    linking to 智源前沿 repeats it line after line (with a point of another outlet, all
    are named, so that none reads as the one before it's; ``linked`` is "" when a line
    above them names an outlet already).  A Chinese point that says
    what its article says
    ("文章指出，…") names it always, without the frame, and one that says what was done
    naming no one ("推出了…") is left out."""
    if count <= 0 or not brief.reported_in(language):
        return []
    candidates = [
        c
        for c in sentence_candidates(brief, language)
        if not c.lede
        and not POINTS_BACK.search(c.text)
        and not announces_list(c.text)
        and informative(c)
        and _names_more_than_its_opening(c)
        and not UNDISCLOSED.search(c.text)
        and not c.figures & skip
        and not (since is not None and asked_before(brief.originals[c.report], since, c.text))
        and not dated_before(brief, c)
    ]
    if not candidates:
        return []
    scores = textrank(candidates)
    told = facts_of(said)
    given = frozenset(f for f, _ in figures_of(said))
    summary = split_sentences(said)
    credit = len(brief.publisher_names()) > 1
    limit = KEY_POINT_CHARS.get(language, KEY_POINT_CHARS["en"])
    chosen: list[tuple[str, str, bool]] = []  # each point, its outlet, whether it is reported
    for index in np.argsort(-scores, kind="stable").tolist():
        candidate = candidates[index]
        if (
            finished(candidate.text) in said
            or candidate.text in said
            or narrated(brief, candidate, language, opening=False)
            in said  # as the summary tells it
            or 2 * len(candidate.figures & given) > len(candidate.figures)
            or any(same_news(candidate.text, sentence) for sentence in summary)
        ):
            continue
        reported, point = (
            unframed(finished(candidate.text), MIN_SENTENCE_CHARS["zh"])
            if language == "zh"
            else (False, finished(candidate.text))
        )
        if len(point) > limit or not says_more(point, told) or lacks_subject(point, language):
            continue
        outlet = brief.originals[candidate.report].outlet
        if reported and not outlet.strip():  # no one to credit: the frame says whose it is
            reported, point = False, finished(candidate.text)
        if language == "zh":
            original = brief.originals[candidate.report]
            research = reports_research(original.title, original.text)
            book = reports_a_book(original.title, original.text)
            point = narrated_by(point, outlet, research=research, book=book)
        chosen.append((point, outlet, reported))
        told = all_facts([told, facts_of(point)])
        given |= candidate.figures
        if len(chosen) == count:
            break
    others = credit and any(outlet.strip() != linked.strip() for _, outlet, _ in chosen)
    return [
        _credited(point, outlet, language) if others or reported else point
        for point, outlet, reported in chosen
    ]


#: A demonstrative before a noun inside an English sentence ("which makes those tests
#: cheap to run", "these heads barely exist"): it points to what the article said before,
#: which a bullet standing alone does not give ("those who…", "these of…" point ahead).
POINTS_BACK = re.compile(
    r"\b(?:[Tt]hose|[Tt]hese)\s+(?!(?:who|whom|that|which|of|in|at|on)\b)[a-z]"
)


#: A Chinese point that opens with what someone did or can do, naming no one ("提出
#: C-MOP等…", "推出了 Agent Teams 功能", "能集成到Discord"): its subject is in the
#: article, not in the digest.
_DOES = re.compile(
    r"^(?:提出|提供|推出|引入|采用|支持|推荐|介绍|分析|探讨|揭示|总结|展示|发布|分享|批评|强调"
    r"|实现|证实|证明|构建|开发|设计|旨在|打造|上线|开源|新增|允许|能够|能|可以|可|将)"
)


#: A sentence that opens by announcing a counted list ("几个关键参数：", "三大亮点：", "以下
#: 几点：", "A few numbers: …", "Three takeaways: …"): what follows is a list of items, no
#: statement, and the count leans on the article that set them out; a point states a fact.
_ANNOUNCES_LIST = re.compile(
    r"^(?:(?:以下|如下|下面)?(?:几|[一二两三四五六七八九十]+|\d{1,2})(?:个|大|项|点|条|组|方面)"
    r"[^，。：:；]{0,8}|以下|如下)[：:]"
    r"|^(?:A few|Several|Some|Two|Three|Four|Five|Six|The (?:two|three|four|five))"
    r"(?:\s+[a-z][a-z-]*){1,3}:\s"
)


def announces_list(sentence: str) -> bool:
    """Whether a sentence opens by announcing a counted list (see :data:`_ANNOUNCES_LIST`)."""
    return bool(_ANNOUNCES_LIST.match(sentence))


def lacks_subject(point: str, language: str) -> bool:
    """Whether a Chinese point opens with a deed and names no one doing it: a bullet
    under an entry reads as its own sentence, and "推出了…" says nothing of who did."""
    if language != "zh":
        return False
    return point.startswith(PREDICATE_WORDS) or (
        bool(_DOES.match(point)) and opens_a_predicate(point)
    )


def _names_more_than_its_opening(candidate: Candidate) -> bool:
    """Whether the sentence has a figure, a date or a name besides its first word: an
    English sentence's capital opening ("Document and chart understanding are the focus")
    is no name."""
    facts = candidate.facts
    opening = candidate.text.split(maxsplit=1)[0].strip(".,:;").lower() if candidate.text else ""
    return bool(facts.anchors or facts.settings or facts.names - {opening})


def _credited(point: str, outlet: str, language: str) -> str:
    """The point with whose it is before it, unless it names its outlet itself ("CEO Maya
    Okafor told Signal & Weights that…" needs no "Signal & Weights: " before it)."""
    if not outlet.strip() or outlet.casefold() in point.casefold():
        return point
    if language == "zh":
        return credited_zh(point, outlet)
    return f"{outlet}: {point}"
