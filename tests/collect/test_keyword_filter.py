"""keyword_filter: whole words for Latin keywords, substrings for Chinese ones."""

from __future__ import annotations

import pytest

from newsdesk.collect._collector import keyword_filter
from newsdesk.config import AI_KEYWORDS
from newsdesk.model import Entry


def _entry(title: str, summary: str = "") -> Entry:
    return Entry(url="https://news.example/1", title=title, summary=summary)


def test_no_keywords_lets_every_entry_through() -> None:
    wanted = keyword_filter([])

    assert wanted(_entry("Sourdough starter tips"))


def test_latin_keyword_does_not_match_inside_a_longer_word() -> None:
    wanted = keyword_filter(["AI"])

    assert not wanted(_entry("The mayor said the bridge will reopen in June"))
    assert not wanted(_entry("Maintaining a fleet of trains"))


@pytest.mark.parametrize(
    "title",
    ["AI chips sell out", "Why (AI) matters", "New rules for AI.", "ai-generated art wins prize"],
)
def test_latin_keyword_matches_as_a_whole_word_in_any_case(title: str) -> None:
    assert keyword_filter(["AI"])(_entry(title))


def test_keyword_with_punctuation_matches_literally() -> None:
    wanted = keyword_filter(["A.I.", "fine-tuning"])

    assert wanted(_entry("The A.I. boom, explained"))
    assert wanted(_entry("Cheap fine-tuning on one GPU"))
    assert not wanted(_entry("AXIX results"))  # '.' is not a wildcard


def test_chinese_keyword_matches_as_a_substring() -> None:
    wanted = keyword_filter(["大模型", "智能体"])

    assert wanted(_entry("国产大模型迎来新一轮降价"))
    assert wanted(_entry("多智能体协作框架开源"))
    assert not wanted(_entry("今日股市收盘上涨"))


def test_summary_is_searched_as_well_as_title() -> None:
    wanted = keyword_filter(["LLM", "机器人"])

    assert wanted(_entry("Weekly roundup", "An LLM wrote half of this issue."))
    assert wanted(_entry("本周看点", "家用机器人进入试点阶段。"))
    assert not wanted(_entry("Weekly roundup", "Gardening and bread."))


def test_default_ai_keywords_pick_ai_news_and_leave_other_news() -> None:
    wanted = keyword_filter(AI_KEYWORDS)

    assert wanted(_entry("Show HN: A tiny inference server for Llama models"))
    assert wanted(_entry("具身智能公司完成新一轮融资"))
    assert not wanted(_entry("Show HN: A sourdough timer in 200 lines of Go"))
    assert not wanted(_entry("He said it was raining in Spain"))


@pytest.mark.parametrize(
    ("keyword", "title"),
    [
        ("OpenAI", "OpenAI发布新一代语音模型"),
        ("AI", "字节跳动AI团队公布路线图"),
        ("GPU", "云厂商GPU租赁价格下调"),
    ],
)
def test_latin_keyword_matches_next_to_chinese_characters(keyword: str, title: str) -> None:
    assert keyword_filter([keyword])(_entry(title))
