"""Chinese names in pinyin: Lingbo Technology is 灵波科技, Guangzhou is 广州.

An English text written from Chinese sources spells a Chinese name by its Mandarin
reading, and no alias table can list every company or town.  So a Latin name is
supported when its letters, without tones, case, spaces or marks, spell a pinyin reading
of a name the sources give: a word jieba tags a name (广州, 王小明) or a name the verifier
finds (灵波科技), or that name before its organisation suffix (灵波), whose English
(Technology, Group) the verifier does not check.  jieba tags many a brand an ordinary
word (飞书, 优酷) or knows none and cuts it character by character (岚|芯), so a word its
dictionary holds rarely or not at all, and a run it cut so, count as names too; a common
word (世界, 用户) does not, since English translates it.  A character with several readings may
be read any of them (重庆: Chongqing).  Only whole names count, not any run of the
sources' characters: a spelling of one or two syllables (Wang, Lingbo) would find some
character pair that reads so in almost any story, an invented name among them.  Two
readings of runs are narrower: a phrase of four syllables or more, word by word, which
chance almost never spells (:func:`spells_characters`, for a company jieba does not tag),
and a place read only beside the word that says the text's relation to it
(:func:`reads_in`: 深圳 in 总部位于深圳 for Shenzhen-based).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import jieba

from newsdesk.aliases import chinese_aliases
from newsdesk.editor._names import SURNAMES, chinese_names, strip_generic_suffix, words_of

#: jieba's tags of names: persons, places, organisations, other proper nouns.
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
_HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,8}")
#: Organisation suffixes and their English, for the words the verifier checks beside a
#: name in pinyin (Chongqing Bank: 重庆银行); Technology, Group and the like it never checks.
_SUFFIX_ENGLISH: dict[str, tuple[str, ...]] = {
    "银行": ("bank",),
    "公司": ("company",),
    "实验室": ("lab", "laboratory"),
    "证券": ("securities",),
    "汽车": ("auto", "motors"),
    "医院": ("hospital",),
}
#: What a Chinese place name ends in that English leaves out: city, province, county, district.
_DIVISIONS = frozenset("市省县区")
#: A word the segmenter reads whole, of two to four characters, whatever its tag: jieba
#: tags many a brand an ordinary word (飞书 n, 优酷 a), and a Latin word spelling a whole
#: word of the sources, every syllable, is no chance match (a character pair anywhere would be).
_WHOLE_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")
#: Below this count in jieba's dictionary a word is rare (飞书 3; 世界 34387, 智能 778):
#: a brand, not the ordinary word an English text translates.
_RARE = 50
#: Characters that join or mark words, never part of a name the segmenter does not know.
_JOINERS = frozenset("的了在是和与被为把将又也都就再从向对给及或等")
#: Prepositions jieba may read into the name after them (由岚芯 for 由 + 岚芯, "by Lanxin").
_PREPOSITIONS = frozenset("由在与和被向从对给将把及跟同")
#: Readings kept per name: a name of heteronyms has few, but a cap keeps it cheap.
_MOST_READINGS = 64


def latin_key(latin: str) -> str:
    """A Latin spelling as compared: letters only, lower case, marks dropped (Lü: lu)."""
    plain = unicodedata.normalize("NFKD", latin)
    return re.sub(r"[^a-z]", "", plain.lower())


@lru_cache(maxsize=256)
def romanisations(sentences: tuple[str, ...]) -> frozenset[str]:
    """Every pinyin spelling (see :func:`latin_key`) of the names the sentences give.

    Remembered per story's sources: the verifier asks once per unsupported Latin word.
    """
    names: set[str] = set()
    persons: set[str] = set()
    words: set[str] = set()
    for sentence in sentences:
        tagged = words_of(sentence)
        apart = _prepositions_apart(tagged)
        words.update(word for word, _ in apart if _rare(word))
        words.update(_unknown_words(apart))
        names.update(word for word, flag in apart if flag in _NAME_TAGS)
        person_at: set[int] = set()  # the characters of words jieba tags a person's
        at = 0
        for word, flag in tagged:
            at = max(sentence.find(word, at), at)
            if flag in _NAME_TAGS:
                names.add(word)
                if flag in _PERSON_TAGS:
                    persons.add(word)
                    person_at.update(range(at, at + len(word)))
            at += len(word)
        for start, end in chinese_names(sentence):
            name = sentence[start:end]
            names.update({name, strip_generic_suffix(name)})
            if person_at.issuperset(range(start, end)):  # 胡|宇航: one person, cut in two
                persons.add(name)
    # a city or province by its name alone (深圳市: Shenzhen, 广东省: Guangdong)
    names |= {n[:-1] for n in names if len(n) >= 3 and n[-1] in _DIVISIONS}
    out = {"".join(r) for w in words if _WHOLE_WORD.fullmatch(w) for r in _readings(w)}
    for name in names:
        if not _HAN_NAME.fullmatch(name):
            continue
        readings = _readings(name)
        out.update("".join(r) for r in readings)
        if (
            name in persons
            and len(name) in (2, 3)
            and name[0] in SURNAMES
            and name not in chinese_aliases()  # 华为 is a company, no Wei Hua
        ):
            out.update("".join(r[1:]) + r[0] for r in readings)  # Xiaoming Wang
        for suffix, english in _SUFFIX_ENGLISH.items():
            if name.endswith(suffix) and len(name) >= len(suffix) + 2:
                heads = ("".join(r) for r in _readings(name[: -len(suffix)]))
                out.update(h + e for h, e in itertools.product(heads, english))
    return frozenset(out)


def _prepositions_apart(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tagged words with a preposition jieba read into the name after it set apart
    (由岚芯 or 由岚|芯 for 由 + 岚芯, "by Lanxin"); the caller keeps the name whole as
    well (向华 may be a person surnamed 向)."""
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if flag in _NAME_TAGS and len(word) >= 2 and word[0] in _PREPOSITIONS:
            out += [(word[0], "p"), (word[1:], flag if len(word) >= 3 else "x")]
        else:
            out.append((word, flag))
    return out


