"""The verifier on siblings of the third fresh set's shapes (review17b): funding rounds
with a plus or a Pre-, years of two digits in other places, languages other than
English, a table name of several words partly changed, and measure words beside figures
with an English scale word.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

UW = "华盛顿大学团队开源了新的检索模型。"
A_PLUS = "公司完成 5 亿元 A+ 轮融资。"
PRE_A = "公司完成数千万元 Pre-A 轮融资。"
TUNED = "新方法只微调 70 亿参数，准确率就达到 85%。"
CASES = [
    # A round's plus and its Pre- are part of its letter.
    ("round with a plus", A_PLUS, "The company raised 500 million yuan in a Series A+.", None),
    ("plus dropped", A_PLUS, "The company raised 500 million yuan in a Series A.", "Series A"),
    ("plus added", "公司完成 B 轮融资。", "The company closed a Series B+ round.", "Series B+"),
    ("Pre-A is no A round", PRE_A, "The company closed a Series A round.", "Series A"),
    ("Pre-A round in English", PRE_A, "The company closed a Pre-A round.", None),
    (
        "round with a number",
        "公司完成 C1 轮融资。",
        "The company closed a Series C round.",
        "Series C",
    ),
    # A year of two digits after an apostrophe is the year in full, in the text as in the
    # sources, and at a sentence's end as inside it.
    ("text's short year", "论文入选 ICLR 2026。", "The paper was accepted at ICLR'26.", None),
    (
        "text's short year changed",
        "论文入选 ICLR 2026。",
        "The paper was accepted at ICLR'25.",
        "25",
    ),
    (
        "source's short year at a stop",
        "The paper was accepted at NeurIPS'25.",
        "论文入选 NeurIPS 2025。",
        None,
    ),
    ("short year after a space", "2025 年十大模型榜单发布。", "It made the Top '25 list.", None),
    ("short year of a class", "他于 2025 年毕业。", "He is in the class of '25.", None),
    ("short year of a decade", "他在 90 年代创业。", "He founded it in the '90s.", None),
    ("a version is no year", "阿里发布 Qwen2.5 模型。", "Alibaba released Qwen2.5.", None),
    # A language is no name, as English and the nationalities are not.
    ("Spanish", "模型把网页翻译成西班牙语。", "The model translates pages into Spanish.", None),
    ("Arabic", "模型支持阿拉伯语。", "The model supports Arabic.", None),
    ("Cantonese", "模型支持粤语和普通话。", "The model supports Cantonese and Mandarin.", None),
    ("Russian", "模型支持俄语。", "The model supports Russian.", None),
    ("Vietnamese", "模型支持越南语。", "The model supports Vietnamese.", None),
    # A product named with "English" keeps the rest of its name a claim.
    ("English product", "有道发布 English Pro 学习应用。", "Youdao released English Pro.", None),
    (
        "English product changed",
        "有道发布 English Pro 学习应用。",
        "Youdao released English Plus.",
        "Plus",
    ),
    # A table name of several words partly changed is another name, flagged whole.
    (
        "another university of one word more",
        UW,
        "A Washington State University team open-sourced a model.",
        "Washington State University",
    ),
    (
        "table name for another of its words",
        "华盛顿州立大学团队开源了模型。",
        "The University of Washington open-sourced a model.",
        "University of Washington",
    ),
    ("table name possessive", UW, "The University of Washington's team open-sourced it.", None),
    (
        "exchange of several words",
        "公司在港交所上市。",
        "It listed on the Hong Kong Stock Exchange.",
        None,
    ),
    (
        "another exchange",
        "公司在港交所上市。",
        "It listed on the New York Stock Exchange.",
        "New York Stock Exchange",
    ),
    # A measure word counts the figure right before it with its English scale word too.
    ("count in B beside a score", TUNED, "It tunes 7B parameters and reaches 85%.", None),
    (
        "count in billions beside a score",
        TUNED,
        "It tunes 7 billion parameters and reaches 85%.",
        None,
    ),
    (
        "score changed beside a count",
        TUNED,
        "It tunes 7 billion parameters and reaches 58%.",
        "58%",
    ),
    (
        "measure after the score",
        "准确率达到 85%，只用 20 个参数。",
        "It reaches 85% with only 20 parameters.",
        None,
    ),
    (
        "share of the measure changed",
        "参数减少 40%，准确率 85%。",
        "It has 85% fewer parameters.",
        "85%",
    ),
    # A language named as a language is compared where the sources name languages: it or
    # its country supports it; a nationality (a French startup) is not read as one.
    (
        "language swapped",
        "模型把网页翻译成英语。",
        "The model translates pages into French.",
        "French",
    ),
    (
        "English for 英文",
        "模型把网页翻译成英文。",
        "The model translates pages into English.",
        None,
    ),
    (
        "German for 日语",
        "模型把网页翻译成日语。",
        "The model translates pages into German.",
        "German",
    ),
    ("two languages", "模型支持英语和法语。", "The model supports English and French.", None),
    (
        "two languages, one swapped",
        "模型支持英语和法语。",
        "The model supports English and German.",
        "German",
    ),
    ("no language in the sources", "模型支持多种语言。", "The model supports French.", None),
    (
        "a nationality",
        "法国公司 Mistral 发布模型。",
        "French startup Mistral released a model.",
        None,
    ),
    (
        "a nationality beside a language",
        "模型支持英文。",
        "A Chinese AI lab's model supports English.",
        None,
    ),
    # A Pre- round with Series before it is the Pre- round.
    ("Series Pre-A", PRE_A, "The company closed a Series Pre-A round.", None),
    ("Series Pre-B", PRE_A, "The company closed a Series Pre-B round.", "Series Pre-B"),
    (
        "Series Pre-A for an A round",
        "公司完成 A 轮融资。",
        "The company closed a Series Pre-A round.",
        "Series Pre-A",
    ),
    (
        "Pre-A round in English",
        "The firm closed a Pre-A round.",
        "The firm closed a Series Pre-A round.",
        None,
    ),
    # The alias table's Wikipedia.
    ("Wikipedia", "数据来自英文维基百科。", "The data come from English Wikipedia.", None),
    ("维基百科 for Wikipedia", "The data come from Wikipedia.", "数据来自维基百科。", None),
    ("Wikipedia for 百度百科", "数据来自百度百科。", "The data come from Wikipedia.", "Wikipedia"),
    # A unit after a figure is a unit in English text too (its figure is the claim); the
    # same letters elsewhere may be a name.
    (
        "megawatts",
        "集群有 1 万张 GPU，功耗 20 兆瓦。",
        "The cluster has 10,000 GPUs and draws 20 MW.",
        None,
    ),
    ("megawatts changed", "集群功耗 20 兆瓦。", "The cluster draws 30 MW.", "30"),
    ("terabytes", "存储容量 5 TB。", "It stores 5 TB.", None),
    ("unit letters as a name", "公司发布新模型。", "MW Labs released a model.", "MW Labs"),
    # A measure word opening a sentence is a word, as an ordinary one is; another word
    # there, or one before a capitalised word, may be a name.
    (
        "measure word first",
        "参数量从 70 亿降至 20 亿。",
        "Parameters fell from 7 billion to 2 billion.",
        None,
    ),
    ("another measure first", "准确率达到 85%。", "Accuracy reached 85%.", None),
    ("a word before a name", "公司完成融资。", "World Labs raised funds.", "World Labs"),
]

STAFF = "团队有 300 名员工和 20 名研究员。"
# Each count of a measure word is read for its own figure (20 名研究员: the 20 are the
# researchers), so a figure moved onto the other measure is flagged, in either script.
CASES += [
    ("counts kept", STAFF, "The team has 300 employees and 20 researchers.", None),
    ("counts kept in Chinese", STAFF, "团队有 20 名研究员，员工共 300 名。", None),
    ("one count moved", STAFF, "The team has 20 employees.", "20"),
    ("one count moved in Chinese", STAFF, "团队有 300 名研究员。", "300"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review17b_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


def test_two_counts_swapped() -> None:
    """Both figures of a swapped pair are flagged: each is now the other measure's."""
    assert flagged("The team has 20 employees and 300 researchers.", STAFF) == ["20", "300"]
