"""group: the embedded items become stories, reports of one event in one story."""

from __future__ import annotations

from newsdesk.config import Config
from newsdesk.model import GroupReport
from newsdesk.stages.enrich import Enrich
from newsdesk.stages.group import Group
from newsdesk.store import SqlStore

from .seeded_day import REPORTS, context, run, through


def test_reports_of_one_event_share_a_story(day_store: SqlStore, config: Config) -> None:
    ctx = through([Enrich()], context(day_store, config))

    result = run(Group(), ctx)

    assert result.output == GroupReport(grouped=len(REPORTS), new_stories=3)
    assert result.counts == {
        "grouped": len(REPORTS), "duplicates": 0, "new_stories": 3, "updated_stories": 0,
        "merged_stories": 0,
    }  # fmt: skip
    sizes = sorted(s.item_count for s in day_store.stories())
    assert sizes == [1, 2, 3]  # the launch, the chip, the bicycle lanes


def test_items_without_a_vector_wait_for_enrich(day_store: SqlStore, config: Config) -> None:
    result = run(Group(), context(day_store, config))

    assert result.output == GroupReport()
    assert day_store.stories() == []


def test_grouping_again_changes_nothing(day_store: SqlStore, config: Config) -> None:
    ctx = through([Enrich(), Group()], context(day_store, config))
    before = {s.id: s.item_count for s in day_store.stories()}

    again = run(Group(), ctx)

    assert again.output == GroupReport()
    assert {s.id: s.item_count for s in day_store.stories()} == before
