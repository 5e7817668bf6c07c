"""The JSON Lines reader of the ``eval`` commands: every line a judge's file may hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk._jsonl import read_json_lines
from newsdesk.exceptions import EvalError


def test_a_string_holding_a_unicode_line_separator_stays_one_line(tmp_path: Path) -> None:
    rows = [{"id": 1, "title": "第一段\u2028第二段\u2029完"}, {"id": 2, "title": "NEL\x85 here"}]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert read_json_lines(path) == [(1, rows[0]), (2, rows[1])]


def test_bom_crlf_blank_lines_and_a_last_line_without_newline_are_read(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes('\ufeff{"id": 1}\r\n\r\n   \r\n{"id": "2"}\r\n\t\n{"id": 3}'.encode())
    assert read_json_lines(path) == [(1, {"id": 1}), (4, {"id": "2"}), (6, {"id": 3})]


def test_a_utf16_file_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"  # what PowerShell's > writes
    path.write_text('{"id": 1, "title": "英伟达"}\r\n{"id": 2}\r\n', encoding="utf-16")
    assert read_json_lines(path) == [(1, {"id": 1, "title": "英伟达"}), (2, {"id": 2})]


def test_a_line_that_is_not_utf8_is_named_and_may_be_skipped(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(b'{"id": 1}\n{"id": "\xff\xfe"}\n{"id": 3}\n')
    with pytest.raises(EvalError, match="line 2 is not UTF-8 text"):
        read_json_lines(path)
    problems: list[str] = []
    assert read_json_lines(path, problems) == [(1, {"id": 1}), (3, {"id": 3})]
    assert problems == [f"{path}: line 2 is not UTF-8 text"]


def test_a_folder_given_for_the_file_says_so_not_an_errno(tmp_path: Path) -> None:
    with pytest.raises(EvalError) as raised:
        read_json_lines(tmp_path)

    assert str(raised.value) == f"{tmp_path} is a folder: give the JSON Lines file in it"
