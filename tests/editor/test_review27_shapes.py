"""The verifier on planted siblings of the rules the last stop merged (issue 11, review27):
generations and short years, an event's year in two digits, names retold word by word,
spelled-out acronyms, a company named by an everyday word, a place inside another body's
name, translated business qualifiers, 年化 and 季度, Fortune lists, Hong Kong, near-Opus and
versions said apart.  Each rule lets a text pass; each row here is a sibling where the same
shape carries a wrong name, number, year, company or period that must still be caught, or
a supported text of the same shape that must stay unflagged.

Each row is a source and a text a writer made from it (the sentences are ours).  ``wrong``
is the claim that must be flagged, as the verifier writes it, or None when the text states
nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets wrong; each says
why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

GOODS = "00后团队 Lumio 推出造物 Agent，可生成定制商品（如T恤、手机壳）。"
FOUNDER = "95后创始人王芳创办了 Lumio。"
PAPER = "论文入选 ICLR'26。"
KEYNOTE = "苹果在 WWDC 2025 上发布了新系统。"
REVENUE = "Lumio 年化收入 3 亿美元，其中 Orbit 编程工具年收入超 1 亿美元。"
SPLIT_YEAR = "Lumio 年化收入 3 亿美元，单季营收 1 亿美元。"
ADS = "Orbit 营收同比增长18%，其中广告业务收入增长12%。"
SEGMENTS = "Orbit 云业务收入增长40%，广告业务收入增长12%。"
CHIPS = "英伟达营收 570 亿美元，数据中心业务收入 512 亿美元。"
CUSTOMERS = "财富500强中已有 40 家使用 Lumio。"
LISTED = "Corvid 港股上市首日上涨 20%。"
STORAGE = "百度沧海·存储团队分享了其文件系统的演进。"
TEAM = "Lumio存储团队发布了新系统。"
RELEASE = "Manus 发布了 1.5 版本。"
CASES = [
    # A generation (00后, 95后) gives the year its people were born from: a year of births
    # only, not a founding's or any other event's year.
    ("born after a generation's year", GOODS, "Lumio's makers, born after 2000, built it.", None),
    ("a generation's -born year", GOODS, "Lumio, a team of 2000-born makers, built it.", None),
    ("a founding in a generation's year", GOODS, "Lumio was founded in 2000.", "2000"),
    ("since a generation's year", GOODS, "Since 2000, Lumio has made goods.", "2000"),
    ("a later generation", GOODS, "Lumio, a team born after 2005, makes goods.", "2005"),
    ("a founder's generation", FOUNDER, "Lumio's founder Wang Fang was born after 1995.", None),
    ("a founding in a founder's year", FOUNDER, "Wang Fang founded Lumio in 1995.", "1995"),
    ("another founder's generation", FOUNDER, "Wang Fang was born after 1990.", "1990"),
    # A short year (ICLR'26) is the event's year: another year or another event is not.
    ("a short year's other year", PAPER, "The paper made ICLR 2025.", "2025"),
    ("a short year's other event", PAPER, "The paper made NeurIPS 2026.", "NeurIPS"),
    # An event's year in two digits joined to its name (WWDC25) is its year; a number
    # apart from a name is a version, not a year (Lumio 20 is no Lumio 2020).
    ("an event's year in two digits", KEYNOTE, "Apple unveiled it at WWDC25.", None),
    ("an event's other year", KEYNOTE, "Apple unveiled it at WWDC24.", "WWDC24"),
    ("another event in two digits", KEYNOTE, "Apple unveiled it at CES25.", "CES25"),
    ("an event's year written out", "苹果在 WWDC25 上发布了新系统。", "At WWDC 2024.", "2024"),
    ("a version for a year", "Lumio 2020 年营收翻番。", "Lumio 20 doubled revenue.", "Lumio 20"),
    ("an apostrophe's year", "Apple 在 CES 2025 上发言。", "Apple spoke at CES '25.", None),
    # A period before a measure (年化, 单季, quarterly) is part of it: a figure the sources
    # give for one period is no figure for another.
    (
        "quarterly for annualised",
        REVENUE,
        "Lumio's quarterly revenue is $300 million.",
        "$300 million",
    ),
    ("monthly for annualised", REVENUE, "Lumio's monthly revenue is $300 million.", "$300 million"),
    (
        "quarterly given the year's",
        SPLIT_YEAR,
        "Lumio's quarterly revenue is $300 million.",
        "$300 million",
    ),
    (
        "annual given the quarter's",
        SPLIT_YEAR,
        "Lumio's annual revenue is $100 million.",
        "$100 million",
    ),
    ("the quarter's kept", SPLIT_YEAR, "Lumio's quarterly revenue is $100 million.", None),
    ("no period said", "Lumio 年化收入 3 亿美元。", "Lumio's revenue is $300 million.", None),
    (
        "a year's revenue as annual",
        "Lumio 2025年营收 3 亿美元。",
        "Lumio's annual revenue for 2025 was $300 million.",
        None,
    ),
    (
        "English annual in Chinese",
        "Lumio's annual revenue is $300 million.",
        "Lumio 年收入 3 亿美元。",
        None,
    ),
    (
        "English quarterly as 年收入",
        "Lumio's quarterly revenue is $300 million.",
        "Lumio 年收入 3 亿美元。",
        "3 亿美元",
    ),
    # An English business translating the Chinese one: not a word the glossary translates
    # otherwise (cloud is 云, gaming 游戏), and the translated business's figure is its own
    # even where the company's whole measure has the text's.
    ("another business", ADS, "Orbit's cloud revenue rose 12%.", "12%"),
    (
        "another business beside the total",
        ADS,
        "Orbit's revenue rose 18%, and its cloud revenue rose 12%.",
        "12%",
    ),
    ("the business translated", ADS, "Orbit's advertising revenue rose 12%.", None),
    ("the business given the total's", ADS, "Orbit's advertising revenue rose 18%.", "18%"),
    (
        "a word the glossary lacks",
        "Orbit 广告业务收入增长12%。",
        "Orbit's marketing revenue rose 12%.",
        None,
    ),
    ("one business of two", SEGMENTS, "Orbit's cloud revenue rose 40%.", None),
    ("two businesses swapped", SEGMENTS, "Orbit's cloud revenue rose 12%.", "12%"),
    ("a data center translated", CHIPS, "Nvidia's data center revenue was $51.2 billion.", None),
    (
        "gaming for data center",
        CHIPS,
        "Nvidia's gaming revenue was $51.2 billion.",
        "$51.2 billion",
    ),
    ("the total for data center", CHIPS, "Nvidia's revenue was $51.2 billion.", "$51.2 billion"),
    (
        "data center for the total",
        CHIPS,
        "Nvidia's data center revenue was $57 billion.",
        "$57 billion",
    ),
    # A place's university where the sources write the place inside another body's name,
    # said with a possessive too.
    (
        "a place's other university, possessive",
        "东京工业大学团队开源了模型。",
        "The University of Tokyo's team open-sourced a model.",
        "University of Tokyo's",
    ),
    (
        "the place's university, possessive",
        "东京大学团队开源了模型。",
        "The University of Tokyo's team open-sourced a model.",
        None,
    ),
    (
        "place and body swapped",
        "东京工业大学团队开源了模型。",
        "Tokyo University open-sourced a model.",
        "Tokyo University",
    ),
    (
        "another university of the place",
        "东京理科大学团队开源了模型。",
        "The University of Tokyo open-sourced a model.",
        "University of Tokyo",
    ),
    (
        "a place's school",
        "斯坦福医学院发布了新论文。",
        "Stanford University released a paper.",
        "Stanford University",
    ),
    # Fortune is the magazine 《财富》 and its lists (财富500强): 财富 alone is wealth.
    ("a Fortune list", CUSTOMERS, "40 of the Fortune 500 use Lumio.", None),
    (
        "the magazine by its title",
        "《财富》杂志将 Lumio 评为第一。",
        "Fortune ranked Lumio first.",
        None,
    ),
    (
        "a world list",
        "财富世界500强中已有 40 家使用 Lumio。",
        "40 of the Fortune 500 use Lumio.",
        None,
    ),
    ("another list's number", CUSTOMERS, "40 of the Fortune 50 use Lumio.", "Fortune 50"),
    (
        "wealth for the magazine",
        "Lumio 推出了财富管理助手。",
        "Lumio was ranked by Fortune as a top startup.",
        "Fortune",
    ),
    # Hong Kong for 港股; another place is not.
    ("another exchange's city", LISTED, "Corvid listed in Shenzhen.", "Shenzhen"),
    (
        "a port for Hong Kong",
        "Lumio 在新加坡港口部署了机器人。",
        "Lumio works in Hong Kong.",
        "Hong Kong",
    ),
    (
        "a place's university for 港股",
        LISTED,
        "Hong Kong University researchers joined Corvid.",
        "Hong Kong University",
    ),
    # A name retold word by word: each word in its place, none another's.
    ("a retold name's other word", STORAGE, "Baidu's Canghai Robot team spoke.", "Canghai Robot"),
    ("a word added", STORAGE, "Baidu's Canghai Storage Lab spoke.", "Canghai Storage Lab"),
    ("a number added", STORAGE, "Baidu's Canghai Storage 2 team spoke.", "Canghai Storage 2"),
    ("one character's pinyin", STORAGE, "Baidu's Cang Storage team spoke.", "Cang Storage"),
    ("the sources' Latin word", TEAM, "The Lumio Storage team released a system.", None),
    (
        "the Latin word's other",
        TEAM,
        "The Corvid Storage team released a system.",
        "Corvid Storage",
    ),
    ("a translation's other", TEAM, "The Lumio Vision team released a system.", "Lumio Vision"),
    (
        "the words apart",
        "Lumio 发布了存储系统。",
        "The Lumio Storage system is out.",
        "Lumio Storage",
    ),
    # A spelled-out acronym: the acronym itself the sources' and each word theirs.
    (
        "another acronym spelled",
        "Lumio 的技能可与 MCP 等协议互补。",
        "Its skills complement the Agent to Agent (A2A) protocol.",
        "A2A",
    ),
    (
        "a word the sources lack",
        "Lumio 的技能可与 MCP 等协议互补。",
        "Its skills complement the Media Content Platform (MCP).",
        "Media",
    ),
    (
        "a religion the sources lack",
        "文章借用佛教概念。",
        "The piece borrows Taoist ideas.",
        "Taoist",
    ),
    # A company named by an everyday word before a news verb, its word checked.
    (
        "an everyday company, AI added",
        "公司完成新一轮融资。",
        "Figure AI raised new funds.",
        "Figure AI",
    ),
    (
        "an everyday company with has",
        "Lumio 完成10亿美元融资。",
        "Figure has raised $1 billion.",
        "Figure",
    ),
    ("an everyday company acquiring", "Lumio 收购了 Corvid。", "Figure acquired Corvid.", "Figure"),
    (
        "the table's longer name",
        "Figure AI 完成 10 亿美元融资。",
        "Figure raised $1 billion.",
        None,
    ),
    # A version said apart from its name: only that version of that name.
    ("a version said apart", RELEASE, "Manus 1.5 is out.", None),
    ("another version said apart", RELEASE, "Manus 1.6 is out.", "Manus 1.6"),
    (
        "a multiple for a version",
        "Manus 用户增长 1.5 倍，新版本上线。",
        "Manus 1.5 is out.",
        "Manus 1.5",
    ),
    (
        "another name after near-",
        "Corvid 的新模型编码能力接近 Opus。",
        "Corvid's model is near-Opus and beats Gemini.",
        "Gemini",
    ),
    # 周活 is a measure; its figure is still compared.
    ("weekly users", "Lumio 周活达 7 亿。", "Lumio 周活超 7 亿。", None),
    ("weekly users' other figure", "Lumio 周活达 7 亿。", "Lumio 周活达 8 亿。", "8 亿"),
    (
        "weekly users in English, another figure",
        "Lumio 周活达 7 亿。",
        "Lumio has 800 million weekly active users.",
        "800 million",
    ),
]

KNOWN_GAPS = [
    # A count with no unit (7 亿 users) is no figure of a measure (_conflicts reads figures
    # with a unit), and the sources' 周活 7 亿 binds the value to no measure the moved
    # check knows: weekly users given as monthly or daily are not compared.
    ("monthly for weekly users", "Lumio 周活达 7 亿。", "Lumio 月活达 7 亿。", "7 亿"),
    (
        "monthly for weekly users in English",
        "Lumio 周活达 7 亿。",
        "Lumio has 700 million monthly active users.",
        "700 million",
    ),
    # A product head the name table calls generic (Cloud, of Google Cloud) is dropped from
    # a Latin name before it is checked, so Canghai Cloud is read as Canghai, the pinyin of
    # the sources' 沧海.
    (
        "a generic word for a retold one",
        STORAGE,
        "Baidu's Canghai Cloud team spoke.",
        "Canghai Cloud",
    ),
    # A word too ordinary to be a name anywhere (STOPWORDS: multi, model, agent) may spell
    # an acronym's letter, since the sources rarely write the words of an acronym they
    # use: an invented expansion of such words passes.
    (
        "an ordinary word spelling a letter",
        "Lumio 的技能可与 MCP 等协议互补。",
        "Its skills complement the Multi Context Protocol (MCP).",
        "Multi",
    ),
    # Between two English texts the company's name is a qualifying word both share, so
    # Orbit's cloud and advertising revenues are one measure.
    (
        "another business in English",
        "Orbit's cloud revenue rose 12%.",
        "Orbit's advertising revenue rose 12%.",
        "12%",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review27_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_review27_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
