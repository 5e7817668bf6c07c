"""Bold in the 洞察日报 style lands on whole names that matter, as the seeds' editors put
it: never inside a name or a word, never on a description, a title, a licence or a
ticker, and at most a few per entry.  The sentences here are written for these tests."""

from __future__ import annotations

import re

from newsdesk.render._markdown import bold_terms


def bolded(markdown: str) -> list[str]:
    return re.findall(r"\*\*(.+?)\*\*", markdown)


def test_a_name_is_never_bolded_inside_a_longer_one() -> None:
    text = "星穹云宣布在乌兰察布建设智算集群，星穹云未透露供应商。"
    assert bolded(bold_terms(text, ["穹云"])) == []
    assert bolded(bold_terms(text, ["星穹云"])) == ["星穹云"]


def test_an_organisations_short_name_is_bolded_with_its_suffix() -> None:
    assert bold_terms("澄言科技今日发布新模型。", ["澄言"]) == "**澄言科技**今日发布新模型。"


def test_a_latin_name_is_bolded_whole_with_its_generic_word_or_number() -> None:
    assert bolded(bold_terms("Osprey AI的浏览器智能体今日开放。", ["Osprey"])) == ["Osprey AI"]
    assert bolded(bold_terms("州长签署了 HB 3301，即日生效。", ["HB"])) == ["HB 3301"]


def test_a_benchmarks_plus_is_part_of_its_name() -> None:
    text = "代码模型在HumanEval+ 88.2、LiveCodeBench 54.6，两项均创新高。"
    assert bolded(bold_terms(text, ["HumanEval"])) == ["HumanEval+"]
    assert bolded(bold_terms("GPT-5+Claude组合的成绩。", ["GPT-5"])) == ["GPT-5"]


def test_descriptions_are_not_names() -> None:
    text = "多家上市公司股价走弱，一家奥斯陆创业公司推出新品，港城市公安局通报案情。"
    assert bolded(bold_terms(text, ["上市公司", "奥斯陆创业公司", "港城市公安局"])) == []


def test_a_team_is_bolded_as_its_leader() -> None:
    assert bolded(bold_terms("林望舒团队的新架构吞吐提升3倍。", ["林望舒团队"])) == ["林望舒"]


def test_titles_licences_tickers_and_editions_are_not_bolded() -> None:
    text = (
        "教授发布长文《The Quiet Harvest》。数据集采用CC BY 4.0协议，代码以MIT协议开源。"
        "公司（01234.HK）今日挂牌，Pro版每月20美元。"
    )
    terms = ["Quiet Harvest", "CC", "MIT", "HK", "Pro"]
    assert bolded(bold_terms(text, terms)) == []


def test_terms_are_bolded_in_the_order_given_up_to_the_limit() -> None:
    text = "Osprey Labs发布Kite-3，由Northgate Capital领投，Dana Whitfield表示满意。"
    marked = bold_terms(text, ["Kite-3", "Osprey Labs", "Northgate Capital", "Dana Whitfield"])
    assert bolded(marked) == ["Osprey Labs", "Kite-3", "Northgate Capital"]


def test_a_number_after_a_counted_thing_is_no_persons_name() -> None:
    from newsdesk.render._markdown import _names

    assert "张卡" not in _names("训练消耗约2048张卡，历时41天。")


def test_bold_text_stays_inert_markdown() -> None:
    marked = bold_terms("Osprey Labs发布<b>Kite-3</b>，售价[20]美元。", ["Kite-3"])
    assert "<b>" not in marked and "\\[20\\]" in marked and "**Kite-3**" in marked


def test_a_name_is_never_bolded_inside_an_outlets_name() -> None:
    text = "新智元报道，智元发布了新的机器人平台。"
    assert (
        bold_terms(text, ["智元"], outlets=["新智元"])
        == "新智元报道，**智元**发布了新的机器人平台。"
    )


def test_a_latin_name_joined_by_a_colon_or_a_dot_is_one_name() -> None:
    text = "乐队M:QX的新曲由工具x.Loom生成，QX与Loom均未回应。"
    assert bold_terms(text, ["QX", "Loom"]).startswith(
        "乐队M:QX的新曲由工具x.Loom生成，**QX**与**Loom**"
    )


def test_a_latin_name_goes_on_through_its_capitalised_words() -> None:
    marked = bold_terms("Heron Code 将任务系统升级为多智能体协作。", ["Heron"])
    assert bolded(marked) == ["Heron Code"]
    assert bolded(bold_terms("Heron 发布了 Code 工具。", ["Heron"])) == ["Heron"]
