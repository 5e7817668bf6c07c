"""The verifier on correct English retellings of Chinese sources that name a Japanese
person, a Chinese firm by its official English name, a translated product, a rocket's
variant or a European brand with accents; and on the same texts with a wrong name planted,
which must stay flagged.

- A Japanese person is read by the name readings of the characters (``japanese.yaml``):
  Kazuo Ueda spells 植田和男, surname first, one reading a character; another given name
  or surname spells none of the sources' characters.
- Firms and products are the alias table's (南方电网 is China Southern Power Grid, 纬创
  Wistron, 日本电产 Nidec); 平安
  alone is an everyday word (safe), so only 平安保险 or 平安集团 supports Ping An Insurance,
  and 中核集团 is another firm than 中广核.
- A variant's letter is its heavenly stem (长征八号甲 is Long March 8A, 乙 B, 丙 C).
- Accents are spelling: Nestlé is Nestle, and L'Oréal is one name, not "al".

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

BOJ = "日本央行行长植田和男表示，将密切关注市场。"
TOYOTA = "丰田汽车社长佐藤恒治表示，公司将扩大电动车生产。"
DENSO = "日本电装社长林新之助表示，将加大芯片投资。"
KYOTO = "京都大学教授山中伸弥的团队发表了新研究。"
PERSONS = [
    ("a governor", BOJ, "Bank of Japan Governor Kazuo Ueda said he would watch markets.", None),
    ("surname first", BOJ, "BOJ governor Ueda Kazuo said he would watch markets.", None),
    ("the surname alone", BOJ, "Governor Ueda said the bank would watch markets.", None),
    ("a voiced reading", TOYOTA, "Toyota president Koji Sato said it would make more EVs.", None),
    (
        "a long vowel written",
        TOYOTA,
        "Toyota president Koji Satoh said it would make more EVs.",
        None,
    ),
    ("a one-character surname", DENSO, "Denso president Shinnosuke Hayashi said so.", None),
    ("a professor", KYOTO, "Professor Shinya Yamanaka's team published new research.", None),
    (
        "a minister",
        "日本经济产业大臣武藤容治表示，将支持半导体产业。",
        "Trade minister Yoji Muto said Japan would back its chip industry.",
        None,
    ),
    (
        "another governor",
        BOJ,
        "Governor Haruhiko Kuroda said he would watch markets.",
        "Haruhiko Kuroda",
    ),
    ("another surname", BOJ, "Governor Kazuo Ueno said he would watch markets.", "Kazuo Ueno"),
    ("another given name", BOJ, "Governor Kenji Ueda said he would watch markets.", "Kenji Ueda"),
    (
        "another chief",
        TOYOTA,
        "Toyota president Kenta Kon said it would make more EVs.",
        "Kenta Kon",
    ),
    (
        "surname read otherwise",
        KYOTO,
        "Professor Shinya Nakayama's team published research.",
        "Shinya Nakayama's",
    ),
    ("a Chinese name", BOJ, "Governor Zhang Wei said he would watch markets.", "Zhang Wei"),
]

GRID = "南方电网宣布将投资建设新的储能项目。"
SANY = "三一重工发布了全新的电动挖掘机。"
CGN = "中广核宣布新的核电机组投入商业运行。"
CNNC = "中核集团宣布新的核电机组投入商业运行。"
ODMS = "纬创与和硕拿下华硕的服务器订单。"
NIDEC = "日本电产将在墨西哥建设电机工厂。"
FIRMS = [
    ("a power grid", GRID, "China Southern Power Grid will invest in energy storage.", None),
    ("another grid", GRID, "State Grid will invest in energy storage.", "State Grid"),
    ("a machine maker", SANY, "Sany Heavy Industry released an electric excavator.", None),
    ("its short name", SANY, "Sany released an electric excavator.", None),
    ("another machine maker", SANY, "Zoomlion released an electric excavator.", "Zoomlion"),
    (
        "initials",
        "徐工集团推出了一款无人驾驶矿卡。",
        "XCMG launched a driverless mining truck.",
        None,
    ),
    (
        "a car brand",
        "蔚来旗下品牌乐道发布了首款车型。",
        "Nio's Onvo brand launched its first model.",
        None,
    ),
    (
        "an insurer",
        "中国平安保险公司发布了年度报告。",
        "Ping An Insurance published its annual report.",
        None,
    ),
    (
        "an insurer's group",
        "平安集团宣布加大人工智能投入。",
        "Ping An said it would spend more on AI.",
        None,
    ),
    (
        "safe, not an insurer",
        "今年的春节过得很平安。",
        "Ping An Insurance had a quiet holiday.",
        "Ping An Insurance",
    ),
    (
        "a hotel group",
        "华住集团第三季度收入同比增长。",
        "H World Group's third-quarter revenue rose.",
        None,
    ),
    ("a nuclear group", CGN, "China General Nuclear Power Group started a new reactor.", None),
    (
        "another nuclear group",
        CNNC,
        "China General Nuclear Power Group started a new reactor.",
        "China General Nuclear Power Group",
    ),
    ("its initials for another", CNNC, "CGN started a new reactor.", "CGN"),
    (
        "a Japanese institute",
        "日本理化学研究所发布了新超级计算机的设计。",
        "Japan's Riken unveiled a new supercomputer design.",
        None,
    ),
    ("Taiwan's assemblers", ODMS, "Wistron and Pegatron won server orders from Asus.", None),
    ("another assembler", ODMS, "Quanta and Pegatron won server orders from Asus.", "Quanta"),
    ("another PC brand", ODMS, "Wistron and Pegatron won server orders from Acer.", "Acer"),
    ("a Japanese motor maker", NIDEC, "Nidec will build a motor plant in Mexico.", None),
]

PRODUCTS = [
    (
        "a driving system",
        "比亚迪发布了天神之眼智能驾驶系统。",
        "BYD unveiled its God's Eye driver-assistance system.",
        None,
    ),
    (
        "a model",
        "商汤科技发布了日日新大模型的新版本。",
        "SenseTime released a new SenseNova model.",
        None,
    ),
    (
        "a model's version",
        "日日新6.0在多项测试中表现出色。",
        "SenseNova 6.0 did well in several tests.",
        None,
    ),
    (
        "another model",
        "商汤科技发布了日日新大模型的新版本。",
        "SenseTime released a new Ernie model.",
        "Ernie",
    ),
    (
        "a chip's version",
        "百度发布了昆仑芯2.0芯片。",
        "Baidu released its Kunlun 3.0 chip.",
        "Kunlun 3.0",
    ),
    ("a variant A", "长征八号甲运载火箭成功发射。", "A Long March 8A rocket lifted off.", None),
    (
        "a variant C",
        "长征二号丙运载火箭将卫星送入轨道。",
        "A Long March 2C rocket put the satellite in orbit.",
        None,
    ),
    ("another variant", "长征八号甲运载火箭成功发射。", "A Long March 8B rocket lifted off.", "8B"),
    (
        "a variant of another number",
        "长征三号乙运载火箭发射了通信卫星。",
        "A Long March 2B rocket launched the satellite.",
        "2B",
    ),
    ("no variant said", "长征八号运载火箭成功发射。", "A Long March 8A rocket lifted off.", "8A"),
]

BRANDS = [
    ("accented", "欧莱雅宣布收购一家美妆品牌。", "L'Oréal said it would buy a beauty brand.", None),
    (
        "unaccented",
        "欧莱雅宣布收购一家美妆品牌。",
        "L'Oreal said it would buy a beauty brand.",
        None,
    ),
    (
        "an accent at the end",
        "雀巢宣布在中国新建工厂。",
        "Nestlé will build a new plant in China.",
        None,
    ),
    ("a grave accent", "爱马仕第三季度销售额增长。", "Hermès said third-quarter sales grew.", None),
    ("a caron", "斯柯达在中国推出新车型。", "Škoda launched a new model in China.", None),
    (
        "a diaeresis",
        "雪铁龙宣布新的电动车计划。",
        "Citroën announced a new electric car plan.",
        None,
    ),
    (
        "another accented brand",
        "欧莱雅宣布收购一家美妆品牌。",
        "Estée Lauder said it would buy a beauty brand.",
        "Estée Lauder",
    ),
    (
        "an accented brand for another",
        "雪铁龙宣布新的电动车计划。",
        "Škoda announced a new electric car plan.",
        "Škoda",
    ),
    (
        "English sources",
        "L'Oréal plans to expand in China.",
        "L'Oreal plans to expand in China.",
        None,
    ),
]

CASES = PERSONS + FIRMS + PRODUCTS + BRANDS


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_retellings(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
