"""The verifier on the shapes the fifth everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday5.jsonl``: hand-written items
of aviation, courts, quantum computers, batteries, launches, exams, city services,
farms, shipping, weather, hospitals, telecoms and security, measured before any of its
shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; places,
brands and bodies are real, as the tables' are).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

COURT = "广州互联网法院判决 Lumio 侵权。"
HIGH_COURT = "孟买高等法院审理 Lumio 案。"
INSTITUTE = "Lumio 与中国科学院物理研究所联合发布。"
BUREAU = "北京气象局发布 Lumio 模型。"
DAIRY = "Corvid 乳业上线 Lumio。"
AIRLINE = "东航上线 Lumio 排班系统。"
JETS = "Lumio 采购 12 架空客 A350。"
ROCKET = "Lumio 5 号机采用 KX-2 构型。"
LAUNCH = "Lumio 卫星从文昌发射。"
MAKER = "三菱重工发射 Lumio 卫星。"
SECURITY = "宏安信发布安全大模型。"
UNIT = "Lumio 与中国科学院物理研究所合作。"
CASES = [
    # An English name translated word by word keeps a place or a body's short name the
    # tables hold; another place or body stays flagged.
    ("a court by its city", COURT, "The Guangzhou Internet Court ruled against Lumio.", None),
    (
        "a court of another city",
        COURT,
        "The Hangzhou Internet Court ruled against Lumio.",
        "Hangzhou Internet Court",
    ),
    ("a high court by its city", HIGH_COURT, "The Mumbai High Court heard the Lumio case.", None),
    (
        "a high court of another city",
        HIGH_COURT,
        "The Delhi High Court heard the Lumio case.",
        "Delhi High Court",
    ),
    (
        "an academy's institute",
        INSTITUTE,
        "Lumio was built with the CAS Institute of Physics.",
        None,
    ),
    (
        "another institute of the academy",
        INSTITUTE,
        "Lumio was built with the CAS Institute of Chemistry.",
        "Chemistry",
    ),
    ("a weather bureau", BUREAU, "The Beijing Meteorological Bureau released Lumio.", None),
    ("another bureau", BUREAU, "The Beijing Environmental Bureau released Lumio.", "Bureau"),
    ("a dairy company", DAIRY, "Corvid Dairy launched Lumio.", None),
    (
        "a food company called a dairy",
        "Corvid 食品上线 Lumio。",
        "Corvid Dairy launched Lumio.",
        "Corvid Dairy",
    ),
    (
        "an airline's English name",
        AIRLINE,
        "China Eastern launched the Lumio rostering system.",
        None,
    ),
    (
        "another airline",
        "南航上线 Lumio 排班系统。",
        "China Eastern launched the Lumio rostering system.",
        "China Eastern",
    ),
    ("a maker's heavy industries", MAKER, "Mitsubishi Heavy Industries launched Lumio.", None),
    (
        "another of the maker's companies",
        "三菱电机发射 Lumio 卫星。",
        "Mitsubishi Heavy Industries launched Lumio.",
        "Industries",
    ),
    # A maker's name in s is no plural (Airbus), and a count's measure is no part of the
    # name after it (12 架|空客: jieba reads 架空, overhead).
    ("a maker and its model after a count", JETS, "Lumio bought 12 Airbus A350 jets.", None),
    ("another maker", JETS, "Lumio bought 12 Boeing A350 jets.", "Boeing A350"),
    # A numbered thing's measure (5 号机) is glued to the next word by jieba: no maker.
    ("a numbered rocket's configuration", ROCKET, "Lumio 5 号机用 KX-2 构型。", None),
    ("another configuration", ROCKET, "Lumio 5 号机用 KX-3 构型。", "KX-3"),
    # Launch sites are places.
    ("a launch site", LAUNCH, "The Lumio satellite was launched from Wenchang.", None),
    ("another launch site", LAUNCH, "The Lumio satellite was launched from Jiuquan.", "Jiuquan"),
    # A name jieba cuts after its first character (宏|安信), and its syllables apart.
    ("a name cut short, run together", SECURITY, "Honganxin released a security model.", None),
    ("a name cut short, syllables apart", SECURITY, "Hong An Xin released a security model.", None),
    ("half of the name", SECURITY, "Hongan released a security model.", "Hongan"),
    # ... and a person's name read with its neighbour: a day and a comma before it once
    # cut the given name off (review24's known gap).
    (
        "a person after a day and a comma",
        "性能专家李明加入 Lumio。",
        "From Monday, Li Ming joins Lumio.",
        None,
    ),
    (
        "another person after a day",
        "性能专家李明加入 Lumio。",
        "From Monday, Li Hua joins Lumio.",
        "Li Hua",
    ),
    # Another unit of the body the sources name is another body, no part of it.
    ("the unit's team", UNIT, "Lumio 与中国科学院物理研究所团队合作。", None),
    ("another unit", UNIT, "Lumio 与中国科学院化学研究所合作。", "中国科学院化学研究所"),
    (
        "a unit of a body named alone",
        "Lumio 与中国科学院合作。",
        "Lumio 与中国科学院化学研究所合作。",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday5_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
