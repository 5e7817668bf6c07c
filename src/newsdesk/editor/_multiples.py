"""How many times over something grew or shrank: tripled, 翻倍, 三倍, halved, 减半.

A writer who makes the sources' 翻倍 "tripled", or their 减少三成 "halved", states a
figure they contradict, though no digit is written.  A text's multiple is compared with
the multiples the sources state: in words (doubled, 翻番, 减半), in figures (3倍,
threefold, "three times") and as a change by a percentage (增长100% is doubled, 下降50%
halved, 减少三成 is 0.7 of what it was).  Where the sources state none, a word multiple
says nothing against them: the writer may have read it off two figures.

增长两倍 is ambiguous in Chinese use: by the standard reading it grew by two times
(tripled), by the common one it came to two times (doubled).  Either is read, on either
side, so neither "doubled" nor "tripled" is contradicted by it, and 增长三倍 is three or
four times; a larger figure (提升30倍) is compared as written.  What it came to
(是去年的三倍, 达到三倍) is that multiple only.
"""

from __future__ import annotations

import re

from newsdesk.chinese import chinese_numeral

_ZH_DIGIT = "零〇一二两三四五六七八九十百点"
_EN_NUMBER = "two|three|four|five|six|seven|eight|nine|ten"
_EN_VALUE = {w: n for n, w in enumerate(_EN_NUMBER.split("|"), start=2)}
#: A multiple in one English word (doubled, triples, quadrupling, halved, threefold,
#: 3-fold, cut in half).  Not "double" or "triple" alone, which name a kind ("a double
#: win", "triple-digit"), nor "doubled down" (pressed on), and not "twice" or "three
#: times", which may count occasions.
EN_MULTIPLE = re.compile(
    r"\b(?:(?P<word>doubl|tripl|quadrupl)(?:e[sd]|ing)(?!\s+down\b)|(?P<half>halv)(?:e[sd]|ing)"
    rf"|(?P<cut>cut\s+in\s+half)|(?P<fold>\d+|{_EN_NUMBER})-?fold)\b",
    re.IGNORECASE,
)
_EN_WORDS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
#: The largest figure of 增长X倍 read both ways: the multiples a writer retells in a word
#: (doubled, tripled, quadrupled).  A larger one is compared as written, so the sources'
#: 提升30倍 does not support a text's 提升31倍.
_RETOLD_MOST = 3
#: What grows or compares by a multiple: 增长两倍 may be read as grown by it or to it.
_BY = "增长|增加|提升|提高|上涨|上升|扩大|增|涨|快|高|多|大"
#: A multiple in Chinese: 翻倍, 翻番, 翻了一番, 倍增 (two), 翻两番 (four), 减半, 腰斩 (a half), or a
#: figure before 倍 with the verb before it, if any (增长了约两倍, 是去年的3倍).
ZH_MULTIPLE = re.compile(
    r"(?P<double>翻了?一?倍|翻了?一番|翻番|倍增)|(?P<four>翻了?两番)|(?P<half>减半|腰斩|砍半)"
    rf"|(?:(?P<by>{_BY})了?(?:约|近|超过|超|逾)?)?(?P<n>\d+(?:\.\d+)?|[{_ZH_DIGIT}]+)\s*倍"
    r"(?![数率速])"
)


def _zh_number(text: str) -> float | None:
    return float(text) if text[0].isdigit() else chinese_numeral(text)


def multiple_of(claim: str) -> frozenset[float] | None:
    """The multiples a text's words state (one, or the two readings of 增长两倍), or None
    where they state none."""
    if english := EN_MULTIPLE.fullmatch(claim):
        return _english(english)
    if chinese := ZH_MULTIPLE.fullmatch(claim):
        return _chinese(chinese)
    return None


def _english(match: re.Match[str]) -> frozenset[float] | None:
    if match["word"]:
        return frozenset({_EN_WORDS[match["word"].lower()]})
    if match["half"] or match["cut"]:
        return frozenset({0.5})
    fold = match["fold"].lower()
    return frozenset({float(fold) if fold.isdigit() else float(_EN_VALUE[fold])})


def _chinese(match: re.Match[str]) -> frozenset[float] | None:
    if match["double"]:
        return frozenset({2.0})
    if match["four"]:
        return frozenset({4.0})
    if match["half"]:
        return frozenset({0.5})
    value = _zh_number(match["n"])
    if value is None:
        return None
    ambiguous = match["by"] and value <= _RETOLD_MOST
    return frozenset({value, value + 1}) if ambiguous else frozenset({value})


def multiple_spans(text: str) -> list[tuple[int, int]]:
    """Where a writer's text states a multiple, as claims (:func:`multiple_of` reads them)."""
    return sorted(
        m.span() for pattern in (EN_MULTIPLE, ZH_MULTIPLE) for m in pattern.finditer(text)
    )


#: A change by a percentage or by tenths (增长100%, 减少三成, "fell 50%", "up by 200
#: percent"), read as the multiple it makes.
_RISE = r"增长|增加|提升|提高|上涨|上升|增|涨|rose|grew|increased|jumped|surged|climbed|up"
_FALL = (
    r"下降|下跌|降低|减少|缩减|下滑|削减|降|减|跌|fell|dropped|declined|decreased|shrank|reduced"
    r"|cut|down"
)
_CHANGE = re.compile(
    rf"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))(?:\s+by)?(?:了|约|近|超过|逾|\s)*"
    rf"(?:(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)|百分之(?P<zh_pct>[{_ZH_DIGIT}]+)"
    r"|(?P<tenths>[一二两三四五六七八九])成)",
    re.IGNORECASE,
)
#: "three times": a count of times in English, which may be a multiple.
_EN_TIMES = re.compile(rf"\b(\d+|{_EN_NUMBER})\s+times\b", re.IGNORECASE)
#: What a source may say looser than a text's claim is read: "will double", "twice", and
#: 成倍 (manifold), which any multiple from two to four may tell.
_LOOSE = {"double": (2.0,), "triple": (3.0,), "quadruple": (4.0,), "twice": (2.0,)}
_LOOSE_WORD = re.compile(rf"\b({'|'.join(_LOOSE)})\b|成倍", re.IGNORECASE)


def stated_multiples(text: str) -> frozenset[float]:
    """Every multiple the sources state, in words, figures or as a change by a share."""
    found: set[float] = set()
    for match in EN_MULTIPLE.finditer(text):
        found |= _english(match) or set()
    for match in ZH_MULTIPLE.finditer(text):
        found |= _chinese(match) or set()
    for match in _LOOSE_WORD.finditer(text):
        found |= set(_LOOSE[match.group(1).lower()] if match.group(1) else (2.0, 3.0, 4.0))
    for match in _EN_TIMES.finditer(text):
        number = match.group(1).lower()
        found.add(float(number) if number.isdigit() else float(_EN_VALUE[number]))
    for match in _CHANGE.finditer(text):
        if match["tenths"]:
            share = _zh_number(match["tenths"])
            share = None if share is None else share * 10
        else:
            share = float(match["pct"]) if match["pct"] else _zh_number(match["zh_pct"])
        if share is not None:
            found.add(round(1 + share / 100 if match["rise"] else 1 - share / 100, 6))
    return frozenset(found)
