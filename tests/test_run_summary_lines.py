"""The run summary names each failed source, but many failing for one reason (a starter
config offline: every host name unresolved) are one line with a count and a few names,
so the summary stays readable; ``newsdesk sources`` still lists each source's error."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsdesk._console
from newsdesk._console import empty_day_line, summary_lines
from newsdesk.model import (
    DeskReport,
    FulltextReport,
    Outcome,
    RankedStory,
    RunSummary,
    Selection,
    SourceReport,
    Story,
)


def _summary(*reports: SourceReport) -> list[str]:
    summary = RunSummary(
        run_id=7, command="run", sources=list(reports), fulltext=FulltextReport(),
        started=datetime(2026, 5, 14, tzinfo=UTC), seconds=1.0,
    )  # fmt: skip
    labels = {r.source_id: r.source_id.title() for r in reports}
    return [line.plain for line in summary_lines(summary, labels)]


def _unresolved(source_id: str) -> SourceReport:
    error = (
        f"could not connect to {source_id}.example: the host name does not resolve "
        "(check the url, or the network)"
    )
    return SourceReport(source_id, Outcome.FAILED, error=error)


def test_many_sources_failing_alike_are_one_line_with_a_count() -> None:
    names = [f"s{n:02}" for n in range(30)]
    lines = _summary(*map(_unresolved, names), SourceReport("odd", Outcome.FAILED, error="boom"))

    failed = [line for line in lines if line.startswith("  ✗")]
    assert failed[0] == (
        "  ✗ 30 sources failed alike, as S00 did: could not connect to s00.example: the host "
        "name does not resolve (check the url, or the network); the others: S01, S02, S03 and "
        "26 more (`newsdesk sources` lists each one's error)"
    )
    assert failed[1:] == ["  ✗ Odd: boom"]
    assert "Sources: 0 ok, 0 not modified, 31 failed" in lines


def test_the_line_of_sources_failing_alike_names_newsdesk_as_it_was_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsdesk._console, "command", lambda: ".venv/bin/newsdesk -c d.yaml")
    lines = _summary(*map(_unresolved, [f"s{n:02}" for n in range(6)]))
    failed = [line for line in lines if line.startswith("  ✗")]
    assert failed[0].endswith("(`.venv/bin/newsdesk -c d.yaml sources` lists each one's error)")


def test_a_few_sources_failing_alike_are_each_named() -> None:
    lines = _summary(*map(_unresolved, ["a", "b", "c", "d", "e"]))

    failed = [line for line in lines if line.startswith("  ✗")]
    assert [line.split(":")[0] for line in failed] == [f"  ✗ {x}" for x in "ABCDE"]


def test_a_digest_left_out_for_a_variable_not_set_fails_the_run_saying_what_to_export() -> None:
    said = "weekly: WEEKLY_LEAD is not set: export WEEKLY_LEAD=..., then run it again."
    summary = RunSummary(
        run_id=7, command="run", sources=[SourceReport("wire", Outcome.OK)],
        fulltext=FulltextReport(), started=datetime(2026, 5, 14, tzinfo=UTC), seconds=1.0,
        desk=DeskReport(waiting=(said,)),
    )  # fmt: skip
    lines = [line.plain for line in summary_lines(summary, {"wire": "Wire"})]
    assert not summary.ok
    assert f"  ✗ digest {said}" in lines


def _selected(day: date, *stories: RankedStory) -> Selection:
    return Selection("ribao", day, list(stories), [], list(stories))


def test_a_past_day_with_no_story_stored_says_to_collect_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``run --date`` writes from what the store holds: on a fresh store "nothing to
    write" alone reads as a day without news, so the run says what to do."""
    monkeypatch.setattr(newsdesk._console, "command", lambda: "newsdesk -c d.yaml")
    summary = RunSummary(
        run_id=7, command="run", sources=[], fulltext=FulltextReport(),
        started=datetime(2026, 5, 14, tzinfo=UTC), seconds=1.0,
        desk=DeskReport(selections=(_selected(date(2026, 2, 7)),)),
    )  # fmt: skip

    assert empty_day_line(summary) == (
        "No story is stored for 2026-02-07: a run with --date writes from the items the "
        "store holds and collects none. Collect them first (`newsdesk -c d.yaml fetch`), "
        "then run the day again."
    )


def test_a_past_day_with_stories_needs_no_such_line() -> None:
    noon = datetime(2026, 2, 7, 4, 0, tzinfo=UTC)
    helix = Story(
        id="s1", title="Helix-2 ships", titles={"en": "Helix-2 ships"}, first_seen=noon,
        last_updated=noon, item_count=1, sources=("wire",), domains=("wire.example",),
        languages=("en",),
    )  # fmt: skip
    story = RankedStory(helix, score=0.5, breakdown={}, title="Helix-2 ships")
    summary = RunSummary(
        run_id=7, command="run", sources=[], fulltext=FulltextReport(),
        started=datetime(2026, 5, 14, tzinfo=UTC), seconds=1.0,
        desk=DeskReport(selections=(_selected(date(2026, 2, 7), story),)),
    )  # fmt: skip

    assert empty_day_line(summary) is None
