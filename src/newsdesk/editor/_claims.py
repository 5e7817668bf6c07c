"""The verifier's core: every number, name and link of a text, checked against the sources.

A writer (an LLM, or the offline editor) may put a number in another form than its source
did, shorten a company's name or write it in another case, so each claim is normalised
before it is looked up: numbers as values (:mod:`._numbers`), Latin names as stemmed,
lower-cased words and ordered letter-and-digit runs, Chinese names as substrings with or
without a generic suffix, links in canonical form.  What cannot be found is unsupported;
the caller decides what to do with it (repair, drop, report).

Everything here is pure: text in, claims out.  :class:`Evidence` indexes a story's sources
once, so checking a digest's ~250 sentences costs a few set lookups per claim.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

from newsdesk.aliases import (
    alias_names_in,
    latin_siblings,
    latin_table_names,
    latin_term_phrases,
    makers_of,
    mentions,
    products_of,
    term_chinese,
)
from newsdesk.chinese import ORG_SUFFIXES, chinese_numeral
from newsdesk.editor._attach import (
    Use,
    clause_at,
    clauses,
    dimension,
    measures_beside,
    measures_in,
    moved,
    uses,
)
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._conflicts import moved_values
from newsdesk.editor._japanese import reads_japanese
from newsdesk.editor._magnitudes import orders
from newsdesk.editor._measures import converted, unit_figures
from newsdesk.editor._multiples import multiple_of, multiple_spans, stated_multiples
from newsdesk.editor._names import (
    CHINESE_ALIASES,
    CHINESE_UNITS,
    LANGUAGES,
    LATIN_ALIASES,
    NAMES_WITH_FIGURES,
    NOT_CLAIMS,
    NUMBERED_NAME,
    PRODUCT_HEADS,
    PROSE_HEADS,
    STOPWORDS,
    UNIT_KINDS,
    UNITS,
    chinese_names,
    common_name_in,
    common_names,
    describes_part,
    figure_units,
    foreign_names,
    is_district,
    languages_named,
    latin_names,
    latin_units,
    names_languages,
    place_school_end,
    sequence_tokens,
    stem,
    strip_generic_suffix,
)
from newsdesk.editor._names import glossary as _glossary
from newsdesk.editor._numbers import (
    EN_COUNT,
    EN_NOUN_COUNT,
    FRACTION,
    HALF_A_YEAR,
    HALF_SHARE,
    HALF_YEAR,
    ITEM_COUNTERS,
    RANK,
    SHARE_BOUND,
    WEEKDAY,
    ZH_COUNT,
    ZH_WEEKS,
    Date,
    Figure,
    Quantity,
    count_value,
    counts_in,
    english_noun_counts,
    figures_of,
    fold,
    fraction_share,
    fractions_in,
    half_share,
    halves_in,
    is_year,
    loose_quantities,
    months_to_date,
    noun_count,
    per_scales,
    quantities,
    rank_of,
    ranks_in,
    run_dates,
    share_bound,
    share_bounds_in,
    tenths,
    unaccented,
    vague_amounts,
    value_key,
    weekday_runs,
    weekdays_in,
)
from newsdesk.editor._openers import imperative_or_gerund
from newsdesk.editor._pinyin import (
    latin_key,
    reading_ends,
    reads_in,
    romanisations,
    romanised_words,
    spells_characters,
    spells_name,
)
from newsdesk.editor._places import place_check, places, within_place
from newsdesk.editor._places import stated as places_stated
from newsdesk.editor._roles import (
    QUARTER,
    VAGUE_ROLES,
    appointed,
    appointed_roles,
    appointment_start,
    bound_roles,
    left,
    occupation_group,
    occupations_in,
    quarters_in,
    role_group,
    role_groups_in,
    roles_in,
    same_role,
)
from newsdesk.editor._romanise import western_given_name
from newsdesk.editor._sentences import HAN, split_sentences, url_spans
from newsdesk.editor._times import (
    HALF_MONTHS,
    QUARTER_MONTHS,
    part_months,
    periods,
    times_of_day,
    year_parts,
)
from newsdesk.editor._transliteration import SYLLABLES, respells, transliterates
from newsdesk.model import Claim, ClaimKind

_HAN_CHAR = re.compile(f"[{HAN}]")
#: English words a hyphen joins to a name to make it a modifier (LLM-driven, Claude-based,
#: Duolingo-style, AI-generated), with the Chinese a source states that relation in.
COMPOUND_MODIFIERS: Mapping[str, tuple[str, ...]] = {
    "based": ("基于", "为基础", "为底座", "位于"),
    "enabled": ("赋能", "支持", "驱动", "用于", "利用"),
    "assisted": ("辅助", "协助"),
    "driven": ("驱动",),
    "powered": ("驱动", "赋能", "加持"),
    "style": ("式", "风格", "类似"),
    "like": ("式", "类"),
    "native": ("原生",),
    "centric": ("为中心",),
    "generated": ("生成",),
    "built": ("生成", "构建", "打造", "搭建", "开发"),
    "made": ("生成", "制作", "打造"),
    "written": ("编写", "生成", "撰写"),
    "created": ("生成", "创作", "创建"),
    "backed": ("投资", "支持", "领投", "参投", "注资", "入股", "押注"),
    "funded": ("投资", "资助", "注资", "融资"),
    "owned": ("收购", "旗下", "拥有", "控股", "持有", "全资"),
    "controlled": ("控股", "控制"),
    "led": ("领投", "领导", "牵头", "主导", "率领", "带领"),
    "guided": ("导航", "引导", "制导"),
}
#: Spans of a day or more up to a quarter, whose counts a span of weeks or months is
#: compared with (years frame a story more loosely: 未来十年).
_CALENDAR = frozenset({"day", "天", "week", "fortnight", "month", "quarter"})
#: How far, in characters, a source's word for that relation may stand from the name.
_NEAR = 8
#: What ends the clause a relation is stated in, and what ends the name a relation word
#: opens (the 的 of 基于 Claude 的, 总部位于深圳的; not of 多邻国的方式, before its word).
_CLAUSE_MARK = re.compile(r"[，。；：、！？,;:!?()（）\n]")
_OBJECT_END = re.compile(f"的|{_CLAUSE_MARK.pattern}")
#: A name a hyphenated name opens (Johannesburg-based Lelapa, Nvidia-backed Lumen): the
#: first name, its relation, and the name.
_BASED_NAME = re.compile(rf"([A-Z][\w.'’]*)-((?i:{'|'.join(COMPOUND_MODIFIERS)}))\s+([A-Z].*)")
#: A number a few characters after a name (天问二号, 九天基础大模型 3.0 版), in figures or
#: in Chinese numerals before the word that numbers a craft or a generation.
_NUMBER_AFTER_NAME = re.compile(
    rf"[{HAN}]{{0,5}}?\s*(\d+(?:\.\d+)?(?![\d.])|[一二三四五六七八九十]+(?=号|代|型|期))"
)
#: A product's family written as a hyphened modifier (A320-family jets): the product's
#: name, whose family the lower-case word after a name names as well (A320 family).
_FAMILY = re.compile(r"(.*\d.*)-family", re.IGNORECASE)
#: The words before a company's word that may stand between it and the place before
#: them (约翰内斯堡 AI 公司, 深圳初创企业), captured with the company word.
_COMPANY_AFTER_PLACE = re.compile(
    r"((?:\s?[A-Za-z]{1,3}\s?|人工智能|科技|机器人|芯片|初创|创业)?(?:公司|企业|初创|创业公司))"
)
_COMPOUND = re.compile(rf"(.+)-({'|'.join(COMPOUND_MODIFIERS)})", re.IGNORECASE)
#: Words after a model's name that make it a smaller model of its own (GPT-4o mini,
#: Gemini 2.5 Flash-Lite, DeepSeek-R1-Distill): the name without the word is the larger
#: model, another product, where a dropped version (Claude Sonnet) or a dropped line of a
#: family (Llama 4 for Llama 4 Scout) leaves the family's name.
_SMALLER = frozenset({"mini", "nano", "lite", "light", "small", "tiny", "micro", "distill"})
#: The words a writer may put after a model's name for its variant, in lower case, which
#: the name reader leaves out of the name in English prose ("GPT-4o nano").
_VARIANTS = _SMALLER | {"pro", "max", "plus", "ultra", "turbo"}
_WORD_AFTER = re.compile(r"[\s-]?([A-Za-z]+)")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.&'’][A-Za-z0-9]+)*")
_STRETCH = re.compile(r"[A-Za-z0-9]+(?:[ \-_.+/&'’]*[A-Za-z0-9]+)*")
#: Query parameters that say who shared a link, not what it is.
_TRACKING = frozenset({"fbclid", "gclid", "igshid", "mc_cid", "mc_eid", "spm", "ref_src"})


def canonical_url(url: str) -> str:
    """A link as compared: no scheme, ``www.``, fragment, trailing slash or utm_* parameters."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = (parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING
    )
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}" + (f"?{urlencode(query)}" if query else "")


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: A capitalised word alone at a sentence's opening ("Tasks run in a queue."), nothing
#: but punctuation before it.
_OPENING_WORD = re.compile(rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+)\b(?![-'’.\d])")


#: Occupations in -ist and the Chinese they translate: a writer's "Psychiatrist" before a
#: name is not the sources' 神经科学家.
_IST_OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "scientist": ("科学家",),
    "neuroscientist": ("神经科学家", "脑科学家"),
    "psychiatrist": ("精神科医生", "精神病学家"),
    "psychologist": ("心理学家",),
    "economist": ("经济学家",),
    "physicist": ("物理学家",),
    "biologist": ("生物学家",),
    "chemist": ("化学家",),
    "artist": ("艺术家",),
    "novelist": ("小说家",),
}
#: An occupation in 家 (语言学家, 钢琴家), not an everyday word in 家 (国家, 专家, 大家) nor
#: 家 as a counting word or a home (三家医院, 一家公司, 回到家).
_JIA_WORD = re.compile(
    f"[{HAN}]*学家|[{HAN}]{{2,}}(?<![国专大玩商厂赢行买卖独东全"
    f"一二两三四五六七八九十百千几多每各该这那某数回到在老])家"
)
#: A sentence's capitalised first word, hyphenated or not, before a capitalised word.
_OPENING_DESCRIPTION = re.compile(rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+(?:-[a-z]+)?) [A-Z]")


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
            stem(opening.group(1)) in ordinary
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
        and _HAN_CHAR.search(sentence) is None
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
#: money, not concerns or the bar.
_NAMED_OPENING = re.compile(
    rf"[^A-Za-z0-9{HAN}]*([A-Z][a-z]+(?: AI)?) (?:(?:also|has|have|recently|just) )?"
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
    if match is None or _HAN_CHAR.search(sentence):
        return None
    word = match.group(1)
    return match.span(1) if word.endswith(" AI") or stem(word) == word.lower() else None


def _everyday(word: str) -> bool:
    """An everyday English word by its frequency and case, or one too ordinary to be a
    name anywhere (:data:`STOPWORDS`)."""
    return word.lower() in STOPWORDS or everyday_opener(word)


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
    blanked = _blank(without_links, names + figured + multiples + scales + sized)
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
        )
        if all(m.end() <= a or m.start() >= b for a, b in names + chinese + multiples + fractions)
    )
    found.extend((m.start(), ClaimKind.NUMBER, m.group()) for m in _PAIR.finditer(without_links))
    found.extend(
        (a, ClaimKind.NUMBER, sentence[a:b]) for a, b, _, _ in vague_amounts(without_links)
    )
    found.sort(key=lambda claim: claim[0])
    return [Claim(kind, text, sentence) for _, kind, text in found]


