"""jieba's reading of Chinese text, once per sentence: its words, their tags and where
they start and end.  Every Chinese name rule reads these words rather than the text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jieba

from newsdesk.chinese import FIELD_WORDS, HAN_CHAR
from newsdesk.editor._name_tables import EVERYDAY_WORDS
from newsdesk.editor._transliteration import NAME_SYLLABLES, SYLLABLES

jieba.setLogLevel(logging.WARNING)
_LEADING_CONJUNCTIONS = frozenset("和与及跟同")
_NAME_TAGS = frozenset({"nr", "nt", "nz", "ns"})


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    word: str
    flag: str
    #: jieba's dictionary has the word (False: its HMM made it up, often a name).
    known: bool

    @property
    def han(self) -> bool:
        return bool(self.word) and all(HAN_CHAR.match(c) for c in self.word)


#: 时 ("when") that ends a clause, which jieba's HMM glues to the modal after it (对话时|能
#: 精准控制 read as 时能): words of the language, no name.
_WHEN_MODAL = re.compile("时[能会可要就才也都将需便]")
#: The last character of a body's name (部, 局, 委, 署, 厅) and the preposition or adverb
#: that opens its predicate, which jieba's HMM glues together (信息技术|部向|马斯克): words
#: of the language, no name.
_BODY_PREPOSITION = re.compile("[部局委署厅][向对把被将已与]")


@lru_cache(maxsize=8192)
def _words(sentence: str) -> tuple[_Word, ...]:
    """jieba's words of a sentence, remembered: the editor reads the same sentences many
    times over (comparing each with the others), and cutting is the slow part."""
    import jieba.posseg  # the tagger loads on first use (see newsdesk.chinese)

    words = []
    position = 0
    jieba.dt.check_initialized()
    frequencies = jieba.dt.FREQ
    for pair in jieba.posseg.cut(sentence):
        word, flag = pair.word, pair.flag
        end = position + len(word)
        known = (
            frequencies.get(word, 0) > 0
            or word in FIELD_WORDS
            or word in EVERYDAY_WORDS
            or _WHEN_MODAL.match(word) is not None
            or _BODY_PREPOSITION.fullmatch(word) is not None
        )
        if word in EVERYDAY_WORDS and flag[:2] in _NAME_TAGS:
            flag = "n"  # 归母 (of the parent company): its HMM tags it a person
        words.append(_Word(position, end, word, flag, known))
        position = end
    return tuple(words)


_FOREIGN_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
#: Words that name a place or a body, which may hold a transliterated place name whole.
_PLACE_TAGS = frozenset({"ns", "nt"})


@lru_cache(maxsize=1024)
def foreign_names(text: str) -> frozenset[str]:
    """The foreign names a text writes in transliteration characters: the runs of
    :data:`SYLLABLES` that hold a word jieba tags a name or lacks (哈萨比斯, even where
    jieba cuts it 哈萨|比斯; not 基金, a word), the words of such a run that follow one
    another (贾姆讷格尔 of 古吉拉特邦贾姆讷格尔, two places in a row), the runs inside a
    place's or a body's name and each run's start there (密歇根 of 密歇根大学, 古吉拉特 of
    古吉拉特邦, a state), and the runs each side of the dot between the parts of a name
    (约夏·巴赫), the second also cut where a word ends (罗比 of 罗比基于: 基 opens 基于)."""
    names: set[str] = set()
    for line in text.splitlines():
        runs = [m.span() for m in _SYLLABLE_RUN.finditer(line)]
        words = _words(line)
        for word in words:
            if word.flag in _FOREIGN_TAGS or not word.known:
                names.update(line[a:b] for a, b in runs if a <= word.start and word.end <= b)
                if _SYLLABLE_RUN.fullmatch(word.word):  # 密歇根 of 密歇根大学: not 密歇根大
                    names.add(word.word)
            if word.flag in _PLACE_TAGS:  # 密歇根 of 美国密歇根大学: a place inside a body's name
                inside = [(max(a, word.start), min(b, word.end)) for a, b in runs]
                names.update(line[a:end] for a, b in inside for end in range(a + 2, b + 1))
        names.update(_named_words_in_runs(line, runs, words))
        ends = {w.end for w in words}
        for dotted in _DOTTED_NAME.finditer(line):
            names.update(dotted.groups())
            start, end = dotted.span(2)  # 罗比 of 罗比基于: the name ends where a word does
            names.update(line[start:at] for at in ends if start < at < end)
    return frozenset(name for name in names if len(name) >= 2)


def is_district(word: str) -> bool:
    """A word of three characters that ends as a district's or a county's name (龙岗区)."""
    return len(word) == 3 and word[-1] in "区县" and all(HAN_CHAR.match(c) for c in word)


def _named_words_in_runs(
    line: str, runs: list[tuple[int, int]], words: tuple[_Word, ...]
) -> set[str]:
    """The spans of two or more words in a row, inside one run of transliteration
    characters, each word tagged a name or unknown to jieba: a run may hold two names
    (古吉拉特邦贾姆讷格尔), too long to be compared whole."""
    named = [w for w in words if w.flag in _FOREIGN_TAGS or not w.known]
    out = set()
    for a, b in runs:
        inside = [w for w in named if a <= w.start and w.end <= b]
        for i, first in enumerate(inside):
            for j in range(i + 1, len(inside)):
                if inside[j].start != inside[j - 1].end:
                    break
                out.add(line[first.start : inside[j].end])
    return out


_SYLLABLE_RUN = re.compile(f"[{''.join(SYLLABLES)}]+")
_DOTTED_NAME = re.compile(f"({_SYLLABLE_RUN.pattern})[·•・]({_SYLLABLE_RUN.pattern})")
_NAME_RUN = f"[{''.join(SYLLABLES)}{''.join(NAME_SYLLABLES)}]+"
_DOTTED_PARTS = re.compile(f"{_NAME_RUN}(?:[·•・]{_NAME_RUN})+")


def dotted_parts(text: str) -> frozenset[str]:
    """The parts of the foreign names a text joins with a dot that hold a character of
    :data:`NAME_SYLLABLES` (阿金武米 of 阿金武米·阿德西纳): read as a transliteration
    only there (see :func:`foreign_names` for the rest)."""
    return frozenset(
        part
        for found in _DOTTED_PARTS.finditer(text)
        for part in re.split("[·•・]", found.group())
        if any(c in NAME_SYLLABLES for c in part)
    )


def word_edges(sentence: str) -> frozenset[int]:
    """Where jieba's words of a sentence start and end: a word found there stands whole
    (成都 is no word of 完成都)."""
    return frozenset(edge for w in _words(sentence) for edge in (w.start, w.end))


def words_of(text: str) -> list[tuple[str, str]]:
    """jieba's words of a text with their part-of-speech tags (``ns`` for a place)."""
    return [(w.word, w.flag) for w in _words(text) if w.han]


