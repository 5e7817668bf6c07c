"""Words, names and numbers of a text, the same way for Chinese and English.

Chinese has no spaces, so its words are character bigrams (the standard trick of Chinese
retrieval: fast, no dictionary, and good at matching names the dictionary lacks).
Numbers are read as values, so ``5亿美元`` and ``$500 million`` are the same token (bare
years are left out: ``2026`` is in every report of the year), a model name like
``Aster-3`` is the same token in a Chinese and an English report, and the names of the
product's alias table (:mod:`newsdesk.aliases`) become their entity's key, so ``英伟达``
and ``Nvidia`` are one name.  That is
what lets the scoring function see that two reports in two languages share their facts.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import filterfalse, islice

from newsdesk.aliases import latin_keys, mentions

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
#: A Latin word, possibly with inner hyphens, dots or apostrophes: GPT-4o, SWE-bench, Aster-3.
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’.\-][A-Za-z0-9]+)*")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?。！？\n:：]\s*[\"'`“”]*\s*$")
_MULTIPLIERS = {
    "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3,
    "trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3,
    "tn": 1e12, "bn": 1e9, "mn": 1e6, "t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3,
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.])(US\$|HK\$|\$|¥|￥|€|£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?"
    r"(万亿|亿|万|千|trillion\b|billion\b|million\b|thousand\b|tn\b|bn\b|mn\b|[tbmk]\b)?"
    r"\s?(%|％|percent\b)?\s?(美元|港元|欧元|元|人民币|dollars?\b|yuan\b|euros?\b|usd\b|rmb\b)?",
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
#: Chinese bigrams that occur in every kind of report (“我们”, “表示”, “今日”...).
CHINESE_STOP_BIGRAMS = frozenset(
    """我们 他们 表示 今日 今天 目前 已经 以及 进行 通过 其中 一个 这个
    这些 没有 可以 以上 同时 此外 对于 关于 相关 方面 成为 日消 消息
    报道 记者 据悉 获悉 发布 宣布 推出 正式 月日 本文 转载 来源 作者
    编辑 认为 指出 介绍 提到 此次 这次 这一 之后 之前 公司 企业""".split()
)
#: Latin words so common in AI news that they identify nothing (kept out of names).
_GENERIC_NAMES = frozenset(
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


#: The full-width forms of ASCII (U+FF01–FF5E) to ASCII, and the ideographic space to a
#: space, as NFKC maps them.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def nfkc(text: str) -> str:
    """NFKC form (full-width digits and letters become ASCII), a few times faster: Chinese
    text is in that form but for its full-width punctuation, mapped here first as NFKC
    maps it (a table, not a function call per mark), and checking the rest costs a
    thousandth of normalising it."""
    text = text.translate(_HALF_WIDTH)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalise(text: str) -> str:
    """NFKC and one space between words."""
    return " ".join(nfkc(text).split())


def number_tokens(text: str) -> list[str]:
    """Numbers as value tokens: ``200万`` and ``2 million`` both give ``#2e+06``.

    Amounts of money are marked apart by currency (``5亿美元`` and ``$500 million`` give
    ``$5e+08``, ``5亿元`` gives ``¥5e+08``), so a funding round is not matched by a user
    count, or by an amount in another currency, that happens to be the same value.
    """
    out: list[str] = []
    if not _DIGIT.search(text):  # the pattern would be tried at every character in vain
        return out
    for match in _NUMBER.finditer(text):
        before, whole, frac, unit, percent, after = match.groups()
        value = float(whole.replace(",", "") + (frac or ""))
        if unit:
            value *= _MULTIPLIERS[unit.lower()]
        elif not percent and not frac and value < 10:
            continue  # "3 days", "2 models": small counts are everywhere
        elif not (percent or frac or before or after or "," in whole) and (
            _YEARS[0] <= value <= _YEARS[1]
        ):
            continue  # "2026" is in every report of the year ("2,048" is a count)
        mark = _currency(before, after) if (before or after) and not percent else "#"
        if percent:
            out.append(f"#{value:.4g}%")
        elif value < 1e6 and value == int(value):
            out.append(f"{mark}{int(value)}")  # years and counts stay exact: 2025 is not 2026
        else:
            out.append(f"{mark}{value:.3g}")  # amounts: 5亿 and 500 million alike
    return out


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
    """The amounts of money among name tokens (each marked with its currency)."""
    return frozenset(name for name in names if name[:1] in _MONEY_MARKS)


_MONEY_MARKS = frozenset(CURRENCIES.values())


def _is_name(token: str, lower: str, sentence_start: bool, in_chinese: bool) -> bool:
    if lower in _GENERIC_NAMES or len(token) < 2:
        return False
    if token[1:] != lower[1:] or (not token.isalpha() and _DIGIT.search(token)):
        return True  # GPT-4o, H100, OpenAI, MoE: digits or inner capitals
    if in_chinese:
        return True  # Latin words inside Chinese text are names almost always
    return token[0].isupper() and not sentence_start


def text_features(text: str) -> TextFeatures:
    """Split a title and text into words and names for :mod:`newsdesk.desk._similarity`."""
    text = normalise(text)
    words: list[str] = []
    names: list[str] = []
    for run in _HAN_RUN.findall(text):
        # each character joined to the next: a few times faster than slicing pairs
        bigrams = map(operator.add, run, islice(run, 1, None))
        words.extend(filterfalse(CHINESE_STOP_BIGRAMS.__contains__, bigrams))
    in_chinese = bool(_HAN_RUN.search(text))
    # A capitalised word that opens a sentence is a name only when it heads a run of
    # capitalised words ("Lumina Labs"), recurs, or also appears inside a sentence.
    openers: list[str] = []
    previous_end, previous_opener = 0, ""
    for match in _LATIN.finditer(text):
        token = match.group()
        gap = text[previous_end : match.start()]
        sentence_start = previous_end == 0 or (gap != " " and bool(_SENTENCE_END.search(gap)))
        previous_end = match.end()
        if token.endswith(("'s", "’s")):
            token = token[:-2]
        lower = token.lower()
        if lower not in STOPWORDS and len(lower) > 1:
            words.append(lower)
        if _is_name(token, lower, sentence_start, in_chinese):
            names.append(lower)
            if previous_opener and gap.isspace():
                names.append(openers.pop())
            previous_opener = ""
        elif sentence_start and token[0].isupper() and lower not in STOPWORDS:
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
    names.extend(number_tokens(text))
    return TextFeatures(words=words, names=names)