#: What says an occupation is one person's (一位产品经理, 一名零基础的设计师, "a designer", "a
#: young product manager"): who did something, not a list of kinds (扮演架构师、工程师等).
_ONE_PERSON = re.compile(
    r"(?:一位|一名)[^，。；：、,;:！？!?（）()]{0,8}$|(?<![A-Za-z])(?:a|an)\s+(?:[A-Za-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _occupations(text: str) -> frozenset[int]:
    """The occupations the sources give one person, or all they name if none: a text's
    一位程序员 is not the sources' 一位产品经理 because their programmers are named too."""
    named = occupations_in(text)
    one = {
        group for start, _, group in named if _ONE_PERSON.search(text, max(0, start - 40), start)
    }
    return frozenset(one or {group for _, _, group in named})


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
_PAIR_WORD = re.compile(f"两[{ITEM_COUNTERS}]")
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
#: What a person's group is named by them with (王小明团队, 王小明课题组).
_PERSONS_GROUPS = frozenset({"团队", "课题组"})
#: A funding round in English (Series G, Series Pre-A), which Chinese writes G轮.
_FUNDING_ROUND = re.compile(r"series ((?:pre-?)?[a-z]\+?)")
#: A year of two digits after an apostrophe, at a name's end (ICLR'26, NeurIPS’25) or a
#: word's start (the Top '25 list, the class of '25): the year 2026.
_SHORT_YEAR = re.compile(r"(?:(?<=[A-Za-z])|(?<![\w'’]))['’](\d{2})(?!\d|\.\d|%)")
#: A title's ranked list, its brackets often dropped: 财富500强, 《财富》世界500强 (the
#: list's number its group).  A title's words before any other number are not its list:
#: 个人财富超500亿元 is wealth.
_TITLE_LIST = r"《?{title}》?(?:世界|中国|美国|全球)?\s*(\d+)\s*强"
#: A generation by the years of its births (00后, 90后, 95后): those born from 2000, 1990,
#: 1995, whose year an English text gives ("a team born after 2000").
_GENERATION = re.compile(r"(?<![\d.])(\d[05])后")
#: A figure written as a year: after a word that dates (in, since, after, before, from,
#: until, by, of) or an event's name (ICLR 2026), or before 年, 后 or -born.
_WRITTEN_YEAR = (
    r"(?:\b(?:[Ii]n|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]rom|[Uu]ntil|[Bb]y|of)\s+{year}\b)"
    r"|(?:\b[A-Z][A-Za-z]*\s?{year}\b)"
    r"|(?:(?<!\d){year}\s?(?:年|后|-born\b))"
)
#: A figure written as a year of births: born (in, after, since) it, it followed by
#: -born or 年后出生, its two digits by 后 (00后), post- before it.  A generation (00后)
#: states only this year: not a founding's "in 2000", "since 2000" nor 2000年后.
_BORN_YEAR = (
    r"(?:\b[Bb]orn\s+(?:(?:in|after|since|from)\s+)?(?:the\s+)?{year}s?\b)"
    r"|(?:(?<!\d){year}s?\s?(?:年?(?:以)?后出生|-born\b|born\b))"
    r"|(?:(?<!\d){short}后)"
    r"|(?:\b[Pp]ost-{year}s?\b)"
)
#: A generation's two digits above this are of the 1900s (90后), the rest of the 2000s.
_LAST_CENTURY_FROM = 30


def _short_year_of(text: str, match: re.Match[str]) -> tuple[str, float]:
    """A short year (:data:`_SHORT_YEAR`) with the name it ends ("iclr" of ICLR'26), or ""
    where it starts a word."""
    name = re.search(r"[A-Za-z][A-Za-z0-9-]*$", text[: match.start()])
    return (name.group().casefold() if name else "", 2000.0 + int(match.group(1)))


def _generation_year(digits: str) -> float:
    """The year a generation's two digits name: 00 is 2000, 90 is 1990."""
    return float((1900 if int(digits) > _LAST_CENTURY_FROM else 2000) + int(digits))


_VERSIONED = re.compile(r"[A-Za-z][^\s$]*\d|[A-Za-z]\s\d")


def reported_kind(claim: Claim) -> ClaimKind:
    """The kind a report names: a model name with a version ("GPT-5.1") is a number, as
    the versions of the issue's list are; it is still checked as the name it is."""
    if claim.kind is ClaimKind.NAME and _VERSIONED.search(claim.text):
        return ClaimKind.NUMBER
    return claim.kind


def claims_in(text: str, *, makers: bool = False) -> list[Claim]:
    """Every number, name and link of a text that its sources must support, in order;
    with ``makers`` (its sources name the field's makers) the table's names that are also
    common words too, wherever they stand (:func:`._names.common_names`)."""
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


def _of_a_whole(claim: Claim) -> bool:
    """Whether an English fraction is one ("three quarters of the market"), not a span of
    time ("the first three quarters", 前三季度): a fraction is of something."""
    return (
        not claim.text.isascii()
        or " in " in claim.text.lower()  # one in four
        or bool(re.search(rf"{re.escape(claim.text)}\s+of\b", claim.sentence, re.IGNORECASE))
    )


def _same_date(claim: Date, source: Date) -> bool:
    year, month, day = claim
    return (
        month == source[1]
        and (day is None or day == source[2])
        and (year is None or source[0] is None or year == source[0])
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one story's sources state, indexed once for all the claims of its text."""

    #: Every value stated, whatever its unit (rounded with ``value_key``).
    values: frozenset[float]
    #: Values stated with no unit: a bare 50亿 supports 50亿元 and $5 billion alike.
    plain: frozenset[float]
    #: (unit, value) of each percentage ("%") and amount of money ("$", "¥", ...).
    amounts: frozenset[tuple[str, float]]
    #: Every date stated (the caller's metadata line may add the publication date).
    dates: frozenset[Date]
    #: Latin words, stemmed and lower-cased; two words run together count too (Open AI).
    words: frozenset[str]
    #: Letter and digit runs of each Latin stretch, space-separated, " | " between stretches.
    sequences: str
    #: Each run of up to four consecutive Latin words, lower-cased, without the spaces and
    #: marks between or inside them: "KV-Cache", "KV cache" and "KVCache" are one term.
    runs: frozenset[str]
    #: The initials of runs of Latin words (mixture-of-transformer: mot), lower-cased.
    initials: frozenset[str]
    #: The sources' text, lower-cased, for Chinese names.
    text: str
    #: The alias table's Chinese names the sources hold as whole words (谷歌, not the
    #: 金山 of 旧金山): what may support a Latin name through its alias.
    aliases: frozenset[str]
    #: Canonical forms of the links the text may use.
    links: frozenset[str]
    #: The Latin words of the sources as written (lower case, not stemmed): a foreign
    #: name in Chinese characters may stand for one.
    latin: frozenset[str] = frozenset()
    #: Figures later reports replaced (a withdrawn score), and those that replaced them:
    #: an old figure is supported only in a sentence that gives the new one too.
    superseded: frozenset[Figure] = frozenset()
    current: frozenset[Figure] = frozenset()
    #: Each value the sources state, with how they state it (:mod:`._attach`).
    uses: Mapping[float, frozenset[Use]] = field(default_factory=dict)
    #: The sources name an organisation, product or person of the alias table: the story
    #: is about the field's makers, so a text's 小米 or 苹果 is a maker, not a word.
    makers: bool = False
    #: The sources' sentences, for what each figure is stated of (:func:`._conflicts.moved_values`).
    sentences: tuple[str, ...] = ()
    #: Each count the sources state with its counting word (3名: (3.0, "名")).
    counts: frozenset[tuple[float, str]] = frozenset()
    #: The quarters the sources name (3 for 第三季度 and Q3).
    quarters: frozenset[int] = frozenset()
    #: Each name the sources give a role, lower-cased, with the roles' groups (:mod:`._roles`).
    roles: Mapping[str, frozenset[int]] = field(default_factory=dict)
    #: Each name a role is said beside, the organisation before it too (OpenAI of OpenAI
    #: CEO Sam Altman), with the roles' groups: who may be said to have the role.
    owners: Mapping[str, frozenset[int]] = field(default_factory=dict)
    #: The languages the sources name as languages (英语, "into English"), by English name:
    #: where there are any, a text's language is compared with them.
    languages: frozenset[str] = frozenset()
    #: The occupations the sources say of one person (一位产品经理), which a text's one
    #: person is compared with, or all they name when they say none so
    #: (:data:`._roles.OCCUPATIONS` groups).
    occupations: frozenset[int] = frozenset()
    #: The units of a kind the sources write after a figure (mw for 20 兆瓦 or 20 MW).
    units: frozenset[str] = frozenset()
    #: Years the sources give in short, each with the name before it (ICLR'26: "iclr",
    #: 2026; "" for a word's start, the class of '25): they support the year a text writes
    #: out beside that name (ICLR 2026), never a count nor another event's year.
    years: frozenset[tuple[str, float]] = frozenset()
    #: Years the sources give by a generation (00后): they support a year of births a text
    #: writes out, never a count (00后 says no "2000 engineers") nor another event's year.
    births: frozenset[float] = frozenset()
    #: The days of the week the sources name (2 for 周二 and Tuesday), those of their runs
    #: of days too (1 to 5 for 周一至周五).
    weekdays: frozenset[int] = frozenset()
    #: The runs of days the sources name, by their ends or by a word (周一至周五, 工作日).
    weekday_runs: frozenset[frozenset[int]] = frozenset()
    #: "over" or "under" half, where the sources say a share is so (过半, 大多数, 少数).
    share_bounds: frozenset[str] = frozenset()
    #: Each figure with a unit the sources give, by kind, in the kind's base unit.
    measures: frozenset[tuple[str, float]] = frozenset()
    #: Every place in a ranking the sources may state (2 for 第二, "runner-up", No. 2).
    ranks: frozenset[int] = frozenset()
    #: The places the sources state, and those that hold them (:mod:`._places`).
    places: frozenset[str] = frozenset()
    #: The multiples the sources state (翻倍: 2, "halved": 0.5, 减少三成: 0.7), which a
    #: text's multiple is compared with (:mod:`._multiples`).
    multiples: frozenset[float] = frozenset()
    #: Figures the sources state with no unit and outside a share (the 5 of 5 分, not of
    #: 5%): what "5 points" alone may be, a score or an index.
    unitless: frozenset[float] = frozenset()
    #: The scales the sources' prices and rates are per (1e6 for 每百万 token).
    per_scales: frozenset[float] = frozenset()
    #: The fractions the sources state (三分之一, "two-thirds", 1/3), as percentages.
    fractions: frozenset[float] = frozenset()
    #: The halves of a year the sources name (1 for 上半年, H1 and "the first half").
    halves: frozenset[int] = frozenset()
    #: How many months from a year's start the sources' results count (9 for 前三季度).
    to_date: frozenset[int] = frozenset()
    #: The times of day the sources state, as (zone, minute of the day); a bare hour as
    #: both of its halves of the day (:func:`._times.times_of_day`).
    times: frozenset[tuple[str, int]] = frozenset()
    #: The periods the sources' figures are per ("year" for 每年, annual, 年化).
    periods: frozenset[str] = frozenset()
    #: The months of the parts of a year the sources name (seasons, 年底, quarters, halves).
    year_months: frozenset[int] = frozenset()
    #: The counts the sources give by their size only (数百家: 100 up to 1000).
    orders: frozenset[tuple[float, float]] = frozenset()
    #: The figures of no unit the sources state, years and dates aside, and their counts:
    #: what a count given by its size (数百家) is compared with.
    figures: frozenset[float] = frozenset()

    @classmethod
    def build(cls, sources: Sequence[str], links: Sequence[str] = ()) -> Evidence:
        """Index a story's source texts; ``links`` are the story's item URLs.

        Links that appear inside the source texts are allowed as well.
        """
        text = fold("\n".join(sources))
        spans = url_spans(text)
        allowed = {canonical_url(u) for u in links} | {canonical_url(text[a:b]) for a, b in spans}
        text = _blank(text, spans)
        values: set[float] = set()
        plain: set[float] = set()
        amounts: set[tuple[str, float]] = set()
        dates: set[Date] = set()
        found = quantities(text) + loose_quantities(text)
        for quantity in found:
            _index(quantity, values, plain, amounts, dates)
        dates |= run_dates(text)  # the 5 of 3月1日至5日 is March 5
        fractions = fractions_in(text)
        # a third is 33% and 33.3% to a writer who gives it as a percentage
        amounts |= {("%", value_key(round(f, n))) for f in fractions for n in (0, 1)}
        years = {_short_year_of(text, m) for m in _SHORT_YEAR.finditer(text)}
        births = {_generation_year(m.group(1)) for m in _GENERATION.finditer(text)}
        counts = counts_in(text)
        # "five days" states 5 as "5 days" does; a week's 7 days or 168 hours are not said
        values |= {value for value, _ in counts_in(text, spans=False)}
        stated = uses(text, found)
        # LG 新能源 and SK 电讯, spaced as Chinese press spaces Latin from Chinese, are the
        # table's LG新能源 and SK电讯
        joined = _LATIN_SPACE_HAN.sub("", text)
        aliases = alias_names_in(text) | (alias_names_in(joined) if joined != text else frozenset())
        roles: dict[str, set[int]] = {}
        owners: dict[str, set[int]] = {}
        for sentence in split_sentences(text):
            spans = _name_spans_of(sentence)
            for _, _, group, name in bound_roles(sentence, spans):
                roles.setdefault(name, set()).add(group)
                for alias in _bracketed_aliases(sentence, name):
                    roles.setdefault(alias, set()).add(group)
            for _, _, group, name in bound_roles(sentence, spans, both=True):
                owners.setdefault(name, set()).add(group)
        return cls(
            values=frozenset(values),
            plain=frozenset(plain),
            amounts=frozenset(amounts),
            dates=frozenset(dates),
            words=frozenset(_words(text)),
            sequences=" | ".join(
                " " + " ".join(sequence_tokens(s)) + " " for s in _STRETCH.findall(text)
            ),
            runs=frozenset(_runs(text)),
            initials=frozenset(_initials(text)),
            text=text.lower(),
            aliases=aliases,
            links=frozenset(allowed),
            latin=frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text)),
            uses=stated,
            makers=bool(aliases) or common_name_in(text) or bool(mentions(text)),
            sentences=tuple(split_sentences(text)),
            quarters=frozenset(q for _, _, q in quarters_in(text)),
            counts=frozenset(counts),
            roles={name: frozenset(groups) for name, groups in roles.items()},
            owners={name: frozenset(groups) for name, groups in owners.items()},
            languages=names_languages(text),
            occupations=_occupations(text),
            units=frozenset(unit for _, _, unit in figure_units(text)),
            years=frozenset(years),
            births=frozenset(births),
            ranks=ranks_in(text),
            measures=unit_figures(text),
            places=places_stated(text),
            multiples=stated_multiples(text),
            weekdays=weekdays_in(text),
            weekday_runs=frozenset(days for _, _, days, _ in weekday_runs(text)),
            share_bounds=share_bounds_in(text),
            unitless=_unitless(found),
            per_scales=frozenset(size for _, _, size in per_scales(text, loose=True)),
            fractions=fractions,
            halves=halves_in(text),
            to_date=months_to_date(text),
            times=frozenset((zone, m) for _, _, ms, zone in times_of_day(text) for m in ms),
            periods=frozenset(period for _, _, period in periods(text, figured=False)),
            year_months=_year_months(text),
            orders=frozenset((low, high) for _, _, low, high in orders(text)),
            figures=_count_figures(text),
        )

    def supports(self, claim: Claim) -> bool:
        """True when the sources state the claim, in whatever form (its accents aside:
        the sources are read without them too)."""
        if (plain := unaccented(claim.text)) != claim.text:
            claim = Claim(claim.kind, plain, unaccented(claim.sentence))
        if claim.kind is ClaimKind.LINK:
            if BARE_DOMAIN.fullmatch(claim.text):
                return self._has_site(claim.text)
            return canonical_url(claim.text) in self.links
        if claim.text.lower() in LANGUAGES and not _HAN_CHAR.search(claim.sentence):
            return self._has_language(claim.text.lower())
        if (
            claim.kind is ClaimKind.NAME
            and (unit := CHINESE_UNITS.get(claim.text, claim.text.lower())) in UNIT_KINDS
            and re.search(rf"\d\s?{re.escape(claim.text)}", claim.sentence)  # not "peak FLOPS"
        ):
            return self._has_unit(unit) or self._converted_unit(claim)
        if RATE.fullmatch("0" + claim.text):
            return self._has_rate(claim.text)
        if _NUMBERED_NOUN.fullmatch(claim.text):
            return self._numbered(claim.text)
        if (rank := rank_of(claim.text)) is not None:
            return rank in self.ranks
        if QUARTER.fullmatch(claim.text):
            return all(q in self.quarters for _, _, q in quarters_in(claim.text))
        if (
            claim.kind is ClaimKind.NUMBER
            and (variant := _VARIANT.fullmatch(claim.text)) is not None
            and self._has_variant(int(variant[1]), variant[2])
        ):
            return True
        if claim.kind is ClaimKind.NUMBER and _PAIR_WORD.fullmatch(claim.text):
            return self._pair_holds(claim)
        if claim.kind is ClaimKind.NUMBER and (vague := vague_amounts(claim.text)):
            return self._order_holds(claim, *vague[0][2:])
        if claim.kind is ClaimKind.NUMBER and (held := self._size_holds(claim)) is not None:
            return held
        if claim.kind is ClaimKind.NUMBER and (bound := share_bound(claim.text)) is not None:
            return self._bound_holds(bound)
        if claim.kind is ClaimKind.NUMBER and half_share(claim.text):
            return self._half_holds(claim)
        if (
            claim.kind is ClaimKind.NUMBER
            and (share := fraction_share(claim.text)) is not None
            and _of_a_whole(claim)
        ):
            return self._fraction_holds(claim, share)
        if claim.kind is ClaimKind.NUMBER and (scale := per_scales(claim.text)):
            return self._per_scale_holds(scale[0][2], figured=bool(re.search(r"\d", claim.text)))
        if claim.kind is ClaimKind.NUMBER and (multiple := multiple_of(claim.text)) is not None:
            return self._multiple_holds(claim, multiple)
        if claim.kind is ClaimKind.NAME and (phase := _trial_phase(claim)) is not None:
            return phase in _phases(self.text)  # III 期 for the sources' "phase 3"
        if claim.kind is ClaimKind.NAME and NUMBERED_NAME.fullmatch(claim.text):
            return self._has_chinese_name(claim.text)  # 中建八局 is no count of 局
        if (count := count_value(claim.text)) is not None:
            return self._count_holds(claim, *count)
        if (english := noun_count(claim.text)) is not None:
            return self._noun_count_holds(claim, *english)
        if role_group(claim.text) is not None:
            return self._role_holds(claim)
        if claim.kind is ClaimKind.NUMBER and (run := weekday_runs(claim.text)):
            return self._run_holds(*run[0][2:])
        if claim.kind is ClaimKind.NUMBER and WEEKDAY.fullmatch(claim.text):
            # compared only where the sources name a day: a writer may work one out
            return not self.weekdays or weekdays_in(claim.text) <= self.weekdays
        if (
            claim.kind is ClaimKind.NUMBER
            and _CARD_SCALE.fullmatch(claim.text)
            and not _CARDS_COUNTED.search(self.text)
        ):
            return True  # 万卡集群 names a class of cluster: compared where cards are counted
        if claim.kind is ClaimKind.NUMBER and HALF_YEAR.fullmatch(claim.text):
            # compared only where the sources name a half or count from the year's start
            # (上半年 for 前三季度): a writer may work one out of quarters
            if halves_in(claim.text) <= self.halves | ({1} if 6 in self.to_date else set()):
                return True
            return not self.halves and not self.to_date
        if (occupation := occupation_group(claim.text)) is not None:
            # compared only where the sources name an occupation: a writer may add one
            return not self.occupations or occupation in self.occupations
        if claim.kind is ClaimKind.NUMBER:
            found = quantities(claim.text) + tenths(claim.text)
            if not all(self._has_quantity(q) or self._year_in_short(q, claim) for q in found):
                return (
                    self._rounded(claim, found)
                    or self._in_yen(claim, found)
                    or self._short_year(claim)
                    or self._converted(claim)
                    or self._gap_in_points(claim, found)
                )
            return not self._stale(found, claim) and not self._moved(claim)
        if _HAN_CHAR.search(claim.text):
            return self._has_chinese_name(claim.text) or self._original_beside(claim)
        named = _named_opening(claim.sentence)
        if (
            named is not None
            and claim.sentence[named[0] : named[1]] == claim.text
            and _everyday(claim.text.split()[0])
        ):
            return self._has_opening_company(claim.text)
        if self._another_body(claim) or self._another_variant(claim):
            return False
        if (family := _FAMILY.fullmatch(claim.text)) is not None:
            # A320-family for the sources' A320: the spaced "A320 family" reads so too
            return self.supports(Claim(claim.kind, family[1], claim.sentence))
        every_word = bool(_HAN_CHAR.search(claim.sentence))
        compound = _COMPOUND.fullmatch(claim.text)
        if compound is not None and self._has_compound(compound[1], compound[2], every_word):
            return True
        based = _BASED_NAME.fullmatch(claim.text)
        if based is not None and self._has_compound(based[1], based[2], every_word):
            return self.supports(Claim(claim.kind, based[3], claim.sentence))
        if self._has_latin_name(claim.text, every_word=every_word):
            return True
        if spells_characters(claim.text, self.sentences) or self._spelled_apart(claim):
            return True
        if every_word:
            return (
                self._glossed(claim)
                or self._translated(claim)
                or self._translated_beside(claim)
                or self._spelled_out(claim)
                or self._read_in_japanese(claim.text)
            )
        return (
            self._translated_name(claim)
            or self._translated_inverted(claim)
            or self._described_opening(claim)
            or self._retold_name(claim.text)
            or self._translated_word(claim)
            or self._spelled_out(claim)
            or self._read_in_japanese(claim.text)
        )

    def _read_in_japanese(self, name: str) -> bool:
        """A Japanese person the sources write in characters, spelled by their readings
        (Kazuo Ueda for 植田和男, :mod:`._japanese`)."""
        return reads_japanese(re.sub(r"['’]s$", "", name).split(), self.text)

    def _original_beside(self, claim: Claim) -> bool:
        """A Chinese name translated from the sources' and given with their own in brackets
        right after it (美国总务管理局（GSA） for the sources' GSA): the writer names the
        body the sources name."""
        at = claim.sentence.find(claim.text)
        if at < 0:
            return False
        original = _ORIGINAL_AFTER.match(claim.sentence, at + len(claim.text))
        return original is not None and self.supports(
            Claim(ClaimKind.NAME, original.group(1), claim.sentence)
        )

    def _spelled_apart(self, claim: Claim) -> bool:
        """A name in pinyin whose syllables stand apart, one an English word (Qi An Xin for
        奇安信): the claim's words spell it with their neighbours in the sentence."""
        words = re.findall(r"[A-Za-z]+", claim.text)
        around = re.findall(r"[A-Za-z]+", claim.sentence)
        spelled = romanisations(self.sentences)
        starts = [i for i in range(len(around)) if around[i : i + len(words)] == words]
        return bool(words) and any(
            latin_key("".join(around[first:last])) in spelled
            for at in starts
            for first in range(max(0, at - 3), at + 1)
            for last in range(at + len(words), min(len(around), first + 4) + 1)
            if last - first >= 2
        )

    def _names_occupation_in_jia(self, word: str) -> bool:
        """Whether the sources name the occupation an -ist word is, in 家: the one it
        translates where :data:`_IST_OCCUPATIONS` gives it (a psychiatrist is no 神经科学家),
        else one the table gives no other -ist (a linguist is no 艺术家)."""
        if word in _IST_OCCUPATIONS:
            return any(han in self.text for han in _IST_OCCUPATIONS[word])
        return any(
            not any(jia.endswith(han) for hans in _IST_OCCUPATIONS.values() for han in hans)
            for jia in _JIA_WORD.findall(self.text)
        )

    def _described_opening(self, claim: Claim) -> bool:
        """A name after the sentence's first word, which its capital joined to the name:
        an everyday word ("Start-up Arcee AI": startup), a word the sources state in
        Chinese (``glossary.yaml``), or an occupation in -ist where the sources name one
        in 家 ("Neuroscientist David Robbe" from 神经科学家大卫·罗比).  The name is then
        checked alone, as it is after a lower-case "the start-up"."""
        first, _, rest = claim.text.partition(" ")
        opening = _OPENING_DESCRIPTION.match(claim.sentence)
        if not rest or opening is None or opening.group(1) != first:
            return False
        word = first.lower()
        ordinary = (
            word.replace("-", "") in STOPWORDS
            or self._translates([stem(word)])
            or (word.endswith("ist") and self._names_occupation_in_jia(word))
        )
        return ordinary and self.supports(Claim(claim.kind, rest, claim.sentence))

    def _has_compound(self, head: str, modifier: str, every_word: bool) -> bool:
        """A name a hyphen makes a modifier (an LLM-driven system, Duolingo-style cards,
        a Shenzhen-based startup): the name is checked as any name is, and the sources
        must state the relation the modifier word names beside the name, in any of the
        name's spellings (由 LLM 驱动, 基于 LLM 的, 多邻国式, 总部位于深圳).  A planted
        Qwen-based is flagged by its name; an AI-native the sources never call 原生, by
        its relation.  Beside is within the relation's clause, and after a relation word
        before the 的 that ends its object: 不同于 GPT，基于 Claude 的 makes nothing
        GPT-based, nor 总部位于深圳的星衡在广州设厂 a Guangzhou-based startup."""
        lower = head.lower()
        if lower not in NOT_CLAIMS and not self._has_latin_name(head, every_word=every_word):
            return False
        forms = {lower, *LATIN_ALIASES.get(lower, ()), *term_chinese().get(lower, ())}
        if modifier.lower() == "based" and self._place_of_company(lower, forms):
            return True
        for said in COMPOUND_MODIFIERS[modifier.lower()]:
            for match in re.finditer(said, self.text):
                before = self.text[max(0, match.start() - _NEAR) : match.start()]
                after = self.text[match.end() : match.end() + _NEAR]
                near = _CLAUSE_MARK.split(before)[-1] + said + _OBJECT_END.split(after)[0]
                if any(form in near for form in forms) or reads_in(lower, near):
                    return True
        return False

    def _place_of_company(self, lower: str, forms: set[str]) -> bool:
        """Whether the sources write the place right before a company's word, as where it
        is based (约翰内斯堡 AI 公司 Lelapa AI, 深圳初创企业): a place of the terms table
        or in pinyin, in one clause with the company word."""
        for match in _COMPANY_AFTER_PLACE.finditer(self.text):
            head = _CLAUSE_MARK.split(self.text[max(0, match.start() - _NEAR) : match.start()])[-1]
            near = head + match.group(1)
            if any(form in near for form in forms if not form.isascii()) or (
                lower.isascii() and lower not in term_chinese() and reads_in(lower, head)
            ):
                return True
        return False

    def _has_language(self, language: str) -> bool:
        """A language is compared where the sources name languages (英语 for a text's
        French is another): only their naming it supports it."""
        return not self.languages or language in self.languages

    def _has_unit(self, unit: str) -> bool:
        """A figure's unit (GW) is compared with the units of its kind the sources write
        after a figure: GW is not their 兆瓦 (MW); with none of its kind there, nothing
        contradicts it, and its figure is checked on its own."""
        said = {u for u in self.units if UNIT_KINDS[u] == UNIT_KINDS[unit]}
        return not said or unit in said

    def _has_rate(self, rate: str) -> bool:
        """A unit per unit (dB/km) is compared with the sources' rates that share a unit
        with it: dB/km is not their dB/m, Gb/s not their Mb/s nor their Mbps; with no
        such rate there, nothing contradicts it."""
        unit, per = rate.lower().split("/")
        if per == "s" and f"{unit}ps" in UNIT_KINDS and not self._has_unit(f"{unit}ps"):
            return False
        said = {
            (m.group(1), m.group(2))
            for m in re.finditer(r"(?<![a-z])([a-z]+)\s?/\s?([a-z]+)(?![a-z])", self.text)
            if m.group(1) == unit or m.group(2) == per
        }
        return not said or (unit, per) in said

    def _numbered(self, claim: str) -> bool:
        """A noun a numeral opens (三支柱) is compared with the sources' numbers of that
        noun only (双支柱, 三个支柱, 3 大支柱): a source that never numbers it says nothing
        against it."""
        noun = claim[1:]
        said = {
            _numeral(m.group(1)) for m in _NUMBERED_NOUN.finditer(self.text) if m.group(2) == noun
        } | self._counts_of(noun)
        return not said or _numeral(claim[0]) in said

    def _has_site(self, domain: str) -> bool:
        """A bare domain the sources link to (any page of it), write, or name: 36kr.com for
        a link to 36kr.com/p/1, for 36kr.com or news.36kr.com in their text (not openai.com
        for ai.com), for the site's name (TechCrunch; not an everyday word such as AI), or
        for the alias table's 36Kr (36氪) it is the site of."""
        host = domain.lower().removeprefix("www.")
        hosts = {link.split("/")[0].split(":")[0] for link in self.links}
        written = re.search(rf"(?<![\w-]){re.escape(host)}(?![\w-])", self.text)
        if any(h == host or h.endswith("." + host) for h in hosts) or written:
            return True
        name = host.rsplit(".", 1)[0]
        named = name not in NOT_CLAIMS and re.search(
            rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", self.text
        )
        return bool(named) or any(
            key in LATIN_ALIASES and self._has_latin_name(key) for key in (host, name)
        )

    def _short_year(self, claim: Claim) -> bool:
        """Whether the claim is a year of two digits after an apostrophe (ICLR'26) whose
        year in full the sources give (ICLR 2026), as they may give it short for a text's
        2026."""
        return any(
            m.group(1) == claim.text and 2000.0 + int(m.group(1)) in self.values
            for m in _SHORT_YEAR.finditer(claim.sentence)
        )

    def _count_holds(self, claim: Claim, value: float, counter: str) -> bool:
        """A writer's count (三项指标, 两大巨头, "ten days") is compared with the sources'
        counts of its noun (单一 as one), whatever list the text gives (三项 for their 两项指标 is a
        lengthened list).  Where they count it nowhere, a count with 大 sums up (三大看点);
        any other must be a count they state, or a figure they state of no counted thing,
        or count the text's own list."""
        if counter == "time" and _near(value, self.multiples):
            return True  # "grew three times": a multiple the sources state (增长两倍)
        if value >= 100 and self._rounded(claim, [Quantity(0, len(claim.text), (value,))]):
            return True  # 近五千名 for 4,800: a count a word rounds, as a figure it rounds
        if counter in _FRAMED_SPANS and _frames(claim.sentence, claim.text):
            # 过去两年, 近两年来: the time a text looks back over, compared only with the
            # spans the sources look back over (成立三年 is no 过去两年); where they look
            # back over none, it frames the text as 未来十年 does
            frames = {count for count in _frames(self.text) if count[1] == counter}
            return not frames or (value, counter) in frames
        said = self._counts_of_noun(claim) | self._single_of_noun(claim)
        if said:
            return value in said
        if counter == "年" and all(c[1] != "年" for c in self.counts):
            return True  # 未来十年, 四十年前: years the sources never count frame, not state
        if counter in ("week", "month"):
            # against the days, weeks or months the sources count (two weeks is fourteen
            # days, no two months); where they count none, a Chinese span frames (未来三个月)
            if any(c[1] in _CALENDAR for c in self.counts):
                return (value, counter) in self.counts
            if _HAN_CHAR.search(claim.text):
                return True
        return (
            counter == "大"
            or (value, counter) in self.counts
            or _counts_its_list(claim, value)
            or (value in self.values and all(c[1] != counter for c in self.counts))
        )

    def _fraction_holds(self, claim: Claim, share: float) -> bool:
        """A text's fraction (三分之一, "a quarter of") against the shares the sources
        state, as fractions, percentages or tenths: to the nearest whole percent (33% is a
        third), or within a tenth of it where a word says it is rounded (近三分之一 for
        30%, "nearly a third")."""
        at = claim.sentence.find(claim.text)
        rounded = at >= 0 and _QUALIFIER.search(claim.sentence[:at]) is not None
        within = _ROUNDED_WITHIN * share if rounded else _WHOLE_PERCENT
        return any(round(abs(other - share), 6) <= round(within, 6) for other in self._shares())

    def _shares(self) -> frozenset[float]:
        """Every share the sources state, as a fraction, a percentage or in tenths."""
        return self.fractions | {k for unit, k in self.amounts if unit == "%"}

    def _half_holds(self, claim: Claim) -> bool:
        """A text's half (半数, "half of the users") against the sources' shares, as a
        fraction is; compared only where they state a share, and held by a bound of theirs
        (过半, 大部分: about half) or a multiple (减半, "halved")."""
        if 0.5 in self.multiples or self.share_bounds or not self._shares():
            return True
        return self._fraction_holds(claim, 50.0)

    def _bound_holds(self, bound: str) -> bool:
        """A text's share over or under half (过半, "less than half") against the sources':
        a share of theirs on that side of half, or the bound in their words (大多数 holds
        "a majority of").  Compared only where they state a share or a bound."""
        shares = self._shares()
        if bound in self.share_bounds or not (shares or self.share_bounds):
            return True
        # half itself holds either bound: the sources' "超过 50%" is read as its 50
        return any(share >= 50 if bound == "over" else share <= 50 for share in shares)

    def _run_holds(self, days: frozenset[int], by_ends: bool) -> bool:
        """A text's run of days against the days the sources name, where they name any: by
        its ends (周一至周三), the days of a run of theirs or days they name one by one, and
        no fewer than a run of theirs holds; by a word (周末, weekdays), any day of it."""
        if not by_ends:  # compared with a word of theirs too (weekdays for 周末)
            said = self.weekdays.union(*self.weekday_runs)
            return not said or bool(days & said)
        if not self.weekdays:
            return True
        return days in self.weekday_runs or (
            days <= self.weekdays and not any(days < run for run in self.weekday_runs)
        )

    def _per_scale_holds(self, size: float, *, figured: bool) -> bool:
        """What a text's price is per (每百万 token, "per 1K tokens") against what the
        sources' prices are per: per thousand is not their per million.  Where they state
        none, the scale's figure must be one they state, as any figure (a scale in words
        then says nothing against them)."""
        if self.per_scales:
            return size in self.per_scales
        return not figured or size in self.values

    def _multiple_holds(self, claim: Claim, multiple: frozenset[float]) -> bool:
        """A text's multiple (tripled, 翻倍, 增长两倍: any of its readings) against the
        multiples the sources state, their counts of times, and the ratios of two of their
        figures of one unit (from $10 million to $30 million is tripled).  Where they state
        no multiple, a word says nothing against them, and a figure's multiple (三倍, 3倍)
        needs its figure stated, as any figure does."""
        times = {value for value, counter in self.counts if counter == "time"}
        if any(_near(value, self.multiples | times) for value in multiple):
            return True
        if any(self._ratio_of_figures(value) for value in multiple):
            return True
        if self.multiples:
            return False
        if re.search(r"[\d一二两三四五六七八九十]", claim.text):
            return any(value_key(value) in self.values for value in multiple)
        return True

    def _ratio_of_figures(self, multiple: float) -> bool:
        """Whether two of the sources' figures of one unit stand in this ratio."""
        by_unit: dict[str, list[float]] = {}
        for unit, value in self.amounts:
            if value > 0:
                by_unit.setdefault(unit, []).append(value)
        return any(
            _near(high / low, {multiple})
            for values in by_unit.values()
            for low in values
            for high in values
            if high != low
        )

    def _counts_of_noun(self, claim: Claim) -> set[float]:
        """The sources' counts of the noun right after a Chinese count (2 of 两项指标 or
        两个指标 for a text's 三项指标, 3 of 三家巨头 for its 两大巨头).  A source's 五大基地
        says nothing of 业务, so only a count of the same noun is compared."""
        noun = _counted_noun(claim)
        return self._counts_of(noun) if noun else set()

    def _counts_of(self, noun: str, *, translated: bool = False) -> set[float]:
        """How many of a noun the sources count, in figures or numerals.  Any counting
        word counts it (两项指标 and 两个指标, 三大巨头 and 三家巨头): the noun says what
        is counted, the counting word is the language's.  Not an ordinal (第三项 is one
        item), nor one (一种 is an article).  The Chinese of an English noun is
        ``translated``, a word and not a claim's next two characters, so it is also read
        without a counting word (双分支) and after a short modifier (两款新模型)."""
        counted = f"[{_COUNTING_WORDS}]"
        if translated:
            counted = f"(?:{counted}[{HAN}]{{0,2}}?)?"
        number = f"\\d+|[{_ZH_NUMERALS}双]+"
        low = f"(?:({number})\\s*[到至或~～-]\\s*)?"  # a range's low end (两到三个)
        pattern = f"(?<![\\d.第]){low}({number})\\s*{counted}{re.escape(noun)}"
        return {
            value_key(value)
            for match in re.finditer(pattern, self.text)
            for value in _range_ends(match.group(1), match.group(2))
            if value >= 2
        }

    def _single_of_noun(self, claim: Claim) -> set[float]:
        """One, where the sources call the noun right after a Chinese count single (单一神经
        网络 for a text's 两个神经网络); 一个 is no count (一种 is an article)."""
        noun = _counted_noun(claim)
        if noun is None or not any(
            not _NOT_SINGLE.search(self.text, max(0, m.start() - 6), m.start())
            and not (
                _FROM_SINGLE.search(self.text, max(0, m.start() - 6), m.start())
                and _TURNS_TO.match(self.text, m.end())
            )
            for m in re.finditer(f"(?:单一|单个|唯一)的?{re.escape(noun)}", self.text)
        ):
            return set()
        return {1.0}

    def _order_holds(self, claim: Claim, currency: str, order: int) -> bool:
        """An amount given by its order (数万美元) against the sources' amounts in its
        currency: the orders they give (数百美元), and their figures of the measure the
        claim's clause names (成本约3.5万美元 for 成本数万美元).  Where they give neither,
        it contradicts nothing: a writer's framing of another measure (广告市场规模高达数千亿
        美元) is not the round or the cost the sources state."""
        said = {o for _, _, c, o in vague_amounts(self.text) if c == currency}
        at = claim.sentence.find(claim.text)
        measures = measures_in(clause_at(claim.sentence, at)) if at >= 0 else frozenset()
        figures = {
            value
            for value, stated in self.uses.items()
            if any(u.dimension == currency and u.measures & measures for u in stated)
        }
        if not said and not figures:
            return True
        return order in said or any(10**order <= v < 10 ** (order + 1) for v in figures)

    def _size_holds(self, claim: Claim) -> bool | None:
        """A time of day, a period, a part of a year or a count by its size,
        against what the sources state of its kind; None for a claim of none of these,
        or a time the sources state none of in its zone (its figures checked as any)."""
        text = claim.text
        at = claim.sentence.find(text)
        span = (at, at + len(text))
        if clock := [(ms, z) for a, b, ms, z in times_of_day(claim.sentence) if (a, b) == span]:
            minutes, zone = clock[0]
            said = {m for z, m in self.times if z == zone or not z or not zone}
            return bool(minutes & said) if said else None
        if said_period := [p for a, b, p in periods(claim.sentence) if (a, b) == span]:
            # compared only where the sources give a period: a writer may work one out
            return not self.periods or said_period[0] in self.periods
        if any((a, b) == span for a, b, _ in year_parts(claim.sentence)):
            # compared where the sources name a part of a year (or a quarter, a half)
            return not self.year_months or bool(part_months(text) & self.year_months)
        if (size := orders(text)) and size[0][:2] == (0, len(text)):
            _, _, low, high = size[0]
            if not self.figures and not self.orders:
                return True  # no count of the sources to set against it
            return any(low <= v < high for v in self.figures) or any(
                a < high and low < b for a, b in self.orders
            )
        return None

    def _pair_holds(self, claim: Claim) -> bool:
        """两 with its counting word (两个神经网络) against the sources' counts of the same
        noun, a single one included; a noun they never count says nothing against it."""
        said = self._counts_of_noun(claim) | self._single_of_noun(claim)
        return not said or 2.0 in said

    def _noun_count_holds(self, claim: Claim, value: float, noun: str) -> bool:
        """An English count of a noun ("three stages") is compared with the sources' counts
        of that noun, in English or in the Chinese that translates it (两个阶段); when they
        count it nowhere, the sources must state its value in some form (三天 supports a
        "three-day" event), as they must a figure's, or the text count its own list.  The
        word after the count may be an adjective (three new models), so the word after it
        is read as the noun too."""
        said = self._counts_of_english_noun(noun)
        at = claim.sentence.find(claim.text)
        if at >= 0 and (then := _NEXT_WORD.match(claim.sentence, at + len(claim.text))):
            said |= self._counts_of_english_noun(then.group(1))
        if said:
            return value in said
        return value in self.values or _counts_its_english_list(claim, value)

    def _counts_of_english_noun(self, noun: str) -> set[float]:
        """What the sources count of an English noun: its counts in English ("5 stages"),
        and counts of its Chinese (``glossary.yaml``, 两个阶段, 双分支); not one (一种 is
        an article)."""
        key = _noun_key(noun)
        said = {value for value, word in english_noun_counts(self.text) if _noun_key(word) == key}
        for han in _glossary().get(key, ()):
            said |= self._counts_of(han, translated=True)
        return {value for value in said if value >= 2}

    def _role_holds(self, claim: Claim) -> bool:
        """False when the role is said of a name the sources give only other roles.  The
        name is looked for in either script (a Google vice president, 谷歌总监)."""
        if role_group(claim.text) in VAGUE_ROLES:
            return True
        sentence = _blank(claim.sentence, url_spans(claim.sentence))
        at = sentence.find(claim.text)
        if at >= 0 and appointed(sentence, at):
            if not self._role_open(claim.text, sentence):
                return False  # the role taken is the news: the sources must give it so
            if self._taken_by_other_holder(claim.text, sentence, at):
                return False  # 李明接棒 Lumio CEO, where the sources make 李明 its CTO
        for start, end, group, name in bound_roles(sentence, _name_spans_of(sentence)):
            if sentence[start:end] != claim.text:
                continue
            forms = {name} | {alias.lower() for alias in _aliases_of(name)}
            if same_role(group, self._given_roles(forms)):
                continue  # a pinyin reading only adds roles: it cannot undo this one
            forms |= self._spelled(name)
            given = self._given_roles(forms)
            if not given:
                if self._held_by_others(group, forms) and not self._owner_of_holders_role(
                    group, forms, sentence
                ):
                    return False  # Nimbus's CEO, where only Corvid has one
                continue
            if same_role(group, given):
                continue
            if not any(_gives_role(line, forms, group) for line in self.sentences):
                return False
        return True

    def _taken_by_other_holder(self, role: str, sentence: str, at: int) -> bool:
        """Whether the person said to take the role, named right before the words that say
        so, is one the sources give other roles, and neither this one nor its taking."""
        verb = appointment_start(sentence, at)
        group = role_group(role)
        if verb is None or group is None:
            return False
        for a, b in _name_spans_of(sentence):
            if b <= verb and _BEFORE_TAKING.fullmatch(sentence, b, verb):
                name = sentence[a:b].lower()
                forms = {name} | {alias.lower() for alias in _aliases_of(name)}
                forms |= self._spelled(name)
                given = self._given_roles(forms)
                holders = self._holders(group)
                return (
                    bool(given)
                    and group not in given
                    and holders is not None
                    and not holders & forms
                )
        return False

    def _role_open(self, role: str, sentence: str) -> bool:
        """Whether the sources give a role a text says someone takes so that they may: named
        not only as left (卸任, former), and, where each time they name it they say who holds
        it, with one of those holders named in the text's sentence (Lumio CEO 张伟 is no
        support for 李明出任 Lumio CEO)."""
        holders = self._holders(role_group(role))
        if holders is None:
            return True  # a role said of no one: anyone may be said to take it
        if any(self._names_holder(holder, sentence) for holder in holders):
            return True
        # an appointee the sources never name is flagged as a name; the role is checked
        # where the sentence's names are the sources' (李明出任 Lumio CEO)
        return not any(
            role_group(sentence[a:b]) is None
            and self.supports(Claim(ClaimKind.NAME, sentence[a:b], sentence))
            for a, b in _name_spans_of(sentence)
        )

    def _holders(self, group: int | None) -> set[str] | None:
        """Who the sources say holds or takes a role (:func:`_line_holders`); None where
        they name it once said of no one."""
        holders: set[str] = set()
        for line in self.sentences:
            found = _line_holders(line, group)
            if found is None:
                return None
            holders |= found
        return holders

    def _names_holder(self, holder: str, sentence: str) -> bool:
        """Whether a sentence names a holder of a role in the sources, in either script,
        by the last word of a full name (Altman of Sam Altman) or in pinyin (Zhang Wei)."""
        lowered = sentence.lower()
        forms = {holder, holder.split()[-1], *(a.lower() for a in _aliases_of(holder))}
        if any(form in lowered for form in forms):
            return True
        return any(
            spells_name(sentence[a:b], holder, self.sentences) for a, b in latin_names(sentence)
        )

    def _owner_of_holders_role(self, group: int, forms: set[str], sentence: str) -> bool:
        """Whether the sources make the organisation the role's owner, not its holder: a
        source sentence names it before someone taking the role (Lumio 宣布王芳出任 CEO
        supports Lumio 迎来新任 CEO), or names it, then a holder of the role whom the text's
        sentence names too (王芳出任 Lumio CEO)."""
        for line in self.sentences:
            lowered = line.lower()
            if group not in role_groups_in(line) or not any(f in lowered for f in forms):
                continue
            first = min(lowered.find(f) for f in forms if f in lowered)
            if any(
                found == group and first < start and appointed(line, start)
                for start, _, found in roles_in(line)
            ):
                return True
            if any(
                group in groups
                and lowered.find(name) > first
                and self._names_holder(name, sentence)
                for name, groups in self.roles.items()
            ):
                return True
        return False

    def _held_by_others(self, group: int, forms: set[str]) -> bool:
        """Whether a name the sources write (in Latin, as the text does) and give no role
        is given a role the sources give only to others (Nimbus's CEO, where only Corvid
        has one; not OpenAI's CEO beside their OpenAI CEO Sam Altman)."""
        written = any(
            re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", self.text)
            for form in forms
            if form.isascii()
        )
        return (
            written
            and not any(group in self.owners.get(form, ()) for form in forms)
            and any(group in groups for groups in self.roles.values())
        )

    def _given_roles(self, forms: set[str]) -> frozenset[int]:
        """The roles the sources give any of the forms of a name."""
        return frozenset().union(*(self._roles_of(form) for form in forms))

    def _spelled(self, name: str) -> set[str]:
        """The Chinese names the sources give a role whose pinyin the Latin name is (胡宇航
        for Hu Yuhang): a role is compared across scripts as the alias table's names are."""
        if _HAN_CHAR.search(name):
            return set()
        return {
            han
            for han in self.roles
            if _HAN_CHAR.search(han) and spells_name(name, han, self.sentences)
        }

    def _roles_of(self, name: str) -> frozenset[int]:
        """The roles the sources give the name, the full name whose last part it is
        (苏莱曼 of 穆斯塔法·苏莱曼, Altman of Sam Altman) or the person's team (创始人王小明团队:
        the founder is 王小明); none when they give none."""
        if name in self.roles:
            return self.roles[name]
        found = [
            groups
            for full, groups in self.roles.items()
            if (len(full) > len(name) and full.endswith(name) and full[-len(name) - 1] in "·•・ ")
            or (full.startswith(name) and full[len(name) :] in _PERSONS_GROUPS)
        ]
        return frozenset().union(*found)

    def _rounded(self, claim: Claim, found: Sequence[Quantity]) -> bool:
        """A figure with 近, 不到, 超 or 约 (or 多 or 出头 after it), or nearly, under, over or
        about, that is a figure of the sources rounded to the claim's own precision, up,
        down or to the nearest as the word says: 近81% for 80.9%, 超500亿美元 for 512亿美元,
        under 100,000 yuan for 9.9 万元; a share in tenths is rounded to
        the nearest by itself (七成 for 68%).  Only a figure of the same kind
        (a share, an amount in that currency, a plain number) may be rounded, and by no
        more than a tenth of it: 约10亿 is not the sources' 5亿, whatever its zeros."""
        if len(found) != 1 or len(found[0].values) != 1 or found[0].date or found[0].version:
            return False
        quantity = found[0]
        at = claim.sentence.find(claim.text)
        if at < 0:
            return False
        before = _QUALIFIER.search(claim.sentence[:at])
        after = claim.sentence[at + len(claim.text) :].lstrip().startswith(
            ("多", "余", "出头")
        ) or (
            re.search(r"\d\s*[多余]", claim.text) is not None  # the claim's own 100 多
        )
        in_tenths = bool(tenths(claim.text))
        if before is None and not after and not in_tenths:
            return False
        word = before.group(1).lower() if before else "超" if after else "约"
        # 约 is either way: to the nearest, or cut to the claim's precision as writers do
        # (约 204 亿 for 204.5 亿)
        roundings = (
            (ROUND_CEILING,)
            if word in _UNDER
            else (ROUND_FLOOR,)
            if word in _OVER
            else (ROUND_HALF_UP, ROUND_FLOOR)
            if before is not None
            else (ROUND_HALF_UP,)
        )
        # 18.4亿 is 1839999999.9999998 as a float: compared at value_key's precision
        claimed = Decimal(repr(value_key(quantity.values[0]))).normalize()
        exponent = claimed.as_tuple().exponent
        if not isinstance(exponent, int):
            return False
        step = Decimal(1).scaleb(exponent)
        if quantity.unit == "%":
            candidates = {k for unit, k in self.amounts if unit == "%"}
        elif quantity.unit in _POINTS:
            candidates = set(self._points(quantity.unit))
        elif quantity.unit:
            candidates = {k for unit, k in self.amounts if unit == quantity.unit} | self.plain
        else:
            candidates = set(self.values)
        # 100多 is 100 to 199: a figure with 多 after it spans its last digit's place;
        # so does a scale passed alone (超千亿: 1,000 to 1,999 亿)
        bare = claim.text[:1] in _SCALE_WORDS
        spans = (after and before is None) or (bare and word in _OVER)
        within = 1.0 if spans else _ROUNDED_WITHIN
        return any(
            (Decimal(repr(value_key(v))) / step).quantize(Decimal(1), rounding=rounding) * step
            == claimed
            for v in candidates
            for rounding in roundings
            if abs(v - quantity.values[0]) <= within * quantity.values[0]
        )

    def _glossed(self, claim: Claim) -> bool:
        """An English gloss in brackets after a Chinese term, each of whose words the
        sources have or the term translates (视觉编程（Visual Coding）), or whose letters
        are the initials of words the term translates, in order (整合信息论（IIT）); or
        an English term with its Chinese in brackets after it, read the same way
        (acqui-hire（收购式招聘）)."""
        pairs = [m.groups() for m in _GLOSS.finditer(claim.sentence)]
        pairs += [m.groups()[::-1] for m in _GLOSSED_ENGLISH.finditer(claim.sentence)]
        for term, gloss in pairs:
            if claim.text not in gloss:
                continue
            words = re.findall(r"[A-Za-z]+", gloss)
            if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
                return _initials_in(words[0].lower(), term)
            return all(
                word.lower() in NOT_CLAIMS
                or stem(word) in self.words
                or any(han in term for han in _glossary().get(stem(word), ()))
                for word in words
            )
        return False

    def _translated(self, claim: Claim) -> bool:
        """Whether the sources write the term of two to four English words the claim
        stands in with some or all of them in Chinese (Memory Layer: "Memory层",
        "记忆层"): one term, respelled."""
        term = next((t for t in _LATIN_RUN.findall(claim.sentence) if claim.text in t), claim.text)
        words = [stem(w) for w in re.findall(r"[A-Za-z]+", term)]
        if not 2 <= len(words) <= _TRANSLATED_WORDS:
            return False
        # the sources, or the claim's own sentence: "负向提示词…通过Negative Prompt" gives
        # the term twice, and its Chinese is what the sources must support
        text = _unmarked(self.text + "\n" + claim.sentence.replace(term, " "))
        spellings = [(w, *_glossary().get(w, ())) for w in words]
        return any(
            "".join(parts) in text
            for parts in itertools.product(*spellings)
            if any(part != word for part, word in zip(parts, words, strict=True))
        )

    def _translated_name(self, claim: Claim) -> bool:
        """An English name of two to four capitalised words (with those beside the claim)
        that translates, word by word and in order, a name the sources give in Chinese:
        General Intelligence Center for 通用智能中心, European Commission for 欧盟委员会.
        Every word must translate: General Robotics Center is still flagged, and so is a
        Robotics Industry Association for 人工智能行业协会, whose Robotics is no claim of
        its own: each capitalised word beside the claim that the glossary translates is
        part of the name.  A word it does not translate (The, Shenzhen) ends the name
        and is checked on its own.  A sentence's capitalised first word alone is an
        ordinary word when it translates a word of the sources ("Experiments show…" from
        实验发现…)."""
        at = claim.sentence.find(claim.text)
        if at < 0:
            return False
        opening = _OPENING_WORD.match(claim.sentence)
        if (
            opening is not None
            and opening.group(1) == claim.text
            and self._translates([stem(claim.text)])
        ):
            return True
        before = _CAPITALISED_BEFORE.search(claim.sentence, 0, at)
        after = _CAPITALISED_AFTER.match(claim.sentence, at + len(claim.text))
        left = [stem(w) for w in before.group(1).split()] if before else []
        right = [stem(w) for w in after.group(1).split()] if after else []
        glossary = _glossary()
        left = left[len(left) - _leading(left[::-1], glossary) :]
        run = [*left, *(stem(w) for w in claim.text.split()), *right[: _leading(right, glossary)]]
        return 2 <= len(run) <= _TRANSLATED_WORDS and self._translates(run)

    def _translated_inverted(self, claim: Claim) -> bool:
        """A body's English name whose "for" or "of" part Chinese writes before the body's
        word: National Center for Artificial Intelligence for 国家人工智能中心, Ministry of
        Science and ICT for 科学技术信息通信部.  Every word must translate, in that order,
        with nothing between (an "and" may be 与, 和 or nothing)."""
        at = claim.sentence.find(claim.text)
        inner = _OF_PART.search(claim.text)
        if inner is not None:  # CAS Institute of Automation, read whole as one claim
            head_text, part_text = claim.text[: inner.start()], inner.group(1)
        elif at >= 0 and (tail := _OF_PART.match(claim.sentence, at + len(claim.text))):
            head_text, part_text = claim.text, tail.group(1)
        else:
            return False
        head = [stem(w) for w in head_text.split()]
        part = [stem(w) for w in part_text.split()]
        words = [*head[:-1], *part, head[-1]]
        if len(words) > 2 * _TRANSLATED_WORDS:
            return False
        glossary = _glossary()
        spellings = [
            ("与", "和", "")
            if w == "and"
            else glossary.get(w) or ((w,) if w in self.words else _named_chinese(w))
            for w in words
        ]
        if not all(spellings) or not any(w in glossary for w in words):
            return False
        text = _unmarked(self.text).lower()
        return any("".join(parts) in text for parts in itertools.product(*spellings))

    def _another_body(self, claim: Claim) -> bool:
        """Whether a university or institute named by its place (University of Tokyo,
        Princeton University) is a body the sources never name: they write the place
        only inside another body's name (东京工业大学, 普林斯顿高等研究院), never alone, in
        Latin script, or before this body's word (东京大学).  The place alone supports
        the body elsewhere: 斯坦福 is Stanford University as a writer shortens it.  Only a
        place and a body: a longer name (Tokyo Institute of Technology) may translate the
        rest of the sources' name."""
        name = claim.text
        bare = _POSSESSIVE.sub("", name)  # the University of Tokyo's team
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", bare) if w.lower() not in _OF]
        bodies = [w for w in words if w in _BODY_WORDS]
        at = claim.sentence.find(name)
        after = at + len(name) if at >= 0 else len(claim.sentence)
        if (
            len(words) != 2
            or len(bodies) != 1
            or self._has_sequence(name)
            or _NAME_GOES_ON.match(claim.sentence, after) is not None
        ):
            return False
        body, place = bodies[0], next(w for w in words if w != bodies[0])
        forms = {*LATIN_ALIASES.get(place, ()), *term_chinese().get(place, ())}
        forms |= {han for han in foreign_names(self.text) if transliterates(han, place)}
        ends = "|".join(_BODY_WORDS[body])
        if any(re.search(f"(?:{ends})$", form) and form in self.text for form in forms):
            return False  # the table's 北京大学 for Peking University
        places = [
            m.end()
            for form in forms
            if not form.isascii() and _ANOTHER_BODY.search(form) is None
            for m in re.finditer(re.escape(form), self.text)
        ]
        return bool(places) and all(
            _ANOTHER_BODY.match(self.text, at) is not None
            and re.match(ends, self.text[at:]) is None
            for at in places
        )

    def _another_variant(self, claim: Claim) -> bool:
        """Whether a model's name is another variant than the sources': the writer's
        variant word after it ("GPT-4o nano") the sources never write after the name, or
        no such word where every one of theirs is followed by a word that makes a smaller
        model (:data:`_SMALLER`: "GPT-4o" or "Gemini 2.5 Flash" for their "GPT-4o mini"
        or "Gemini 2.5 Flash-Lite" names the larger model).  A name of one word with no
        digit is a family (the Mac for their Mac mini) and is not compared."""
        tokens = sequence_tokens(claim.text)
        if not tokens or (len(tokens) == 1 and not any(t[0].isdigit() for t in tokens)):
            return False
        name = re.escape(" ".join(tokens))
        after = {m.group(1) for m in re.finditer(rf" {name} (\S*)", self.sequences)}
        if not after:
            return False
        for said in re.finditer(re.escape(claim.text), claim.sentence):
            word = _WORD_AFTER.match(claim.sentence, said.end())
            written = word.group(1) if word and word.group(1) in _VARIANTS else None
            if written not in after if written else after <= _SMALLER:
                return True
        return False

    def _has_opening_company(self, name: str) -> bool:
        """A company an English sentence opens with by an everyday word (Scale AI
        released…): its word is checked though it is an everyday one, so the sources
        must write that word, or the alias table must know the name as one they give."""
        lower = name.lower()
        if any(alias in self.aliases for alias in LATIN_ALIASES.get(lower, ())):
            return True
        return stem(name.split()[0]) in self.words and self._has_latin_name(name)

    def _retold_name(self, name: str) -> bool:
        """A name of two to four words (or parts of a hyphenated word) that retells, in
        order and with nothing between, a name the sources write in Chinese, each word its
        pinyin (two characters or more), its translation (``glossary.yaml``), the alias
        table's Chinese name for it or the sources' own Latin word, some translated and
        some not: Canghai Storage for 沧海·存储, GPU-poor for GPU穷人, AI-plus-devices for
        AI+终端, Snapdragon Summit for 骁龙峰会.  A word that retells
        nothing there (Lingbo Storage for 沧海·存储) leaves the name unsupported."""
        words = re.split(r"[\s-]+", name.strip())
        if not 2 <= len(words) <= _TRANSLATED_WORDS or not all(w.isalpha() for w in words):
            return False
        text = _NAME_GAPS.sub("", self.text)
        return any(self._retells(words, text, at, set()) for at in range(len(text)))

    def _retells(self, words: Sequence[str], text: str, at: int, ways: set[bool]) -> bool:
        """Whether the words, from the first, retell the text from ``at`` on (see
        :meth:`_retold_name`), some by translation and some not (``ways`` holds how the
        words before did): a name all translated is :meth:`_translated_name`'s, which
        reads the capitalised words beside it too."""
        if not words:
            return ways == {True, False}
        word, rest = words[0], words[1:]
        lower = word.lower()
        ends = [
            (at + len(han), True)
            for han in _glossary().get(stem(word), ())
            if text.startswith(han, at)
        ]
        ends += [(end, False) for end in reading_ends(word, text, at) if end - at >= 2]
        ends += [  # DJI Agriculture for 大疆农业: the table's Chinese name of the word
            (at + len(han), False)
            for han in LATIN_ALIASES.get(lower, ())
            if text.startswith(han, at)
        ]
        end = at + len(lower)
        if text.startswith(lower, at) and not _LATIN_CHAR.search(
            text[at - 1 : at] + text[end : end + 1]
        ):
            ends.append((end, False))
        if any(self._retells(rest, text, end, ways | {by}) for end, by in ends):
            return True
        return any(  # COSCO Shipping Lines for 中远海运集运: a table name of several words
            self._retells(rest[taken - 1 :], text, at + len(han), ways | {False})
            for taken in range(2, min(len(words), _TRANSLATED_WORDS) + 1)
            for han in LATIN_ALIASES.get(" ".join(words[:taken]).lower(), ())
            if text.startswith(han, at)
        )

    def _translated_word(self, claim: Claim) -> bool:
        """One capitalised word inside a sentence, no capitalised word beside it, that
        translates a word of two characters or more the sources write (Buddhist for 佛教,
        a heading's Protocol for 协议): an English word capitalised, not a name.  A word of
        a longer name (the Commission of European Commission) is read with the name."""
        at = claim.sentence.find(claim.text)
        end = at + len(claim.text)
        opening = _OPENING_WORD.match(claim.sentence)
        if (
            not claim.text.isalpha()
            or at < 0
            or (opening is not None and opening.start(1) == at)
            or _CAPITALISED_BEFORE.search(claim.sentence, 0, at) is not None
            or _CAPITALISED_AFTER.match(claim.sentence, end) is not None
        ):
            return False
        return any(
            len(han) >= 2 and han in self.text for han in _glossary().get(stem(claim.text), ())
        )

    def _spelled_out(self, claim: Claim) -> bool:
        """Words that spell out an acronym right after them in brackets, which the sources
        write: Model Context Protocol (MCP) for their MCP.  Each capitalised word opens
        with the acronym's capital in turn ("of", "and" may stand between) and is one the
        sources support alone (:meth:`_spelled_word`)."""
        for match in _SPELLED_OUT.finditer(claim.sentence):
            words, acronym = match.group(1), match.group(2)
            if claim.text not in words:
                continue
            spelled = [w for w in re.split(r"[\s-]+", words) if w[0].isupper()]
            capitals = "".join(c for c in acronym if c.isupper())  # MoE: Mixture of Experts
            if (
                "".join(w[0] for w in spelled) == capitals
                and self._has_latin_name(acronym)
                and all(self._spelled_word(w) for w in spelled)
            ):
                return True
        return False

    def _spelled_word(self, word: str) -> bool:
        """A word spelling out an acronym: an everyday word of the field, one the sources
        write, or one translating a word of two or more characters they write (Protocol
        for 协议; a lone 月 or 星 is in any date or name); Model Control Protocol is no MCP
        of sources that never name a control."""
        lower = stem(word)
        return (
            word.lower() in STOPWORDS
            or lower in self.words
            or any(len(han) > 1 and han in self.text for han in _glossary().get(lower, ()))
        )

    def _translates(self, words: Sequence[str]) -> bool:
        """Whether the sources write these (stemmed) English words in Chinese, each
        translated by the glossary, in order, with nothing between; a word the glossary
        lacks may be one the sources write as it is (Meta Superintelligence Labs for Meta
        超级智能实验室), so long as some word is translated."""
        glossary = _glossary()
        if not any(w in glossary for w in words):
            return False
        spellings = [_spellings(w, glossary, self.words) or _named_chinese(w) for w in words]
        if not all(spellings):
            return False
        text = _unmarked(self.text).lower()
        return any("".join(parts) in text for parts in itertools.product(*spellings))

    def _translated_beside(self, claim: Claim) -> bool:
        """Capitalised everyday English words in Chinese prose that stand for their
        Chinese in a term the sources write: Plan 模式 for 计划模式, 新增 Shopping 功能 for
        新增购物功能.  Each word translates by the glossary (or is the sources' own), and
        the translation, with the two characters after it in the claim's sentence (the
        head a Chinese modifier goes before), or before it where none follow, is the
        sources' text: a word the writer added (Pulse 功能), or put before another head
        (Health 应用 for 健康功能), is still flagged."""
        term = next((t for t in _LATIN_RUN.findall(claim.sentence) if claim.text in t), None)
        if term is None:
            return False  # a name with a version or figure (Music 3.0) is no everyday word
        words = [stem(w) for w in re.findall(r"[A-Za-z]+", term)]
        glossary = _glossary()
        at = claim.sentence.find(term)
        if at < 0 or len(words) > _TRANSLATED_WORDS or not any(w in glossary for w in words):
            return False
        spellings = [_spellings(w, glossary, self.words) for w in words]
        before = _HAN_BEFORE.search(claim.sentence, 0, at)
        after = _HAN_AFTER.match(claim.sentence, at + len(term))
        text = _unmarked(self.text).lower()
        if after is not None:
            frame = ("", after[1])
        elif before is not None:
            frame = (before[1], "")
        else:
            return False
        return any(
            f"{frame[0]}{''.join(parts)}{frame[1]}" in text
            for parts in itertools.product(*spellings)
        )

    def _moved(self, claim: Claim) -> bool:
        """Whether the claim's figure is one the sources state only of something else:
        of another measure or dimension (:func:`._attach.moved`), or of the same measure
        of another company while they give the claim's company another value
        (:func:`._conflicts.moved_values`; not when a source states the value with no
        measure at all, which binds it to nothing)."""
        sentence = fold(claim.sentence)
        at = sentence.find(fold(claim.text))
        if at < 0:
            return False
        for quantity in quantities(sentence):
            if not at <= quantity.start < at + len(claim.text) or not quantity.values:
                continue
            clause_start = next(a for a, b in clauses(sentence) if a <= quantity.start <= b)
            clause = clause_at(sentence, quantity.start)
            written = Use(
                dimension(quantity, sentence),
                measures_beside(clause, quantity.start - clause_start, quantity.end - clause_start),
            )
            if quantity.version or (is_year(quantity) and not written.dimension):
                continue
            if all(
                moved(written, self.uses.get(value_key(v), frozenset())) for v in quantity.values
            ):
                return True
            if quantity.unit and self._elsewhere(sentence, quantity):
                return True
        return False

    def _elsewhere(self, sentence: str, quantity: Quantity) -> bool:
        """Whether the sources give this amount or share only to another company's
        measure (:func:`._conflicts.moved_values`)."""
        keys = [value_key(v) for v in quantity.values]
        if any(not u.measures for k in keys for u in self.uses.get(k, frozenset())):
            return False
        moved_here = {value_key(v) for v in moved_values(sentence, self.sentences)}
        return all(k in moved_here for k in keys)

    def _stale(self, found: Sequence[Quantity], claim: Claim) -> bool:
        """Whether the claim gives a superseded figure as current (its sentence does not
        give the figure that replaced it)."""
        if not self.superseded:
            return False
        here = {figure for figure, _ in figures_of(claim.sentence)}
        stale = here & self.superseded
        if not stale or here & self.current:
            return False
        values = {value_key(v) for q in found for v in q.values}
        return any(set(keys) <= values for _, keys in stale)

    def _has_variant(self, number: int, letter: str) -> bool:
        """A variant the sources write as Chinese does, its letter by the heavenly stems
        in order (长征八号甲 for Long March 8A, 二号丙 for 2C): the number and the letter
        must both be theirs."""
        return any(
            (chinese_numeral(m[1]) if _HAN_CHAR.match(m[1]) else float(m[1])) == number
            and _VARIANT_STEMS.index(m[2]) == ord(letter) - ord("A")
            for m in _STEM_VARIANT.finditer(self.text)
        )

    def _has_quantity(self, quantity: Quantity) -> bool:
        if quantity.date is not None:
            return self._has_date(quantity.date)
        if quantity.version:
            return f" {' '.join(sequence_tokens(quantity.version))} " in self.sequences
        keys = [value_key(v) for v in quantity.values]
        if quantity.unit == "%":
            return all(("%", k) in self.amounts for k in keys)
        if quantity.unit in _POINTS:
            return all(k in self._points(quantity.unit) for k in keys)
        if quantity.unit:
            return all((quantity.unit, k) in self.amounts or k in self.plain for k in keys)
        return all(k in self.values for k in keys)

    def _in_yen(self, claim: Claim, found: Sequence[Quantity]) -> bool:
        """A bare ¥ before a figure is the yen's sign as much as the yuan's: ¥3.4 trillion
        for the sources' 3.4 万亿日元.  Not a figure written in yuan (元, RMB)."""
        return (
            _BARE_YEN_SIGN.search(claim.text) is not None
            and _YUAN_WORD.search(claim.text) is None
            and all(
                q.unit == "¥" and all(("JP¥", value_key(v)) in self.amounts for v in q.values)
                for q in found
            )
        )

    def _gap_in_points(self, claim: Claim, found: Sequence[Quantity]) -> bool:
        """A gap between two shares given in percent (6% 的分差, "a 6% lead") where the
        sources give it in points: a difference of shares reads the same either way, as
        a change of one share ("rose 6%") does not."""
        if len(found) != 1 or found[0].unit != "%":
            return False
        at = claim.sentence.find(claim.text)
        near = claim.sentence[max(0, at - _GAP_NEAR) : at + len(claim.text) + _GAP_NEAR]
        points = self._points("pp")
        return (
            at >= 0
            and _GAP_WORD.search(near) is not None
            and all(value_key(v) in points for v in found[0].values)
        )

    def _points(self, unit: str) -> frozenset[float]:
        """The changes of a share in points the sources state (5 个百分点, "5 percentage
        points") or give by two levels (from 80% to 85% is 5 points), and for "points"
        alone also their figures of no unit (a score's, an index's): never a bare 5%,
        which is no change of 5 points."""
        shares = sorted({k for u, k in self.amounts if u == "%"})
        found = {k for u, k in self.amounts if u in _POINTS}
        found |= {value_key(abs(b - a)) for i, a in enumerate(shares) for b in shares[i + 1 :]}
        if unit == "pt":
            found |= self.unitless
        return frozenset(found)

    def _year_in_short(self, quantity: Quantity, claim: Claim) -> bool:
        """Whether a year the text writes out beside the name the sources give it in short
        with (ICLR 2026 for ICLR'26; a nameless one as a year: 2026 年, "in 2026"), or,
        as a year of births ("born after 2000"), one they give by a generation (00后)."""
        if len(quantity.values) != 1 or quantity.date is not None or not is_year(quantity):
            return False
        year = quantity.values[0]
        key = value_key(year)
        return any(
            value_key(short) == key
            and re.search(
                rf"\b{re.escape(name)}\s?{round(year)}\b"
                if name
                else _WRITTEN_YEAR.format(year=round(year)),
                claim.sentence,
                re.IGNORECASE,
            )
            is not None
            for name, short in self.years
        ) or (
            key in self.births
            and re.search(
                _BORN_YEAR.format(year=round(year), short=f"{round(year) % 100:02d}"),
                claim.sentence,
            )
            is not None
        )

    def _has_date(self, date: Date) -> bool:
        """A source date agrees with the claim's; a date the sources give without its year
        (a title's 8 月 2 日) agrees with any year only when they give that day with no
        other year elsewhere (2025 年 8 月 2 日 makes 2024 年 8 月 2 日 wrong)."""
        agreeing = [source for source in self.dates if _same_date(date, source)]
        if date[0] is None or any(source[0] is not None for source in agreeing):
            return bool(agreeing)
        return bool(agreeing) and not any(
            source[0] is not None and source[1:] == date[1:] for source in self.dates
        )

    def _has_latin_name(self, phrase: str, *, every_word: bool = False) -> bool:
        if _ACRONYM_PLURAL.search(phrase) and self._has_latin_name(
            phrase[:-1], every_word=every_word
        ):
            return True  # Windows PCs for the sources' Windows PC
        whole = re.sub(r"['’]s$", "", phrase.lower())
        if round_ := _FUNDING_ROUND.fullmatch(whole):
            letter = round_.group(1)
            # not the A of Pre-A轮, an earlier round
            said = re.search(rf"(?<![a-z-]){re.escape(letter)}\s*轮", self.text.lower())
            tokens = " ".join(sequence_tokens(letter))
            return said is not None or any(
                f" {said_as} " in self.sequences
                for said_as in (f"series {tokens}", f"{tokens} round")
                if said_as.startswith("series") or letter.startswith("pre")
            )
        if any(alias in self.aliases for alias in LATIN_ALIASES.get(whole, ())):
            return True
        if whole in LATIN_ALIASES and self._names_part_of(whole):
            return True  # Samsung for 三星电子, Samsung Electronics
        if any(self._has_sequence(other) for other in latin_siblings().get(whole, ())):
            return True  # OpenClaw for Clawdbot, its name before
        if _squashed(whole) in self.runs:
            return True  # KV Cache for KVCache, Deep Seek for DeepSeek
        if (dated := _SHORT_YEAR_SUFFIX.fullmatch(whole)) and (
            _squashed(f"{dated[1]}20{dated[2]}") in self.runs
        ):
            return True  # WWDC25 for WWDC 2025: an event's year in two digits
        if self._has_term(whole):
            return True  # Mixture of Experts for 混合专家
        if _ACRONYM.fullmatch(phrase) and phrase.lower() in self.initials:
            return True  # MoT for Mixture-of-Transformer
        if self._has_product_of(whole):
            return True  # Kuaishou for 可灵
        if not every_word and not self._has_product_head(phrase):
            return False  # Mac Studio for the sources' Mac mini
        sounded = {stem(w) for w in re.findall(r"[A-Za-z]+", phrase) if self._sounds_like(w)}
        given = self._given_before_sounded(phrase, sounded)
        for unit in latin_units(phrase, every_word=every_word):
            if len(unit) > 1 or unit[0][0].isdigit():
                if (
                    f" {' '.join(unit)} " not in self.sequences
                    and not self._has_tiered(unit)
                    and not self._has_alias_version(unit)
                    and not self._has_v_version(unit, phrase)
                    and not self._has_named_version(unit)
                    and not self._has_pinyin_version(unit)
                ):
                    return False
            elif (
                unit[0] not in self.words
                and unit[0] not in sounded | given
                and not any(  # Airbus, Lexus: a name in s, stemmed as a plural
                    alias in self.aliases
                    for word in (unit[0], unit[0] + "s")
                    for alias in LATIN_ALIASES.get(word, ())
                )
                and not self._has_term(unit[0])
                and unit[0] not in {stem(w) for w in romanised_words(phrase, self.sentences)}
                and not self._head_translated(phrase, unit[0])
            ):
                return False
        return True

    def _names_part_of(self, name: str) -> bool:
        """Whether the sources name, by a Chinese name of the alias table, a body whose
        Latin name opens with this table name (三星电子, Samsung Electronics, for Samsung):
        English calls a group's company by the group's name."""
        opening = f"{name} "
        return any(
            latin.startswith(opening)
            for han in self.aliases
            if not han.isascii()
            for latin in CHINESE_ALIASES.get(han, ())
        )

    def _head_translated(self, phrase: str, head: str) -> bool:
        """A name's generic head the sources write in Chinese right after the name's
        word before it, in any script: 微软研究院 for Microsoft Research, 谷歌云 for Google
        Cloud (:data:`._names.PROSE_HEADS`)."""
        if head not in PROSE_HEADS:
            return False
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
        befores = [b for b, h in itertools.pairwise(words) if stem(h) == head]
        return any(
            re.search(f"{re.escape(form)}\\s*{re.escape(han)}", self.text, re.IGNORECASE)
            for before in befores
            for form in (before, *LATIN_ALIASES.get(before, ()))
            for han in _glossary().get(head, ())
        )

    def _has_product_head(self, phrase: str) -> bool:
        """A product's head after its name (the Studio of Mac Studio) is part of the name
        in English as in Chinese prose, so the sources must write it after the same word
        (their AI Studio is no Mac Studio), unless they name a studio in Chinese (工作室)
        that the English may translate."""
        words = re.findall(r"[A-Za-z]+", phrase.lower())
        return "工作室" in self.text or all(
            re.search(rf"(?<![a-z]){re.escape(before)}[\s-]*{stem(head)}", self.text)
            for before, head in itertools.pairwise(words)
            if head in PRODUCT_HEADS
        )

    def _has_v_version(self, unit: tuple[str, ...], phrase: str) -> bool:
        """A version's v is spelling: "vLLM v0.11" for the sources' "vLLM 0.11" (the
        version right after a name of the phrase), "vLLM 0.11" for their "vLLM v0.11".
        A v with no name before it is part of a name (V4.0 alone)."""
        if len(unit) < 2 or not unit[1][0].isdigit():
            return False
        if unit[0] == "v":
            version = " ".join(unit[1:])
            names = [t for t in sequence_tokens(phrase) if t.isalpha() and t != "v"]
            return any(f" {name} {version} " in self.sequences for name in names)
        return f" {unit[0]} v {' '.join(unit[1:])} " in self.sequences

    def _has_named_version(self, unit: tuple[str, ...]) -> bool:
        """A version the sources call one, apart from the name ("Manus 1.5" for their
        "Manus 发布了 1.5 版本" or "Manus released version 1.5"): the name and the version,
        said with 版 or version after the name in one sentence of theirs, with no other
        name between (Claude 1.5 版 after Manus is Claude's)."""
        if len(unit) != 2 or not unit[0].isalpha() or not unit[1][0].isdigit():
            return False
        name = re.escape(unit[0])
        version = re.escape(unit[1]) + r"(?:\.0)*"  # the tokens write 2.0 as 2
        said = re.compile(
            rf"(?<![\d.]){version}\s*版|(?:version|版本)\s*{version}(?![\d.])", re.IGNORECASE
        )
        for line in self.sentences:
            for named in re.finditer(rf"(?<![A-Za-z]){name}(?![A-Za-z])", line, re.IGNORECASE):
                version_said = said.search(line, named.end())
                if version_said and not _CAPITALISED.search(
                    line, named.end(), version_said.start()
                ):
                    return True
        return False

    def _has_pinyin_version(self, unit: tuple[str, ...]) -> bool:
        """A name in pinyin and its number, which the sources write in characters and in
        Chinese numerals or figures a few characters after (Tianwen-2 for 天问二号,
        Zuchongzhi 3.0 for 祖冲之三号, Jiutian 3.0 for 九天基础大模型 3.0 版): the number
        must be the sources' (Tianwen-3 is another probe)."""
        if len(unit) != 2 or not unit[0].isalpha() or not unit[1][0].isdigit():
            return False
        try:
            wanted = float(unit[1])
        except ValueError:
            return False
        for at in range(len(self.text)):
            for end in reading_ends(unit[0], self.text, at):
                said = _NUMBER_AFTER_NAME.match(self.text, end)
                if end - at >= 2 and said is not None:
                    value = chinese_numeral(said[1]) if _HAN_CHAR.match(said[1]) else None
                    if (value if value is not None else _figure(said[1])) == wanted:
                        return True
        return False

    def _has_alias_version(self, unit: tuple[str, ...]) -> bool:
        """A versioned name the sources write with its Chinese alias and the same version
        ("ERNIE 5.0" for 文心大模型 5.0, "Fortune 500" for 财富500强: a title of the terms
        table, 《财富》, numbers its list, :data:`_TITLE_LIST`); a few characters may stand
        between a name and its version (大模型)."""
        if len(unit) < 2 or not unit[1][0].isdigit():
            return False
        terms = term_chinese().get(unit[0], frozenset())
        for alias in (*LATIN_ALIASES.get(unit[0], ()), *terms):
            title = re.escape(alias.lower().strip("《》"))
            pattern = (
                _TITLE_LIST.format(title=title)
                if alias in terms and alias.startswith("《")
                else rf"《?{title}》?[{HAN}]{{0,4}}\s*(\d+(?:\.\d+)*)"
            )
            if any(
                tuple(sequence_tokens(m.group(1))) == unit[1:]
                for m in re.finditer(pattern, self.text)
            ):
                return True
        return False

    def _has_sequence(self, name: str) -> bool:
        return f" {' '.join(sequence_tokens(name))} " in self.sequences

    def _sounds_like(self, word: str) -> bool:
        """A Latin name the sources write in Chinese characters (Bach: 巴赫)."""
        return any(transliterates(han, word) for han in foreign_names(self.text))

    def _converted(self, claim: Claim) -> bool:
        """A figure the sources give in another unit of its kind (1.8 米 for 180 厘米)."""
        at = claim.sentence.find(claim.text)
        after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
        return converted(claim.text, after, self.measures)

    def _converted_unit(self, claim: Claim) -> bool:
        """A unit whose figure is the sources' in another unit of its kind (吉瓦 of
        1.2 吉瓦 for 1200 兆瓦)."""
        return any(
            converted(m.group(1), claim.sentence[m.end(1) :], self.measures)
            for m in re.finditer(rf"(\d+(?:\.\d+)?)\s?{re.escape(claim.text)}", claim.sentence)
        )

    def _given_before_sounded(self, phrase: str, sounded: set[str]) -> set[str]:
        """A Western given name before a surname the sources write only in Chinese
        characters (Joe Biden for 拜登, Keir Starmer for 斯塔默): Chinese writes a foreign
        person by the surname alone, so the English may add the given name, as it may
        before a Chinese surname (:func:`._romanise.western_given_name`).  Where the
        sources write the surname in Latin letters, the given name must be theirs, and
        where the alias table knows the person they name by that surname, the table's
        (Eric Trump is no 特朗普 of the table's Donald Trump).  Of anyone else, nothing
        the desk holds can check a given name, so a wrong one (Hunter Biden for a bare
        拜登 outside the table) passes."""
        words = re.findall(r"[A-Za-z]+", phrase)
        return {
            stem(given)
            for given, surname in itertools.pairwise(words)
            if stem(surname) in sounded
            and stem(surname) not in self.words
            and western_given_name(given)
            and not self._table_names_otherwise(given, surname)
        }

    def _table_names_otherwise(self, given: str, surname: str) -> bool:
        """Whether the alias table gives a person the sources name (in any of the
        table's forms) this surname with another given name."""
        full, ending = f"{given} {surname}".lower(), f" {surname.lower()}"
        for han in self.aliases:
            names = {n for n in CHINESE_ALIASES.get(han, ()) if n.endswith(ending)}
            if names and full not in names:
                return True
        return False

    def _transliterated(self, name: str) -> bool:
        """A foreign name in Chinese characters whose every part the sources write in
        Latin script (约夏·巴赫 for Joscha Bach, 巴赫 for Bach) or in another
        transliteration (奥特曼 for 奥尔特曼)."""
        parts = [p for p in re.split(r"[·•・]", name) if p]
        return bool(parts) and all(
            all(c in SYLLABLES for c in part)
            and (
                any(transliterates(part, word) for word in self.latin)
                or any(respells(part, han) for han in foreign_names(self.text))
            )
            for part in parts
        )

    def _has_tiered(self, unit: tuple[str, ...]) -> bool:
        """A versioned name without its tier: "Claude 4.6" for the sources' "Claude Opus
        4.6".  Only one word of letters may stand between the name and its version, so
        another version (Claude 4.5) or another name's version is still unsupported."""
        if len(unit) != 2 or not unit[1][0].isdigit() or unit[0][0].isdigit():
            return False
        name, version = (re.escape(t) for t in unit)
        return re.search(rf" {name} [a-z]+ {version} ", self.sequences) is not None

    def _has_product_of(self, maker: str) -> bool:
        """The sources name a product of this maker (智谱 for GLM-5, 快手 for 可灵)."""
        for product in products_of().get(maker.lower(), ()):
            if not product.isascii():
                if product in self.text:
                    return True
            elif f" {' '.join(sequence_tokens(product))} " in self.sequences:
                return True
        return False

    def _has_term(self, word: str) -> bool:
        """A term of the field the sources state in Chinese (MoE: 混合专家); a title
        (《财富》) also by its list (财富500强, :data:`_TITLE_LIST`)."""
        terms = term_chinese()
        chinese = terms.get(word) or terms.get(stem(word), frozenset())
        return any(
            han in self.text
            or (
                han.startswith("《")
                and re.search(_TITLE_LIST.format(title=re.escape(han.strip("《》"))), self.text)
                is not None
            )
            for han in chinese
        )

    def _has_chinese_name(self, name: str) -> bool:
        """The sources state the name, its alias, or spell it in Latin script.  A name of
        the alias table is spelled only as the table spells it: 卡帕西 is Karpathy, not a
        sound-alike of the sources' Xbox."""
        name = _HAN_SPACE.sub("", name)  # 阿里 团队: a writer's space is not the name's
        return (
            self._has_whole_name(name)
            or (is_district(name) and name[:-1] in self.text)  # 海淀区 for 海淀
            or (  # 首都国际机场 for 首都机场, 三峡水电站 for 三峡电站
                _FACILITY_WORDS.search(name) is not None
                and _FACILITY_WORDS.sub("", name) in _FACILITY_WORDS.sub("", self.text)
            )
            or self._half_english(name)
            or (not CHINESE_ALIASES.get(name) and self._transliterated(name))
            or any(
                (
                    name[cut:] in self.text
                    or (describes_part(name[cut:]) and not self._other_unit(name, cut))
                )
                and self._has_whole_name(name[:cut])
                for cut in range(max(2, place_school_end(name)), len(name) - 1)
            )
        )  # 浙大计算机学院: an organisation's short name, then its unit as the sources say;
        # 马斯克法律团队: a name, then words that describe a part of it (法律团队)

    def _other_unit(self, name: str, cut: int) -> bool:
        """Whether the sources name another unit of the kind after the name's first
        ``cut`` characters (中国科学院自动化研究所 when the text says 中国科学院计算技术研究所):
        the text's unit is then another body, no part the text may describe."""
        kind = next((k for k in (*_UNIT_KINDS, "所") if name.endswith(k)), None)
        own = name[cut : -len(kind)] if kind else ""
        if not own:
            return False
        # 中科院化学所 where the sources say 中国科学院物理研究所: the short head read in its
        # full name's characters, and 所 as the short form of 研究所
        head = f"[{HAN}]{{0,4}}?".join(map(re.escape, name[:cut]))
        kinds = "研究所|所" if kind == "所" else re.escape(kind or "")
        pattern = f"{head}([{HAN}]{{1,8}}?)(?:{kinds})"
        return any(  # neither unit's words hold the other's: no short form of it
            own not in other and other not in own
            for other in (m.group(1) for m in re.finditer(pattern, self.text))
        )

    def _half_english(self, name: str) -> bool:
        """A name the sources write with some of its words in English (上海AI Lab for
        上海人工智能实验室): each run of English words that all translate (``glossary.yaml``)
        is read in Chinese between the characters around it."""
        for run in _SOURCE_ENGLISH.finditer(self.text):
            spellings = [_glossary().get(stem(w), ()) for w in run.group().split()]
            if not all(spellings) or len(spellings) > _TRANSLATED_WORDS:
                continue
            before = self.text[max(0, run.start() - len(name)) : run.start()].replace(" ", "")
            after = self.text[run.end() : run.end() + len(name)].replace(" ", "")
            if any(
                name in before + "".join(parts) + after for parts in itertools.product(*spellings)
            ):
                return True
        return False

    def _has_whole_name(self, name: str) -> bool:
        core = strip_generic_suffix(name)
        school = place_school_end(name)
        if len(core) < school:
            core = name[:school]  # 香港大学: 香港 names no school, 香港科技大学 is another
        if name.lower() in self.text or core.lower() in self.text:
            return True
        if (
            not school
            and (_abbreviated(name, self.text) or _abbreviated(core, self.text))
            and not _anothers_short_name(name, self.text)
        ):
            return True  # 哈工大团队 for 哈尔滨工业大学
        if self._has_product_of(name) or self._has_product_of(core):
            return True
        aliases = CHINESE_ALIASES.get(name, frozenset()) | CHINESE_ALIASES.get(core, frozenset())
        if any(han in self.text for alias in aliases for han in LATIN_ALIASES[alias]):
            return True  # 北大 for 北京大学
        return any(
            f" {' '.join(sequence_tokens(alias))} " in self.sequences
            if " " in alias
            else stem(alias) in self.words
            for alias in aliases
        )


