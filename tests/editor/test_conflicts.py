"""A summary never puts two values of one measure side by side: the later clause that
gives the lead's measure another value, with no round, year or company to explain it, is
cut (or its whole sentence, when nothing else of it stands).  Figures of different rounds
or years are different facts and both stay."""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, brief

from newsdesk.editor._conflicts import without_conflicts
from newsdesk.editor._offline import central_sentences


def zh_summary(text: str) -> str:
    return central_sentences(brief((replace(LUMINA_ZH, text=text),)), "zh")


def en_summary(text: str) -> str:
    return central_sentences(brief((replace(LUMINA_EN, text=text),)), "en")


def test_a_later_multiple_of_the_same_rise_is_cut_and_the_rest_of_its_sentence_kept() -> None:
    lead = "光年智能今日宣布完成12亿元C轮融资，投后估值80亿元，较一年前的B轮上涨3倍。"
    later = "2025年5月的B轮中，光年智能融资3亿元、估值20亿元，一年间估值增长4倍。"

    summary = zh_summary(lead + later)

    assert summary == lead + "2025年5月的B轮中，光年智能融资3亿元、估值20亿元。"


def test_a_later_sentence_that_only_gives_another_multiple_is_left_out() -> None:
    lead = (
        "Lumina said on Thursday it raised $500 million in a Series C that values it at "
        "$6.5 billion, up fourfold from its Series B round."
    )
    later = (
        "Lumina's valuation has risen more than five times since the Series B, founder "
        "Zhou Mingyuan said."
    )
    assert en_summary(f"{lead} {later}") == lead


@pytest.mark.parametrize(
    ("multiple", "other"),
    [("4倍", "5倍"), ("四倍", "五倍"), ("4x", "5 times"), ("fourfold", "5-fold")],
)
def test_a_multiple_is_read_however_it_is_written(multiple: str, other: str) -> None:
    lead = f"Lumina's valuation rose {multiple} since the Series B."
    later = f"Lumina's valuation rose {other} since the Series B, its founder said."
    assert without_conflicts(later, [lead]) == ""


def test_an_amount_or_a_percentage_change_given_another_value_is_cut() -> None:
    lead = "光年智能今日宣布完成12亿元C轮融资，营收增长50%。"
    assert without_conflicts("光年智能本轮融资15亿元，由星河资本领投。", [lead]) == ""
    later = "光年智能成立于2023年，营收增长40%。"
    assert without_conflicts(later, [lead]) == "光年智能成立于2023年。"


def test_figures_of_different_rounds_both_stay() -> None:
    zh = (
        "光年智能今日宣布完成12亿元C轮融资，投后估值80亿元。"
        "2025年5月的B轮中，光年智能融资3亿元、估值20亿元。"
    )
    en = (
        "Lumina said on Thursday it raised $500 million in a Series C that values it at "
        "$6.5 billion. Lumina's Series B in July 2025 raised $150 million and valued it at "
        "$1.2 billion."
    )
    assert zh_summary(zh) == zh
    assert en_summary(en) == en


def test_figures_of_different_years_both_stay() -> None:
    zh = "光年智能今日宣布完成12亿元C轮融资，营收今年增长50%。光年智能营收去年增长30%，周明远说。"
    en = (
        "Lumina said on Thursday that its revenue grew 40% this year to $120 million. "
        "Lumina's revenue grew 25% in 2025, founder Zhou Mingyuan said."
    )
    assert zh_summary(zh) == zh
    assert en_summary(en) == en


def test_another_companys_figure_of_the_same_measure_stays() -> None:
    lead = "Lumina Labs今日宣布完成5亿美元C轮融资，投后估值65亿美元。"
    other = "同行Nimbus上月估值60亿美元。"
    assert without_conflicts(other, [lead]) == other
    assert without_conflicts("Lumina上月估值60亿美元。", [lead]) == ""


def test_different_measures_and_differently_rounded_values_are_no_conflict() -> None:
    lead = "Lumina raised $500 million, and its annualized revenue is about $120 million."
    for later in (
        "Lumina's revenue grew 40% as its valuation rose to $6.5 billion.",
        "Lumina's revenue reached $118 million, its founder said.",
    ):
        assert without_conflicts(later, [lead]) == later


def test_the_same_figure_restated_is_still_cut_as_a_restatement() -> None:
    lead = "光年智能今日宣布完成12亿元C轮融资，投后估值80亿元，较B轮上涨3倍。"
    restated = "光年智能的估值较B轮上涨了3倍，创始人周明远说。"
    assert without_conflicts(restated, [lead]) == restated  # no conflict: the same value
    assert zh_summary(lead + restated) == lead


def test_the_same_concept_of_different_things_is_no_conflict() -> None:
    lead = "Alphabet年营收首次突破4000亿美元。Google Cloud收入同比增长48%。"
    later = "核心的搜索广告业务收入同比增长17%。"
    assert without_conflicts(later, [lead]) == later
    english = "Search ad revenue grew 17%."
    assert without_conflicts(english, ["Cloud revenue grew 48%."]) == english
