"""``eval verify``: its input checks and the exact JSON lines it prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.editor import read_verify_file
from newsdesk.exceptions import EvalError

runner = CliRunner()
SOURCES = [
    "澜舟智能完成50亿元C轮融资，由青岚资本领投。",
    "Orbit Labs raised $5 billion. https://orbit.example.com/news/round",
    "2 sources; published 2026-01-26",
]
LINES = [
    {"id": "good", "sources": SOURCES, "text": "澜舟智能获5,000,000,000元融资；Orbit Labs也获投。"},
    {
        "id": 7,
        "sources": SOURCES,
        "text": "澜舟智能完成60亿元融资，赤岩资本领投。Zentrix Labs joined. 详见 https://fake.example/x",
        "links": ["https://orbit.example.com/news/round/", "https://fake.example/y"],
    },
]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def test_eval_verify_prints_one_line_per_text_then_the_counts(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", LINES))])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"id": "good", "ok": True, "unsupported": []},
        {
            "id": 7,
            "ok": False,
            "unsupported": [
                {"claim": "60亿元", "kind": "number"},
                {"claim": "赤岩资本", "kind": "name"},
                {"claim": "Zentrix Labs", "kind": "name"},
                {"claim": "https://fake.example/x", "kind": "link"},
                {"claim": "https://fake.example/y", "kind": "link"},
            ],
        },
        {"items": 2, "flagged": 1},
    ]


def test_chinese_text_is_printed_as_it_is_not_escaped(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", LINES))])
    assert "赤岩资本" in result.stdout


def test_a_claim_repeated_in_a_text_is_listed_once(tmp_path: Path) -> None:
    rows = [{"id": "r", "sources": SOURCES, "text": "融资60亿元。确实是60亿元。"}]
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", rows))])
    assert json.loads(result.stdout.splitlines()[0])["unsupported"] == [
        {"claim": "60亿元", "kind": "number"}
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "sources": []}\n', "line 1: missing 'text'"),
        ('{"id": "a", "text": "t"}\n', "line 1: missing 'sources'"),
        ('{"sources": [], "text": "t"}\n', "line 1: missing 'id'"),
        ('{"id": 0.5, "sources": [], "text": "t"}\n', "'id' must be a string or a whole number"),
        ('{"id": NaN, "sources": [], "text": "t"}\n', "a whole number, not NaN"),
        ('{"id": false, "sources": [], "text": "t"}\n', "a whole number, not false"),
        ('{"id": "a", "sources": {"t": 1}, "text": "t"}\n', "'sources' must be a list of strings"),
        ('{"id": "a", "sources": [], "text": "t", "links": [3]}\n', "'links' must be a list"),
        ('{"id": "a", "sources": [], "text": "t"}\n{"id": \n', "line 2 is not JSON"),
        ("[1, 2]\n", "line 1 is not a JSON object"),
        ("\n", "holds no items"),
    ],
)
def test_a_bad_verify_file_names_the_line_and_exits_2(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(EvalError, match=message):
        read_verify_file(path)
    result = runner.invoke(app, ["eval", "verify", str(path)])
    assert result.exit_code == 2
    assert message.split(":")[-1].strip().strip("'") in result.output


def test_one_source_may_come_without_its_list(tmp_path: Path) -> None:
    rows = [{"id": "a", "sources": "融资60亿元。", "text": "融资80亿元。"}]
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", rows))])
    assert json.loads(result.stdout.splitlines()[0])["unsupported"] == [
        {"claim": "80亿元", "kind": "number"}
    ]


def test_a_missing_verify_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "verify", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "No file at" in result.output


def test_links_given_as_the_storys_item_urls_allow_them_in_the_text(tmp_path: Path) -> None:
    line = {
        "id": "a",
        "sources": ["Orbit Labs raised $5 billion."],
        "links": ["https://orbit.example.com/news/round"],
        "text": "Orbit Labs raised $5 billion (https://orbit.example.com/news/round/), "
        "see also https://fake.example/x",
    }
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", [line]))])
    assert json.loads(result.stdout.splitlines()[0])["unsupported"] == [
        {"claim": "https://fake.example/x", "kind": "link"}
    ]


def test_a_null_source_or_link_is_one_not_given(tmp_path: Path) -> None:
    rows = [{"id": 1, "sources": ["融资60亿元。", None], "text": "融资60亿元。", "links": [None]}]
    record = read_verify_file(_write(tmp_path / "v.jsonl", rows))[0]
    assert (record.sources, record.links) == (("融资60亿元。",), ())
    result = runner.invoke(app, ["eval", "verify", str(tmp_path / "v.jsonl")])
    assert json.loads(result.stdout.splitlines()[0]) == {"id": 1, "ok": True, "unsupported": []}


def test_html_entities_in_a_text_or_its_sources_are_the_characters_they_stand_for(
    tmp_path: Path,
) -> None:
    rows = [
        {"id": 1, "sources": ["AT&T signed a $2 billion deal."], "text": "AT&amp;T signed it."},
        {"id": 2, "sources": ["AT&amp;T got $2&nbsp;billion."], "text": "AT&T got $2 billion."},
    ]
    result = runner.invoke(app, ["eval", "verify", str(_write(tmp_path / "v.jsonl", rows))])
    assert [json.loads(line)["ok"] for line in result.stdout.splitlines()[:2]] == [True, True]
