"""The file an editor edits for one entry, and what two revisions differ in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsdesk.editor import (
    Evidence,
    diff_digests,
    entry_document,
    entry_from_parts,
    parse_entry_document,
    unsupported_in,
)
from newsdesk.exceptions import EditionError
from newsdesk.model import Digest, DigestEntry, EntryText, MoreLine, Section

TEXT = EntryText(
    headline="星河实验室发布 Lumen-2 模型",
    summary="星河实验室发布 Lumen-2，参数规模 700 亿。",
    insights=("开源权重降低了使用门槛。", "与上一代相比推理更快。"),
    impact="中小团队可在单卡上微调。",
)


def test_a_lead_entry_round_trips_through_its_file() -> None:
    document = entry_document(TEXT, lead=True, about=["Story s1 of ai-ribao 2026-05-14."])
    assert document.startswith("# Story s1 of ai-ribao 2026-05-14.\n")
    assert "## insights\n- 开源权重降低了使用门槛。\n- 与上一代相比推理更快。\n" in document
    assert parse_entry_document(document, lead=True) == TEXT


def test_a_more_news_line_has_a_line_and_a_detail() -> None:
    line = EntryText(headline="Parselab 被收购", summary="交易金额未披露。")
    document = entry_document(line, lead=False)
    assert "## line\nParselab 被收购\n" in document and "## headline" not in document
    assert parse_entry_document(document, lead=False) == line


def test_comments_are_left_out_and_list_markers_stripped() -> None:
    document = (
        "# a comment\n## headline\n新标题\n# another\n## insights\n1. 第一点\n* 第二点\n\n"
        "## summary\n第一句。\n第二句。\n"
    )
    assert parse_entry_document(document, lead=True) == EntryText(
        "新标题", "第一句。 第二句。", ("第一点", "第二点")
    )


def test_a_part_whose_heading_is_left_out_keeps_its_text() -> None:
    document = "## headline\n新标题\n\n## impact\n\n"
    assert parse_entry_document(document, lead=True, base=TEXT) == EntryText(
        "新标题", TEXT.summary, TEXT.insights, ""
    )
    assert parse_entry_document("## summary\n新摘要。\n", lead=True, base=TEXT) == replace(
        TEXT, summary="新摘要。"
    )
    assert "a part whose heading you delete keeps its text" in entry_document(TEXT, lead=True)


def test_an_emptied_file_changes_nothing() -> None:
    assert parse_entry_document("# only comments\n\n## headline\n\n", lead=True) is None


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("## title\nx\n", "'## title' is not a part of this entry"),
        ("## summary\n只有摘要。\n", "The headline is empty"),
        ("标题在前\n## headline\nx\n", "Text before the first heading"),
        (
            "### Nimbus raises $400 million\n\nNimbus raised $400 million.\n",
            "'### Nimbus raises \\$400 million' is not one of this file's headings: each "
            "part's heading stands alone on its line with the text below it, the headline "
            "under '## headline'",
        ),
        ("## headline\nx\n## detail\ny\n", "'## detail' is not a part"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(document: str, message: str) -> None:
    with pytest.raises(EditionError, match=message):
        parse_entry_document(document, lead=True)


def test_an_entry_from_its_parts_keeps_the_parts_not_given() -> None:
    changed = entry_from_parts({"summary": " 新摘要。 ", "insights": ["一", " ", "二"]}, lead=True,
                               base=TEXT)  # fmt: skip
    assert changed == EntryText(TEXT.headline, "新摘要。", ("一", "二"), TEXT.impact)
    line = entry_from_parts({"line": "新的一行"}, lead=False, base=EntryText("旧", "细节"))
    assert line == EntryText("新的一行", "细节")
    assert entry_from_parts({"insights": "独一条"}, lead=True, base=TEXT).insights == ("独一条",)


@pytest.mark.parametrize(
    ("parts", "lead", "message"),
    [
        ({"line": "x"}, True, "'line' is not a part of this entry; its parts are 'headline'"),
        ({"impact": "x"}, False, "'impact' is not a part of this entry; its parts are 'line'"),
        ({"headline": " "}, True, "The headline is empty"),
        ({"summary": ["a", "b"]}, True, "The summary is one text, not a list."),
    ],
)
def test_parts_an_entry_does_not_have_are_refused(
    parts: dict[str, str | list[str]], lead: bool, message: str
) -> None:
    with pytest.raises(EditionError, match=message):
        entry_from_parts(parts, lead=lead, base=TEXT)


def test_unsupported_claims_are_named_by_their_part() -> None:
    evidence = Evidence.build(["星河实验室发布 Lumen-2，参数规模 700 亿，开源权重。"], [])
    invented = EntryText("星河实验室发布 Lumen-3", "参数规模 900 亿。", ("开源。",))
    found = [(c.where, c.claim.text) for c in unsupported_in(invented, evidence, lead=True)]
    assert ("headline", "Lumen-3") in found and ("summary", "900 亿") in found
    supported = EntryText("星河实验室发布 Lumen-2", "参数规模 700 亿。")
    assert unsupported_in(supported, evidence, lead=True) == []


def entry(story: str, headline: str, summary: str = "") -> DigestEntry:
    return DigestEntry(story, headline, f"https://example.org/{story}", summary, (), "", "models",
                       (), "offline")  # fmt: skip


def digest(entries: list[DigestEntry], more: list[MoreLine], title: str = "日报") -> Digest:
    sections = (Section("模型", tuple(entries)),)
    return Digest("ai-ribao", date(2026, 5, 14), "zh", title, (), sections, tuple(more), (), ())


def test_diff_tells_added_removed_moved_and_edited_stories() -> None:
    line = MoreLine("s4", "一条动态", "https://example.org/s4", "offline")
    old = digest([entry("s1", "甲"), entry("s2", "乙"), entry("s3", "丙")], [line])
    new = digest(
        [entry("s3", "丙改", "新摘要"), entry("s2", "乙"), entry("s5", "戊")], [], title="新日报"
    )
    day, stories = diff_digests(old, new)
    assert [(c.part, c.before, c.after) for c in day] == [("title", "日报", "新日报")]
    assert [(s.story_id, s.change, s.before, s.after) for s in stories] == [
        ("s3", "moved", "lead 3", "lead 1"),
        ("s5", "added", "", "lead 3"),
        ("s1", "removed", "lead 1", ""),
        ("s4", "removed", "more 1", ""),
    ]
    assert [(t.part, t.before, t.after) for t in stories[0].texts] == [
        ("headline", "丙", "丙改"),
        ("summary", "", "新摘要"),
    ]


def test_a_place_shifted_by_a_story_leaving_or_coming_above_is_no_move() -> None:
    """s1 dropped: s2 and s3 rise one place each, and s5 from more news takes the free
    lead slot; the one line left in more news rises too.  Only the drop and s5's move
    are changes, and s3's new words are told at its new place."""
    old = digest(
        [entry("s1", "甲"), entry("s2", "乙"), entry("s3", "丙")],
        [MoreLine(s, s, f"https://example.org/{s}", "offline") for s in ("s5", "s6")],
    )
    new = digest(
        [entry("s2", "乙"), entry("s3", "丙改"), entry("s5", "戊")],
        [MoreLine("s6", "s6", "https://example.org/s6", "offline")],
    )
    _, stories = diff_digests(old, new)
    assert [(s.story_id, s.change, s.before, s.after) for s in stories] == [
        ("s3", "edited", "lead 3", "lead 2"),
        ("s5", "moved", "more 1", "lead 3"),
        ("s1", "removed", "lead 1", ""),
    ]


