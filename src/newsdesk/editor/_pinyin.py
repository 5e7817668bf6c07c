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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jieba

from newsdesk.aliases import chinese_aliases, latin_aliases
from newsdesk.chinese import HAN_RUN
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._chinese_words import is_district, words_of
from newsdesk.editor._dialect_readings import dialect_spellings, read_in_dialects
from newsdesk.editor._latin_names import glossary
from newsdesk.editor._name_forms import strip_generic_suffix
from newsdesk.editor._name_tables import SURNAMES
from newsdesk.editor._pinyin_syllables import is_pinyin
from newsdesk.editor._romanise import (
    SURNAME_FORMS,
    onset_fits,
    pinyin_initial,
    wade_giles,
    western_given_name,
)
from newsdesk.editor._romanise import (
    latin_key as latin_key,
)

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
#: Kinds of firm or facility a name ends in and their English: a name's head before one
#: is a name, whether or not jieba knows it (紫金矿业 is Zijin Mining or Zijin; 大庆油田 the
#: Daqing oilfield; 宁波舟山港 Ningbo-Zhoushan Port).
_KIND_ENGLISH: dict[str, tuple[str, ...]] = {
    "矿业": ("mining",),
    "电器": ("electric", "appliances"),
    "油田": ("oilfield",),
    "气田": ("gasfield",),
    "水电站": ("hydropowerstation", "dam"),
    "电站": ("powerstation", "powerplant"),
    "机场": ("airport",),
    "港": ("port",),
    "钢铁": ("steel",),
    "化工": ("chemical", "chemicals"),
    "制药": ("pharmaceutical", "pharma"),
    "航空": ("airlines", "aviation"),
}
#: What a Chinese place name ends in that English leaves out: city, province, county, district.
_DIVISIONS = frozenset("市省县区")
#: A word the segmenter reads whole, of two to four characters, whatever its tag: jieba
#: tags many a brand an ordinary word (飞书 n, 优酷 a), and a Latin word spelling a whole
#: word of the sources, every syllable, is no chance match (a character pair anywhere would be).
_WHOLE_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")
#: jieba's tags of words no name starts with: numerals, measures, pronouns, adverbs,
#: prepositions, conjunctions, particles.
_NO_NAME_TAGS = frozenset({"m", "mq", "q", "r", "d", "p", "c", "u", "uj", "ul", "x"})
#: Below this count in jieba's dictionary a word is rare (飞书 3; 世界 34387, 智能 778):
#: a brand, not the ordinary word an English text translates.
_RARE = 50
#: Characters that join or mark words, never part of a name the segmenter does not know.
_JOINERS = frozenset("的了在是和与被为把将又也都就再从向对给及或等")
#: Prepositions jieba may read into the name after them (由岚芯 for 由 + 岚芯, "by Lanxin").
_PREPOSITIONS = frozenset("由在与和被向从对给将把及跟同")
#: Readings kept per name: a name of heteronyms has few, but a cap keeps it cheap.
_MOST_READINGS = 64
#: Words after which Chinese puts a product's or project's own name (九天基础大模型,
#: 天问二号探测器): what stands just before one is a name, however ordinary its words.
_PRODUCT_HEADS = re.compile(
    "大模型|模型|系统|平台|芯片|卫星|火箭|探测器|超算|计算机|机器人|助手|智能体|号"
)
#: How many characters before a product head a name may stand, with one modifier of
#: two characters between (光明|电力|大模型, 星火 X1 推理模型).
_BEFORE_HEAD = 6
#: Quotation marks Chinese sets a product's name in (“本源悟空”, 《绝地求生》), and the
#: longest name read inside them.
_QUOTED = re.compile(r"[“「《‘\"]([\u3400-\u4dbf\u4e00-\u9fff]{2,8})[”」》’\"]")
#: What ends a clause: a name before a product head stands in the head's clause.
_CLAUSE_MARKS = re.compile(r"[，。；：、！？,;:!?()（）“”「」《》]")


@dataclass(frozen=True)
class _Named:
    """What the sources name: names (jieba's or the verifier's), the persons among them,
    and the words read as names for being rare or unknown to the segmenter."""

    names: frozenset[str]
    persons: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=256)
