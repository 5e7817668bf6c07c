"""The verifier's core: every number, name and link of a text, checked against the sources.

A writer (an LLM, or the offline editor) may put a number in another form than its source
did, shorten a company's name or write it in another case, so each claim is normalised
before it is looked up: numbers as values (:mod:`._numbers`), Latin names as stemmed,
lower-cased words and ordered letter-and-digit runs, Chinese names as substrings with or
without a generic suffix, links in canonical form.  What cannot be found is unsupported;
the caller decides what to do with it (repair, drop, report).

Everything here is pure: text in, claims out.  :class:`Evidence` indexes a story's sources
once (:mod:`._evidence_index`), so checking a digest's ~250 sentences costs a few set
lookups per claim.  The claims are read in :mod:`._claim_extraction`; each kind's checks
live in a ``_support_*`` module, and :class:`Evidence` stacks them: Latin names, Chinese
names, translations, roles, numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdesk.aliases import makers_of
from newsdesk.chinese import HAN_CHAR, chinese_numeral
from newsdesk.editor._chinese_names import (
    cites_outlet,
    credits_press,
    names_outlet,
    names_press,
)
from newsdesk.editor._chinese_organisations import NUMBERED_NAME
from newsdesk.editor._claim_extraction import (
    _NUMBERED_NOUN,
    BARE_DOMAIN,
    RATE,
    _named_opening,
    claims_in,
)
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._dictionary import dictionary_name
from newsdesk.editor._evidence_index import canonical_url
from newsdesk.editor._latin_names import CHINESE_UNITS, LANGUAGES, STOPWORDS, UNIT_KINDS
from newsdesk.editor._multiples import multiple_of
from newsdesk.editor._numbers import (
    HALF_YEAR,
    ITEM_COUNTERS,
    QUARTERS_TO_DATE,
    STEM_VARIANT,
    WEEKDAY,
    count_value,
    fraction_share,
    half_share,
    halves_in,
    months_to_date,
    noun_count,
    per_scales,
    quantities,
    rank_of,
    share_bound,
    tenths,
    unaccented,
    vague_amounts,
    weekday_runs,
    weekdays_in,
)
from newsdesk.editor._pinyin import spells_characters
from newsdesk.editor._places import place_check, within_place
from newsdesk.editor._roles import QUARTER, occupation_group, quarters_in, role_group
from newsdesk.editor._sentences import split_sentences
from newsdesk.editor._simplified import simplified
from newsdesk.editor._support_latin import COMPOUND_MODIFIERS
from newsdesk.editor._support_numbers import NumberChecks
from newsdesk.model import Claim, ClaimKind

#: A name a hyphenated name opens (Johannesburg-based Lelapa, Nvidia-backed Lumen): the
#: first name, its relation, and the name.
_BASED_NAME = re.compile(rf"([A-Z][\w.'’]*)-((?i:{'|'.join(COMPOUND_MODIFIERS)}))\s+([A-Z].*)")
#: A product's family written as a hyphened modifier (A320-family jets): the product's
#: name, whose family the lower-case word after a name names as well (A320 family).
_FAMILY = re.compile(r"(.*\d.*)-family", re.IGNORECASE)
_COMPOUND = re.compile(rf"(.+)-({'|'.join(COMPOUND_MODIFIERS)})", re.IGNORECASE)
#: A generation written short (Gen 2, Gen-3), and the sources' (第二代, 3 代).
_GENERATION = re.compile(r"(?i:gen)[\s-]?(\d{1,2})")
_CHINESE_GENERATION = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*代")
#: China's Five-Year Plan, capitalised as a name (a five-year deal is a count), and the
#: sources' names of one: the shorthand 十四五 (the fourteenth), 第十四个五年规划, or a
#: five-year plan.
_FIVE_YEAR_PLAN = re.compile(r"Five-Year(?: Plans?)?")
_PLAN_SHORTHAND = re.compile(r"十([一二三四五六七八九])五")
_PLAN_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)")
_PLAN_NAMED = re.compile(r"十[一二三四五六七八九]五|五年(?:规划|计划)")
#: The ordinal's ending and the plan after a figure (15th Five-Year Plan).
_PLAN_AFTER = re.compile(r"(?:st|nd|rd|th)\s+(?i:five-year plan)")
#: A name and the phase after it (Lingang Phase II, Lingang Phase 2).
_NAME_AND_PHASE = re.compile(
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?i:phase) ((?i:iv|i{1,3}|[1-4]))((?i:[ab])?)"
)
#: A name of several words with its number hyphened on (Long March-5, Long March-3A).
_HYPHENED_NUMBER = re.compile(r"([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+)-(\d{1,3}[A-D]?)")


#: The word that makes a language an adjective (a Turkish-language model, Hindi-speaking
#: users): the language is the claim.
_LANGUAGE_ADJECTIVE = re.compile(r"-(?:language|speaking)$")


#: German's umlauts and the two letters German writes each with where it has no umlaut.
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_UMLAUT = re.compile(f"[{''.join(_UMLAUTS)}]")


#: An umlaut written out after a letter (the ue of Mueller), read as its vowel.
_WRITTEN_OUT = re.compile("(?<=[A-Za-z])([aouAOU])e")


def _umlauts_spelled(claim: Claim) -> Claim:
    """The claim with each umlaut written out (Jürgen as Juergen), in its sentence too."""
    text = _UMLAUT.sub(lambda m: _UMLAUTS[m.group()], claim.text)
    return Claim(claim.kind, text, claim.sentence.replace(claim.text, text))


def _everyday(word: str) -> bool:
    """An everyday English word by its frequency and case, or one too ordinary to be a
    name anywhere (:data:`._latin_names.STOPWORDS`)."""
    return word.lower() in STOPWORDS or everyday_opener(word)


_PAIR_WORD = re.compile(f"两[{ITEM_COUNTERS}]")
#: A term written as a figure and a capital (3D, 5G), which the terms table may give in
#: Chinese words.
_FIGURE_TERM = re.compile(r"\d[A-Z]")


_VERSIONED = re.compile(r"[A-Za-z][^\s$]*\d|[A-Za-z]\s\d")


def reported_kind(claim: Claim) -> ClaimKind:
    """The kind a report names: a model name with a version ("GPT-5.1") is a number, as
    the versions of the issue's list are; it is still checked as the name it is."""
    if claim.kind is ClaimKind.NAME and _VERSIONED.search(claim.text):
        return ClaimKind.NUMBER
    return claim.kind