#: What a facility's full name holds that its short name leaves out: the 国际 of
#: 首都国际机场, the 水 of 三峡水电站.
_FACILITY_WORDS = re.compile("国际(?=机场)|水(?=电站)")


#: The first two characters of a noun (业务 of 三大业务).
def _near(value: float, said: Iterable[float]) -> bool:
    """Whether a multiple is one of those said, to a hundredth (a third off is 0.67)."""
    return any(abs(value - other) <= 0.01 * max(value, other) for other in said)


_HAN_PAIR = re.compile(f"[{HAN}]{{2}}")
_HAN_ALONE = re.compile(f"[{HAN}](?![{HAN}])")
_ZH_NUMERALS = "一二两三四五六七八九十"
#: A word before a figure that says it is rounded: under (近, 不到, nearly), over (超, more
#: than) or either (约, about).
_UNDER = frozenset(
    {"近", "接近", "将近", "逼近", "不到", "不足", "低于", "少于"}
    | {"nearly", "almost", "close to", "just under", "under", "less than", "fewer than"}
)
_OVER = frozenset(
    {"超", "超过", "逾", "超出", "多于", "高于", "突破", "破"}
    | {"over", "more than", "above", "upwards of", "just over"}
)
#: A cluster's size in cards a writer states by its scale alone (万卡, 千卡).
_CARD_SCALE = re.compile(r"(?:百|千|万|十万)\s?卡")
#: A count of cards or accelerators in the sources (1万张卡, 万卡, 10000 块 GPU).
_CARDS_COUNTED = re.compile(
    r"[\d零〇一二两三四五六七八九十百千万亿]\s?(?:[张块枚]\s?)?(?:卡|GPU|显卡|加速卡|芯片)"
)
#: The first characters of a scale a writer states alone (千亿, 万).
_SCALE_WORDS = frozenset("十百千万亿")
#: How far a rounded figure may be from the sources' figure, as a share of it.
_ROUNDED_WITHIN = 0.1
#: A trial's or a project's phase: a numeral after "phase" or before 期 (III 期临床,
#: 三期, "Phase 2").
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_CHINESE_PHASE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_PHASE_NUMERAL = r"(iv|i{1,3}|[1-4]|[一二两三四])"
_PHASE = re.compile(
    rf"(?i:\bphase)\s*{_PHASE_NUMERAL}\b|(?<![a-z\d]){_PHASE_NUMERAL}\s*[/／]?\s*期", re.IGNORECASE
)
_ROMAN_BEFORE_PHASE = re.compile(r"\s*期")
_PHASE_BEFORE_ROMAN = re.compile(r"(?i:phase)\s*$")


