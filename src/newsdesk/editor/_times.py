"""When a figure holds: times of day, the period a figure is per, and parts of a year.

A writer turns 下午3点 into 15:00 or "3 p.m." (the same time), or into 下午4点 (another);
turns 每年 into 每月 (a figure per month is another claim than the same figure per year);
turns 年底 into 年初 or "spring".  Each is read here as a value the sources' own can be
compared with: a time as the minutes of the day it may be (a bare 3点 is 3:00 or 15:00), a
period by its name, a part of a year as the months it covers.
"""

from __future__ import annotations

import re

from newsdesk.chinese import chinese_numeral

_NUMERALS = "零〇一二两三四五六七八九十"
#: The part of a day a Chinese time names, and how it reads the hour after it: "am" keeps
#: it (12 is midnight), "pm" adds twelve below twelve, "noon" adds twelve below eleven
#: (中午1点 is 13:00), "night" keeps the small hours (深夜2点) and adds twelve to the rest.
_ZH_PARTS = {
    "凌晨": "am", "清晨": "am", "早上": "am", "早晨": "am", "上午": "am",
    "中午": "noon", "午间": "noon",
    "下午": "pm", "傍晚": "pm", "晚上": "pm", "晚间": "pm", "夜间": "pm", "夜里": "pm",
    "深夜": "night", "半夜": "night", "午夜": "night",
}  # fmt: skip
_ZH_PART = "|".join(_ZH_PARTS)
#: A Chinese time: 下午3点, 下午三点半, 15点30分, 15时, 晚上8点一刻.  Without a part of the
#: day the hour must be in figures and the 点 followed by minutes, 半, 钟 or 整 (or the hour
#: past twelve): 3点建议 is three points of advice, 三点 three points.
_ZH_TIME = re.compile(
    rf"(?:(?P<part>{_ZH_PART})\s*(?P<ph>\d{{1,2}}|[{_NUMERALS}]{{1,3}})"
    r"|(?<![\d.])(?P<h>\d{1,2}))\s*(?P<mark>[点时])"
    rf"(?:\s*(?P<m>\d{{1,2}}|[{_NUMERALS}]{{1,3}})\s*分|(?P<half>半)|(?P<q>[一三])刻|(?P<o>钟|整))?"
)
#: A time in figures (15:00, 9:30), with an English or a Chinese part of the day around it.
_CLOCK = re.compile(
    rf"(?:(?P<part>{_ZH_PART})\s*)?(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])"
    r"(?:\s*(?P<ampm>[ap](?:\.m\.|m))(?![A-Za-z]))?",
    re.IGNORECASE,
)
#: An English time by its hour: 3 p.m., 3pm, 10 AM.
_EN_TIME = re.compile(
    r"(?<![\d:.])(?P<h>1[0-2]|0?\d)\s*(?P<ampm>[ap](?:\.m\.|m))(?![A-Za-z])", re.I
)
#: A time zone named beside a time (北京时间, ET, GMT): times of two zones are not compared.
_ZONES = {
    "北京时间": "beijing", "beijing time": "beijing", "美东时间": "et", "美国东部时间": "et",
    "东部时间": "et", "et": "et", "est": "et", "edt": "et", "太平洋时间": "pt",
    "美西时间": "pt", "pt": "pt", "pst": "pt", "pdt": "pt", "gmt": "utc", "utc": "utc",
    "格林尼治时间": "utc", "bst": "uk", "伦敦时间": "uk", "cet": "cet", "cest": "cet",
    "jst": "japan", "日本时间": "japan", "东京时间": "japan", "kst": "korea", "韩国时间": "korea",
    "当地时间": "local", "local time": "local",
}  # fmt: skip
_ZONE = re.compile(
    "|".join(
        rf"(?<![A-Za-z]){re.escape(zone)}(?![A-Za-z])" if zone.isascii() else re.escape(zone)
        for zone in sorted(_ZONES, key=len, reverse=True)
    ),
    re.IGNORECASE,
)
_DAY = 24 * 60


def _hour(written: str) -> int | None:
    value = int(written) if written.isdigit() else chinese_numeral(written)
    return int(value) if value is not None and value == int(value) and value <= 24 else None


def _minutes(match: re.Match[str]) -> int:
    if match.group("half"):
        return 30
    if quarter := match.group("q"):
        return 15 if quarter == "一" else 45
    written = match.group("m")
    if not written:
        return 0
    value = int(written) if written.isdigit() else chinese_numeral(written)
    return int(value) if value is not None and value < 60 else 0


