"""What a story's numbers compare to, as its own sources say it.

A figure alone tells a reader little: 1200 TFLOPS means something once it is "3.2 times
its predecessor's", a round once it is "four times last year's valuation", and two
outlets giving one amount in dollars and the other in yuan is worth knowing.  The
offline editor can say both without inventing anything: a source sentence that sets a
figure against another (its predecessor, an earlier date, a rival), quoted whole and
credited to its publisher, and the figures different publishers give for the same
measure (a valuation, a price, a score), each with its publisher.  No figure is
converted or computed, so every insight passes the verifier on the sources' words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.chinese import HAN_CHAR
from newsdesk.editor._brief import Report, StoryBrief
from newsdesk.editor._facts import PREDICATE_WORDS, facts_of, new_part, unframed
from newsdesk.editor._numbers import Figure, figures_of, fold
from newsdesk.editor._sentences import LEANS_BACK, split_sentences

#: A sentence that compares: with an earlier time, a predecessor or a rival, or a change.
_COMPARES = re.compile(
    r"较(?![好大高低多少快慢强弱为早晚长短小])|相比|相较|比上|上一代|前代|上代|同比|环比|翻倍|倍"
    r"|从[^，。；]{0,20}?[降升跌涨增提减缩]|[降升跌涨增]至|提升至|提高至|下降|上涨|增长"
    r"|而[^，。；]{0,12}?(?:为|是|仅)|高于|低于|"
    r"\b(?:(?<!more )(?<!less )(?<!fewer )than|compared (?:with|to)|versus|vs\.?|up from"
    r"|down from|from [^,.;]{1,30} to"
    r"|times|twice|double[sd]?|predecessor|previous|last year|a year earlier)\b",
    re.IGNORECASE,
)
#: A sentence about an earlier time: its figures are not the story's now.
_EARLIER = re.compile(
    r"此前|之前|去年|前年|上一轮|上轮|曾|\d{4}年|\b(?:earlier|previous|previously|last year|"
    r"in \d{4}|prior)\b",
    re.IGNORECASE,
)
#: Measures a report gives a figure of, in both languages: the word before the figure.
_MEASURES = {
    "valuation": ("估值", "valuation", "valued at"),
    "funding": ("融资", "募资", "raised", "raises", "raise", "round of"),
    "revenue": ("营收", "收入", "revenue"),
    "price": ("售价", "定价", "价格", "priced at", "price of", "costs"),
    "orders": ("预订量", "订单", "预订", "orders", "preorders", "pre-orders"),
    "score": ("得分", "成绩", "score of", "scored", "scores"),
    "market value": ("市值", "market value", "market cap"),
}
_NAMES = {
    "valuation": ("估值", "valuation"),
    "funding": ("融资额", "funding"),
    "revenue": ("营收", "revenue"),
    "price": ("价格", "price"),
    "orders": ("订单量", "order"),
    "score": ("得分", "score"),
    "market value": ("市值", "market value"),
}
#: How far before a figure its measure may stand: "估值约65亿美元", "valued at about $6.5B".
_REACH = {"zh": 6, "en": 24}
#: The number of a name: after a Latin letter, with or without a hyphen.
_NAME_NUMBER = re.compile(r"(?<=[A-Za-z])[-_]?\d+(?:\.\d+)*")
#: Sentences longer than this are paragraphs a bullet should not quote.
_LONGEST = {"zh": 90, "en": 260}


@dataclass(frozen=True, slots=True)
class _Stated:
    """A figure of a measure as one publisher gives it."""

    measure: str
    figure: Figure
    written: str
    publisher: str


def number_insights(
    brief: StoryBrief, language: str, said: str, *, skip: frozenset[Figure] = frozenset()
) -> list[str]:
    """What the story's figures compare to, a line each: the figures its publishers give
    differently for one measure, then its most telling comparing sentence that ``said``
    (the entry's summary) does not already give.  Figures in ``skip`` (a development's,
    told on a line of its own) are left out."""
    lines = []
    differing = _differing(brief, language, said, skip)
    if differing:
        lines.append(differing)
    comparing = _comparing(brief, language, said + "".join(lines), skip)
    if comparing:
        lines.append(comparing)
    return lines


def _comparing(brief: StoryBrief, language: str, said: str, skip: frozenset[Figure]) -> str:
    """A source sentence that sets a figure against another, credited to its publisher,
    without its clauses that restate the summary (see :func:`new_part`)."""
    title_figures = {f for r in brief.originals for f in _quantities(r.title)}
    given = _quantities(said)
    told = facts_of(said)
    best: tuple[int, str, str] | None = None
    for number, report in enumerate(brief.originals):
        if report.language != language:
            continue
        for sentence in split_sentences(report.text):
            sentence = sentence.strip()
            if not _quotable(sentence, language) or sentence in said:
                continue
            whole, sentence = sentence, new_part(sentence, told)  # not what the summary said
            if sentence != whole and sentence.startswith(PREDICATE_WORDS):
                continue  # "预计…" cut from "Marsh称…，": whose forecast is it?
            figures = _quantities(sentence)
            if not figures or figures & skip or 2 * len(figures & given) > len(figures):
                continue  # a comparison gives the figure it compares, but not mostly those
            if not _COMPARES.search(sentence):
                continue
            kinds = [f[0] for f in figures]
            two = len(kinds) != len(set(kinds))
            score = 2 * bool(figures & title_figures) + two - number
            if best is None or score > best[0]:
                best = (score, sentence, report.outlet)
    if best is None:
        return ""
    _, sentence, outlet = best
    if language == "zh":
        _, sentence = unframed(sentence, _MIN_UNFRAMED)  # not "据X，文章指出，…"
    # a source with no name: nothing to credit; one the sentence names ("CEO Maya Okafor
    # told Signal & Weights that…") is credited already
    if not outlet.strip() or outlet.casefold() in sentence.casefold():
        return sentence
    if language == "zh":
        return credited_zh(sentence, outlet)
    return f"{outlet}: {sentence}"


#: A Chinese attribution opening a sentence ("据技术报告，", "据知情人士透露，").
_ATTRIBUTED_ZH = re.compile(r"^据(?P<source>[^，,。；：:]{1,20})[，,]\s*")


def credited_zh(point: str, outlet: str) -> str:
    """A Chinese point with its outlet before it ("据未来财经，…").  One that opens with
    an attribution of its own ("据技术报告，34B版本…") is the outlet's report of what it
    cites: "据开源星图援引技术报告，…", so a reader still sees whose report it comes from;
    a point attributed to its outlet already ("据开源星图，…") stays as it is."""
    attributed = _ATTRIBUTED_ZH.match(point)
    if attributed is None:
        return f"据{outlet}，{point}"
    source = attributed.group("source")
    if outlet.casefold() in source.casefold() or source.startswith("此"):
        return point
    rest = point[attributed.end() :]
    source = _SAYS_ZH.sub("", source)
    if not source or source in _NO_SOURCE_ZH:  # "据悉，", "据报道，": the outlet is who says
        return f"据{outlet}，{rest}"
    return f"据{outlet}援引{source}，{rest}"


#: What a Chinese attribution's source says ("据知情人士透露" → 知情人士), and the frames
#: that name no source ("据悉", "据了解", "据报道").
_SAYS_ZH = re.compile(r"(?:透露|表示|介绍|称|报道|消息|显示)$")
_NO_SOURCE_ZH = frozenset({"悉", "了解", "统计", "估计", "测算"})


#: What a comparison must keep of itself once its frame ("文章指出，") is cut.
_MIN_UNFRAMED = 12


def _quantities(text: str) -> set[Figure]:
    """The text's figures, without the numbers of names ("Aster-3", "GPT-5", "H100"):
    a model's number is no quantity, and "Aster-2" must not count as a given 2."""
    return {f for f, _ in figures_of(_NAME_NUMBER.sub(" ", text))}