def _phase_number(numeral: str) -> int:
    lower = numeral.lower()
    return _ROMAN.get(lower) or _CHINESE_PHASE.get(lower) or int(lower)


def _trial_phase(claim: Claim) -> int | None:
    """The phase a Roman numeral names beside 期 or after "phase" (III 期), or None."""
    if claim.text.lower() not in _ROMAN or claim.text != claim.text.upper():
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    after = _ROMAN_BEFORE_PHASE.match(claim.sentence, at + len(claim.text))
    before = _PHASE_BEFORE_ROMAN.search(claim.sentence, 0, at)
    return _ROMAN[claim.text.lower()] if after or before else None


@lru_cache(maxsize=256)
def _phases(text: str) -> frozenset[int]:
    """The phases the sources name, in any numeral."""
    return frozenset(_phase_number(a or b) for a, b in _PHASE.findall(text))


#: The space between a Latin word and the Chinese after it.
_LATIN_SPACE_HAN = re.compile(f"(?<=[A-Za-z])[ \t]+(?=[{HAN}])")
#: The sign yen and yuan share, and the words that make a figure the yuan's.
_BARE_YEN_SIGN = re.compile(r"(?<![A-Za-z])[¥￥]")
_YUAN_WORD = re.compile(r"元|人民币|(?i:yuan|rmb|cny|cn¥)")
_QUALIFIER = re.compile(
    r"(将近|接近|逼近|近|不到|不足|低于|少于|超过|超出|超|逾|多于|高于|突破|破|大约|约"
    r"|(?i:\b(?:nearly|almost|close to|just under|just over|under|less than|fewer than"
    r"|over|more than|above|upwards of|about|around|roughly|approximately|some)))\s*$"
)
#: The units of a change of a share in points: "pp" (个百分点), "pt" ("points" alone).
_POINTS = frozenset({"pp", "pt"})
#: Words of a gap between two shares, and how near a figure they make it one.
_GAP_WORD = re.compile(
    r"差距|分差|差值|相差|之差|领先|落后|(?i:\bgap\b|\blead\b|\bmargin\b|difference|ahead|behind)"
)
_GAP_NEAR = 6
#: How far a fraction said plainly may be from a share: to the nearest whole percent.
_WHOLE_PERCENT = 1.0


