"""Words, names and numbers of a text, the same way for Chinese and English.

Chinese has no spaces, so its words are character bigrams (the standard trick of Chinese
retrieval: fast, no dictionary, and good at matching names the dictionary lacks).
Numbers are read as values, so ``5亿美元`` and ``$500 million`` are the same token (bare
years are left out: ``2026`` is in every report of the year), a model name like
``Aster-3`` is the same token in a Chinese and an English report, and the names of the
product's alias table (:mod:`newsdesk.aliases`) become their entity's key, so ``英伟达``
and ``Nvidia`` are one name.  That is
what lets the scoring function see that two reports in two languages share their facts.

Chinese writes its names without capitals, so a Chinese headline's names come from a
dictionary (:func:`newsdesk.chinese.headline_names`: 程国梁, 阿克苏, 顾言 as names, not
only as the bigrams 程国 and 国梁): a hot list's headlines of one event share little but
their names, and a headline and its Weibo hashtag (``#顾言工作室声明#``) should meet on
them.  Only the headline is read so (the first line, :data:`HEADLINE_CHARS` at most):
it names the event's actors, and a segmenter over a whole article would cost more
than the rest of grouping.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse, islice

from newsdesk.aliases import latin_keys, mentions
from newsdesk.chinese import HAN_CHAR, HAN_RUN, chinese_numeral, headline_names

#: A Latin word, possibly with inner hyphens, dots or apostrophes: GPT-4o, SWE-bench, Aster-3.
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’.\-][A-Za-z0-9]+)*")
#: The same, as the one group of a split: the words and the text between them.
_LATIN_WORDS = re.compile(f"({_LATIN.pattern})")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?。！？\n:：]\s*[\"'`“”]*\s*$")
_MULTIPLIERS = {
    "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3,
    "trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3,
    "tn": 1e12, "bn": 1e9, "mn": 1e6, "t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3,
}  # fmt: skip
#: Measure words that end a count: what the number counts (people, years of age, cars).
_MEASURES = (
    "岁|人|名|位|个|级|度|℃|号|届|次|场|部|辆|台|架|艘|座|家|条|件|张|份|只|头|所|款|项|例|起|批"
    "|枚|颗|吨|公斤|千克|克|斤|公里|千米|米|亩|升|天|小时|分钟|秒|周|倍|分|球|块|城"
)
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.])(US\$|HK\$|\$|¥|￥|€|£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?"
    r"(万亿|亿|万|千|trillion\b|billion\b|million\b|thousand\b|tn\b|bn\b|mn\b|[tbmk]\b)?"
    r"\s?(%|％|percent\b)?\s?(美元|港元|欧元|元|人民币|dollars?\b|yuan\b|euros?\b|usd\b|rmb\b)?"
    rf"\s?(?:余|多)?({_MEASURES}|年|月)?",
    re.IGNORECASE,
)

#: English function words; they say nothing about which event a text reports.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
     being below between both but by can could did do does doing down during each few for from
     further had has have having he her here hers him his how i if in into is it its itself just
     me more most my no nor not now of off on once only or other our out over own same she
     should so some such than that the their them then there these they this those through to
     too under until up very was we were what when where which while who whom why will with
     would you your yours says said say told according new one two three first last week year
     years day days today yesterday tomorrow monday tuesday wednesday thursday friday saturday
     sunday percent per via get got like make made may might must us much many well back even
     still way since another among around amid across based set sets""".split()
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
#: Words of a dateline: months, weekdays, their short forms, a.m./p.m., time zones and
#: "posted" / "updated".
#: Like a bare year they say when a report was filed, not what happened, and a page's
#: dateline ("Posted Nov 27, 2005 8:20 AM ET") would otherwise read as names shared
#: with every report of that month.  A date itself is kept as one token (``@11-27``,
#: as a Chinese ``11月27日`` gives).
WHEN_WORDS = frozenset(
    _MONTHS
    + [m[:3] for m in _MONTHS]
    + ["sept"]
    + "mon tue tues wed thu thur thurs fri am pm gmt utc et est edt pst pdt cet".split()
    + "bst ist updated posted".split()
)
_MONTH_NUMBER = {name: n for names in (_MONTHS, [m[:3] for m in _MONTHS])
                 for n, name in enumerate(names, 1)} | {"sept": 9}  # fmt: skip
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: An English date, month first or day first ("November 27", "Nov. 27th", "27 November").
_ENGLISH_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH})\b",
    re.IGNORECASE,
)
#: Chinese bigrams that occur in every kind of report (“我们”, “表示”, “今日”...).
CHINESE_STOP_BIGRAMS = frozenset(
    """我们 他们 表示 今日 今天 目前 已经 以及 进行 通过 其中 一个 这个
    这些 没有 可以 以上 同时 此外 对于 关于 相关 方面 成为 日消 消息
    报道 记者 据悉 获悉 发布 宣布 推出 正式 月日 本文 转载 来源 作者
    编辑 认为 指出 介绍 提到 此次 这次 这一 之后 之前 公司 企业""".split()
)
#: Latin words so common in AI news that they identify nothing (kept out of names).
GENERIC_NAMES = frozenset(
    """ai api app apps ceo cto llm llms gpu gpus token tokens model models agent agents open
     source github the a an in on of and for with to is by at from new""".split()
)


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """The tokens the scoring function compares; each list keeps repeats (term counts)."""

    #: Content words: lower-cased Latin words and Chinese character bigrams.
    words: list[str]
    #: Names and numbers: capitalised or alphanumeric Latin tokens, numbers as values.
    names: list[str]


