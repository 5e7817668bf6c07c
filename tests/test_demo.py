"""`newsdesk demo`: the sample day, served from 127.0.0.1, through the real pipeline."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.collect import canonical_url
from newsdesk.demo import load_sample_day, run_demo
from newsdesk.model import Outcome
from newsdesk.store import open_store


def test_sample_day_has_the_promised_shape() -> None:
    sample = load_sample_day()
    assert 140 <= len(sample.items) <= 170
    assert 12 <= len(sample.sources) <= 18
    assert {s.kind for s in sample.sources} == {"rss", "atom", "jsonfeed", "html", "hn"}
    assert {s.language for s in sample.sources} == {"zh", "en"}
    stories = Counter(i.story for i in sample.items)
    assert sum(n >= 4 for n in stories.values()) >= 10
    assert len({canonical_url(i.url) for i in sample.items}) == len(sample.items)


def test_demo_stores_the_whole_sample_day(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "out")
    sample = load_sample_day()
    assert [r.outcome for r in result.summary.sources] == [Outcome.OK] * len(sample.sources)
    assert result.summary.counts.new == len(sample.items)
    store = open_store(result.store_url)
    stored = {s.item.canonical_url: s.item for s in store.items()}
    store.close()
    for item in sample.items:
        got = stored[canonical_url(item.url)]
        assert got.published == item.published, item.key
        assert got.language == next(s.language for s in sample.sources if s.id == item.source)
    assert (tmp_path / "out" / "newsdesk.yaml").exists()


def test_demo_again_adds_nothing_new(tmp_path: Path) -> None:
    run_demo(tmp_path)
    again = run_demo(tmp_path)
    assert again.summary.counts.new == 0
    assert again.summary.counts.unchanged == len(load_sample_day().items)


def test_demo_command_prints_summary_and_paths(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "Sources: 15 ok, 0 not modified, 0 failed" in result.stdout
    assert "Items: 151 new" in result.stdout
    assert "Sample day: 2026-05-14" in result.stdout
