"""The verifier on English entries retold from Chinese items: a product named by everyday
words, which the English gives in pinyin (Jiutian for 九天 before 基础大模型, Wukong for
“本源悟空”); a piece of an organisation's name (Zhaopin for 智联招聘); a product's family
(A320-family); a pinyin name's number the sources write in Chinese numerals (Tianwen-2
for 天问二号); a company's full English name built from the table's name of its group and
the rest of its Chinese translated (COSCO Shipping Lines for 中远海运集运); and a body's
"of" part inside one claim (CAS Institute of Automation).

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None: beside each supported shape, a
sibling with a wrong pinyin, a wrong company or a wrong family.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MOBILE = "中国移动发布九天基础大模型 3.0 版，新增多模态能力。"
GRID = "国家电网发布光明电力大模型，用于电网调度和负荷预测。"
QUANTUM = "本源量子宣布，超导量子计算机“本源悟空”上线一年来完成逾 30 万个任务。"
HIRING = "招聘平台智联招聘披露，其 AI 面试官过去一年完成 1500 万场初筛面试。"
JETS = "平台覆盖 320 架空客 A320 系列飞机。"
SHIPS = "中远海运集运在旗下 260 艘集装箱船上应用 AI 航速优化系统。"
DEPOT = "京东物流在仓库启用新一代分拣机器人。"
FRIDGE = "海尔智家发布搭载大模型的冰箱。"
PROBE = "天问二号探测器发射升空，将探测一颗小行星。"
LAB = "北京协和医院与中国科学院自动化研究所联合发布罕见病诊断模型。"
CASES = [
    (
        "an everyday word before a model's head, in pinyin",
        MOBILE,
        "China Mobile released version 3.0 of its Jiutian foundation model.",
        None,
    ),
    (
        "another pinyin before the head",
        MOBILE,
        "China Mobile released version 3.0 of its Jiuzhang foundation model.",
        "Jiuzhang",
    ),
    (
        "a model's name with a modifier before the head",
        GRID,
        "State Grid released Guangming, a large power-industry model for grid dispatch.",
        None,
    ),
    (
        "another name of the model",
        GRID,
        "State Grid released Guanghui, a large power-industry model for grid dispatch.",
        "Guanghui",
    ),
    (
        "a quoted name, part translated and part in pinyin",
        QUANTUM,
        "Origin Quantum's computer, Origin Wukong, has run 300,000 tasks in a year.",
        None,
    ),
    (
        "a quoted name's part, in pinyin",
        QUANTUM,
        "The quantum computer Wukong has run 300,000 tasks in a year.",
        None,
    ),
    (
        "another computer's name",
        QUANTUM,
        "The quantum computer Tiangong has run 300,000 tasks in a year.",
        "Tiangong",
    ),
    (
        "a piece of an organisation's name",
        HIRING,
        "Zhaopin says its AI interviewer ran 15 million first-round interviews in a year.",
        None,
    ),
    (
        "another recruiter",
        HIRING,
        "Liepin says its AI interviewer ran 15 million first-round interviews in a year.",
        "Liepin",
    ),
    ("a product's family, hyphened", JETS, "It covers 320 Airbus A320-family jets.", None),
    ("a product's family, spaced", JETS, "It covers 320 Airbus A320 family jets.", None),
    (
        "another family",
        JETS,
        "It covers 320 Airbus A330-family jets.",
        "Airbus A330-family",
    ),
    (
        "the family of another maker",
        JETS,
        "It covers 320 Boeing A320-family jets.",
        "Boeing A320-family",
    ),
    (
        "a group's company by the group's table name and its own word",
        SHIPS,
        "COSCO Shipping Lines runs an AI speed optimisation system on 260 container ships.",
        None,
    ),
    (
        "another company of the group",
        SHIPS,
        "COSCO Shipping Ports runs an AI speed optimisation system on 260 container ships.",
        "COSCO Shipping Ports",
    ),
    ("a table name and a translated word", DEPOT, "JD Logistics put new robots to work.", None),
    ("another arm of the company", DEPOT, "JD Health put new robots to work.", "JD Health"),
    ("a table name and two translated words", FRIDGE, "Haier Smart Home launched it.", None),
    (
        "another translated word",
        FRIDGE,
        "Haier Smart Kitchen launched it.",
        "Haier Smart Kitchen",
    ),
    ("a craft's number in Chinese numerals", PROBE, "The Tianwen-2 probe lifted off.", None),
    ("another number", PROBE, "The Tianwen-3 probe lifted off.", "Tianwen-3"),
    ("another craft", PROBE, "The Zhurong-2 probe lifted off.", "Zhurong-2"),
    ("a model's version after its head", MOBILE, "China Mobile released Jiutian 3.0.", None),
    ("another version", MOBILE, "China Mobile released Jiutian 2.0.", "Jiutian 2.0"),
    (
        "a body's of-part inside the claim",
        LAB,
        "The CAS Institute of Automation took part.",
        None,
    ),
    (
        "another institute",
        LAB,
        "The CAS Institute of Acoustics took part.",
        "Acoustics",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_retellings(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