def _of_a_whole(claim: Claim) -> bool:
    """Whether an English fraction is one ("three quarters of the market"), not a span of
    time ("the first three quarters", 前三季度): a fraction is of something."""
    return (
        not claim.text.isascii()
        or " in " in claim.text.lower()  # one in four
        or bool(re.search(rf"{re.escape(claim.text)}\s+of\b", claim.sentence, re.IGNORECASE))
    )


class Evidence(NumberChecks):
    """What one story's sources state, indexed once for all the claims of its text."""

    __slots__ = ()

    def _umlauts_read(self, claim: Claim) -> Claim | None:
        """The claim with each word that writes an umlaut out (Mueller) as the sources
        write it, read without the umlaut's dots (Müller, read Muller), or None if none."""

        def read(match: re.Match[str]) -> str:
            word = match.group()
            plain = _WRITTEN_OUT.sub(lambda m: m.group(1), word)
            found = re.search(rf"(?<![a-z]){re.escape(plain.lower())}(?![a-z])", self.text)
            return plain if plain != word and found else word

        text = re.sub(r"[A-Za-z]+", read, claim.text)
        if text == claim.text:
            return None
        return Claim(claim.kind, text, claim.sentence.replace(claim.text, text))

    def _widened(self, claim: Claim) -> bool:
        """A first place said of the whole world (全球最大) where the sources give it only of
        a part of it (亚洲最大, the nation's largest) and never speak of the world: Asia's
        largest plant is not the world's."""
        at = claim.sentence.find(claim.text)
        return (
            at >= 0
            and _WORLD_BEFORE.search(claim.sentence[:at]) is not None
            and _PART_SUPERLATIVE.search(self.text) is not None
            and _WORLD_SAID.search(self.text) is None
        )

    def supports(self, claim: Claim) -> bool:
        """True when the sources state the claim, in whatever form (its accents aside:
        the sources are read without them too, and so is the claim's sentence, where a
        role's holder is read: 董事长 José Fernández)."""
        if _UMLAUT.search(claim.text) and self.supports(_umlauts_spelled(claim)):
            return True  # Jürgen for the sources' Juergen: German's own spelling of ü
        if (umlauted := self._umlauts_read(claim)) is not None and self.supports(umlauted):
            return True  # Mueller for the sources' Müller, the other way round
        plain, sentence = unaccented(claim.text), unaccented(claim.sentence)
        if (plain, sentence) != (claim.text, claim.sentence):
            claim = Claim(claim.kind, plain, sentence)
        if claim.kind is ClaimKind.NAME and (
            (credits_press(claim.sentence, claim.text) and not names_press(self.text))
            or (cites_outlet(claim.sentence, claim.text) and not names_outlet(self.text))
        ):
            return True  # 机器之心介绍…, 据彭博社报道: the item's outlet, its sources need not name
        if claim.kind is ClaimKind.LINK:
            if BARE_DOMAIN.fullmatch(claim.text):
                return self._has_site(claim.text)
            return canonical_url(claim.text) in self.links
        if _FIVE_YEAR_PLAN.fullmatch(claim.text) and _PLAN_NAMED.search(self.text):
            return True  # the Five-Year Plan for their 十五五规划
        language = _LANGUAGE_ADJECTIVE.sub("", claim.text.lower())  # a Turkish-language model
        if language in LANGUAGES and not HAN_CHAR.search(claim.sentence):
            return self._has_language(language)
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
            return rank in self.ranks and not (rank == 1 and self._widened(claim))
        if QUARTER.fullmatch(claim.text):
            return all(q in self.quarters for _, _, q in quarters_in(claim.text))
        if (
            claim.kind is ClaimKind.NUMBER
            and _FIGURE_TERM.fullmatch(claim.text)
            and self._has_term(claim.text.lower())
        ):
            return True  # 3D for the sources' 三维, 5G for 第五代移动通信: a term, no figure
        if (
            claim.kind is ClaimKind.NUMBER
            and (variant := _VARIANT.fullmatch(claim.text)) is not None
            and self._has_variant(int(variant[1]), variant[2])
        ):
            return True
        if claim.kind is ClaimKind.NUMBER and (plan := self._plan_number(claim)) is not None:
            return plan
        if claim.kind is ClaimKind.NUMBER and (score := self._has_score(claim)) is not None:
            return score
        if claim.kind is ClaimKind.NUMBER and STEM_VARIANT.fullmatch(claim.text):
            return self._stem_variant_holds(claim)
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
        if (phase := _trial_phase(claim)) is not None and _phases(self.text):
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
        if claim.kind is ClaimKind.NUMBER and QUARTERS_TO_DATE.fullmatch(claim.text):
            # compared only where the sources count from the year's start or name a half
            first_half = {6} if 1 in self.halves else set()
            if months_to_date(claim.text) <= self.to_date | first_half:
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
                    or self._in_decade(claim)
                    or self._scale_share_stated(claim)
                    or self._converted(claim)
                    or self._gap_in_points(claim, found)
                    or self._one_of_order(found)
                )
            return not self._stale(found, claim) and not self._moved(claim)
        if HAN_CHAR.search(claim.text):
            return (
                self._has_chinese_name(claim.text)
                or self._original_beside(claim)
                or self._transliterated_whole(claim)
                or self._reads_latin_person(claim.text)
            )
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
        if self._hyphened_number(claim) or self._named_phase(claim):
            return True
        if (generation := _GENERATION.fullmatch(claim.text)) is not None and int(
            generation[1]
        ) in _generations(self.text):
            return True  # Gen 2 for the sources' 第二代
        every_word = bool(HAN_CHAR.search(claim.sentence))
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
                or self._read_in_korean(claim.text)
                or self._read_in_vietnamese(claim.text)
                or self._read_with_word_before(claim)
                or self._surname_alone(claim)
                or self._titled_person(claim)
                or self._unread_person(claim)
            )
        return (
            self._translated_name(claim)
            or self._translated_inverted(claim)
            or self._described_opening(claim)
            or self._retold_name(claim.text)
            or self._retold_after_name(claim)
            or self._translated_word(claim)
            or self._spelled_out(claim)
            or self._read_in_japanese(claim.text)
            or self._read_in_korean(claim.text)
            or self._read_in_vietnamese(claim.text)
            or self._read_with_word_before(claim)
            or self._korean_place(claim)
            or self._sounded_with_particles(claim)
            or self._surname_alone(claim)
            or self._titled_person(claim)
            or self._unread_person(claim)
            or dictionary_name(claim, self.text)
        )

    def _named_phase(self, claim: Claim) -> bool:
        """A name and the phase after it (Lingang Phase II for 临港二期): the name is the
        sources' and so is the phase, in any numeral (Lingang Phase III is flagged)."""
        named = _NAME_AND_PHASE.fullmatch(claim.text)
        if claim.kind is not ClaimKind.NAME or named is None:
            return False
        phase = _phase_name(named[2], named[3])
        return phase in _phases(self.text) and self.supports(
            Claim(claim.kind, named[1], claim.sentence)
        )

    def _plan_number(self, claim: Claim) -> bool | None:
        """A Five-Year Plan's ordinal (the 15th Five-Year Plan), where the sources number
        their plan by the shorthand 十五五 (the fifteenth: 十 and 五 around its last
        digit) or as 第十五个五年规划: it must be theirs (the 14th for 十五五 is flagged).
        None where the figure is no plan's or the sources number none."""
        at = claim.sentence.find(claim.text)
        if at < 0 or not _PLAN_AFTER.match(claim.sentence, at + len(claim.text)):
            return None
        said = {10 + int(chinese_numeral(d) or 0) for d in _PLAN_SHORTHAND.findall(self.text)}
        said |= {int(chinese_numeral(n) or 0) for n in _PLAN_ORDINAL.findall(self.text)}
        if not said or not claim.text.isdigit():
            return None
        return int(claim.text) in said

    def _hyphened_number(self, claim: Claim) -> bool:
        """A name of several words and its number joined by a hyphen (Long March-5 for
        长征五号), read as the spaced "Long March 5" is: the name and the number are each
        the sources' (Long March-6 for their 长征五号 is flagged)."""
        hyphened = _HYPHENED_NUMBER.fullmatch(claim.text)
        if claim.kind is not ClaimKind.NAME or hyphened is None:
            return False
        spaced = f"{hyphened[1]} {hyphened[2]}"
        sentence = claim.sentence.replace(claim.text, spaced)
        parts = [c for c in claims_in(sentence) if c.text in spaced]
        return (
            bool(parts)
            and all(c.text != spaced for c in parts)
            and all(self.supports(c) for c in parts)
        )


