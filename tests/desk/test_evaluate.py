"""``eval cluster``: its input checks, B-cubed, and the exact JSON it prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.desk import bcubed, read_eval_file
from newsdesk.exceptions import EvalError

runner = CliRunner()
LINES = [
    {
        "id": "a1",
        "title": "星河智能发布Orion-5大模型，上下文100万token",
        "lang": "zh",
        "published": "2026-05-14T10:00:00+08:00",
        "source": "s1",
        "event": "orion",
    },
    {
        "id": "a2",
        "title": "Xinghe AI launches Orion-5 with a 1 million token context",
        "text": "Xinghe AI released Orion-5, which reads 1 million tokens.",
        "published": "2026-05-14T03:00:00Z",
        "source": "s2",
        "event": "orion",
    },
    {
        "id": "b1",
        "title": "Canglan FC beat Riverside 3-1 to top the league",
        "published": "2026-05-15T12:00:00Z",
        "event": "football",
    },
]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def test_bcubed_of_a_perfect_and_of_a_lumped_clustering() -> None:
    assert bcubed(["a", "a", "b"], ["x", "x", "y"]).f1 == 1.0
    lumped = bcubed(["a", "a", "b"], ["x", "x", "x"])
    assert lumped.recall == 1.0
    assert lumped.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_eval_cluster_prints_exactly_the_agreed_json_and_writes_predictions(
    tmp_path: Path,
) -> None:
    gold = _write(tmp_path / "gold.jsonl", LINES)
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", "cluster", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert list(printed) == ["items", "gold_clusters", "pred_clusters", "precision", "recall", "f1"]
    assert printed["items"] == 3 and printed["gold_clusters"] == 2
    assert printed == printed | {"pred_clusters": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    predicted = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in predicted] == ["a1", "a2", "b1"]
    assert predicted[0]["cluster"] == predicted[1]["cluster"] != predicted[2]["cluster"]
    assert "3 items in" in result.stderr and "embedding" in result.stderr  # time: stderr only


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x", "title": "t"}\n', "line 1: missing 'event'"),
        ('{"id": "x", "title": "t", "event": "e"}\nnot json\n', "line 2 is not JSON"),
        (
            '{"id": "x", "title": "t", "event": "e"}\n{"id": "x", "title": "u", "event": "e"}\n',
            "id 'x' appears twice",
        ),
        ("\n", "holds no items"),
    ],
)
def test_a_bad_eval_file_names_the_line_and_exits_2(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(EvalError, match=message):
        read_eval_file(path)
    result = runner.invoke(app, ["eval", "cluster", str(path)])
    assert result.exit_code == 2
    assert message.split(":")[-1].strip().strip("'") in result.output


def test_times_are_read_in_any_form_a_feed_writes_and_a_bad_one_keeps_its_item(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    times = [
        "2026-02-01T08:00:00+08:00",
        "Sun, 01 Feb 2026 00:00:00 GMT",
        1769904000,
        "2026年2月1日 08:00",
        "yesterday",
    ]
    lines = [
        {"id": n, "title": f"标题{n}", "event": "e", "published": t} for n, t in enumerate(times)
    ]
    path = tmp_path / "gold.jsonl"  # written by a Windows tool: a byte-order mark first
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8-sig")
    records = read_eval_file(path)
    assert [r.published.isoformat() if r.published else None for r in records] == [
        "2026-02-01T00:00:00+00:00",
        "2026-02-01T00:00:00+00:00",
        "2026-02-01T00:00:00+00:00",
        "2026-02-01T08:00:00+00:00",
        None,
    ]
    assert f"{path}: line 5: 'published' 'yesterday' is not a time" in caplog.text


def test_a_date_alone_or_a_time_without_a_zone_is_taken_as_utc_and_grouped(
    tmp_path: Path,
) -> None:
    """A judge's file often holds "2026-05-14" or "2026-05-14 09:00": read as UTC (as
    ``eval cluster --help`` says), never an error nor a crash."""
    times = ["2026-05-14", "2026-05-14T09:00:00", "2026-05-14 10:30", "2026-05-15"]
    lines = [{**line, "published": t} for line, t in zip([*LINES, LINES[2]], times, strict=True)]
    lines[3] = {**lines[3], "id": "b2"}
    gold = _write(tmp_path / "gold.jsonl", lines)
    records = read_eval_file(gold)
    result = runner.invoke(app, ["eval", "cluster", str(gold)])
    assert [r.published.isoformat() if r.published else None for r in records] == [
        "2026-05-14T00:00:00+00:00",
        "2026-05-14T09:00:00+00:00",
        "2026-05-14T10:30:00+00:00",
        "2026-05-15T00:00:00+00:00",
    ]
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["items"] == 4


@pytest.mark.parametrize("when", ["9999-12-31T23:59:59", "0001-01-01", "1066-10-14"])
def test_a_time_grouping_cannot_count_days_from_names_its_line(tmp_path: Path, when: str) -> None:
    """A year no news is from (a placeholder, a typo) stopped grouping with an
    OverflowError's traceback; it is an error naming the line instead."""
    lines = [LINES[0], {**LINES[1], "published": when}]
    gold = _write(tmp_path / "gold.jsonl", lines)
    result = runner.invoke(app, ["eval", "cluster", str(gold)])
    assert result.exit_code == 2, result.output
    assert "line 2: 'published'" in result.output and when in result.output
    assert "between 1900 and 2200" in result.output


