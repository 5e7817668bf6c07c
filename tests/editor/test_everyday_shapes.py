"""The verifier on the shapes the everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday.jsonl``: hand-written items of
everyday AI and tech news outside the makinotes vocabulary, measured before any of its
shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; places,
prizes and schools are real, as the terms table's are).  ``wrong`` is the claim that
must be flagged, as the verifier writes it, or None when the text states nothing the
source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

COURT = "Lumio 在纽约联邦法院起诉 Corvid。"
MEETING = "Lumio 年会在圣地亚哥举行。"
PRIZE = "图灵奖得主王明发表开幕演讲。"
JUDGE = "法官威廉·阿尔苏普批准了 Lumio 的和解。"
LAW = "欧盟《人工智能法案》将于 8 月生效。"
LAB = "Corvid 加入 Lumio 超级智能实验室。"
ACRONYM = "Lumio 引入稀疏注意力机制 LSA。"
LICENCE = "Lumio 模型以 MIT 许可开源。"
PROFIT = "Lumio 前三季度营收 46 亿元，归母净利润 16 亿元。"
QUARTER = "Lumio 第三季度营收 240 亿美元，营业利润 110 亿美元。"
RULE = "Lumio 新规 8 月 2 日施行\nLumio 新规自 2025 年 8 月 2 日起施行。"
HEAD = "Lumio 模型团队负责人王明离职加入 Corvid。"
SCHOLAR = "Lumio 创始人王明为北京大学助理教授。"
SCHOOL = "Lumio 由香港科技大学团队开发。"
DOSE = "Lumio 组患者用力肺活量平均改善 98.4 毫升。"
PLANT = "Lumio 在古吉拉特邦贾姆讷格尔建厂。"
CASES = [
    # "New" is an ordinary word, but New York is one place of the terms table; a place
    # the sources do not name stays flagged.
    ("New York for 纽约", COURT, "Lumio sued Corvid in federal court in New York.", None),
    ("another place", "Lumio 在伦敦起诉 Corvid。", "Lumio sued Corvid in New York.", "New York"),
    ("San Diego for 圣地亚哥", MEETING, "Lumio's annual meeting was held in San Diego.", None),
    ("San Jose for 圣地亚哥", MEETING, "Lumio's annual meeting was held in San Jose.", "San Jose"),
    # A prize a person is introduced by, from the terms table.
    ("Turing Award for 图灵奖", PRIZE, "Turing Award winner Wang Ming gave the keynote.", None),
    (
        "another prize",
        "诺贝尔奖得主王明发表开幕演讲。",
        "Turing Award winner Wang Ming gave the keynote.",
        "Turing Award",
    ),
    # 苏 and 廉 spell foreign names (阿尔苏普 is Alsup, 威廉 William).
    ("Alsup for 阿尔苏普", JUDGE, "法官 William Alsup 批准了 Lumio 的和解。", None),
    ("another judge", JUDGE, "法官 William Aldrich 批准了 Lumio 的和解。", "William Aldrich"),
    # A law's English name translated word by word, its title marks no words between.
    ("EU AI Act for 欧盟《人工智能法案》", LAW, "EU AI Act 将于 8 月生效。", None),
    ("another act", LAW, "EU Data Act 将于 8 月生效。", "EU Data Act"),
    ("the act in English prose", LAW, "The EU AI Act takes effect in August.", None),
    # A name the sources write in Latin, then words the glossary translates.
    ("a lab half translated", LAB, "Corvid is joining Lumio Superintelligence Labs.", None),
    ("another company's lab", LAB, "Corvid is joining Nimbus Superintelligence Labs.", "Nimbus"),
    # Capitalised words spelling out an acronym the sources give, in brackets after them.
    (
        "an acronym spelled out in Chinese prose",
        ACRONYM,
        "Lumio 引入 Lumio Sparse Attention（LSA）。",
        None,
    ),
    (
        "a name with an inner capital spelling it out",
        "Corvid 推出 OpenLumio 稀疏注意力 OSA。",
        "Corvid adds OpenLumio Sparse Attention (OSA).",
        None,
    ),
    (
        "another name spelling it out",
        "Corvid 推出 OpenLumio 稀疏注意力 OSA。",
        "Corvid adds OpenNimbus Sparse Attention (OSA).",
        "OpenNimbus",
    ),
    ("a word changed", ACRONYM, "Lumio 引入 Lumio Split Attention（LSA）。", "Lumio Split"),
    # 许可证 is a licence, though jieba tags it a person (许 is a surname).
    ("许可证 for 许可", LICENCE, "Lumio 模型以 MIT 许可证开源。", None),
    ("another licence", LICENCE, "Lumio 模型以 Apache 许可证开源。", "Apache"),
    # 归母 (of the parent company) is no company of its own, so 净利润 16 亿元 is the
    # sources' 归母净利润; a profit moved is still flagged.
    ("归母 net profit", PROFIT, "Lumio 营收 46 亿元，净利润 16 亿元。", None),
    ("a profit changed", PROFIT, "Lumio 营收 46 亿元，净利润 26 亿元。", "26 亿元"),
    # Q3's digit counts no revenue: the revenue is the figure after it.
    (
        "Q3 revenue and profit",
        QUARTER,
        "Lumio posted Q3 revenue of $24 billion and operating profit of $11 billion.",
        None,
    ),
    (
        "Q3 revenue and profit swapped",
        QUARTER,
        "Lumio posted Q3 revenue of $11 billion and operating profit of $24 billion.",
        "$11 billion",
    ),
    # A title's day without its year agrees with no year the sources' full date contradicts.
    ("the year changed", RULE, "Lumio 新规自 2024 年 8 月 2 日起施行。", "2024 年 8 月 2 日"),
    ("the year kept", RULE, "Lumio 新规自 2025 年 8 月 2 日起施行。", None),
    ("no year", RULE, "Lumio 新规 8 月 2 日起施行。", None),
    (
        "a year to a yearless day",
        "Lumio 新规 8 月 2 日施行。",
        "Lumio 新规自 2024 年 8 月 2 日起施行。",
        None,
    ),
    # A team's head is a role: another title given them is flagged; a titled person
    # called a head is not.
    ("a head made CEO", HEAD, "Lumio 首席执行官王明离职加入 Corvid。", "首席执行官"),
    ("a head kept", HEAD, "Lumio 模型负责人王明离职加入 Corvid。", None),
    ("a CEO called head", "Lumio 首席执行官王明离职。", "Lumio 负责人王明离职。", None),
    # A school's heads are roles too.
    ("a professor made vice dean", SCHOLAR, "Lumio 创始人王明为北京大学副院长。", "副院长"),
    ("a professor kept", SCHOLAR, "Lumio 创始人王明是北大助理教授。", None),
    ("a dean kept", "王明出任 Lumio 研究院院长。", "Lumio 研究院院长王明表示。", None),
    # A school named by its place and kind is its whole name, no abbreviation of another.
    ("香港大学 for 香港科技大学", SCHOOL, "Lumio 由香港大学团队开发。", "香港大学团队"),
    ("港科大 for 香港科技大学", SCHOOL, "Lumio 由港科大团队开发。", None),
    ("北大 for 北京大学", "Lumio 由北京大学团队开发。", "Lumio 由北大团队开发。", None),
    (
        "上海交大 for 上海交通大学",
        "Lumio 由上海交通大学团队开发。",
        "Lumio 由上海交大团队开发。",
        None,
    ),
    # A volume's unit symbol is a unit, as kW is (毫升 is mL); its figure is still checked.
    ("mL for 毫升", DOSE, "Lumio 组患者用力肺活量平均提升 98.4 mL。", None),
    ("another volume", DOSE, "Lumio 组患者用力肺活量平均提升 89.4 mL。", "89.4"),
    # Two transliterated places in a row (a state, then its city) are two names.
    ("a city after its state", PLANT, "Lumio is building a plant in Jamnagar.", None),
    ("the city and its state", PLANT, "Lumio is building a plant in Jamnagar, Gujarat.", None),
    ("another city", PLANT, "Lumio is building a plant in Nagpur.", "Nagpur"),
    ("another state", "Lumio 在马哈拉施特拉邦建厂。", "Lumio builds in Gujarat.", "Gujarat"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
