"""The claims a text makes: every number, name and link a writer states, read sentence
by sentence, which its sources must support.

Apart from the checks (:mod:`._claims`) so that a text's claims can be listed, and their
spans found, without indexing any source.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.aliases import latin_table_names, latin_term_phrases
from newsdesk.chinese import HAN, HAN_CHAR
from newsdesk.editor._chinese_names import chinese_names, common_names
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._latin_names import UNITS, figure_units, languages_named, latin_names, stem
from newsdesk.editor._magnitudes import orders
from newsdesk.editor._multiples import multiple_spans
from newsdesk.editor._name_tables import LATIN_ALIASES, NAMES_WITH_FIGURES
from newsdesk.editor._numbers import (
    EN_COUNT,
    EN_NOUN_COUNT,
    FRACTION,
    HALF_A_YEAR,
    HALF_SHARE,
    HALF_YEAR,
    ITEM_COUNTERS,
    QUARTERS_TO_DATE,
    RANK,
    SHARE_BOUND,
    STEM_VARIANT,
    WEEKDAY,
    WITHIN_ONE_SPAN,
    ZH_COUNT,
    ZH_WEEKS,
    per_scales,
    quantities,
    tenths,
    unaccented,
    vague_amounts,
    weekday_runs,
)
from newsdesk.editor._openers import imperative_or_gerund
from newsdesk.editor._roles import appointed_roles, bound_roles, occupations_in, quarters_in
from newsdesk.editor._sentences import split_sentences, url_spans
from newsdesk.editor._times import periods, times_of_day, year_parts
from newsdesk.model import Claim, ClaimKind


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: A capitalised word alone at a sentence's opening ("Tasks run in a queue."), nothing
#: but punctuation before it.
_OPENING_WORD = re.compile(rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+)\b(?![-'’.\d])")


def _lower_case_words(text: str) -> frozenset[str]:
    """The Latin words a text writes in lower case, without their plural ending."""
    return frozenset(stem(w) for w in re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", text))


def _ordinary_opening(sentence: str, span: tuple[int, int], ordinary: frozenset[str]) -> bool:
    """Whether a name span is only the sentence's capitalised first word, which the text
    writes in lower case elsewhere ("Tasks run in a queue; each task waits"): an ordinary
    word capitalised for standing first.  A name keeps its capital wherever it stands, and
    the alias table's names (Apple, beside "an apple a day") stay names.  An English
    sentence's first word that is an everyday English word is ordinary too
    (:func:`_everyday_opening`), though the text never writes it in lower case."""
    opening = _OPENING_WORD.match(sentence)
    if (
        opening is not None
        and opening.span(1) == span
        and (
            opening.group(1) in _PRONOUNS  # Nobody, Everybody: capitalised in titles too
            or stem(opening.group(1)) in ordinary
            or _verb_opening(opening.group(1), sentence[span[1] :])
        )
        and opening.group(1).lower() not in LATIN_ALIASES
    ):
        return True
    return _everyday_opening(sentence, span)


#: An English sentence's capitalised first word, or a compound it heads (Hands-on).
_OPENING_COMPOUND = re.compile(rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+(?:-[a-z]+)*)(?![\w'’.-])")


def _everyday_opening(sentence: str, span: tuple[int, int]) -> bool:
    """Whether a name span is an English sentence's first word and an everyday English
    word by its frequency and case (:mod:`._common_words`): not in a sentence with Chinese
    in it, where a Latin word is a name or a term wherever it stands."""
    opening = _OPENING_COMPOUND.match(sentence)
    return (
        opening is not None
        and opening.span(1) == span
        and HAN_CHAR.search(sentence) is None
        and everyday_opener(opening.group(1))
    )


#: A present participle opening a sentence takes an object: an article or a possessive
#: right after it makes it a verb ("Using a needle…", "Adding its own chips…"), since no
#: name takes one.  A past participle before the quoted words it describes ("Invented
#: “ghost citations”…"); not before a lower-case word, which may be a verb after a name
#: (Ahmed says, Alfred argues).  "This week" after a name is when, not an object
#: ("Nanjing this week opened…").
_PARTICIPLES = (
    (
        re.compile(r"[a-z]{2,}ing"),
        re.compile(
            r"\s+(?:a|an|the|its|their|this|these|those|his|her|our|each|every|some)\b"
            r"(?!\s+(?:week|weekend|month|year|quarter|morning|afternoon|evening|spring|summer"
            r"|autumn|fall|winter|time)s?\b(?!['’]))"
        ),
    ),
    (re.compile(r"[a-z]{3,}ed"), re.compile(r"\s+[\"“‘']")),
)


def _verb_opening(word: str, after: str) -> bool:
    """Whether a sentence's capitalised first word is a participle by its ending and by
    what follows it (Beijing, Boeing and Ted stay names: no article or noun follows)."""
    return any(
        shape.fullmatch(word.lower()) is not None and follows.match(after) is not None
        for shape, follows in _PARTICIPLES
    ) or imperative_or_gerund(word, after)


#: An English sentence's capitalised first word (with "AI" after it) before a verb of a
#: company's news: a company named by an everyday word (Figure raised $1 billion, Scale AI
#: released…), since a singular English noun takes an article before such a verb.  Raising
#: money, not concerns or the bar.  A pronoun is no name (It raised…, She launched…), nor
#: a word that stands for some of a group (Someone released…, Many have launched…).
#: Neither is a name anywhere it opens a sentence (Nobody knows…).
_PRONOUNS = (
    "It", "He", "She", "We", "They", "You", "I", "This", "That", "These", "Those", "Who",
    "Which", "One", "Each", "Both", "All", "Someone", "Somebody", "Everyone", "Everybody",
    "Anyone", "Anybody", "No one", "Nobody", "Another", "Others", "Either", "Neither",
    "Many", "Most", "Some", "Several", "Few", "Any", "None",
)  # fmt: skip
_NAMED_OPENING = re.compile(
    rf"[^A-Za-z0-9{HAN}]*"
    rf"(?!(?:{'|'.join(_PRONOUNS)}) )"
    r"([A-Z][a-z]+(?: AI)?) (?:(?:also|has|have|recently|just) )?"
    r"(?:released|launched|unveiled|announced|open-sourced|acquired|introduced|debuted"
    r"|raised (?=[$€£¥\d]|(?:US|HK)\$|(?:funds|funding|money|capital|a|an|its|new|fresh"
    r"|another|seed|series|over|more|nearly|about|up)\b))"
    # not a participle after a noun, its verb further on ("Research released last week
    # shows…")
    r"(?! (?:(?:last|this|earlier|next|on|in) \w+ |yesterday |today )?"
    r"(?:shows?|finds?|suggests?|says?|reveals?|indicates?|confirms?|argues?)\b)"
)


def _named_opening(sentence: str) -> tuple[int, int] | None:
    """The span of a company an English sentence opens with before a verb of its news
    (:data:`_NAMED_OPENING`), read as a name whatever the word (Figure raised…, not a
    gerund's Sterling AI); not a plural ("Researchers released").  A word before "AI" is
    a name's, whatever its ending: Genesis AI is no plural, as Scale AI is none."""
    match = _NAMED_OPENING.match(sentence)
    if match is None or HAN_CHAR.search(sentence):
        return None
    word = match.group(1)
    return match.span(1) if word.endswith(" AI") or stem(word) == word.lower() else None


def _sentence_claims(sentence: str, makers: bool, ordinary: frozenset[str]) -> list[Claim]:
    found: list[tuple[int, ClaimKind, str]] = []
    links = url_spans(sentence)
    found.extend((start, ClaimKind.LINK, sentence[start:end]) for start, end in links)
    # read without accents, so that Nestlé is a name and not "Nestl"; claimed as written
    without_links = _blank(unaccented(sentence), links)
    domains = [m.span() for m in BARE_DOMAIN.finditer(without_links)]
    found.extend((start, ClaimKind.LINK, sentence[start:end]) for start, end in domains)
    without_links = _blank(without_links, domains)
    # 15:00, 下午3点, 3 p.m.: a time of day, compared whole (3 and 00 are no amounts)
    clock = [(a, b) for a, b, _, _ in times_of_day(without_links)]
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in clock)
    # 数百家, "hundreds of", 近千万: a count by its size, compared as the range it allows
    # (left in the sentence: 上千个苹果 is a count of apples, not the maker)
    sized = [(a, b) for a, b, _, _ in orders(without_links)]
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in sized)
    # 每月, 年底: the period a figure is per, a part of a year
    found.extend(
        (a, ClaimKind.NUMBER, sentence[a:b])
        for a, b in [
            *((a, b) for a, b, _ in periods(without_links)),
            *((a, b) for a, b, _ in year_parts(without_links)),
        ]
    )
    without_links = _blank(without_links, clock)
    # 前两季度, Q1-Q3: the quarters from the year's start, compared as months to date
    to_date = [m.span() for m in QUARTERS_TO_DATE.finditer(without_links)]
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in to_date)
    without_links = _blank(without_links, to_date)
    # "Third-Quarter" in a title-case headline is a quarter, compared as one below
    worded = [(a, b) for a, b, _ in quarters_in(without_links) if not sentence.startswith("Q", a)]
    # HK$, US$, NT$: the letters are the amount's currency, not a name
    names = [
        (a, b)
        for a, b in latin_names(_blank(without_links, worded))
        if not sentence.startswith("$", b)
        and not _ordinary_opening(without_links, (a, b), ordinary)
    ]
    if (named := _named_opening(without_links)) is not None:
        names = [named, *((a, b) for a, b in names if b <= named[0] or a >= named[1])]
    names = _whole_table_names(without_links, names)
    found.extend((start, ClaimKind.NAME, sentence[start:end]) for start, end in names)
    found.extend((a, ClaimKind.NAME, sentence[a:b]) for a, b in languages_named(without_links))
    found.extend(
        (m.start(1), ClaimKind.NAME, m.group(1))
        for m in RATE.finditer(without_links)
        if all(unit.lower() in _RATE_UNITS for unit in m.group(1).split("/"))
    )
    figured = [m.span() for m in NAMES_WITH_FIGURES.finditer(without_links)]  # 36氪
    # tripled, 翻倍, 增长两倍: a multiple, compared whole (its figure is no amount)
    multiples = multiple_spans(without_links)
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in multiples)
    # per million tokens, 每千人: the scale a price is per, compared whole (1M is no amount)
    scales = [(a, b) for a, b, _ in per_scales(without_links)]
    # 三分之一, "two-thirds of", "one in four": a share in a fraction, compared as a percentage
    fractions = [m.span() for m in FRACTION.finditer(without_links)]
    # 过半, "more than half": a bound; 半数, "half of": a share, unless a bound's
    bounds = [m.span() for m in SHARE_BOUND.finditer(without_links)]
    fractions += bounds + [
        m.span()
        for m in HALF_SHARE.finditer(without_links)
        if all(m.end() <= a or m.start() >= b for a, b in bounds)
    ]
    scales += fractions
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in scales)
    # the slash of $45/百万 token stays, so the figure before it ends there
    scales = [(a + (without_links[a] == "/"), b) for a, b in scales]
    # 四号乙: a variant by its number and heavenly stem, compared whole (its 4 is no amount)
    variants = [m.span() for m in STEM_VARIANT.finditer(without_links)]
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in variants)
    blanked = _blank(without_links, names + figured + multiples + scales + sized + variants)
    for quantity in quantities(blanked) + tenths(without_links):
        written = sentence[quantity.start : quantity.end].strip()
        found.append((quantity.start, ClaimKind.NUMBER, written))
    chinese = chinese_names(without_links)
    if makers:  # 小米 is Xiaomi in a story about the field's makers, wherever it stands
        chinese += [
            (a, b)
            for a, b in common_names(without_links)
            if all(b <= start or a >= end for start, end in chinese)
        ]
    found.extend((start, ClaimKind.NAME, sentence[start:end]) for start, end in chinese)
    found.extend(  # not the 三局 of 中建三局 and the verb after it
        (m.start(), ClaimKind.NUMBER, m.group())
        for m in _NUMBERED_NOUN.finditer(without_links)
        if all(m.end() <= a or m.start() >= b for a, b in names + chinese)
    )
    role_spans = [(a, b) for a, b, _, _ in bound_roles(without_links, names + chinese)]
    role_spans += [span for span in appointed_roles(without_links) if span not in role_spans]
    found.extend((start, ClaimKind.NAME, sentence[start:end]) for start, end in role_spans)
    found.extend(  # not the 科学家 of a 首席科学家
        (start, ClaimKind.NAME, sentence[start:end])
        for start, end, _ in occupations_in(without_links)
        if _ONE_PERSON.search(without_links[:start])
        and all(end <= a or start >= b for a, b in names + chinese + role_spans)
    )
    found.extend(  # not the G of 80G (a size or the network); 吉瓦 read as a name already
        (a, ClaimKind.NAME, sentence[a:b])
        for a, b, _ in figure_units(without_links)
        if b - a > 1 and all(b <= start or a >= end for start, end in chinese)
    )
    found.extend(  # Q3 is a Latin name already
        (start, ClaimKind.NUMBER, sentence[start:end])
        for start, end, _ in quarters_in(without_links)
        if not sentence.startswith("Q", start)
    )
    found.extend((m.start(), ClaimKind.NUMBER, m.group()) for m in RANK.finditer(without_links))
    phases = [m.span() for m in _WORDED_PHASE.finditer(without_links)]
    # 周一至周五, "Monday to Friday", 周末: a run of days, compared whole
    runs = [(a, b) for a, b, _, _ in weekday_runs(without_links)]
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in runs)
    found.extend(
        (m.start(), ClaimKind.NUMBER, m.group())
        for m in WEEKDAY.finditer(without_links)
        if all(m.end() <= a or m.start() >= b for a, b in runs)
    )
    found.extend(
        (m.start(), ClaimKind.NUMBER, m.group()) for m in HALF_YEAR.finditer(without_links)
    )
    found.extend(
        (m.start(), ClaimKind.NUMBER, m.group())
        for m in itertools.chain(
            ZH_COUNT.finditer(without_links),
            (  # 三个月 is read as 三个 already
                m
                for m in ZH_WEEKS.finditer(without_links)
                if not ZH_COUNT.match(without_links, m.start())
            ),
            EN_COUNT.finditer(without_links),
            EN_NOUN_COUNT.finditer(without_links),
            HALF_A_YEAR.finditer(without_links),
            WITHIN_ONE_SPAN.finditer(without_links),
        )
        if all(
            m.end() <= a or m.start() >= b
            for a, b in names + chinese + multiples + fractions + phases
        )
    )
    found.extend((m.start(), ClaimKind.NUMBER, m.group()) for m in _PAIR.finditer(without_links))
    found.extend((a, ClaimKind.NUMBER, sentence[a:b]) for a, b in phases)
    found.extend(
        (a, ClaimKind.NUMBER, sentence[a:b]) for a, b, _, _ in vague_amounts(without_links)
    )
    found.sort(key=lambda claim: claim[0])
    return [Claim(kind, text, sentence) for _, kind, text in found]


