"""The verifier on times of day, counts given by their size, the period a
figure is per and parts of a year: each a shape a writer changed and the verifier let
pass (or read as loose figures, 15:00 as 15 and 00), with the forms that say the same.

Each row is a source, a text a writer made from it (the sentences are ours), and the
claim that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MEETING = "发布会于 15:00 开始。"
TIMES = [
    ("下午3点 for 15:00", MEETING, "发布会于下午3点开始。", None),
    ("下午4点 for 15:00", MEETING, "发布会于下午4点开始。", "下午4点"),
    ("上午3点 for 15:00", MEETING, "发布会于上午3点开始。", "上午3点"),
    ("3 p.m. for 15:00", MEETING, "The launch event starts at 3 p.m.", None),
    ("3pm for 15:00", MEETING, "The launch event starts at 3pm.", None),
    ("4pm for 15:00", MEETING, "The launch event starts at 4pm.", "4pm"),
    ("15:00 for 下午3点", "发布会于下午3点开始。", "发布会于 15:00 开始。", None),
    ("16:00 for 下午3点", "发布会于下午3点开始。", "发布会于 16:00 开始。", "16:00"),
    ("上午 for 3 pm", "The event starts at 3 pm.", "发布会于上午3点开始。", "上午3点"),
    ("下午 for 3 pm", "The event starts at 3 pm.", "发布会于下午三点开始。", None),
    ("凌晨 as the small hours", "服务于凌晨2点中断。", "服务于 02:00 中断。", None),
    ("凌晨 is no afternoon", "服务于凌晨2点中断。", "服务于 14:00 中断。", "14:00"),
    ("晚上 on a 24-hour clock", "直播于晚上8点开始。", "直播于 20:00 开始。", None),
    ("a bare 8:00 may be either half", "直播于晚上8点开始。", "直播于 8:00 开始。", None),
    ("中午 is noon", "会议于中午12点结束。", "会议于 12:00 结束。", None),
    ("half past", "发布会于下午3点半开始。", "发布会于 15:30 开始。", None),
    ("another half hour", "发布会于下午3点半开始。", "发布会于 15:00 开始。", "15:00"),
    ("15时30分", "发布会于 15 时 30 分开始。", "The event starts at 3:30 p.m.", None),
    ("no time in the sources", "发布会今天举行。", "发布会于 15:00 开始。", "15:00"),
    (
        "another zone is not compared",
        "发布会于北京时间凌晨3点开始。",
        "发布会于美东时间下午3点开始。",
        None,
    ),
    (
        "the same zone is",
        "发布会于北京时间凌晨3点开始。",
        "发布会于北京时间下午3点开始。",
        "下午3点",
    ),
    ("3点建议 is no time", "报告提出 3 点建议。", "报告提出 3 点建议。", None),
    ("a ratio is no time", "屏幕比例为 16:9。", "屏幕比例为 16:9。", None),
]

PLATFORM = "该平台已有 {} 家企业接入。"
SIZES = [
    ("数百 for 300", PLATFORM.format(300), "该平台已有数百家企业接入。", None),
    ("数百 for 30", PLATFORM.format(30), "该平台已有数百家企业接入。", "数百"),
    ("几百 for 300", PLATFORM.format(300), "该平台已有几百家企业接入。", None),
    ("上百 for 120", PLATFORM.format(120), "该平台已有上百家企业接入。", None),
    ("数十 for 30", PLATFORM.format(30), "该平台已有数十家企业接入。", None),
    ("数十 for 300", PLATFORM.format(300), "该平台已有数十家企业接入。", "数十"),
    ("数千 for 3000", PLATFORM.format(3000), "该平台已有数千家企业接入。", None),
    ("数千 for 300", PLATFORM.format(300), "该平台已有数千家企业接入。", "数千"),
    ("上万 for 3 万", "该平台已有 3 万家企业接入。", "该平台已有上万家企业接入。", None),
    ("上万 for 3000", PLATFORM.format(3000), "该平台已有上万家企业接入。", "上万"),
    ("hundreds for 300", PLATFORM.format(300), "Hundreds of firms have joined.", None),
    ("hundreds for 30", PLATFORM.format(30), "Hundreds of firms have joined.", "Hundreds of"),
    ("dozens for 30", PLATFORM.format(30), "Dozens of firms have joined.", None),
    ("dozens for 数十", "该平台已有数十家企业接入。", "Dozens of firms have joined.", None),
    (
        "hundreds for 数十",
        "该平台已有数十家企业接入。",
        "Hundreds of firms have joined.",
        "Hundreds of",
    ),
    ("thousands for 3000", PLATFORM.format(3000), "Thousands of firms have joined.", None),
    (
        "tens of thousands for 3 万",
        "该平台已有 3 万家企业接入。",
        "Tens of thousands of firms have joined.",
        None,
    ),
    ("millions of users for 5000 万", "用户达 5000 万。", "It has millions of users.", None),
    ("近千万 for 980 万", "用户数达 980 万。", "用户数近千万。", None),
    ("近千万 for 1020 万", "用户数达 1020 万。", "用户数近千万。", "近千万"),
    ("超千万 for 1020 万", "用户数达 1020 万。", "用户数超千万。", None),
    ("超千万 for 980 万", "用户数达 980 万。", "用户数超千万。", "超千万"),
    ("no count in the sources", "许多企业已经接入。", "数百家企业已经接入。", None),
    ("超百分之 is a share", "价格上涨超百分之一百七十。", "价格上涨超百分之一百七十。", None),
    (
        "dozens of times is a multiple",
        "分析速度提升了数十倍。",
        "The analysis is dozens of times faster.",
        None,
    ),
    ("数十年 is a span", PLATFORM.format(300), "这一技术已发展数十年。", None),
    ("近十年 is a span", PLATFORM.format(300), "近十年来，该平台持续增长。", None),
    ("数百美元 is an amount", "订阅费为每月 300 美元。", "订阅费为每月数百美元。", None),
]

REVENUE = "公司每年营收 2 亿元。"
PERIODS = [
    ("每月 for 每年", REVENUE, "公司每月营收 2 亿元。", "每月"),
    ("年营收 for 每年", REVENUE, "公司年营收 2 亿元。", None),
    (
        "a month for a year",
        "The firm earns $2 million a year.",
        "It earns $2 million a month.",
        "a month",
    ),
    ("每月 for a year", "The firm earns $2 million a year.", "公司每月营收 200 万美元。", "每月"),
    ("每年 for annually", "The firm earns $2 million annually.", "公司每年营收 200 万美元。", None),
    ("每天 for 每周", "平台每周新增用户 1 万。", "平台每天新增用户 1 万。", "每天"),
    ("daily for 每周", "平台每周新增用户 1 万。", "The platform adds 10,000 users daily.", "daily"),
    ("a week for 每周", "平台每周新增用户 1 万。", "The platform adds 10,000 users a week.", None),
    ("月收益率 for 年化", "该产品年化收益率 5%。", "该产品月收益率 5%。", "月收益率"),
    ("日活 for 月活", "应用月活达 3000 万。", "应用日活达 3000 万。", "日活"),
    ("no period in the sources", "公司营收 2 亿元。", "公司每年营收 2 亿元。", None),
    (
        "a month ago is no period",
        REVENUE,
        "A month ago it said revenue was 200 million yuan.",
        None,
    ),
    ("in a year is a span", REVENUE, "Revenue doubled to 200 million yuan in a year.", None),
    ("每天 of no figure", REVENUE, "公司每月营收 2 亿元，团队每天都在加班。", "每月"),
]

LAUNCH = "新品将于{}发布。"
YEAR_PARTS = [
    ("秋季 for 春季", LAUNCH.format("春季"), LAUNCH.format("秋季"), "秋季"),
    ("autumn for 春季", LAUNCH.format("春季"), "It launches in the autumn.", "autumn"),
    ("spring for 春季", LAUNCH.format("春季"), "It launches in spring.", None),
    ("this fall for 秋天", LAUNCH.format("秋天"), "It launches this fall.", None),
    ("年初 for 年底", LAUNCH.format("年底"), LAUNCH.format("年初"), "年初"),
    (
        "early next year for 年底",
        LAUNCH.format("年底"),
        "It launches early next year.",
        "early next year",
    ),
    (
        "end of the year for 年底",
        LAUNCH.format("年底"),
        "It launches at the end of the year.",
        None,
    ),
    ("年底 for 第四季度", LAUNCH.format("第四季度"), LAUNCH.format("年底"), None),
    ("年底 for 第一季度", LAUNCH.format("第一季度"), LAUNCH.format("年底"), "年底"),
    ("冬季 for 下半年", LAUNCH.format("下半年"), LAUNCH.format("冬季"), None),
    ("no part in the sources", LAUNCH.format("明年"), LAUNCH.format("年底"), None),
    ("大年初一 is a day", LAUNCH.format("年底"), "新品在大年初一发布。", None),
    ("startups spring up", LAUNCH.format("年底"), "Startups spring up as it launches.", None),
]

CASES = TIMES + SIZES + PERIODS + YEAR_PARTS


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_numbers30(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
