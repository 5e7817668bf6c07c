"""Numbers, amounts, percentages, dates and versions of a text, read as values.

``50亿``, ``5,000,000,000``, ``5 billion`` and ``5B`` are one value; ``20%``, ``20 percent``
and ``百分之二十`` one percentage; ``2026年1月26日``, ``Jan. 26, 2026`` and ``2026-01-26`` one
date.  The verifier compares these values, so a number that the writer put in another form
than the source is not taken for an invented one.  Versions ("3.0", "1.2.3") are kept as
written: 3.0 is not the same release as 3.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.chinese import ZH_DIGITS, chinese_numeral

#: (year, month, day); the year or the day may be None ("1月26日", "2026年1月").
Date = tuple[int | None, int, int | None]

_FULL_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF05: ord("%"),
    0xFF0E: ord("."),
    0xFF04: ord("$"),
    0xFF0B: ord("+"),
    0xFF0D: ord("-"),
    0xFF0F: ord("/"),
}


#: Latin letters with accents by their base letter (é: e, Š: S): one name is written
#: with and without them (Nestlé, Nestle), and a reader of ASCII words must see its
#: letters whole, not "Nestl".  Only letters that decompose into one ASCII letter and
#: marks (Vietnamese ones among them: Nguyễn), so that each stays one character; and the
#: letters with a stroke or without a dot that decompose into none, which Polish,
#: Vietnamese, Turkish and Nordic names write (Wrocław, Đặng, Yıldırım, Møller), by the
#: letter they are read as.
_ACCENTS = {
    **{
        code: ord(bare[0])
        for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
        if len(bare := unicodedata.normalize("NFD", chr(code))) > 1
        and bare[0].isascii()
        and bare[0].isalpha()
        and all(unicodedata.combining(mark) for mark in bare[1:])
    },
    **{ord(letter): ord(base) for letter, base in zip("łŁđĐıøØħ", "lLdDioOh", strict=True)},
}
_FOLDED = {**_FULL_WIDTH, **_ACCENTS}


def fold(text: str) -> str:
    """Full-width digits, letters, ``％ ． ＄ ＋ － ／`` as ASCII, accented Latin letters
    as their base letter; same length, same positions."""
    return text.translate(_FOLDED)


def unaccented(text: str) -> str:
    """Accented Latin letters as their base letter (Citroën: Citroen); same length."""
    return text.translate(_ACCENTS)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number of a text, as a value the sources can be searched for."""

    #: Where it starts in the text.
    start: int
    #: Where it ends.
    end: int
    #: The values it states: one, or the two ends of a range.
    values: tuple[float, ...]
    #: "%" for a percentage, a currency mark ("$", "¥", "€", ...) for money, else "".
    unit: str = ""
    #: The date it names, or None.
    date: Date | None = None
    #: The exact text of a version or a term ("3.0", "1.2.3", "3D"), or "".
    version: str = ""


def value_key(value: float) -> float:
    """A value rounded so that 1.1亿 and 110 million compare equal."""
    return float(f"{value:.9g}")


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATES = [
    re.compile(r"(?<![\d.])(?P<year>\d{4})([-/.])(?P<mon>\d{1,2})\2(?P<day>\d{1,2})(?![\d.]\d)"),
    re.compile(
        r"(?<!\d)(?:(?P<year>\d{4})\s?年\s?)?(?P<mon>\d{1,2})\s?月(?:\s?(?P<day>\d{1,2})\s?[日号])?"
    ),
    re.compile(
        rf"\b{_MONTH}\b\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<year>\d{{4}})\b)?"
    ),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s{_MONTH}\b\.?(?:,?\s(?P<year>\d{{4}})\b)?"),
    re.compile(rf"\b{_MONTH}\b\.?,?\s(?P<year>\d{{4}})\b"),
    # "by March", "in early May": a month alone, after the word that makes it a time
    re.compile(
        r"\b(?:in|by|from|until|till|since|before|after|through|early|late|mid|this|next)"
        rf"[\s-]{_MONTH}\b(?!\.?,?\s\d)"
    ),
    # 十二月三日: a month and a day in Chinese numerals
    re.compile(
        "(?<![零〇一二两三四五六七八九十\\d])(?P<zh_mon>十[一二]?|[一二三四五六七八九])月"
        "(?P<zh_day>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    ),
]
#: The other end of a run of days in one month, as the sources may state it (3月1日至5日,
#: "March 1-5", "1-5 March"): a date of theirs, so a text's 3月5日 or "5 March" holds by it.
_DATE_RUNS = [
    re.compile(
        r"(?<!\d)(?:(?P<year>\d{4})\s?年\s?)?(?P<mon>\d{1,2})\s?月\s?(?P<first>\d{1,2})\s?[日号]?"
        r"\s*(?:至|到|-|–|—|~|～)\s*(?P<day>\d{1,2})\s?[日号]"
    ),
    re.compile(
        rf"\b{_MONTH}\b\.?\s(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until)\s*"
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*%)(?:,?\s(?P<year>\d{4})\b)?"
    ),
    re.compile(
        r"\b(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until)\s*"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s{_MONTH}\b\.?(?:,?\s(?P<year>\d{{4}})\b)?"
    ),
]


def run_dates(text: str) -> set[Date]:
    """The dates of both ends of each run of days in one month a text states."""
    found: set[Date] = set()
    for pattern in _DATE_RUNS:
        for match in pattern.finditer(fold(text)):
            last = _date(match)
            if last is not None and last[2] is not None and int(match["first"]) < last[2]:
                found |= {last, (last[0], last[1], int(match["first"]))}
    return found


