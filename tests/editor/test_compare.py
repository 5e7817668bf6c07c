"""Offline insights say what a story's numbers compare to, in its own sources' words:
a sentence that sets a figure against another, credited to its publisher, and one
amount that two publishers give in two currencies.  Nothing is converted or computed,
so every line passes the verifier."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from editor_helpers import MORNING, brief

from newsdesk.editor import Evidence, Report, offline_entry, unsupported
from newsdesk.editor._compare import number_insights

CHIP_ZH = Report(
    title="星河芯发布X2训练芯片",
    url="https://tech.example.cn/news/x2",
    source="科技前沿",
    language="zh",
    published=MORNING,
    text=(
        "星河芯今日发布第二代训练芯片X2，FP8算力1000 TFLOPS，售价16.9万元。"
        "X2的算力是上一代X1的2.5倍，功耗下降20%。"
        "公司表示，X2将于今年第四季度量产。"
    ),
)
CHIP_EN = Report(
    title="Xinghe unveils its X2 training chip",
    url="https://wire.example.com/x2",
    source="Tech Wire",
    language="en",
    published=MORNING + timedelta(hours=2),
    text=(
        "Xinghe unveiled the X2, a training chip rated at 1,000 TFLOPS, priced at $23,400. "
        "The company says it will ship in the fourth quarter."
    ),
)
SUMMARY = "星河芯今日发布第二代训练芯片X2，FP8算力1000 TFLOPS，售价16.9万元。"


def test_a_sentence_comparing_a_figure_with_its_predecessor_is_quoted_with_its_publisher() -> None:
    lines = number_insights(brief((CHIP_ZH,)), "zh", SUMMARY)
    assert lines == ["据科技前沿，X2的算力是上一代X1的2.5倍，功耗下降20%。"]


def test_a_comparison_the_summary_already_gives_is_not_said_again() -> None:
    said = SUMMARY + "X2的算力是上一代X1的2.5倍，功耗下降20%。"
    assert number_insights(brief((CHIP_ZH,)), "zh", said) == []


def test_one_amount_in_two_currencies_is_shown_as_each_publisher_gives_it() -> None:
    lines = number_insights(brief((CHIP_ZH, CHIP_EN)), "zh", SUMMARY)
    assert lines[0] == "各家报道的价格：科技前沿为16.9万元，Tech Wire为$23,400。"


def test_an_amount_the_summary_gives_in_both_currencies_is_not_shown_again() -> None:
    said = "星河芯今日发布第二代训练芯片X2，售价16.9万元（约合23,400美元）。"
    assert number_insights(brief((CHIP_ZH, CHIP_EN)), "zh", said) == [
        "据科技前沿，X2的算力是上一代X1的2.5倍，功耗下降20%。"
    ]


def test_an_english_digest_shows_no_chinese_amount() -> None:
    said = "Xinghe unveiled the X2."
    assert number_insights(brief((CHIP_EN, CHIP_ZH)), "en", said) == []


def test_two_values_in_one_currency_are_not_set_against_each_other() -> None:
    output_price = replace(
        CHIP_EN, text="Xinghe's X2 cloud rental is priced at 8 yuan an hour.", url="https://x/y"
    )
    priced = replace(CHIP_ZH, text="X2 云上租用价格 5 元每小时，今日开放。")
    assert number_insights(brief((priced, output_price)), "zh", "X2 上线云服务。") == []


def test_a_figure_of_an_earlier_time_is_no_report_of_the_current_one() -> None:
    earlier = replace(
        CHIP_EN,
        text="Xinghe's X1 was priced at $15,000 when it launched in 2024.",
        url="https://x/z",
    )
    lines = number_insights(
        brief((CHIP_ZH, earlier)), "zh", SUMMARY + "X2的算力是上一代X1的2.5倍。"
    )
    assert not any("价格" in line for line in lines)


def test_a_name_s_number_is_no_figure_to_compare() -> None:
    named = replace(CHIP_ZH, text="星河芯今日发布X2芯片，官方称其在训练任务上较X1大幅提升。")
    assert number_insights(brief((named,)), "zh", "星河芯今日发布X2芯片。") == []


def test_an_offline_entry_gives_the_comparison_then_who_reported_it_all_supported() -> None:
    story = brief((CHIP_ZH, CHIP_EN))
    entry = offline_entry(story, "zh")
    assert entry.insights[:2] == (
        "各家报道的价格：科技前沿为16.9万元，Tech Wire为$23,400。",  # its summary compares
        "来自 2 个来源：科技前沿、Tech Wire。",  # X2 with X1 already: not said twice
    )
    evidence = Evidence.build(story.evidence_texts("zh"), story.links())
    assert all(not unsupported(line, evidence) for line in entry.insights)


def test_a_comparing_sentence_is_quoted_without_the_clauses_the_summary_told() -> None:
    ipo = replace(
        CHIP_ZH,
        title="星河芯港股上市首日涨 20%",
        text="星河芯今日在港交所上市，首日涨 20%。公开发售超额认购 300 倍，2025 年营收 8 亿元。",
    )
    said = "星河芯今日在港交所上市，首日涨 20%。招股书显示，2025 年营收 8 亿元。"
    assert number_insights(brief((ipo,)), "zh", said) == ["据科技前沿，公开发售超额认购 300 倍。"]


def test_a_comparison_mostly_of_figures_the_summary_gave_is_not_quoted() -> None:
    essay = replace(
        CHIP_EN,
        title="Doubling compute buys less",
        text=(
            "Doubling compute now buys about 1.8 points, versus roughly 7 points in 2023. "
            "Measured on 12 benchmarks, doubling compute yields about 1.8 points, compared "
            "with roughly 7 points in 2023."
        ),
    )
    said = "Doubling compute now buys about 1.8 points, versus roughly 7 points in 2023."
    assert number_insights(brief((essay,)), "en", said) == []


def test_a_models_number_is_not_a_figure_the_summary_gave() -> None:
    context = replace(
        CHIP_EN,
        title="Xinghe's X3 model reads 2 million tokens",
        text=(
            "Xinghe's X3 reads 2 million tokens at once. "
            "The window is 2 million tokens, up from 128,000 for the X2 a year ago."
        ),
    )
    said = "Xinghe's X3 reads 2 million tokens at once, 2 more than the X2's."
    assert number_insights(brief((context,)), "en", said) == [
        "Tech Wire: The window is 2 million tokens, up from 128,000 for the X2 a year ago."
    ]
