"""The verifier on a figure the text rounds with a word that says which way: 不到 and 不足
(under) as 近, and in English nearly, under and less than (under), over and more than
(over), about and roughly (either).  The sources' figure, rounded that way to the text's
own precision, must be the text's, and no more than a tenth away: under 100,000 yuan for
99,000 passes, over 900 million for 830 million does not.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ROBOT = "云舟机器人的新款四足机器人售价 9.9 万元起，去年营收 8.3 亿元，员工 512 人，同比增长 62%。"
CASES = [
    ("不到 a round price", ROBOT, "云舟四足机器人起售价不到 10 万元。", None),
    ("不足 a round price", ROBOT, "云舟四足机器人起售价不足 10 万元。", None),
    ("不到 a lower price", ROBOT, "云舟四足机器人起售价不到 9 万元。", "9 万元"),
    ("不到 a far price", ROBOT, "云舟四足机器人起售价不到 20 万元。", "20 万元"),
    ("under a round price", ROBOT, "Yunzhou's robot starts at under 100,000 yuan.", None),
    ("about a round price", ROBOT, "Yunzhou's robot starts at about 100,000 yuan.", None),
    ("nearly a revenue", ROBOT, "Yunzhou's revenue was nearly 900 million yuan.", None),
    ("nearly too far", ROBOT, "Yunzhou's revenue was nearly 1 billion yuan.", "1 billion yuan"),
    ("over a revenue", ROBOT, "Yunzhou's revenue was over 800 million yuan.", None),
    (
        "over the wrong way",
        ROBOT,
        "Yunzhou's revenue was over 900 million yuan.",
        "900 million yuan",
    ),
    ("more than a staff", ROBOT, "Yunzhou has more than 500 staff.", None),
    ("more than too many", ROBOT, "Yunzhou has more than 600 staff.", "600"),
    ("about a growth", ROBOT, "Yunzhou's revenue grew about 60%.", None),
    ("over the wrong growth", ROBOT, "Yunzhou's revenue grew over 70%.", "70%"),
    # 多 or 余 after a figure spans its last digit's place: 500 多 is 500 to 599.
    ("多 a staff", ROBOT, "云舟员工 500 多人。", None),
    ("余 a staff", ROBOT, "云舟员工 510 余人。", None),
    ("多 the next place", ROBOT, "云舟员工 600 多人。", "600 多"),
    ("多 a revenue", ROBOT, "云舟去年营收 8 亿多元。", None),
    ("多 a revenue too high", ROBOT, "云舟去年营收 9 亿多元。", "9 亿"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rounding_words(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