def _quotable(sentence: str, language: str) -> bool:
    """A sentence in the digest's language, short enough for a bullet, not a fragment."""
    zh = language == "zh"
    if bool(HAN_CHAR.search(sentence)) != zh or len(sentence) > _LONGEST["zh" if zh else "en"]:
        return False
    if LEANS_BACK.match(sentence):
        return False  # "她认为…", "Instead, she says…" quoted alone name no one
    return len(sentence) >= (12 if zh else 40) and not sentence.endswith(tuple(":：;；,，、"))


def _differing(brief: StoryBrief, language: str, said: str, skip: frozenset[Figure]) -> str:
    """The figures two publishers give for one measure in two currencies ("16.9万元",
    "$23,400"), each with its publisher, in the order they reported: unconverted, as a
    reader comparing the reports would see them.  Two values in one currency may be two
    things (an input and an output price, this round and the last), so they are not
    set against each other.  When ``said`` (the entry's summary) gives both figures
    already ("售价16.9万元（约合23,400美元）"), the line would only say them again."""
    stated = [s for r in brief.originals for s in _measured(r) if s.figure not in skip]
    given = {figure for figure, _ in figures_of(fold(said))}
    zh = language == "zh"
    for measure in _MEASURES:
        found: dict[Figure, _Stated] = {}
        for s in stated:
            if s.measure == measure:
                found.setdefault(s.figure, s)
        figures = list(found.values())
        publishers = {s.publisher for s in figures}
        units = {s.figure[0] for s in figures}
        if len(units) < 2 or len(publishers) < 2 or len(figures) > 3:
            continue  # one currency's two values may well be two things (input, output)
        shown = _distinct_publishers(figures)[:2]
        if all(s.figure in given for s in shown):
            continue
        name = _NAMES[measure][0 if zh else 1]
        if zh:
            parts = "，".join(f"{s.publisher}为{s.written}" for s in shown)
            return f"各家报道的{name}：{parts}。"
        if any(HAN_CHAR.search(s.written) for s in shown):
            continue  # an amount in Chinese is no part of an English digest
        parts = " and ".join(f"{s.written} ({s.publisher})" for s in shown)
        return f"The reports give the {name} as {parts}."
    return ""


