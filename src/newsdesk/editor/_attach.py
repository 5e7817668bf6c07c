"""What a figure is stated of: its dimension and the measures its clause names.

That the sources state a figure is not enough: a writer who slips moves it onto another
subject (the 30.1% margin becomes 30.1% revenue growth, a 2000万美元 round becomes
2000万条 messages).  A figure is told by its dimension (a percentage, a currency, a
duration, a count of things) and by the measures its clause names (融资, 估值, 收入,
参数, 用户…).  The verifier asks only for a contradiction, never for a match: a clause
that names no measure, or a source figure whose dimension is not written, says nothing
either way, since a paraphrase drops and reorders freely.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.editor._numbers import Quantity, value_key

#: The measure group of a total to date (:data:`MEASURES`).
TOTAL = "total"
#: What a figure is said to measure, each a group of words that say the same: a
#: paraphrase may say 营收 for 收入 or "raised" for 融资, not 估值 for 融资.  Only
#: measures that business and model news gives figures for, and that a writer does not
#: trade for one another.
MEASURES: Mapping[str, tuple[str, ...]] = {
    "funding": ("融资", "募资", "募集", "筹资", "筹集", "raised", "raises", "raising", "funding"),
    "valuation": ("估值", "valuation", "valued"),
    "revenue": (
        "营收",
        "收入",
        "营业额",
        "销售额",
        "预订额",
        "ARR",
        "revenue",
        "revenues",
        "sales",
    ),
    "profit": ("净利润", "利润", "净利", "盈利", "profit", "profits", "earnings"),
    "margin": ("利润率", "毛利率", "净利率", "margin", "margins"),
    "market value": ("市值", "market cap", "market value"),
    "parameters": ("参数", "parameters", "params"),
    "users": ("用户", "月活", "日活", "users", "MAU", "DAU"),
    "downloads": ("下载", "downloads"),
    "staff": ("员工", "雇员", "裁员", "employees", "staff", "layoffs"),
    "researchers": ("研究员", "研究人员", "researchers"),
    "price": ("价格", "售价", "定价", "成本", "费用", "price", "priced", "pricing", "cost"),
    "share": ("份额", "市占率", "占比", "market share"),
    "score": ("准确率", "正确率", "得分", "分数", "成绩", "accuracy", "score", "scored"),
    "hallucination": ("幻觉率", "hallucination rate", "hallucinations"),
    # what was raised or earned up to now, not in the round or period the news is of
    # ("bringing its total to", 累计融资): a total is no new amount (:func:`moved`); not
    # "a total of", which only sums the one round
    TOTAL: (
        "累计",
        "累积",
        "迄今",
        "至今",
        "总计",
        "the total",
        "its total",
        "their total",
        "total funding",
        "total raised",
        "to date",
        "cumulative",
        "cumulatively",
        "so far",
    ),
}
_MEASURE_OF = {word.lower(): key for key, words in MEASURES.items() for word in words}
_MEASURE = re.compile(
    "|".join(
        rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])" if w.isascii() else re.escape(w)
        for w in sorted(_MEASURE_OF, key=len, reverse=True)
    ),
    re.IGNORECASE,
)
#: What ends a clause: a figure belongs to the measures of its own clause.
_CLAUSE_END = re.compile(r"[，；;：:。！？!?\n]|,(?!\d{3})|\.(?=\s)|\s[-–—]\s")
#: A duration after a figure (3个月, 16天, 24 hours); 月 and 日 alone end dates.
_TIME = re.compile(
    r"\s?(?:[多余]\s?)?(?:个月|个小时|小时|天|周|分钟|秒|个星期|星期"
    r"|(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?)\b)",
    re.IGNORECASE,
)
#: A count of things: a Chinese measure word after a figure (1000个站, 3000万条消息).
_COUNT = re.compile(
    r"\s?(?:[多余]\s?)?(?:个(?!百分点)|条|家|款|项|名|位|次|篇|台|张|座|部|份|颗|辆|枚|件|所|种|人(?![民工]))"
)
#: What a percentage is, by the words right before it (words that say about so much
#: skipped): a share or a level where it is what something fell or rose to, or from, or
#: is (降至 2.6%, 从 75%, 仅为 23%, "to 40%"), a change where it is by how much
#: (增长 75%, 减少了 30%, "up 40%").  A growth's size (增幅为, 增速为) is a change.  "up to"
#: says at most, as 高达 does ("cut by up to 75%"), not the level it came to.
_ABOUT_BEFORE = re.compile(
    r"(?:约|大约|近|将近|逾|超过|超|接近|高达|仅|只有|达到|达|了|\s|"
    r"\b(?:about|around|nearly|almost|over|more than|roughly|up to|by)\b)+$",
    re.IGNORECASE,
)
#: "from 20% up to 75%": after a figure it rose from, "up to" is the level it rose to.
_FROM_UP_TO = re.compile(r"\bfrom\s+[\d.]+\s*%\s*up\s+to\s*$", re.IGNORECASE)
#: "by" right before a percentage (about-words between) says by how much, whatever verb
#: stands further back ("cuts cost by up to 60%": a change, not the 60% it fell to).  Not
#: a share of whom ("used by 40% of developers": checked after the figure).
_BY_SO_MUCH = re.compile(
    r"\bby\s+(?:(?:about|around|nearly|almost|over|more than|roughly|up to)\s+)*[$€£¥]?$",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\s*of\b", re.IGNORECASE)
#: A share is a level too (占比达到 30%, 市场份额 30%, "a 30% share"): no change by it.
_LEVEL_BEFORE = re.compile(
    r"(?:至|到|从|(?<![幅速长])为|占比?|份额|比重|占有率|渗透率|\b(?:to|from|share\s+of))$",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?:增长|增加|上涨|上升|提升|提高|下降|下跌|降低|减少|缩减|下滑|进步|暴涨|大涨|大跌|飙升"
    r"|猛增|增幅为|增速为|\b(?:(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)up|down|rose|rises|grew|grows|fell|falls|jumped|surged"
    r"|increased|decreased|dropped|declined|cut))$",
    re.IGNORECASE,
)
#: A year after a figure that names one (2026年) is no duration.
_YEARS = (1900, 2100)


@dataclass(frozen=True, slots=True)
class Use:
    """How one figure is stated: its dimension and the measures of its clause."""

    #: "%" or a currency mark from the figure's unit ("%=" for a share or level, "%±"
    #: for a change, where the words before it say), "time" or "count" from the word
    #: after it, "date" for a source's digits inside a date, "" when it says none.
    dimension: str
    #: The measure groups its clause names (keys of :data:`MEASURES`).
    measures: frozenset[str]


def measures_in(clause: str) -> frozenset[str]:
    """The measure groups a clause names."""
    return frozenset(_MEASURE_OF[m.group().lower()] for m in _MEASURE.finditer(clause))


def measures_beside(clause: str, at: int, end: int) -> frozenset[str]:
    """The measure groups a clause names for its figure written from ``at`` to ``end``:
    not a measure word that directly counts another figure of the clause ("with 13
    parameters and reaches 91%": the parameters are the 13, not the 91%).  The figure's
    digits may start after its currency ($300 billion valuation counts the $300 billion)."""
    return frozenset(
        group
        for group, figure in _measures_counting(clause)
        if figure is None or at <= figure < end
    )


@lru_cache(maxsize=4096)
def _measures_counting(clause: str) -> tuple[tuple[str, int | None], ...]:
    """Each measure word of a clause: its group, and where the figure it directly counts
    starts (None: no figure right before it).  Kept by clause: the index and the checks
    ask once for each figure of a clause, and the search before each word reads the
    clause from its start."""
    found = []
    for m in _MEASURE.finditer(clause):
        figure = _COUNTED_BY.search(clause, 0, m.start())
        found.append((_MEASURE_OF[m.group().lower()], figure.start() if figure else None))
    return tuple(found)


#: A figure right before a measure word, which that word counts (13 parameters, 13个参数,
#: 7B parameters, 7 billion parameters: a scale word is still the figure's); not the
#: digits of a name (Q3 revenue, H100 sales).  A compound scale alone (万亿参数模型, 千亿
#: 参数) counts it too: the words size the model, and a later figure of the clause (在
#: HLE 测试中拿下 50.2%) is no parameter count.
_COUNTED_BY = re.compile(
    r"(?<![A-Za-z\d.,])\d[\d.,]*\s*(?:[万亿千百]+|[kmbt]|thousand|million|billion|trillion)?\s*[个项条名位款]?\s*$"
    r"|(?<![\d.一二三四五六七八九十两])[数几近超上]?(?:万亿|千亿|百亿|十亿|千万|百万)\s*$",
    re.IGNORECASE,
)


def dimension(quantity: Quantity, text: str) -> str:
    """A quantity's dimension: its unit, else what the words after it count."""
    if quantity.unit == "%":
        if _FROM_UP_TO.search(text, 0, quantity.start):
            return "%="
        before = _ABOUT_BEFORE.sub("", text[max(0, quantity.start - 16) : quantity.start])
        if _LEVEL_BEFORE.search(before):
            return "%="
        by = _BY_SO_MUCH.search(text, 0, quantity.start) and not _SHARE_OF.match(text, quantity.end)
        if _CHANGE_BEFORE.search(before) or by:
            return "%±"
        return "%"
    if quantity.unit == "pt":  # "points" alone: of a share, as 个百分点, or of a score
        return "pp"
    if quantity.unit:
        return quantity.unit
    after = text[quantity.end : quantity.end + 12]
    if _TIME.match(after) or (
        re.match(r"\s?年", after) and not any(_YEARS[0] <= v <= _YEARS[1] for v in quantity.values)
    ):
        return "time"
    return "count" if _COUNT.match(after) else ""


def clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clauses."""
    spans, start = [], 0
    for match in _CLAUSE_END.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return spans


def clause_at(sentence: str, at: int) -> str:
    """The clause of a sentence that holds position ``at``."""
    return next((sentence[a:b] for a, b in clauses(sentence) if a <= at <= b), sentence)


def uses(text: str, found: Iterable[Quantity]) -> dict[float, frozenset[Use]]:
    """Each value of the quantities found in a source text, with every way it is stated:
    a digit of a date read loosely (the 31 of 1月31日) is stated as a date, and the
    digits of an amount or a share read loosely (the 23 of 23%) are no second statement."""
    found = list(found)
    dates = [(q.start, q.end) for q in found if q.date is not None]
    # the digits of 23% read loosely are the same statement, not a second one of no unit
    with_unit = _WithUnit.of(found)
    found = [q for q in found if q.unit or q.date is not None or not with_unit.holds(q)]
    spans = clauses(text)
    starts = [start for start, _ in spans]
    out: dict[float, set[Use]] = {}
    for quantity in found:
        n = bisect.bisect_right(starts, quantity.start) - 1
        clause = text[spans[n][0] : spans[n][1]]
        start = quantity.start - spans[n][0]
        measures = measures_beside(clause, start, start + quantity.end - quantity.start)
        inside = any(a <= quantity.start and quantity.end <= b for a, b in dates)
        use = Use("date" if inside else dimension(quantity, text), measures)
        for value in quantity.values:
            out.setdefault(value_key(value), set()).add(use)
    return {value: frozenset(u) for value, u in out.items()}


@dataclass(frozen=True)
class _WithUnit:
    """A text's figures read with a unit, by where they start: a long report states
    hundreds of figures, and looking for the one holding a figure among all of them for
    each figure made the verifier's reading of its sources quadratic."""

    figures: tuple[Quantity, ...]
    starts: tuple[int, ...]
    longest: int

    @classmethod
    def of(cls, found: list[Quantity]) -> _WithUnit:
        figures = tuple(sorted((q for q in found if q.unit), key=lambda q: q.start))
        longest = max((q.end - q.start for q in figures), default=0)
        return cls(figures, tuple(q.start for q in figures), longest)

    def holds(self, quantity: Quantity) -> bool:
        """Whether a figure of no unit is the digits of one read with its unit, in place:
        one that holds it starts at most the longest figure's length before its end."""
        first = bisect.bisect_left(self.starts, quantity.end - self.longest)
        last = bisect.bisect_right(self.starts, quantity.start)
        return any(
            quantity.end <= other.end and set(quantity.values) <= set(other.values)
            for other in self.figures[first:last]
        )


def moved(written: Use, stated: frozenset[Use]) -> bool:
    """Whether every way the sources state a figure contradicts the way a text does.

    A source use agrees when its dimension is the text's or unwritten (on either side;
    a percentage of unsaid kind agrees with a level and a change) and its clause names
    a measure the text's clause names, or none; a source's total to date never agrees
    with a text's money raised with no such word (:func:`_total_for_a_round`).
    """
    if not stated:
        return False
    agreeing = [
        u
        for u in stated
        if _agree(written.dimension, u.dimension) and not _total_for_a_round(written, u)
    ]
    if not agreeing:
        return True
    # a total names no measure of its own ("77% of the total"): compared above only
    ours = written.measures - {TOTAL}
    return bool(ours) and all(u.measures - {TOTAL} and not u.measures & ours for u in agreeing)


def _agree(written: str, stated: str) -> bool:
    """Whether two dimensions may be one: equal, either unwritten, or a percentage
    whose kind (level or change) one side does not say."""
    if not written or not stated or written == stated:
        return True
    return written[0] == stated[0] == "%" and min(len(written), len(stated)) == 1


def _total_for_a_round(written: Use, stated: Use) -> bool:
    """Whether the sources state a figure as money raised to date and the text as money
    raised with no such word: "raised $80 million" for their 累计融资 8000 万美元 makes a
    total a new amount.  Not the other way round: a round the sources give may be all
    a young company has raised, so a text's "to date" beside it says nothing wrong."""
    return (
        TOTAL in stated.measures
        and TOTAL not in written.measures
        and ("funding" in written.measures)
    )
