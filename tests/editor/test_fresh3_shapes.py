"""The verifier on the shapes the third fresh set found (``bench/verify_fresh.py --data
bench/data/verify_fresh3.jsonl``: digest entries, a Chinese summary with its 点评 line or
an English entry, written from Chinese items).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

UW = "华盛顿大学团队开源了新的检索模型。"
KCL = "伦敦国王学院团队提出了新的记忆方法。"
ROUND = "公司完成 20 亿美元 C 轮融资。"
SEARCH = "团队推出一个由 LLM 驱动的搜索系统。"
APPS = "用户可在淘宝、飞猪直接下单。"
LINGBO = "灵波科技开源了世界模型。"
TUNED = "新方法只微调 20 个参数，准确率就达到 85%。"
BASED = "团队发布了基于 Claude 的智能体。"
CARDS = "课程做成了多邻国式的卡片。"
PLACED = "总部位于深圳的星衡机器人发布了新模型。"
CASES = [
    # A name of the alias table that small words or an apostrophe cut into pieces is
    # checked whole, as the table holds it, in English and inside Chinese prose.
    ("university in English", UW, "The University of Washington open-sourced a model.", None),
    (
        "another university in English",
        "斯坦福大学团队开源了新的检索模型。",
        "The University of Washington open-sourced a model.",
        "University of Washington",
    ),
    (
        "institute with its small words",
        "艾伦人工智能研究所发布了新数据集。",
        "The Allen Institute for AI released a new dataset.",
        None,
    ),
    ("college glossed in Latin", KCL, "伦敦国王学院（King's College London）提出了新方法。", None),
    ("college in English", KCL, "A King's College London team proposed a memory method.", None),
    (
        "another college in Latin",
        "帝国理工学院团队提出了新的记忆方法。",
        "King's College London 团队提出了新的记忆方法。",
        "King's College London",
    ),
    ("short name's initials", "港科大团队发表了综述。", "HKUST published a survey.", None),
    ("short name's full form", "港科大团队发表了综述。", "香港科技大学团队发表了综述。", None),
    ("a travel app in English", APPS, "Users order on Taobao and Fliggy.", None),
    # A company jieba does not read as a name is one once the table knows it.
    ("a travel app swapped in", APPS, "用户可在淘宝、携程直接下单。", "携程"),
    # A language is no name, as a nationality is not.
    (
        "language in English",
        "模型把非英语网页翻译成英语。",
        "The model translates non-English pages into English.",
        None,
    ),
    # A funding round is checked with its letter against the Chinese 轮.
    ("funding round", ROUND, "The company raised $2 billion in a Series C.", None),
    ("funding round's letter", ROUND, "The company raised $2 billion in a Series D.", "Series D"),
    # A year after a name's apostrophe is the year in full.
    ("conference's short year", "论文入选 NeurIPS'25。", "论文入选 NeurIPS 2025。", None),
    ("conference's year changed", "论文入选 NeurIPS'25。", "论文入选 NeurIPS 2024。", "2024"),
    ("short year as written", "系统论文入选 SOSP'25。", "这篇 SOSP'25 论文讲了系统。", None),
    # A measure word that counts one figure does not say what another figure measures.
    ("count's measure beside a score", TUNED, "It tunes 20 parameters and reaches 85%.", None),
    ("score changed beside a count", TUNED, "It tunes 20 parameters and reaches 58%.", "58%"),
    (
        "figure of another measure",
        "模型参数减少 40%，准确率达到 85%。",
        "模型的准确率达到 40%。",
        "40%",
    ),
    # A Chinese name the sources give is spelled in pinyin: toneless, in any case, its
    # syllables run together or apart, its suffix in English or Chinese.
    ("company in pinyin", LINGBO, "Lingbo Technology open-sourced it.", None),
    ("company's syllables apart", LINGBO, "Ling Bo Technology open-sourced it.", None),
    ("pinyin inside Chinese prose", LINGBO, "Lingbo 科技开源了世界模型。", None),
    ("city in pinyin", "港科大（广州）发表了综述。", "HKUST (Guangzhou) published a survey.", None),
    ("a character of two readings", "单伟表示同意。", "Shan Wei agreed.", None),
    ("a suffix's English", "重庆银行发布了年报。", "Chongqing Bank published it.", None),
    ("a person, surname last", "王小明表示同意。", "Xiaoming Wang agreed.", None),
    # Only a name the sources give whole is spelled: another name, a part of one, the
    # syllables reversed, or a suffix the name lacks is still a claim.
    (
        "another company in pinyin",
        LINGBO,
        "Lingyun Technology open-sourced it.",
        "Lingyun Technology",
    ),
    (
        "an invented romanised company",
        LINGBO,
        "Boling Technology open-sourced it.",
        "Boling Technology",
    ),
    ("a surname alone", "王小明表示同意。", "Wang agreed.", "Wang"),
    (
        "another suffix in English",
        "重庆银行发布了年报。",
        "Chongqing Hospital published it.",
        "Chongqing Hospital",
    ),
    # A name a hyphen joins to an English word is checked as a name.
    (
        "another name-driven",
        SEARCH,
        "The team built a Gemini-driven search system.",
        "Gemini-driven",
    ),
    # A name a hyphen makes a modifier (LLM-driven, Claude-based, Duolingo-style) is its
    # name, checked as names are, and the relation its modifier word names, which the
    # sources must state beside the name (由 LLM 驱动, 基于 Claude 的, 多邻国式).
    ("name-driven", SEARCH, "The team built an LLM-driven search system.", None),
    ("name-driven in Chinese prose", SEARCH, "团队推出一个 LLM-driven 的搜索系统。", None),
    ("name-based", BASED, "A Claude-based agent was released.", None),
    ("name-style", CARDS, "It turns papers into Duolingo-style cards.", None),
    ("another name-based", BASED, "A Gemini-based agent was released.", "Gemini-based"),
    ("another name-style", CARDS, "It turns papers into Babbel-style cards.", "Babbel-style"),
    # The relation is a claim: a name the sources only mention is not what a thing is built
    # on, nor a relation of another kind (驱动 is not 基于); AI, a word of any story, too.
    (
        "name-based, no such relation",
        "Anthropic 的 Claude 模型很强。",
        "A Claude-based agent was released.",
        "Claude-based",
    ),
    (
        "name-based for name-driven",
        SEARCH,
        "The team built an LLM-based search system.",
        "LLM-based",
    ),
    ("AI-native never said", SEARCH, "The team built an AI-native search system.", "AI-native"),
    ("place-based", PLACED, "A Shenzhen-based startup released a model.", None),
    (
        "another place-based",
        "总部位于广州的星衡机器人发布了新模型。",
        "A Shenzhen-based startup released a model.",
        "Shenzhen-based",
    ),
    (
        "name-style, no style",
        "课程用了多邻国的素材。",
        "It has Duolingo-style cards.",
        "Duolingo-style",
    ),
    # A unit per unit is compared with the sources' rates that share a unit with it.
    ("unit per unit swapped", "损耗低至 0.1 dB/m。", "损耗低至 0.1 dB/km。", "dB/km"),
    ("same unit per unit", "损耗低至 0.1 dB/km。", "Loss is as low as 0.1 dB/km.", None),
    ("no rate in the sources", "每公里损耗仅 0.1 dB。", "损耗低至 0.1 dB/km。", None),
    ("rate per second swapped", "传输速率达 10 Mb/s。", "传输速率达 10 Gb/s。", "Gb/s"),
    # A count a noun carries in its first character (双支柱, 三维) is compared with the
    # sources' counts of that noun only; 周三 is a day, compared as a day
    # (test_weekdays.py), not a count.
    ("count inside a noun", "提出了双支柱的分类体系。", "提出了三支柱的分类体系。", "三支柱"),
    ("count of a noun not counted", "提出了新的分类体系。", "提出了三支柱的分类体系。", None),
    ("两 for 双", "采用双阶段训练。", "采用两阶段训练。", None),
    ("三维 for 二维", "模型生成二维图像。", "模型生成三维图像。", "三维图"),
    ("a weekday", "周二晚上发布。", "周三晚上发布。", "周三"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh3_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
