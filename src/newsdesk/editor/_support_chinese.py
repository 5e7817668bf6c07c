"""Whether the sources support a Chinese name: with or without its generic suffix, a
unit's short form, another body's or another unit's name.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from newsdesk.chinese import HAN, HAN_CHAR, ORG_SUFFIXES, chinese_numeral
from newsdesk.editor._chinese_words import is_district
from newsdesk.editor._latin_names import glossary as _glossary
from newsdesk.editor._latin_names import sequence_tokens, stem
from newsdesk.editor._name_forms import describes_part, place_school_end, strip_generic_suffix
from newsdesk.editor._name_tables import CHINESE_ALIASES, LATIN_ALIASES
from newsdesk.editor._pinyin import person_spelled
from newsdesk.editor._place_table import places
from newsdesk.editor._support_latin import LatinNameChecks


class ChineseNameChecks(LatinNameChecks):
    """The checks of Chinese names."""

    __slots__ = ()

    def _has_chinese_name(self, name: str) -> bool:
        """The sources state the name, its alias, or spell it in Latin script.  A name of
        the alias table is spelled only as the table spells it: 卡帕西 is Karpathy, not a
        sound-alike of the sources' Xbox."""
        name = _HAN_SPACE.sub("", name)  # 阿里 团队: a writer's space is not the name's
        return (
            self._has_whole_name(name)
            or (  # 深蓝3号 for “深蓝 3 号”, 海葵1号 for 海葵一号: nor is a space beside a
                # serial number, nor the numerals it is written in
                _SERIAL.search(name) is not None and _serial_key(name) in _serial_key(self.text)
            )
            or (is_district(name) and name[:-1] in self.text)  # 海淀区 for 海淀
            or (  # 首都国际机场 for 首都机场, 三峡水电站 for 三峡电站
                _FACILITY_WORDS.search(name) is not None
                and _FACILITY_WORDS.sub("", name) in _FACILITY_WORDS.sub("", self.text)
            )
            or self._half_english(name)
            or person_spelled(name, self.sequences)
            or (not CHINESE_ALIASES.get(name) and self._transliterated(name))
            or any(
                (
                    name[cut:] in self.text
                    or (
                        describes_part(name[cut:])
                        and not self._other_unit(name, cut)
                        and not _place_body(name, cut)
                    )
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
        """A name the sources write with some or all of its words in English (上海AI Lab
        for 上海人工智能实验室; "the Xinghai transport bureau" for 交通局, a body named by
        its kind): each run of English words that all translate (``glossary.yaml``), a
        run of an English sentence's words among them, is read in Chinese between the
        characters around it."""
        for run in _SOURCE_ENGLISH.finditer(self.text):
            words = list(re.finditer(r"[a-z]+", run.group()))
            for first, last in itertools.combinations(range(len(words) + 1), 2):
                if last - first > _TRANSLATED_WORDS:
                    continue
                spellings = [_glossary().get(stem(w.group()), ()) for w in words[first:last]]
                if not all(spellings):
                    continue
                start = run.start() + words[first].start()
                end = run.start() + words[last - 1].end()
                before = self.text[max(0, start - len(name)) : start].replace(" ", "")
                after = self.text[end : end + len(name)].replace(" ", "")
                if any(
                    name in before + "".join(parts) + after
                    for parts in itertools.product(*spellings)
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


#: The kinds of a body's unit, longest first (研究所 of 中国科学院物理研究所).
_UNIT_KINDS = ("研究所", "研究院", "研究中心", "实验室", "学院", "中心", "局")


#: A serial number before 号, in figures or Chinese numerals (3 号, 一号).
_SERIAL = re.compile(r"(\d+|[零〇一二两三四五六七八九十百]+)\s*号")


def _serial_key(text: str) -> str:
    """A text with its spaces dropped and each serial number (:data:`_SERIAL`) in figures."""
    return _SERIAL.sub(lambda m: f"{_serial_figure(m.group(1))}号", re.sub(r"\s", "", text))


def _serial_figure(number: str) -> str:
    """A serial number in figures (一 is 1), or as written when it is no numeral."""
    if number.isdigit():
        return str(int(number))
    value = chinese_numeral(number)
    return number if value is None else str(int(value))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The Chinese names of the places of the place table."""
    return frozenset(han for place in places().values() for han in place.zh)


def _place_body(name: str, cut: int) -> bool:
    """Whether the name is a body that its place opens (印度科学研究所, 日本气象厅 for
    the sources' 印度 or 日本): a research body, school or office named by a country or a
    city is a body of its own, no part of the place as 马斯克法律团队 is Musk's."""
    return name[:cut] in _place_names() and name.endswith((*_UNIT_KINDS, "大学", "所", "厅"))


#: Spaces between two Chinese characters.
_HAN_SPACE = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")
#: The most English words of a term :meth:`Evidence._translated` respells, and a run
#: of English words.
_TRANSLATED_WORDS = 4
#: A run of English words in the sources' (lower-cased) text, between other characters.
_SOURCE_ENGLISH = re.compile(r"(?<![a-z0-9])[a-z]+(?: [a-z]+)*(?![a-z0-9])")


def _abbreviated(name: str, text: str) -> bool:
    """中科大 for 中国科学技术大学, 港科大 for 香港科技大学, 中科院 for 中国科学院: a Chinese
    short form takes characters of an organisation's full name in order, so the sources
    hold the full name when they hold those characters, a few apart, within a name that
    ends in an organisation suffix (大学, 学院, 研究院...)."""
    if _units_abbreviated(name, text):
        return True
    if not 2 <= len(name) <= 5 or not all(HAN_CHAR.match(c) for c in name):
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
    names = sorted((n for n in CHINESE_ALIASES if len(n) >= 3 and HAN_CHAR.match(n)), key=len)
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
