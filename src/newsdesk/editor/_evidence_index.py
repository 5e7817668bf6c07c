"""What a story's sources state, indexed once: values, dates, names, links and the
smaller facts (counts, roles, ranks, periods) the checks look up.

The index is built here and only read by the checks (:mod:`._claims` and the
``_support_*`` modules), so each check is a few set lookups per claim.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import parse_qsl, urlencode, urlsplit

from newsdesk.aliases import alias_names_in, mentions
from newsdesk.chinese import HAN
from newsdesk.editor._attach import Use, uses
from newsdesk.editor._chinese_names import chinese_names, common_name_in
from newsdesk.editor._claim_extraction import _ONE_PERSON, _blank
from newsdesk.editor._latin_names import (
    figure_units,
    latin_names,
    names_languages,
    sequence_tokens,
    stem,
)
from newsdesk.editor._magnitudes import orders
from newsdesk.editor._measures import unit_figures
from newsdesk.editor._multiples import stated_multiples
from newsdesk.editor._numbers import (
    Date,
    Figure,
    Quantity,
    counts_in,
    english_noun_counts,
    fold,
    fractions_in,
    halves_in,
    is_year,
    loose_quantities,
    months_to_date,
    per_scales,
    quantities,
    ranks_in,
    run_dates,
    share_bounds_in,
    value_key,
    weekday_runs,
    weekdays_in,
)
from newsdesk.editor._places import stated as places_stated
from newsdesk.editor._roles import bound_roles, occupations_in, quarters_in
from newsdesk.editor._sentences import split_sentences, url_spans
from newsdesk.editor._simplified import simplified
from newsdesk.editor._times import HALF_MONTHS, QUARTER_MONTHS, periods, times_of_day, year_parts
from newsdesk.model import Claim

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


def _occupations(text: str) -> frozenset[int]:
    """The occupations the sources give one person, or all they name if none: a text's
    一位程序员 is not the sources' 一位产品经理 because their programmers are named too."""
    named = occupations_in(text)
    one = {
        group for start, _, group in named if _ONE_PERSON.search(text, max(0, start - 40), start)
    }
    return frozenset(one or {group for _, _, group in named})


#: A year of two digits after an apostrophe, at a name's end (ICLR'26, NeurIPS’25) or a
#: word's start (the Top '25 list, the class of '25): the year 2026.
_SHORT_YEAR = re.compile(r"(?:(?<=[A-Za-z])|(?<![\w'’]))['’](\d{2})(?!\d|\.\d|%)")
#: A generation by the years of its births (00后, 90后, 95后): those born from 2000, 1990,
#: 1995, whose year an English text gives ("a team born after 2000").
_GENERATION = re.compile(r"(?<![\d.])(\d[05])后")
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


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """What one story's sources state; the checks (:class:`._claims.Evidence`) read it."""

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
    def build(cls, sources: Sequence[str], links: Sequence[str] = ()) -> Self:
        """Index a story's source texts; ``links`` are the story's item URLs.

        Links that appear inside the source texts are allowed as well.
        """
        text = fold(simplified("\n".join(sources)))
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
        """Whether the sources state a claim; :class:`._claims.Evidence` answers, and
        some checks ask it of a claim they derive."""
        raise NotImplementedError


#: The space between a Latin word and the Chinese after it.
_LATIN_SPACE_HAN = re.compile(f"(?<=[A-Za-z])[ \t]+(?=[{HAN}])")


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
    united = sorted((q.start, q.end) for q in found if q.unit)
    starts = [a for a, _ in united]
    # the furthest end of the spans that start before each place: a figure overlaps a
    # span that starts before it ends exactly when one of them ends after it starts
    # (a bisect for each figure instead of a pass over every span)
    ends = list(itertools.accumulate((b for _, b in united), max))
    return frozenset(
        value_key(v)
        for q in found
        if not q.unit
        and q.date is None
        and not q.version
        and not ((n := bisect.bisect_left(starts, q.end)) and ends[n - 1] > q.start)
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