def test_a_missing_eval_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "cluster", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "No file at" in result.output


def test_an_unwritable_out_file_is_refused_before_any_work(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", LINES)
    result = runner.invoke(
        app, ["eval", "cluster", str(gold), "--out", str(tmp_path / "no" / "such" / "p.jsonl")]
    )
    assert result.exit_code == 2
    assert "Cannot write" in result.output and '"f1"' not in result.output


def test_predictions_give_back_each_id_as_the_input_had_it(tmp_path: Path) -> None:
    rows = [dict(row, id=n) for n, row in enumerate(LINES)]  # numbers, not strings
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(
        app, ["eval", "cluster", str(_write(tmp_path / "g.jsonl", rows)), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [0, 1, 2]


def test_an_item_with_an_empty_null_or_no_title_is_grouped_on_its_texts_opening(
    tmp_path: Path,
) -> None:
    rows = [
        {
            "id": 1,
            "title": None,
            "text": "Xinghe AI released Orion-5. It reads a book.",
            "event": "e",
        },
        {"id": 2, "text": "Orion-5 reads 1 million tokens.", "event": "e"},
        {"id": 3, "title": "  ", "text": "星河智能发布Orion-5。支持百万上下文。", "event": "e"},
    ]
    records = read_eval_file(_write(tmp_path / "gold.jsonl", rows))
    assert [(r.title, r.text) for r in records] == [
        ("Xinghe AI released Orion-5.", "Xinghe AI released Orion-5. It reads a book."),
        ("Orion-5 reads 1 million tokens.", "Orion-5 reads 1 million tokens."),
        ("星河智能发布Orion-5。", "星河智能发布Orion-5。支持百万上下文。"),
    ]


def test_an_empty_or_null_event_is_an_event_of_its_own_not_one_shared_by_all(
    tmp_path: Path,
) -> None:
    """No label says the item shares its event with no other: lumping every unlabelled
    item into one gold event would score a run down for keeping them apart."""
    rows = [
        dict(LINES[0], event=""),
        dict(LINES[1], event=None),
        dict(LINES[2], event=" "),
        {"id": "c1", "title": "Orion-5 tops a coding leaderboard", "event": "(own event of a1)"},
    ]
    gold = _write(tmp_path / "gold.jsonl", rows)
    events = [r.event for r in read_eval_file(gold)]
    assert len(set(events)) == 4 and events[3] == "(own event of a1)"
    printed = json.loads(runner.invoke(app, ["eval", "cluster", str(gold)]).stdout)
    assert printed["gold_clusters"] == 4


def test_an_item_with_neither_title_nor_text_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", [LINES[0], {"id": "x", "title": "", "event": "e"}])
    result = runner.invoke(app, ["eval", "cluster", str(path)])
    assert result.exit_code == 2
    assert "line 2: neither 'title' nor 'text' to group" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("given", "shown"), [("1.5", "1.5"), ("NaN", "NaN"), ("true", "true"), ("[1]", "[1]")]
)
def test_an_id_that_is_no_string_nor_whole_number_names_its_line(
    tmp_path: Path, given: str, shown: str
) -> None:
    """Ids are names echoed back in the predictions: a fraction, NaN (not even JSON when
    written out) or true is refused by line, as eval classify and eval verify do."""
    path = tmp_path / "gold.jsonl"
    path.write_text(f'{{"id": "a", "title": "t", "event": "e"}}\n{{"id": {given}, "title": "u"}}\n')
    result = runner.invoke(app, ["eval", "cluster", str(path)])
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    assert f"line 2: 'id' must be a string or a whole number, not {shown}" in said


def test_html_a_scraper_left_in_is_read_as_a_runs_collector_reads_it(tmp_path: Path) -> None:
    rows = [
        {"id": 1, "title": "Meta &amp; Google <b>partner</b>", "text": "<p>R&amp;D&nbsp;lab</p>"},
        {"id": 2, "title": "AT&T <3 and R&D", "text": "plain  text\nkept as given"},
    ]
    records = read_eval_file(_write(tmp_path / "g.jsonl", [dict(r, event="e") for r in rows]))
    assert [(r.title, r.text) for r in records] == [
        ("Meta & Google partner", "R&D lab"),
        ("AT&T <3 and R&D", "plain  text\nkept as given"),
    ]


def test_a_less_than_sign_in_a_judges_title_is_text_not_a_tag(tmp_path: Path) -> None:
    """ "k<n and n>m" looked like markup, and the words between "<" and ">" were lost."""
    rows = [{"id": 1, "title": "Attention wins when k<n and n>m", "text": "x<y, y>z", "event": "e"}]
    records = read_eval_file(_write(tmp_path / "g.jsonl", rows))
    assert [(r.title, r.text) for r in records] == [("Attention wins when k<n and n>m", "x<y, y>z")]
