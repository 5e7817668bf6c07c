"""Figures of a summary that contradict each other.

Two reports of one story may give one measure different values: one says the valuation
rose "逾4倍" since the B round, the other "涨超5倍"; one says the round raised $500
million, the other $550 million.  Side by side they read as a contradiction, and a
summary that puts them there tells the reader nothing.  A figure here is a multiple
(倍, x, times, -fold), a percentage or an amount of money; its measure is the concept it
is a figure of (估值/valuation, 融资/raised, 收入/revenue, ...) with, for a multiple or
a percentage, the direction of the change (涨/rose, 降/fell).  The concept is the one
named last before the figure in its clause (else first after it: "5亿美元C轮融资"), or
else the last named in the clauses before it in the sentence ("投后估值65亿美元，较一年前
的B轮上涨逾4倍": the rise is the valuation's).  Words right before a concept say what
it is of: "Google Cloud收入" and "搜索广告业务收入" are two measures; an unqualified
concept is the same as any.  (The verifier reads "4倍" as a bare 4; the multiple is
read here, where its unit matters.)

Different values are no contradiction when something named explains them: a different
round (B轮 and C轮), year (2025年 and 今年), quarter or month, or a different company.
A clause's round, year, quarter and month are its own or, for each it does not name,
the nearest named before it in its sentence ("2025年7月的B轮中，…、估值12亿美元").
A value given as about so much ("约1.2亿美元") is the same as one that rounds to it
("1.18亿美元"); two exact values must be equal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.aliases import entity_key
from newsdesk.chinese import HAN, HAN_CHAR
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._facts import clauses, without_clauses
from newsdesk.editor._latin_names import glossary, latin_names, stem
from newsdesk.editor._name_forms import descriptive, same_actor
from newsdesk.editor._numbers import fold, is_year, quantities

#: The concepts a company's or a product's figures are figures of, each with the words
#: that name it in either language.
_CONCEPTS: dict[str, str] = {
    "valuation": r"估值|valu(?:ed|ing|ation|es)\b",
    "funding": r"融资|募资|筹资|募集|筹集|raised?\b|raises\b|raising\b|funding\b|Series\s[A-H]\b",
    # "bringing in", "contributed": what a business of the company earned ("with cloud
    # bringing in $5 billion"), not the whole company's revenue the clause before gave
    "revenue": r"营收|收入|营业额|销售额|revenues?\b|sales\b"
    r"|(?:br(?:ought|ings?|inging)\s+in|contribut(?:ed|es|ing))\b",
    # a margin of a kind (gross, net, operating) is not a margin of another kind; one
    # named by no kind is any of them (:func:`_one_concept`)
    "gross margin": r"毛利率|gross\s+(?:profit\s+)?margins?\b",
    "net margin": r"净利率|净利润率|net\s+(?:profit\s+)?margins?\b",
    "operating margin": r"经营利润率|营业利润率|operating\s+(?:profit\s+)?margins?\b",
    "margin": r"利润率|(?:profit\s+)?margins?\b",
    "profit": r"净利润|利润|净利|净亏损|亏损|profits?\b|net income\b|loss(?:es)?\b",
    "market value": r"市值|market (?:value|cap(?:italization)?)\b",
    "share price": r"股价|收涨|收跌|高开|低开|shares\b|stock\b",
    "price": r"售价|定价|价格|priced\b|prices?\b|costs?\b",
}
_CONCEPT = re.compile("|".join(f"(?P<c{n}>{p})" for n, p in enumerate(_CONCEPTS.values())))
_CONCEPT_NAMES = tuple(_CONCEPTS)
#: The direction of a change, for a multiple or a percentage.
_RISE = re.compile(
    r"上涨|涨|增长|增加|提升|提高|飙升|翻|攀升|\b(?:up|rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?"
    r"|increased?|jump(?:ed|s)?|surg(?:ed|es)|climb(?:ed|s)|gain(?:ed|s)?)\b"
)
_FALL = re.compile(
    r"下降|下跌|跌|降|减少|缩减|下滑|\b(?:down|fell|fall(?:s|en)?|dropp?(?:ed|s)?"
    r"|declin(?:ed|es)|shrank|cut)\b"
)
#: What gives a figure as about so much: just before it, or (多, 余, 左右) after it.
_ABOUT = re.compile(
    r"(?:约|大约|近|将近|逾|超|超过|接近|\b(?:about|around|roughly|nearly|almost|some|over"
    r"|more than|approximately)\s?)[$¥€£]?$",
    re.IGNORECASE,
)
_ABOUT_AFTER = re.compile(r"\s?(?:多|余|左右|以上|\+)")
_ZH_MULTIPLE_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                       "八": 8, "九": 9, "十": 10}  # fmt: skip
_EN_MULTIPLE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                      "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
#: A multiple: "4倍", "4x", "4 times", "4-fold", "四倍", "fourfold", "four times".
_MULTIPLE = re.compile(
    r"(?<![A-Za-z0-9.])(?P<d>\d+(?:\.\d+)?)\s?(?:[多余])?\s?(?:倍|[x×](?![A-Za-z0-9])|times\b|-?fold\b)"
    r"|(?P<z>[一两二三四五六七八九十])倍"
    r"|\b(?P<w>two|three|four|five|six|seven|eight|nine|ten)(?:-?fold\b|\stimes\b)",
    re.IGNORECASE,
)
#: What names the time or the round a figure belongs to, by kind.
_ROUND = re.compile(
    r"(?P<r>(?:Pre-?)?[A-H]\+?|天使|种子)轮"
    r"|\bSeries\s(?P<s>[A-H])\+?\b|\b(?P<e>seed|angel) round\b",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(r"前年|去年|今年|明年|\b(?:last|this|next) year\b", re.IGNORECASE)
_PERIOD = re.compile(
    r"第[一二三四1-4]季度|[一二三四1-4]季度|\bQ[1-4]\b|[上下]半年"
    r"|\b(?:first|second|third|fourth) (?:quarter|half)\b",
    re.IGNORECASE,
)
_YEAR_WORDS = {"前年": "-2", "去年": "-1", "last year": "-1", "今年": "0", "this year": "0",
               "明年": "+1", "next year": "+1"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure of a clause with what it measures."""

    #: "×" for a multiple, "%" for a percentage, a currency mark for money.
    unit: str
    value: float
    #: Whether it is given as about so much ("约1.2亿美元", "more than fourfold").
    approximate: bool
    #: The concept and, for a change, its direction ("valuation", "rise").
    measure: tuple[str, str]
    #: The words that say what the concept is of ("google cloud" revenue), if any.
    qualifier: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Concept:
    """A concept named in a clause, with the words that qualify it."""

    name: str
    qualifier: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Clause:
    """A clause's figures and what it belongs to: its rounds and times by kind, and the
    names its sentence gives up to its end."""

    figures: tuple[_Figure, ...]
    markers: dict[str, frozenset[str]]
    subjects: tuple[str, ...]
    #: The clause's own text.
    text: str = ""


