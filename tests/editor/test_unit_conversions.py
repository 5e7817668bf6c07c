"""The verifier on a figure written in another unit of its kind than the sources': 1.8 米
for their 180 厘米, 1.2 GW for 1200 兆瓦, 2048 GB for 2 TB.  The figure is theirs when
their figure, converted and rounded to the writer's precision, is the writer's; a figure
no conversion reaches, or a unit of the same name and another size, is still flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the
claims that must be flagged, as the verifier writes them.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ROBOT = "新款人形机器人身高 182 厘米，重 70 公斤，续航 4 小时。"
SITE = "数据中心一期功率 1200 兆瓦，配备 2 TB 内存的服务器。"
CASES = [
    ("centimetres as metres", ROBOT, "机器人身高 1.8 米。", []),
    ("in English, in metres", ROBOT, "The robot stands 1.8 m tall and weighs 70 kg.", []),
    ("a height no conversion reaches", ROBOT, "The robot stands 1.9 m tall.", ["1.9"]),
    ("the figure kept, the unit changed", ROBOT, "机器人身高 1.8 厘米。", ["1.8"]),
    ("megawatts as gigawatts", SITE, "数据中心一期功率 1.2 吉瓦。", []),
    ("gigawatts in English", SITE, "The first phase draws 1.2 GW.", []),
    ("another power", SITE, "The first phase draws 1.3 GW.", ["1.3", "GW"]),
    ("terabytes as binary gigabytes", SITE, "服务器配备 2048 GB 内存。", []),
    ("terabytes as decimal gigabytes", SITE, "服务器配备 2000 GB 内存。", []),
    ("another size", SITE, "服务器配备 3000 GB 内存。", ["3000", "GB"]),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_unit_conversions(source: str, text: str, wrong: list[str]) -> None:
    assert flagged(text, source) == wrong
