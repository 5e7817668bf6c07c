"""The verifier on the shapes the fourth everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday4.jsonl``: hand-written items
of logistics and ports, cables, sport, film, earnings, licences, AI safety institutes,
standards, patents, procurement and local governments, measured before any of its shapes
was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; places,
brands, bodies and languages are real, as the terms and alias tables' are).  ``wrong``
is the claim that must be flagged, as the verifier writes it, or None when the text
states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

PORT = "Lumio 在鹿特丹码头启用 AI 调度系统，年吞吐量突破 300 万标准箱。"
PARCELS = "顺丰科技发布 Lumio 调度模型，日均处理 1200 万票件。"
STUDIO = "华特迪士尼公司授权 Lumio 使用漫威、皮克斯和星球大战角色。"
CUP = "Lumio 为 2026 年美加墨世界杯提供 AI 算力。"
LANGUAGES = "Lumio 支持斯瓦希里语、约鲁巴语和祖鲁语。"
STARTUP = "南非约翰内斯堡 AI 公司 Lumio 发布小模型。"
CENTRE = "智利国家人工智能中心（CENIA）牵头、15 个国家的机构参与开发 Lumio 模型。"
LED = (
    "Lumio, an open model led by Chile's National Center for Artificial Intelligence"
    " (CENIA) with partners from 15 countries, released its first version."
)
MINISTRY = "韩国科学技术信息通信部成立 Lumio 研究所。"
STORE = "Lumio 8 新增向量集合数据类型，面向 AI 应用。"
MISSION = "Lumio 是 IndiaAI 使命下首家获选企业。"
RISKS = "报告称 AI 被用于网络攻击，AI 辅助发明仍可获得专利。"
REVENUE = "Lumio 第二财季营收 204.5 亿美元。"
DISTRICT = "深圳市龙岗区在政务外网部署 Lumio 模型。"
CLUB = "全英俱乐部首席执行官 Sally Bolton 称将启用 Lumio 系统。"
DIRECTOR = "Corvid 执行董事 Stefano Maffulli 称 Lumio 是起点。"
BOARD = "Lumio 董事会主席马明远表示将加大投入。"
CHIEF = "Lumio CEO 鲍勃·艾格称这是共赢的方式。"
CASES = [
    # Places, units, brands and bodies the tables lacked.
    ("Rotterdam and TEU", PORT, "Lumio handles over 3 million TEU a year in Rotterdam.", None),
    ("another port", PORT, "Lumio handles over 3 million TEU a year in Antwerp.", "Antwerp"),
    ("SF Technology for 顺丰科技", PARCELS, "SF Technology released Lumio.", None),
    (
        "studios by their English names",
        STUDIO,
        "Walt Disney licensed Marvel, Pixar and Star Wars characters to Lumio.",
        None,
    ),
    (
        "a studio the sources do not name",
        STUDIO,
        "Walt Disney licensed Marvel and Lucasfilm characters to Lumio.",
        "Lucasfilm",
    ),
    ("World Cup, Canada, Mexico", CUP, "Lumio powers the World Cup in Canada and Mexico.", None),
    ("another host", CUP, "Lumio powers the World Cup in Canada and Brazil.", "Brazil"),
    # Languages of Africa and South Asia are languages, compared as English and French are.
    ("African languages", LANGUAGES, "Lumio supports Swahili, Yoruba and Zulu.", None),
    ("a language not named", LANGUAGES, "Lumio supports Swahili, Yoruba and Amharic.", "Amharic"),
    # A place-based opening: the place written before the company's word is where it is.
    ("a place before 公司", STARTUP, "Johannesburg-based Lumio released a small model.", None),
    (
        "another place",
        STARTUP,
        "Nairobi-based Lumio released a small model.",
        "Nairobi-based Lumio",
    ),
    # A body's "for" or "of" part, which Chinese writes before the body's word.
    ("National Center for …", CENTRE, LED, None),
    (
        "an institute for the centre",
        CENTRE,
        LED.replace("Center", "Institute"),
        "National Institute",
    ),
    (
        "Ministry of Science and ICT",
        MINISTRY,
        "The Ministry of Science and ICT set up Lumio.",
        None,
    ),
    ("words the glossary now translates", STORE, "Lumio 8 adds a vector set data type.", None),
    ("a mission's English", MISSION, "Lumio was the first pick of the IndiaAI Mission.", None),
    # AI- compounds whose relation the sources state (用于, 辅助).
    (
        "AI-enabled, AI-assisted",
        RISKS,
        "It warns of AI-enabled cyber attacks; AI-assisted inventions can be patented.",
        None,
    ),
    ("AI-generated not said", RISKS, "AI-generated inventions can be patented.", "AI-generated"),
    # 约 may cut a figure to its precision as well as round it.
    ("约 cut down", REVENUE, "Lumio 第二财季营收约 204 亿美元。", None),
    ("约 too far", REVENUE, "Lumio 第二财季营收约 203 亿美元。", "203 亿美元"),
    # A district right after its city is a place: its pinyin, and a district swapped.
    ("a district in pinyin", DISTRICT, "Shenzhen's Longgang district deployed Lumio.", None),
    ("a district swapped", DISTRICT, "深圳市宝安区在政务外网部署 Lumio 模型。", "宝安区"),
    ("the district with its 区", DISTRICT, "深圳龙岗区部署 Lumio 模型。", None),
    # 主席 and 执行董事 are roles; a chair is a board's 董事长.
    ("a CEO made chair", CLUB, "全英俱乐部主席 Sally Bolton 称将启用 Lumio 系统。", "主席"),
    (
        "an executive director made chair",
        DIRECTOR,
        "Corvid 主席 Stefano Maffulli 称 Lumio 是起点。",
        "主席",
    ),
    ("a board's chair as 董事长", BOARD, "Lumio 董事长马明远表示将加大投入。", None),
    # The surname after the dot of a foreign name is a name of its own.
    ("the same person", CHIEF, "Lumio CEO 鲍勃·艾格称这是共赢的方式。", None),
    ("another surname", CHIEF, "Lumio CEO 鲍勃·查佩克称这是共赢的方式。", "查佩克"),
    # "Open Source" is one phrase of the glossary: 开源, no word-by-word 开放源.
    (
        "Open Source AI Definition",
        "Corvid 发布开源 AI 定义 1.0 版。",
        "Corvid released version 1.0 of its Open Source AI Definition.",
        None,
    ),
    (
        "Open Source AI Charter for its 定义",
        "Corvid 发布开源 AI 定义 1.0 版。",
        "Corvid released version 1.0 of its Open Source AI Charter.",
        "Charter",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday4_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


GAPS = [
    # An organisation swapped for another of the same country (韩国…院): not caught.
    (
        "a Korean institute swapped",
        "Lumio 隶属韩国电子通信研究院。",
        "Lumio 隶属韩国科学技术院。",
        "韩国科学技术院",
    ),
]


@pytest.mark.xfail(strict=True, reason="known gaps, documented in docs/benchmarks.md")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in GAPS], ids=[c[0] for c in GAPS]
)
def test_everyday4_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