def _with_part(hour: int, part: str) -> set[int]:
    """The hours of the day an hour may be after a Chinese part of the day."""
    reading = _ZH_PARTS[part]
    if hour > 12:
        return {hour % 24}
    if reading == "am":
        return {hour % 12}
    if reading == "noon":
        return {hour if hour >= 11 else hour + 12}
    if reading == "night":
        return {hour % 12 if hour < 6 or hour == 12 else hour + 12}
    return {0 if hour == 12 and part != "下午" else hour if hour == 12 else hour + 12}


def _with_ampm(hour: int, ampm: str) -> set[int]:
    return {hour % 12 + (12 if ampm.lower().startswith("p") else 0)}


def _bare(hour: int, written: str) -> set[int]:
    """A time in figures with no part of the day: past twelve, or with a leading zero, as
    written (a 24-hour clock); else either half of the day (3:00 may be 15:00)."""
    if hour > 12 or hour == 0 or (len(written) == 2 and written.startswith("0")):
        return {hour % 24}
    return {hour % 12, hour % 12 + 12}


def _zone(text: str, start: int, end: int) -> str:
    """The zone named right before or after a time (北京时间下午3点, 3 p.m. ET), or ""."""
    before = text[max(0, start - 8) : start]
    after = text[end : end + 14]
    for near, at_end in ((before, True), (after, False)):
        for m in _ZONE.finditer(near):
            gap = near[m.end() :] if at_end else near[: m.start()]
            if len(gap.strip(" ,，()（）")) == 0:
                return _ZONES[m.group().lower()]
    return ""