_VERSION = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+){2,}(?![.\d])")
#: 3D, 5G: a number with a capital that is not a scale (K, M, B, T) is a term, kept as written.
_TERM = re.compile(r"(?<![A-Za-z0-9.,])\d+[AC-JLN-SU-Z](?![A-Za-z0-9])")
ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
#: Currencies a Chinese text names after an amount.  Those of the region's markets (新台币,
#: 新元, 韩元, 克朗…) are currencies of their own, so a source's 2.06 万亿新台币 is no yen
#: and no plain figure that any currency could take.
_ZH_CURRENCY = (
    "美元|美金|港元|港币|欧元|英镑|日元|新台币|台币|新加坡元|新元(?!宇宙|素)|韩元|瑞典克朗|克朗"
    "|瑞士法郎|瑞郎|卢比|澳元|加元|人民币|元(?!宇宙|素)"
)
_ZH_PERCENT = re.compile(f"百分之([{ZH_NUMERAL}点]+)")
#: A share of a larger scale (千分之三 is 0.3%, 万分之五 0.05%), read as a percentage.
_ZH_PER_SCALE = re.compile(f"(?<![{ZH_NUMERAL}\\d.])(十万|百万|千万|[千万])分之([{ZH_NUMERAL}点]+)")
#: 五十亿元, 三千万美元: amounts in Chinese numerals (small counts are not claims), with the
#: thousands and hundreds after the scale (一万五千 is 15,000, not 10,000).
_ZH_AMOUNT = re.compile(
    f"(?<![{ZH_NUMERAL}数几多上])([一二两三四五六七八九十][{ZH_NUMERAL}]*(?:点[{ZH_NUMERAL}]+)?"
    "[万亿](?:[一二两三四五六七八九]千(?:[一二两三四五六七八九]百)?|[一二两三四五六七八九]百)?)"
    f"(?P<post>{_ZH_CURRENCY})?"
)
#: A count (3 to 99, a round hundred or thousand) in Chinese numerals with its counting word
#: (五名, 十二项, 十天, 二十座, 两百台, 一千家, 三大
#: of 三大业务: the 大 that counts the chief ones, and 两大 too, since the chief ones are
#: compared only with the sources' count of the same noun): read only in a writer's text,
#: where the sources must state the count in any form.  Rounds, layers and tiers (三轮训练,
#: 三层防御, 四档) are counted as items are, and so are cities, rules, vehicles, satellites
#: and the rest of everyday counting words (四座城市, 三条规定, 十架无人机); not inside an idiom
#: (技惊四座 is an audience, 三番五次 is often).  两年 counts years as 三年 does (两 before any
#: other counting word is :data:`newsdesk.editor._claim_extraction._PAIR`'s, compared by its noun).
#: The one list of counting words of things, which every reader of a count shares.
ITEM_COUNTERS = "个名位款家项张台种篇所轮层档类条只件座部场辆架颗艘枚套栋根间批份块届"
#: An age (二十六岁) counts years of a life as 三年 counts years, and is compared so.
_COUNTERS = ITEM_COUNTERS + "次倍天年大岁"
#: Its number: 3 to 99 (二十 too), a round hundred or thousand (一百, 两百, 三百五十, 一千), or
#: 两 before 大 or 年.
_ZH_SMALL_NUMBER = (
    "[二三四五六七八九]?十[一二三四五六七八九]?|[三四五六七八九][一二三四五六七八九十]?"
    "|[一二两三四五六七八九]百(?:[一二三四五六七八九]十[一二三四五六七八九]?|零[一二三四五六七八九])?"
    "|[一二两三四五六七八九]千|两(?=[大年])"
)
ZH_COUNT = re.compile(
    f"(?<![{ZH_NUMERAL}数几多上第前周星礼初惊番])({_ZH_SMALL_NUMBER})"
    f"(?:[多余几](?=[{_COUNTERS}]))?([{_COUNTERS}])(?!一体)(?<!年(?=[代级]))"
)
#: A span of weeks, months, hours or minutes in Chinese numerals (两周, 三个星期, 两个月,
#: 两小时, 十分钟): a writer's claim, compared with the spans the sources count (两周 is no
#: 两个月, 两小时 no 3 小时); not
#: 每两周 (how often), nor 几/数/上 (no count), nor 第二周 or 前两周 (which ones), nor 两周年
#: or 三周岁 (an anniversary, an age).
ZH_WEEKS = re.compile(
    f"(?<![{ZH_NUMERAL}数几多上第前每])([两二三四五六七八九十][一二三四五六七八九十]?)"
    "(个?(?:周|星期)(?![一二三四五六日天末年岁])|个月|个?小时|分钟)"
)
#: The span each of :data:`ZH_WEEKS`'s words counts (两小时 is no 3 小时).
_ZH_SPAN_UNITS = {"个月": "month", "小时": "hour", "个小时": "hour", "分钟": "minute"}
#: An amount given only by its order of magnitude (数百美元, 几万元, 数万亿美元, "a few
#: thousand dollars", "tens of millions of US dollars"): a writer's claim of that order,
#: which the sources must give in that currency as an order or a figure when they give any.
_VAGUE_ZH = re.compile(
    "(?<![零〇一二两三四五六七八九十\\d])(?:数|几)"
    "(十|百|千|万|十万|百万|千万|亿|十亿|百亿|千亿|万亿)多?"
    f"({_ZH_CURRENCY})"
)
_VAGUE_EN = re.compile(
    r"\b(?:(?:a few|several)\s+(hundred|thousand|million|billion)"
    r"|(hundreds|thousands|tens of thousands|hundreds of thousands|millions|tens of millions"
    r"|hundreds of millions|billions|tens of billions|hundreds of billions)\s+of)"
    r"\s+(?:US\s+|U\.S\.\s+)?(dollars|euros|yuan|pounds)\b",
    re.IGNORECASE,
)
_ORDERS = {
    "十": 1, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8, "十亿": 9,
    "百亿": 10, "千亿": 11, "万亿": 12, "hundred": 2, "hundreds": 2, "thousand": 3,
    "thousands": 3, "tens of thousands": 4, "hundreds of thousands": 5, "million": 6,
    "millions": 6, "tens of millions": 7, "hundreds of millions": 8, "billion": 9,
    "billions": 9, "tens of billions": 10, "hundreds of billions": 11,
}  # fmt: skip


def vague_amounts(text: str) -> list[tuple[int, int, str, int]]:
    """Each amount a text gives by its order only: its span, currency and power of ten."""
    found = [
        (m.start(), m.end(), _CURRENCIES[m.group(2)], _ORDERS[m.group(1)])
        for m in _VAGUE_ZH.finditer(text)
    ]
    for m in _VAGUE_EN.finditer(text):
        scale = (m.group(1) or m.group(2)).lower()
        found.append((m.start(), m.end(), _CURRENCIES[m.group(3).lower()], _ORDERS[scale]))
    return found


#: Any count with its counting word, in figures or numerals, as the sources state it.
_ANY_COUNT = re.compile(f"(\\d+|[{ZH_NUMERAL}]+)\\s*([{_COUNTERS}])")
#: Counting words that count the same things: people by 名 or 位.
_SAME_COUNTER = {"位": "名"}


