"""The verifier on the shapes the fifth fresh set's dev rows found (``bench/verify_fresh.py
--data bench/data/verify_fresh5.jsonl``: digest entries written from Chinese items of three
makinotes days no earlier set used, 69 of its 160 texts in English).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets
wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ATTENTION = "标准缩放点积注意力（SDPA）是这个问题的精确解。"
DESK = "助手在本地 Mac mini 上日夜运行。"
ROUND = "公司完成超 50 亿人民币融资，印奇出任董事长。"
REVENUE = "年化收入从 200 万美元增至约 9500 万美元。"
MODELS = "他是 o1/o3 推理模型的核心人物。"
FOUNDER = "对话拓竹陶冶：一群工程师造的硬核公司。"
RECORDER = "新工具能在单个细胞内同时记录 5 种活动。"
STAGES = "方法分为两个阶段：先初筛，再验证。"
GENERATED = "两成投稿由 AI 生成。"
BRANCHES = "模型用双分支结构融合几何与语言信息。"
DIRECTOR = "一位谷歌总监警告说测试不可少。"
CASES = [
    # A Latin acronym or product swapped into Chinese prose is a claim of its own.
    ("acronym swapped in Chinese", ATTENTION, "标准注意力（MHA）是这个问题的精确解。", "MHA"),
    ("device swapped in Chinese", DESK, "助手在本地 Raspberry Pi 上日夜运行。", "Raspberry Pi"),
    ("device kept in English", DESK, "The assistant runs day and night on a local Mac mini.", None),
    # A Chinese university named in English is compared with the one the source names.
    (
        "university swapped in English",
        "清华大学发布了新的检测模型。",
        "Peking University released a new detection model.",
        "Peking University",
    ),
    (
        "university kept in English",
        "浙江大学团队做出了新涂层。",
        "A Zhejiang University team made a new coating.",
        None,
    ),
    # 亿 is billion and 万 ten thousand, whichever language the figure is written in.
    ("billion yuan", ROUND, "The company raised more than 5 billion yuan.", None),
    (
        "million yuan for 亿",
        ROUND,
        "The company raised more than 5 million yuan.",
        "5 million yuan",
    ),
    ("万美元 in millions", REVENUE, "Revenue rose from $2 million to about $95 million.", None),
    ("七成 for 70%", "AI 能解决项目 70% 的问题。", "AI 能解决项目七成的问题。", None),
    (
        "亿 parameters in billions",
        "模型有 4000 亿参数。",
        "It is a 400-billion-parameter model.",
        None,
    ),
    # A model's version is compared in English as in Chinese.
    ("version kept in English", MODELS, "He was central to the o1 and o3 models.", None),
    ("version bumped in English", MODELS, "He was central to the o1 and o4 models.", "o4"),
    # A Chinese person written in pinyin is that person; another pinyin name is not.
    ("person in pinyin", FOUNDER, "A conversation with Tao Ye.", None),
    ("another person in pinyin", FOUNDER, "A conversation with Wang Tao.", "Wang Tao"),
    ("chairman in pinyin", ROUND, "The company named Yin Qi chairman.", None),
    # A capitalised word after a lower-case "the" is the name alone.
    (
        "occupation before a name in lower case",
        "初创公司 Arcee AI 发布了新模型。",
        "The start-up Arcee AI released a new model.",
        None,
    ),
    # A hyphenated modifier is its name and the relation the sources state beside it
    # (类似 BERT 的, 由 AI 生成); another name, or a relation never stated, is flagged.
    ("X-like", "项目借鉴了类似 BERT 的思路。", "The project takes a BERT-like approach.", None),
    ("another X-like", "项目借鉴了类似 BERT 的思路。", "It takes a GPT-like approach.", "GPT-like"),
    ("AI-generated", GENERATED, "A fifth of the submissions were AI-generated.", None),
    (
        "AI-generated never said",
        "两成投稿使用了 AI 工具。",
        "A fifth of the submissions were AI-generated.",
        "AI-generated",
    ),
    # An acronym's expansion that translates, word by word, the source's Chinese.
    (
        "an acronym spelled out",
        "插件集成了 MCP（模型上下文协议）。",
        "The plug-in includes MCP (Model Context Protocol).",
        None,
    ),
    (
        "another expansion",
        "插件集成了 MCP（模型上下文协议）。",
        "The plug-in includes MCP (Model Control Protocol).",
        "Control",
    ),
    # A count written in figures is compared with the source's count.
    ("count in figures changed", RECORDER, "The tool records 7 activities at once.", "7"),
    # 大 after a numeral counts as 项 and 种 do (三大方向), 两大 too; it is compared only
    # with the sources' count of the same noun.
    ("两大 for 三大", "综述梳理了三大研究方向。", "综述梳理了两大研究方向。", "两大"),
    ("两大 of nothing counted", "谷歌和微软都发布了新模型。", "两大巨头都发布了新模型。", None),
    # A count spelled as an English word is compared with the sources' count of its noun,
    # in figures (5 种) or Chinese numerals (两个阶段, 双分支), or else with any value
    # they state (三天 for a three-day event).
    (
        "count spelled in English",
        RECORDER,
        "The tool records seven activities at once.",
        "seven activities",
    ),
    ("count spelled in English kept", RECORDER, "The tool records five activities at once.", None),
    ("stages spelled in English", STAGES, "The method works in three stages.", "three stages"),
    ("stages kept in English", STAGES, "The method works in two stages.", None),
    (
        "branches in a hyphenated count",
        BRANCHES,
        "The model fuses geometry and language in a three-branch design.",
        "three-branch",
    ),
    (
        "branches kept in a hyphenated count",
        BRANCHES,
        "The model fuses geometry and language in a two-branch design.",
        None,
    ),
    ("days spelled in English", "大会为期三天。", "The three-day conference opened.", None),
    (
        "a count of the text's own list",
        "谷歌发布了新模型和工具。",
        "Google released two things: a new model and tools.",
        None,
    ),
    (
        "a count of something else stated",
        "谷歌发布了新模型，售价 3 美元。",
        "Google released three models.",
        None,
    ),
    ("a count stated nowhere", "谷歌发布了新模型。", "Google released four models.", "four models"),
    # A role written in English is compared with the source's Chinese one, its name read
    # through the alias table (a Google vice president, 谷歌总监).
    (
        "role in English",
        DIRECTOR,
        "A Google vice president warns that testing is a must.",
        "vice president",
    ),
    ("role kept in English", DIRECTOR, "A Google director warns that testing is a must.", None),
    ("role changed in Chinese", DIRECTOR, "一位谷歌副总裁警告说测试不可少。", "副总裁"),
    # A product's head (the Studio of Mac Studio) is part of its name in English too.
    ("device swapped in English", DESK, "The assistant runs on a Mac Studio.", "Mac Studio"),
    # Universities, investors and companies by their usual English names (the alias table).
    (
        "a university's English name",
        "密歇根大学团队开发了新工具。",
        "The University of Michigan built a new tool.",
        None,
    ),
    (
        "an insurer in English",
        "投资方包括国寿和腾讯。",
        "The investors include China Life and Tencent.",
        None,
    ),
    (
        "a company's English name",
        "拓竹把 3D 打印机做得好用。",
        "Bambu Lab made 3D printers easy.",
        None,
    ),
    # An award named in English by its usual English name, word by word (金马: Golden
    # Horse, the glossary's words of names; eng25).
    ("an award in English", "李凯文曾是金马导演。", "Li Kaiwen was a Golden Horse director.", None),
]

KNOWN_GAPS = [
    # The segmenter glues an adverb and an adjective into a two-character word it tags a
    # person's name (尤 is "especially" here); a rule that read a two-character name after
    # a noun as its predicate also let 合作伙伴尤大 through, so it was not kept.
    ("尤大 from 危害尤大", "造假在癌症研究领域危害巨大。", "造假在癌症研究领域危害尤大。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh5_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh5_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
