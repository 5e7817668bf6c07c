"""Whether the sources support a number claim: a quantity, date, count, share, multiple,
rank or period, allowing for rounding, units, conversions and figures stated elsewhere.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from newsdesk.chinese import HAN, HAN_CHAR, chinese_numeral
from newsdesk.editor._attach import (
    Use,
    clause_at,
    clauses,
    dimension,
    measures_beside,
    measures_in,
    moved,
)
from newsdesk.editor._claim_extraction import _NUMBERED_NOUN
from newsdesk.editor._conflicts import moved_values
from newsdesk.editor._evidence_index import _SHORT_YEAR
from newsdesk.editor._latin_names import UNIT_KINDS, sequence_tokens, stem
from newsdesk.editor._latin_names import glossary as _glossary
from newsdesk.editor._magnitudes import orders
from newsdesk.editor._measures import converted
from newsdesk.editor._numbers import (
    ITEM_COUNTERS,
    ONE_SPAN,
    STEM_VARIANT,
    VARIANT_STEMS,
    ZH_COUNT,
    ZH_WEEKS,
    Date,
    Quantity,
    count_value,
    english_noun_counts,
    figures_of,
    fold,
    is_year,
    quantities,
    share_of_scale,
    tenths,
    vague_amounts,
    value_key,
)
from newsdesk.editor._support_roles import RoleChecks
from newsdesk.editor._times import part_months, periods, times_of_day, year_parts
from newsdesk.model import Claim

#: Spans of a day or more up to a quarter, whose counts a span of weeks or months is
#: compared with (years frame a story more loosely: 未来十年).
_CALENDAR = frozenset({"day", "天", "week", "fortnight", "month", "quarter"})
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


def _same_date(claim: Date, source: Date) -> bool:
    year, month, day = claim
    return (
        month == source[1]
        and (day is None or day == source[2])
        and (year is None or source[0] is None or year == source[0])
    )


class NumberChecks(RoleChecks):
    """The checks of numbers, dates, counts and their units."""

    __slots__ = ()

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

    def _scale_share_stated(self, claim: Claim) -> bool:
        """Whether a share of a larger scale (万分之一) is stated by the sources as its parts
        in its scale ("one in 10,000"), not only as a percentage."""
        share = share_of_scale(claim.text)
        if share is None:
            return False
        parts, scale = share
        return scale in self.values and (parts == 1 or parts in self.values)

    def _in_decade(self, claim: Claim) -> bool:
        """Whether the claim is a decade (in his early 40s, the 1990s) that holds a figure
        the sources state: early is its first four years, mid the middle four, late the last
        four (an age of 41 is in the early 40s, not the early 50s)."""
        for match in _DECADE.finditer(claim.sentence):
            if match.group(2) == claim.text:
                first, last = _DECADE_PARTS[(match.group(1) or "").lower()]
                base = int(claim.text)
                return any(base + first <= v <= base + last for v in self.values)
        return False

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
        at = claim.sentence.find(claim.text)
        about = (
            at >= 0 and _ABOUT_AFTER.match(claim.sentence, at + len(claim.text)) is not None
        ) or (
            # 四十多岁, 二十几个: 多 (几) before the counter
            re.search("[多余几]", claim.text) is not None
        )
        if (value >= 100 or about) and self._rounded(
            claim, [Quantity(0, len(claim.text), (value,))]
        ):
            # 近五千名 for 4,800, 三十岁出头 for 32: a count a word rounds, as a figure
            return True
        if counter in _FRAMED_SPANS and _frames(claim.sentence, claim.text):
            # 过去两年, 近两年来: the time a text looks back over, compared only with the
            # spans the sources look back over (成立三年 is no 过去两年); where they look
            # back over none, it frames the text as 未来十年 does
            frames = {count for count in _frames(self.text) if count[1] == counter}
            return not frames or (value, counter) in frames
        said = self._counts_of_noun(claim) | self._single_of_noun(claim)
        if said:
            return value in said
        if re.search("[多余几]", claim.text) and all(c[1] != counter for c in self.counts):
            return True  # 十多个板块: a writer's rough count of a list the sources never count
        if counter == "年" and all(c[1] != "年" for c in self.counts):
            return True  # 未来十年, 四十年前: years the sources never count frame, not state
        if counter in ("week", "month") or ONE_SPAN.fullmatch(claim.text):
            # against the days, weeks or months the sources count (two weeks is fourteen
            # days, no two months; "within a year" is no 半年); where they count none, a
            # Chinese span frames (未来三个月)
            if any(c[1] in _CALENDAR for c in self.counts):
                return (value, counter) in self.counts
            if HAN_CHAR.search(claim.text):
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

    def _one_of_order(self, found: Sequence[Quantity]) -> bool:
        """A figure of one of a scale (a trillion-yuan market, 一百亿) where the sources
        give that scale as a size's order (万亿市场, 百亿级): the same order, in words."""
        if len(found) != 1 or len(found[0].values) != 1:
            return False
        value = value_key(found[0].values[0])
        return any(value_key(low) == value for low, _ in self.orders)

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
        # read in its sentence: a large bare scale (千亿零食王国) is a size only before a noun
        sized = [(lo, hi) for a, b, lo, hi in orders(claim.sentence) if (a, b) == span] or [
            (lo, hi) for a, b, lo, hi in orders(text) if (a, b) == (0, len(text))
        ]
        if sized:
            low, high = sized[0]
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
        # 出头, 左右 may follow the figure's unit or counter the claim leaves out: 30 岁出头,
        # 2000 人左右
        rest = _UNIT_LEFT_OUT.sub("", claim.sentence[at + len(claim.text) :], count=1)
        after = rest.startswith(("多", "余", "出头")) or (
            # the claim's own 100 多, 四十多岁, 十几个
            re.search(f"[\\d{_ZH_NUMERALS}]\\s*[多余几]", claim.text) is not None
        )
        # 出头 after a round figure is just over it: the lower half of the span 多 allows
        # (30 岁出头 is 30 to 34; 52 元出头 is 52 and some jiao)
        just_over = rest.startswith("出头") and _ROUND_FIGURE.search(claim.text) is not None
        # 左右 or 上下 after a figure says about, as 约 before it does
        about = rest.startswith(("左右", "上下"))
        in_tenths = bool(tenths(claim.text))
        if before is None and not after and not about and not in_tenths:
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
        # a small round count after over (more than 20 companies, 超过 20 家 for 23) is
        # a writer's 二十多家: a tenth of it is no whole step of its place; one of a scale
        # (over a million users for 120 万) is 超百万
        small = not quantity.unit and quantity.values[0] < 100 and claim.text.endswith("0")
        one = claimed.as_tuple().digits == (1,)
        spans = (after and before is None) or ((bare or small or one) and word in _OVER)
        within = 1.0 if spans else _ROUNDED_WITHIN
        return any(
            (Decimal(repr(value_key(v))) / step).quantize(Decimal(1), rounding=rounding) * step
            == claimed
            for v in candidates
            for rounding in roundings
            if abs(v - quantity.values[0]) <= within * quantity.values[0]
            and (not just_over or Decimal(repr(value_key(v))) < claimed + step / 2)
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

    def _stem_variant_holds(self, claim: Claim) -> bool:
        """A variant Chinese writes by a heavenly stem (长征四号乙) that the sources give
        too: by the same number and stem, or in English by its number and letter in
        order (4B; 4C is another rocket)."""
        found = STEM_VARIANT.fullmatch(claim.text)
        if found is None:
            return False
        number = float(found[1]) if found[1].isdigit() else chinese_numeral(found[1])
        if number is None:
            return False
        letter = "ABCD"[VARIANT_STEMS.index(found[2])]
        return self._has_variant(int(number), letter) or (
            re.search(rf"(?<![\d.]){int(number)}\s?-?(?i:{letter})(?![A-Za-z\d])", self.text)
            is not None
        )

    def _has_variant(self, number: int, letter: str) -> bool:
        """A variant the sources write as Chinese does, its letter by the heavenly stems
        in order (长征八号甲 for Long March 8A, 二号丙 for 2C): the number and the letter
        must both be theirs."""
        return any(
            (chinese_numeral(m[1]) if HAN_CHAR.match(m[1]) else float(m[1])) == number
            and VARIANT_STEMS.index(m[2]) == ord(letter) - ord("A")
            for m in STEM_VARIANT.finditer(self.text)
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

    def _has_score(self, claim: Claim) -> bool | None:
        """Two small figures joined high to low by a dash or colon (7-5, 3:2) are a score,
        not a range: the sources must give that pair, not each figure somewhere (7-6 is
        no set of the sources' 6-3, 7-5).  None for any other claim."""
        score = _SCORE.fullmatch(claim.text)
        if score is None or int(score[1]) <= int(score[2]) or times_of_day(claim.text):
            return None  # 15:00 is a time of day
        pair = rf"(?<!\d)(?<!\d\.){int(score[1])}\s?[-–—:：比]\s?{int(score[2])}(?!\d|\.\d)"
        return re.search(pair, self.text) is not None

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
#: The first characters of a scale a writer states alone (千亿, 万).
_SCALE_WORDS = frozenset("十百千万亿")
#: A score as a text writes it: two small figures joined by a dash or a colon.
_SCORE = re.compile(r"(\d{1,2})\s?[-–—:：]\s?(\d{1,2})")
#: A figure's unit or counter a claim leaves out before a word that rounds it (岁 of 30
#: 岁出头, 人 of 2000 人左右), and the space beside it.
_UNIT_LEFT_OUT = re.compile(rf"^\s*(?:[{ITEM_COUNTERS}人岁]\s*)?")
#: A decade, with the part of it a writer may name: "in his early 40s", "the 1990s".
_DECADE = re.compile(r"(?i:\b(early|mid|late)[\s-])?(\d*0)['’]?s\b")
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}
#: The words after a count that make it about its figure (三十岁出头, 二十人左右).
_ABOUT_AFTER = re.compile(r"\s*(?:多|余|出头|左右|上下)")
#: A round figure, in figures or Chinese numerals (30, 三十), that 出头 is just over.
_ROUND_FIGURE = re.compile(r"\d*0(?![\d.])|[十百千](?![一二三四五六七八九])")
#: How far a rounded figure may be from the sources' figure, as a share of it.
_ROUNDED_WITHIN = 0.1
#: The sign yen and yuan share, and the words that make a figure the yuan's.
_BARE_YEN_SIGN = re.compile(r"(?<![A-Za-z])[¥￥]")
_YUAN_WORD = re.compile(r"元|人民币|(?i:yuan|rmb|cny|cn¥)")
_QUALIFIER = re.compile(
    r"(将近|接近|逼近|近|不到|不足|低于|少于|超过|超出|超|逾|多于|高于|突破|破|(?:大约|约|大概|大致)(?:为|合|是)?"
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


def _numeral(character: str) -> float | None:
    """The value of a numeral (三, 十二), 双 (a pair) too."""
    return 2.0 if character == "双" else chinese_numeral(character)


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
