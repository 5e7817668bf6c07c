"""``eval classify``: its tolerant reader, and the exact JSON it prints and writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.desk import read_classify_file
from newsdesk.exceptions import EvalError

runner = CliRunner()
# Written for this test: two AI stories (one in each language) and one hot-list item.
LINES = [
    {
        "id": 7,
        "title": "云岚科技发布Orion-5大模型，上下文100万token，代码基准全面领先",
        "lang": "zh",
        "source": "wechat",
        "published": "2026-05-14T10:00:00+08:00",
        "points": 120,
    },
    {
        "id": "b",
        "title": "Cloud providers cut GPU rental prices as new data centres come online",
        "text": "Hourly rates for H100 instances fell by a third in a month.",
    },
    {"id": "c", "title": "暴雨橙色预警：今晚到明天城区有大到暴雨", "lang": "zh"},
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _good(path: Path) -> Path:
    return _write(path, [json.dumps(r, ensure_ascii=False) for r in LINES])


def test_eval_classify_prints_items_and_ai_and_writes_one_verdict_per_item(
    tmp_path: Path,
) -> None:
    out = tmp_path / "pred.jsonl"
    path = _good(tmp_path / "in.jsonl")
    result = runner.invoke(app, ["eval", "classify", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"items": 3, "ai": 2}
    assert result.stdout.count("\n") == 1  # one JSON object; timing goes to stderr
    verdicts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [v["id"] for v in verdicts] == [7, "b", "c"]  # ids as given, in input order
    assert [v["ai"] for v in verdicts] == [True, True, False]
    assert [set(v) for v in verdicts] == [{"id", "relevance", "ai", "category"}] * 3
    assert verdicts[0]["category"] == "models" and verdicts[1]["category"] == "compute"
    assert all(0 <= v["relevance"] <= 1 for v in verdicts)


def test_eval_classify_reports_bad_lines_by_number_and_judges_the_rest(tmp_path: Path) -> None:
    lines = [json.dumps(LINES[0], ensure_ascii=False), "{not json", '{"title": "no id"}']
    lines += ['{"id": 4, "title": ""}', "[1, 2]", json.dumps(LINES[2], ensure_ascii=False)]
    lines += ['{"id": 7}', '{"id": NaN, "title": "t"}', '{"id": 2.5, "title": "t"}']
    path = _write(tmp_path / "in.jsonl", lines)
    result = runner.invoke(app, ["eval", "classify", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"items": 2, "ai": 1}
    nothing = "neither 'title' nor 'text'"  # a text alone is judged: no title is missing
    expected = {2: "is not JSON", 3: "missing 'id'", 4: nothing, 5: "not a JSON object", 7: nothing}
    not_an_id = "'id' must be a string or a whole number, not"
    expected |= {8: f"{not_an_id} NaN", 9: f"{not_an_id} 2.5"}
    for number, problem in expected.items():
        [said] = [line for line in result.stderr.splitlines() if f"line {number}" in line]
        assert problem in said, said


def test_an_item_with_a_text_and_no_title_is_judged_by_its_texts_opening(
    tmp_path: Path,
) -> None:
    post = "Kestrel Labs open-sources a 7B reasoning model. Weights are on its hub."
    lines = [
        json.dumps({"id": "p", "text": post}),
        json.dumps({"id": "q", "title": " ", "text": post}),
    ]
    path = _write(tmp_path / "posts.jsonl", lines)
    out = tmp_path / "out.jsonl"

    result = runner.invoke(app, ["eval", "classify", str(path), "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"items": 2, "ai": 2}
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["p", "q"]


def test_eval_classify_fails_clearly_on_a_file_with_no_item(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["eval", "classify", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "No file at" in missing.output
    empty = runner.invoke(app, ["eval", "classify", str(_write(tmp_path / "e.jsonl", ["{}"]))])
    assert empty.exit_code == 2 and "no item to classify" in empty.output
    assert "line 1: missing 'id'" in empty.output


def test_the_reader_detects_a_missing_language_and_keeps_other_keys_out(tmp_path: Path) -> None:
    read = read_classify_file(_good(tmp_path / "in.jsonl"))
    assert read.problems == []
    assert [r.item.language for r in read.records] == ["zh", "en", "zh"]
    assert read.records[0].item.source_id == "wechat" and read.records[0].item.time is not None


def test_the_reader_raises_for_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="No file at"):
        read_classify_file(tmp_path / "missing.jsonl")


# Written for this test: an invented AI company, two of whose stories say AI in their own
# words and two of whose (its staff, its app) do not, and two stories that are not AI news.
QUILLON = [
    {
        "id": 1,
        "title": "Quillon-3 tops the coding leaderboard with a 1M-token context window",
        "text": "The third model from Quillon leads two coding benchmarks.",
    },
    {"id": 2, "title": "Quillon open-sources the weights of its small reasoning model"},
    {"id": 3, "title": "Quillon hires a former bank executive as chief financial officer"},
    {"id": 4, "title": "Quillon's app adds a family plan with five seats"},
    {"id": 5, "title": "City council approves new bicycle lanes downtown"},
    {"id": 6, "title": "Review: the Ferro phone has a bright screen and a weak battery"},
]


def _verdicts(tmp_path: Path, lines: list[dict[str, object]]) -> dict[object, bool]:
    path = _write(tmp_path / "in.jsonl", [json.dumps(r) for r in lines])
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["eval", "classify", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return {v["id"]: v["ai"] for v in map(json.loads, out.read_text("utf-8").splitlines())}


def test_the_file_is_the_day_an_ai_companys_staff_and_app_news_is_ai_news(
    tmp_path: Path,
) -> None:
    verdicts = _verdicts(tmp_path, QUILLON)
    assert verdicts == {1: True, 2: True, 3: True, 4: True, 5: False, 6: False}
    # alone, the staff and app stories say nothing of AI
    assert _verdicts(tmp_path, QUILLON[2:]) == {3: False, 4: False, 5: False, 6: False}


# Written for this test: a day as a hot list and an AI feed mix it.  One wire about an AI
# chip reaches the file twice; AI news speaks of IPOs and of American tech giants; none
# of that makes the console price, the tea chain's listing or the stock market AI news.
MIXED_DAY = [
    {"id": "w1", "title": "Sony unveils an AI vision chip for home robots",
     "text": "The Sony chip runs a small vision model on the device."},
    {"id": "w2", "title": "Sony unveils an AI vision chip for home robots",
     "text": "The Sony chip runs a small vision model on the device."},
    {"id": "g1", "title": "Sony raises the PlayStation 5 price in Europe by 50 euros",
     "text": "The console now costs 549 euros."},
    {"id": "a1", "title": "智谱港股IPO获批，大模型第一股来了", "lang": "zh"},
    {"id": "a2", "title": "MiniMax递表港交所，IPO募资用于训练多模态模型"},
    {"id": "g2", "title": "蜜雪冰城IPO首日大涨，市值破千亿"},
    {"id": "a3", "title": "美国科技巨头加码AI数据中心，今年资本开支超4000亿美元"},
    {"id": "a4", "title": "美国科技公司争抢AI人才，顶尖研究员年薪破亿"},
    {"id": "g3", "title": "美国科技股周五集体下跌，纳指跌2%"},
]  # fmt: skip


def test_a_mixed_day_lifts_no_general_news_by_a_wire_twice_initials_or_a_place(
    tmp_path: Path,
) -> None:
    verdicts = _verdicts(tmp_path, MIXED_DAY)
    assert {k for k, ai in verdicts.items() if ai} == {"w1", "w2", "a1", "a2", "a3", "a4"}
    # the same file in the other order judges each item alike
    assert _verdicts(tmp_path, MIXED_DAY[::-1]) == verdicts


def test_html_in_a_title_or_text_is_read_as_a_runs_collector_reads_it(tmp_path: Path) -> None:
    line = {"id": 1, "title": "<b>Kestrel&nbsp;Labs</b> &amp; Orbit", "text": "<p>A&#39;s 7B</p>"}
    item = read_classify_file(_write(tmp_path / "i.jsonl", [json.dumps(line)])).records[0].item
    assert (item.title, item.text) == ("Kestrel Labs & Orbit", "A's 7B")
