"""The verifier on Korean and Japanese persons and firms that Chinese sources write in
characters and an English text in romanisation.  Korean names have Sino-Korean readings,
so a common Korean surname's spellings (裴 Bae) are in the surname table and the given
name is read by its syllables' consonants (translit27); a Japanese firm is known only
to the alias table, a Japanese person also by the name readings of the characters
(test_retellings31.py).  A company of a group
may be called by the group's name where the table names both (Samsung for 三星电子).

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MINISTER = "韩国科学技术信息通信部长官裴庆勋表示，将扩大人工智能投资。"
CHIP = "三星电子表示将扩大存储芯片产能。"
CASES = [
    (
        "a Korean surname of the table",
        MINISTER,
        "Minister Bae Kyung-hoon said AI spending would grow.",
        None,
    ),
    (
        "another given name",
        MINISTER,
        "Minister Bae Min-soo said AI spending would grow.",
        "Bae Min-soo",
    ),
    (
        "another surname",
        MINISTER,
        "Minister Park Kyung-hoon said AI spending would grow.",
        "Park Kyung-hoon",
    ),
    ("a group's company by the group", CHIP, "Samsung said it would make more memory chips.", None),
    (
        "another company of the group",
        CHIP,
        "Samsung Biologics said it would make more chips.",
        "Samsung Biologics",
    ),
    ("another group", CHIP, "LG said it would make more memory chips.", "LG"),
    (
        "a Japanese firm's full name",
        "安川电机表示机器人订单增长。",
        "Yaskawa Electric said robot orders grew.",
        None,
    ),
    (
        "a Japanese firm for another",
        "安川电机表示机器人订单增长。",
        "Fanuc said robot orders grew.",
        "Fanuc",
    ),
    ("a Korean firm", "韩华宣布投资造船厂。", "Hanwha announced a shipyard investment.", None),
    (
        "a Japanese chief executive",
        "索尼首席执行官十时裕树表示。",
        "Sony chief executive Hiroki Totoki said so.",
        None,
    ),
    (
        "another Japanese name",
        "索尼首席执行官十时裕树表示。",
        "Sony chief executive Kenichiro Yoshida said so.",
        "Kenichiro Yoshida",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_east_asian_names(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
