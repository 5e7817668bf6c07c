"""The verifier on the shapes the eleventh fresh set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_fresh11.jsonl``: the last makinotes
items no earlier set used and entries of two published digests, measured before any of
its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; the table
rows name real ministries, publishers, institutes and companies, as the alias and place
tables do).  ``wrong`` is the claim that must be flagged, as the verifier writes it, or
None when the text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier
still gets wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

SENSOR = "研究人员开发出一种可降解的 Lumio 传感器，可植入体内监测器官健康。"
SENSOR_IN_SEOUL = "首尔的研究人员开发出一种可降解的 Lumio 传感器。"
FUNDED = "软银投资了 Lumio，它的研究人员开发出一种传感器。"
BUILDER = "Lumio 是一款开源的机器人框架，能在本地运行。"
VIDEO = "视频生成模型 Lumio 2.0 能同时参考视频的动作运镜和人脸。"
GUIDE = "国家安全部发布 Lumio 智能体的安全使用指南，提示四大核心风险。"
SCHOOLS = "教育部发布通知，要求高校开设 Lumio 课程。"
NOVELS = "起点中文网新书量暴增 13 倍，编辑被 Lumio 稿件淹没。"
SUIT = "《大英百科全书》和韦氏词典起诉 Lumio，指控其未经许可使用近 10 万篇内容。"
PROTEINS = "Lumio 联合欧洲生物信息学研究所发布蛋白质复合物数据集。"
PAPERS = "蚂蚁开源了 Lumio 世界模型，小米让 VLA 在消费级显卡上实时运行。"
CASES = [
    # A place given the work's people (新加坡的研究人员, "researchers in Singapore") is
    # where the story happened: checked even where the sources name no place.  A
    # writer's background before a name (日本软银) and China stay unchecked there.
    ("a place for the researchers", SENSOR, "新加坡的研究人员开发出 Lumio 传感器。", "新加坡"),
    ("a city's team", SENSOR, "北京研究团队开发出 Lumio 传感器。", "北京"),
    ("researchers in a place", SENSOR, "Researchers in Singapore built Lumio.", "Singapore"),
    ("a place's scientists", SENSOR, "Singaporean scientists built Lumio.", "Singaporean"),
    ("researchers with no place", SENSOR, "研究人员开发出 Lumio 传感器。", None),
    ("Chinese researchers", SENSOR, "中国科学家开发出 Lumio 传感器。", None),
    ("a place as background", FUNDED, "日本软银投资了 Lumio。", None),
    ("the sources' place", SENSOR_IN_SEOUL, "首尔的研究人员开发出 Lumio 传感器。", None),
    ("another place than theirs", SENSOR_IN_SEOUL, "釜山的研究人员开发出 Lumio 传感器。", "釜山"),
    # A name that is a common word (快手, 蚂蚁) whose 的 owns a model or a product is the
    # maker; the word owning anything else stays a word.
    ("a common-word maker's model", VIDEO, "快手的视频生成模型 Lumio 2.0 能参考人脸。", "快手"),
    ("another common-word maker", BUILDER, "蚂蚁的机器人框架 Lumio 能在本地运行。", "蚂蚁"),
    ("a quick hand", BUILDER, "他是个快手的人，Lumio 框架一天就跑通了。", None),
    ("millet's nutrition", BUILDER, "小米的营养价值很高，Lumio 框架能在本地运行。", None),
    ("the maker the sources name", PAPERS, "蚂蚁的世界模型 Lumio 已经开源。", None),
    # Ministries jieba's dictionary reads as nouns (公安部, 教育部) are names: another
    # ministry than the sources' is flagged, theirs and its English name are not.
    ("another ministry", GUIDE, "公安部发布 Lumio 智能体的安全使用指南。", "公安部"),
    ("the sources' ministry", GUIDE, "国家安全部发布 Lumio 安全使用指南。", None),
    (
        "the ministry in English",
        GUIDE,
        "The Ministry of State Security issued a Lumio guide.",
        None,
    ),
    (
        "another ministry in English",
        GUIDE,
        "The Ministry of Public Security issued a Lumio guide.",
        "Ministry of Public Security",
    ),
    ("education for security", GUIDE, "教育部发布 Lumio 智能体的安全使用指南。", "教育部"),
    ("the Ministry of Education", SCHOOLS, "The Ministry of Education wants Lumio courses.", None),
    # Reference publishers, institutes and web-novel platforms (general knowledge).
    ("another reading platform", NOVELS, "晋江文学城新书量暴增 13 倍。", "晋江文学城"),
    ("another platform of the kind", NOVELS, "番茄小说新书量暴增 13 倍。", "番茄小说"),
    ("Qidian in Chinese", NOVELS, "起点中文网的新书量暴增 13 倍。", None),
    (
        "Britannica and Merriam-Webster",
        SUIT,
        "Encyclopaedia Britannica and Merriam-Webster sued Lumio.",
        None,
    ),
    ("Britannica alone", SUIT, "Britannica sued Lumio over nearly 100,000 articles.", None),
    ("another publisher", SUIT, "Oxford University Press sued Lumio.", "Oxford University"),
    (
        "the EBI",
        PROTEINS,
        "Lumio and the European Bioinformatics Institute released a dataset.",
        None,
    ),
    (
        "another institute",
        PROTEINS,
        "Lumio and the Broad Institute released a dataset.",
        "Broad Institute",
    ),
    # Ant, Ant Group's short English name, is the sources' 蚂蚁.
    ("Ant for 蚂蚁", PAPERS, "Ant open-sourced the Lumio world model.", None),
    ("Ant Group for 蚂蚁", PAPERS, "Ant Group open-sourced the Lumio world model.", None),
    ("another maker for 蚂蚁", PAPERS, "Meituan open-sourced the Lumio world model.", "Meituan"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh11_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


KNOWN_GAPS = [
    # A common-word maker owning a thing that is no product kind (新功能) is still read
    # as the word: 快手的新功能 could be a quick hand's too.
    ("a common-word maker's feature", VIDEO, "快手的新功能 Lumio 2.0 能参考人脸。", "快手"),
]


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh11_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
