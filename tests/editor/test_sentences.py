"""Sentences: punctuation-aware in Chinese and English, blind to dots that end nothing."""

from __future__ import annotations

import pytest

from newsdesk.editor import split_sentences


def test_chinese_sentences_end_at_full_stops_exclamations_questions_and_semicolons() -> None:
    text = "澜舟智能发布新模型。性能提升明显！价格如何？官方暂未公布；将于下周开放试用"
    assert split_sentences(text) == [
        "澜舟智能发布新模型。",
        "性能提升明显！",
        "价格如何？",
        "官方暂未公布；",
        "将于下周开放试用",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = "创始人周明远说：“我们不急于上市。”随后离场。（完）"
    assert split_sentences(text) == ["创始人周明远说：“我们不急于上市。”", "随后离场。", "（完）"]


def test_a_line_break_ends_a_sentence_and_blank_lines_give_none() -> None:
    assert split_sentences("- 第一条\n\n- 第二条\n") == ["- 第一条", "- 第二条"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel-3.5 scores 71.2 on the test, up from 64.0 in v1.2.3.",
        "GPT-5.2 and Qwen3-Max were compared, e.g. on coding.",
        "The U.S. unit of Lumina Inc. grew fast.",
        "It shipped on Jan. 26, 2026 to all users.",
        "Read https://news.example.com/a.b?id=3.5&page=2 for details.",
    ],
)
def test_dots_in_numbers_versions_abbreviations_and_links_end_nothing(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


def test_english_sentences_end_before_the_next_one_starts() -> None:
    text = 'Orbit Labs raised $40 million. "It is a start," she said! Why now? Demand.'
    assert split_sentences(text) == [
        "Orbit Labs raised $40 million.",
        '"It is a start," she said!',
        "Why now?",
        "Demand.",
    ]


def test_a_full_stop_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    assert split_sentences("It costs approx. ten dollars. Fine.") == [
        "It costs approx. ten dollars.",
        "Fine.",
    ]


def test_an_english_exclamation_before_chinese_text_ends_the_sentence() -> None:
    assert split_sentences("太快了!星河模型开源。") == ["太快了!", "星河模型开源。"]


def test_a_link_at_the_end_of_a_sentence_leaves_it_its_full_stop() -> None:
    assert split_sentences("See https://lumina.example/post. Then more.") == [
        "See https://lumina.example/post.",
        "Then more.",
    ]


def test_an_abbreviation_is_read_from_the_word_just_before_its_point() -> None:
    """The letters and points touching the point decide, in a text of many sources as in
    one line; a point alone on a line is read after the word that ends the line before,
    and a run of points after a word of one letter is no abbreviation."""
    line = "Report {}: Acme Inc. sells to the U.S. Army. It grew."
    sentences = split_sentences("\n".join(line.format(n) for n in range(300)))
    assert sentences[:2] == ["Report 0: Acme Inc. sells to the U.S. Army.", "It grew."]
    assert len(sentences) == 600
    assert split_sentences("Shipped to Acme Inc\n. Then more.") == [
        "Shipped to Acme Inc",
        ". Then more.",
    ]
    assert split_sentences("Shipped to Acme\n. Then more.") == [
        "Shipped to Acme",
        ".",
        "Then more.",
    ]
    assert split_sentences("Version x.. Next one.") == ["Version x..", "Next one."]
