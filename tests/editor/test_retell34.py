"""The verifier on names retold from Chinese sources and in Chinese text (issue 11,
retell34): Cantonese and Hokkien readings of name characters (``cantonese.yaml``,
``hokkien.yaml``) beside the Korean ones, a name whose first word is an English word,
Korean places by their Sino-Korean readings, places of two words and names joined by a
particle, and foreign names in Chinese characters that ordinary prose also writes or
that the segmenter cuts.

Each row is a source, a text a writer made from it (the sentences are ours; the persons
and places are real), and the claim that must be flagged, as the verifier writes it, or
None (or the claims): each right retelling beside a wrong sibling (another given syllable, another
person, another place) that stays flagged.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._dialect_readings import dialect_spellings, read_in_dialects

TENCENT = "腾讯总裁刘炽平表示，将加大人工智能投入。"
TENCENT_EN = "Tencent president Martin Lau Chi-ping said it would spend more on AI."
HENG = "新加坡前副总理王瑞杰表示，将加强贸易合作。"
PENANG = "Lim Guan Eng said Penang would invest in chip plants."
COUPANG = "Coupang 创始人兼首席执行官金范锡（Bom Kim）称台湾业务增长三位数。"
HYUNDAI = "现代汽车集团会长郑义宣表示，将加大机器人投资。"
TO_LAM = "越共中央总书记苏林会见了到访的代表团。"
SONGDO = "三星生物制剂位于韩国仁川松岛的第五工厂正式投产。"
DANANG = "越南 FPT 集团在岘港高科技园区启用首座芯片封装测试厂。"
WIJK = "在荷兰维克安泽举行的国际象棋赛中，中国棋手韦奕获得亚军。"
ADESINA = "非洲开发银行行长阿金武米·阿德西纳呼吁加大 AI 投资。"
KIPCHOGE = "Kenya's Eliud Kipchoge won the race."
CASES: list[tuple[str, str, str, str | tuple[str, ...] | None]] = [
    (
        "cantonese: a given name",
        TENCENT,
        "Tencent president Lau Chi-ping said it would spend more on AI.",
        None,
    ),
    (
        "cantonese: another given syllable",
        TENCENT,
        "Tencent president Lau Chi-wai said it would spend more on AI.",
        "Lau Chi-wai",
    ),
    (
        "cantonese: zh text of an en source",
        TENCENT_EN,
        "腾讯总裁刘炽平表示，将加大人工智能投入。",
        None,
    ),
    (
        "cantonese: zh text of another person",
        TENCENT_EN,
        "腾讯总裁刘志伟表示，将加大人工智能投入。",
        "刘志伟",
    ),
    (
        "hokkien: a Teochew surname and Hokkien given name",
        HENG,
        "Former Deputy Prime Minister Heng Swee Keat said trade ties would deepen.",
        None,
    ),
    (
        "hokkien: another given syllable",
        HENG,
        "Former Deputy Prime Minister Heng Swee Kiong said trade ties would deepen.",
        "Heng Swee Kiong",
    ),
    ("hokkien: zh text of an en source", PENANG, "林冠英表示槟城将投资芯片工厂。", None),
    ("hokkien: zh text of his father", PENANG, "林吉祥表示槟城将投资芯片工厂。", "林吉祥"),
    (
        "korean: the founder's given name",
        COUPANG,
        "Coupang chief executive Kim Beom-seok said the Taiwan business grew fast.",
        None,
    ),
    (
        "korean: another founder's given name",
        COUPANG,
        "Coupang chief executive Kim Beom-su said the Taiwan business grew fast.",
        "Kim Beom-su",
    ),
    (
        "korean: the chairman",
        HYUNDAI,
        "Hyundai chairman Chung Eui-sun said it would invest more in robots.",
        None,
    ),
    (
        "korean: a syllable opening as the right one",
        HYUNDAI,
        "Hyundai chairman Chung Eui-chan said it would invest more in robots.",
        "Chung Eui-chan",
    ),
    ("vietnamese: To Lam", TO_LAM, "General Secretary To Lam met the delegation.", None),
    ("vietnamese: To and another", TO_LAM, "General Secretary To Huy met the delegation.", "Huy"),
    (
        "korean place: Songdo",
        SONGDO,
        "Samsung Biologics opened its fifth plant in Songdo, Incheon.",
        None,
    ),
    (
        "korean place: another district",
        SONGDO,
        "Samsung Biologics opened its fifth plant in Pangyo, Incheon.",
        "Pangyo",
    ),
    (
        "two-word place: Da Nang Hi-Tech Park",
        DANANG,
        "FPT opened a chip packaging plant in the Da Nang Hi-Tech Park.",
        None,
    ),
    (
        "two-word place: another park",
        DANANG,
        "FPT opened a chip packaging plant in the Da Nang Software Park.",
        "Da Nang Software Park",
    ),
    (
        "particle: Wijk aan Zee",
        WIJK,
        "China's Wei Yi was second at the chess tournament in Wijk aan Zee.",
        None,
    ),
    (
        "particle: another seaside town",
        WIJK,
        "China's Wei Yi was second at the chess tournament in Bergen aan Zee.",
        ("Bergen", "Zee"),
    ),
    (
        "dotted: an everyday character in a name",
        ADESINA,
        "The bank's president Akinwumi Adesina called for more AI investment.",
        None,
    ),
    (
        "dotted: another banker",
        ADESINA,
        "The bank's president Donald Kaberuka called for more AI investment.",
        "Donald Kaberuka",
    ),
    ("cut: a name jieba cuts", KIPCHOGE, "肯尼亚选手基普乔格夺得冠军。", None),
    ("cut: its part alone", KIPCHOGE, "肯尼亚选手乔格夺得冠军。", "乔格"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [pytest.param(s, t, w, id=n) for n, s, t, w in CASES]
)
def test_retell34_names(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    expected = [] if wrong is None else [wrong] if isinstance(wrong, str) else list(wrong)
    assert flagged(text, source) == expected


@pytest.mark.parametrize(
    ("character", "spelling"),
    [("嘉", "ka"), ("诚", "shing"), ("陈", "tan"), ("许", "khoo"), ("瑞", "swee"), ("宣", "sun")],
)
def test_dialect_spellings_hold_the_common_forms(character: str, spelling: str) -> None:
    assert read_in_dialects(character)
    assert spelling in dialect_spellings(character)
