"""The verifier on shares in tenths: 七成 is 70%, a writer's claim like any percentage,
rounded to the nearest tenth by the word itself (七成 for 68%), up or down as 近 and 超
say; a tenth inside a word or an idiom is no share.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

COST = "新芯片让推理成本下降了 80%。"
SURVEY = "调查显示，68% 的受访企业已在生产中部署大模型。"
STAFF = "公司 70% 的员工每天使用 AI 助手。"
CASES = [
    ("the share the source gives", COST, "推理成本降低八成。", None),
    ("another share", COST, "推理成本降低七成。", "七成"),
    ("a share as the source writes it", "推理成本下降了七成。", "推理成本下降了七成。", None),
    ("the source's tenths in figures", "推理成本下降了七成。", "推理成本下降了 70%。", None),
    ("another share against the source's tenths", "推理成本下降了七成。", "成本降了五成。", "五成"),
    ("two in tenths", "约 20% 的用户付费。", "两成用户付费。", None),
    ("rounded to the nearest tenth", SURVEY, "七成受访企业已部署大模型。", None),
    ("under, as 近 says", SURVEY, "近七成受访企业已部署大模型。", None),
    ("over, though the source is under", SURVEY, "超七成受访企业已部署大模型。", "七成"),
    ("not the nearest tenth", SURVEY, "六成受访企业已部署大模型。", "六成"),
    ("inside a word: 统一成", COST, "公司把接口统一成一套标准。", None),
    ("an idiom: 三五成群", COST, "用户三五成群地讨论新芯片。", None),
    ("an idiom: 一成不变", COST, "定价策略并非一成不变。", None),
    ("a share of the staff", STAFF, "七成员工每天使用 AI。", None),
    ("another share of the staff", STAFF, "九成员工使用 AI。", "九成"),
    ("member states, not a share", "欧盟资助了新芯片。", "欧盟三成员国资助了新芯片。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_tenths(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
