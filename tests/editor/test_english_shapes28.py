"""The verifier on English shapes and counts found by probing (issue 11, eng28): title-case
headlines, a title before a person's name, multiples (tripled, 翻倍, 增长两倍, halved),
Chinese counts past 九十九 (二十座, 两百台, 一千家) and totals to date.

Each row is a source and a text a writer made from it (the sentences are ours); ``wrong``
is the claim that must be flagged, as the verifier writes it, or None when the text states
nothing the source lacks.  Every rule has rows it accepts and sibling rows where the same
shape carries a changed claim that must still be caught.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._multiples import multiple_of, stated_multiples

EARNINGS = "英伟达数据中心业务需求强劲，推动公司营收增长。"
LAUNCH = "OpenAI 发布了新的推理模型。"
GEMINI = "谷歌发布 Gemini 3 模型，推理能力更强。"
CEO_SAYS = "黄仁勋表示，数据中心需求依然强劲。"
TITLE_CASE = [
    # In a line where most words are capitalised, an everyday English word is capitalised
    # by the line, not by being a name; a real name in it still is one.
    ("everyday words of a headline", EARNINGS, "Nvidia Revenue Rises on Data Center Demand", None),
    (
        "the company swapped",
        "AMD 数据中心业务需求强劲，推动公司营收增长。",
        "Nvidia Revenue Rises on Data Center Demand",
        "Nvidia",
    ),
    ("a launch headline", LAUNCH, "OpenAI Launches New Reasoning Model", None),
    (
        "the launch's maker swapped",
        "Anthropic 发布了新的推理模型。",
        "OpenAI Launches New Reasoning Model",
        "OpenAI",
    ),
    ("a model named", GEMINI, "Google Unveils Gemini 3 With Stronger Reasoning", None),
    ("a model swapped", GEMINI, "Google Unveils Claude 3 With Stronger Reasoning", "Claude 3"),
    ("a person named", CEO_SAYS, "Jensen Huang Says Data Center Demand Remains Strong", None),
    (
        "a person swapped",
        "苏姿丰表示，数据中心需求依然强劲。",
        "Jensen Huang Says Data Center Demand Remains Strong",
        "Jensen Huang",
    ),
    ("an invented company", LAUNCH, "Zentrix Launches New Reasoning Model", "Zentrix"),
]

PREMIER = "国务院总理李强表示，人工智能将改变经济。"
WONG = "Singapore Prime Minister Lawrence Wong said AI will change the economy."
DALLY = "英伟达首席科学家 Bill Dally 在会上发言。"
ZHANG = "清华大学教授张亚勤在论坛上发言。"
SMITH = "Jane Smith, who leads Lumio's research, spoke at the forum."
TITLES = [
    # A title before a person's name splits from it: the person is compared alone (in any
    # spelling the sources allow), the title as the role it is.
    ("a premier", PREMIER, "Premier Li Qiang said AI will change the economy.", None),
    ("a prime minister", PREMIER, "Prime Minister Li Qiang said AI will change the economy.", None),
    (
        "another premier",
        PREMIER,
        "Prime Minister Li Keqiang said AI will change the economy.",
        "Li Keqiang",
    ),
    ("a title the source gives", WONG, "Prime Minister Lawrence Wong said so.", None),
    ("the person's role changed", WONG, "President Lawrence Wong said so.", "President"),
    ("the person changed", WONG, "Prime Minister Lawrence Tan said so.", "Lawrence Tan"),
    ("a chief scientist", DALLY, "Chief Scientist Bill Dally spoke at the event.", None),
    ("the chief scientist made CEO", DALLY, "CEO Bill Dally spoke at the event.", "CEO"),
    ("a professor", ZHANG, "Professor Zhang Yaqin spoke at the forum.", None),
    ("a doctor", ZHANG, "Dr Zhang Yaqin spoke at the forum.", None),
    ("the professor's name changed", ZHANG, "Professor Zhang Yaqing spoke.", "Zhang Yaqing"),
    ("a minister of a field", SMITH, "Minister of Digital Development Jane Smith spoke.", None),
    (
        "a minister named otherwise",
        SMITH,
        "Minister for Digital Affairs Jane Smyth spoke.",
        "Jane Smyth",
    ),
]

MULTIPLES = [
    # A multiple is compared with the sources' multiples, in words, figures or as a change
    # by a share.  增长两倍 reads as doubled or tripled (module docstring).
    ("doubled for 翻倍", "公司营收同比翻倍。", "Revenue doubled from a year earlier.", None),
    ("tripled for 翻倍", "公司营收同比翻倍。", "Revenue tripled from a year earlier.", "tripled"),
    ("threefold for 翻倍", "公司营收同比翻倍。", "Revenue grew threefold.", "threefold"),
    ("three times for 翻倍", "公司营收同比翻倍。", "Revenue grew three times.", "three times"),
    ("tripled for 三倍", "公司营收是去年的三倍。", "Revenue tripled from a year earlier.", None),
    (
        "doubled for 三倍",
        "公司营收是去年的三倍。",
        "Revenue doubled from a year earlier.",
        "doubled",
    ),
    ("tripled for 增长两倍", "公司营收同比增长两倍。", "Revenue tripled.", None),
    ("doubled for 增长两倍", "公司营收同比增长两倍。", "Revenue doubled.", None),
    ("three times for 增长两倍", "公司营收同比增长两倍。", "Revenue grew three times.", None),
    ("quadrupled for 增长两倍", "公司营收同比增长两倍。", "Revenue quadrupled.", "quadrupled"),
    ("halved for 减半", "公司的推理成本减半。", "Inference costs were halved.", None),
    ("halved for 下降50%", "公司的推理成本下降50%。", "Inference costs were halved.", None),
    ("halved for 减少三成", "公司的推理成本减少三成。", "Inference costs were halved.", "halved"),
    ("doubled for up 100%", "Revenue was up 100% on the year.", "Revenue doubled.", None),
    (
        "doubled for two figures",
        "营收从5亿元增至10亿元。",
        "Revenue doubled to 1 billion yuan.",
        None,
    ),
    ("a word where none is stated", "公司营收创新高。", "Revenue doubled.", None),
    ("提升31倍 for 提升30倍", "推理效率提升了30倍。", "推理效率提升了31倍。", "提升了31倍"),
    ("翻倍 for 倍增", "出货量将环比倍增，营收增长11%。", "出货量将环比翻倍。", None),
    ("tripled for 倍增", "出货量将环比倍增，营收增长11%。", "Shipments tripled.", "tripled"),
    ("doubled down: no multiple", "Lumio 营收增长30%。", "Lumio doubled down on AI.", None),
    # a Chinese text against English sources
    ("翻倍 for doubled", "Revenue doubled on the year.", "营收同比翻倍。", None),
    ("翻倍 for tripled", "Revenue tripled on the year.", "营收同比翻倍。", "翻倍"),
    ("三倍 for tripled", "Revenue tripled on the year.", "营收是去年的三倍。", None),
    ("增长三倍 for tripled", "Revenue tripled on the year.", "营收增长三倍。", None),
    ("3倍 for doubled", "Revenue doubled on the year.", "营收是去年的3倍。", "3倍"),
    ("三倍 where none is stated", "Revenue hit a record.", "营收是去年的三倍。", "三倍"),
]

COUNTS = [
    # A Chinese count past 九十九 or of 二十 is read as 三十 is: the sources must give it.
    ("二十座 for 十座", "公司建成十座数据中心。", "公司建成二十座数据中心。", "二十座"),
    ("二十座 for 20座", "公司建成20座数据中心。", "公司建成二十座数据中心。", None),
    ("二十座 for twenty", "It has built twenty data centers.", "公司建成二十座数据中心。", None),
    ("一百座 for 50座", "公司建成50座数据中心。", "公司建成一百座数据中心。", "一百座"),
    ("一百座 for 100座", "公司建成100座数据中心。", "公司建成一百座数据中心。", None),
    ("两百台 for 300台", "公司部署了300台机器人。", "公司部署了两百台机器人。", "两百台"),
    ("两百台 for 200台", "公司部署了200台机器人。", "公司部署了两百台机器人。", None),
    ("一千家 for 500家", "公司有500家企业客户。", "公司有一千家企业客户。", "一千家"),
    ("一千家 for 1000家", "公司有1000家企业客户。", "公司有一千家企业客户。", None),
    ("三百五十家 for 350家", "公司有350家企业客户。", "公司有三百五十家企业客户。", None),
    ("上百家: no count", "公司有500家企业客户。", "公司有上百家企业客户。", None),
    ("二十多家: about twenty", "公司有500家企业客户。", "公司有二十多家企业客户。", "二十多家"),
]

ROUND = "Lumio 完成 5000 万美元 B 轮融资，累计融资总额达 8000 万美元。"
ROUND_EN = (
    "Lumio raised $50 million in a Series B round, bringing its total funding to $80 million."
)
ONLY_ROUND = "Lumio 完成 8000 万美元 B 轮融资。"
TOTALS = [
    # A total to date is no new amount.
    (
        "the round and the total",
        ROUND,
        "Lumio raised $50 million, bringing its total to $80 million.",
        None,
    ),
    ("the total as a round", ROUND, "Lumio raised $80 million in a Series B round.", "$80 million"),
    ("the total as a round, in Chinese", ROUND, "Lumio 完成 8000 万美元 B 轮融资。", "8000 万美元"),
    (
        "the total as a round, English source",
        ROUND_EN,
        "Lumio raised $80 million in its Series B.",
        "$80 million",
    ),
    ("a total to date", ROUND_EN, "Lumio has raised $80 million to date.", None),
    # a round the sources give may be all a young company has raised: a text's total
    # beside it is not flagged
    (
        "a round named as a total",
        ONLY_ROUND,
        "Lumio has raised $80 million to date.",
        None,
    ),
    (
        "a total of one round",
        ONLY_ROUND,
        "Lumio raised a total of $80 million in its Series B.",
        None,
    ),
    (
        "a share of the total",
        "Lumio 营收 10 亿元，其中生成式 AI 业务收入 7.7 亿元，占总收入的 77%。",
        "Lumio's generative AI unit brought in 770 million yuan, 77% of the total.",
        None,
    ),
    (
        "a total of revenue",
        "Lumio 累计营收达 8000 万美元。",
        "Lumio's revenue reached $80 million.",
        None,
    ),
]


def _rows(table: list[tuple[str, str, str, str | None]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("source", "text", "wrong"), [row[1:] for row in table], ids=[row[0] for row in table]
    )


@_rows(TITLE_CASE)
def test_title_case_headlines(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@_rows(TITLES)
def test_titles_before_names(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@_rows(MULTIPLES)
def test_multiples(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@_rows(COUNTS)
def test_chinese_counts_past_ninety_nine(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@_rows(TOTALS)
def test_totals_to_date(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("words", "multiple"),
    [
        ("tripled", {3.0}),
        ("threefold", {3.0}),
        ("3-fold", {3.0}),
        ("halved", {0.5}),
        ("cut in half", {0.5}),
        ("翻一番", {2.0}),
        ("翻两番", {4.0}),
        ("增长两倍", {2.0, 3.0}),  # grown by two times, or to two times
        ("是去年的三倍", None),  # not a multiple's words alone
        ("三倍", {3.0}),
        ("double", None),  # a kind ("a double win"), no change
    ],
)
def test_multiple_words(words: str, multiple: set[float] | None) -> None:
    assert multiple_of(words) == (None if multiple is None else frozenset(multiple))


def test_changes_by_a_share_are_multiples() -> None:
    assert stated_multiples("营收增长100%，成本减少三成，用户下降50%。") == {2.0, 0.7, 0.5}