#: The full-width forms of ASCII (U+FF01–FF5E), and the ideographic space, which NFKC
#: maps to ASCII and a space.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_HALF_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}


def nfkc(text: str) -> str:
    """NFKC form (full-width digits and letters become ASCII), a few times faster: Chinese
    text is in that form but for its full-width punctuation, mapped here first as NFKC
    maps it, and checking the rest costs a thousandth of normalising it.  ASCII text
    (most English) is in that form already: the check is a flag CPython keeps on every
    string.  A text holds few distinct full-width marks (，：？), each replaced in one
    pass: five times cheaper than translating every character by a table."""
    if text.isascii():
        return text
    for mark in set(_FULL_WIDTH.findall(text)):
        text = text.replace(mark, _HALF_WIDTH[mark])
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalise(text: str) -> str:
    """NFKC and one space between words."""
    return " ".join(nfkc(text).split())


def number_tokens(text: str, headline: int | None = None) -> list[str]:
    """Numbers as value tokens: ``200万`` and ``2 million`` both give ``#2e+06``.

    Amounts of money are marked apart by currency (``5亿美元`` and ``$500 million`` give
    ``$5e+08``, ``5亿元`` gives ``¥5e+08``), so a funding round is not matched by a user
    count, or by an amount in another currency, that happens to be the same value.

    A Chinese count keeps its measure word, which says what it counts: ``12岁``,
    ``12人`` and ``12个`` are three claims (``#12岁``, ``#12人``, ``#12个``), not one
    number three headlines share.  Chinese numerals are values too (``八十六岁`` is
    ``86岁``, ``十亿`` is ``10亿``).  A date (``11月25日``) is one token, ``@11-25``, and a
    month alone, like a year, says when rather than what; a match's score (``3比1``,
    ``1:3``) is one token from either side, marked :data:`SCORE_MARK`.  An English date
    (``November 27``, ``27 Nov``) is the same ``@11-27`` token as the Chinese one.

    An English quake's magnitude and a match's final score are marked as the Chinese
    ones are, but only in the headline (the first ``headline`` characters; all of
    ``text`` when None): the headline states its event's figure, and an article's body
    recounts others beside it (the quake before, the team's earlier games).
    """
    out: list[str] = []
    if _CHINESE_NUMERAL_HINT.search(text):
        text = _CHINESE_NUMERAL.sub(_arabic, text)
        if "破" in text:  # 票房破亿 is 票房破1亿
            text = _ROUND_MILESTONE.sub(lambda m: _ROUND_FIGURES[m[0]], text)
    if not _DIGIT.search(text):  # the pattern would be tried at every character in vain
        return out
    # each pattern is searched once: its matches are read, then blanked (most texts
    # have none, and blanking would search the whole text again)
    if "月" in text and (dates := list(near_digits(_DATE, text, 0))):
        out.extend(f"@{int(date[1])}-{int(date[2])}" for date in dates)
        text = _blanked(text, dates)
    if ("比" in text or ":" in text) and HAN_CHAR.search(text):  # English has 3:45 p.m.
        scores = list(near_digits(_SCORE, text, 0))
        out.extend(_score(match) for match in scores if not _is_time(match))
        text = _blanked(text, [match for match in scores if not _is_time(match)])
    elif _LATIN_LETTER.search(text):
        if _may_name_a_month(text) and (dates := list(_ENGLISH_DATE.finditer(text))):
            out.extend(map(_english_date, dates))
            text = _blanked(text, dates)
        head, body = (text, "") if headline is None else (text[:headline], text[headline:])
        if _QUAKE_HINT.search(head):
            magnitudes = list(_ENGLISH_MAGNITUDE.finditer(head))
            out.extend(map(_english_magnitude, magnitudes))
            head = _blanked(head, magnitudes)
        if _SCORE_HINT.search(head):
            results = list(_ENGLISH_SCORE.finditer(head))
            out.extend(map(_english_score, results))
            head = _blanked(head, results)
        text = head + body
    crossing = "破" in text  # a milestone's mark, looked for before a figure only if so
    for match in near_digits(_NUMBER, text, _NUMBER_REACH):
        before, whole, frac, unit, percent, after, measure = match.groups()
        value = float(whole.replace(",", "") + (frac or ""))
        if unit:
            value *= _MULTIPLIERS[unit.lower()]
        elif not percent and not frac and value < 10:
            continue  # "3 days", "2 models": small counts are everywhere
        elif measure in _WHEN or (
            not (percent or frac or before or after or measure or "," in whole)
            and _YEARS[0] <= value <= _YEARS[1]
        ):
            continue  # "2026" is in every report of the year ("2,048" is a count)
        mark = _currency(before, after) if (before or after) and not percent else "#"
        if measure == "级" and frac and mark == "#":
            mark = MAGNITUDE_MARK  # 5.2级: a quake's magnitude, as its amount is a round's
        measure = measure or ""
        if percent and (move := _MOVE.search(text, 0, match.start())):
            sign = "-" if move.group(1) in "跌降" else "+"
            token = f"{MOVE_MARK}{sign}{value:.4g}"  # 沪指跌0.8%: a move, as an amount is
        elif percent:
            token = f"#{value:.4g}%"
        elif value < 1e6 and value == int(value):
            token = f"{mark}{int(value)}{measure}"  # years and counts stay exact
        else:
            token = f"{mark}{value:.3g}{measure}"  # amounts: 5亿 and 500 million alike
        out.append(token)
        if crossing and text[: match.start()].rstrip().endswith("破"):
            out.append(MILESTONE_MARK + token[1:])  # 票房破10亿: the mark it crossed
    return out


