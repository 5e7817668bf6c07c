"""The verifier on a foreign person an English text names in full where the Chinese
sources give the surname alone, in transliteration characters (拜登, 贝佐斯): Chinese
writes a foreign person by the surname, so the English may add a Western given name, as
it may before a Chinese surname.  Where the sources write the surname in Latin letters,
the given name must be theirs, and where the alias table knows the person, the table's
(Donald Trump, not Eric Trump, for 特朗普); a surname that sounds like no name of the
sources, or a pinyin given name, is still flagged.  Those whose Chinese names follow no
transliteration rule (Japanese names in kanji, 冯德莱恩) are the alias table's.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

SUMMIT = "拜登和贝佐斯在人工智能峰会上发表讲话。"
CASES = [
    ("the surname alone", SUMMIT, "Biden and Bezos spoke at the AI summit.", None),
    ("a given name added", SUMMIT, "Joe Biden spoke at the AI summit.", None),
    ("given names added to both", SUMMIT, "Joe Biden and Jeff Bezos spoke at the summit.", None),
    ("a surname of no source", SUMMIT, "Joe Smith spoke at the AI summit.", "Joe Smith"),
    ("a pinyin given name", SUMMIT, "Xiaoming Biden spoke at the AI summit.", "Xiaoming Biden"),
    # Whose Chinese names follow no transliteration rule: the alias table's.
    (
        "a prime minister in kanji",
        "石破茂出席了峰会。",
        "Shigeru Ishiba attended the summit.",
        None,
    ),
    ("a particle in the surname", "冯德莱恩出席了峰会。", "Ursula von der Leyen attended.", None),
    (
        "another leader",
        "冯德莱恩出席了峰会。",
        "Emmanuel Macron attended the summit.",
        "Emmanuel Macron",
    ),
    # Where the alias table knows the person, its given name is the one.
    ("the table's given name", "特朗普签署了行政令。", "Donald Trump signed an order.", None),
    (
        "another given name than the table's",
        "特朗普签署了行政令。",
        "Eric Trump signed an order.",
        "Eric Trump",
    ),
    ("another Biden than the table's", SUMMIT, "Hunter Biden spoke at the summit.", "Hunter Biden"),
    (
        "a named relative the sources write",
        "特朗普与其子埃里克出席了峰会。",
        "Donald Trump and his son Eric Trump attended the summit.",
        None,
    ),
    (
        "the sources' own given name in Latin letters",
        "Hunter Biden spoke at the AI summit.",
        "Joe Biden spoke at the AI summit.",
        "Joe Biden",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_foreign_given_names(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
