"""The quality gate: what makes a verified LLM entry unfit to publish."""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import brief

from newsdesk.editor._quality import echoes, entry_problem, in_language, words
from newsdesk.editor._writer import prompt
from newsdesk.model import DigestEntry

PROMPT = prompt("story", "zh").words() | prompt("story", "en").words()
SOURCES = words("\n".join(brief().evidence_texts("zh")))
ENTRY = DigestEntry(
    story_id="s-lumina",
    headline="光年智能获 12 亿元 B 轮融资",
    url="https://tech.example.cn/news/lumina-b",
    summary="光年智能完成 12 亿元人民币 B 轮融资，星河资本领投。资金将用于扩建苏州的算力中心。",
    insights=("国内模型公司仍能拿到大额融资。", "算力中心是这笔资金的主要去向。"),
    impact="",
    category="business",
    sources=(),
    written_by="llm",
)


@pytest.mark.parametrize(
    "text",
    [
        "可选：一句话说明影响，没有就留空",
        "2 to 4 sentences of explanation",
        "a headline of at most 14 words",
        "30-word Chinese headline",
        "100–200 字的事实摘要（只写事实）",
    ],
)
def test_the_prompts_own_words_are_an_echo(text: str) -> None:
    assert echoes(text, PROMPT, SOURCES)


@pytest.mark.parametrize(
    "text",
    [
        *ENTRY.insights,
        ENTRY.headline,
        ENTRY.summary,
        "OpenAI 发布 GPT-5.2，价格降低一半。",
        "This matters for the field.",
        "Each new model report adds to the pressure on rivals.",
    ],
)
def test_news_text_is_no_echo(text: str) -> None:
    assert not echoes(text, PROMPT, SOURCES | words("OpenAI GPT-5.2"))


@pytest.mark.parametrize(
    ("text", "language", "fits"),
    [
        ("Anthropic 的 Claude 在编程评测中领先", "zh", True),
        ("Lumina raised 1.2 billion yuan in a Series B round.", "zh", False),
        ("Lumina (光年智能) raised 1.2 billion yuan.", "en", True),
        ("光年智能完成 12 亿元 B 轮融资", "en", False),
    ],
)
def test_the_language_is_judged_by_chinese_characters_against_latin_words(
    text: str, language: str, fits: bool
) -> None:
    assert in_language(text, language) is fits


def test_a_good_entry_has_no_problem() -> None:
    assert entry_problem(ENTRY, "zh", PROMPT, SOURCES) == ""


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"insights": ()}, "no insight left after verification"),
        ({"insights": ("融资仍然活跃。", "融资仍然活跃！")}, "insight 2 is empty or repeats"),
        ({"insights": ("资金将用于扩建苏州的算力中心。",)}, "insight 1 is empty or repeats"),
        ({"headline": "光年智能" * 16}, "its headline is too long"),
        ({"summary": "可选：一句话说明影响，没有就留空"}, "its summary repeats the prompt"),
    ],
)
def test_an_unfit_entry_names_its_problem(change: dict[str, object], problem: str) -> None:
    assert entry_problem(replace(ENTRY, **change), "zh", PROMPT, SOURCES).startswith(problem)  # type: ignore[arg-type]
