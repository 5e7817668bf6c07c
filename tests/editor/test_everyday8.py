"""The verifier on the shapes the eighth everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday8.jsonl``: hand-written items of
elections, transfers, archaeology, floods, shipyards, recalls, prices and concerts, with
names of many languages, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; firms,
bodies and places are real, as the tables' are).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._attach import dimension
from newsdesk.editor._numbers import quantities
from newsdesk.editor._pinyin import retells_person

YARD = "青岛北海造船为 Lumio 渔业建造的养殖平台交付。"
STADIUM = "Lumio 乐队在上海体育场举行两场演唱会。"
TOKYO = "东京都政府推出 Lumio 婚恋应用。"
TURBINE = "明阳智能的 Lumio 风机在广东汕头海域并网。"
SURGERY = "Lumio 手术的患者位于摩洛哥卡萨布兰卡。"
PRESIDENT = "总统阿努拉·库马拉·迪萨纳亚克领导的 Lumio 党赢得多数。"
VOLCANO = "勒沃托比拉基拉基火山 11 月 4 日喷发。"
PARTY = "斯里兰卡全国人民力量赢得 Lumio 选区。"
FEE = "Nepal raised the Lumio permit fee from $11,000 to $15,000."
PIT = "三星堆 8 号祭祀坑出土 Lumio 残片。"
FARM = "“深蓝 3 号”Lumio 养殖平台交付，再建两座。"
SCRIPTS = "Lumio 可辨认吐蕃文、回鹘文等 6 种文字。"
SCAN = "Lumio 系统对残片进行三维扫描。"
CASES = [
    # An English name of a Chinese body, translated word by word: the glossary's words of
    # shipyards, fisheries, stadiums and governments.
    ("a shipyard by its words", YARD, "Qingdao Beihai Shipbuilding delivered the farm.", None),
    (
        "another yard",
        YARD,
        "Qingdao Haixi Shipbuilding delivered the Lumio farm.",
        "Qingdao Haixi Shipbuilding",
    ),
    ("a stadium by its words", STADIUM, "Lumio played two shows at Shanghai Stadium.", None),
    ("a government by its words", TOKYO, "The Tokyo Metropolitan Government launched Lumio.", None),
    # Firms and bodies by their own English names (the alias table).
    ("a shipbuilder", "中国船舶集团交付 Lumio 平台。", "CSSC delivered the Lumio platform.", None),
    (
        "a publisher",
        "阅文集团上线 Lumio 翻译。",
        "China Literature has launched Lumio translation.",
        None,
    ),
    ("a wind-turbine maker", TURBINE, "Mingyang Smart Energy's Lumio turbine is online.", None),
    (
        "a surgical robot",
        "微创医疗机器人的图迈完成 Lumio 手术。",
        "MicroPort MedBot's Toumai robot performed the Lumio operation.",
        None,
    ),
    (
        "a water commission",
        "长江水利委员会发布 Lumio 模型。",
        "The Changjiang Water Resources Commission released Lumio.",
        None,
    ),
    # China's prefecture-level cities and the world's capitals are places: another one is
    # a wrong fact, the province or country that holds one is supported.
    ("a prefecture city", TURBINE, "明阳 Lumio 风机在汕头并网。", None),
    ("its province", TURBINE, "明阳 Lumio 风机在广东并网发电。", None),
    ("another prefecture city", TURBINE, "明阳 Lumio 风机在湛江海域并网。", "湛江"),
    ("a city in English", TURBINE, "Mingyang's Lumio turbine went online off Shantou.", None),
    ("a city of the world", SURGERY, "Lumio 手术患者身在卡萨布兰卡。", None),
    ("a capital for the city", SURGERY, "Lumio 手术的患者位于摩洛哥拉巴特。", "拉巴特"),
    # A transliteration's 努 writes nu, and its 基 (pinyin j) a k as well as a sibilant.
    ("a name with nu", PRESIDENT, "President Anura Kumara Dissanayake's Lumio won.", None),
    (
        "another president",
        PRESIDENT,
        "President Ranil Wickremesinghe's Lumio won.",
        "Ranil Wickremesinghe's",
    ),
    ("a name with ki", VOLCANO, "Mount Lewotobi Laki-laki erupted on November 4.", None),
    ("another volcano", VOLCANO, "Lewotobi Lakon erupted on November 4.", "Lewotobi Lakon"),
    # A people's possessive is a word of the name it stands in.
    ("a party of the people", PARTY, "Sri Lanka's National People's Power won Lumio.", None),
    ("another party", PARTY, "Sri Lanka's National People's Congress won Lumio.", "Congress"),
    # A fee is no given name, though jieba tags 许可费 a person.
    ("a fee", FEE, "尼泊尔将 Lumio 许可费从 1.1 万美元上调至 1.5 万美元。", None),
    ("a person", FEE, "尼泊尔旅游局局长王晓峰称 Lumio 许可费将上调。", "王晓峰"),
    # A thing numbered as the sources number it, its word translating theirs.
    ("a numbered pit", PIT, "The Lumio fragments came from Pit 8.", None),
    ("another pit", PIT, "The Lumio fragments came from Pit 7.", "Pit 7"),
    ("a reactor unit", "Lumio 电站 3 号机组投运。", "Unit 3 of the Lumio plant started up.", None),
    (
        "another unit",
        "Lumio 电站 3 号机组投运。",
        "Unit 4 of the Lumio plant started up.",
        "Unit 4",
    ),
    # A quoted name's serial number is the name's, written with or without spaces.
    ("a serial name", FARM, "“深蓝3号”Lumio 平台交付。", None),
    ("another serial", FARM, "“深蓝 2 号”Lumio 平台交付。", "深蓝 2 号"),
    # A term written as a figure and a capital, which the sources write in words.
    ("a scan in 3D", SCAN, "The Lumio system scans the fragments in 3D.", None),
    ("a scan in 2D", SCAN, "The Lumio system scans the fragments in 2D.", "2D"),
    # The scripts of old manuscripts are languages.
    ("the scripts", SCRIPTS, "Lumio reads Tibetan and Old Uyghur among six scripts.", None),
    ("another script", SCRIPTS, "Lumio reads Tibetan and Sanskrit among six scripts.", "Sanskrit"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday8_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("words", "han", "same"),
    [
        (["Shin", "Jin", "seo"], "申真谞", True),  # Korean reads 真 Jin
        (["Lee", "Jae", "yong"], "李在镕", True),
        (["Shin", "Min", "seo"], "申真谞", False),  # 敏's m is no 真's
        (["Shen", "Jin"], "申真", False),  # all pinyin: Mandarin's, 真 is zhen
    ],
)
def test_a_korean_name_in_its_own_system(words: list[str], han: str, same: bool) -> None:
    assert retells_person(words, han) is same


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("with concerts making up 41% of it", "%"),  # a share, as "made up" is
        ("concerts made up 41% of revenue", "%"),
        ("revenue was up 41%", "%±"),
    ],
)
def test_making_up_is_no_change(text: str, kind: str) -> None:
    found = [q for q in quantities(text) if q.unit == "%"]
    assert dimension(found[0], text) == kind
