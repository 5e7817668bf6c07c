"""The verifier on the shapes the sixth everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday6.jsonl``: hand-written items
of delivery, mining, museums, railways, public health, chip equipment, heavy industry,
hotels and launches, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; places,
brands and bodies are real, as the tables' are).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

OIL_FIELD = "Lumio 巡检系统已在大庆油田上线。"
LAUNCH_SITE = "Lumio 卫星在西昌卫星发射中心发射。"
ROCKET = "长征五号将 Lumio 卫星送入轨道。"
BUREAU = "中铁十一局承建 Lumio 项目。"
HALF_A_YEAR = "Lumio 上线半年，用户超过 200 万。"
QUARTERS = "Lumio 前三季度营收 12 亿元。"
SHARE = "Lumio 四分之三的收入来自海外。"
HEAD = "Lumio 研究院院长王明称模型已开源。"
LIBRARY = "国家图书馆上线 Lumio 检索平台。"
QUAKES = "中国地震局发布 Lumio 速报系统。"
CASES = [
    # A dictionary's facility (an oil field, a launch centre) is a name: which one is a claim.
    ("the oil field", OIL_FIELD, "Lumio 巡检系统已在大庆油田上线。", None),
    ("another oil field", OIL_FIELD, "Lumio 巡检系统已在胜利油田上线。", "胜利油田"),
    ("the launch centre", LAUNCH_SITE, "Lumio 卫星在西昌卫星发射中心升空。", None),
    (
        "another launch centre",
        LAUNCH_SITE,
        "Lumio 卫星在酒泉卫星发射中心升空。",
        "酒泉卫星发射中心",
    ),
    # A craft's or a bureau's number is part of its name (长征|五号, 中铁|十一|局).
    ("the rocket", ROCKET, "Lumio 卫星由长征五号送入轨道。", None),
    ("another rocket of the family", ROCKET, "Lumio 卫星由长征七号送入轨道。", "长征七号"),
    ("the bureau", BUREAU, "Lumio 项目由中铁十一局承建。", None),
    ("another bureau of the group", BUREAU, "Lumio 项目由中铁十二局承建。", "中铁十二局"),
    ("a day of the month is no name", "Lumio 三月一号上线。", "Lumio 三月一号正式上线。", None),
    # 半年 is six months, 前三季度 the first three quarters; "three quarters of" a share.
    ("half a year", HALF_A_YEAR, "Lumio passed 2 million users in six months.", None),
    ("another span", HALF_A_YEAR, "Lumio passed 2 million users in five months.", "five months"),
    (
        "the first three quarters",
        QUARTERS,
        "Lumio made 1.2 billion yuan in the first three quarters.",
        None,
    ),
    (
        "other quarters",
        QUARTERS,
        "Lumio made 1.2 billion yuan in the first two quarters.",
        "two quarters",
    ),
    ("a fraction of a whole", SHARE, "Three quarters of Lumio's revenue comes from abroad.", None),
    # A party secretary is a role of its own, not the institute's head.
    ("the head", HEAD, "Lumio 研究院院长王明表示模型已开源。", None),
    (
        "the party secretary for the head",
        HEAD,
        "Lumio 研究院党委书记王明表示模型已开源。",
        "党委书记",
    ),
    # English names of bodies translated word by word (glossary) and the tables' names.
    ("a library by its words", LIBRARY, "The National Library of China has launched Lumio.", None),
    (
        "a museum for the library",
        LIBRARY,
        "The National Museum of China has launched Lumio.",
        "Museum",
    ),
    ("a body by its words", QUAKES, "The China Earthquake Administration released Lumio.", None),
    ("a brand's English name", "Lumio 为耐克代工。", "Lumio makes clothes for Nike.", None),
    ("another brand", "Lumio 为耐克代工。", "Lumio makes clothes for Adidas.", "Adidas"),
    (
        "a group's short name",
        "中广核发布 Lumio 巡检系统。",
        "CGN released the Lumio inspection system.",
        None,
    ),
    (
        "another nuclear group",
        "中广核发布 Lumio 巡检系统。",
        "CNNC released the Lumio inspection system.",
        "CNNC",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday6_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