def _named(sentences: tuple[str, ...]) -> _Named:
    """The names of the sentences (see the module's note), remembered per story."""
    names: set[str] = set()
    persons: set[str] = set()
    words: set[str] = set()
    for sentence in sentences:
        tagged = words_of(sentence)
        apart = _prepositions_apart(tagged)
        words.update(word for word, _ in apart if _rare(word))
        words.update(_cut_first_characters(apart))
        words.update(_unknown_words(apart))
        names.update(word for word, flag in apart if flag in _NAME_TAGS)
        person_at: set[int] = set()  # the characters of words jieba tags a person's
        at = 0
        for index, (word, flag) in enumerate(tagged):
            at = max(sentence.find(word, at), at)
            if flag in _NAME_TAGS:
                names.add(word)
                if flag in _PERSON_TAGS:
                    persons.add(word)
                    person_at.update(range(at, at + len(word)))
                    persons.update(_cut_given_name(word, tagged[index + 1 : index + 2]))
            at += len(word)
        names.update(_districts(tagged))
        words.update(_standing_as_names(sentence))
        words.update(_name_pieces(sentence, apart, names))
        for start, end in chinese_names(sentence):
            name = sentence[start:end]
            names.update({name, strip_generic_suffix(name)})
            if person_at.issuperset(range(start, end)):  # 胡|宇航: one person, cut in two
                persons.add(name)
            elif start in person_at and name[0] in SURNAMES and len(name) in (2, 3):
                persons.add(name)  # 蔡|英文: a surname tagged a person, the rest a word
    # a city or province by its name alone (深圳市: Shenzhen, 广东省: Guangdong)
    names |= {n[:-1] for n in names if len(n) >= 3 and n[-1] in _DIVISIONS}
    return _Named(frozenset(names), frozenset(persons), frozenset(words))


def _standing_as_names(sentence: str) -> set[str]:
    """Runs of two to four characters where Chinese puts a product's name, whatever
    words they are: in quotation marks (“本源悟空”), or in the few characters before a
    product head (九天基础大模型, 光明电力大模型: Jiutian, Guangming).  An everyday word
    names a model, a satellite or a platform so, and the English retells it in pinyin."""
    runs = [m.group(1) for m in _QUOTED.finditer(sentence)]
    for head in _PRODUCT_HEADS.finditer(sentence):
        clause = _CLAUSE_MARKS.split(sentence[: head.start()])[-1]
        before = "".join(HAN_RUN.findall(clause))[-_BEFORE_HEAD:]
        runs.append(re.split(f"[{''.join(_JOINERS)}]", before)[-1])  # not 王芳组 of 王芳组的
    translated = _translated_chinese()
    return {
        run[start:end]
        for run in runs
        for start in range(len(run))
        for end in range(start + 2, min(len(run), start + 4) + 1)
        if run[start:end] not in translated  # 世界模型 is a world model, no Shijie
    }


@lru_cache(maxsize=1)
def _translated_chinese() -> frozenset[str]:
    """The Chinese words the glossary translates: English says them in English."""
    return frozenset(han for hans in glossary().values() for han in hans)


def _name_pieces(sentence: str, tagged: list[tuple[str, str]], names: set[str]) -> set[str]:
    """A word joined to a name with nothing between, the two one longer name (智联|招聘,
    which jieba tags a place and a verb): English calls an organisation by a piece of
    its name (Zhaopin for 智联招聘), so the piece counts as a name too."""
    return {
        word
        for pair in itertools.pairwise(tagged)
        for (word, flag), (other, _) in (pair, pair[::-1])
        if other in names
        and pair[0][0] + pair[1][0] in sentence
        and flag not in _NO_NAME_TAGS
        and 2 <= len(word) <= 4
        and not set(word) & _JOINERS
    }


def _districts(tagged: list[tuple[str, str]]) -> set[str]:
    """A district or county right after its city or province (深圳市|龙岗区: Longgang),
    which jieba tags an ordinary word: a place by where it stands."""
    return {
        word
        for (_, flag), (word, _) in itertools.pairwise(tagged)
        if flag == "ns" and is_district(word)
    }


def _cut_given_name(word: str, following: list[tuple[str, str]]) -> set[str]:
    """A person of surname and one character whom jieba may have cut before the last
    character of the given name (总理黄循|财表示): the three-character name too, when
    jieba, reading it alone before a plain verb, tags it one person's name (黄循财说, but
    王芳|组说: 王芳组 is her group, no Wang Fangzu)."""
    if len(word) != 2 or word[0] not in SURNAMES or not following:
        return set()
    after, flag = following[0]
    if len(after) != 1 or not _HAN_NAME.fullmatch(word + after) or after in _JOINERS:
        return set()
    if flag in ("v", "p", "d", "c", "u", "x"):
        return set()
    alone = words_of(word + after + "说")
    return (
        {word + after} if alone and alone[0] in {(word + after, t) for t in _PERSON_TAGS} else set()
    )


