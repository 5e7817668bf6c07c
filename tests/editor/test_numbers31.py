"""The verifier on runs of days, shares said in words, hyphenated scales, spelled-out
counts and places given as the largest: each a shape a writer changed and the verifier let
pass (or a right retelling it flagged), with the forms that say the same.

Each row is a source, a text a writer made from it (the sentences are ours), and the
claim that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

OPEN = "门店周一至周五营业。"
OPEN_EN = "The store opens Monday to Friday."
DAYS = [
    ("Monday to Friday for 周一至周五", OPEN, OPEN_EN, None),
    ("weekdays for 周一至周五", OPEN, "The store opens on weekdays.", None),
    ("Monday-Friday for 周一至周五", OPEN, "The store opens Monday-Friday.", None),
    ("周一到周五 for Monday through Friday", OPEN_EN, "门店周一到周五营业。", None),
    ("工作日 for Monday to Friday", OPEN_EN, "门店工作日营业。", None),
    ("a day inside the run", OPEN, "The store is open on Thursday.", None),
    ("周一到周三 for Monday to Friday", OPEN_EN, "门店周一到周三营业。", "周一到周三"),
    (
        "Monday to Wednesday for 周一至周五",
        OPEN,
        "The store opens Monday to Wednesday.",
        "Monday to Wednesday",
    ),
    ("周二至周五 for Monday to Friday", OPEN_EN, "门店周二至周五营业。", "周二至周五"),
    ("Monday to Friday for 周一至周三", "门店周一至周三营业。", OPEN_EN, "Monday to Friday"),
    ("weekends for 周一至周五", OPEN, "The store opens at weekends.", "weekends"),
    ("weekdays for 周末", "门店周末营业。", "The store opens on weekdays.", "weekdays"),
    ("工作日 for 周六", "门店周六营业。", "门店工作日营业。", "工作日"),
    (
        "周末 for Saturday and Sunday",
        "The store opens on Saturday and Sunday.",
        "门店周末营业。",
        None,
    ),
    ("周末 for 周六", "新品于周六发布。", "新品于周末发布。", None),
    ("工作日志 is a log", "公司周六发布公告。", "公司周六发布了工作日志。", None),
    ("no day in the sources", "门店今天开业。", "门店周一至周三营业。", None),
]

EVENT = "活动于3月1日至5日举行。"
DATES = [
    ("March 1-5 for 3月1日至5日", EVENT, "The event runs March 1-5.", None),
    ("1-5 March for 3月1日至5日", EVENT, "The event runs 1-5 March.", None),
    (
        "3月1日至3月5日 for March 1-5",
        "The event runs March 1-5.",
        "活动于3月1日至3月5日举行。",
        None,
    ),
    ("March 1-7 for 3月1日至5日", EVENT, "The event runs March 1-7.", "7"),
    ("1-7 March for 3月1日至5日", EVENT, "The event runs 1-7 March.", "7 March."),
    ("April for March", EVENT, "The event runs April 1-5.", "April 1"),
]

USERS = "{}用户每天使用。"
SHARES = [
    ("half for 五成", USERS.format("五成"), "Half of users use it daily.", None),
    ("half for 50%", USERS.format("50%的"), "Half of users use it daily.", None),
    ("half for 半数", USERS.format("半数"), "Half of users use it daily.", None),
    ("半数 for half", "Half of users use it daily.", USERS.format("半数"), None),
    ("五成 for half", "Half of users use it daily.", USERS.format("五成"), None),
    ("half for 三成", USERS.format("三成"), "Half of users use it daily.", "Half"),
    ("half for 30%", USERS.format("30%的"), "Half of users use it daily.", "Half"),
    ("半数 for 七成", USERS.format("七成"), USERS.format("半数"), "半数"),
    ("一半 for 七成", USERS.format("七成"), USERS.format("一半"), "一半"),
    ("近一半 for 48%", USERS.format("48%的"), USERS.format("近一半"), None),
    ("a quarter for 两成半", USERS.format("两成半的"), "A quarter of users use it daily.", None),
    ("两成半 for 25%", USERS.format("25%的"), USERS.format("两成半的"), None),
    ("七成半导体企业 is 70%", "七成半导体企业亏损。", "70% of chip firms lost money.", None),
    ("one in four for 25%", USERS.format("25%的"), "One in four users uses it daily.", None),
    (
        "one in three for 五成",
        USERS.format("五成"),
        "One in three users uses it daily.",
        "One in three",
    ),
    (
        "more than half for 七成",
        USERS.format("七成"),
        "More than half of users use it daily.",
        None,
    ),
    ("a majority for 过半", USERS.format("过半"), "A majority of users use it daily.", None),
    (
        "过半 for more than half",
        "More than half of users use it daily.",
        USERS.format("过半"),
        None,
    ),
    ("超过半数 for 70%", USERS.format("70%的"), USERS.format("超过半数"), None),
    (
        "the majority for 大部分",
        "大部分资金用于研发，营收增长 30%。",
        "The majority of the money goes to research.",
        None,
    ),
    (
        "more than half for 三成",
        USERS.format("三成"),
        "More than half of users use it daily.",
        "More than half",
    ),
    (
        "a majority for 三成",
        USERS.format("三成"),
        "A majority of users use it daily.",
        "A majority of",
    ),
    ("most of for 七成", USERS.format("七成"), "Most of the users use it daily.", None),
    ("most of for 三成", USERS.format("三成"), "Most of the users use it daily.", "Most of"),
    (
        "most of for 主要",
        "营收增长 30%，主要来自海外。",
        "Most of the revenue came from abroad.",
        None,
    ),
    (
        "most of the time is no share",
        "营收增长 30%。",
        "It works most of the time; revenue grew 30%.",
        None,
    ),
    ("过半 for 超过 50%", USERS.format("超过 50% 的"), USERS.format("过半"), None),
    ("过半 for 30%", USERS.format("30%的"), USERS.format("过半"), "过半"),
    ("半数以上 for 三成", USERS.format("三成"), USERS.format("半数以上"), "半数以上"),
    ("过半 for a third", "A third of users use it daily.", USERS.format("过半"), "过半"),
    (
        "less than half for 七成",
        USERS.format("七成"),
        "Less than half of users use it daily.",
        "Less than half",
    ),
    ("不到一半 for 三成", USERS.format("三成"), USERS.format("不到一半"), None),
    (
        "half with no share in the sources",
        "公司有 200 名员工，其中 100 名从事研发。",
        "Half of its staff work on research.",
        None,
    ),
    (
        "halved holds half",
        "成本减半，营收增长 30%。",
        "Costs fell to half of what they were.",
        None,
    ),
    (
        "the second half of the year",
        "营收增长 30%。",
        "Revenue grew 30% in the second half of the year.",
        None,
    ),
    (
        "over half an hour is a span",
        "会议持续 40 分钟，参会率 30%。",
        "The meeting ran for over half an hour, with 30% attending.",
        None,
    ),
    ("另一半 is a partner", "营收增长 30%。", "他感谢了另一半的支持，营收增长 30%。", None),
]

SCALES = [
    (
        "two-billion-dollar for 20 亿美元",
        "公司获得 20 亿美元投资。",
        "It won a two-billion-dollar investment.",
        None,
    ),
    (
        "two-billion-dollar for 30 亿美元",
        "公司获得 30 亿美元投资。",
        "It won a two-billion-dollar investment.",
        "two-billion-dollar",
    ),
    (
        "300-billion-parameter for 3000 亿",
        "模型拥有 3000 亿参数。",
        "It is a 300-billion-parameter model.",
        None,
    ),
    (
        "30-billion-parameter for 3000 亿",
        "模型拥有 3000 亿参数。",
        "It is a 30-billion-parameter model.",
        "30-billion",
    ),
    (
        "$2-billion for 20 亿美元",
        "公司获得 20 亿美元投资。",
        "It won a $2-billion investment.",
        None,
    ),
    ("10-fold for 10 倍", "性能提升 10 倍。", "Performance rose 10-fold.", None),
    ("20-fold for 10 倍", "性能提升 10 倍。", "Performance rose 20-fold.", "20-fold"),
]

CHIPS = "该公司是全球{}芯片厂商。"
CHIPS_EN = "It is the world's {} chipmaker."
PLACES = [
    ("second-largest for 第二大", CHIPS.format("第二大"), CHIPS_EN.format("second-largest"), None),
    ("second largest for 第二大", CHIPS.format("第二大"), CHIPS_EN.format("second largest"), None),
    ("第二大 for second-largest", CHIPS_EN.format("second-largest"), CHIPS.format("第二大"), None),
    (
        "third-largest for 第二大",
        CHIPS.format("第二大"),
        CHIPS_EN.format("third-largest"),
        "third-largest",
    ),
    (
        "第三大 for second-largest",
        CHIPS_EN.format("second-largest"),
        CHIPS.format("第三大"),
        "第三大",
    ),
    (
        "second-biggest for 第三大",
        CHIPS.format("第三大"),
        CHIPS_EN.format("second-biggest"),
        "second-biggest",
    ),
    (
        "third-largest for No. 2",
        "It is the world's No. 2 chipmaker.",
        CHIPS_EN.format("third-largest"),
        "third-largest",
    ),
    ("第二大脑 is no place", "这款应用被称为员工的助手。", "这款应用定位为员工的第二大脑。", None),
    ("第一大股东 for 最大股东", "星河资本是公司最大股东。", "星河资本是公司第一大股东。", None),
    (
        "second-largest for 仅次于",
        "该公司市场份额仅次于星河科技。",
        "It is the second-largest player.",
        None,
    ),
]

COUNTS = [
    ("three for 3 款", "公司发布了 3 款新品。", "The firm released three new products.", None),
    (
        "three for 5 款",
        "公司发布了 5 款新品。",
        "The firm released three new products.",
        "three new",
    ),
    ("三款 for three", "The firm released three new products.", "公司发布了三款新品。", None),
    ("四款 for three", "The firm released three new products.", "公司发布了四款新品。", "四款"),
    ("six for 五家", "五家公司参与。", "Six companies took part.", "Six companies"),
]

CASES = DAYS + DATES + SHARES + SCALES + PLACES + COUNTS


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_numbers31(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