#: Counting words that may stand between a count and its noun (两个阶段, 五种活动, 三大巨头).
_COUNTING_WORDS = ITEM_COUNTERS + "次大"


#: What says a noun is not single (不再依赖单一数据集, 而非单一智能体); not 非常 (very), 不断
#: (on and on), 不仅 or 不只 (not only), which say it is.
_NOT_SINGLE = re.compile(r"(?:不(?![断仅只])|非(?!常)|摆脱|告别|超越|打破)[^，。；：！？]{0,4}$")
#: 从 before a single one says it is left behind only with where it goes (从单一模型转向多
#: 模型); 从单一数据集训练 is where a model comes from.
_FROM_SINGLE = re.compile(r"从[^，。；：！？]{0,4}$")
_TURNS_TO = re.compile(r"[^，。；：！？]*?(?:转向|转为|转变|走向|迈向|升级|扩展|扩大|到)")
#: Words before a counted noun that only qualify it (三大核心功能): the noun is after them.
_QUALIFIERS = frozenset(
    "核心 主要 关键 重要 基础 全新 新型 不同 顶级 顶尖 头部 主流 热门 常见 重点".split()
)


def _counted_noun(claim: Claim) -> str | None:
    """The noun a Chinese count counts: the two characters after it, four where the
    first two only qualify the noun (核心功能 of 三大核心功能 is not 核心技术), or one that
    ends its phrase (船 of 两艘船)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    then = at + len(claim.text)
    noun = _HAN_PAIR.match(claim.sentence, then) or _HAN_ALONE.match(claim.sentence, then)
    if noun is None:
        return None
    if noun.group() in _QUALIFIERS and (rest := _HAN_PAIR.match(claim.sentence, noun.end())):
        return noun.group() + rest.group()
    return noun.group()


def _range_ends(low: str | None, number: str) -> list[float]:
    """The numbers a count states: both ends of a range (两到三个, 2-3 个, 两三个)."""
    if low is None and len(number) == 2 and "十" not in number and "双" not in number:
        first, second = _numeral(number[0]), _numeral(number[1])
        if first is not None and second is not None and first < second:
            return [first, second]
    ends = [_count_number(low)] if low is not None else []
    return [value for value in [*ends, _count_number(number)] if value is not None]


def _count_number(number: str) -> float | None:
    """A count's number as written in the sources: figures, numerals, or 双 (a pair)."""
    return float(number) if number.isdigit() else _numeral(number)