#: Tags of a lone character that heads a name jieba split off (华 of 华穹云 is tagged an
#: abbreviation of 中华): an abbreviation, or a name's tag.
_HEAD_TAGS = frozenset({"j", "ng", "nr", "nrt", "ns", "nt", "nz"})


def word_bounds(text: str) -> frozenset[int]:
    """Where words of a text begin and end, by jieba, except after a lone character
    that heads a name (华|穹云 is no bound): a term may stand between two of these."""
    words = _words(text)
    return frozenset(w.end for i, w in enumerate(words) if not _lone_head(words, i)) | frozenset(
        {0}
    )


def _lone_head(words: Sequence[_Word], i: int) -> bool:
    """A lone character opening a clause that heads the name after it: one tagged as a
    name's part (华 + 穹云), or a noun before a word jieba's HMM made up from the rest
    of a word it lacks (科 + 创板 of 科创板)."""
    word = words[i]
    return (
        len(word.word) == 1
        and word.han
        and (word.flag in _HEAD_TAGS or (word.flag == "n" and _unknown_at(words, i + 1)))
        and word.word not in _LEADING_CONJUNCTIONS
        and _opens_clause(words, i)
    )


def _unknown_at(words: Sequence[_Word], i: int) -> bool:
    return i < len(words) and _unknown(words[i])


def _opens_clause(words: Sequence[_Word], i: int) -> bool:
    return i == 0 or words[i - 1].word in "，。；：！？、“”‘’「」（）《》 \n丨|"


def _unknown(word: _Word) -> bool:
    """A word of two to four Chinese characters that jieba's dictionary lacks and tags a
    noun, a name, an abbreviation or an adjective (优酷): its HMM also glues a verb or a
    pronoun to a character (追平, 但其, 如他), and those are no names."""
    return (
        word.han
        and 2 <= len(word.word) <= 4
        and not word.known
        and (word.flag[:1] in "nj" or word.flag == "a")
    )