def without_conflicts(sentence: str, before: Sequence[str]) -> str:
    """The sentence without its clauses that give a measure of the sentences before it
    another value that nothing it names explains; "" when nothing can stand once they
    are cut.  The sentences before it win: they are the summary's lead."""
    if not before:
        return sentence
    earlier = [c for s in before for c in _read(s)]
    if not any(c.figures for c in earlier):
        return sentence
    keep = [not any(_contradicts(c, e) for e in earlier) for c in _read(sentence)]
    return sentence if all(keep) else without_clauses(sentence, keep)


def moved_values(sentence: str, sources: Sequence[str]) -> frozenset[float]:
    """The values of a sentence's figures that the sources give to something else.

    The sentence is a text checked against its sources (one sentence each).  A figure
    is moved when the sources give its measure (:func:`_one_measure`: concept,
    direction, unit and qualifier, "搜索广告业务收入" is not "Google Cloud收入") of the
    sentence's own company another value that nothing explains, both naming the
    company, and give this value to that measure only in clauses that name another
    company or another round, year or period.  A source clause that states the value
    and names no company of its own supports it (who raised it is unclear), and the
    alias table's names of one entity are one company (谷歌, Google).  An English
    sentence's qualifying words may translate a source's Chinese ones ("data center"
    revenue, 数据中心业务收入): such a source figure of the same value supports it,
    unless the words are ones a Chinese sentence keeps in Latin (a name, "Orbit Cloud"),
    the glossary translates one into other Chinese ("gaming" is no 数据中心), or the
    sources qualify that measure in Chinese more than one way and the glossary does not
    say which one the words translate.  Where it does ("advertising" for 广告业务), the
    English figure is that one's, and another value is moved even where the company's
    whole measure has it (Orbit's advertising revenue up 18% for its total's 18%).
    """
    stated = [c for s in sources for c in _read_once(s)]
    if not any(c.figures for c in stated):
        return frozenset()
    clauses_read = _read_once(sentence)
    kept = _kept_in_latin([*stated, *clauses_read])
    ways: dict[tuple[tuple[str, str], str], set[frozenset[str]]] = {}
    for other in (figure for source in stated for figure in source.figures):
        if _chinese(other.qualifier):
            ways.setdefault((other.measure, other.unit), set()).add(other.qualifier)
    ambiguous = frozenset(measure for measure, said in ways.items() if len(said) > 1)
    moved: set[float] = set()
    for clause in clauses_read:
        for figure in clause.figures:
            rendered = [
                other
                for source in stated
                for other in source.figures
                if _translated(figure, clause, other, kept, ambiguous)
                and _renders(figure.qualifier, other.qualifier)
                and not _explained(clause, _own(source), aliases=True)
            ]
            if clause.subjects and rendered and not any(_same(figure, o) for o in rendered):
                moved.add(figure.value)  # "advertising" revenue given the total's figure
                continue
            if not clause.subjects or any(
                (
                    _one_measure(figure, other, _owners(clause))
                    or _translated(figure, clause, other, kept, ambiguous)
                )
                and _same(figure, other)
                and not _explained(clause, _own(source), aliases=True)
                for source in stated
                for other in source.figures
            ):
                continue
            if any(
                (
                    _one_measure(figure, other, _owners(clause))
                    or (
                        (_mistranslated(figure, clause, other) or _another_period(figure, other))
                        and _same(figure, other)
                    )
                )
                and source.subjects
                and not _explained(clause, source, aliases=True)
                for source in stated
                for other in source.figures
            ):
                moved.add(figure.value)
    return frozenset(moved)