#: How far before its first digit a match of :data:`_NUMBER` may start: a currency of up
#: to three characters (``US$``) and a space.
_NUMBER_REACH = 4


def near_digits(pattern: re.Pattern[str], text: str, reach: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match holds a digit at most
    ``reach`` characters after its start, trying only the starts that can hold one.

    The number patterns open with a look-behind, so the regular expression engine cannot
    skip ahead to a likely first character and tries the whole pattern at every
    character of the text; most of a text is words, and a digit is found by a fast scan.
    The matches are the same: a start further than ``reach`` before the next digit
    cannot match, and the starts near it are tried in order, as ``finditer`` tries them
    (a look-behind sees the text before the start it is tried at)."""
    position = 0
    while (digit := _DIGIT.search(text, position)) is not None:
        at = digit.start()
        for start in range(max(position, at - reach), at + 1):
            if (match := pattern.match(text, start)) is not None:
                yield match
                position = match.end()
                break
        else:
            position = at + 1


#: The months' first three letters: an English date names one.
_MONTH_STEMS = tuple(m[:3] for m in _MONTHS)


def _may_name_a_month(text: str) -> bool:
    """False when the text surely holds no :data:`_ENGLISH_DATE`: an ASCII text without a
    month's first three letters, found by substring search, many times cheaper than
    trying the pattern at every character.  (Outside ASCII a case-blind pattern also
    matches a few other letters, such as the Kelvin sign for k, so the pattern decides.)"""
    if not text.isascii():
        return True
    lower = text.lower()
    return any(stem in lower for stem in _MONTH_STEMS)


#: Measure words of a time: a year or a month alone says when, not what happened.
_WHEN = frozenset({"年", "月"})
_DATE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})[日号]")
_SCORE = re.compile(r"(?<![\d.:])(\d{1,3}) ?[比:] ?(\d{1,3})(?![\d.:])")
_CHINESE_NUMERAL_HINT = re.compile("[十百千万亿]")
#: A Chinese numeral before a multiplier, a measure word or a currency: 十亿, 八十六岁,
#: 两万元 (not 千万 "by all means", nor the 一 of 一线城市).
_CHINESE_NUMERAL = re.compile(
    "(?<![0-9零〇一二两三四五六七八九十百千万亿])"
    "((?:[零〇一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千万亿]*)"
    f"(?=[万亿]|(?:余|多)?(?:{_MEASURES}|元|美元))"
)

#: A milestone written as a round unit alone (破亿, 破千万, 破万), and its figure.
_ROUND_MILESTONE = re.compile("(?<=破)(?:千万|百万|万|亿)")
_ROUND_FIGURES = {"千万": "1000万", "百万": "100万", "万": "1万", "亿": "1亿"}


def _arabic(match: re.Match[str]) -> str:
    """A Chinese numeral in digits: 八十六 -> 86, 十亿 -> 1000000000, 一二 -> 12."""
    return str(int(chinese_numeral(match.group(1)) or 0))


_LATIN_LETTER = re.compile("[A-Za-z]")


def _english_date(match: re.Match[str]) -> str:
    """``November 27`` and ``27 Nov`` as the token a Chinese ``11月27日`` gives."""
    month = (match[1] or match[4]).lower().rstrip(".")
    return f"@{_MONTH_NUMBER[month]}-{int(match[2] or match[3])}"


#: The words that may stand by a quake's magnitude (a cheap test before the pattern).
_QUAKE_HINT = re.compile(r"magnitude|quake|tremor|temblor|aftershock|richter|M\d", re.IGNORECASE)
#: A quake's magnitude in English: "magnitude 6.4", "magnitude-6.4", "magnitude of 4.4",
#: "M6.4", or a figure with one decimal before the word ("6.4-magnitude", "a 4.8 quake",
#: "6.4 tremor", "5.1 on the Richter scale").  Written with its decimal, as in Chinese:
#: "a 6 magnitude quake" is too rare to tell from a count.
_ENGLISH_MAGNITUDE = re.compile(
    r"(?:\bmagnitude(?:\s+of)?[\s-]*|(?-i:\bM) ?)(\d\.\d)(?![\d.])"
    r"|(?<![\d.,])(\d\.\d)\s?-?\s?(?=(?:magnitude|(?:earth)?quake|tremor|temblor|aftershock)s?\b"
    r"|on the richter\b)",
    re.IGNORECASE,
)


#: A result's words, before its score ("Colts beat Chiefs 20-13", "lose 2-1 to") or
#: after it ("31-24 victory", "2-1 home win").
_RESULT = (
    r"beats?|beaten|defeat(?:s|ed)?|tops?|topped|edges?|edged|downs?|downed|routs?|routed"
    r"|stuns?|stunned|thrash(?:es|ed)?|crush(?:es|ed)?|hammer(?:s|ed)?|lose|loses|lost|loss"
    r"|falls?|fell|draws?|drew|drawn|ties|tied|wins?|won|victory|triumph(?:s|ed)?"
)
_SCORE_HINT = re.compile(rf"\b(?:{_RESULT})\b", re.IGNORECASE)
#: Two figures joined by a dash that are no score: a share, a span, a measure.
_NO_SCORE_AFTER = (
    r"(?!\s*(?:%|percent|per cent|points?|degrees?|pc|years?|days?|weeks?|months?|hours?"
    r"|minutes?|seconds?|inches|feet|miles?|km|cm|mm|kg|lbs?|tonnes?|times)\b)"
)
#: A match's final score in an English headline: two figures joined by a dash beside a
#: result's word.  A record ("a 9-14 start", "Klitschko (52-3)") or a span ("16-17
#: March") stands by no such word and is no score.
_ENGLISH_SCORE = re.compile(
    rf"\b(?:{_RESULT})\b(?:[\s,]+[\w.'’]+){{0,3}}?[\s,]+"
    rf"(?<![\w.-])(\d{{1,3}}) ?[-–] ?(\d{{1,3}})(?![\w%.-]){_NO_SCORE_AFTER}"
    rf"|(?<![\w.-])(\d{{1,3}}) ?[-–] ?(\d{{1,3}})(?![\w%.-])[\s,]+(?:[a-z]+\s+)?(?:{_RESULT})\b",
    re.IGNORECASE,
)


def _english_score(match: re.Match[str]) -> str:
    """``beat Chiefs 20-13`` as the token ``20比13`` gives: one match in both."""
    high, low = sorted((int(match[1] or match[3]), int(match[2] or match[4])), reverse=True)
    return f"{SCORE_MARK}{high}:{low}"


def _english_magnitude(match: re.Match[str]) -> str:
    """``magnitude 6.4`` as the token a Chinese ``6.4级`` gives: one quake in both."""
    return f"{MAGNITUDE_MARK}{float(match[1] or match[2]):.3g}级"


def _is_time(match: re.Match[str]) -> bool:
    """20:30 is a time, not a score."""
    hours, minutes = match[1], match[2]
    return ":" in match.group() and len(minutes) == 2 and int(hours) < 24 and int(minutes) < 60


def _score(match: re.Match[str]) -> str:
    high, low = sorted((int(match[1]), int(match[2])), reverse=True)
    return f"{SCORE_MARK}{high}:{low}"


def _blanked(text: str, matches: list[re.Match[str]]) -> str:
    """The text with these matches (in order, not overlapping) blanked out, as long as
    it was: what ``pattern.sub`` with spaces gives, without searching again."""
    if not matches:
        return text
    parts: list[str] = []
    end = 0
    for match in matches:
        parts.append(text[end : match.start()])
        parts.append(" " * (match.end() - match.start()))
        end = match.end()
    parts.append(text[end:])
    return "".join(parts)


#: Bare numbers in this range are read as years, which say nothing about the event.
_YEARS = (1900, 2100)
#: The mark of each currency's amounts: 5亿元 is not $500 million.
CURRENCIES = {"$": "$", "¥": "¥", "€": "€", "£": "£", "HK$": "H"}
_CURRENCY_WORDS = {
    "us$": "$", "$": "$", "美元": "$", "dollar": "$", "dollars": "$", "usd": "$",
    "¥": "¥", "￥": "¥", "元": "¥", "人民币": "¥", "yuan": "¥", "rmb": "¥",
    "€": "€", "欧元": "€", "euro": "€", "euros": "€", "£": "£", "hk$": "H", "港元": "H",
}  # fmt: skip


def _currency(before: str | None, after: str | None) -> str:
    word = (after or before or "").lower()
    return _CURRENCY_WORDS.get(word, "$")


def money(names: list[str]) -> frozenset[str]:
    """The amounts of money among name tokens (each marked with its currency), and the
    scores (see :data:`SCORE_MARK`): the figures two reports of one event cannot differ in."""
    return frozenset(name for name in names if name[:1] in _MONEY_MARKS)


#: The mark of a match's score (``3比1`` and ``1:3`` give ``=3:1``): like an amount of
#: money, a final score identifies its event, so two reports that state different
#: scores report different matches.
SCORE_MARK = "="
#: The mark of a magnitude (``5.2级``, always written with its decimal, as a strength
#: ``5级`` is not; in English ``magnitude 5.2``, ``a 5.2 quake``, the same token): a
#: quake's magnitude identifies it, so two reports of two magnitudes report two quakes
#: (an aftershock of 4.1 after the 5.2 is news of its own) in one place as in two, unless
#: they lie within a revision of each other
#: (:data:`~newsdesk.desk._similarity.MAGNITUDE_SPREAD`).
MAGNITUDE_MARK = "~"
#: The mark of a milestone, a figure a count crosses (票房破10亿, 销量突破50万台), stated
#: besides the figure itself: the crossing is the event, so reports of two milestones
#: (one film's 10亿, another's 5亿; the same film's 5亿 and then its 10亿) report two
#: events, while a report of the milestone and one of the figure ("超1.2万台") still
#: share the figure.
MILESTONE_MARK = "^"
#: The mark of a rise or a fall stated exactly (沪指跌0.8%, 首日收涨38.6%, 价格上涨18%;
#: ``±-0.8``): every report of one move states the same figure, so, like two amounts of
#: money, two moves that share no figure are a soft clash (two trading days' closes, two
#: listings), never a hard one: one report may give the day's close, another the morning's.
#: An approximate move (涨超2%, 跌近3%) is no such figure.  Chinese only: every
#: percentage read so cost ECB+ text's articles 0.005 F1, and the development sets hold
#: too few English moves to judge those alone.
MOVE_MARK = "±"
_MOVE = re.compile(r"(涨|跌|升|降)幅?(?:了|达)?\s?$")
#: The marks of the figures that identify an event: each currency's amounts, moves,
#: scores, magnitudes and milestones.
IDENTIFYING_MARKS = (*CURRENCIES.values(), MOVE_MARK, SCORE_MARK, MAGNITUDE_MARK, MILESTONE_MARK)
_MONEY_MARKS = frozenset(IDENTIFYING_MARKS)


#: What a Latin word is, whatever its place (see :func:`_latin_token`): a dateline's word,
#: never a name, always one, or a name by its place.
_WHEN_WORD, _NEVER_NAME, _ALWAYS_NAME, _NAME_IN_PLACE = range(4)


@lru_cache(maxsize=1 << 16)
def _latin_token(token: str) -> tuple[str, int, bool, bool]:
    """A Latin word as :func:`_read` takes it: lower-cased without its "'s", its kind,
    whether it is a content word, and whether it is capitalised.

    Remembered, as a text repeats its words and a day its texts' words, so each word is
    looked at once.  Its kind: :data:`_WHEN_WORD` (:data:`WHEN_WORDS`);
    :data:`_NEVER_NAME` (a generic word or a single letter); :data:`_ALWAYS_NAME`
    (digits or inner capitals: GPT-4o, H100, OpenAI, MoE); else :data:`_NAME_IN_PLACE`:
    a name inside Chinese text, where Latin words are names almost always, or
    capitalised where no sentence opens.
    """
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    lower = token.lower()
    capitalised = token[0].isupper()
    if lower in WHEN_WORDS:
        return lower, _WHEN_WORD, False, capitalised
    word = lower not in STOPWORDS and len(lower) > 1
    if lower in GENERIC_NAMES or len(token) < 2:
        kind = _NEVER_NAME
    elif token[1:] != lower[1:] or (not token.isalpha() and _DIGIT.search(token)):
        kind = _ALWAYS_NAME
    else:
        kind = _NAME_IN_PLACE
    return lower, kind, word, capitalised


#: Characters of a Chinese headline read for its names (a title is rarely longer).
HEADLINE_CHARS = 100


def same_title(title: str) -> str:
    """A title as two listings of one article share it: case and spacing aside."""
    return " ".join(title.casefold().split())


#: Headlines that present a how-to: a tutorial, a guide, a step-by-step, tips.  A how-to
#: teaches a product; it does not report a happening, so it is a story of its own even
#: while the product is in the news (a 保姆级教程 beside the launch it teaches).
_HOW_TO = re.compile(
    r"教程|保姆级|手把手|怎么选|攻略|指南"
    r"|\bhow to\b|\btutorial\b|\bstep[- ]by[- ]step\b|\b(?:a|the|beginner'?s?) guide to\b",
    re.IGNORECASE,
)
#: A work's title in title marks (《…指南》 is a document: a regulator publishing one is news).
_TITLE_MARKS = re.compile(r"《[^》]*》")


def is_how_to(title: str) -> bool:
    """Whether a headline presents a tutorial or guide (:data:`_HOW_TO`)."""
    return _HOW_TO.search(_TITLE_MARKS.sub("", nfkc(title))) is not None


#: Headlines in which the writer presents something they made with a product: "我做出了
#: …的 Skills", "I built a …".  Like a how-to, a personal project is a piece of its own
#: even while the product it uses is in the news, not a report of that news.
_PERSONAL_PROJECT = re.compile(
    r"我(?:们)?(?:用[^，。！？,]{0,20}?)?(?:做出了|做了[一个条款套]|搭了[一个套]|写了[一个]|造了[一个])"
    r"|\bI (?:built|made|created)\b"
)


def is_personal_project(title: str) -> bool:
    """Whether a headline presents the writer's own project (:data:`_PERSONAL_PROJECT`)."""
    return _PERSONAL_PROJECT.search(nfkc(title)) is not None


#: Chinese headlines that present an interview: 专访, 访谈, or a headline that opens with
#: 对话 and the person's name before a colon ("对话某某：…"; not the 对话 of "接入对话平台").
_INTERVIEW = re.compile(r"专访|访谈|^对话[^：:，,。！？!?]{1,16}[：:]")


def is_interview(title: str) -> bool:
    """Whether a Chinese headline presents an interview (:data:`_INTERVIEW`).

    An interview is a piece of its own: its headline is what the interviewee thinks,
    and the outlet chose when to run it, so it reports no happening that other reports
    of the day share, even while its subject's product is in the news (a founder's
    interview beside the launch and the explainers of his product)."""
    return _INTERVIEW.search(nfkc(title)) is not None


#: A Weibo hashtag: ``#雾港定档#`` is the headline 雾港定档 in a list's wrapping.
_HASHTAG = re.compile(r"#([^#\n]{1,60})#")


def headline(title: str) -> str:
    """A title without a hot list's hashtag wrapping (``#雾港定档#`` -> ``雾港定档``), so
    that the sentence vector of a hashtag and of the same words as a headline agree."""
    return _HASHTAG.sub(r"\1", title) if "#" in title else title


#: Two capitalised words joined by a hyphen: a pairing of two names ("Corvane-Tesslar
#: merger", "Vukic-Boos fight"), not one name as ``GPT-4o`` or ``SWE-bench`` are.
_NAME_PAIRING = re.compile(r"\b([A-Z][a-z]+)-(?=[A-Z][a-z]+\b)")


def text_features(text: str) -> TextFeatures:
    """Split a title and text (the title first, a line of its own) into words and names
    for :mod:`newsdesk.desk._similarity`."""
    return _read(text)[0]


def title_openers(title: str) -> list[str]:
    """The capitalised words that open a sentence of an English title and that the title
    alone cannot tell from words ("Kessary quake: …", "Yellen: rates to stay low"),
    lower-cased, as :func:`text_features` would have named them.

    A headline opens with its subject far more often than a sentence does, so its
    opener is often the name the other reports of the event carry inside their
    sentences; :func:`newsdesk.desk._cluster.build_representation` names it when
    another item of the batch does.
    """
    if HAN_RUN.search(title):
        return []
    return _unsupported(*_read(title))


def title_features(title: str) -> tuple[TextFeatures, list[str]]:
    """:func:`text_features` and :func:`title_openers` of an item that is a title alone,
    from one reading: headlines would otherwise each be read twice."""
    features, openers = _read(title)
    return features, [] if HAN_RUN.search(title) else _unsupported(features, openers)


def _unsupported(features: TextFeatures, openers: list[str]) -> list[str]:
    """The openers a reading left as words, once each, in order."""
    named = set(features.names)
    return [w for w in dict.fromkeys(openers) if w not in named]


def _read(text: str) -> tuple[TextFeatures, list[str]]:
    """The words and names of a text, and the sentence openers it left as words."""
    raw = text
    text = normalise(text)
    if "-" in text:
        text = _NAME_PAIRING.sub(r"\1 ", text)
    words: list[str] = []
    names: list[str] = []
    for run in HAN_RUN.findall(text):
        # each character joined to the next: a few times faster than slicing pairs
        bigrams = map(operator.add, run, islice(run, 1, None))
        words.extend(filterfalse(CHINESE_STOP_BIGRAMS.__contains__, bigrams))
    in_chinese = bool(HAN_RUN.search(text))
    # A capitalised word that opens a sentence is a name only when it heads a run of
    # capitalised words ("Lumina Labs"), recurs, or also appears inside a sentence.
    openers: list[str] = []
    previous_opener = ""
    # the text before each Latin word, and the word, from one split: [gap, word, gap, …]
    parts = _LATIN_WORDS.split(text)
    for at in range(1, len(parts), 2):
        gap = parts[at - 1]
        sentence_start = at == 1 or (gap != " " and _SENTENCE_END.search(gap) is not None)
        lower, kind, word, capitalised = _latin_token(parts[at])
        if kind == _WHEN_WORD:
            previous_opener = ""
            continue
        if word:
            words.append(lower)
        if kind == _ALWAYS_NAME or (
            kind == _NAME_IN_PLACE and (in_chinese or (capitalised and not sentence_start))
        ):
            names.append(lower)
            if previous_opener and gap.isspace():
                names.append(openers.pop())
            previous_opener = ""
        elif sentence_start and capitalised and lower not in STOPWORDS:
            openers.append(lower)
            previous_opener = lower
        else:
            previous_opener = ""
    inside = set(names)
    names.extend(w for w in openers if w in inside or openers.count(w) > 1)
    keys = latin_keys()
    names = [keys.get(name, name) for name in names]
    # A known entity is a name wherever it stands, in either script, as its key: so
    # 英伟达 meets Nvidia, and a sentence-opening "Nvidia" counts too.
    found = Counter(names)
    for key in mentions(text):
        if found[key]:
            found[key] -= 1
        else:
            names.append(key)
    if in_chinese:  # a Chinese headline's names: see headline_names
        names.extend(headline_names(normalise(raw.split("\n", 1)[0])[:HEADLINE_CHARS]))
    names.extend(number_tokens(text, headline=len(normalise(raw.split("\n", 1)[0]))))
    return TextFeatures(words=words, names=names), openers