def _noun_key(word: str) -> str:
    """An English noun as the glossary keys it: stemmed, "activities" as "activity"."""
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else stem(word)


#: The kinds of a body's unit, longest first (研究所 of 中国科学院物理研究所).
_UNIT_KINDS = ("研究所", "研究院", "研究中心", "实验室", "学院", "中心", "局")


@lru_cache(maxsize=1024)
def _figure(text: str) -> float | None:
    """A number in figures, or None."""
    try:
        return float(text)
    except ValueError:
        return None


def _named_chinese(word: str) -> tuple[str, ...]:
    """The Chinese of a one-word place, alias or term the tables hold (beijing: 北京, cas:
    中国科学院): a name keeps its place or its body's short name when the rest of it is
    translated word by word (Beijing Internet Court for 北京互联网法院)."""
    forms = {*LATIN_ALIASES.get(word, ()), *term_chinese().get(word, ())}
    forms.update(h for p in places().values() if word in map(str.lower, p.latin) for h in p.zh)
    return tuple(sorted(forms))


def _leading(words: Sequence[str], glossary: Mapping[str, tuple[str, ...]]) -> int:
    """How many of the words, from the first, the glossary translates."""
    return next((n for n, word in enumerate(words) if word not in glossary), len(words))


#: Spans a text may look back or ahead over (过去两年, 最近三个月, 近两年来, 未来五年).
_FRAMED_SPANS = frozenset({"年", "天", "week", "month"})
#: What opens such a span: 近 only at a clause's start, since 耗时近两年 is nearly two years.
_FRAME = re.compile(r"(?:过去的?|最近的?|这|今后|未来的?|(?:^|[，。；：！？、,;:!?\s])近)\s*$")


