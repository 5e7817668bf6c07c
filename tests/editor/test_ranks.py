"""The verifier on places in a ranking written in words: 位列第二 for the sources' 第一,
"ranked second" for their No. 1, is a changed figure like any other, while the sources may
state the place in any form (第1名, 榜首, runner-up, 3rd).

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

BOARD = "新模型在开源排行榜上排名第一，领先第二名 30 分。"
TOPPED = "新模型登顶开源排行榜。"
RUNNER_UP = "团队在机器人大赛中获得亚军。"
CASES = [
    ("the place the source gives", BOARD, "新模型在开源榜单上位列第一。", None),
    ("another place", BOARD, "新模型在开源榜单上位列第三。", "位列第三"),
    ("a place as 第N名", RUNNER_UP, "团队在大赛中获得第二名。", None),
    ("another place as 第N名", RUNNER_UP, "团队在大赛中获得第三名。", "第三名"),
    ("the top by a word", TOPPED, "新模型在开源排行榜上排名第一。", None),
    ("not the top", TOPPED, "新模型在开源排行榜上排名第二。", "排名第二"),
    ("in figures in the source", "该应用排名第 2。", "该应用位居第二。", None),
    ("in English", BOARD, "The new model ranked first on the open leaderboard.", None),
    ("another place in English", BOARD, "The new model ranked third.", "ranked third"),
    ("a place before place", RUNNER_UP, "The team took second place.", None),
    ("another place before place", RUNNER_UP, "The team took first place.", "first place"),
    ("the source in English", "The app ranked 3rd in downloads.", "该应用下载量排名第三。", None),
    (
        "a place the source does not rank",
        "该应用下载量很高。",
        "该应用下载量排名第三。",
        "排名第三",
    ),
    ("an order, not a rank", BOARD, "这是公司第一次开源模型。", None),
    ("a first in English, not a rank", BOARD, "It is the first open model to top the board.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_ranks(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