def _kept_in_latin(read: Sequence[_Clause]) -> frozenset[str]:
    """The Latin words of clauses written in Chinese, casefolded: the names a Chinese
    writer keeps as they are."""
    return frozenset(
        word.casefold()
        for clause in read
        if HAN_CHAR.search(clause.text)
        for word in re.findall(r"[A-Za-z][\w'’-]*", clause.text)
    )


def _chinese(words: frozenset[str]) -> bool:
    """Whether qualifying words are Chinese (any of them in Han characters)."""
    return any(HAN_CHAR.search(word) for word in words)


def _translated(
    figure: _Figure,
    clause: _Clause,
    other: _Figure,
    kept: frozenset[str],
    ambiguous: frozenset[tuple[tuple[str, str], str]],
) -> bool:
    """Whether an English clause's figure may be a Chinese source figure's measure with
    its qualifying words translated: the same concept, direction and unit, the words in
    the two languages, none of the English ones but the clause's company kept in Latin
    by Chinese text, no word one the glossary translates into other Chinese than the
    source's (cloud is 云, not 广告业务), and the measure not qualified two ways in
    Chinese unless a word is the glossary's for the source's (advertising, 广告业务)."""
    words = figure.qualifier - _owners(clause)
    return (
        figure.measure == other.measure
        and figure.unit == other.unit
        and bool(words)
        and not HAN_CHAR.search(clause.text)
        and not _chinese(words)
        and _chinese(other.qualifier)
        and not words & kept
        and not any(_translates_otherwise(word, other.qualifier) for word in words)
        and ((other.measure, other.unit) not in ambiguous or _renders(words, other.qualifier))
    )