def _frames(text: str, only: str | None = None) -> set[tuple[float, str]]:
    """The spans of days to years a text frames its news with (:data:`_FRAME`), each as
    :func:`count_value` reads it; with ``only``, just that span's own words."""
    found: set[tuple[float, str]] = set()
    for match in itertools.chain(ZH_COUNT.finditer(text), ZH_WEEKS.finditer(text)):
        if only is not None and match.group() != only:
            continue
        if _FRAME.search(text, max(0, match.start() - 4), match.start()):
            count = count_value(match.group())
            if count is not None:
                found.add(count)
    return found


#: What stands between a person and the words that say they take a role (李明将出任,
#: "Li Ming was named").
_BEFORE_TAKING = re.compile(r"\s*(?:(?:将|已|正式|被|was|is|will\s+be|has\s+been)\s*)?")


def _line_holders(line: str, group: int | None) -> set[str] | None:
    """Who a sentence says holds or takes a role, not left (卸任, former), lower-cased: the
    name it is said of, and where it is taken, the names before it in its clause (王芳出任
    Lumio 首席技术官: 王芳 takes it); None where it is once said of no one."""
    holders: set[str] = set()
    spans = _name_spans_of(line)
    bound = {start: name for start, _, _, name in bound_roles(line, spans)}
    for start, _, found in roles_in(line):
        if found != group or left(line, start):
            continue
        if start not in bound:
            return None
        holders.add(bound[start])
        if appointed(line, start):
            clause = _CLAUSE_START.search(line, 0, start)
            begin = clause.end() if clause else 0
            holders.update(line[a:b].lower() for a, b in spans if begin <= a and b <= start)
    return holders


def _gives_role(line: str, forms: set[str], group: int) -> bool:
    """Whether a source sentence that names a person may give them the role: it names the
    role and one of the name's forms, and does not say only others hold or take it there
    (Lumio 宣布王芳出任 CEO，李明出任 CTO gives 李明 no CEO)."""
    lowered = line.lower()
    if group not in role_groups_in(line) or not any(form in lowered for form in forms):
        return False
    holders = _line_holders(line, group)
    return holders is None or bool(holders & forms)


#: The last clause mark before a point of a sentence.
_CLAUSE_START = re.compile(r"[，。；：！？,;:!?](?!.*[，。；：！？,;:!?])")


def _aliases_of(name: str) -> frozenset[str]:
    """The alias table's names of a name's entity in the other script (谷歌 for google)."""
    return LATIN_ALIASES.get(name, frozenset()) | CHINESE_ALIASES.get(name, frozenset())


def _numeral(character: str) -> float | None:
    """The value of a numeral (三, 十二), 双 (a pair) too."""
    return 2.0 if character == "双" else chinese_numeral(character)


#: Initials right before a name (C.C. of C.C. Wei, J. of J. Smith): part of it.
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.\s?){1,3}$")


def _name_spans_of(sentence: str) -> list[tuple[int, int]]:
    """The names of one sentence (links blanked), Latin and Chinese, as the verifier finds
    them; a Latin name with the initials before it (TSMC CEO C.C. Wei: the CEO is C.C. Wei,
    not TSMC)."""
    latin = []
    for a, b in latin_names(sentence):
        if sentence.startswith("$", b):
            continue
        initials = _INITIALS_BEFORE.search(sentence, max(0, a - 9), a)
        latin.append((initials.start() if initials else a, b))
    return latin + chinese_names(sentence)