#: A trial's phase in English words or Chinese numerals ("phase three", 二期临床): a claim
#: whole, compared as a phase whatever numeral the sources write it in, not as a count
#: of trials; a project's 二期 (工程) is left alone.
_WORDED_PHASE = re.compile(
    r"(?i:\bphase[\s-]+(?:one|two|three|four)\b)"
    r"|(?<![一二两三四五六七八九十\d])[一二两三四]期(?=\s*(?:临床|试验))"
)


#: What says an occupation is one person's (一位产品经理, 一名零基础的设计师, "a designer", "a
#: young product manager"): who did something, not a list of kinds (扮演架构师、工程师等).
_ONE_PERSON = re.compile(
    r"(?:一位|一名)[^，。；：、,;:！？!?（）()]{0,8}$|(?<![A-Za-z])(?:a|an)\s+(?:[A-Za-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _whole_table_names(sentence: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name pieces inside one of the alias table's names of several words joined into
    it ("University of" + "Washington"), so that it is checked whole, as the table holds it;
    and so for the terms table's places and prizes ("New" + "York")."""
    for start, end in [*latin_table_names(sentence), *latin_term_phrases(sentence)]:
        inside = [(a, b) for a, b in names if a < end and b > start]
        if inside:
            whole = (min(start, inside[0][0]), max(end, inside[-1][1]))
            names = sorted([n for n in names if n not in inside] + [whole])
    return names


#: A pair with its counting word before a noun (两个阶段, 两项指标): compared only with the
#: sources' count of the same noun (:meth:`Evidence._pair_holds`), as 两 is too common a
#: word to need stating.
_PAIR = re.compile(
    f"(?<![零〇一二两三四五六七八九十百千万亿数几多上第前])两([{ITEM_COUNTERS}])(?=[{HAN}])"
)
#: What follows a numeral that is no noun of its own: a counting word, a span, a share
#: (三成), a numeral (三十), 大 (三大, read by :meth:`Evidence._counts_of_noun`).
_NOT_NOUNS = (
    f"零〇一二两三四五六七八九十百千万亿{ITEM_COUNTERS}次倍天大成年月日周季点分秒岁号级代期把"
)
#: A unit per unit after a figure (0.1 dB/km, 10 Gb/s), compared whole.
RATE = re.compile(r"\d\s?([A-Za-z]+/[A-Za-z]+)(?![A-Za-z/])")
_RATE_UNITS = UNITS | frozenset("s h min m g w l".split())
#: A noun a numeral opens with no counting word between (三支柱, 双塔): how many of it.
#: Not 两者 or 二者 ("the two", "both"): a pronoun for a pair the text has just named
#: (云端与本地…两者的区别), where 三者 and 四者 still count what they sum up.
_NUMBERED_NOUN = re.compile(
    f"(?<![\\d零〇一二两三四五六七八九十百千万亿数几多上第前周期星礼初高之统唯独无不])"
    f"([两双二三四五六七八九])(?![{_NOT_NOUNS}]|小时)(?!(?<=[两二])者)([{HAN}]{{2}})"
)
#: A site named by its bare domain (36kr.com), without a scheme or a path: a link's host.
BARE_DOMAIN = re.compile(
    r"(?<![\w.@/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"(?:com|cn|net|org|ai|io|co|dev|app|tech|info|me|gov|edu)(?![\w.-])",
    re.IGNORECASE,
)


def claims_in(text: str, *, makers: bool = False) -> list[Claim]:
    """Every number, name and link of a text that its sources must support, in order;
    with ``makers`` (its sources name the field's makers) the table's names that are also
    common words too, wherever they stand (:func:`._chinese_names.common_names`)."""
    return list(_kept_claims(text, makers))


@lru_cache(maxsize=4096)
def _kept_claims(text: str, makers: bool) -> tuple[Claim, ...]:
    """:func:`claims_in`, kept: the verifier counts a text's claims and then checks them,
    and every re-run and editor's action checks the same entries again.  Claims are
    frozen and depend on nothing but the text and the package's tables."""
    ordinary = _lower_case_words(text)
    return tuple(
        claim
        for sentence in split_sentences(text)
        for claim in _sentence_claims(sentence, makers, ordinary)
    )


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where the names of a text stand, as the verifier finds them, a Chinese name and the
    Latin one written right after it (星衡T3, 镜界G2) as one name."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in split_sentences(text):
        offset = text.find(sentence, cursor)
        cursor = offset + len(sentence)
        without_links = _blank(sentence, url_spans(sentence))
        found = [
            (a, b) for a, b in latin_names(without_links) if not sentence.startswith("$", b)
        ] + chinese_names(without_links)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        spans.extend((offset + a, offset + b) for a, b in merged)
    return spans
