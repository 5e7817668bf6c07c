"""The verifier on what a figure is per, points of a share, ages, fractions, spans of
hours, figures in English words, English rounding words, dates in Chinese numerals and
halves of a year: each a shape a writer changed and the verifier let pass, or a
respelling it flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the
claim that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

PRICE_ZH = "新模型的输入价格为每百万 token 2 美元。"
PRICE_EN = "The model costs $2 per million input tokens."
PER_SCALE = [
    ("the source's scale", PRICE_ZH, "新模型输入价格为每百万 token 2 美元。", None),
    ("per thousand for per million", PRICE_ZH, "新模型输入价格为每千 token 2 美元。", "每千"),
    ("in English", PRICE_ZH, "Input costs $2 per million tokens.", None),
    ("in figures", PRICE_ZH, "Input costs $2 per 1M tokens.", None),
    ("after a slash", PRICE_ZH, "Input costs $2/1M tokens.", None),
    ("per 1K for per million", PRICE_ZH, "Input costs $2 per 1K tokens.", "per 1K"),
    ("per thousand in English", PRICE_EN, "It costs $2 per thousand input tokens.", "per thousand"),
    ("每 100 万 for per million", PRICE_EN, "输入价格每 100 万 token 2 美元。", None),
    ("/百万 for per million", PRICE_EN, "输入价格 2 美元/百万 token。", None),
    (
        "for a million, loosely",
        "Prices fell to $2 for a million tokens.",
        "It costs $2 per 1M tokens.",
        None,
    ),
    (
        "per ten thousand people",
        "每千人中有 3 人使用该应用。",
        "每万人中有 3 人使用该应用。",
        "每万",
    ),
    ("after a slash, another", "高级层 $45/百万Token。", "高级层价格为 $45/千Token。", "/千"),
    ("two figures, not a scale", "295B 参数 / 21B 激活参数。", "295B 参数 / 21B 激活参数。", None),
    ("how often is a figure", "服务每 2 小时更新一次。", "服务每 3 小时更新一次。", "3"),
]

SHARE = "市场份额增长了 5%。"
MARGIN = "利润率同比提升 3.5 个百分点至 21%。"
POINTS = [
    ("points for percent", SHARE, "市场份额增长了 5 个百分点。", "5 个百分点"),
    ("percent for points", "市场份额增长了 5 个百分点。", "市场份额增长了 5%。", "5%"),
    ("points as the source", MARGIN, "利润率提高 3.5 个百分点。", None),
    ("percent for the source's points", MARGIN, "利润率提高 3.5%。", "3.5%"),
    ("pp in English", MARGIN, "Margin rose 3.5 pp to 21%.", None),
    ("percentage points in English", MARGIN, "Margin rose 3.5 percentage points to 21%.", None),
    (
        "points alone for percent",
        "Market share rose 5%.",
        "Market share rose 5 points.",
        "5 points",
    ),
    ("points alone for points", "市场份额增长了 5 个百分点。", "Market share rose 5 points.", None),
    ("points between two levels", "准确率从 80% 提升到 85%。", "准确率提升了 5 个百分点。", None),
    (
        "other points between them",
        "准确率从 80% 提升到 85%。",
        "准确率提升了 6 个百分点。",
        "6 个百分点",
    ),
    ("a score's points", "该模型在测试中得分 92 分。", "The model scored 92 points.", None),
    ("a gap in percent for points", "成功率差距达6个百分点。", "执行差异可导致 6% 的分差。", None),
    ("a change in percent for points", "成功率差距达6个百分点。", "成功率提高了 6%。", "6%"),
    (
        "a lead in percent for points",
        "It leads by 6 percentage points.",
        "It holds a 6% lead.",
        None,
    ),
]

AGE = "创始人今年二十六岁。"
AGES = [
    ("the age in figures", AGE, "创始人今年 26 岁。", None),
    ("another age in figures", AGE, "创始人今年 27 岁。", "27"),
    ("another age in numerals", "创始人今年 26 岁。", "创始人今年二十七岁。", "二十七岁"),
    ("the age in numerals", "The founder, 26, said.", "这位二十六岁的创始人表示。", None),
    (
        "another age against English",
        "The 26-year-old founder said.",
        "创始人二十七岁。",
        "二十七岁",
    ),
    ("an age limit", "这项研究覆盖 60 岁以上老人。", "研究覆盖六十五岁以上老人。", "六十五岁"),
    ("an anniversary, no age", "公司庆祝成立十周年。", "公司迎来十周岁生日。", None),
]

THIRD = "约三分之一的企业已部署大模型。"
FRACTIONS = [
    ("in English", THIRD, "About one third of firms have deployed large models.", None),
    ("as a rounded percentage", THIRD, "约 33% 的企业已部署大模型。", None),
    ("another fraction", THIRD, "约四分之一的企业已部署大模型。", "四分之一"),
    (
        "another fraction in English",
        THIRD,
        "About a quarter of firms have deployed models.",
        "a quarter",
    ),
    ("two-thirds as 67%", "Two thirds of users pay.", "67% 的用户付费。", None),
    (
        "three quarters for two thirds",
        "Two thirds of users pay.",
        "四分之三的用户付费。",
        "四分之三",
    ),
    (
        "nearly a third of 30%",
        "调查显示 30% 的企业已部署大模型。",
        "近三分之一的企业已部署大模型。",
        None,
    ),
    (
        "a third of 30%, unrounded",
        "调查显示 30% 的企业已部署大模型。",
        "三分之一的企业已部署大模型。",
        "三分之一",
    ),
    (
        "a quarter of 25%",
        "调查显示 25% 的企业已部署大模型。",
        "A quarter of firms have deployed models.",
        None,
    ),
    (
        "a fiscal quarter, no fraction",
        "The chip ships in the third quarter.",
        "The chip ships in the third quarter.",
        None,
    ),
]

HOURS = "训练耗时 3 小时。"
SPANS = [
    ("minutes for hours", HOURS, "训练耗时 180 分钟。", None),
    ("other minutes", HOURS, "训练耗时 200 分钟。", "200"),
    ("hours in numerals", HOURS, "训练耗时三小时。", None),
    ("other hours in numerals", HOURS, "训练耗时四小时。", "四小时"),
    ("two hours", "训练仅需 20 分钟。", "训练仅需两小时。", "两小时"),
    ("minutes in numerals", "Training took 90 minutes.", "训练耗时九十分钟。", None),
    ("other minutes in numerals", "Training took 90 minutes.", "训练耗时八十分钟。", "八十分钟"),
]

WORDS = [
    ("ten million", "用户数突破一千万。", "Users passed ten million.", None),
    ("one million for ten", "用户数突破一千万。", "Users passed one million.", "one million"),
    (
        "a hundred million for 千万",
        "用户数突破千万。",
        "Users passed a hundred million.",
        "a hundred million",
    ),
    (
        "billions of dollars",
        "公司估值 20 亿美元。",
        "The firm is valued at two billion dollars.",
        None,
    ),
    (
        "other billions",
        "公司估值 20 亿美元。",
        "The firm is valued at three billion dollars.",
        "three billion dollars",
    ),
    ("the source in words", "The app has ten million users.", "该应用拥有 1000 万用户。", None),
    ("a scale before what it counts", "万卡集群的瓶颈。", "Clusters of ten thousand cards.", None),
]

ROUNDED = [
    ("nearly, under", "营收 980 万美元。", "Revenue was nearly $10 million.", None),
    ("over, under", "营收 980 万美元。", "Revenue was over $10 million.", "$10 million"),
    ("over, over", "营收 1020 万美元。", "Revenue was over $10 million.", None),
    ("nearly, over", "营收 1020 万美元。", "Revenue was nearly $10 million.", "$10 million"),
    ("about", "营收 1020 万美元。", "Revenue was about $10 million.", None),
]

LAUNCH = "新品将于12月3日发布。"
DATES = [
    ("the date in numerals", LAUNCH, "新品将于十二月三日发布。", None),
    ("another date in numerals", LAUNCH, "新品将于十二月四日发布。", "十二月四日"),
    ("the source in numerals", "新品将于十二月三日发布。", "It launches on Dec 3.", None),
    ("another date against numerals", "新品将于十二月三日发布。", "It launches on Dec 4.", "Dec 4"),
]

HALF = "上半年营收增长 20%。"
HALVES = [
    ("the half", HALF, "Revenue rose 20% in the first half.", None),
    ("the other half", HALF, "Revenue rose 20% in the second half.", "second half"),
    ("the other half in Chinese", HALF, "下半年营收增长 20%。", "下半年"),
    ("the source's H1", "H1 revenue rose 20%.", "下半年营收增长 20%。", "下半年"),
    ("no half in the source", "营收增长 20%。", "下半年营收增长 20%。", None),
]

CASES = PER_SCALE + POINTS + AGES + FRACTIONS + SPANS + WORDS + ROUNDED + DATES + HALVES


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_scales_and_shares(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