def _counts_its_list(claim: Claim, value: float) -> bool:
    """A count of the list the text gives with it: right before it (字节、阿里、腾讯三家),
    in brackets after its noun (五个智能体（检索、规划、…）) or after a colon (三个刚需：…)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    clause = re.split(r"[，。；：,;:！？!?]", claim.sentence[:at])[-1]
    after = _LIST_AFTER.match(claim.sentence, at + len(claim.text))
    lists = [clause, after.group(1) or after.group(2)] if after else [clause]
    return any(len(re.split(r"[、和与及]", items)) == value for items in lists if items.strip())


def _counts_its_english_list(claim: Claim, value: float) -> bool:
    """An English count of the list the text gives right after its noun, after a colon or
    a dash or in brackets ("two tools: a planner and a checker")."""
    at = claim.sentence.find(claim.text)
    after = _EN_LIST_AFTER.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if after is None:
        return at >= 0 and _counts_its_named_list(claim.sentence[at + len(claim.text) :], value)
    items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", after.group(1)) if i]
    return len(items) == value


#: A list set off by a comma after a count's noun: "two intrinsic scores, SCS … and CCS …".
_EN_NAMED_LIST_AFTER = re.compile(r"[^.;:,(]{0,30}?,\s*([^.;]+)")


def _counts_its_named_list(after: str, value: float) -> bool:
    """A count whose noun a comma follows with the names it counts, each opening with a
    capital ("two intrinsic scores, SCS for syntax and CCS for ability, before RL"): the
    list runs while its items are names, so "three scores, SCS and CCS" is still flagged."""
    found = _EN_NAMED_LIST_AFTER.match(after)
    if found is None:
        return False
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found.group(1))
    named = list(itertools.takewhile(lambda item: item[:1].isupper(), items))
    return len(named) >= 2 and len(named) == value


#: The word after an English count's first word (the models of "three new models").
_NEXT_WORD = re.compile(r" ([A-Za-z]{3,})\b")
#: A list right after an English count's noun: after a colon or a dash, or in brackets.
_EN_LIST_AFTER = re.compile(r"[^.;:(]{0,30}?(?:[:—–]\s*|\s-\s|\()([^.;)]+)")
#: A list right after a count's noun: in brackets, or after a colon to the clause's end.
_LIST_AFTER = re.compile(r"[^，。；：,;:（(]{0,12}(?:[（(]([^）)]+)[）)]|[：:]([^。；;]+))")


#: Spaces between two Chinese characters.
_HAN_SPACE = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
#: A Chinese term and the English in brackets right after it (a quote may close the
#: term first: “通用智能体”（General AI Agent）).
_GLOSS = re.compile(rf"([{HAN}]{{1,12}})[”’」』\"']?\s*[（(]([A-Za-z][A-Za-z\s\-]*)[）)]")
#: A Latin name in brackets right after a Chinese one: 美国总务管理局（GSA）.
_ORIGINAL_AFTER = re.compile(r"\s*[（(]([A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])[）)]")
#: An English term and its Chinese in brackets right after it ("Vibe Citing"（氛围引用）).
_GLOSSED_ENGLISH = re.compile(
    rf"([A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)*)[”’」』\"']?\s*[（(]([{HAN}]{{2,12}})[）)]"
)
#: A capitalised Latin word: a name, in Chinese prose as in English.
_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*")
#: A name ending in a year's last two digits (WWDC25, CES '26): the year in short, the
#: digits joined to the name or after an apostrophe (Lumio 20 is a version, not 2020).
_SHORT_YEAR_SUFFIX = re.compile(r"(.*[a-z])(?:\s?['’])?(\d{2})")
#: The most English words of a term :meth:`Evidence._translated` respells, and a run
#: of English words.
_TRANSLATED_WORDS = 4
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:[ \-]+[A-Za-z]+)*")
#: The two Chinese characters right before, and right after, an English term in Chinese
#: prose (spaces between allowed): the term's place in a Chinese phrase.
_HAN_BEFORE = re.compile(rf"([{HAN}]{{2}})\s*$")
_HAN_AFTER = re.compile(rf"\s*([{HAN}]{{2}})")
#: A run of English words in the sources' (lower-cased) text, between other characters.
_SOURCE_ENGLISH = re.compile(r"(?<![a-z0-9])[a-z]+(?: [a-z]+)*(?![a-z0-9])")
#: The words of a body a place names (University of Tokyo), and the Chinese each ends in.
_BODY_WORDS: dict[str, tuple[str, ...]] = {
    "university": ("大学",),
    "institute": ("研究院", "研究所"),
    "academy": ("研究院", "科学院", "学院"),
    "college": ("学院",),
}
#: A possessive's ending, no word of a name.
_POSSESSIVE = re.compile(r"['’]s\b")
#: The words between a body and its place (University of Tokyo).
_OF = frozenset({"of", "the", "in", "at"})
#: A name going on after a claim's words ("Tokyo Institute" of Technology).
_NAME_GOES_ON = re.compile(r" (?:of|for|and) (?:the )?[A-Z]")
#: Another body's name after a place: a few characters and a body's ending (工业大学, 高等研究院).
_ANOTHER_BODY = re.compile(f"[{HAN}]{{1,6}}?(?:大学|研究院|研究所|科学院|学院)")
#: What stands inside a Chinese name and no English retelling writes: spaces, name dots.
_NAME_GAPS = re.compile(r"[\s·•・]")
#: A Latin letter or digit of the sources' (lower-cased) text, beside a word read in it.
_LATIN_CHAR = re.compile(r"[a-z0-9]")
#: Capitalised words (with "of", "and" between; a name's inner capital too, DeepSeek) and
#: the acronym in brackets they spell.
_SPELLED_OUT = re.compile(
    r"([A-Z][A-Za-z]+(?:[ -](?:of|and|for|the|[A-Z][A-Za-z]+))+)\s?[(（]([A-Z][A-Za-z]{1,6})[)）]"
)
#: The capitalised words right before a name, and right after it (the European of
#: "the European Commission", the Center of "General Intelligence Center").
#: The "for" or "of" part after a body's name (Center for Artificial Intelligence).
_OF_PART = re.compile(r" (?:for|of) ((?:[A-Z][A-Za-z]+|and)(?: (?:[A-Z][A-Za-z]+|and))*)")
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][A-Za-z]+ )+)$")
_CAPITALISED_AFTER = re.compile(r"((?: [A-Z][A-Za-z]+)+)")


def _initials_in(letters: str, term: str, start: int = 0) -> bool:
    """Whether each letter opens an English word whose Chinese (``glossary.yaml``) the
    term has, each after the one before: 整合信息论 spells IIT (integrated 整合,
    information 信息, theory 论), 检索架构 does not spell IB."""
    if not letters:
        return True
    for word, hans in _glossary().items():
        if word[0] != letters[0]:
            continue
        for han in hans:
            at = term.find(han, start)
            if at >= 0 and _initials_in(letters[1:], term, at + len(han)):
                return True
    return False


def _index(
    quantity: Quantity,
    values: set[float],
    plain: set[float],
    amounts: set[tuple[str, float]],
    dates: set[Date],
) -> None:
    if quantity.date is not None:
        dates.add(quantity.date)
        values.update(float(part) for part in quantity.date if part is not None)
        return
    for value in quantity.values:
        key = value_key(value)
        values.add(key)
        if quantity.unit:
            amounts.add((quantity.unit, key))
        else:
            plain.add(key)


def _year_months(text: str) -> frozenset[int]:
    """The months of the parts of a year a text names: seasons, 年初 and 年底, quarters and
    halves (第四季度 is October to December, so it holds 年底)."""
    months = {m for _, _, ms in year_parts(text) for m in ms}
    months.update(m for _, _, q in quarters_in(text) for m in QUARTER_MONTHS.get(q, ()))
    months.update(m for half in halves_in(text) for m in HALF_MONTHS[half])
    return frozenset(months)


def _count_figures(text: str) -> frozenset[float]:
    """The figures of no unit a text states (years, dates and versions aside) and the
    values of its counts: what 数百家 or "hundreds of firms" is compared with."""
    figures = {
        value_key(v)
        for q in quantities(text)
        if not q.unit and q.date is None and not q.version and not is_year(q)
        for v in q.values
    }
    figures |= {value for value, _ in counts_in(text, spans=False)}
    figures |= {value_key(value) for value, _ in english_noun_counts(text)}
    return frozenset(figures)


def _unitless(found: Sequence[Quantity]) -> frozenset[float]:
    """The values of figures of no unit that lie in no share, point or amount."""
    united = [(q.start, q.end) for q in found if q.unit]
    return frozenset(
        value_key(v)
        for q in found
        if not q.unit
        and q.date is None
        and not q.version
        and all(q.end <= a or q.start >= b for a, b in united)
        for v in q.values
    )


def _bracketed_aliases(sentence: str, name: str) -> list[str]:
    """The other spellings a sentence gives a name in brackets right after it (董事长张嘉平
    （Truong Gia Binh）): the same person, who holds the same role in either spelling."""
    lower = sentence.lower()
    return [
        m.group(1).strip()
        for m in re.finditer(rf"{re.escape(name)}\s?[（(]([^（）()，,。]{{2,40}})[）)]", lower)
    ]


def _words(text: str) -> set[str]:
    words: set[str] = set()
    previous, previous_end = "", -2
    for match in _LATIN_WORD.finditer(text):
        lower = match.group().lower()
        words.add(stem(lower))
        words.update(stem(part) for part in re.split(r"[-_.&'’]", lower) if part)
        words.update(stem(run) for run in re.findall(r"[a-z]+", lower))
        if match.start() == previous_end + 1 and text[previous_end] == " ":
            words.add(stem(previous + lower))
        previous, previous_end = lower, match.end()
    return words


def _abbreviated(name: str, text: str) -> bool:
    """中科大 for 中国科学技术大学, 港科大 for 香港科技大学, 中科院 for 中国科学院: a Chinese
    short form takes characters of an organisation's full name in order, so the sources
    hold the full name when they hold those characters, a few apart, within a name that
    ends in an organisation suffix (大学, 学院, 研究院...)."""
    if _units_abbreviated(name, text):
        return True
    if not 2 <= len(name) <= 5 or not all(_HAN_CHAR.match(c) for c in name):
        return False
    gap = f"[{HAN}]{{0,4}}?"
    for match in re.finditer(gap.join(map(re.escape, name)), text) if len(name) <= 4 else ():
        last = match.end() - 1
        if any(
            text.startswith(suffix, last) or text.endswith(suffix, 0, match.end())
            for suffix in ORG_SUFFIXES
        ):
            return True
    # 证监会 for 中国证券监督管理委员会, 发改委 for 国家发展和改革委员会, 全国人大 for
    # 全国人民代表大会: a body's short name keeps one character of its kind, the last
    body = f"[{HAN}]{{0,6}}?".join(map(re.escape, name))
    return any(_in_body_kind(text, m.end() - 1) for m in re.finditer(body, text))


@lru_cache(maxsize=1)
def _table_chinese() -> re.Pattern[str]:
    """The alias table's Chinese names of three characters or more, the longest first."""
    names = sorted((n for n in CHINESE_ALIASES if len(n) >= 3 and _HAN_CHAR.match(n)), key=len)
    return re.compile("|".join(map(re.escape, reversed(names))))


def _anothers_short_name(name: str, text: str) -> bool:
    """Whether the alias table gives the short name to one entity and the full name it
    would abbreviate in the sources to another: 北大 is 北京大学's, not 北京理工大学's."""
    own = CHINESE_ALIASES.get(name, frozenset())
    return bool(own) and any(
        CHINESE_ALIASES[full].isdisjoint(own) and _abbreviated(name, full)
        for full in {m.group() for m in _table_chinese().finditer(text)}
    )


#: The one character of its kind a short name keeps (院 of 中科院, 所 of 自动化所, 大 of
#: 北大), and the kinds of the full name it stands for.
_KEPT_KINDS = {"院": ("研究院", "科学院", "学院", "院"), "所": ("研究所", "所"), "大": ("大学",)}
#: A short name's parts, each some characters and its kind (中科院|自动化所).
_KEPT_PART = re.compile(f"[{HAN}]+?[{''.join(_KEPT_KINDS)}]")


def _units_abbreviated(name: str, text: str) -> bool:
    """中科院自动化所 for 中国科学院自动化研究所: an institution's short name and its unit's
    one after the other, each part the characters of its full name's words in order, a
    few apart, and the character its kind keeps (院, 所, 大) where the full name's kind
    stands.  Another unit's short form (中科院计算所) takes characters the full name lacks."""
    parts = _KEPT_PART.findall(name)
    if not 2 <= len(parts) <= 3 or "".join(parts) != name or len(name) > 12:
        return False
    gap = f"[{HAN}]{{0,4}}?"
    pattern = "".join(
        gap.join(map(re.escape, part[:-1])) + gap + f"(?:{'|'.join(_KEPT_KINDS[part[-1]])})"
        for part in parts
    )
    return re.search(pattern, text) is not None


#: What a public body's or an event's full name ends with, of which its short name keeps
#: one character (会 or 委 of 委员会, 大 of 代表大会, 运 of 运动会 in 奥运会).
_BODIES = ("委员会", "管理局", "监管局", "交易所", "联合会", "协会", "代表大会", "运动会")


def _in_body_kind(text: str, at: int) -> bool:
    """Whether the character at ``at`` belongs to a body's kind that ends the name there
    or after (the 委 of 委员会 in 改革委员会)."""
    return any(
        text.startswith(kind, at - i)
        for kind in _BODIES
        for i, character in enumerate(kind)
        if character == text[at] and at >= i
    )


def _spellings(
    word: str, glossary: Mapping[str, tuple[str, ...]], said: frozenset[str]
) -> tuple[str, ...]:
    """How the sources may write an English word of a term: its glossary Chinese, or the
    word itself where they write it (the AI of "AI Mode" for AI 模式)."""
    return (*glossary.get(word, ()), *((word,) if word in said else ()))


def _unmarked(text: str) -> str:
    """The text without spaces and title marks: 欧盟《人工智能法案》 names the EU AI Act
    word by word, the marks around the law's own name are no words between."""
    return re.sub(r"[\s《》〈〉]", "", text)


def _squashed(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]", "", phrase.lower())


#: An acronym as written: three to six letters, two or more of them capitals (MoT,
#: RLHF).  Not two letters: any two words of a source would spell one (IB, "in Beijing").
_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,6}")
#: An acronym's plural ending a name (Windows PCs, Nvidia GPUs): the name of one, in number.
_ACRONYM_PLURAL = re.compile(r"(?<![A-Za-z])[A-Z]{2,}s$")


def _initials(text: str, longest: int = 6) -> set[str]:
    """The initials of every run of three to six Latin words (with "of", "and"), so an
    acronym a writer forms from a name the sources spell out is supported by it."""
    out: set[str] = set()
    for stretch in _STRETCH.findall(text):
        words = [w for w in re.split(r"[^A-Za-z]+", stretch.lower()) if w]
        for start in range(len(words)):
            for end in range(start + 3, min(start + longest, len(words)) + 1):
                out.add("".join(w[0] for w in words[start:end]))
    return out


def _runs(text: str, longest: int = 4) -> set[str]:
    runs: set[str] = set()
    for stretch in _STRETCH.findall(text):
        words = [w for w in re.split(r"[^A-Za-z0-9]+", stretch.lower()) if w]
        for start in range(len(words)):
            for end in range(start + 1, min(start + longest, len(words)) + 1):
                runs.add("".join(words[start:end]))
    return runs


def unsupported(text: str, evidence: Evidence) -> list[Claim]:
    """The claims of a text that its sources do not support, in order."""
    flagged: list[Claim] = []
    named: list[str] = []  # the supported Latin names of several words, so far
    for claim in claims_in(text, makers=evidence.makers):
        if _short_form(claim, named):
            continue
        if not evidence.supports(claim) and not _maker_beside(claim, evidence):
            flagged.append(claim)
        elif claim.kind is ClaimKind.NAME and _FULL_NAME.fullmatch(claim.text):
            named.append(claim.text)
    missing = [  # a Latin place the name reading checks and supports (its alias) is
        claim
        for claim in place_check(text, evidence.places)
        if _HAN_CHAR.search(claim.text) or _everyday(claim.text) or not evidence.supports(claim)
    ]
    if evidence.places:  # else no place is checked as one: the names stay as read
        flagged = [c for c in flagged if c.kind is not ClaimKind.NAME or not within_place(c)]
    order = {sentence: at for at, sentence in enumerate(split_sentences(text))}
    return sorted(
        flagged + missing,
        key=lambda claim: (order.get(claim.sentence, 0), claim.sentence.find(claim.text)),
    )


#: A numbered variant in English (Long March 8A, 3B): a number and a capital letter.
_VARIANT = re.compile(r"(\d{1,2})([A-D])")
#: The heavenly stems, which Chinese writes after a number for its variants A, B, C, D.
_VARIANT_STEMS = "甲乙丙丁"
_STEM_VARIANT = re.compile(f"(\\d{{1,2}}|[零〇一二三四五六七八九十]+)号([{_VARIANT_STEMS}])")

#: What may stand between a maker and its product: 的, a possessive, a space.
_OF_MAKER = r"(?:的|['’]s)?\s?"


def _maker_beside(claim: Claim, evidence: Evidence) -> bool:
    """A product of the alias table written right after its maker (腾讯混元, 字节的豆包,
    Tencent's Hunyuan), whom the sources name without any of its products: the writer
    says which of the maker's lines it was, as the article did.  Where the sources name
    one of its products, another is a swap (英伟达 Hopper for their Blackwell); a product
    apart from its maker (xAI、OpenCode，Grok 好用: another party's), after another maker,
    or with a version (混元 3.0) stays checked."""
    if claim.kind is not ClaimKind.NAME:
        return False
    for maker in makers_of().get(claim.text.lower(), ()):
        edge = "" if not maker.isascii() else "(?<![A-Za-z])"
        pattern = f"{edge}({re.escape(maker)}){_OF_MAKER}{re.escape(claim.text)}"
        beside = re.search(pattern, claim.sentence, re.IGNORECASE)
        if (
            beside is not None
            and evidence.supports(Claim(ClaimKind.NAME, beside.group(1), claim.sentence))
            and not evidence._has_product_of(beside.group(1))
        ):
            return True
    return False


#: A Latin name of two or three capitalised words (Yin Qi, Sam Altman, Jensen Huang).
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _short_form(claim: Claim, named: Sequence[str]) -> bool:
    """A person named again by one part of the full name the text gave before and the
    sources support ("Yin Qi … Yin leads": a Chinese surname first, "Sam Altman … Altman
    said": an English one last).  A part of no earlier name is checked as any name is."""
    if claim.kind is not ClaimKind.NAME or not re.fullmatch(r"[A-Z][a-z]+", claim.text):
        return False
    return any(claim.text in (full.split()[0], full.split()[-1]) for full in named)
