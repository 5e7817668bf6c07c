"""A character's readings outside Mandarin, as names in Latin script spell them.

A Chinese person is often spelled by a reading no rule of pinyin gives: Hong Kong and
Macau write Cantonese (李嘉诚 Li Ka-shing), Singapore, Malaysia and Taiwan Hokkien (颜金勇
Gan Kim Yong), Korea its Sino-Korean readings (郑义宣 Chung Eui-sun).  Without the
readings, a syllable could only be compared by its opening consonant, and Chung Eui-chan
passed for 郑义宣 (宣 xuan opens as chan does).  ``cantonese.yaml`` and ``hokkien.yaml``
hold the readings of the common characters of names; ``korean.yaml`` the Korean ones.  A
character they hold is read only so; one they lack, by its opening consonant as before.
"""

from __future__ import annotations

import itertools
from functools import cache
from importlib import resources

from newsdesk._tables import load_table
from newsdesk.editor._korean import character_spellings as korean_spellings

#: The Tai-lo letters of a Hokkien reading, longest first, and how family names spell
#: them (tsh and ts as ch, oo as o, oh or aw: 胡 oo Oh or Aw; ing as eng: 成 sing
#: Seng; ia as ea: 谢 sia Seah; ui as wee: 黄 ui Wee; i as ee, u as oo).
_HOKKIEN_LETTERS: dict[str, tuple[str, ...]] = {
    "tsh": ("ch", "chh", "ts"),
    "ts": ("ch", "ts", "j"),
    "kh": ("kh", "k"),
    "ph": ("ph", "p"),
    "th": ("th", "t"),
    "oo": ("oo", "o", "oh", "aw", "ou"),
    "ing": ("ing", "eng"),
    "ik": ("ik", "ek"),
    "iau": ("iau", "iaw", "eow", "iow"),
    "ia": ("ia", "ea", "ya"),
    "io": ("io", "eo", "yo"),
    "ui": ("ui", "wee", "ee", "wi"),
    "ua": ("ua", "oa", "wa"),
    "ue": ("ue", "oe", "we"),
    "i": ("i", "ee", "y"),
    "u": ("u", "oo"),
}
_HOKKIEN_KEYS = sorted(_HOKKIEN_LETTERS, key=len, reverse=True)
#: Most spellings kept per reading: a reading of many letters with a rule has many.
_MOST_SPELLINGS = 64


@cache
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each character's Cantonese spellings and Hokkien readings."""
    out: list[dict[str, frozenset[str]]] = []
    for name in ("cantonese.yaml", "hokkien.yaml"):
        text = resources.files("newsdesk.editor").joinpath(name).read_text("utf-8")
        found: dict[str, set[str]] = {}
        for reading, characters in load_table(text)["readings"].items():
            for character in str(characters):
                found.setdefault(character, set()).add(str(reading))
        out.append({han: frozenset(r) for han, r in found.items()})
    return out[0], out[1]


def _cantonese_forms(spelling: str) -> set[str]:
    """A Hong Kong spelling and its other form of ts and ch (Tsang, Chang).  The table's
    j (the unaspirated ts of 振, 周, 曾) is spelled ch or ts by Hong Kong, Singapore and
    Malaysia (Chow, Tsang), and its short an as un, as the table holds for ch, s and b
    (陈 Chan or Chun, 新 San or Sun): 陈振声 Chan Chun Sing."""
    out = {spelling}
    if spelling.startswith("j"):
        rest = spelling[1:]
        rests = {rest, "un"} if rest == "an" else {rest}
        out |= {opening + r for opening in ("ch", "ts") for r in rests}
    for one, other in (("ts", "ch"), ("ch", "ts")):
        if spelling.startswith(one):
            out.add(other + spelling[len(one) :])
    return out


def _hokkien_forms(reading: str) -> set[str]:
    """The spellings of a Tai-lo reading (see :data:`_HOKKIEN_LETTERS`): its nasal
    (nn) dropped, and a closing h added or dropped (胡 oo Oh, 许 khoo Khoo)."""
    reading = reading.removesuffix("nn")
    parts: list[tuple[str, ...]] = []
    at = 0
    while at < len(reading):
        key = next((k for k in _HOKKIEN_KEYS if reading.startswith(k, at)), reading[at])
        parts.append(_HOKKIEN_LETTERS.get(key, (key,)))
        at += len(key)
    out: set[str] = set()
    for letters in itertools.islice(itertools.product(*parts), _MOST_SPELLINGS):
        spelled = "".join(letters)
        out.add(spelled)
        if spelled.endswith("h"):
            out.add(spelled[:-1])
        elif spelled[-1:] in set("aeiouwy"):
            out.add(spelled + "h")
    return out


@cache
def dialect_spellings(character: str) -> frozenset[str]:
    """The character's spellings in Cantonese, Hokkien and Korean, as the tables give
    them; none where they hold no reading of it."""
    cantonese, hokkien = _tables()
    out: set[str] = set()
    for spelling in cantonese.get(character, ()):
        out |= _cantonese_forms(spelling)
    for reading in hokkien.get(character, ()):
        out |= _hokkien_forms(reading)
    out |= {form for spelling in out for form in _family_forms(spelling)}
    out |= set(korean_spellings(character))
    return frozenset(out)


def _family_forms(spelling: str) -> set[str]:
    """The spellings families of Singapore, Malaysia and Hong Kong keep beside a
    reading's: ung as oong (龙 lung Loong, 钟 chung Choong) and a closing k as ck (木 bok
    Bock)."""
    out = set()
    if spelling.endswith("ung"):
        out.add(spelling[:-3] + "oong")
    if len(spelling) > 2 and spelling.endswith("k") and spelling[-2] in "aeiou":
        out.add(spelling[:-1] + "ck")
    return out


def read_in_dialects(character: str) -> bool:
    """Whether the tables hold the character's Cantonese reading: a name's syllable is
    then compared with its readings, not by its opening consonant alone."""
    return character in _tables()[0]
