"""The jsonl kind: local JSON Lines or JSON files, with a field map and dotted paths."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from kind_helpers import FIXTURES, run_collect

from newsdesk.collect.kinds import jsonl
from newsdesk.collect.kinds.jsonl import JsonlFields, JsonlSource, read_records
from newsdesk.config import FetchSettings
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry

EXPORT_FIELDS = {
    "url": "link.href",
    "title": "headline",
    "summary": "body.lead",
    "content": "body.full",  # absent from every record: content stays ""
    "author": "meta.byline",
    "published": "meta.time",
    "metrics": ["stats.views", "stats.comments"],
}


def _collect(fast: FetchSettings, base_dir: Path, path: str, **extra: Any) -> Collected:
    source = JsonlSource(id="imports", kind="jsonl", path=path, **extra)
    return run_collect(jsonl.collect, source, fast, base_dir=base_dir)


def test_jsonl_lines_become_entries_with_default_field_names(fast: FetchSettings) -> None:
    entries = _collect(fast, FIXTURES, "jsonl_items.jsonl").entries

    assert entries == [
        Entry(
            url="https://blog.tidewater.example/posts/agent-evals",
            title="How we evaluate coding agents",
            summary="Three metrics that track real user value.",
            content="<p>Three metrics that track real user value, and two that do not.</p>",
            author="Nadia Petrova",
            published=datetime(2026, 5, 14, 9, 0, tzinfo=timezone(timedelta(hours=2))),
        ),
        Entry(
            url="https://www.jiuzhang-ai.example/news/0513",
            title="九章智能开源 32B 推理模型",
            summary="模型权重与训练日志同步公开。",
            author="九章智能",
            published=datetime(2026, 5, 13, 20, 30),
        ),
        Entry(url="https://notes.example/plain", title="A record with no date and no extras"),
        Entry(
            url="https://notes.example/epoch",
            title="Unix time in seconds",
            published=datetime(2026, 5, 14, 8, 0, tzinfo=UTC),
        ),
    ]


def test_jsonl_skips_malformed_lines_and_counts_each_reason(fast: FetchSettings) -> None:
    collected = _collect(fast, FIXTURES, "jsonl_items.jsonl")

    # One cut-off line, one list instead of an object, one record without a URL.
    assert len(collected.entries) == 4
    assert collected.skipped == {
        "line is not valid JSON": 1,
        "record is not a JSON object": 1,
        "record has no url under 'url' (its keys: title); "
        "name its keys in the source: fields: {url: KEY}": 1,
    }


def test_records_under_other_keys_are_skipped_with_the_mapping_they_need(
    fast: FetchSettings, tmp_path: Path
) -> None:
    """A file of one's own names things its own way: the reason says which key was looked
    under, which keys the records have, and offers the one holding a web address."""
    (tmp_path / "mine.json").write_text(
        '{"articles": [{"link": "https://mine.example/1", "headline": "Wren-3B runs on phones",'
        ' "date": "2026-12-07"}]}',
        encoding="utf-8",
    )

    collected = _collect(fast, tmp_path, "mine.json", records="articles")

    assert collected.entries == []
    assert collected.skipped == {
        "record has no url under 'url' or title under 'title' (its keys: link, headline, "
        "date); name its keys in the source: fields: {url: link, title: KEY}": 1
    }
    mapped = _collect(
        fast,
        tmp_path,
        "mine.json",
        records="articles",
        fields=JsonlFields(url="link", title="headline", published="date"),
    )
    assert [(e.url, e.title) for e in mapped.entries] == [
        ("https://mine.example/1", "Wren-3B runs on phones")
    ]


def test_jsonl_read_records_counts_unreadable_lines_and_ignores_blank_ones() -> None:
    records, bad = read_records(FIXTURES / "jsonl_items.jsonl", None)

    assert bad == 1
    assert len(records) == 6
    assert records[4] == ["a list is not a record"]


def test_jsonl_metrics_keep_numbers_by_last_path_segment_and_ignore_booleans(
    fast: FetchSettings,
) -> None:
    fields = {"metrics": ["stats.likes", "stats.shares", "stats.featured"]}

    entries = _collect(fast, FIXTURES, "jsonl_items.jsonl", fields=fields).entries

    assert [e.metrics for e in entries] == [{"likes": 128, "shares": 17}, {"likes": 56}, {}, {}]


def test_json_file_reads_records_key_and_dotted_field_paths(fast: FetchSettings) -> None:
    collected = _collect(
        fast, FIXTURES, "jsonl_export.json", records="data.records", fields=EXPORT_FIELDS
    )

    assert collected.entries == [
        Entry(
            url="https://www.qinghe-daily.example/tech/2026/0514/ai-chip.html",
            title="清河日报：国产 AI 芯片出货量创新高",
            summary="一季度出货量同比增长 140%。",
            author="记者 周宁",
            published=datetime(2026, 5, 14, 8, 15),
            metrics={"views": 20488, "comments": 37},
        ),
        Entry(
            url="https://tech.harborview.example/a/robot-kitchens",
            title="Robot kitchens reach 200 restaurants",
            summary="The fictional chain plans 500 sites by next year.",
            author="Chris Adeyemi",
            published=datetime(2026, 5, 13, 23, 0, tzinfo=UTC),
            metrics={"views": 9120},
        ),
    ]
    assert sum(collected.skipped.values()) == 1


def test_jsonl_field_mapped_to_null_stays_empty(fast: FetchSettings) -> None:
    fields = {"summary": None, "content": None, "author": None, "published": None}

    first = _collect(fast, FIXTURES, "jsonl_items.jsonl", fields=fields).entries[0]

    assert first == Entry(
        url="https://blog.tidewater.example/posts/agent-evals",
        title="How we evaluate coding agents",
    )


def test_jsonl_content_may_join_several_keys_and_a_list_of_highlights(
    fast: FetchSettings, tmp_path: Path
) -> None:
    """An aggregator's record keeps its point and highlights apart; the article is all
    of them, a paragraph each, and what is no text (an object, a flag) is left out."""
    record = (
        '{"url": "https://digest.example/1", "title": "启明芯发布训练芯片", '
        '"core": "启明芯发布第三代训练芯片 QM-900。", '
        '"highlights": ["BF16 算力 1200 TFLOPS。", "", {"note": "x"}, true, 144]}\n'
    )
    (tmp_path / "digest.jsonl").write_text(record, "utf-8")

    entry = _collect(
        fast, tmp_path, "digest.jsonl", fields={"content": ["core", "highlights", "absent"]}
    ).entries[0]

    assert entry.content == "启明芯发布第三代训练芯片 QM-900。\n\nBF16 算力 1200 TFLOPS。\n\n144"


def test_jsonl_relative_path_is_resolved_against_base_dir(
    fast: FetchSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "imports").mkdir()
    shutil.copy(FIXTURES / "jsonl_items.jsonl", tmp_path / "imports" / "b.jsonl")
    (tmp_path / "imports" / "a.jsonl").write_text(
        '{"url": "https://first.example/a", "title": "从 a.jsonl 读到的第一条"}\n', "utf-8"
    )
    monkeypatch.chdir(FIXTURES)  # the working directory must not matter

    collected = _collect(fast, tmp_path, "imports/*.jsonl")

    assert len(collected.entries) == 5
    assert collected.entries[0].title == "从 a.jsonl 读到的第一条"  # files in name order
    assert collected.entries[1].title == "How we evaluate coding agents"


def test_jsonl_reports_the_resolved_pattern_when_no_file_matches(
    fast: FetchSettings, tmp_path: Path
) -> None:
    with pytest.raises(ParseError, match=f"no files match {tmp_path / 'missing'}"):
        _collect(fast, tmp_path, "missing/*.jsonl")


def test_json_file_without_a_list_under_the_key_is_a_parse_error(fast: FetchSettings) -> None:
    with pytest.raises(ParseError, match=r"has no list of records under 'data\.items'"):
        _collect(fast, FIXTURES, "jsonl_export.json", records="data.items")


def test_json_file_that_is_not_json_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"records": [\n  {"url": }\n]}', "utf-8")

    with pytest.raises(ParseError, match=r"bad.json is not valid JSON: .* at line 2"):
        read_records(path, "records")


def test_json_file_with_a_bom_and_top_level_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_bytes(b"\xef\xbb\xbf" + '[{"url": "https://a.example/1", "title": "标题"}]'.encode())

    records, bad = read_records(path, None)

    assert (records, bad) == ([{"url": "https://a.example/1", "title": "标题"}], 0)


def test_jsonl_lines_end_at_line_feeds_only_so_a_raw_line_separator_stays_in_its_text(
    tmp_path: Path,
) -> None:
    """A JSON string may hold U+2028 or U+0085 raw; str.splitlines() broke the record
    there into two unreadable halves."""
    path = tmp_path / "items.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + '{"url": "https://a.example/1", "title": "one\u2028two"}\r\n'.encode()
        + '{"url": "https://a.example/2", "title": "three\x85four"}\n'.encode()
    )

    records, bad = read_records(path, None)

    assert [r["title"] for r in records] == ["one\u2028two", "three\x85four"]
    assert bad == 0


def test_jsonl_line_that_is_not_utf8_is_counted_and_the_others_are_read(tmp_path: Path) -> None:
    """One stray byte no longer fails the whole source: that line alone is lost."""
    path = tmp_path / "items.jsonl"
    path.write_bytes(
        b'{"url": "https://a.example/1", "title": "caf\xe9"}\n'
        b'{"url": "https://a.example/2", "title": "fine"}\n'
    )

    records, bad = read_records(path, None)

    assert (records, bad) == ([{"url": "https://a.example/2", "title": "fine"}], 1)


def test_jsonl_file_written_as_utf16_with_its_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes('{"url": "https://a.example/1", "title": "标题"}\r\n'.encode("utf-16"))

    records, bad = read_records(path, None)

    assert (records, bad) == ([{"url": "https://a.example/1", "title": "标题"}], 0)
