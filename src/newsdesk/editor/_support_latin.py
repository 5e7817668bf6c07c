"""Whether the sources support a Latin-script name: stemmed words, ordered letter-and-digit
runs, a product's versions, a term's Chinese, a name's romanisation, its site.

The longest of the checks, kept apart so the others read without it; the checks of
Chinese names and of translations build on it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import lru_cache

from newsdesk.aliases import latin_siblings, products_of, term_chinese
from newsdesk.chinese import HAN, HAN_CHAR, chinese_numeral
from newsdesk.editor._chinese_words import dotted_parts, foreign_names
from newsdesk.editor._evidence_index import SourceIndex
from newsdesk.editor._latin_names import (
    NOT_CLAIMS,
    PRODUCT_HEADS,
    PROSE_HEADS,
    latin_units,
    sequence_tokens,
    stem,
)
from newsdesk.editor._latin_names import glossary as _glossary
from newsdesk.editor._name_tables import CHINESE_ALIASES, LATIN_ALIASES
from newsdesk.editor._pinyin import reading_ends, reads_in, romanised_words
from newsdesk.editor._romanise import western_given_name
from newsdesk.editor._transliteration import (
    NAME_SYLLABLES,
    SYLLABLES,
    respells,
    transliterates,
)
from newsdesk.model import Claim

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
#: How far, in characters, a source's word for that relation may stand from the name.
_NEAR = 8
#: What ends the clause a relation is stated in, and what ends the name a relation word
#: opens (the 的 of 基于 Claude 的, 总部位于深圳的; not of 多邻国的方式, before its word).
_CLAUSE_MARK = re.compile(r"[，。；：、！？,;:!?()（）\n]")
_OBJECT_END = re.compile(f"的|{_CLAUSE_MARK.pattern}")
#: A number a few characters after a name (天问二号, 九天基础大模型 3.0 版), in figures or
#: in Chinese numerals before the word that numbers a craft or a generation.
_NUMBER_AFTER_NAME = re.compile(
    rf"[{HAN}]{{0,5}}?\s*(\d+(?:\.\d+)?(?![\d.])|[一二三四五六七八九十]+(?=号|代|型|期))"
)
#: The words before a company's word that may stand between it and the place before
#: them (约翰内斯堡 AI 公司, 深圳初创企业), captured with the company word.
_COMPANY_AFTER_PLACE = re.compile(
    r"((?:\s?[A-Za-z]{1,3}\s?|人工智能|科技|机器人|芯片|初创|创业)?(?:公司|企业|初创|创业公司))"
)
#: A funding round in English (Series G, Series Pre-A), which Chinese writes G轮.
_FUNDING_ROUND = re.compile(r"series ((?:pre-?)?[a-z]\+?)")
#: A class of shares in English (Class A shares), which Chinese writes A类股 or A 类普通股.
_SHARE_CLASS = re.compile(r"class ([a-z])")
#: A title's ranked list, its brackets often dropped: 财富500强, 《财富》世界500强 (the
#: list's number its group).  A title's words before any other number are not its list:
#: 个人财富超500亿元 is wealth.
_TITLE_LIST = r"《?{title}》?(?:世界|中国|美国|全球)?\s*(\d+)\s*强"


#: A place of words a particle joins (Katwijk aan Zee, Bergen op Zoom, Castellammare di
#: Stabia), which Chinese writes as one run of transliteration characters, the particle
#: too (卡特韦克安泽): the run is read against the whole place, not a word of it.  The
#: sources are searched in lower case, so no particle is an English word (an, am, la).
_PARTICLE_PLACE = re.compile(r"\b[a-z]+(?:[ -](?:aan|op|de|den|der|van|sur|di|del)[ -][a-z]+)+")


@lru_cache(maxsize=64)
def _particle_places(text: str) -> tuple[str, ...]:
    """The places a particle joins in the sources' text, found once per story."""
    return tuple(_PARTICLE_PLACE.findall(text))