@lru_cache(maxsize=256)
def romanisations(sentences: tuple[str, ...]) -> frozenset[str]:
    """Every pinyin spelling (see :func:`latin_key`) of the names the sentences give.

    Remembered per story's sources: the verifier asks once per unsupported Latin word.
    """
    named = _named(sentences)
    out = {"".join(r) for w in named.words if _WHOLE_WORD.fullmatch(w) for r in _readings(w)}
    for name in named.names | named.persons:
        if not _HAN_NAME.fullmatch(name):
            continue
        readings = _readings(name)
        out.update("".join(r) for r in readings)
        if (
            name in named.persons
            and len(name) in (2, 3)
            and name[0] in SURNAMES
            and name not in chinese_aliases()  # 华为 is a company, no Wei Hua
        ):
            out.update("".join(r[1:]) + r[0] for r in readings)  # Xiaoming Wang
        for suffix, english in _SUFFIX_ENGLISH.items():
            if name.endswith(suffix) and len(name) >= len(suffix) + 2:
                heads = ("".join(r) for r in _readings(name[: -len(suffix)]))
                out.update(h + e for h, e in itertools.product(heads, english))
    out.update(_kind_heads(sentences))
    return frozenset(out)


def _kind_heads(sentences: tuple[str, ...]) -> set[str]:
    """The readings of the two to four characters before a kind of firm or facility
    (:data:`_KIND_ENGLISH`), alone and with the kind's English."""
    out: set[str] = set()
    for sentence in sentences:
        for kind in _KIND_ENGLISH:
            for found in re.finditer(kind, sentence):
                for size in (2, 3, 4):
                    head = sentence[max(0, found.start() - size) : found.start()]
                    if len(head) < size or not _WHOLE_WORD.fullmatch(head):
                        break
                    for reading in _readings(head):
                        out.add("".join(reading))
                        out.update("".join(reading) + e for e in _KIND_ENGLISH[kind])
    return out


def person_spelled(name: str, sequences: str) -> bool:
    """Whether a Chinese person's name (a surname of the table, then one or two
    characters) is spelled in the sources' Latin words (see ``Evidence.sequences``): its
    pinyin, the given name's syllables joined or hyphenated, either order (Wang Liang,
    Xiaoming Wang, Wang Xiao-ming for 王良, 王小明): a Chinese text retelling an English
    source writes the person in characters."""
    if not 2 <= len(name) <= 3 or name[0] not in SURNAMES or not _HAN_NAME.fullmatch(name):
        return False
    for surname, *given in _readings(name):
        joined = "".join(given)
        forms = {f"{surname} {joined}", f"{joined} {surname}"}
        if len(given) == 2:
            forms |= {f"{surname} {' '.join(given)}", f"{' '.join(given)} {surname}"}
        if any(f" {form} " in sequences for form in forms):
            return True
    return _spelled_in_dialect(name, sequences.split())


def _spelled_in_dialect(name: str, words: Sequence[str]) -> bool:
    """Whether the sources' Latin words (lower case, a hyphen's parts apart) spell the
    person in another system, surname first or last, a word a character or the given
    name run together: each syllable a reading of its character the tables give
    (:func:`dialect_spellings`: Li Ka-shing for 李嘉诚) or its Mandarin one."""
    surname = _surname_forms(name[0]) | dialect_spellings(name[0])
    given = [frozenset(_mandarin(c)) | dialect_spellings(c) for c in name[1:]]
    runs = {"".join(r) for r in itertools.product(*given)} if len(given) == 2 else set()

    def spells_given(parts: Sequence[str]) -> bool:
        if len(parts) == len(given):
            return all(p in g for p, g in zip(parts, given, strict=True))
        return len(parts) == 1 and parts[0] in runs

    for at, word in enumerate(words):
        if word not in surname:
            continue
        for size in {len(given), 1}:
            after, before = words[at + 1 : at + 1 + size], words[max(0, at - size) : at]
            if (len(after) == size and spells_given(after)) or (
                len(before) == size and spells_given(before)
            ):
                return True
    return False


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


