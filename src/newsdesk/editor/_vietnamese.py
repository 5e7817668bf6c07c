"""A Vietnamese person's name retold in Latin from the characters a Chinese source writes.

Chinese press writes a Vietnamese person by the characters of the name (范明政), an
English text by their Sino-Vietnamese reading (Pham Minh Chinh), which no rule of Chinese
gives; a character has one such reading, rarely two (``vietnamese.yaml``).  A Latin name
of two to four words is the sources' when its words spell a run of their characters, one
word a character, the surname's first, as Vietnamese writes a name: Pham Minh Chinh for
范明政, whatever tone marks the writer keeps.  Another given name (Pham Minh Tuan) or
surname spells no run of theirs and stays unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from newsdesk._tables import load_table
from newsdesk.editor._pinyin import latin_key

#: The words of a Vietnamese name: a surname, a middle name or two, a given name.
_FEWEST, _MOST = 2, 4


@cache
def _table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each character's readings, and the characters of surnames."""
    text = resources.files("newsdesk.editor").joinpath("vietnamese.yaml").read_text("utf-8")
    table = load_table(text)
    readings: dict[str, set[str]] = {}
    for reading, characters in table["readings"].items():
        for character in characters:
            readings.setdefault(character, set()).add(str(reading))
    return {c: frozenset(r) for c, r in readings.items()}, frozenset(table["surnames"])


def _plain(word: str) -> str:
    """A word as the table spells it: tone marks dropped, đ written d."""
    return latin_key(word.replace("đ", "d").replace("Đ", "D"))


def reads_vietnamese(words: Sequence[str], text: str) -> bool:
    """Whether the Latin words, surname first, spell a Vietnamese name the text writes in
    characters, one word a character (Pham Minh Chinh for 范明政)."""
    if not _FEWEST <= len(words) <= _MOST or not all(w[:1].isupper() for w in words):
        return False
    plain = [_plain(w) for w in words]
    readings, surnames = _table()
    return any(
        character in surnames
        and all(
            plain[k] in readings.get(text[at + k], ()) if at + k < len(text) else False
            for k in range(len(plain))
        )
        for at, character in enumerate(text)
    )