#: A cluster's size in cards a writer states by its scale alone (万卡, 千卡).
_CARD_SCALE = re.compile(r"(?:百|千|万|十万)\s?卡")
#: A count of cards or accelerators in the sources (1万张卡, 万卡, 10000 块 GPU).
_CARDS_COUNTED = re.compile(
    r"[\d零〇一二两三四五六七八九十百千万亿]\s?(?:[张块枚]\s?)?(?:卡|GPU|显卡|加速卡|芯片)"
)
#: A trial's or a project's phase: a numeral after "phase" or before 期 (III 期临床,
#: 三期, "Phase 2"), with the letter of a part phase (Ib 期, "phase 1b").
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_CHINESE_PHASE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_WORD_PHASE = {"one": 1, "two": 2, "three": 3, "four": 4}
_PHASE_NUMERAL = r"(iv|i{1,3}|[1-4]|[一二两三四]|one|two|three|four)([ab]?)"
_PHASE = re.compile(
    rf"(?i:\bphase)\s*{_PHASE_NUMERAL}\b|(?<![a-z\d]){_PHASE_NUMERAL}\s*[/／]?\s*期", re.IGNORECASE
)
#: A claim that is a phase whole ("Phase III", "phase 1b", "phase three", 二期) or its
#: numeral alone.
_PHASE_CLAIM = re.compile(rf"(?:phase[\s-]*)?{_PHASE_NUMERAL}(期)?", re.IGNORECASE)
_NUMERAL_BEFORE_PHASE = re.compile(r"[ab]?\s*期", re.IGNORECASE)
_PHASE_BEFORE_NUMERAL = re.compile(r"(?i:phase)\s*$")


