"""Counts given by their size only: an order of magnitude (数百家, "hundreds of firms",
上万), and a round scale a word places a figure under or over (近千万, 超百万).

Each is a claim a writer can get wrong: 数百家 for the sources' 30 家,
近千万 for their 1020 万 (近 says just under).  Each is read here as the range of values it
allows, which the sources' figures are compared with.  Amounts of money given by their
order (数百美元) are read with the other amounts (:func:`._numbers.vague_amounts`).
"""

from __future__ import annotations

import re

from newsdesk.chinese import HAN
from newsdesk.editor._numbers import ZH_NUMERAL as _NUMERALS

_SCALES = {
    "十": 1, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8, "十亿": 9,
    "百亿": 10, "千亿": 11, "万亿": 12,
}  # fmt: skip
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_CURRENCY = r"(?:美元|美金|港元|港币|欧元|英镑|日元|韩元|人民币|元|块)"
#: What makes a scale a span or a multiple, no count (数十年, 近十年, 上百倍), or a
#: word (上百度搜索, 超百分之二十).
_SPAN = "年|倍|次|天|个?月|周|日|小时|分|度"
#: An order of a count in Chinese: 数百, 几十, 上千, 上万 (at least that order, not ten of
#: it), then what is counted, not money (数百美元 is an amount).  Not 成千上万 or 千千万万.
_ZH_ORDER = re.compile(
    rf"(?<![{_NUMERALS}\d])(?P<word>数|几|上)(?P<scale>{_SCALE})(?:多|余)?"
    rf"(?![{_NUMERALS}\d]|\s*{_CURRENCY}|{_SPAN})"
)
#: A round scale under or over which a word places a figure: 近千万, 将近百万, 超千万, 破亿.
_ZH_ROUND = re.compile(
    rf"(?P<word>将近|接近|逼近|近|超过|突破|超|逾|破)(?P<scale>{_SCALE})"
    rf"(?![{_NUMERALS}\d]|\s*{_CURRENCY}|{_SPAN})"
)
#: A model's size by the scale of its parameters (千亿参数, 万亿级参数): of that order, as
#: 千亿级 says (a 6710 亿参数 model is a 千亿参数 one), so 万亿参数 is no 千亿参数.
_ZH_PARAMETERS = re.compile(
    rf"(?<![{_NUMERALS}\d.数几多上超逾破近约])(?<![{_NUMERALS}\d]\s)(?P<scale>{_SCALE})\s?级?参数"
)
#: A scale as a level of its own (千万级用户, 亿级工具库, 万级) or a large one before what it
#: sizes (千亿零食王国, 百亿市场): of that order, as the parameters' scale is.  Not after a
#: figure or an order's word (3 亿级, 数千亿, 数以百亿计), nor money (千亿美元), a span, another
#: scale (亿万) or 参数 (read above); a bare scale under 亿 is a word too often (千万不要, 万一).
_ZH_LEVEL = re.compile(
    rf"(?<![{_NUMERALS}\d.数几多上超逾破近约以])(?<![{_NUMERALS}\d]\s)"
    rf"(?:(?P<level>{_SCALE})量?级(?!参数)|(?P<large>亿|十亿|百亿|千亿|万亿)(?=[{HAN}])"
    rf"(?!{_CURRENCY}|{_SPAN}|[{_NUMERALS}][十百千万亿]|级|参数|亿|万))"
)
_UNDER_WORDS = frozenset({"将近", "接近", "逼近", "近"})
_EN_ORDERS = {
    "dozens": 1, "hundreds": 2, "thousands": 3, "tens of thousands": 4,
    "hundreds of thousands": 5, "millions": 6, "tens of millions": 7,
    "hundreds of millions": 8, "billions": 9, "tens of billions": 10,
    "hundreds of billions": 11,
}  # fmt: skip
#: An order of a count in English: "hundreds of firms", "tens of thousands of users",
#: "hundreds of billions of parameters"; not of money ("hundreds of millions of dollars"
#: is an amount) nor a multiple ("dozens of times faster", found on fresh7's dev texts).
_EN_ORDER = re.compile(
    r"\b(?P<order>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens|hundreds|thousands"
    r"|millions|billions)\s+of(?=\s|$)(?!\s+(?:thousands|millions|billions|times)\b)"
    r"(?!\s+(?:US\s+|U\.S\.\s+)?(?:dollars|euros|yuan|pounds|yen|won)\b)",
    re.IGNORECASE,
)


def orders(text: str) -> list[tuple[int, int, float, float]]:
    """Each count a text gives by its size only: its span and the values it allows, from
    the first up to (not including) the second."""
    found = []
    for m in _ZH_ORDER.finditer(text):
        low = 10.0 ** _SCALES[m.group("scale")]
        found.append((m.start(), m.end(), low, low * 10))
    for m in _ZH_PARAMETERS.finditer(text):
        low = 10.0 ** _SCALES[m.group("scale")]
        found.append((m.start(), m.end(), low, low * 10))
    for m in _ZH_LEVEL.finditer(text):
        low = 10.0 ** _SCALES[m.group("level") or m.group("large")]
        found.append((m.start(), m.end(), low, low * 10))
    for m in _ZH_ROUND.finditer(text):
        scale = 10.0 ** _SCALES[m.group("scale")]
        under = m.group("word") in _UNDER_WORDS
        low, high = (scale * 0.9, scale) if under else (scale, scale * 10)
        found.append((m.start(), m.end(), low, high))
    for m in _EN_ORDER.finditer(text):
        order = _EN_ORDERS[re.sub(r"\s+", " ", m.group("order").lower())]
        low = 10.0**order
        # "dozens" from a score; "millions" of users may be tens of millions too
        high = low * (1000 if order in (6, 9) and " of " not in m.group("order") else 10)
        found.append((m.start(), m.end(), 20.0 if order == 1 else low, high))
    return sorted(found)