class LatinNameChecks(SourceIndex):
    """The checks of Latin-script names, on a story's index."""

    __slots__ = ()

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
        if share_class := _SHARE_CLASS.fullmatch(whole):
            letter = share_class.group(1)
            said = re.search(rf"(?<![a-z-]){letter}\s*类", self.text.lower())
            return said is not None or f" class {letter} " in self.sequences
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
        if self._has_made_after_maker(phrase):
            return True  # Google DeepMind for DeepMind
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
                    and not self._has_numbered_thing(unit)
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
        Cloud (:data:`._latin_names.PROSE_HEADS`)."""
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
                    value = chinese_numeral(said[1]) if HAN_CHAR.match(said[1]) else None
                    if (value if value is not None else _figure(said[1])) == wanted:
                        return True
        return False

    def _has_numbered_thing(self, unit: tuple[str, ...]) -> bool:
        """A thing numbered in English as the sources number it in Chinese: Pit 8 for 8 号
        祭祀坑, Unit 3 for 3号机组, Gate 12 for 12 号门.  The word translates (glossary) the
        noun the sources' number goes with, a few characters after its 号 or right before
        the number; the number must be theirs (Pit 9 is another pit), and a number, not a
        count (8 个祭祀坑 are eight pits, no Pit 8)."""
        if len(unit) != 2 or not unit[0].isalpha() or not unit[1].isdigit():
            return False
        number = rf"(?<![\d.]){re.escape(unit[1])}(?![\d.])"
        return any(
            re.search(rf"{number}\s*号\s*[{HAN}]{{0,3}}{re.escape(han)}", self.text)
            or re.search(rf"{re.escape(han)}\s*{number}", self.text)
            for han in _glossary().get(stem(unit[0]), ())
        )

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

    def _sounded_with_particles(self, claim: Claim) -> bool:
        """A word of a name whose words a lower-case particle joins (Wijk aan Zee, Jan van
        Eyck), where the sources write the whole in transliteration (维克安泽): Chinese
        writes it as one name, the particle among its syllables."""
        return any(
            claim.text in found.group().split()
            and self._sounds_like(found.group().replace(" ", ""))
            for found in _PARTICLE_NAME.finditer(claim.sentence)
        )

    def _sounds_like(self, word: str) -> bool:
        """A Latin name the sources write in Chinese characters (Bach: 巴赫)."""
        return any(transliterates(han, word) for han in foreign_names(self.text)) or any(
            transliterates(han, word, dotted=True) for han in dotted_parts(self.text)
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
        dotted = len(parts) > 1
        return bool(parts) and all(
            all(c in SYLLABLES or (dotted and c in NAME_SYLLABLES) for c in part)
            and (
                any(transliterates(part, word, dotted=dotted) for word in self.latin)
                or any(respells(part, han) for han in foreign_names(self.text))
            )
            for part in parts
        )

    def _transliterated_whole(self, claim: Claim) -> bool:
        """A part of a foreign name in Chinese characters that the segmenter cut off
        (乔格 of 基普|乔格, 乔 a surname): the name is the whole run of transliteration
        characters around it in the sentence, and read so (Kipchoge)."""
        at = claim.sentence.find(claim.text)
        if at < 0 or not all(c in SYLLABLES for c in claim.text):
            return False
        start, end = at, at + len(claim.text)
        while start > 0 and claim.sentence[start - 1] in SYLLABLES:
            start -= 1
        while end < len(claim.sentence) and claim.sentence[end] in SYLLABLES:
            end += 1
        whole = claim.sentence[start:end]
        return whole != claim.text and (
            self._transliterated(whole)
            or self._particle_place(claim.sentence, (start, end), (at, at + len(claim.text)))
        )

    def _particle_place(self, sentence: str, run: tuple[int, int], claim: tuple[int, int]) -> bool:
        """A run around a claim that spells a place of the sources a particle joins
        (:data:`_PARTICLE_PLACE`); the run may open with a place's last character (荷兰's
        兰 before 卡特韦克安泽), so each stretch of it holding the claim is read."""
        return any(
            transliterates(sentence[a:b], place)
            for place in _particle_places(self.text)
            for a in range(run[0], claim[0] + 1)
            for b in range(claim[1], run[1] + 1)
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

    def _has_made_after_maker(self, phrase: str) -> bool:
        """A maker's name, then its product's, which the sources name (Google DeepMind
        for DeepMind, as 谷歌 DeepMind is): the maker is who makes it, no claim of its own."""
        maker, _, made = re.sub(r"['’]s$", "", phrase).partition(" ")
        return (
            bool(made)
            and made.lower() in products_of().get(maker.lower(), ())
            and self._has_latin_name(made)
        )

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


@lru_cache(maxsize=1024)
def _figure(text: str) -> float | None:
    """A number in figures, or None."""
    try:
        return float(text)
    except ValueError:
        return None


#: A capitalised Latin word: a name, in Chinese prose as in English.
_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*")
#: A name ending in a year's last two digits (WWDC25, CES '26): the year in short, the
#: digits joined to the name or after an apostrophe (Lumio 20 is a version, not 2020).
_SHORT_YEAR_SUFFIX = re.compile(r"(.*[a-z])(?:\s?['’])?(\d{2})")


def _squashed(phrase: str) -> str:
    return re.sub(r"[^a-z0-9]", "", phrase.lower())


#: An acronym as written: three to six letters, two or more of them capitals (MoT,
#: RLHF).  Not two letters: any two words of a source would spell one (IB, "in Beijing").
#: Capitalised words joined by the lower-case particles of Dutch, German, French,
#: Italian, Spanish and Portuguese names and places (aan, van, de, la, do, sur).
_PARTICLE_NAME = re.compile(
    r"\b[A-Z][a-z]+(?: (?:aan|am|an|da|das|de|del|della|den|der|di|do|dos|du|la|le|op|"
    r"sur|ten|ter|van|von|zu) [A-Z][a-z]+)+"
)
_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{3,6}")
#: An acronym's plural ending a name (Windows PCs, Nvidia GPUs): the name of one, in number.
_ACRONYM_PLURAL = re.compile(r"(?<![A-Za-z])[A-Z]{2,}s$")