def times_of_day(text: str) -> list[tuple[int, int, frozenset[int], str]]:
    """Each time of day a text states: its span, the minutes of the day it may be (one,
    or two for a bare hour that is either half of the day), and its zone ("" if none)."""
    found: list[tuple[int, int, frozenset[int], str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, hours: set[int], minutes: int) -> None:
        if any(start < b and end > a for a, b in taken):
            return
        taken.append((start, end))
        found.append(
            (start, end, frozenset(h * 60 + minutes for h in hours), _zone(text, start, end))
        )

    for m in _CLOCK.finditer(text):
        hour = int(m.group("h"))
        if m.group("ampm") and 1 <= hour <= 12:
            hours = _with_ampm(hour, m.group("ampm"))
        elif m.group("part"):
            hours = _with_part(hour, m.group("part"))
        else:
            hours = _bare(hour, m.group("h"))
        add(m.start(), m.end(), hours, int(m.group("m")))
    for m in _ZH_TIME.finditer(text):
        said = _hour(m.group("ph") or m.group("h"))
        told = m.group("m") or m.group("half") or m.group("q") or m.group("o")
        if said is None:
            continue
        if m.group("part"):
            hours = _with_part(said, m.group("part"))
        elif (told or said > 12) and not text.startswith(tuple(_NUMERALS), m.end()):
            hours = _bare(said, m.group("h"))
        else:
            continue
        add(m.start(), m.end(), hours, _minutes(m))
    for m in _EN_TIME.finditer(text):
        add(m.start(), m.end(), _with_ampm(int(m.group("h")), m.group("ampm")), 0)
    return sorted(found)


#: The period a figure is per: 每年 and "a year", 年化 (annualised), 月均, 日活 (daily
#: active users, DAU), 月薪, 月产 5000 台, "$2 million a month", "weekly".  A figure per
#: month is another claim than the same figure per year.  每 before a figure (每 2 小时) is
#: how often, read with the figures.
_ZH_PERIOD = re.compile(
    r"每(?:一)?(?P<every>年|月|个月|周|星期|天|日|季度)(?![\d零〇一二两三四五六七八九十度份]|经济)"
    r"|(?<![\d零〇一二两三四五六七八九十今去明前后全同当本上下每多半近历周个节])"
    r"(?P<prefix>年|月|周|日)(?:化|均|活(?!动)|薪|费|营收|收入|销量|产量|产能|利润|租金|收益率|利率|息"
    r"|[产销](?=\s?[\d零〇一二两三四五六七八九十百千万]))"
)
_EN_PERIOD = re.compile(
    r"(?:\b(?:per|a|an|each|every)\s+|/\s?)(?P<every>year|yr|month|mo|week|wk|day|quarter)\b"
    r"(?!\s+(?:ago|later|earlier|after|before|old|since|into|of)\b)(?!-)"
    r"|\b(?P<adverb>annually|per annum"
    r"|(?:yearly|monthly|weekly|daily|quarterly)(?!\s*[A-Za-z(（-])"
    r"|(?:monthly|weekly|daily)(?=\s+active\b))\b|\b(?-i:(?P<active>[MWD])AUs?)\b",
    re.IGNORECASE,
)
_PERIODS = {
    "年": "year", "月": "month", "个月": "month", "周": "week", "星期": "week", "天": "day",
    "日": "day", "季度": "quarter", "year": "year", "yr": "year", "month": "month",
    "mo": "month", "week": "week", "wk": "week", "day": "day", "quarter": "quarter",
    "annually": "year", "yearly": "year", "per annum": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "quarterly": "quarter", "m": "month", "w": "week", "d": "day",
}  # fmt: skip
#: What makes "a year" a span (in a year, for a month, once a week is how often).
_SPAN_WORDS = frozenset(
    "in within for over after than past last next once about nearly almost half".split()
)
_FIGURE = re.compile(rf"\d|[{_NUMERALS}百千万亿]|\b(?:one|two|three|ten|hundred|thousand)\b")
_CLAUSE = re.compile(r"[，。；：！？,;:!?\n（）()]")


def periods(text: str, *, figured: bool = True) -> list[tuple[int, int, str]]:
    """Each period a figure is per: its span and "year", "month", "week", "day" or
    "quarter".  With ``figured`` only those with a figure in their clause (每天都在用 says
    how often, of no figure)."""
    found = []
    for m in [*_ZH_PERIOD.finditer(text), *_EN_PERIOD.finditer(text)]:
        if m.re is _ZH_PERIOD:
            word = m.group("every") or m.group("prefix")
        else:
            word = (m.group("every") or m.group("adverb") or m.group("active")).lower()
            before = re.search(r"([A-Za-z]+)\s+(?:an?)\s+$", text[max(0, m.start() - 20) : m.end()])
            if before and before.group(1).lower() in _SPAN_WORDS:
                continue
        period = _PERIODS[re.sub(r"\s+", " ", word)]
        if figured:
            starts = [c.end() for c in _CLAUSE.finditer(text, 0, m.start())]
            start = starts[-1] if starts else 0
            after = _CLAUSE.search(text, m.end())
            end = after.start() if after else len(text)
            clause = text[start : m.start()] + " " + text[m.end() : end]
            if not _FIGURE.search(clause):
                continue
        found.append((m.start(), m.end(), period))
    return sorted(found)


#: A part of a year by the months it covers: the seasons (of the northern half of the
#: world, as the news of this desk's sources is), its start and its end.
_ZH_YEAR_PARTS = {
    "春季": "spring", "春天": "spring", "夏季": "summer", "夏天": "summer",
    "秋季": "autumn", "秋天": "autumn", "冬季": "winter", "冬天": "winter",
    "年初": "start", "年底": "end", "年末": "end", "岁末": "end", "年尾": "end",
}  # fmt: skip
_MONTHS_OF = {
    "spring": frozenset({3, 4, 5}),
    "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
    "start": frozenset({1, 2, 3}),
    "end": frozenset({11, 12}),
}
_YEAR_PART = re.compile(
    "(?P<zh>" + "|".join(_ZH_YEAR_PARTS) + ")(?![一二三四五六七八九十])"
    r"|(?<=\b(?:in|of|by)\s)(?:the\s+)?(?P<season>spring|summer|autumn|winter)\b"
    r"|\b(?:this|last|next|early|late|mid-?)\s*(?P<season2>spring|summer|autumn|winter|fall)\b"
    r"|\b(?P<season3>spring|summer|autumn|winter|fall)\s+(?:of\s+)?20\d\d\b"
    r"|\b(?P<fall>in\s+the\s+fall)\b"
    r"|\b(?P<start>(?:start|beginning)\s+of\s+(?:the|this|next)\s+year|early\s+(?:this|next)\s+year"
    r"|early\s+20\d\d)\b"
    r"|\b(?P<end>end\s+of\s+(?:the|this|next)\s+year|year-?\s?end|end-of-year|late\s+20\d\d)\b",
    re.IGNORECASE,
)
#: The months of each quarter and half of a year, for a part compared with them.
QUARTER_MONTHS = {q: frozenset(range(3 * q - 2, 3 * q + 1)) for q in (1, 2, 3, 4)}
HALF_MONTHS = {1: frozenset(range(1, 7)), 2: frozenset(range(7, 13))}


def year_parts(text: str) -> list[tuple[int, int, frozenset[int]]]:
    """Each season or part of a year a text names (the season's word alone, so that the
    claim reads the same by itself), with the months it covers."""
    found = []
    for m in _YEAR_PART.finditer(text):
        group = next(key for key, value in m.groupdict().items() if value)
        found.append((*m.span(group), part_months(m.group(group))))
    return found


def part_months(written: str) -> frozenset[int]:
    """The months a part of a year covers, as :func:`year_parts` spans it ("" for none)."""
    if written in _ZH_YEAR_PARTS:
        return _MONTHS_OF[_ZH_YEAR_PARTS[written]]
    word = written.lower()
    if word.endswith(("spring", "summer", "autumn", "winter", "fall")):
        return _MONTHS_OF[word.split()[-1].replace("fall", "autumn")]
    return _MONTHS_OF["end" if "end" in word or "late" in word else "start"]
