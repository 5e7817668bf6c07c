"""The shapes verify17 taught the verifier, probed from both sides as a red team would:
organisations read by their shape before a news verb, a body's short name (证监会), named
events, outlets with digits (36氪), counts with 大 (三大) and English counts of time.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets
wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MEETING = "一场行业会议在上海开幕。"
CASES = [
    # Ordinary meetings and words stay words: a school's meeting, a new idea, 智能 and 科技
    # in a phrase.
    ("家长会", "学校下周召开家长会。", "家长会在学校召开。", None),
    ("运动会", "学校运动会周五举行。", "运动会在周五举行。", None),
    ("新思路", "公司提出了新的方法。", "新思路科技发布会在北京举行。", None),
    ("新型智能", "新型机器人发布。", "新型智能发布。", None),
    ("数字科技", "数字经济快速发展。", "数字科技推动产业发展。", None),
    ("具身智能", "具身智能发展迅速。", "具身智能发布新的进展。", None),
    ("黑科技", "新品发布。", "这些黑科技发布后引起关注。", None),
    ("某科技", "某科技公司完成融资。", "某科技完成融资。", None),
    ("多家科技公司", "多家公司完成融资。", "多家科技公司完成融资。", None),
    ("invented 云从科技", "旷视科技发布模型。", "云从科技发布模型。", "云从科技"),
    ("invented 蓝思科技", "公司发布新品。", "蓝思科技发布新品。", "蓝思科技"),
    # Events: a kind of meeting is no name, a meeting (会议) is no 会, and a named event is
    # supported in its sources' other forms; an invented one is caught, 大赛 and 展览会 too.
    ("年会", "公司年会在上海举行。", "年会在上海举行。", None),
    ("研讨会", "一场研讨会在北京举行。", "研讨会在北京举行。", None),
    ("董事会", "公司董事会召开会议。", "董事会召开会议。", None),
    ("a developer meeting", "华为召开会议。", "华为开发者会议在深圳举行。", None),
    ("a summit meeting", "两国领导人举行会谈。", "中美元首会谈在北京举行。", None),
    (
        "event with its edition",
        MEETING.replace("一场行业会议", "第七届世界人工智能大会"),
        "世界人工智能大会在上海开幕。",
        None,
    ),
    (
        "event with its year",
        "2025世界人工智能大会在上海开幕。",
        "世界人工智能大会在上海开幕。",
        None,
    ),
    ("event with its city", "智源大会在北京开幕。", "北京智源大会在北京开幕。", None),
    (
        "event far from its verb",
        "世界人工智能大会在上海开幕。",
        "世界人工智能大会今天上午在上海世博中心隆重开幕。",
        None,
    ),
    ("进博会", "中国国际进口博览会在上海开幕。", "进博会在上海开幕。", None),
    ("invented 中国…大会", MEETING, "中国人工智能大会在上海开幕。", "中国人工智能大会"),
    ("invented forum", MEETING, "全球人工智能论坛在上海开幕。", "全球人工智能论坛"),
    ("invented contest", MEETING, "全球人工智能大赛在上海开幕。", "全球人工智能大赛"),
    ("invented exhibition", MEETING, "世界人工智能展览会在上海开幕。", "世界人工智能展览会"),
    # A body's short name keeps characters of its full name in order, and one of its kind:
    # 会 or 委 of 委员会, 大 of 代表大会, 运 of 运动会.
    ("发改委 in full", "国家发展和改革委员会发布通知。", "发改委发布通知。", None),
    ("国家发改委 in full", "国家发展和改革委员会发布通知。", "国家发改委发布通知。", None),
    ("国资委 in full", "国务院国有资产监督管理委员会发布通知。", "国资委发布通知。", None),
    ("中国证监会 in full", "中国证券监督管理委员会发布新规。", "中国证监会发布新规。", None),
    ("全国人大 in full", "全国人民代表大会在北京开幕。", "全国人大在北京开幕。", None),
    ("奥运会 in full", "巴黎奥林匹克运动会今日开幕。", "巴黎奥运会今日开幕。", None),
    ("国际奥委会 in full", "国际奥林匹克委员会发布声明。", "国际奥委会发布声明。", None),
    ("网信办 in full", "国家互联网信息办公室发布规定。", "网信办发布规定。", None),
    ("上交所 in full", "上海证券交易所发布新规。", "上交所发布新规。", None),
    ("invented 深交所", "上海证券交易所发布新规。", "深交所发布新规。", "深交所"),
    (
        "证监会 for another 委员会",
        "中国银行保险监督管理委员会发布新规。",
        "证监会发布新规。",
        "证监会",
    ),
    ("证监会 for a 协会", "中国证券业协会发布新规。", "证监会发布新规。", "证监会"),
    # Names with digits: 36氪 and 36Kr state no 36, in Chinese or English; a longer figure
    # that ends in 36 is a figure.
    ("36Kr cited in English", "Lumina raised funds.", "Lumina raised funds, 36Kr reported.", None),
    ("36氪 inside a figure", "公司有1236氪。", "公司有1236氪。", None),
    (
        "36氪 and a figure",
        "36氪报道，光年智能融资12亿元。",
        "36氪报道，光年智能融资 12 亿元。",
        None,
    ),
    (
        "36氪 and a changed figure",
        "36氪报道，光年智能融资12亿元。",
        "36氪报道，光年智能融资 13 亿元。",
        "13 亿元",
    ),
    ("MI300X's digits", "AMD MI300X 售价 1.5 万美元。", "AMD MI300X 售价 2 万美元。", "2 万美元"),
    # 大 counts the chief ones of a noun: compared with the sources' count of that noun only.
    ("三大 of another noun", "公司有三大业务。", "三大运营商发布新品。", None),
    ("三大 by its list", "公司有云计算、芯片和模型三大业务。", "公司三大业务稳步增长。", None),
    ("三大件", "三大件涨价。", "三大件价格上涨。", None),
    ("四大 for 三大", "三大运营商发布新品。", "四大运营商发布新品。", "四大"),
    ("五大 of another noun's count", "公司有三大业务和五大基地。", "公司有五大业务。", "五大"),
    (
        "五大 of another sentence's noun",
        "公司有三大业务。公司有五大基地。",
        "公司有五大业务。",
        "五大",
    ),
    ("两个五大", "全球三大芯片厂商和中国五大芯片厂商参会。", "五大芯片厂商参会。", None),
    ("五大 for 3大", "公司有3大业务。", "公司有五大业务。", "五大"),
    # English counts of time: the same span in another unit, or said in one word, is the
    # same count; a five-day event is a count as five days is.
    (
        "ten years ago in a quote",
        '"Ten years ago this was impossible," Li said.',
        "Li said that ten years ago this was impossible.",
        None,
    ),
    (
        "ten years for a decade",
        "Li said the lab was founded a decade ago.",
        "Li said the lab was founded ten years ago.",
        None,
    ),
    (
        "twenty years for a decade",
        "Li said the lab was founded a decade ago.",
        "Li said the lab was founded twenty years ago.",
        "twenty years",
    ),
    ("seven days for a week", "It took a week.", "It took seven days.", None),
    ("fourteen days for two weeks", "It took two weeks.", "It took fourteen days.", None),
    ("two days for 2 weeks", "It took 2 weeks.", "It took two days.", "two days"),
    ("twelve months for a year", "It took a year.", "It took twelve months.", None),
    ("six months for half a year", "It took half a year.", "It took six months.", None),
    ("hours for a day", "It took a day.", "It took twenty-four hours.", None),
    (
        "three days a week",
        "Staff work from the office 3 days a week.",
        "Staff work from the office three days a week.",
        None,
    ),
    ("a five-day event for 5 days", "The event lasts 5 days.", "The five-day event ended.", None),
    ("a five-day event for 3 days", "The event lasts 3 days.", "A five-day event.", "five-day"),
    ("seven-day trial", "A 7-day free trial.", "A seven-day free trial.", None),
    ("three times for tripled", "Revenue tripled.", "Revenue rose three times.", None),
    ("two times for doubled", "Usage doubled.", "Usage rose two times.", None),
    ("three times for 3-fold", "It is 3-fold faster.", "It is three times faster.", None),
    (
        "three times for 5 times",
        "Revenue grew 5 times.",
        "Revenue grew three times.",
        "three times",
    ),
    (
        "two weeks added",
        "The firm hired 40 people.",
        "The firm hired 40 people in two weeks.",
        "two weeks",
    ),
    # A Chinese week is seven days, and a span is the same span in the other language.
    (
        "ten days for 十天",
        "十天内下载量破百万。",
        "It took ten days to pass a million downloads.",
        None,
    ),
    (
        "three years for 三年",
        "公司计划三年内上市。",
        "The firm plans to list within three years.",
        None,
    ),
    (
        "a three-year plan for 三年",
        "公司发布三年计划。",
        "The firm set out a three-year plan.",
        None,
    ),
    ("three times for 三倍", "速度提升三倍。", "It runs three times faster.", None),
    (
        "five years for 三年",
        "公司计划三年内上市。",
        "The firm plans to list within five years.",
        "five years",
    ),
    ("七天 for a week", "It took a week.", "历时七天。", None),
    ("七天 for 一周", "历时一周。", "历时七天。", None),
    ("十四天 for 两周", "历时两周。", "历时十四天。", None),
    ("十天 for 一周", "历时一周。", "历时十天。", "十天"),
    # A span the sources give by its ends (from 2020 to 2025, 2020年至2025年) is that
    # many years, counted between its ends or as the calendar years it names (verify22:
    # 2020, 2021 … 2025 are six); any other count is flagged.
    (
        "five years for 2020 to 2025",
        "From 2020 to 2025 the firm grew.",
        "Over five years the firm grew.",
        None,
    ),
    (
        "six years for 2020 to 2025",
        "From 2020 to 2025 the firm grew.",
        "Over six years the firm grew.",
        None,
    ),
    (
        "seven years for 2020 to 2025",
        "From 2020 to 2025 the firm grew.",
        "Over seven years the firm grew.",
        "seven years",
    ),
    (
        "four years for 2020年至2025年",
        "2020年至2025年，公司持续增长。",
        "The firm grew for four years.",
        "four years",
    ),
    ("五年 for 2020年至2025年", "2020年至2025年，公司持续增长。", "五年间公司持续增长。", None),
    (
        "five years for 2020-2025",
        "公司在 2020-2025 年间持续增长。",
        "The firm grew for five years.",
        None,
    ),
    # Events, bodies and sites the alias table names in both scripts.
    ("世界人工智能大会 for WAIC", "WAIC 2025 在上海开幕。", "世界人工智能大会在上海开幕。", None),
    ("WAIC for 世界人工智能大会", "世界人工智能大会在上海开幕。", "WAIC opened in Shanghai.", None),
    ("WAIC for another event", "中关村论坛在北京开幕。", "WAIC 在北京开幕。", "WAIC"),
    ("美联储 in full", "美国联邦储备委员会宣布降息。", "美联储宣布降息。", None),
    (
        "Federal Reserve in full",
        "美国联邦储备委员会宣布降息。",
        "The Federal Reserve cut rates.",
        None,
    ),
    ("美联储 for another bank", "欧洲中央银行宣布降息。", "美联储宣布降息。", "美联储"),
    (
        "中共中央政治局 for 中央政治局",
        "中央政治局召开会议。",
        "中共中央政治局会议在北京召开。",
        None,
    ),
    (
        "中共中央政治局 for 国务院",
        "国务院召开常务会议。",
        "中共中央政治局会议在北京召开。",
        "中共中央政治局",
    ),
    # A bare domain is a site: supported by a link to any page of it, by the domain in
    # the sources' text, or by its name (36Kr, 36氪); another site is a claim.
    (
        "36kr.com",
        "光年智能完成融资。https://36kr.com/p/123",
        "光年智能完成融资（36kr.com）。",
        None,
    ),
    (
        "domain by its outlet's name",
        "36氪报道，光年智能完成融资。",
        "据 36kr.com 报道，光年智能完成融资。",
        None,
    ),
    (
        "domain of the link's site",
        "The lab released a model. https://www.example.org/news/1",
        "The lab released a model (example.org).",
        None,
    ),
    (
        "domain of another site",
        "光年智能完成融资。https://36kr.com/p/123",
        "光年智能完成融资（techcrunch.com）。",
        "techcrunch.com",
    ),
]

KNOWN_GAPS = [
    # A local bureau's short name is a kind (every city has one), not one body: jieba's
    # tag j does not tell it from 证监会.
    ("工商局 for 市场监管部门", "市场监管部门发布通知。", "工商局发布通知。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review17_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_review17_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