def _unknown_words(tagged: list[tuple[str, str]]) -> set[str]:
    """Runs of two to four characters the segmenter cut one by one, knowing no word there
    (美|图 for Meitu): where a name it does not know stands.  A numeral is none of it
    (超|十 of 超十亿 is no Chaoshi)."""
    out: set[str] = set()
    for single, run in itertools.groupby(
        tagged,
        key=lambda pair: len(pair[0]) == 1 and pair[0] not in _JOINERS and pair[1] not in "mp",
    ):
        if single:
            chars = "".join(word for word, _ in run)
            out.update(
                chars[start:end]
                for start in range(len(chars))
                for end in range(start + 2, min(len(chars), start + 4) + 1)
            )
    return out


def _rare(word: str) -> bool:
    """Whether jieba's dictionary holds the word rarely or not at all (see :data:`_RARE`)."""
    return int(jieba.dt.FREQ.get(word) or 0) < _RARE


def _readings(name: str) -> list[tuple[str, ...]]:
    """The toneless readings of a name, each character read any of its ways (the
    reading pypinyin's phrase dictionary gives the whole name among them)."""
    from pypinyin import Style, pinyin  # its dictionary loads on first use

    whole = pinyin(name, style=Style.NORMAL, errors="ignore")
    chars = [pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore") for c in name]
    if len(whole) != len(name) or any(len(c) != 1 for c in chars):
        return []
    choices = [  # the phrase's reading first, so the cap never drops it
        list(dict.fromkeys(v for r in (own[0], *char[0]) for v in _spellings(r)))
        for own, char in zip(whole, chars, strict=True)
    ]
    return list(itertools.islice(itertools.product(*choices), _MOST_READINGS))


def _spellings(syllable: str) -> tuple[str, ...]:
    """pypinyin writes ü as v; English writes it u or yu (吕: Lu, Lyu)."""
    if "v" not in syllable:
        return (syllable,)
    return syllable.replace("v", "u"), syllable.replace("v", "yu")


def romanised_words(phrase: str, sentences: tuple[str, ...]) -> frozenset[str]:
    """The words of a Latin phrase that spell, alone or run together with their
    neighbours (Ling Bo), a name the sentences give (see :func:`romanisations`), lower-cased."""
    words = re.findall(r"[^\W\d_]+", phrase)
    if not words:
        return frozenset()
    spelled = romanisations(sentences)
    out: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            if latin_key("".join(words[start:end])) in spelled:
                out.update(w.lower() for w in words[start:end])
    return frozenset(out)


#: The fewest syllables a run of the sources' characters is read for, whatever they are:
#: four characters in order spell a given four-syllable Latin run by chance almost never
#: (律动造物: Lvdong Zaowu), while one or two would (see the module's note).
_FEWEST_SYLLABLES = 4
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{4,}")
_HAN_PAIR_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


def spells_characters(phrase: str, sentences: tuple[str, ...]) -> bool:
    """Whether a Latin phrase of two or more words spells, word by word, a run of four or
    more characters of the sentences, each word whole characters: a company jieba reads
    as ordinary words (律动造物) romanised as its founders write it."""
    words = [latin_key(w) for w in re.findall(r"[^\W\d_]+", phrase)]
    if len(words) < 2 or not all(words):
        return False
    for sentence in sentences:
        for run in _HAN_RUN.finditer(sentence):
            han = run.group()
            if any(_spells(words, han, start) for start in range(len(han))):
                return True
    return False


def _spells(words: list[str], han: str, at: int, syllables: int = 0) -> bool:
    """Whether the words, in order, read the characters from ``at`` on."""
    if not words:
        return syllables >= _FEWEST_SYLLABLES
    return any(
        _spells(words[1:], han, end, syllables + end - at) for end in _word_ends(words[0], han, at)
    )


def _word_ends(word: str, han: str, at: int) -> list[int]:
    """Where a word read from ``at`` may end: each character read any of its ways."""
    ends = []
    pending = [(at, 0)]
    while pending:
        index, used = pending.pop()
        if used == len(word):
            if index > at:
                ends.append(index)
            continue
        if index == len(han):
            continue
        for reading in _char_readings(han[index]):
            if word.startswith(reading, used):
                pending.append((index + 1, used + len(reading)))
    return ends


def reading_ends(word: str, han: str, at: int) -> list[int]:
    """Where a Latin word read as the pinyin of ``han``'s characters from ``at`` on may end
    (whole characters, each read any of its ways): for a name retold half in pinyin."""
    key = latin_key(word)
    return _word_ends(key, han, at) if key else []


@lru_cache(maxsize=8192)
def _char_readings(character: str) -> tuple[str, ...]:
    """A character's toneless readings, ü written u, yu or v (律: lu, lyu, lv)."""
    from pypinyin import Style, pinyin

    found = pinyin(character, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = found[0] if found else []
    return tuple(dict.fromkeys(s for r in readings for s in (*_spellings(r), r)))


def spells_name(latin: str, han: str) -> bool:
    """Whether a Latin name is a pinyin reading of a Chinese one, a person's given name
    first or last (Hu Yuhang or Yuhang Hu for 胡宇航)."""
    key = latin_key(latin)
    if not key or not _HAN_NAME.fullmatch(han):
        return False
    readings = _readings(han)
    return any(key in ("".join(r), "".join(r[1:]) + r[0]) for r in readings)


def reads_in(word: str, text: str) -> bool:
    """Whether some run of two or more characters of the text reads as the Latin word
    (深圳 in 总部位于深圳 for Shenzhen)."""
    key = latin_key(word)
    return bool(key) and any(
        end - start >= 2
        for run in _HAN_PAIR_RUN.finditer(text)
        for start in range(len(run.group()))
        for end in _word_ends(key, run.group(), start)
    )
