"""The one alias table: the names each entity goes by, in Latin script and in Chinese.

The story desk and the verifier both read it (``aliases.yaml`` beside this module), so
that "英伟达" meets "Nvidia" when grouping and supports it when checking a text.  Kept as
data: adding a name is a line of YAML, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class Entity:
    """One organisation, product or person and its names."""

    #: Its first Latin name: what both languages' mentions become.
    key: str
    #: Latin-script names, lower case.
    latin: tuple[str, ...]
    #: Chinese names.
    chinese: tuple[str, ...]
    #: Chinese names that are also ordinary words (aliases, never names on their own).
    common: frozenset[str]


@cache
def entities() -> tuple[Entity, ...]:
    """Every entry of ``aliases.yaml``, in file order."""
    text = resources.files("newsdesk").joinpath("aliases.yaml").read_text(encoding="utf-8")
    out = []
    for entry in yaml.safe_load(text):
        latin = tuple(str(n).lower() for n in entry["latin"])
        out.append(
            Entity(
                key=latin[0],
                latin=latin,
                chinese=tuple(str(n) for n in entry.get("zh", ())),
                common=frozenset(str(n) for n in entry.get("common", ())),
            )
        )
    return tuple(out)


@cache
def latin_aliases() -> dict[str, frozenset[str]]:
    """Latin name (lower case) -> the Chinese names of its entity."""
    table: dict[str, set[str]] = {}
    for entity in entities():
        for name in entity.latin:
            table.setdefault(name, set()).update(entity.chinese)
    return {name: frozenset(hans) for name, hans in table.items()}


@cache
def chinese_aliases() -> dict[str, frozenset[str]]:
    """Chinese name -> the Latin names of its entity."""
    table: dict[str, set[str]] = {}
    for entity in entities():
        for han in entity.chinese:
            table.setdefault(han, set()).update(entity.latin)
    return {han: frozenset(names) for han, names in table.items()}


#: Longest Latin alias, in words ("carnegie mellon", "tongyi wanxiang").
_MAX_WORDS = 3
_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]|[a-z0-9]")


@cache
def _lookup() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the Chinese names, and the key of every name in either script."""
    key_of: dict[str, str] = {}
    for entity in entities():
        for name in (*entity.latin, *entity.chinese):
            key_of.setdefault(name.lower(), entity.key)
    hans = sorted((n for n in key_of if not n.isascii()), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, hans))) if hans else None), key_of


def mentions(text: str) -> list[tuple[str, str]]:
    """(entity key, name as matched in lower case) for every entity the text names.

    Latin names are looked up word by word (and in runs of up to three words), which
    costs a dictionary look-up a word; Chinese names are searched for only in texts that
    have Chinese characters.
    """
    pattern, key_of = _lookup()
    lower = text.lower()
    found: list[tuple[str, str]] = []
    if pattern is not None and not lower.isascii():
        found.extend((key_of[m.group()], m.group()) for m in pattern.finditer(lower))
    words = _LATIN_WORD.findall(lower)
    position = 0
    while position < len(words):
        for size in range(min(_MAX_WORDS, len(words) - position), 0, -1):
            name = " ".join(words[position : position + size])
            key = key_of.get(name)
            if key is not None and name.isascii():
                found.append((key, name))
                position += size
                break
        else:
            position += 1
    return found


@cache
def latin_keys() -> dict[str, str]:
    """Latin name -> its entity's key ("alphabet" -> "google")."""
    return {name: entity.key for entity in reversed(entities()) for name in entity.latin}