def _phase_name(numeral: str, part: str) -> str:
    """A phase as one key whatever its numeral: 3 for III, 三 and 3; 1b for Ib."""
    lower = numeral.lower()
    number = _ROMAN.get(lower) or _CHINESE_PHASE.get(lower) or _WORD_PHASE.get(lower)
    return f"{number or int(lower)}{part.lower()}"


def _trial_phase(claim: Claim) -> str | None:
    """The phase a claim names ("Phase III", or a numeral beside 期 or after "phase"), or
    None: a phase is compared as a phase, whatever numeral either side writes it in."""
    shape = _PHASE_CLAIM.fullmatch(claim.text)
    if shape is None:
        return None
    at = claim.sentence.find(claim.text)
    # the part letter a name's claim leaves after its figure (Phase 1b claims Phase 1)
    part = claim.sentence[at + len(claim.text) : at + len(claim.text) + 1] if at >= 0 else ""
    part = shape.group(2) or (part if part.lower() in ("a", "b") else "")
    if claim.text.lower().startswith("phase") or shape.group(3):
        return _phase_name(shape.group(1), part)
    numeral = shape.group(1)
    if not numeral.isdigit() and numeral != numeral.upper():
        return None  # the numeral's case, not its part's: IIa 期 is phase 2a
    if at < 0:
        return None
    after = _NUMERAL_BEFORE_PHASE.match(claim.sentence, at + len(claim.text))
    before = _PHASE_BEFORE_NUMERAL.search(claim.sentence, 0, at)
    if not (after or before):
        return None
    return _phase_name(numeral, part)


