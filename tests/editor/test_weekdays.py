"""The verifier on days of the week: 周三 or "on Wednesday" for the sources' 周二 is a
changed date, while a day the sources do not name is the writer's to work out (it is
compared only where they name one), in either script.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LAUNCH = "公司于周二发布新模型，并将在星期五开放下载。"
CASES = [
    ("the day the source gives", LAUNCH, "公司周二发布了新模型。", None),
    ("another day", LAUNCH, "公司周三发布了新模型。", "周三"),
    ("the day written another way", LAUNCH, "公司星期二发布了新模型。", None),
    ("the day in English", LAUNCH, "The company released the model on Tuesday.", None),
    ("another day in English", LAUNCH, "The company released the model on Monday.", "Monday"),
    ("both days", LAUNCH, "Released on Tuesday, it can be downloaded from Friday.", None),
    ("Sunday as 星期天", "The update ships on Sunday.", "更新将于星期天推送。", None),
    ("a day no source names", "公司发布了新模型。", "The company released it on Monday.", None),
    ("once a week, not Monday", LAUNCH, "模型每周一次更新。", None),
    ("a week's twentieth, not Tuesday", LAUNCH, "第二周二十人参加了测试。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_weekdays(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
