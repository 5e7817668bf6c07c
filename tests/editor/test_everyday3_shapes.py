"""The verifier on the shapes the third everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday3.jsonl``: hand-written items
of hospitals, courts, farms, music, phones, clouds, telecoms, the Gulf, Latin America,
Africa, Southeast Asia, rankings, space, insurance and banks, measured before any of its
shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; places,
currencies, bodies and brands are real, as the terms and alias tables' are).  ``wrong``
is the claim that must be flagged, as the verifier writes it, or None when the text
states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

REVENUE = "Lumio 第三季度营收 2.06 万亿新台币，同比增长 11%。"
VALUE = "Lumio 2024 年创造的经济价值约 7.5 亿新元。"
PRIZE = "Lumio 奖金为 1100 万瑞典克朗。"
PROFIT = "Lumio 季度营业利润 12 万亿韩元。"
NIGERIA = "尼日利亚公司 Lumio 获得 Corvid 注资。"
MARKETS = "东南亚与拉美是 Lumio 增长最快的市场。"
OFFICE = "Lumio 总部位于马萨诸塞州剑桥。"
COURT = "英国高等法院裁定 Lumio 胜诉。"
MUSIC = "环球音乐集团（UMG）与 Lumio 和解。"
FDA = "美国食品药品监督管理局（FDA）批准 Lumio 的新药。"
NOBEL = "Lumio 首席科学家 David Baker 获得 2025 年诺贝尔化学奖。"
BUDGET = "新加坡副总理兼财政部长 David Tan 宣布投入 10 亿新元。"
BASED = "Lumio 总部位于埃因霍温，发布推理芯片。"
LAPTOP = "Lumio 发布面向 Windows PC 的芯片。"
NPU = "Lumio 芯片 NPU 算力达 80 TOPS。"
STAFF = "Lumio 计划将员工增至 1.5 万人。"
SETTLED = "Lumio 与 Corvid 和解，双方将合作开发新平台。"
SIGNING = "Lumio 董事长张嘉平（Truong Gia Binh）出席签约。"
FOUNDER = "Lumio 联合创始人兼 CEO 为 Mikey Shulman。"
ROUND = "Lumio 宣布获得 Corvid 注资，此前其 1.1 亿美元 B 轮融资由 Nimbus 领投。"
ROUNDS = "Lumio 完成 5 亿元 B 轮融资，由 Nimbus 领投；Corvid 完成 3 亿元融资。"
SEGMENT = "Lumio 上半年总营收 23.6 亿元，其中生成式 AI 业务收入 18.2 亿元。"
CLOUD = "Lumio 与思科合作建设数据中心。"
CHIP = "Lumio 笔记本搭载骁龙 X2 Elite 处理器。"
ROCKET = "蓝箭航天的朱雀三号完成首次入轨飞行。"
CASES = [
    # The region's currencies are currencies of their own: a figure in 新台币 is no yen,
    # and no plain figure any currency could take.
    ("NT$ for 新台币", REVENUE, "Lumio's Q3 revenue rose 11% to NT$2.06 trillion.", None),
    ("yen for 新台币", REVENUE, "Lumio 第三季度营收 2.06 万亿日元。", "2.06 万亿日元"),
    ("S$ for 新元", VALUE, "Lumio generated about S$750 million of value in 2024.", None),
    ("US$ for 新元", VALUE, "Lumio generated about US$750 million of value.", "US$750 million"),
    ("kronor for 瑞典克朗", PRIZE, "The Lumio prize is 11 million Swedish kronor.", None),
    ("dollars for 瑞典克朗", PRIZE, "Lumio 奖金为 1100 万美元。", "1100 万美元"),
    ("won for 韩元", PROFIT, "Lumio's quarterly operating profit was 12 trillion won.", None),
    ("yuan for 韩元", PROFIT, "Lumio 季度营业利润 12 万亿元。", "12 万亿元"),
    # Countries with their adjectives, regions and US states, from the terms table.
    ("Nigerian for 尼日利亚", NIGERIA, "Lumio, a Nigerian company, took money from Corvid.", None),
    ("Kenyan for 尼日利亚", NIGERIA, "Lumio, a Kenyan company, took money from Corvid.", "Kenyan"),
    (
        "regions",
        MARKETS,
        "Southeast Asia and Latin America are Lumio's fastest-growing markets.",
        None,
    ),
    ("another region", MARKETS, "The Middle East is Lumio's biggest market.", "Middle East"),
    ("a US state", OFFICE, "Lumio is based in Cambridge, Massachusetts.", None),
    ("another US state", OFFICE, "Lumio is based in Cambridge, Ohio.", "Ohio"),
    # A body's English name translated word by word (court, group, music...); another word
    # of the name stays flagged.
    ("High Court for 高等法院", COURT, "The UK High Court ruled for Lumio.", None),
    ("Supreme Court for 高等法院", COURT, "The UK Supreme Court ruled for Lumio.", "Supreme Court"),
    ("a group translated", MUSIC, "Universal Music Group settled with Lumio.", None),
    ("another group", MUSIC, "Sony Music Group settled with Lumio.", "Sony Music Group"),
    ("FDA spelled out", FDA, "The US Food and Drug Administration approved Lumio's drug.", None),
    (
        "a Nobel in chemistry",
        NOBEL,
        "David Baker of Lumio won the 2025 Nobel Prize in Chemistry.",
        None,
    ),
    (
        "a Nobel in physics",
        NOBEL,
        "David Baker of Lumio won the 2025 Nobel Prize in Physics.",
        "Nobel Prize in Physics",
    ),
    (
        "ministers",
        BUDGET,
        "Deputy Prime Minister and Finance Minister David Tan announced S$1 billion.",
        None,
    ),
    (
        "another minister",
        BUDGET,
        "Trade Minister David Tan announced S$1 billion.",
        "Trade Minister David Tan",
    ),
    # A place of the terms table before -based, where the sources say the company is
    # there (位于); another place stays flagged.
    ("Eindhoven-based", BASED, "Lumio, an Eindhoven-based startup, released a chip.", None),
    ("Delft-based", BASED, "Lumio, a Delft-based startup, released a chip.", "Delft-based"),
    # ... and opening a sentence, read apart from the name after it (everyday4's fix).
    ("-based opening a sentence", BASED, "Eindhoven-based Lumio released an inference chip.", None),
    # An acronym's plural names the sources' one.
    ("Windows PCs", LAPTOP, "Lumio released a chip for Windows PCs.", None),
    ("Linux PCs", LAPTOP, "Lumio released a chip for Linux PCs.", "Linux PCs"),
    # TOPS is a unit: its figure is a measure, not a version of the NPU.
    ("NPU 80 TOPS", NPU, "Lumio 芯片 NPU 80 TOPS。", None),
    ("NPU 90 TOPS", NPU, "Lumio 芯片 NPU 90 TOPS。", "90"),
    # The thousands after 万 belong to the figure.
    ("一万五千", STAFF, "Lumio 计划将员工增至一万五千人。", None),
    ("一万六千", STAFF, "Lumio 计划将员工增至一万六千人。", "一万六千"),
    # "the two" before a verb stands for the parties, no count of a noun.
    ("the two will", SETTLED, "Lumio settled with Corvid; the two will build a platform.", None),
    (
        "three companies",
        SETTLED,
        "Lumio settled with Corvid; three companies will build a platform.",
        "three companies",
    ),
    # A name's spelling in brackets holds the name's role.
    ("a role by the bracketed name", SIGNING, "Lumio 董事长 Truong Gia Binh 出席签约。", None),
    ("another role by it", SIGNING, "Lumio CEO Truong Gia Binh 出席签约。", "CEO"),
    # 为 between a role and its holder binds them as a space does.
    ("CEO 为 a name", FOUNDER, "Lumio 联合创始人兼 CEO Mikey Shulman 表示。", None),
    ("CTO for it", FOUNDER, "Lumio 联合创始人兼 CTO Mikey Shulman 表示。", "CTO"),
    # A round's investors (由 … 领投) are not who raised it; a figure of another company
    # stays flagged.
    ("the round's own figure", ROUND, "Lumio 此前完成 1.1 亿美元 B 轮融资。", None),
    ("another company's figure", ROUNDS, "Lumio 完成 3 亿元融资。", "3 亿元"),
    # "bringing in" is a business's revenue, not the whole company's.
    (
        "a business bringing in its figure",
        SEGMENT,
        "Lumio's revenue was 2.36 billion yuan, with generative AI bringing in 1.82 billion yuan.",
        None,
    ),
    # Brands of the alias table: Cisco (思科), Snapdragon (骁龙), LandSpace (蓝箭航天), and
    # iSpace's 星际荣耀 as a name of its own.
    ("Cisco for 思科", CLOUD, "Lumio and Cisco will build a data centre.", None),
    ("Dell for 思科", CLOUD, "Lumio and Dell will build a data centre.", "Dell"),
    ("Snapdragon for 骁龙", CHIP, "Lumio's laptop runs on the Snapdragon X2 Elite.", None),
    (
        "another Snapdragon",
        CHIP,
        "Lumio's laptop runs on the Snapdragon X3 Elite.",
        "Snapdragon X3 Elite",
    ),
    ("LandSpace for 蓝箭航天", ROCKET, "LandSpace 朱雀三号完成首次入轨飞行。", None),
    ("星际荣耀 for 蓝箭航天", ROCKET, "星际荣耀的朱雀三号完成首次入轨飞行。", "星际荣耀"),
    (
        "an English round led by its investors",
        ROUND,
        "Lumio previously raised $110 million in a Series B led by Nimbus.",
        None,
    ),
    (
        "an English round of another size",
        ROUND,
        "Lumio previously raised $120 million in a Series B led by Nimbus.",
        "$120 million",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday3_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


GAPS = [
    # A business "bringing in" the whole company's figure is not caught.
    (
        "a business bringing in the company's total",
        SEGMENT,
        "Lumio's revenue was 2.36 billion yuan, with generative AI bringing in 2.36 billion yuan.",
        "2.36 billion yuan",
    ),
]


@pytest.mark.xfail(strict=True, reason="known gaps, documented in docs/benchmarks.md")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in GAPS], ids=[c[0] for c in GAPS]
)
def test_everyday3_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
