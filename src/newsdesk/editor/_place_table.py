"""The places table (``places.yaml``), read once.

A module of its own, importing none of the editor's, as the Chinese name reader asks it
(a transliteration that starts a place's name is no person's) and :mod:`._places`, which
checks the places a text states, reads names with that reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsdesk._tables import load_table


@dataclass(frozen=True, slots=True)
class Place:
    """One row of ``places.yaml``."""

    key: str
    zh: tuple[str, ...]
    latin: tuple[str, ...]
    #: English adjectives (Korean), a place only where they describe a noun.
    adjectives: tuple[str, ...]
    #: The one character of a country in a pair of countries (美 of 中美), or "".
    short: str
    #: The key of the place that holds it, or None.
    within: str | None


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """The table, by key."""
    text = resources.files("newsdesk.editor").joinpath("places.yaml").read_text("utf-8")
    return {
        row["id"]: Place(
            row["id"],
            tuple(row.get("zh", ())),
            tuple(row.get("latin", ())),
            tuple(row.get("adj", ())),
            row.get("short", ""),
            row.get("in"),
        )
        for row in load_table(text)
    }
