"""A Japanese person's name retold in Hepburn from the characters a Chinese source writes.

Chinese press writes a Japanese person by the characters of the name (植田和男), an English
text by their Japanese reading (Kazuo Ueda), which no rule of Chinese gives.  A character
has few name readings, though (``japanese.yaml``: those of the characters common names are
written with), so a Latin name is the sources' when it spells a run of their characters,
one reading a character, the surname's characters first: Ueda is 植 ue and 田 da, Kazuo
和 kazu and 男 o.  A character inside a word may take its voiced form (田 ta is the da of
Ueda), and long vowels are written as English writes them or not (Satoh, Sato, Satō).
Another surname or given name (Kazuo Ueno, Kenji Ueda for 植田和男) spells no run of theirs
and stays unsupported; so does a name of characters the table lacks, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from newsdesk._tables import load_table
from newsdesk.editor._pinyin import latin_key

#: A word of Japanese sounds, as Hepburn spells it (a consonant, a glide, a vowel; n;
#: a doubled consonant): only such words are read as a Japanese name.
_JAPANESE_WORD = re.compile(
    r"(?:(?:[kstp](?=[kstpc]))?(?:[kgnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrjfwy])?[aeiou]|n(?![aeiouy]))+"
)
#: The voiced forms a reading takes inside a word (rendaku): 川 kawa in Furukawa's gawa.
_VOICED: tuple[tuple[str, str], ...] = (
    *(("sh", "j"), ("ch", "j"), ("ts", "z"), ("k", "g"), ("s", "z"), ("t", "d")),
    *(("h", "b"), ("h", "p"), ("f", "b"), ("f", "p")),
)
#: The fewest characters a surname alone must be read from: one character reads as too
#: many short words to tell a name.
_FEWEST_ALONE = 2


def _plain(word: str) -> str:
    """A romanised word without what its spellings differ in: long vowels (ou, oo, uu,
    oh: Satou, Satoh for Sato) and the m English writes for n before b, m and p (Homma)."""
    word = latin_key(word)  # marks dropped, not their letters: Ōno is ono
    word = re.sub(r"o[uo]|oh(?![aeiouy])", "o", word)
    word = word.replace("uu", "u")
    return re.sub(r"m(?=[bmp])", "n", word)


@cache
def _readings() -> dict[str, tuple[str, ...]]:
    text = resources.files("newsdesk.editor").joinpath("japanese.yaml").read_text("utf-8")
    return {
        str(han): tuple(dict.fromkeys(_plain(str(r)) for r in readings))
        for han, readings in load_table(text).items()
    }


@cache
def _voiced(reading: str) -> tuple[str, ...]:
    """A reading and its voiced forms."""
    return (
        reading,
        *(voiced + reading[len(plain) :] for plain, voiced in _VOICED if reading.startswith(plain)),
    )


def _ends(text: str, start: int, word: str) -> set[int]:
    """Where runs of characters from ``start`` end that spell the whole word."""
    readings = _readings()
    ends: set[int] = set()
    stack = [(start, 0)]
    while stack:
        at, spelled = stack.pop()
        if spelled == len(word):
            ends.add(at)
            continue
        if at >= len(text):
            continue
        for reading in readings.get(text[at], ()):
            for form in _voiced(reading) if at > start else (reading,):
                if word.startswith(form, spelled):
                    stack.append((at + 1, spelled + len(form)))
    return ends


def surname_readings(character: str) -> tuple[str, ...]:
    """A character's name readings, as :func:`reads_japanese` compares them (林 hayashi)."""
    return _readings().get(character, ())


def same_spelling(word: str) -> str:
    """A romanised word as :func:`surname_readings` spells (Satoh: sato)."""
    return _plain(word)


def reads_japanese(words: Sequence[str], text: str) -> bool:
    """Whether the Latin words (a given name and a surname in either order, or a surname
    alone) spell a Japanese name the text writes in characters, surname first."""
    plain = [_plain(w) for w in words]
    if not 1 <= len(plain) <= 2 or not all(_JAPANESE_WORD.fullmatch(w) for w in plain):
        return False
    orders = [plain] if len(plain) == 1 else [plain[::-1], plain]
    readings = _readings()
    for start in (i for i, han in enumerate(text) if han in readings):
        for surname, *given in orders:
            for end in _ends(text, start, surname):
                if not given and end - start >= _FEWEST_ALONE:
                    return True
                if given and _ends(text, end, given[0]):
                    return True
    return False