def _generations(text: str) -> frozenset[int]:
    """The generations the sources number (第二代, 3 代)."""
    return frozenset(
        int(value)
        for numeral in _CHINESE_GENERATION.findall(text)
        if (value := int(numeral) if numeral.isdigit() else chinese_numeral(numeral))
    )


@lru_cache(maxsize=256)
def _phases(text: str) -> frozenset[str]:
    """The phases the sources name, in any numeral."""
    return frozenset(_phase_name(a or c, b if a else d) for a, b, c, d in _PHASE.findall(text))


#: A superlative said of the whole world (全球最大, the world's largest), its scope before it.
_WORLD_BEFORE = re.compile(r"(?:全球|世界|world's\s)$", re.IGNORECASE)
#: The world, said anywhere in the sources.
_WORLD_SAID = re.compile(r"全球|世界|world|global", re.IGNORECASE)
#: A superlative the sources say of a part of the world: a continent, a country, a
#: province or a city (亚洲最大, 国内第二大, 全省最大, Asia's largest, the nation's
#: second-largest).
_PART_SUPERLATIVE = re.compile(
    r"(?:亚洲|欧洲|非洲|美洲|全国|国内|全省|省内|全市|市内|[\u4e00-\u9fff]{1,4}[国洲省市])"
    r"(?:最大|第[二三四五]大)"
    r"|(?:asia|europe|africa|america|the nation|the country|china|[a-z]+)['’]s\s"
    r"(?:[a-z]+-)?(?:largest|biggest)",
    re.IGNORECASE,
)


def unsupported(text: str, evidence: Evidence) -> list[Claim]:
    """The claims of a text that its sources do not support, in order, as the text
    writes them: a text in traditional characters is read in simplified ones, as the
    sources are (:mod:`._simplified`)."""
    plain = simplified(text)
    found = _unsupported(plain, evidence)
    return found if plain == text else [_as_written(claim, plain, text) for claim in found]


def _as_written(claim: Claim, plain: str, text: str) -> Claim:
    """A claim found in the simplified text, in the characters the text wrote it in
    (each simplified character stands where its traditional one stood)."""
    at = plain.find(claim.sentence)
    if at < 0:
        return claim
    sentence = text[at : at + len(claim.sentence)]
    within = claim.sentence.find(claim.text)
    written = sentence[within : within + len(claim.text)] if within >= 0 else claim.text
    return Claim(claim.kind, written, sentence)


def _unsupported(text: str, evidence: Evidence) -> list[Claim]:
    """:func:`unsupported` of a text in simplified characters."""
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
        if HAN_CHAR.search(claim.text) or _everyday(claim.text) or not evidence.supports(claim)
    ]
    if evidence.places:  # else only a place given the work's people is checked as one
        flagged = [c for c in flagged if c.kind is not ClaimKind.NAME or not within_place(c)]
    flagged = [c for c in flagged if c not in missing]  # "Singapore", read both ways
    order = {sentence: at for at, sentence in enumerate(split_sentences(text))}
    return sorted(
        flagged + missing,
        key=lambda claim: (order.get(claim.sentence, 0), claim.sentence.find(claim.text)),
    )


#: A numbered variant in English (Long March 8A, 3B): a number and a capital letter.
_VARIANT = re.compile(r"(\d{1,2})([A-D])")

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