def _distinct_publishers(stated: Sequence[_Stated]) -> list[_Stated]:
    seen: dict[str, _Stated] = {}
    for s in stated:
        seen.setdefault(s.publisher, s)
    return list(seen.values())


def _measured(report: Report) -> list[_Stated]:
    """Each figure of a report that a measure's word stands right before, once a sentence
    (a sentence with two figures of a measure compares them; it is not a second report
    of it)."""
    zh = bool(HAN_CHAR.search(report.text or report.title))
    reach = _REACH["zh" if zh else "en"]
    out = []
    for sentence in split_sentences(f"{report.title}\n{report.text}"):
        if _COMPARES.search(sentence) or _EARLIER.search(sentence):
            continue  # its figures are another time's or another thing's
        folded = fold(sentence)
        found = []
        for figure, written in figures_of(folded):
            at = folded.find(written)
            before = folded[max(0, at - reach) : at].lower()
            measure = _measure(before)
            if measure and (figure[0] or measure == "orders"):  # "融资3轮" is no amount
                found.append(_Stated(measure, figure, written, report.outlet))
        if len({s.measure for s in found}) == len(found):
            out.extend(found)
    return out


def _measure(before: str) -> str:
    """The measure whose word stands last in the text before a figure ("" if none)."""
    best, at = "", -1
    for measure, words in _MEASURES.items():
        for word in words:
            found = before.rfind(word)
            if found > at:
                best, at = measure, found
    return best
