"""A Korean person's name retold in Latin from the characters a Chinese source writes.

Chinese press writes a Korean person by the characters of the name (具光谟, 李在镕), an
English text by their Sino-Korean reading (Koo Kwang-mo, Lee Jae-yong), which no rule of
Chinese gives.  A character has one such reading, rarely two (``korean.yaml``), and the
spellings of a reading follow from it by rule: Revised Romanisation's g, d, b, j are
McCune–Reischauer's k, t, p, ch; eo and eu are often written u (Sung, Geun as Kun);
u is oo, i ee, yeo you (Joon, Hee, Young); an r opening a word is l, n or nothing
(Lee, Yoo).  A Latin name is the sources' when its surname spells a surname's character
of theirs and its given name the one or two characters right after it, one syllable a
character; the surname may stand last (Kwang-mo Koo).  Another surname or given name
(Koo Kwang-ho, Koo Tae-won for 具光谟) spells no run of theirs and stays unsupported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from newsdesk._tables import load_table
from newsdesk.editor._romanise import latin_key

#: A reading's opening consonants, longest first, and the other spellings of each.
_ONSETS = ("kk", "tt", "pp", "ss", "jj", "ch", *"gndrmbsjktph")
_ONSET_FORMS: dict[str, tuple[str, ...]] = {
    "g": ("g", "k"),
    "d": ("d", "t"),
    "b": ("b", "p"),
    "j": ("j", "ch"),
    "s": ("s", "sh"),
    "r": ("r", "l", "n"),
}
#: A reading's vowels, longest first, and their older or family spellings.
_VOWELS = (
    *("yeo", "yae", "wae", "eo", "eu", "ae", "oe", "wa", "we", "wo", "wi", "ui"),
    *("ya", "ye", "yo", "yu", *"aeiou"),
)
_VOWEL_FORMS: dict[str, tuple[str, ...]] = {
    "eo": ("eo", "u", "o"),
    "yeo": ("yeo", "yu", "yo", "you"),
    "eu": ("eu", "u"),
    "ae": ("ae", "ai"),
    "oe": ("oe", "oi"),
    "u": ("u", "oo"),
    "i": ("i", "ee"),
    "yu": ("yu", "yoo"),
    "ui": ("ui", "eui", "ee", "i"),
    "wo": ("wo", "weo"),
    "wi": ("wi", "wee"),
}
_READING = re.compile(f"({'|'.join(_ONSETS)})?({'|'.join(_VOWELS)})(ng|n|m|l|k|p|t)?")


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each character's readings, and each surname's family spellings."""
    text = resources.files("newsdesk.editor").joinpath("korean.yaml").read_text("utf-8")
    table = load_table(text)
    readings: dict[str, list[str]] = {}
    for reading, characters in table["readings"].items():
        for character in characters:
            readings.setdefault(character, []).append(str(reading))
    surnames = {str(han): tuple(map(str, forms)) for han, forms in table["surnames"].items()}
    return {han: tuple(r) for han, r in readings.items()}, surnames


@cache
def spellings(reading: str) -> frozenset[str]:
    """A reading's spellings in the romanisations English texts use (gwang: kwang;
    hyeon: hyun, hyon; jun: joon; ri: lee, yi)."""
    found = _READING.fullmatch(reading)
    if found is None:
        return frozenset({reading})
    onset, vowel, coda = found.group(1) or "", found.group(2), found.group(3) or ""
    onsets = list(_ONSET_FORMS.get(onset, (onset,)))
    if onset in ("r", "n") and vowel[0] in "iy":
        onsets.append("")  # 李 ri is read i, 女 nyeo yeo, at a word's head
    vowels = list(_VOWEL_FORMS.get(vowel, (vowel,)))
    if not onset and vowel == "u":
        vowels += ["woo", "wu"]  # 禹 Woo, 郁 Wook
    codas = (coda, "ck") if coda == "k" else (coda,)  # 德 deok: Duck
    out = {o + v + c for o, v, c in itertools.product(onsets, vowels, codas)}
    if vowel == "o" and not coda:
        out |= {f + "h" for f in out}  # 吴 Oh, 卢 Roh
    if onset == "r" and vowel == "i" and not coda:
        out.add("yi")  # 李 Yi
    return frozenset(out)


@cache
def character_spellings(character: str) -> frozenset[str]:
    """A character's Korean readings, in each of their spellings (none if not in the table)."""
    readings, _ = _table()
    return frozenset(s for r in readings.get(character, ()) for s in spellings(r))


@cache
def surname_spellings(character: str) -> frozenset[str]:
    """A Korean surname's spellings: its reading's and the family ones (朴 Park), or
    none where the character is no Korean surname."""
    _, surnames = _table()
    if character not in surnames:
        return frozenset()
    return character_spellings(character) | frozenset(surnames[character])


def _given_ends(parts: Sequence[str], text: str, at: int) -> bool:
    """Whether a given name (its hyphenated parts, or one word) spells the one or two
    characters from ``at`` on, one syllable a character."""
    if len(parts) >= 2:
        return len(parts) == 2 and all(
            at + i < len(text) and parts[i] in character_spellings(text[at + i]) for i in range(2)
        )
    word = parts[0]
    if at >= len(text):
        return False
    second = character_spellings(text[at + 1]) if at + 1 < len(text) else frozenset()
    return any(
        word == first or (word.startswith(first) and word[len(first) :] in second)
        for first in character_spellings(text[at])
    )


def reads_korean(words: Sequence[str], text: str) -> bool:
    """Whether the Latin words (a surname and a given name, hyphenated, run together or
    in two words, in either order) spell a Korean name the text writes in characters,
    surname first: Koo Kwang-mo, Kwang-mo Koo, Koo Kwangmo for 具光谟."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 2:
        orders = [(words[0], [words[1]]), (words[1], [words[0]])]
    else:
        orders = [(words[0], list(words[1:])), (words[2], list(words[:2]))]
    for surname, given in orders:
        key = latin_key(surname)
        parts = [latin_key(p) for w in given for p in w.split("-")]
        if not key or not all(parts):
            continue
        for at, character in enumerate(text):
            if key in surname_spellings(character) and _given_ends(parts, text, at + 1):
                return True
    return False


def spells_place(word: str, text: str) -> bool:
    """Whether a Latin word spells, one reading a character, a run of two or three of the
    text's characters in their Sino-Korean readings (Songdo for 松岛, Yeouido for 汝矣岛):
    how English writes a place in Korea that Chinese writes in characters."""
    return any(place_ends(word, text, at) for at in range(len(text)))


def place_ends(word: str, text: str, at: int) -> set[int]:
    """Where a Latin word spelling two or three of the text's characters from ``at`` on in
    their Sino-Korean readings ends (Naro: 罗老, of 罗老宇航中心), one reading a character."""
    key = latin_key(word)
    ends: set[int] = set()

    def spell(rest: str, index: int, taken: int) -> None:
        if not rest:
            if taken >= 2:
                ends.add(index)
            return
        if taken == 3 or index >= len(text):
            return
        for s in character_spellings(text[index]):
            if rest.startswith(s):
                spell(rest[len(s) :], index + 1, taken + 1)

    if key:
        spell(key, at, 0)
    return ends