def test_of_two_neighbours_swapped_the_one_the_editor_acted_on_is_the_one_moved() -> None:
    """An editor who moves s3 down a place, past s2, sees s3 named, not s2 that rose."""
    old = digest([entry("s1", "甲"), entry("s2", "乙"), entry("s3", "丙")], [])
    new = digest([entry("s1", "甲"), entry("s3", "丙"), entry("s2", "乙")], [])
    _, stories = diff_digests(old, new, acted={"s2"})
    assert [(s.story_id, s.change, s.before, s.after) for s in stories] == [
        ("s2", "moved", "lead 2", "lead 3"),
    ]


def test_of_two_neighbours_swapped_with_no_action_recorded_the_one_that_rose_moved() -> None:
    """Both moved one place: an editor raises the story they mean, so that one moved."""
    old = digest([entry("s1", "甲"), entry("s2", "乙"), entry("s3", "丙")], [])
    new = digest([entry("s1", "甲"), entry("s3", "丙"), entry("s2", "乙")], [])
    _, stories = diff_digests(old, new)
    assert [(s.story_id, s.change, s.before, s.after) for s in stories] == [
        ("s3", "moved", "lead 3", "lead 2"),
    ]


def test_of_two_blocks_swapped_the_one_that_rose_moved() -> None:
    """s1 s2 s3 s4 to s3 s4 s1 s2: either pair could have moved two places; the pair
    that went up is named."""
    old = digest([entry(s, s) for s in ("s1", "s2", "s3", "s4")], [])
    new = digest([entry(s, s) for s in ("s3", "s4", "s1", "s2")], [])
    _, stories = diff_digests(old, new)
    assert [(s.story_id, s.change) for s in stories] == [("s3", "moved"), ("s4", "moved")]


def test_a_line_coming_into_the_days_list_shifts_the_others_without_changing_them() -> None:
    """The day's list reads like the lead: a story moved up into it adds its line, the
    line it pushed out is gone, and the lines between only shift a place."""
    old = replace(digest([entry("s1", "甲")], []), bullets=("甲", "乙", "丙", "丁"))
    new = replace(old, bullets=("甲", "戊", "乙", "丙"))
    day, _ = diff_digests(old, new)
    assert [(c.part, c.before, c.after) for c in day] == [
        ("bullet 2", "", "戊"),
        ("bullet 4", "丁", ""),
    ]
    reworded = replace(old, bullets=("甲", "乙改", "丙", "丁"))
    day, _ = diff_digests(old, reworded)
    assert [(c.part, c.before, c.after) for c in day] == [("bullet 2", "乙", "乙改")]


def test_identical_revisions_differ_in_nothing() -> None:
    same = digest([entry("s1", "甲")], [])
    assert diff_digests(same, same) == ((), ())
