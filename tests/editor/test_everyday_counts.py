"""The verifier on counts with everyday counting words: cities, rules, vehicles and the
rest are counted in Chinese numerals as 名 and 项 are (四座城市, 三条规定), so a writer's
count must be one the sources state; a numeral inside an idiom is no count.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CITIES = "公司的无人出租车服务覆盖北京、上海、广州和深圳四座城市。"
RULES = "新规共十条，其中三条涉及训练数据。"
FLEET = "这家物流公司已部署十二架无人机和八辆无人车。"
CASES = [
    ("cities: the count the source gives", CITIES, "服务已覆盖四座城市。", None),
    ("cities: a changed count", CITIES, "服务已覆盖五座城市。", "五座"),
    ("cities: in figures", CITIES, "服务已覆盖 4 座城市。", None),
    ("rules: a part of the rules counted", RULES, "其中三条涉及训练数据。", None),
    ("rules: a changed part", RULES, "其中四条涉及训练数据。", "四条"),
    ("vehicles: both counts", FLEET, "公司部署了十二架无人机、八辆无人车。", None),
    ("vehicles: a changed count", FLEET, "公司部署了十二架无人机、九辆无人车。", "九辆"),
    ("vehicles: a pair compared with its noun's count", FLEET, "公司部署了两辆无人车。", "两辆"),
    (
        "satellites: a count no source states",
        "公司今年发射了一批遥感卫星。",
        "公司发射了六颗卫星。",
        "六颗",
    ),
    ("a pair of a one-character noun", "港口停着三艘船。", "港口停着两艘船。", "两艘"),
    ("a pair of the source's count", "港口停着两艘船。", "港口停着两艘船。", None),
    ("a pair counted by 只", "公司推出了三只机器狗。", "公司推出了两只机器狗。", "两只"),
    ("a pair counted by 份", "团队发布了三份报告。", "团队发布了两份报告。", "两份"),
    ("a pair of a noun no source counts", "公司推出了机器狗。", "公司推出了两只机器狗。", None),
    ("a changed count of kinds, flagged once", "模型分为三类。", "模型分为四类模型。", "四类"),
    ("idiom: an audience, not four seats", "新模型的代码能力引发关注。", "新模型技惊四座。", None),
    ("idiom: often, not five times", "团队多次提到数据安全。", "团队三番五次提到数据安全。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday_counts(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
