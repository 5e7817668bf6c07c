"""The verifier on the shapes the seventh everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday7.jsonl``: hand-written items of
insurance, airlines, games, drug approvals, shipping, Korean and Japanese companies, box
office, banking and sport, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; brands,
bodies and drugs are real, as the tables' are).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

TAKINGS = "Lumio 影业新片首周票房 16.35 亿元。"
TICKET = "Lumio 影城平均票价 52.6 元。"
IN_YEN = "Lumio 年营收 1.8 万亿日元。"
TRIAL = "A phase 2 trial of Lumio's pill showed weight loss of 9.1%."
SCORE = "杭州队 3 比 2 击败成都队，夺得冠军。"
BY_JUNE = "Lumio Bank will give the assistant to all staff by June."
WEEKS = "Lumio 试验中，24 周时最高剂量组平均减重 9.1%。"
BANK = "星海银行行长王良称将继续推进 AI 在财富管理中的应用。"
BUREAU = "星海市交通局局长王良称，Lumio 自动驾驶测试道路将扩大一倍。"
INSURER = "中国人寿上线 Lumio 核保系统。"
BODY = "韩国个人信息保护委员会对 Lumio 处以罚款。"
SPACED = "LG 新能源与 SK 电讯合作开发 Lumio 电池管理系统。"
DRUG = "Lumio 称 BCL2 抑制剂 sonrotoclax 将于明年提交上市申请。"
CASES = [
    # A figure rounded with 约 whose float is a hair off (16.4 亿 is 1639999999.9999998).
    ("rounded to a tenth", TAKINGS, "Lumio 新片首周票房约 16.4 亿元。", None),
    ("rounded the wrong way", TAKINGS, "Lumio 新片首周票房约 16.5 亿元。", "16.5 亿元"),
    # 出头 after a figure says a little over it, as 多 does.
    ("a little over", TICKET, "Lumio 影城平均票价 52 元出头。", None),
    ("over another figure", TICKET, "Lumio 影城平均票价 53 元出头。", "53 元"),
    # A bare ¥ is the yen's sign too.
    ("yen by its sign", IN_YEN, "Lumio's annual revenue was ¥1.8 trillion.", None),
    ("another sum in yen", IN_YEN, "Lumio's annual revenue was ¥2.1 trillion.", "¥2.1 trillion"),
    # A trial's phase in Roman numerals is the phase in figures.
    ("the phase in Roman numerals", TRIAL, "Lumio 减重药的 II 期试验显示减重 9.1%。", None),
    ("another phase", TRIAL, "Lumio 减重药的 III 期试验显示减重 9.1%。", "III"),
    # A score after a team's name is no version of the name.
    ("a score", SCORE, "Hangzhou beat Chengdu 3-2 to win the title.", None),
    ("another score", SCORE, "Hangzhou beat Chengdu 4-2 to win the title.", "4-2"),
    # A month alone after "by", "in" is a date.
    ("a month alone", BY_JUNE, "星海 Lumio 银行将在 6 月前向全体员工推广助手。", None),
    ("another month", BY_JUNE, "星海 Lumio 银行将在 7 月前向全体员工推广助手。", "7 月"),
    ("an English month", "Lumio 将于 6 月底前上线。", "Lumio will launch by July.", "by July"),
    # 周 after a figure is a week, not the surname of a person 周平均.
    ("weeks after a figure", WEEKS, "Lumio 试验中最高剂量组 24 周平均减重 9.1%。", None),
    ("a person surnamed 周", "Lumio 创始人周明远称。", "Lumio 创始人周平均称。", "周平均"),
    # A bank's 行长 is its president; a bureau's 局长 its director; 长官 a minister.
    ("the bank's president", BANK, "星海银行行长王良表示将推进 AI 在财富管理中的应用。", None),
    (
        "the chairman for the president",
        BANK,
        "星海银行董事长王良表示将推进 AI 在财富管理中的应用。",
        "董事长",
    ),
    ("the bureau's head", BUREAU, "星海市交通局局长王良表示测试道路将扩大一倍。", None),
    (
        "a deputy for the head",
        BUREAU,
        "星海市交通局副局长王良表示测试道路将扩大一倍。",
        "副局长",
    ),
    (
        "the head as a director",
        BUREAU,
        "Wang Liang, director of the Xinghai transport bureau, said test roads would double.",
        None,
    ),
    # An insurer or a public body named by a place and its kind.
    ("the insurer", INSURER, "中国人寿推出 Lumio 核保系统。", None),
    ("another insurer", INSURER, "太平洋保险上线 Lumio 核保系统。", "太平洋保险"),
    ("a kind of insurance", "Lumio 覆盖车辆保险。", "Lumio 可用于车辆保险。", None),
    ("the commission", BODY, "韩国个人信息保护委员会对 Lumio 开出罚单。", None),
    ("another commission", BODY, "韩国通信委员会对 Lumio 处以罚款。", "韩国通信委员会"),
    (
        "a committee of its kind",
        "Lumio 计划放宽内容限制。",
        "Lumio 计划放宽内容限制，但内部心理健康顾问委员会全票反对。",
        None,
    ),
    # A name translated from the sources' and given with their own in brackets.
    (
        "a body with its original",
        "The US General Services Administration (GSA) signed a deal with Lumio.",
        "美国总务管理局（GSA）与 Lumio 签约。",
        None,
    ),
    (
        "a body named by no original",
        "The US General Services Administration (GSA) signed a deal with Lumio.",
        "美国联邦通信委员会与 Lumio 签约。",
        "美国联邦通信委员会",
    ),
    # The alias table's LG新能源 and SK电讯, written with a space.
    ("spaced aliases", SPACED, "LG Energy Solution and SKT are building Lumio together.", None),
    ("another operator", SPACED, "LG Energy Solution and KT are building Lumio together.", "KT"),
    # A drug's name in lower case is a name.
    ("the drug", DRUG, "Lumio said sonrotoclax would be filed for approval next year.", None),
    (
        "another drug",
        DRUG,
        "Lumio said pirtobrutinib would be filed for approval next year.",
        "pirtobrutinib",
    ),
    # A name a hyphen makes a modifier of guidance (BeiDou-guided) where the sources guide.
    ("guided by a name", "Lumio 拖拉机用北斗导航。", "Lumio uses BeiDou-guided tractors.", None),
    (
        "guided by another",
        "Lumio 拖拉机用北斗导航。",
        "Lumio uses GPS-guided tractors.",
        "GPS-guided",
    ),
    # Table rows of general knowledge: airlines, regulators, brands, bodies.
    ("an airline", "春秋航空开通 Lumio 航线。", "Spring Airlines opened the Lumio route.", None),
    (
        "a regulator",
        "国家药监局批准 Lumio 上市。",
        "China's National Medical Products Administration approved Lumio.",
        None,
    ),
    (
        "a farm machine maker",
        "久保田发布 Lumio 插秧机。",
        "Kubota launched the Lumio planter.",
        None,
    ),
    (
        "a phone chip",
        "Lumio 手机搭载骁龙 8 至尊版。",
        "The Lumio phone runs on the Snapdragon 8 Elite.",
        None,
    ),
    (
        "a sports centre by its words",
        "Lumio 赛事在广州奥林匹克体育中心举行。",
        "The Lumio games were held at the Guangzhou Olympic Sports Center.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday7_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