def _cut_first_characters(tagged: list[tuple[str, str]]) -> set[str]:
    """A name jieba cut after its first character, reading the rest as a name or a rare
    word (奇|安信 for 奇安信, Qi An Xin): the character and that word, joined."""
    return {
        first + rest
        for (first, flag), (rest, rest_flag) in itertools.pairwise(tagged)
        if len(first) == 1
        and first not in _JOINERS
        and flag not in _NO_NAME_TAGS
        and 2 <= len(rest) <= 3
        and (rest_flag in _NAME_TAGS or _rare(rest))
    }


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
    neighbours (Ling Bo), a name the sentences give (see :func:`romanisations`), or
    retell a person they name in another romanisation (Kuo Tai-ming, Lee Jae-yong, Morris
    Chang: see :mod:`newsdesk.editor._romanise`), lower-cased."""
    words = re.findall(r"[^\W\d_]+", phrase)
    if not words:
        return frozenset()
    spelled = romanisations(sentences)
    persons = _named(sentences).persons
    out: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            run = words[start:end]
            closed = end == len(words) or not words[end][:1].isupper()
            if latin_key("".join(run)) in spelled or (
                len(run) >= 2
                and any(retells_person(run, p, sentences, closed=closed) for p in persons)
            ):
                out.update(w.lower() for w in run)
    return frozenset(out)


def retells_person(
    words: Sequence[str],
    han: str,
    sentences: tuple[str, ...] = (),
    *,
    closed: bool = True,
    western: bool = True,
) -> bool:
    """Whether Latin words (a hyphen's parts apart: Ka, shing) name the person ``han``,
    surname first or last, in any romanisation (see :mod:`newsdesk.editor._romanise`);
    ``sentences`` are the sources, which may give the person a Latin name of their own,
    ``closed`` says no capitalised word follows (Linguist Li of Linguist Li Hua is no
    Western given name and surname), and ``western`` whether a Western given name counts."""
    if not 2 <= len(han) <= 3 or not _HAN_NAME.fullmatch(han) or len(words) < 2:
        return False
    surname, given = han[0], han[1:]
    if surname not in SURNAMES and surname not in SURNAME_FORMS:
        return False
    forms = _surname_forms(surname)
    if _table_body(han, forms):
        return False  # 华为 is a company, no Wei Hua
    first, last = latin_key(words[0]), latin_key(words[-1])
    if first in forms and _given_retold(words[1:], given, _foreign(first, surname)):
        return True
    if last not in forms:
        return False
    before = words[:-1]
    if _given_retold(before, given, _foreign(last, surname)) or _initials(before, given):
        return True
    return (
        western
        and closed
        and len(before) == 1
        and (western_given_name(before[0]) or _echoes_given(before[0], given))
        and _western_name_fits(before[0], han, sentences)
    )


def _echoes_given(word: str, given: str) -> bool:
    """Whether an English word that is no habitual given name (Young, which English writes
    lower case) is taken as one for its sound: one syllable opening with a consonant
    another system gives the given name's first character and ending in its nasal (Young
    for 扬 yang, Cantonese yeung: Young Liu for 刘扬伟).  An occupation or title before
    a surname (Chairman Liu, Founder Wang) echoes no given name so."""
    part = latin_key(word)
    if not _SYLLABLE.fullmatch(part) or is_pinyin(part):
        return False
    return any(
        onset_fits(part, reading) and _coda(part) == _coda(reading)
        for reading in _char_readings(given[0])
    )


def spells_unread_person(words: Sequence[str], sentences: tuple[str, ...]) -> bool:
    """Whether Latin words (two or three syllables' worth, no initials) name a person of
    three characters the sentences write, opening with a surname of the tables, that the
    segmenter did not read as a person (许家|印 is read as a numeral and a verb), nor as
    holding one (王芳组 is 王芳's group): the whole name, each syllable a reading of its
    character in some romanisation (Hui Ka Yan or Xu Jiayin for 许家印).  Three
    characters read whole do not match by chance."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and len(w) >= 2 for w in words):
        return False
    persons = _named(sentences).persons  # 王芳组 is 王芳's group: no person of three
    return any(
        not any(person in sentence[at : at + 3] for person in persons)
        and retells_person(words, sentence[at : at + 3], sentences, western=False)
        for sentence in sentences
        for at, character in enumerate(sentence)
        if character in SURNAMES
        and _HAN_NAME.fullmatch(sentence[at : at + 3])
        and len(sentence[at : at + 3]) == 3
    )


def _coda(syllable: str) -> str:
    """The nasal a syllable ends in, or ""."""
    return next((nasal for nasal in ("ng", "n", "m") if syllable.endswith(nasal)), "")


def named_surnames(sentences: tuple[str, ...]) -> frozenset[str]:
    """The surnames of the persons the sources name in characters (a surname of the
    tables and one or two characters; not a body of the alias table, such as 华为): English
    calls a person by the surname alone, in any of its spellings (:func:`surname_forms`)."""
    return frozenset(
        person[0]
        for person in _named(sentences).persons
        if 2 <= len(person) <= 3
        and _HAN_NAME.fullmatch(person)
        and (person[0] in SURNAMES or person[0] in SURNAME_FORMS)
        and not _table_body(person, _surname_forms(person[0]))
    )


def surname_forms(character: str) -> frozenset[str]:
    """A surname's spellings: pinyin, Wade–Giles and the other systems' (Chang, Cheung, Teo)."""
    return _surname_forms(character)


def _table_body(han: str, forms: frozenset[str]) -> bool:
    """Whether the alias table names ``han`` and as no person: none of its Latin names
    is two words or more with the surname at either end (Morris Chang is 张忠谋's)."""
    latin = chinese_aliases().get(han)
    return latin is not None and not any(
        len(parts) >= 2 and (latin_key(parts[0]) in forms or latin_key(parts[-1]) in forms)
        for parts in (name.split() for name in latin)
    )


def _foreign(form: str, surname: str) -> bool:
    """Whether a surname is spelled in a system other than Mandarin's (Lee, Chey, Wong)."""
    return form not in _mandarin(surname)


@lru_cache(maxsize=4096)
def _surname_forms(character: str) -> frozenset[str]:
    """A surname's spellings: pinyin, Wade–Giles and the other systems' (Chang, Cheung, Teo)."""
    return frozenset(_mandarin(character)) | frozenset(SURNAME_FORMS.get(character, ()))


@lru_cache(maxsize=4096)
def _mandarin(character: str) -> tuple[str, ...]:
    """A character's readings in pinyin and in Wade–Giles."""
    pinyin_forms = _char_readings(character)
    return tuple(dict.fromkeys((*pinyin_forms, *(w for r in pinyin_forms for w in wade_giles(r)))))


def _given_retold(words: Sequence[str], given: str, foreign: bool) -> bool:
    """Whether Latin words are a given name: its characters' pinyin or Wade–Giles run
    together or apart (Chung-mou, Zhongmou), or one syllable a character each whose
    opening consonant another system gives it (Ka-shing, Jae-yong).  The second only in
    another system's spelling: after a surname so spelled (Lee, Chey) or with a syllable
    that is no pinyin (Ka); a name all of pinyin is Mandarin's, read strictly (Wang for
    冶 is no Ye).  A syllable that is pinyin must keep the character's rhyme as well
    (see :func:`_syllable_fits`): Mei is 美's, never 明's.  Not where both the surname
    and another syllable of the given name are in the other system: the whole name is
    then that system's, whose readings only look like pinyin by chance (Shin Jin-seo for
    申真谞: Korean reads 真 Jin, a rhyme Mandarin's zhen lacks).  A given name's syllables
    are read strictly by the other systems' tables (see :func:`_syllable_fits`) only after
    a surname so spelled: after a Mandarin one (Liu Young-way for 刘扬伟) a Taiwanese
    writes a name in English spellings of its sounds, which no table holds."""
    parts = [latin_key(w) for w in words]
    if not parts or not all(parts):
        return False
    whole = "".join(parts)
    if any(whole == "".join(r) for r in itertools.product(*(_mandarin(c) for c in given))):
        return True
    other_system = foreign and not all(is_pinyin(part) for part in parts)
    return (
        len(parts) == len(given)
        and (foreign or not all(is_pinyin(part) for part in parts))
        and all(
            _syllable_fits(part, c, by_onset=other_system, read=foreign and len(given) >= 2)
            for part, c in zip(parts, given, strict=True)
        )
    )


def _syllable_fits(part: str, character: str, *, by_onset: bool = False, read: bool = True) -> bool:
    """Whether a syllable of another system may read the character: by its opening
    consonant (:func:`onset_fits`), and when it is itself a pinyin syllable, also by its
    rhyme, as pinyin spells another character so (Ka for 嘉 jia, yong for 镕 rong; Bai,
    Bo or Mei for 明 ming are other characters, no Cantonese reading of it), unless
    ``by_onset`` says the name is known to be in the other system.  In a given name of
    two characters (``read``), a character whose Cantonese, Hokkien or Korean readings the
    tables hold (:mod:`._dialect_readings`) is read only by them and by its Mandarin ones:
    chan is no reading of 宣 (xuan, Cantonese suen, Korean seon), though it opens as xuan
    may.  A one-character given name keeps the opening consonant: the stricter reading
    flagged a right text of the dev sets there (Ing Cup for 应氏杯, which the reader takes
    for a person 应氏), and no dev text needed it."""
    if not _SYLLABLE.fullmatch(part):
        return False
    if part in dialect_spellings(character):
        return True
    readings = _char_readings(character)
    if by_onset or not is_pinyin(part):
        if read and read_in_dialects(character):
            return part in _mandarin(character)
        return any(onset_fits(part, r) for r in readings)
    return part in _mandarin(character) or any(
        onset_fits(part, r) and _rhyme(part) == _rhyme(r) for r in readings
    )


def _rhyme(syllable: str) -> str:
    """A pinyin syllable's final without its medial (jia: a, rong: ong, ming: ing)."""
    final = syllable[len(pinyin_initial(syllable)) :]
    if len(final) > 1 and final[0] in "iuv" and final[1] in "aeiou":
        return final[1:]
    return final


#: A syllable of another romanisation: consonants, vowels, a closing consonant or two
#: (Ka, shing, Jae, yeung, Bock, Ng); not a word of two syllables.
_SYLLABLE = re.compile(r"[^aeiouy]{0,3}[aeiouy]{1,3}(?:ng|ck|n|m|p|t|k|h|l|r)?|ng|m")


def _initials(words: Sequence[str], given: str) -> bool:
    """Whether the words are the given name's initials, one a character, each the first
    letter of its pinyin or Wade–Giles (C.C. for 哲家 Che-chia)."""
    return len(words) == len(given) and all(
        len(w) == 1 and w.isupper() and any(r.startswith(w.lower()) for r in _mandarin(c))
        for w, c in zip(words, given, strict=True)
    )


#: A Latin name of two or three capitalised words in the sources (Morris Chang, Tsai Ing-wen).
_LATIN_NAME = re.compile(
    r"\b[A-Z][a-z]*(?:-[A-Za-z][a-z]*)?(?:\s+[A-Z][a-z]*(?:-[A-Za-z][a-z]*)?){1,2}\b"
)


def _western_name_fits(western: str, han: str, sentences: tuple[str, ...]) -> bool:
    """Whether a Western given name may be the person ``han``'s, which no table can check.

    Not the name of an organisation or product (Google Chang).  When the sources or the
    alias table give the person a Western name, before any spelling of the surname
    (张伟（David Chang）: Kevin Cheung is another person), only that one; when they give the
    person a Latin name of Chinese syllables (Zhang Wei), none; when they give none at
    all, any word English writes as a given name (Terry Gou, Harry Shum) that the alias
    table does not give another person the sources name (Jensen is 黄仁勋's)."""
    lower = western.lower()
    if lower in latin_aliases():
        return False
    forms = _surname_forms(han[0])
    given = {
        name.split()[0]
        for name in chinese_aliases().get(han, frozenset())
        if " " in name and latin_key(name.split()[-1]) in forms
    }
    chinese_form = False
    for sentence in sentences:
        for found in _LATIN_NAME.finditer(sentence):
            words = re.findall(r"[A-Za-z]+", found.group())
            if len(words) == 2 and latin_key(words[1]) in forms and western_given_name(words[0]):
                given.add(words[0].lower())
            elif retells_person(words, han, western=False):
                chinese_form = True
    if given:
        return lower in given
    if chinese_form:
        return False
    return not any(
        lower in {name.split()[0] for name in chinese_aliases().get(person, ()) if " " in name}
        for person in _named(sentences).persons
        if person != han
    )


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


def spells_name(latin: str, han: str, sentences: tuple[str, ...] = ()) -> bool:
    """Whether a Latin name is a reading of a Chinese one, a person's given name first or
    last (Hu Yuhang or Yuhang Hu for 胡宇航), in pinyin or another romanisation (Kuo
    Tai-ming, Terry Gou for 郭台铭: see :func:`retells_person`); ``sentences`` are the
    sources, which decide a Western given name."""
    key = latin_key(latin)
    if not key or not _HAN_NAME.fullmatch(han):
        return False
    readings = _readings(han)
    if any(key in ("".join(r), "".join(r[1:]) + r[0]) for r in readings):
        return True
    return retells_person(re.findall(r"[^\W\d_]+", latin), han, sentences)


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
