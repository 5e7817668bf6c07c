"""The JSON Lines reader of the ``eval`` commands: every line a judge's file may hold."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk._jsonl import read_json_lines


def test_a_string_holding_a_unicode_line_separator_stays_one_line(tmp_path: Path) -> None:
    rows = [{"id": 1, "title": "第一段\u2028第二段\u2029完"}, {"id": 2, "title": "NEL\x85 here"}]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert read_json_lines(path) == [(1, rows[0]), (2, rows[1])]


def test_bom_crlf_blank_lines_and_a_last_line_without_newline_are_read(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes('\ufeff{"id": 1}\r\n\r\n   \r\n{"id": "2"}\r\n\t\n{"id": 3}'.encode())
    assert read_json_lines(path) == [(1, {"id": 1}), (4, {"id": "2"}), (6, {"id": 3})]
