"""Source sentences an offline text is chosen from, and how central each is (TextRank)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np

from newsdesk.chinese import HAN_CHAR
from newsdesk.desk import text_features
from newsdesk.editor._brief import Report, StoryBrief
from newsdesk.editor._development import Development, development
from newsdesk.editor._facts import Facts, facts_of
from newsdesk.editor._narration import narrated_by, reports_a_book, reports_research
from newsdesk.editor._numbers import Figure, figures_of
from newsdesk.editor._offline._source_text import (
    DATELINE,
    MARKER,
    MAX_SENTENCE_CHARS,
    METADATA,
    MIN_SENTENCE_CHARS,
    URL,
    labelled,
    unlabelled_zh,
)
from newsdesk.editor._sentences import LEANS_BACK, split_sentences

#: TextRank's damping factor (the value of the original paper), and its power iteration:
#: a few dozen sentences converge in well under 50 rounds to this tolerance.
_DAMPING = 0.85
_ROUNDS = 50
_CONVERGED = 1e-9

#: Early sentences of a report carry its news (inverted pyramid): a small lead bonus.
_POSITION_BONUS = 0.15

#: A day named relative to when it was written ("今日", "昨晚", "即日起", "today", "said
#: preorders open immediately"): right on the report's day, wrong on a later one ("this
#: week" mostly still holds).
_RELATIVE_DAY = re.compile(
    r"今日|今天|今晚|今早|昨日|昨天|昨晚|明日|明天|即日起"
    r"|\b(?:today|tonight|yesterday|tomorrow|immediately|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def dated_before(brief: StoryBrief, candidate: Candidate) -> bool:
    """Whether the sentence names a day relative to a report of an earlier day than the
    digest's: a follow-up's entry retelling the launch report's "即日起开放预订" tells
    readers preorders open today, a day late."""
    published = brief.originals[candidate.report].published
    if published is None or not _RELATIVE_DAY.search(candidate.text):
        return False
    return published.astimezone(ZoneInfo(brief.timezone)).date() < brief.day


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    report: int
    position: int
    words: frozenset[str]
    #: The figures it states (see ``figures_of``).
    figures: frozenset[Figure]
    #: Its figures, dates, names and words (see :func:`facts_of`).
    facts: Facts
    #: Which telling of its report it is in: 0 for the feed's own summary when the
    #: report has one before the article (``Report.summary``), else 1.
    telling: int = 1
    #: Whether it is the first candidate of its telling.
    lede: bool = False


def narrated(
    brief: StoryBrief,
    candidate: Candidate,
    language: str,
    *,
    opening: bool,
    before: str | None = None,
) -> str:
    """A chosen Chinese sentence with its report's narration of itself told as its
    outlet's ("文章分析了…" → "新智元分析了…", :func:`narrated_by`); chosen as the report
    wrote it, so what it says, not who says it, decided its place.  A report of a paper
    tells its researchers' deeds, not the outlet's (:func:`reports_research`), and one of
    a book its author's.  What the summary tells ``before`` a later sentence says whether
    anybody speaks whom a bare "指出…" carries on; if nobody, what its report wrote before
    it says who spoke there."""
    if language != "zh":
        return candidate.text
    report = brief.originals[candidate.report]
    research = reports_research(report.title, report.text)
    book = reports_a_book(report.title, report.text)
    written = report.text[: max(report.text.find(candidate.text), 0)]
    return narrated_by(
        candidate.text,
        report.outlet,
        opening=opening,
        research=research,
        book=book,
        before=before,
        written=written,
    )


def stale(figures: frozenset[Figure], change: Development) -> bool:
    """Whether a sentence gives a replaced figure without the one that replaced it."""
    return bool(figures & change.old_keys) and not (figures & change.new_keys)


#: Sentences that tease rather than tell ("又一个智能体来了", "预订数据出炉了", questions, a
#: caption of what the article holds: "…, in brief"),
#: and those that say what was not disclosed: neither states the event.
TEASER = re.compile(
    r"(?:来了|出炉了?|揭晓了?|曝光了?|登场了?|上线了|[？?])[”\"」]?[。！!.]?$"
    r"|^(?:Here(?:'s| is| are)|What (?:we|you) know|Meet )"
    r"|,\s(?:in brief|explained)\.?$"  # "Terms of the X acquisition of Y, in brief."
)
UNDISCLOSED = re.compile(
    r"未(?:透露|披露|公布|公开|说明)|暂未|尚未(?:透露|披露|公布)|不愿透露|拒绝(?:透露|置评)"
    r"|\b(?:did not|didn't|does not|doesn't|declined to|would not|wouldn't) "
    r"(?:disclose|say|reveal|comment|give|share|name|identify)|\bnot (?:disclosed|revealed)\b"
)


def informative(candidate: Candidate) -> bool:
    """Whether the sentence tells a fact: a figure, a date or a name, and no teaser."""
    facts = candidate.facts
    return bool(facts.anchors or facts.names or facts.settings) and not TEASER.search(
        candidate.text
    )


def sentence_candidates(brief: StoryBrief, language: str, *, alone: bool = True) -> list[Candidate]:
    """Sentences of its reports in the language that could stand alone in a summary (a
    Chinese one has Chinese characters, an English one none, whatever its report says).
    With ``alone=False`` a sentence that seems to lean on one before it counts too, for
    a story with no other ("它石智航…" opens with 它 and leans on nothing)."""
    out: list[Candidate] = []
    titles = {r.title.strip() for r in brief.reports}
    zh = language == "zh"
    for number, report in enumerate(brief.originals):
        if report.language != language:
            continue
        minimum = MIN_SENTENCE_CHARS["zh" if HAN_CHAR.search(report.text) else "en"]
        summary = report.summary if report.text.startswith(report.summary) else ""
        sentences = [(1, s) for s in split_sentences(report.text[len(summary) :])]
        if summary:
            sentences[:0] = [(0, s) for s in split_sentences(summary)]
        ledes: set[int] = set()
        for position, (telling, sentence) in enumerate(sentences):
            sentence = DATELINE.sub("", MARKER.sub("", sentence.strip()))
            sentence = unlabelled_zh(sentence) if zh else sentence
            if (
                bool(HAN_CHAR.search(sentence)) != zh
                or len(sentence) < minimum
                or len(sentence) > MAX_SENTENCE_CHARS
                or sentence in titles
                or URL.search(sentence)
                or (alone and (LEANS_BACK.match(sentence) or labelled(sentence)))
                or METADATA.search(sentence)
                or sentence.endswith((":", "："))
            ):
                continue
            features = text_features(sentence)
            words = frozenset(features.words) | frozenset(features.names)
            if words:
                figures = frozenset(f for f, _ in figures_of(sentence))
                facts = facts_of(sentence)
                lede = telling not in ledes
                ledes.add(telling)
                out.append(
                    Candidate(sentence, number, position, words, figures, facts, telling, lede)
                )
    return out


def textrank(candidates: Sequence[Candidate]) -> np.ndarray:
    n = len(candidates)
    weights = np.zeros((n, n), dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(candidates[i].words & candidates[j].words)
            if shared:
                norm = np.log1p(len(candidates[i].words)) + np.log1p(len(candidates[j].words))
                weights[i, j] = weights[j, i] = shared / norm
    totals = weights.sum(axis=1)
    totals[totals == 0] = 1.0
    transition = weights / totals[:, None]
    rank = np.full(n, 1.0 / n)
    for _ in range(_ROUNDS):
        updated = (1 - _DAMPING) / n + _DAMPING * transition.T @ rank
        if np.abs(updated - rank).sum() < _CONVERGED:
            rank = updated
            break
        rank = updated
    lead = np.asarray([_POSITION_BONUS / (1 + c.position) for c in candidates])
    return np.asarray(rank / rank.max() + lead)


#: A question a report leaves open ("是否存在数据污染，需要第三方进一步核查", "whether the
#: score holds up remains to be seen").
_OPEN_QUESTION = re.compile(
    r"是否|有待|尚待|仍需|需要[^，。；]{0,10}(?:核查|核实|验证|确认|证实)"
    r"|\b(?:whether|remains? to be seen|yet to be (?:verified|confirmed|tested))\b",
    re.IGNORECASE,
)


def moved_since(brief: StoryBrief, change: Development | None) -> datetime | None:
    """When the story moved on: its development in the digest's language (``change``),
    else the first of one reported only in another language.  A re-test told only in
    Chinese answers the English launch report's "whether the score holds up" all the
    same, though the English entry cannot tell it."""
    if change is not None:
        return change.report.published
    languages = {r.language for r in brief.originals}
    moves = [
        moved.report.published
        for other in sorted(languages)
        if (moved := development(brief, other)) is not None and moved.report.published
    ]
    return min(moves, default=None)


def asked_before(report: Report, since: datetime, sentence: str) -> bool:
    """Whether the sentence is a question left open by a report from before the story's
    latest development (``since``): the development may be its answer (a score "whether
    contaminated, to be checked" the evening before the contamination was confirmed),
    and the entry tells the story as it stands."""
    return (
        report.published is not None
        and report.published < since
        and bool(_OPEN_QUESTION.search(sentence))
    )