_EN_UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_DIGIT = "one|" + "|".join(w for w, v in _EN_UNITS.items() if v < 10)
_EN_NUMBER = (
    f"(?:{'|'.join(_EN_TENS)})(?:[- ](?:{_EN_DIGIT}))?|{'|'.join(sorted(_EN_UNITS, key=len)[::-1])}"
)
#: Spans of time, each as a number of the smallest of its kind: seconds, or months (a month
#: is no fixed number of days).  A span states the same span in another unit (two weeks,
#: fourteen days; a quarter, three months).
_SPANS = {
    "second": (1, "second"), "minute": (60, "second"), "hour": (3600, "second"),
    "day": (86400, "second"), "week": (604800, "second"), "fortnight": (1209600, "second"),
    "month": (1, "month"), "quarter": (3, "month"), "year": (12, "month"),
    "decade": (120, "month"),
}  # fmt: skip
#: What an English count counts, as a Chinese count's word does: spans of time and times.
_EN_COUNTED = rf"(?:{'|'.join(_SPANS)}|time)s?"
#: A small count (2 to 99) spelled in English words with what it counts ("ten days", "three
#: times", "a five-day event"): a writer's claim, as 十天 is; "one" says too little ("one
#: of them") to be read.
EN_COUNT = re.compile(rf"\b({_EN_NUMBER})(?:\s+|-)({_EN_COUNTED})\b", re.IGNORECASE)
#: A small count (2 to 12) spelled in English with the noun it counts ("seven activities",
#: "three stages", "a three-branch design"): a writer's claim, compared as a count in figures
#: is.  Not spans and times (:data:`EN_COUNT`), scales and shares ("two billion", "five
#: percent", "two-thirds"), nor a word that is no noun ("two of them", "three more"), nor
#: a verb after "the two" that stands for the parties named ("the two will build…").
_EN_SMALL = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NOT_COUNTED = (
    "of|and|or|to|in|on|at|by|for|with|from|than|more|less|other|others|each|are|were|is|was"
    "|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|per|pct"
    "|halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths"
    "|will|would|can|could|should|shall|may|might|must|have|has|had|also|together|did|do"
)
EN_NOUN_COUNT = re.compile(
    rf"(?<![\w-])({_EN_SMALL})(?:\s+|-)(?!(?:{_EN_COUNTED}|{_NOT_COUNTED})\b)([a-z]{{3,}})\b",
    re.IGNORECASE,
)
#: An English number word anywhere in the sources ("three" of "three stages"): a value they
#: state, as a figure is.
_EN_NUMBER_WORD = re.compile(rf"\b({_EN_NUMBER})\b", re.IGNORECASE)
#: The same counts in figures, as the sources may state them ("5 days", "a 5-day event").
_EN_DIGIT_COUNT = re.compile(rf"(?<![\d.,])(\d+)(?:\s+|-)({_EN_COUNTED})\b", re.IGNORECASE)
#: One span, as the sources may state it ("a week", "half a year").
_EN_ONE_SPAN = re.compile(rf"\b(half an?|an?|one)\s+({'|'.join(_SPANS)})\b", re.IGNORECASE)
#: A span given by its ends, two years of one range ("from 2020 to 2025", 2020年至2025年).
_YEAR_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年?\s*(?:-|–|—|~|～|to|until|through|至|到)\s*((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
#: A count of times in one word ("tripled", "twofold", "3-fold"), as the sources may state it.
_EN_TIMES = {"doubl": 2, "twice": 2, "tripl": 3, "thrice": 3, "quadrupl": 4}
_EN_TIMES_WORD = re.compile(
    rf"\b(?:({'|'.join(_EN_TIMES)})(?:e[sd]?|ing)?|(\d+|{_EN_NUMBER})-?fold)\b", re.IGNORECASE
)
#: A Chinese span or count of times, with the English unit it counts (三年: three years,
#: 两周: two weeks, 三倍: three times), so a text in either language is read against
#: sources in the other.  A month needs 个 (3月 is March), a week no day after it (周五).
_ZH_SPAN = re.compile(
    f"(\\d+|[{ZH_NUMERAL}]+)\\s*(秒|分钟|小时|天|个?(?:周|星期)(?![一二三四五六日天末])|个月|年|次|倍)"
)
#: Half a year as a span (上线半年): six months, a writer's claim like 六个月; not a
#: calendar half (上半年, :data:`HALF_YEAR`), 大半年 (most of a year) nor 半年报 (a report).
HALF_A_YEAR = re.compile("(?<![上下前后大])半年(?![报度])")
#: The quarters a year's results count from its start (前三季度: "the first three quarters").
_ZH_FIRST_QUARTERS = re.compile("前([一二三四1-4])个?季度")
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_ZH_UNITS = {"秒": "second", "分钟": "minute", "小时": "hour", "天": "day", "个月": "month",
             "年": "year", "次": "time", "倍": "time"}  # fmt: skip


def _english_number(words: str) -> int | None:
    parts = re.split(r"[- ]+", words.lower())
    tens = _EN_TENS.get(parts[0], 0)
    unit = parts[-1] if len(parts) > 1 or not tens else ""
    value = tens + (1 if unit == "one" else _EN_UNITS.get(unit, 0))
    return value or None


def _english_counter(word: str) -> str:
    return word.lower().removesuffix("s")


def counts_in(text: str, *, spans: bool = True) -> set[tuple[float, str]]:
    """Each count a text states with its counting word: (value, the word); with ``spans``
    also each span and count of times in the other language and units (a week: 7 days)."""
    found = set()
    text = fold(text)
    for match in _ANY_COUNT.finditer(text):
        number, counter = match.groups()
        if counter == "年" and number.isdigit() and 1900 <= int(number) <= 2100:
            continue  # 2027 与 2028 年: years named, not a count of years
        value = float(number) if number.isdigit() else chinese_numeral(number)
        if value is not None:
            found.add((value_key(value), _SAME_COUNTER.get(counter, counter)))
    if not spans:
        for match in [*EN_COUNT.finditer(text), *_EN_DIGIT_COUNT.finditer(text)]:
            number, counter = match.groups()
            value = int(number) if number.isdigit() else _english_number(number)
            if value is not None:
                found.add((value_key(value), _english_counter(counter)))
        return found
    read: list[tuple[float, str]] = []
    for match in _ZH_SPAN.finditer(text):
        number, unit = match.groups()
        value = float(number) if number.isdigit() else chinese_numeral(number)
        if value is not None and not (unit == "年" and number.isdigit()):  # 2025年: a year
            read.append((value, _ZH_UNITS.get(unit, "week")))
    for match in [*EN_COUNT.finditer(text), *_EN_DIGIT_COUNT.finditer(text)]:
        number, counter = match.groups()
        value = int(number) if number.isdigit() else _english_number(number)
        if value is not None:
            read.append((value, _english_counter(counter)))
    read.extend((6, "month") for _ in HALF_A_YEAR.finditer(text))  # 半年: six months
    for match in _ZH_FIRST_QUARTERS.finditer(text):  # 前三季度: the first three quarters
        read.append((int(match[1]) if match[1].isdigit() else _ZH_DIGITS[match[1]], "quarter"))
    for match in _YEAR_RANGE.finditer(text):  # from 2020 to 2025: five years, or six
        first, last = (int(year) for year in match.groups())
        if last > first:  # counted between its ends, or as the calendar years it names
            read.extend([(last - first, "year"), (last - first + 1, "year")])
    for match in _EN_ONE_SPAN.finditer(text):
        read.append(
            (0.5 if match.group(1).lower().startswith("half") else 1, match.group(2).lower())
        )
    for match in _EN_TIMES_WORD.finditer(text):
        word, fold_count = match.groups()
        if word:
            read.append((_EN_TIMES[word.lower()], "time"))
        elif times := int(fold_count) if fold_count.isdigit() else _english_number(fold_count):
            read.append((times, "time"))
    for _, _, days, _ in weekday_runs(text):  # 周一至周日: seven days a week
        read.append((len(days), "day"))
    for value, counter in read:
        found.add((value_key(value), counter))
        found |= _same_spans(value, counter)
    found |= {(value, "天") for value, counter in found if counter == "day"}  # 七天, a week
    found |= {(value, "年") for value, counter in found if counter == "year"}  # 五年, 2020-2025
    return found


def _same_spans(value: float, unit: str) -> set[tuple[float, str]]:
    """The span ``value`` ``unit`` in each other unit that counts it whole (two weeks:
    fourteen days, 336 hours)."""
    if unit not in _SPANS:
        return set()
    size, kind = _SPANS[unit]
    span = value * size
    return {
        (value_key(span / other), name)
        for name, (other, other_kind) in _SPANS.items()
        if other_kind == kind and span % other == 0
    }


def noun_count(claim: str) -> tuple[float, str] | None:
    """A writer's English count of a noun ("three stages") as its value and the noun."""
    match = EN_NOUN_COUNT.fullmatch(claim)
    value = _english_number(match.group(1)) if match else None
    if match is None or value is None:
        return None
    return value_key(value), match.group(2).lower()


#: A count of a noun in English, in figures or words, as the sources may state it.
_EN_ANY_NOUN_COUNT = re.compile(
    rf"(?<![\w.,-])(\d+|{_EN_NUMBER})(?:\s+|-)([a-z]{{3,}})\b", re.IGNORECASE
)


def english_noun_counts(text: str) -> list[tuple[float, str]]:
    """Each count of a noun a text states in English ("5 activities", "three stages"):
    its value and the word after the number, lower-cased."""
    found = []
    for match in _EN_ANY_NOUN_COUNT.finditer(text):
        number, noun = match.groups()
        value = int(number) if number.isdigit() else _english_number(number)
        if value is not None:
            found.append((value_key(value), noun.lower()))
    return found


#: One span a deadline gives in English ("within a year"): a span, as 半年内 is, which
#: the sources' 半年 is not; claimed as "a year" (:data:`ONE_SPAN`).
WITHIN_ONE_SPAN = re.compile(r"(?<=\bwithin )an? (?:year|month|week)\b", re.IGNORECASE)
ONE_SPAN = re.compile(r"an? (year|month|week)", re.IGNORECASE)


def count_value(claim: str) -> tuple[float, str] | None:
    """A writer's count (五名, "ten days") as its value and counting word, or None."""
    if one := ONE_SPAN.fullmatch(claim):
        return 1.0, one.group(1).lower()
    if english := EN_COUNT.fullmatch(claim):
        value = _english_number(english.group(1))
        return None if value is None else (value_key(value), _english_counter(english.group(2)))
    if HALF_A_YEAR.fullmatch(claim):
        return 6.0, "month"
    if weeks := ZH_WEEKS.fullmatch(claim):
        span = chinese_numeral(weeks.group(1))
        unit = _ZH_SPAN_UNITS.get(weeks.group(2), "week")
        return None if span is None else (value_key(span), unit)
    match = ZH_COUNT.fullmatch(claim)
    zh_value = chinese_numeral(match.group(1)) if match else None
    if match is None or zh_value is None:
        return None
    return value_key(zh_value), _SAME_COUNTER.get(match.group(2), match.group(2))


_ZH_RUN = re.compile(f"[{ZH_NUMERAL}]+(?:点[{ZH_NUMERAL}]+)?")
_ZH_TENTHS = re.compile(r"([一二两三四五六七八九])成(半)?(?![为本功立果熟]|员(?!工))")
#: The half of a tenth (两成半 is 25%), not the 半 of a word after it (七成半导体企业 is 70%);
#: the sources' 两成半用户 is read both ways.
_HALF_TENTH = "(半(?=的|左右|以上|以下|[^\u4e00-\u9fff]|$))?"
#: A share in tenths as a writer states it (七成用户, 七成员工, 降低三成, 近两成, 两成半 for
#: 25%): not inside a word (统一成, 三成员国, 三五成群), an idiom (一成不变), or 九成九 (99%,
#: no tenth).
_ZH_TENTHS_SAID = re.compile(
    f"(?<![{ZH_NUMERAL}第几数统唯单同之专逐归合])([一二两三四五六七八九])成{_HALF_TENTH}"
    f"(?![为本功立果熟绩型都就交长不{ZH_NUMERAL}]|员(?!工))"
)


def _tenths_share(match: re.Match[str]) -> float:
    """The percentage a share in tenths states: 两成 is 20%, 两成半 25%."""
    return ZH_DIGITS[match.group(1)] * 10.0 + (5.0 if match.group(2) else 0.0)


_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
_CUR_BEFORE = (
    r"US\$|HK\$|NT\$|S\$|A\$|C\$|RMB|USD|CNY|EUR|GBP|JPY|HKD|TWD|SGD|KRW|SEK|CHF|INR|AUD|CAD"
    r"|[$¥￥€£₩₹]"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (
    r"万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千"
    r"|trillion\b|billion\b|million\b|thousand\b|bn\b|mn\b|tn\b|[KMBT](?![A-Za-z])|k(?![A-Za-z])"
)
#: A share, or a change of a share in its points (个百分点, "percentage points", pp, and
#: "points" alone): 5 个百分点 is no 5%, the unit tells them apart (:func:`_share_unit`).
_PERCENT = (
    r"%|percent\b|per\scent\b|pct\b|个百分点|百分点|percentage[\s-]points?\b|pps?\b|points?\b"
)
_CUR_AFTER = (
    f"{_ZH_CURRENCY}|块钱"
    r"|(?:Singapore|Hong Kong|(?:New )?Taiwan|NT|Australian|Canadian) dollars?\b"
    r"|won\b|kronor\b|krona\b|kroner\b|krone\b|Swiss francs?\b|rupees?\b"
    r"|TWD\b|SGD\b|KRW\b|SEK\b|CHF\b|INR\b|AUD\b|CAD\b"
    r"|dollars?\b|yuan\b|euros?\b|pounds?\b|USD\b|RMB\b|CNY\b|EUR\b|GBP\b|JPY\b|HKD\b"
)
#: "34-billion-parameter": a word scale joined to its figure by a hyphen.
_GAP = r"(?:\s|-(?=(?:tr|b|m)illion\b|thousand\b))?"
_FIRST = (
    rf"(?<![A-Za-z0-9.,])(?:(?P<cur>{_CUR_BEFORE})\s?)?(?P<a>{_NUM}){_GAP}(?:[多余]\s?)?"
    rf"(?:(?P<a_scale>{_SCALE})\s?)?(?P<a_pct>{_PERCENT})?"
)
_AFTER = rf"(?:\s?(?P<post>{_CUR_AFTER}))?"
_NUMBER = re.compile(
    _FIRST + rf"(?:\s?(?:-|–|—|~|～|至|到|\bto\b)\s?(?:(?P<cur2>{_CUR_BEFORE})\s?)?(?P<b>{_NUM})"
    rf"{_GAP}(?:[多余]\s?)?(?:(?P<b_scale>{_SCALE})\s?)?(?P<b_pct>{_PERCENT})?)?" + _AFTER
)
#: The first figure of a "range" whose ends are two kinds of figure: "增长30%至5亿元", "up
#: 30% to $5 billion", "提升12个百分点至85%" are a change and the level it reached.
_ONE_NUMBER = re.compile(_FIRST + _AFTER)
_SCALES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6,
    "十万": 1e5, "万": 1e4, "千": 1e3, "trillion": 1e12, "billion": 1e9, "million": 1e6,
    "thousand": 1e3, "tn": 1e12, "bn": 1e9, "mn": 1e6, "t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3,
}  # fmt: skip
_CURRENCIES = {
    "$": "$", "us$": "$", "usd": "$", "美元": "$", "美金": "$", "dollar": "$", "dollars": "$",
    "¥": "¥", "￥": "¥", "rmb": "¥", "cny": "¥", "元": "¥", "人民币": "¥", "块钱": "¥",
    "yuan": "¥", "€": "€", "eur": "€", "欧元": "€", "euro": "€", "euros": "€", "£": "£",
    "gbp": "£", "英镑": "£", "pound": "£", "pounds": "£", "hk$": "HK$", "hkd": "HK$",
    "港元": "HK$", "港币": "HK$", "hong kong dollar": "HK$", "hong kong dollars": "HK$",
    "jpy": "JP¥", "日元": "JP¥",
    "nt$": "NT$", "twd": "NT$", "新台币": "NT$", "台币": "NT$", "taiwan dollar": "NT$",
    "taiwan dollars": "NT$", "new taiwan dollar": "NT$", "new taiwan dollars": "NT$",
    "nt dollar": "NT$", "nt dollars": "NT$",
    "s$": "S$", "sgd": "S$", "新元": "S$", "新加坡元": "S$", "singapore dollar": "S$",
    "singapore dollars": "S$",
    "₩": "₩", "krw": "₩", "韩元": "₩", "won": "₩",
    "sek": "kr", "瑞典克朗": "kr", "克朗": "kr", "kronor": "kr", "krona": "kr", "kroner": "kr",
    "krone": "kr",
    "chf": "CHF", "瑞士法郎": "CHF", "瑞郎": "CHF", "swiss franc": "CHF", "swiss francs": "CHF",
    "₹": "₹", "inr": "₹", "卢比": "₹", "rupee": "₹", "rupees": "₹",
    "a$": "A$", "aud": "A$", "澳元": "A$", "australian dollar": "A$", "australian dollars": "A$",
    "c$": "C$", "cad": "C$", "加元": "C$", "canadian dollar": "C$", "canadian dollars": "C$",
}  # fmt: skip
_BLANK = "\0"


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + _BLANK * (end - start) + text[end:]


def _date(match: re.Match[str]) -> Date | None:
    parts = match.groupdict()
    month_name = parts.get("month")
    if parts.get("zh_mon"):
        month = int(chinese_numeral(parts["zh_mon"]) or 0)
        day: int | None = int(chinese_numeral(parts["zh_day"]) or 0)
    else:
        month = _MONTHS[month_name[:3].lower()] if month_name else int(parts["mon"])
        day = int(parts["day"]) if parts.get("day") else None
    year = int(parts["year"]) if parts.get("year") else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return (year, month, day)


def _currency(*marks: str | None) -> str:
    for mark in marks:
        if mark:
            return _CURRENCIES.get(" ".join(mark.lower().split()), "$")
    return ""


def _scaled(number: str, scale: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _SCALES[scale.lower()] if scale else value


def _two_kinds(match: re.Match[str]) -> bool:
    """Whether the two ends of a range are two kinds of figure (a percentage, then an
    amount or a percentage of points; an amount, then a percentage): no range."""
    g = match.groupdict()
    if not g["b"]:
        return False
    a_pct, b_pct = g["a_pct"], g["b_pct"]
    if a_pct and b_pct:
        return _share_unit(a_pct) != _share_unit(b_pct)
    if a_pct:
        return bool(g["cur2"] or g["b_scale"] or g["post"])
    return bool(b_pct and (g["cur"] or g["a_scale"]))


def _share_unit(written: str) -> str:
    """A share's unit: "%", "pp" for points of a share (个百分点, "percentage points"),
    or "pt" for "points" alone, which may also be a score's or an index's."""
    lower = written.lower()
    if lower.startswith("point"):
        return "pt"
    return "pp" if "点" in lower or lower.startswith(("percentage", "pp")) else "%"


def _digit_number(match: re.Match[str]) -> Quantity:
    g = match.groupdict()
    scale_b = g.get("b_scale")
    share = g["a_pct"] or g.get("b_pct")
    values = [_scaled(g["a"], g["a_scale"] or scale_b)]
    if g.get("b"):
        values.append(_scaled(g["b"], scale_b))
    unit = _share_unit(share) if share else _currency(g["cur"], g.get("cur2"), g["post"])
    plain = not (unit or g["a_scale"] or g.get("b"))
    version = g["a"] if plain and "." in g["a"] and g["a"].endswith("0") else ""
    return Quantity(match.start(), match.end(), tuple(values), unit, version=version)


#: A figure in English words with its scale ("ten million", "two billion dollars", "a
#: hundred thousand"): the figure 10 million is, so "one million" is no 一千万.
_EN_SCALED = re.compile(
    rf"\b(?i:(a|an|one|{_EN_NUMBER})(?:\s+|-)(hundred(?:\s+|-))?(thousand|million|billion|trillion))\b"
    r"(?:(?:\s+|-)(?P<post>(?i:dollars?|yuan|euros?|pounds?))\b)?"
)


def _english_scaled(match: re.Match[str]) -> Quantity | None:
    number = match.group(1).lower()
    value = 1 if number in ("a", "an", "one") else _english_number(number)
    if value is None:
        return None
    scale = _SCALES[match.group(3).lower()] * (100 if match.group(2) else 1)
    unit = _currency(match.group("post"))
    return Quantity(match.start(), match.end(), (value * scale,), unit)


def quantities(text: str) -> list[Quantity]:
    """Every number a writer states in a text, in order of position.

    Chinese numerals count only as amounts (五十亿元) and percentages (百分之二十): a small
    counting word (三家公司) is not a claim worth checking.
    """
    return list(_quantities(text))


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """:func:`quantities`, remembered: the checks read each sentence's numbers again for
    every claim, and each editor's action verifies the day's texts again."""
    text = fold(text)
    found: list[Quantity] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            date = _date(match)
            if date is not None:
                found.append(Quantity(match.start(), match.end(), (), date=date))
                text = _blank(text, match.start(), match.end())
    for pattern in (_VERSION, _TERM):
        for match in pattern.finditer(text):
            found.append(Quantity(match.start(), match.end(), (), version=match.group()))
            text = _blank(text, match.start(), match.end())
    for match in _ZH_PERCENT.finditer(text):
        value = chinese_numeral(match.group(1))
        if value is not None:
            found.append(Quantity(match.start(), match.end(), (value,), "%"))
            text = _blank(text, match.start(), match.end())
    for match in _ZH_PER_SCALE.finditer(text):
        if (value := chinese_numeral(match.group(2))) is not None:
            share = value_key(value * 100 / _PER_WORDS[match.group(1)])
            found.append(Quantity(match.start(), match.end(), (share,), "%"))
            text = _blank(text, match.start(), match.end())
    for match in _ZH_AMOUNT.finditer(text):
        value = chinese_numeral(match.group(1))
        if value is not None:
            unit = _currency(match.group("post"))
            found.append(Quantity(match.start(), match.end(), (value,), unit))
            text = _blank(text, match.start(), match.end())
    for match in _EN_SCALED.finditer(text):
        if (scaled := _english_scaled(match)) is not None:
            found.append(scaled)
            text = _blank(text, match.start(), match.end())
    for pattern in (_ROUNDED_SCALE, _WRITTEN_COUNTED_SCALE):
        for match in pattern.finditer(text):
            unit = _currency(match.groupdict().get("post"))
            value = _SCALES.get(match.group(1)) or _PER_WORDS[match.group(1)]
            found.append(Quantity(match.start(), match.end(), (value,), unit))
            text = _blank(text, match.start(), match.end())
    at = 0
    while (number := _NUMBER.search(text, at)) is not None:
        if _two_kinds(number):  # the first figure alone; the second is read next
            number = _ONE_NUMBER.match(text, number.start()) or number
        found.append(_digit_number(number))
        at = number.end()
    return tuple(sorted(found, key=lambda q: q.start))


#: An amount given by a scale alone in a writer's text, after a word that rounds it
#: (超千亿元, 近万美元, 破亿元): one of it in that currency, rounded as the word says, so
#: 超千亿元 is no 超百亿元 of the sources; or opening the text, as the claim itself is
#: read.  A count so given (近千万, 超百万) is :mod:`._magnitudes`'s.
_ROUNDED_SCALE = re.compile(
    f"(?:(?<=[超逾破近约])|^)(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万)(?P<post>{_ZH_CURRENCY})"
)
#: A scale alone before what it counts in a writer's text (万卡集群, 千人, 百万台): one of
#: it, so 千卡 is no 万卡; not in the idioms and names that hold one (千人千面, 千篇一律,
#: 百家号, 百人会, 千人计划).
_WRITTEN_COUNTED_SCALE = re.compile(
    f"(?<![{ZH_NUMERAL}\\d.数几多上过超逾破近约])(?<![{ZH_NUMERAL}\\d]\\s)(百万|千万|百|千|万)"
    "(?!人千面|人一面|人计划|人会|篇一律|家万户|家争鸣|家号|家灯火|人空巷|人迷|军万马)"
    f"\\s?[卡人{ITEM_COUNTERS}]"
)
#: A scale alone after a word that says it was passed (日活破亿, 过万, 上亿): one of it, which
#: "100 million" states, in the currency it names (营收破亿元 is yuan, not "$100 million").
_PASSES_SCALE = re.compile(f"(?<=[破过超上逾])([万亿])(?![{ZH_NUMERAL}\\d])({_ZH_CURRENCY})?")
#: A scale alone before what it counts (万卡集群, 千人, 百款): one of it, which "ten
#: thousand cards" states; not a figure's scale after a space (5 万名 is no 万名).
_COUNTED_SCALE = re.compile(
    f"(?<![{ZH_NUMERAL}\\d.])(?<!\\d\\s)([百千万亿])(?=\\s?[卡人{ITEM_COUNTERS}])(?![{ZH_NUMERAL}])"
)

#: A compound scale alone before the parameters or the class it sizes (万亿参数模型, 千亿级):
#: one of it, which "a trillion-parameter model" states; a scale after a figure or a word
#: that rounds it (3 万亿, 数千亿, 超万亿) is that figure's.
_SIZED_SCALE = re.compile(
    f"(?<![{ZH_NUMERAL}\\d.数几多上过超逾破近约])(?<!\\d\\s)(万亿|千亿|百亿)(?=\\s?(?:参数|级))"
)

#: The heavenly stems, which Chinese writes after a number for its variants A, B, C, D
#: (长征四号乙 is the Long March 4B): a variant, compared as one.
VARIANT_STEMS = "甲乙丙丁"
STEM_VARIANT = re.compile(f"(\\d{{1,2}}|[零〇一二三四五六七八九十]+)号([{VARIANT_STEMS}])")


#: A scale's parts (万分之一, 千分之三): the scale is what "one in 10,000" states.
_SCALE_PARTS = re.compile(f"(?<![{ZH_NUMERAL}\\d.])(十万|百万|千万|[百千万亿])分之")


#: The English ordinals as words, with their numbers (also a quarter's, in :mod:`._roles`).
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_EN_ORDINAL = "|".join(EN_ORDINALS)
#: A place in a ranking a writer states in words (位列第二, 第三名, 第二大, "ranked
#: second", "second place", "third-largest"): a claim, since 第二 for the sources' 第一
#: changes the news; not the 大 of a word (第二大脑, 第五大道).  Figures (排名第2) are read
#: as every figure is.
RANK = re.compile(
    f"(?:排名|排行|位列|位居|名列|排在|跃居|升至|降至|跌至)第([{ZH_NUMERAL}]+)(?:名|位)?"
    f"|第([{ZH_NUMERAL}]+)名|第([{ZH_NUMERAL}]+)大(?![学会道街类脑陆厦队赛桥楼门院])"
    rf"|\b(?i:(?:ranked|ranks|ranking|placed|places|finished|finishes|came|comes)\s+"
    rf"({_EN_ORDINAL})|({_EN_ORDINAL})[\s-]place"
    rf"|({_EN_ORDINAL})[\s-](?:largest|biggest|richest|highest|busiest))\b"
    # a superlative of a whole field is its first place (the world's largest, the nation's
    # largest, 全球最大, 全国最大, 全省最大, 亚洲最大), but not one among its largest (one
    # of the world's largest, 最大…之一) nor the most of a verb (国内最大限度地, 全球最大化)
    r"|(?<=world's )(?<!one of the world's )(?<!among the world's )(largest|biggest)\b"
    r"|(?:(?<=nation's )(?<!one of the nation's )(?<!among the nation's )"
    r"|(?<=country's )(?<!one of the country's )(?<!among the country's ))(largest|biggest)\b"
    r"|(?<=全球|世界|全国|国内|全省|省内|全市|市内|亚洲|欧洲|全网)(最大)(?!限度|化)"
    r"(?![^，。；！？,.;]*之一)"
)
#: Every place the sources state, loosely: any 第 and its number, an English ordinal
#: or a figure's (3rd, No. 3, #3), and the words for the top three (最大 and "largest"
#: the first, 仅次于 and "second only to" the second).
_ANY_ORDINAL = re.compile(
    f"第\\s?([{ZH_NUMERAL}]+|\\d+)"
    rf"|\b(?i:({_EN_ORDINAL})|(\d+)(?:st|nd|rd|th)|No\.\s?(\d+)|number (one|two|three))\b"
    r"|#(\d+)\b"
)
_NAMED_PLACES = re.compile(
    r"(榜首|冠军|夺冠|登顶|首位|头名|最大|(?i:top spot|topped|tops\b|number-one|largest|biggest))"
    r"|(亚军|仅次于|(?i:runner-up|second only to|behind only))|(季军)"
)

#: An ordinal right before a superlative, which makes it that place (third-largest).
_ORDINAL_BEFORE = re.compile(rf"(?i:\b(?:{_EN_ORDINAL}|\d+(?:st|nd|rd|th))[\s-]?)$")


def _ordinal(number: str) -> int | None:
    """The value of an ordinal's number in figures, Chinese numerals or English words."""
    if number.isdigit():
        return int(number)
    if (word := EN_ORDINALS.get(number.lower())) is not None:
        return word
    value = chinese_numeral(number) if number[0] in ZH_NUMERAL else _english_number(number)
    return None if value is None else int(value)


def rank_of(claim: str) -> int | None:
    """The place a :data:`RANK` claim states."""
    if claim in _SUPERLATIVES:
        return 1
    match = RANK.fullmatch(claim)
    if match is None:
        return None
    return _ordinal(next(g for g in match.groups() if g))


_SUPERLATIVES = frozenset({"largest", "biggest", "最大"})


def ranks_in(text: str) -> frozenset[int]:
    """Every place the sources may be saying something holds (:data:`_ANY_ORDINAL`)."""
    places = {_ordinal(next(g for g in m.groups() if g)) for m in _ANY_ORDINAL.finditer(fold(text))}
    for match in _NAMED_PLACES.finditer(text):
        if match.group(1) and _ORDINAL_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # the largest of "third-largest" is its second word, no first place
        places.add(next(i for i, g in enumerate(match.groups(), 1) if g))
    return frozenset(p for p in places if p is not None)


def tenths(text: str) -> list[Quantity]:
    """Each share a text states in tenths (七成 is 70%): a writer's claim like 70%, and a
    rounded one, since a tenth is as precise as the word gets."""
    text = fold(text)
    return [
        Quantity(m.start(), m.end(), (_tenths_share(m),), "%")
        for m in _ZH_TENTHS_SAID.finditer(text)
    ]


#: The English days of the week, Monday 1 to Sunday 7: one list for every reader of days.
EN_WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip
_ZH_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
#: A day of the week (周二, 星期天, "on Tuesday"): 周一次 is once a week, 周二十 no day.
WEEKDAY = re.compile(
    "(?:周|星期|礼拜)([一二三四五六日])(?![一二三四五六七八九十次遍回期])|(?:星期|礼拜)(天)"
    rf"|\b({'|'.join(w.capitalize() for w in EN_WEEKDAYS)})s?\b"
)


_EN_WEEKDAY = "|".join(w.capitalize() for w in EN_WEEKDAYS)
#: A run of days of the week by its ends (周一至周五, 星期一到星期三, "Monday to Friday",
#: "Monday-Friday"), or by its word (工作日, 周末, "weekdays", "at weekends"): a writer's
#: claim of those days.  A run by its ends is those days and no others: "Monday to
#: Wednesday" is no 周一至周五.  工作日 counted (三个工作日) is a span, not the weekdays.
WEEKDAY_RUN = re.compile(
    "(?:周|星期|礼拜)(?P<zh_first>[一二三四五六日天])\\s*(?:至|到|-|–|—|~|～)\\s*"
    "(?:周|星期|礼拜)(?P<zh_last>[一二三四五六日天])"
    rf"|\b(?P<en_first>{_EN_WEEKDAY})\s*(?:to|through|thru|until|-|–|—)\s*(?P<en_last>{_EN_WEEKDAY})\b"
    f"|(?<![{ZH_NUMERAL}\\d个])(?P<workdays>工作日)(?![志报记程历])|(?P<weekend>周末|双休日)"
    r"|\b(?i:(?P<en_workdays>weekdays?)|(?P<en_weekend>weekends?))\b"
)
_WORKDAYS = frozenset(range(1, 6))
_WEEKEND = frozenset({6, 7})


def _day(written: str) -> int:
    return _ZH_WEEKDAYS.get(written) or EN_WEEKDAYS[written.lower()]


def weekday_runs(text: str) -> list[tuple[int, int, frozenset[int], bool]]:
    """Each run of days a text names (:data:`WEEKDAY_RUN`): its span, its days, and
    whether it names them by its ends (周一至周五) rather than by a word (工作日)."""
    found = []
    for m in WEEKDAY_RUN.finditer(text):
        if m["workdays"] or m["en_workdays"]:
            found.append((m.start(), m.end(), _WORKDAYS, False))
        elif m["weekend"] or m["en_weekend"]:
            found.append((m.start(), m.end(), _WEEKEND, False))
        else:
            first = _day(m["zh_first"] or m["en_first"])
            last = _day(m["zh_last"] or m["en_last"])
            if first < last:
                found.append((m.start(), m.end(), frozenset(range(first, last + 1)), True))
    return found


def weekdays_in(text: str) -> frozenset[int]:
    """The days of the week a text names, Monday 1 to Sunday 7, those of its runs by
    their ends (周一至周五) too; a word's (周末, "weekdays") name no day in particular."""
    named = {_day(next(g for g in m.groups() if g)) for m in WEEKDAY.finditer(text)}
    return frozenset(named.union(*(days for _, _, days, ends in weekday_runs(text) if ends)))


def loose_quantities(text: str) -> list[Quantity]:
    """What a source states in looser forms: any Chinese numeral, 三成 (30%), every digit run,
    every English number word.

    Only the sources are read this way, so a writer who turns 三家 into 3家, or quotes a
    number that the source has inside a name (the 5 of GPT-5), is not flagged.
    """
    text = fold(text)
    found = []
    for match in _ZH_RUN.finditer(text):
        value = chinese_numeral(match.group())
        if value is not None:
            found.append(Quantity(match.start(), match.end(), (value,)))
    for match in _PASSES_SCALE.finditer(text):
        scale = _SCALES[match.group(1)]
        found.append(Quantity(match.start(), match.end(), (scale,), _currency(match.group(2))))
    for match in _COUNTED_SCALE.finditer(text):
        found.append(Quantity(match.start(), match.end(), (_PER_WORDS[match.group(1)],)))
    for match in _SCALE_PARTS.finditer(text):
        found.append(Quantity(match.start(), match.end(), (_PER_WORDS[match.group(1)],)))
    for match in _SIZED_SCALE.finditer(text):
        found.append(Quantity(match.start(), match.end(), (_SCALES[match.group(1)],)))
    for match in _ZH_TENTHS.finditer(text):
        shares = {_tenths_share(match), ZH_DIGITS[match.group(1)] * 10.0}
        found.extend(Quantity(match.start(), match.end(), (share,), "%") for share in shares)
    found.extend(
        Quantity(m.start(), m.end(), (float(m.group()),)) for m in _DIGIT_RUN.finditer(text)
    )
    for match in _EN_NUMBER_WORD.finditer(text):
        if (value := _english_number(match.group())) is not None:
            found.append(Quantity(match.start(), match.end(), (float(value),)))
    found.extend(q for m in _EN_SCALED.finditer(text) if (q := _english_scaled(m)) is not None)
    return found


#: One figure of a text, as later reports are compared with earlier ones: its unit ("%"
#: or a currency mark; "" for a count) and its values.  A count keeps no word, so
#: 200万 token and 2 million tokens are one figure.
Figure = tuple[str, tuple[float, ...]]


def figures_of(text: str) -> list[tuple[Figure, str]]:
    """Each figure of a text (dates, years and versions aside) with the words that
    state it."""
    folded = fold(text)
    return [
        ((q.unit, tuple(value_key(v) for v in q.values)), folded[q.start : q.end].strip())
        for q in quantities(folded)
        if q.date is None and not q.version and q.values and not is_year(q)
    ]


def share_of_scale(claim: str) -> tuple[float, float] | None:
    """The parts and the scale of a share of a larger scale (千分之三: 3 of 1,000), or
    None."""
    match = _ZH_PER_SCALE.fullmatch(claim)
    if match is None or (parts := chinese_numeral(match.group(2))) is None:
        return None
    return parts, _PER_WORDS[match.group(1)]


def is_year(quantity: Quantity) -> bool:
    """A bare whole number from 1900 to 2100 ("2026年", "AIME 2026") names a year."""
    [value, *rest] = quantity.values
    return not rest and not quantity.unit and value.is_integer() and 1900 <= value <= 2100


_PER_WORDS = {
    "百": 1e2, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
    "万亿": 1e12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "k": 1e3, "m": 1e6, "b": 1e9,
}  # fmt: skip
_PER_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
#: What a price or a rate is per, by its scale (每百万 token, "per million tokens", 每千人,
#: "$2/1M tokens", "per 1K requests", 每 100 万次): $2 per million tokens is no $2 per
#: thousand.  A figure after 每, "per" or a slash is a scale only as a power of ten from a
#: hundred (每 2 小时 is how often, 295B / 21B two figures).
PER_SCALE = re.compile(
    r"(?:每|/)\s?一?(?P<zh>万亿|十万|百万|千万|[百千万亿])(?![\d零〇一二两三四五六七八九十百千万亿])"
    rf"|(?:每|/|\bper\s)\s?(?P<figure>{_PER_FIGURE})\s?"
    r"(?:(?P<scale>十万|百万|千万|万|亿|千|[KMBkmb](?![A-Za-z])"
    r"|(?i:hundred|thousand|million|billion)\b)|(?=\s?(?:个\s?)?[A-Za-z\u4e00-\u9fff]))"
    r"|\bper\s+(?:(?:a|one)\s+)?(?P<word>(?i:hundred|thousand|million|billion))\b"
    r"|/\s?(?P<letter>[KMkm])(?=\s?(?:[Tt]ok|input|output))"
)


#: What the sources may say a price is per, more loosely: "for a million tokens",
#: "every thousand requests".
_PER_LOOSE = re.compile(
    r"\b(?:for|every)\s+(?:a|one|every)?\s*(?P<word>(?i:hundred|thousand|million|billion))\s+"
    r"(?:[a-z]+\s+)?(?:tokens|requests|calls|queries|words|characters|images|users|people)\b"
)


def per_scales(text: str, *, loose: bool = False) -> list[tuple[int, int, float]]:
    """Each scale a price or rate is per (:data:`PER_SCALE`): its span and its size;
    with ``loose``, also as the sources may put it (:data:`_PER_LOOSE`)."""
    found = []
    patterns = (PER_SCALE, _PER_LOOSE) if loose else (PER_SCALE,)
    for match in (m for pattern in patterns for m in pattern.finditer(fold(text))):
        if match.re is PER_SCALE and match["figure"]:
            size = float(match["figure"].replace(",", ""))
            if match["scale"]:
                size *= _PER_WORDS.get(match["scale"].lower(), 1.0)
            if size < _PER_WORDS["百"] or str(round(size)).rstrip("0") != "1":
                continue  # 每 2 小时, "per 250 users", "295B / 21B": a figure, not a scale
        else:
            written = next(g for g in match.groupdict().values() if g)
            size = _PER_WORDS[written.lower()]
        found.append((match.start(), match.end(), value_key(size)))
    return found


_ZH_PARTS = "一二两三四五六七八九十"
_EN_PARTS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_EN_WHOLES = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "10": 10}
#: A fraction as a writer states it (三分之一, 四分之三, "one third of", "two-thirds of",
#: "a quarter of", "one in four", "seven in 10"): a share, compared as a percentage.  Not
#: 百分之 (a percentage, read as one) nor 千分之 (read by no rule); "a quarter" and "a
#: third" only before "of", since alone they may be a quarter of the year or an ordinal.
FRACTION = re.compile(
    f"(?<![{ZH_NUMERAL}\\d百千万])([{_ZH_PARTS}]{{1,2}}|\\d{{1,2}})分之([{_ZH_PARTS}]{{1,2}}|\\d{{1,2}})"
    r"|\b(?i:(a|one|two|three|four|nine)[\s-](third|quarter|fifth|tenth)s?)(?=\s+of\b)"
    rf"|\b(?i:({_EN_DIGIT})\s+in\s+({'|'.join(_EN_WHOLES)}))\b(?![\d.,%])"
)
#: A fraction in figures, as the sources may state it (1/3, 2/3).
_FIGURE_FRACTION = re.compile(r"(?<![\d/.])([1-9])/([2-9]|10)(?![\d/.])")


def fraction_share(claim: str) -> float | None:
    """The percentage a :data:`FRACTION` states (三分之一: 33.33…), or None."""
    claim = fold(claim)
    match = FRACTION.match(claim + " of")  # the "of" an English fraction is read before
    return None if match is None or match.end() != len(claim) else _fraction(match)


def _fraction(match: re.Match[str]) -> float | None:
    if match.group(1):
        whole, part = (float(n) if n.isdigit() else chinese_numeral(n) for n in match.group(1, 2))
    elif match.group(5):  # one in four
        part = float(_english_number(match.group(5)) or 0)
        whole = float(_EN_WHOLES[match.group(6).lower()])
    else:
        part = 1.0 if match.group(3).lower() in ("a", "one") else _english_number(match.group(3))
        whole = float(_EN_PARTS[match.group(4).lower()])
    if not whole or not part or part >= whole:
        return None
    return 100.0 * part / whole


def fractions_in(text: str) -> frozenset[float]:
    """Every fraction the sources state, in words or figures, as a percentage."""
    text = fold(text)
    found = {_fraction(m) for m in FRACTION.finditer(text)}
    found |= {50.0 for _ in HALF_SHARE.finditer(text)}
    for a, b in _FIGURE_FRACTION.findall(text):
        if int(a) < int(b):
            found.add(100.0 * int(a) / int(b))
    return frozenset(f for f in found if f is not None)


#: Half as a share (半数用户, 一半, "half of the users", 二分之一 is a :data:`FRACTION`):
#: 50%, compared with the sources' shares where they state any.  Not a bound (过半,
#: 半数以上, "more than half": :data:`SHARE_BOUND`), 另一半 (a partner), 一半左右 (about),
#: a half of a year or a game ("the first half of", "half of the year").
HALF_SHARE = re.compile(
    "(?<![过超逾多另大])(?:半数|一半)(?!以上|以下|以内|多|左右|的时间)"
    r"|(?i:(?<!first\s)(?<!second\s)(?<!latter\s)(?<!other\s)\b(?:one[\s-]|a\s)?half)"
    r"(?=\s+of\b)(?!\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|its\s+)?"
    r"(?:(?i:year|decade|century|season|game|match|month|day|week)s?\b|\d{4}))"
)
#: A share given only as more or less than half (过半, 超过半数, 半数以上, 不到一半, "more
#: than half", "a majority of", "most of", "less than half"): a bound, not a value,
#: compared with the sources' shares ("over", or "under" half).  Not "most of the time".
SHARE_BOUND = re.compile(
    "(?P<over>过半数?(?![年月天场程])|(?:超过?|逾|多于)(?:半数|一半)|(?:半数|一半)以上)"
    "|(?P<under>(?:不到|不足|少于|低于|未过|未到)(?:半数|一半))"
    r"|\b(?i:(?P<en_over>(?:more than|over|upwards of)\s+half|(?:a|the)\s+majority\s+of"
    r"|most\s+of(?!\s+(?:the\s+)?(?:time|all)\b))"
    r"|(?P<en_under>(?:less than|fewer than|under)\s+half|a\s+minority\s+of))\b"
    r"(?!\s+(?i:an?|the\s+(?:year|decade|century|season|game|match)s?)\b)"  # half a year
)
#: What the sources may say of a share more loosely, "over" or "under" half (大多数, 多数,
#: 大部分, 主要, "mostly", 少数, 小部分): a bound of theirs, which a text's bound holds by.
_LOOSE_BOUND = re.compile(
    "(?P<over>大多数|多数|大部分|绝大部分|大半|过半|超过半数|半数以上|一半以上|主要)"
    "|(?P<under>少数|小部分|不到一半|不足一半|不到半数|不足半数|少于一半)"
    r"|\b(?i:(?P<en_over>most of|mostly|mainly|largely|majority|more than half|over half)"
    r"|(?P<en_under>minority|less than half|fewer than half|few))\b"
)


def share_bound(claim: str) -> str | None:
    """The side of half a :data:`SHARE_BOUND` claim is on: "over" for 过半, "under" for
    "less than half"; None for no bound."""
    match = SHARE_BOUND.fullmatch(fold(claim))
    if match is None:
        return None
    return "over" if match["over"] or match["en_over"] else "under"


def share_bounds_in(text: str) -> frozenset[str]:
    """The bounds of a share the sources state, in any words ("over" for 大多数)."""
    return frozenset(
        "over" if m["over"] or m["en_over"] else "under" for m in _LOOSE_BOUND.finditer(text)
    )


def half_share(claim: str) -> bool:
    """Whether a writer's claim is half as a share (:data:`HALF_SHARE`)."""
    match = HALF_SHARE.match(claim + " of")  # the "of" an English half is read before
    return match is not None and match.end() == len(claim)


#: A half of a year (上半年, 下半年, "the first half"): a writer's claim, compared with the
#: halves the sources name, as days of the week are; 上半场 or "first half of the match"
#: aside, "half" alone is no half-year.
HALF_YEAR = re.compile(r"([上下])半年|\b(?i:(first|second)\s+half)\b")
#: The halves the sources may name, also as H1 and H2 (H1 2026, 2026H1).
_ANY_HALF = re.compile(r"([上下])半年|\b(?i:(first|second)\s+half)\b|(?<![A-Za-z])H([12])(?![\d])")


def halves_in(text: str) -> frozenset[int]:
    """The halves of a year a text names, 1 for the first and 2 for the second."""
    return frozenset(
        1 if (m.group(1) or m.group(2) or m.group(3) or "").lower() in ("上", "first", "1") else 2
        for m in _ANY_HALF.finditer(text)
    )


#: Results counted from a year's start over its first quarters or months (前三季度, 前9个月,
#: "the first three quarters", "the first nine months", Q1-Q3).
_YEAR_TO_DATE = re.compile(
    r"前([一二两三四1-4])个?季度|前([1-9]|[一二两三四五六七八九])个月"
    r"|\bfirst\s+(two|three|[23])\s+quarters\b|\bfirst\s+(six|nine|[69])\s+months\b"
    r"|(?<![A-Za-z0-9])Q1\s?[-–~]\s?Q([2-4])(?![0-9])",
    re.IGNORECASE,
)
#: A text's own count of quarters from the year's start (前两季度, Q1-Q3): a claim, compared
#: with the sources' (the first 6 months are their first half too).
QUARTERS_TO_DATE = re.compile(
    r"前[一二两三四1-4]个?季度|(?<![A-Za-z0-9])Q1\s?[-–~]\s?Q[2-4](?![0-9])"
)
_TO_DATE_NUMBERS = {"two": 2, "three": 3, "six": 6, "nine": 9}


def months_to_date(text: str) -> frozenset[int]:
    """How many months from a year's start the text's results count (9 for 前三季度, 6 for
    "the first two quarters"): a half of a year is the first six, no other count."""
    found = set()
    for match in _YEAR_TO_DATE.finditer(text):
        quarters, months, en_quarters, en_months, last_quarter = match.groups()
        written = quarters or months or en_quarters or en_months or last_quarter
        value = _TO_DATE_NUMBERS.get(written.lower()) or (
            int(written) if written.isdigit() else chinese_numeral(written)
        )
        if value:
            found.add(int(value) * (3 if quarters or en_quarters or last_quarter else 1))
    return frozenset(found)
