"""The verifier on English texts written from Chinese sources (issue 11, eng25): names the
sources give only in Chinese, retold in English word by word; ordinary words English
capitalises; acronyms spelled out; a company named by an everyday word.

Each rule has rows it accepts and sibling rows where the same shape carries an invented
or changed claim that must still be caught.  Each row is a source and a text a writer
made from it (the sentences are ours).  ``wrong`` is the claim that must be flagged, as
the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._chinese_names import chinese_names

STORAGE = "百度沧海·存储团队分享了其文件系统的演进。"
DRINKS = "东鹏特饮的销量很可能已超过华彬红牛。"
POOR = "Lumio 为“GPU穷人”开发者开辟市场。"
PLUS = "Lumio 向“AI+终端”场景延伸。"
AWARD = "李凯文曾是金马导演。"
BUDDHA = "文章借用佛教概念探讨 AI 与人的关系。"
MCP = "Lumio 的技能可与 MCP 等协议互补。"
GOODS = "00后团队 Lumio 推出造物 Agent，可生成定制商品（如T恤、手机壳）。"
MODEL = "据悉，Lumio 发布了新模型。"
FUNDING = "公司完成新一轮融资。"
DESIGN = "Lumio 发布新系统，引入“液态玻璃”设计语言。"
CASES = [
    # A name half in pinyin and half translated, word by word and in order, retells the
    # sources' name (a name dot between its parts is no word); a word that reads or
    # translates nothing there, a name whose parts stand apart or in another order, is
    # another name.
    ("pinyin and a translation", STORAGE, "Baidu's Canghai Storage team spoke.", None),
    (
        "a design's name translated",
        DESIGN,
        "Lumio's new system brings a Liquid Glass design.",
        None,
    ),
    (
        "a design's name, one word another's",
        DESIGN,
        "Lumio's new system brings a Liquid Metal design.",
        "Liquid Metal",
    ),
    ("the pinyin changed", STORAGE, "Baidu's Lingbo Storage team spoke.", "Lingbo Storage"),
    (
        "the translation another word's",
        "百度沧海·科技团队分享了其文件系统的演进。",
        "Baidu's Canghai Storage team spoke.",
        "Canghai Storage",
    ),
    (
        "the parts apart",
        "百度存储团队分享了沧海的文件系统。",
        "Baidu's Canghai Storage team spoke.",
        "Canghai Storage",
    ),
    (
        "the parts reordered",
        "百度存储沧海团队分享了其文件系统的演进。",
        "Baidu's Canghai Storage team spoke.",
        "Canghai Storage",
    ),
    ("a product of three words", DRINKS, "Dongpeng Special Drink leads the market.", None),
    (
        "a product's word changed",
        DRINKS,
        "Dongpeng Energy Drink leads the market.",
        "Dongpeng Energy Drink",
    ),
    (
        "a product's pinyin changed",
        DRINKS,
        "Dongfang Special Drink leads the market.",
        "Dongfang Special Drink",
    ),
    # A hyphenated word is read the same, part by part: the sources' own Latin word, a sign
    # spelled as a word (AI+), a translated word.
    ("a Latin word and a translation", POOR, "Lumio wins GPU-poor developers.", None),
    (
        "the translation's opposite",
        "Lumio 为“GPU富人”开发者开辟市场。",
        "Lumio wins GPU-poor developers.",
        "GPU-poor",
    ),
    ("the Latin word changed", POOR, "Lumio wins TPU-poor developers.", "TPU-poor"),
    ("a letter and a translation", GOODS, "Lumio's agent makes goods such as a T-shirt.", None),
    (
        "a letter the sources do not write",
        "Lumio 推出造物 Agent，可生成定制衬衫。",
        "Lumio's agent makes goods such as a T-shirt.",
        "T-shirt",
    ),
    ("a sign as a word", PLUS, "Lumio is extending into AI-plus-devices.", None),
    ("a sign's other word", PLUS, "Lumio is extending into AI-plus-cars.", "AI-plus-cars"),
    # A name all translated: the glossary's words names are made of.
    ("an award translated", AWARD, "Li Kaiwen was a Golden Horse director.", None),
    ("an award's word changed", AWARD, "Li Kaiwen was a Silver Horse director.", "Silver Horse"),
    (
        "an award's other animal",
        AWARD,
        "Li Kaiwen was a Golden Rooster director.",
        "Golden Rooster",
    ),
    # One capitalised word English capitalises, translating a word of the sources, is no
    # name; another such word, or one joined to a name, is checked.
    ("a religion's adjective", BUDDHA, "The piece borrows Buddhist ideas.", None),
    (
        "a religion the sources do not name",
        "文章借用哲学概念探讨 AI 与人的关系。",
        "The piece borrows Buddhist ideas.",
        "Buddhist",
    ),
    ("another religion", BUDDHA, "The piece borrows Christian ideas.", "Christian"),
    (
        "the word in a name",
        BUDDHA,
        "The piece borrows Lumio Buddhist ideas.",
        "Lumio Buddhist",
    ),
    # An acronym the sources write, spelled out before it in brackets: each word opens
    # with its letter and is a word the sources support; another acronym, a letter that
    # spells another one, or a word the sources never state is flagged.
    (
        "an acronym spelled out",
        MCP,
        "Its skills complement the Model Context Protocol (MCP).",
        None,
    ),
    (
        "an acronym the sources lack",
        "Lumio 的技能可与 A2A 等协议互补。",
        "Its skills complement the Model Context Protocol.",
        "Protocol",
    ),
    (
        "words whose one-character Chinese is in any date",
        "Lumio 于 5 月 3 日发布 MSA 框架。",
        "Lumio released the Moon Sun Alliance (MSA) framework.",
        "Moon Sun Alliance",
    ),
    (
        "a word of another letter",
        MCP,
        "Its skills complement the Agent Context Protocol (MCP).",
        "Protocol",
    ),
    (
        "a word the sources never state",
        MCP,
        "Its skills complement the Model Control Protocol (MCP).",
        "Control",
    ),
    # A generation by the years of its births (00后, 90后) gives the year it starts from.
    ("a generation's year", GOODS, "Lumio, a team born after 2000, makes goods.", None),
    ("another generation's year", GOODS, "Lumio, a team born after 1990, makes goods.", "1990"),
    # A generation gives a year, never a count: 00后 states no "2000 makers".
    ("a generation's year as a count", GOODS, "Lumio's 2000 makers built the agent.", "2000"),
    ("a short year as a count", "论文入选 ICLR'26。", "The lab has 2026 papers.", "2026"),
    ("a short year after its event", "论文入选 ICLR'26。", "The paper made ICLR 2026.", None),
    (
        "a generation of the last century",
        "90后团队 Lumio 推出新产品。",
        "Lumio, a team born after 1990, launched a product.",
        None,
    ),
    # A university or institute named by its place is a body the sources name: not when
    # they write the place only inside another body's name.
    (
        "a place's other university",
        "东京工业大学团队开源了模型。",
        "The University of Tokyo open-sourced a model.",
        "University of Tokyo",
    ),
    (
        "the place's university",
        "东京大学团队开源了模型。",
        "The University of Tokyo open-sourced a model.",
        None,
    ),
    (
        "a longer name of the body",
        "东京工业大学团队开源了模型。",
        "The Tokyo Institute of Technology open-sourced a model.",
        None,
    ),
    (
        "a place's institute",
        "普林斯顿高等研究院发布了新论文。",
        "Princeton University released a paper.",
        "Princeton University",
    ),
    (
        "the table's university before its school",
        "北京大学计算机学院的团队发布了新模型。",
        "Peking University released a model.",
        None,
    ),
    (
        "a place alone",
        "斯坦福的团队让机器人学会了唇语。",
        "A Stanford University team spoke.",
        None,
    ),
    # An everyday word opening an English sentence before a verb of a company's news is a
    # company (a singular noun would take an article): checked as a name, its word too.
    ("a company the sources name", "Figure 完成新一轮融资。", "Figure raised new funds.", None),
    ("a company the sources lack", FUNDING, "Figure raised new funds.", "Figure"),
    ("a company and AI", "Scale AI 发布了新模型。", "Scale AI released a new model.", None),
    ("a company and AI swapped", FUNDING, "Scale AI raised new funds.", "Scale AI"),
    ("an -ing company", MODEL, "Sterling AI launched a new model.", "Sterling AI"),
    ("an -s company and AI", FUNDING, "Genesis AI raised new funds.", "Genesis AI"),
    ("an -s company and AI named", "Genesis AI 完成融资。", "Genesis AI raised new funds.", None),
    ("a plural before the verb", MODEL, "Researchers released a new Lumio model.", None),
    ("a bar raised", "公司今年营收翻番。", "Figure raised the bar this year.", None),
    ("an everyday word before another verb", MODEL, "Scale matters, Lumio says.", None),
    ("a pinyin company", "蓝芯发布了新模型。", "Lanxin released a new model.", None),
    ("a pinyin company changed", "蓝芯发布了新模型。", "Lanxing released a new model.", "Lanxing"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_english_names25(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("智谱AI发布了新模型。", ["智谱AI"]),
        ("智谱AIGC平台上线。", ["智谱"]),  # not the table's 智谱AI inside a longer Latin word
        ("他在B站发布视频。", ["B站"]),
        ("他在AB站发布视频。", []),
        ("前卡帕西团队成员加入。", ["卡帕西"]),  # a Chinese edge stays open
    ],
)
def test_table_names_whole_at_a_latin_edge(sentence: str, names: list[str]) -> None:
    assert [sentence[a:b] for a, b in chinese_names(sentence)] == names
