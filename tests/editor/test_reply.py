"""Reading replies the way real models write them: the JSON found, salvaged, unwrapped."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from newsdesk.editor._reply import distinct, json_text, read_reply, salvage
from newsdesk.editor._writer import DayReply, StoryReply

OBJECT = '{"a": "x", "b": ["y", "z"]}'


class Pair(BaseModel):
    a: str
    b: list[str]


@pytest.mark.parametrize(
    "content",
    [
        OBJECT,
        f"```json\n{OBJECT}\n```",
        f"Here you go:\n{OBJECT}\nHope this helps!",
        f"<think>{{not this}}</think>\n{OBJECT}",
        f"```\n{OBJECT}",
    ],
)
def test_the_object_is_found_in_what_surrounds_it(content: str) -> None:
    assert json_text(content) == OBJECT


def test_a_brace_inside_a_string_does_not_end_the_object() -> None:
    text = '{"a": "a } in text", "b": []} trailing'
    assert json_text(text) == '{"a": "a } in text", "b": []}'


def test_a_reply_without_an_object_is_returned_as_it_is() -> None:
    assert json_text("  no json here ") == "no json here"


@pytest.mark.parametrize(
    ("cut", "kept"),
    [
        ('{"a": "x", "b": ["y", "z', {"a": "x", "b": ["y"]}),
        ('{"a": "x", "b": ["y", "z"]', {"a": "x", "b": ["y", "z"]}),
        ('{"a": "x", "b": [', {"a": "x"}),
        ('{"a": "x", "b', {"a": "x"}),
        ('{"a": "x\\"y', None),
    ],
)
def test_a_cut_object_keeps_its_complete_fields(cut: str, kept: object) -> None:
    assert salvage(cut) == kept


def test_a_salvaged_reply_says_so() -> None:
    read = read_reply('{"a": "x", "b": ["y", "z', Pair, truncated=True)
    assert read.value == Pair(a="x", b=["y"]) and read.salvaged


def test_text_that_is_no_json_is_said_to_be_so() -> None:
    read = read_reply("I cannot help with that.", Pair)
    assert read.value is None and read.not_json and "Invalid JSON" in read.problem


def test_an_object_of_the_wrong_shape_names_the_missing_field() -> None:
    read = read_reply('{"a": "x"}', Pair)
    assert read.value is None and not read.not_json and read.problem == "b: Field required"


def test_a_single_wrapper_object_is_opened() -> None:
    assert read_reply(f'{{"result": {OBJECT}}}', Pair).value == Pair(a="x", b=["y", "z"])


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ('"title": "光年智能获融资"', "headline"),
        ('"content": "光年智能完成 12 亿元 B 轮融资。"', "summary"),
        ('"body": "光年智能完成 12 亿元 B 轮融资。"', "summary"),
        ('"analysis": ["融资仍然活跃。"]', "insights"),
        ('"points": ["融资仍然活跃。"]', "insights"),
    ],
)
def test_a_story_reply_takes_the_other_names_models_use(data: str, field: str) -> None:
    full = {
        "headline": '"headline": "光年智能获融资"',
        "summary": '"summary": "光年智能完成 12 亿元 B 轮融资。"',
        "insights": '"insights": ["融资仍然活跃。"]',
    }
    full[field] = data
    read = read_reply("{" + ", ".join(full.values()) + "}", StoryReply)
    assert read.value is not None, read.problem


def test_a_lone_insight_is_a_list_of_one_and_repeats_count_once() -> None:
    read = read_reply(
        '{"headline": "光年智能获融资", "summary": "光年智能完成 12 亿元 B 轮融资。", '
        '"insights": "融资仍然活跃。", "impact": null}',
        StoryReply,
    )
    assert read.value is not None and read.value.insights == ["融资仍然活跃。"]
    assert read.value.impact == ""
    day = read_reply(
        '{"title": "今日要闻", "bullets": ["一", "一 ", "二"], "sections": '
        '[{"title": "甲", "stories": [1]}], "keywords": ["AI"]}',
        DayReply,
    )
    assert day.value is not None and day.value.bullets == ["一", "二"]
    assert day.value.seo == ["AI"]


def test_distinct_ignores_punctuation_and_case_and_empty_texts() -> None:
    assert distinct(["Big news.", "big news", " ", "Other"]) == ["Big news.", "Other"]