def _another_period(figure: _Figure, other: _Figure) -> bool:
    """Whether a source figure is of the figure's concept and unit counted over another
    period (annualised revenue given as quarterly, weekly users as monthly)."""
    return (
        _one_concept(figure.measure, other.measure)
        and figure.unit == other.unit
        and _other_periods(figure, other)
    )


def _mistranslated(figure: _Figure, clause: _Clause, other: _Figure) -> bool:
    """Whether an English clause's figure is a Chinese source figure's measure but for a
    qualifying word the glossary translates into other Chinese: "cloud" revenue for the
    sources' 广告业务收入 is another business's."""
    owners = _owners(clause)
    return (
        figure.measure == other.measure
        and figure.unit == other.unit
        and not HAN_CHAR.search(clause.text)
        and _chinese(other.qualifier)
        and any(_translates_otherwise(w, other.qualifier) for w in figure.qualifier - owners)
    )


def _renders(words: frozenset[str], qualifier: frozenset[str]) -> bool:
    """Whether the glossary translates an English qualifying word into Chinese that is in
    a source's qualifying words (advertising for 广告业务)."""
    chinese = {han for word in words for han in glossary().get(stem(word), ())}
    return any(han in said for han in chinese for said in qualifier)


def _translates_otherwise(word: str, qualifier: frozenset[str]) -> bool:
    """Whether the glossary translates an English qualifying word, and none of its
    Chinese is in a source's qualifying words: "gaming" revenue is no 数据中心业务收入."""
    chinese = glossary().get(stem(word), ())
    return bool(chinese) and not any(han in said for han in chinese for said in qualifier)


def _own(clause: _Clause) -> _Clause:
    """The clause with only the names it gives itself as its subjects: a round's lead
    investor named in the clause before ("本轮由星河资本领投，融资金额5亿元") is not who
    raised it."""
    return _Clause(clause.figures, clause.markers, _names_once(clause.text), clause.text)


@lru_cache(maxsize=8192)
def _names_once(text: str) -> tuple[str, ...]:
    return _names(text)


@lru_cache(maxsize=8192)
def _read_once(sentence: str) -> tuple[_Clause, ...]:
    """:func:`_read`, once for each sentence: a story's sources are read for every
    sentence of its text."""
    return tuple(_read(sentence))


def _contradicts(clause: _Clause, earlier: _Clause) -> bool:
    """Whether a clause gives a measure of the earlier clause a value it does not, with
    no round, time or company of its own to explain it."""
    if _explained(clause, earlier):
        return False
    owners = _owners(clause)
    return any(
        _one_measure(figure, other, owners)
        and not any(_one_measure(figure, o, owners) and _same(o, figure) for o in earlier.figures)
        for figure in clause.figures
        for other in earlier.figures
    )


def _one_measure(a: _Figure, b: _Figure, owners: frozenset[str]) -> bool:
    """Whether two figures measure one thing: the same concept, direction and unit, and
    no words that qualify both differently ("云业务营收" and "广告营收" are two).  The
    clause's company (``owners``) qualifies only where it is all that does (Nvidia's
    revenue is its whole, no 数据中心业务收入): Orbit's gaming revenue is not its 云业务
    revenue for sharing the word Orbit."""
    ours, theirs = (a.qualifier - owners or a.qualifier), (b.qualifier - owners or b.qualifier)
    return (
        _one_concept(a.measure, b.measure)
        and a.unit == b.unit
        and (not ours or not theirs or bool(ours & theirs))
        and not _other_periods(a, b)
    )


def _owners(clause: _Clause) -> frozenset[str]:
    """The words of the companies a clause names, casefolded as qualifying words are."""
    return frozenset(word.casefold() for name in clause.subjects for word in name.split())


def _one_concept(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two measures (concept, direction) are one: the same, or a margin named by
    no kind beside a margin of one (Orbit's margin of 40% for its 毛利率40%)."""
    if a[1] != b[1]:
        return False
    return a[0] == b[0] or (
        "margin" in (a[0], b[0]) and a[0].endswith("margin") and b[0].endswith("margin")
    )


def _explained(clause: _Clause, earlier: _Clause, *, aliases: bool = False) -> bool:
    """Whether the two clauses name a different round, year, quarter or month (none in
    common: "up fourfold from the Series B" of the Series C shares the B), or
    different companies (with ``aliases``, two names of one entity of the alias table
    are one company)."""
    if any(
        kind in earlier.markers and not values & earlier.markers[kind]
        for kind, values in clause.markers.items()
    ):
        return True
    return bool(clause.subjects and earlier.subjects) and not any(
        same_actor(a, b, shortest=3) or (aliases and _one_entity(a, b))
        for a in clause.subjects
        for b in earlier.subjects
    )


def _one_entity(a: str, b: str) -> bool:
    """Whether two names are names of one entity of the alias table."""
    key = entity_key(a)
    return key is not None and key == entity_key(b)


def _same(a: _Figure, b: _Figure) -> bool:
    """Whether two figures give one value: equal, or, when either is given as about so
    much, equal once the more precise is rounded to the other's digits.  Equal is to
    the float's precision: 32.2亿 and 3.22 billion, scaled from different digits, may
    differ in the last bit."""
    if math.isclose(a.value, b.value, rel_tol=1e-9):
        return True
    if not (a.approximate or b.approximate):
        return False
    digits = min(_significant(a.value), _significant(b.value))
    return _rounded(a.value, digits) == _rounded(b.value, digits)


def _significant(value: float) -> int:
    mantissa = f"{abs(value):.9e}".split("e")[0].replace(".", "").rstrip("0")
    return max(1, len(mantissa))


def _rounded(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    step = 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)
    return math.floor(value / step + 0.5) * step


def _read(sentence: str) -> list[_Clause]:
    """The sentence's clauses, each with its figures, markers and subjects."""
    out: list[_Clause] = []
    markers: dict[str, frozenset[str]] = {}
    concept: _Concept | None = None
    offset = 0
    for part in clauses(sentence):
        markers = {**markers, **_markers(part)}
        if _own_subject(part):
            concept = None
        figures, concept = _figures(part, concept)
        out.append(_Clause(tuple(figures), markers, _names(sentence[:offset] + part), part))
        offset += len(part)
    return out


#: A clause that opens on a subject of its own ("…, while core search advertising grew
#: 17%"; "…，而广告业务增长17%"): its figure is not of the concept the clause before
#: named, so it inherits none (而是 and 而且 go on with the same subject).  Not a verb of
#: change right after the word ("but fell 10%" is the same subject's).
_NEW_SUBJECT = re.compile(r"\s*(?:(?:while|whereas|but)\s+|而(?![是且]))", re.IGNORECASE)


def _own_subject(clause: str) -> bool:
    """Whether the clause opens on a subject of its own (:data:`_NEW_SUBJECT`)."""
    opening = _NEW_SUBJECT.match(clause)
    return opening is not None and not (
        _RISE.match(clause, opening.end()) or _FALL.match(clause, opening.end())
    )


def _figures(clause: str, inherited: _Concept | None) -> tuple[list[_Figure], _Concept | None]:
    """The clause's figures with their measures, and the concept a later clause of the
    sentence inherits (the last one named, else the one inherited)."""
    text = fold(clause)
    concepts = [
        (
            m.start(),
            _Concept(_CONCEPT_NAMES[int(str(m.lastgroup)[1:])], _qualifier(text[: m.start()])),
        )
        for m in _CONCEPT.finditer(text)
    ]
    found: list[tuple[int, int, str, float]] = []
    for match in _MULTIPLE.finditer(text):
        found.append((match.start(), match.end(), "×", _multiple(match)))
    for q in quantities(text):
        if q.date is not None or q.version or len(q.values) != 1 or not q.unit:
            continue
        if any(a <= q.start < b for a, b, _, _ in found):
            continue
        found.append((q.start, q.end, q.unit, q.values[0]))
    figures = []
    for start, end, unit, value in found:
        concept = _nearest(concepts, start, end, text) or inherited
        direction = ""
        if unit in ("×", "%"):
            direction = _direction(text[:start])
            if not direction:
                continue
        if concept:
            approximate = bool(_ABOUT.search(text[:start]) or _ABOUT_AFTER.match(text, end))
            figures.append(
                _Figure(unit, value, approximate, (concept.name, direction), concept.qualifier)
            )
    return figures, concepts[-1][1] if concepts else inherited


def _nearest(
    concepts: list[tuple[int, _Concept]], start: int, end: int, text: str
) -> _Concept | None:
    """The English concept named right after a figure ("at a $300 billion valuation"),
    else the one named last before it ("估值65亿美元", "valued at $1.2
    billion"), else first after it ("5亿美元C轮融资"; "估值50亿美元的融资" is a round at
    that valuation)."""
    before = [c for a, c in concepts if a < start]
    after = [(a, c) for a, c in concepts if a >= end]
    if after and text[after[0][0]].isascii() and _ADJACENT.fullmatch(text, end, after[0][0]):
        return after[0][1]
    return before[-1] if before else after[0][1] if after else None


#: What stands between a figure and the concept it is of, named right after it.
_ADJACENT = re.compile(r"[ \t]?")


#: jieba's tags of the words that qualify a concept ("广告业务收入", "Google Cloud收入").
_QUALIFIER_TAGS = ("n", "vn", "eng", "j", "nz", "ns", "nt", "nr")
#: English words that end the words qualifying a concept ("its revenue", "raised").
_FUNCTION_WORDS = frozenset(
    "a an the its their his her our this that these those of in at to for and or with from"
    " by on as is was were be been has have had it which who said says say"
    " thousand million billion trillion".split()
)


#: The period a concept is counted over, in either script, as one word ("annualised
#: revenue" is 年化收入, "quarterly revenue" 季度营收); 年, 季度, 周 and 日 only where no
#: numeral comes before them (2025年收入, 三季度营收, 5日营收 are one year's, quarter's or
#: day's, which the clause's markers say), a bare 日 after no Chinese at all (今日, 假日
#: are a day's); a half year (上半年) is read before its 年.
_NO_NUMERAL = r"(?<![\d０-９〇零一二三四五六七八九十])"
_PERIODS = {
    "semiannual": r"半年度|[上下]?半年|half-year(?:ly)?|semi-?annual",
    "annual": rf"年化|年度|全年|{_NO_NUMERAL}年|annual|annuali[sz]ed|yearly",
    "quarterly": rf"{_NO_NUMERAL}季度|单季|quarterly",
    "monthly": r"月度|单月|monthly",
    "weekly": rf"每周|单周|周均|{_NO_NUMERAL}周|weekly",
    "daily": rf"每日|单日|日均|(?<![\d０-９{HAN}])日|daily",
}
_PERIOD_END = re.compile(
    "|".join(rf"(?P<{name}>(?:{forms}))\s*$" for name, forms in _PERIODS.items()), re.IGNORECASE
)


#: The periods a measure may be counted over: one measure's figure for one period is
#: not its figure for another (年化收入 3 亿 is no quarterly revenue of 3 亿).
_PERIOD_NAMES = frozenset(_PERIODS)


def _other_periods(a: _Figure, b: _Figure) -> bool:
    """Whether two figures are counted over two different periods."""
    ours, theirs = a.qualifier & _PERIOD_NAMES, b.qualifier & _PERIOD_NAMES
    return bool(ours and theirs) and not ours & theirs


def _qualifier(before: str) -> frozenset[str]:
    """The words right before a concept that say what it is of: "Google Cloud" and
    "广告业务" make two revenues, "its" and "的" none; a period word right before the
    concept (年化, annualised) is one word in either script."""
    period = _PERIOD_END.search(before)
    if period is not None:
        before = before[: period.start()]
    return _words_before(before) | ({str(period.lastgroup)} if period else frozenset())


def _words_before(before: str) -> frozenset[str]:
    """The words of :func:`_qualifier` but its period."""
    if HAN_CHAR.search(before[-12:]):
        from jieba import posseg  # the tagger loads on first use (see newsdesk.chinese)

        words: list[str] = []
        for word in reversed(list(posseg.cut(before[-12:]))):
            if word.flag == "x" and not word.word.strip():
                continue
            if not word.flag.startswith(_QUALIFIER_TAGS):
                break
            words.append(word.word.casefold())
        return frozenset(words)
    words = []
    for word in reversed(re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", before)):
        folded = word.casefold().removesuffix("'s").removesuffix("’s")
        if not folded[0].isalpha() or folded in _FUNCTION_WORDS:
            break
        words.append(folded)
    return frozenset(words)


def _direction(before: str) -> str:
    """The direction of the change named last before a figure ("上涨逾4倍", "up 40%")."""
    rise = [m.end() for m in _RISE.finditer(before)]
    fall = [m.end() for m in _FALL.finditer(before)]
    if not rise and not fall:
        return ""
    return "rise" if max(rise, default=-1) > max(fall, default=-1) else "fall"


def _multiple(match: re.Match[str]) -> float:
    if match.group("d"):
        return float(match.group("d"))
    if match.group("z"):
        return float(_ZH_MULTIPLE_DIGITS[match.group("z")])
    return float(_EN_MULTIPLE_WORDS[match.group("w").lower()])


def _markers(clause: str) -> dict[str, frozenset[str]]:
    """The rounds, years, quarters and months a clause names, by kind."""
    text = fold(clause)
    found: dict[str, set[str]] = {}
    for match in _ROUND.finditer(text):
        mark = (match.group("r") or match.group("s") or match.group("e") or "").upper()
        found.setdefault("round", set()).add(mark.replace("PRE", "PRE-").replace("--", "-"))
    for match in _RELATIVE_YEAR.finditer(text):
        found.setdefault("year", set()).add(_YEAR_WORDS[match.group().lower()])
    for match in _PERIOD.finditer(text):
        found.setdefault("period", set()).add(_period(match.group()))
    for q in quantities(text):
        if q.date is not None:
            year, month, _ = q.date
            if year is not None:
                found.setdefault("year", set()).add(str(year))
            found.setdefault("month", set()).add(str(month))
        elif not q.version and is_year(q) and not _MULTIPLE.match(text, q.start):
            found.setdefault("year", set()).add(str(int(q.values[0])))
    return {kind: frozenset(values) for kind, values in found.items()}


_PERIOD_NUMBERS = {"一": "1", "二": "2", "三": "3", "四": "4", "first": "1", "second": "2",
                   "third": "3", "fourth": "4", "上": "h1", "下": "h2"}  # fmt: skip


def _period(text: str) -> str:
    low = text.lower()
    if "半年" in low or "half" in low:
        return "h1" if low.startswith(("上", "first")) else "h2"
    for word, number in _PERIOD_NUMBERS.items():
        if word in low:
            return "q" + number
    return "q" + next(c for c in low if c.isdigit())


#: Who invests in a round, not who raised it (由 Development Partners International 领投,
#: "led by Menlo Ventures"): no subject of the round's figures.
_INVESTORS = re.compile(
    r"由([^，。；,;]{1,60}?)(?:联合)?(?:领投|参投|跟投)"
    r"|\b(?:led by|with participation from|backed by)\s+([^,;.]{1,60})",
    re.IGNORECASE,
)


def _names(text: str) -> tuple[str, ...]:
    """The companies and people named in a text, folded; not a round's investors."""
    spans = latin_names(text) + [
        (a, b) for a, b in chinese_names(text) if not descriptive(text[a:b])
    ]
    rounds = [m.span() for m in _ROUND.finditer(text)]
    investors = [m.span(m.lastindex or 0) for m in _INVESTORS.finditer(text)]
    return tuple(
        text[a:b].strip().casefold().removesuffix("'s").removesuffix("’s")
        for a, b in sorted(spans)
        if not any(a < e and s < b for s, e in rounds)  # "Series" of "Series B"
        and not any(s <= a and b <= e for s, e in investors)
    )
