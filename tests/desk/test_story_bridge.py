"""Two open stories that a later day's reports show to be one event merge.

A first day may tell one event in two pieces: the headlines naming the dam in one story,
those naming the country in another.  Two open stories never join while a day is
grouped, so the next day's headlines, naming both, merge them once they have landed;
two stories of one kind of news (two companies fined alike) stay apart, and a story an
editor holds keeps its id: it may absorb, never be absorbed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desk_helpers import NORTHWIND, SOUTHGATE, day_two, encoder, grouped, open_pair

from newsdesk.config import parse_config
from newsdesk.model import EditorAction, EditorVerb, GroupReport, Item
from newsdesk.stages.enrich import enrich
from newsdesk.stages.group import group
from newsdesk.store import SqlStore, open_store

DAY_ONE = datetime(2026, 5, 14, tzinfo=UTC)

#: Day one, one event in two pieces: its headlines naming the dam …
DAM = [
    "Brennick dam bursts after week of heavy rain",
    "Brennick dam failure: hundreds flee rising water",
    "Engineers warned of cracks in Brennick dam last year",
    "Brennick dam collapse sweeps away bridges downstream",
]
#: … and those naming the country.
COUNTRY = [
    "Osterland declares national emergency as valley floods",
    "Osterland flood: army sent to evacuate villages",
    "Osterland floods leave thousands without power",
    "Death toll in Osterland flooding rises to 19",
]
#: Day two: headlines naming both.
BRIDGE = [
    "Brennick dam collapse: Osterland death toll climbs to 31",
    "Osterland mourns as Brennick dam victims are named",
    "Osterland orders inquiry into Brennick dam collapse",
    "Brennick dam disaster: Osterland asks neighbours for help",
    "Osterland's Brennick dam collapse: what we know",
]
#: Day two: news of other things.
ELSEWHERE = [
    "Central bank of Ostria holds rates at 3%",
    "Harlow Rovers sign striker Mateo Quill",
    "Museum in Carvel returns stolen painting",
]
#: Day two's reports of the two companies fined alike (NORTHWIND, SOUTHGATE).
FINES_DAY_TWO = [
    "Northwind Labs to appeal data fine",
    "Southgate Labs says it will pay the data fine",
    "Northwind Labs chief apologises over data fine",
    "Southgate Labs shares fall after regulator's fine",
]


def test_a_days_reports_naming_both_pieces_merge_them_into_the_older() -> None:
    result = grouped(open_pair(DAM, COUNTRY, ("s-dam", "s-country")) + day_two(BRIDGE))

    assert result.merged == {"s-country": "s-dam"}
    assert set(result.assigned.values()) == {"s-dam"}
    assert result.created == frozenset()


def test_pieces_no_report_of_the_day_bridges_stay_apart() -> None:
    result = grouped(open_pair(DAM, COUNTRY, ("s-dam", "s-country")) + day_two(ELSEWHERE))

    assert result.merged == {}


def test_two_events_of_one_kind_stay_two_stories() -> None:
    result = grouped(
        open_pair(NORTHWIND, SOUTHGATE, ("s-north", "s-south")) + day_two(FINES_DAY_TWO)
    )

    assert result.merged == {}
    assert result.assigned == {20: "s-north", 21: "s-south", 22: "s-north", 23: "s-south"}


def test_a_held_story_absorbs_and_is_never_absorbed() -> None:
    items = open_pair(DAM, COUNTRY, ("s-dam", "s-country")) + day_two(BRIDGE)

    kept = grouped(items, held=frozenset({"s-country"}))
    both = grouped(items, held=frozenset({"s-dam", "s-country"}))

    assert kept.merged == {"s-dam": "s-country"}  # the younger, held, keeps its id
    assert set(kept.assigned.values()) == {"s-country"}
    assert both.merged == {}


def test_a_later_batch_of_the_same_run_merges_its_earlier_stories_in_the_result() -> None:
    """Both days grouped in one run: the first day's two pieces are the run's own
    stories, never stored, so the merge needs no redirect; every item ends in one."""
    first = [replace(i, story_id=None) for i in open_pair(DAM, COUNTRY, ("s-dam", "s-country"))]

    result = grouped([*first, *day_two(BRIDGE)])

    assert len(set(result.assigned.values())) == 1
    assert result.merged == {}
    assert result.created == frozenset(result.assigned.values())


def _run_two_days(tmp_path: Path, pin_the_country: bool) -> tuple[SqlStore, GroupReport, str, str]:
    """The group stage on a real store: day one (the dam's and the country's headlines,
    two stories), then day two (headlines naming both); with ``pin_the_country`` an
    editor pins the country's story in between.  Returns the store, day two's report
    and day one's two story ids (the dam's, the country's)."""
    config = parse_config(
        "sources: [{id: wire, kind: feed, url: 'https://wire.example/feed'}]", env={}
    )
    store = open_store(f"sqlite:///{tmp_path / 'desk.db'}")
    store.sync_sources(config.sources)

    def add(titles: list[str], first: int, start: datetime) -> None:
        store.upsert_items(
            [
                Item(
                    source_id="wire",
                    url=f"https://wire.example/{n}",
                    canonical_url=f"https://wire.example/{n}",
                    title=title,
                    snippet="",
                    text="",
                    author="",
                    published=start + timedelta(hours=n % 10),
                    language="en",
                    content_hash=str(n),
                )
                for n, title in enumerate(titles, start=first)
            ],
            start + timedelta(hours=12),
        )
        enrich(store, encoder())

    add(DAM, 0, DAY_ONE)
    add(COUNTRY, 10, DAY_ONE + timedelta(minutes=30))
    group(store, config, encoder().name, DAY_ONE + timedelta(hours=12))
    titles = {s.id: s.title for s in store.stories()}
    (dam,) = (i for i, t in titles.items() if "Brennick" in t)
    (country,) = (i for i, t in titles.items() if "Osterland" in t)
    if pin_the_country:
        store.record_action(
            EditorAction("ai-daily", DAY_ONE.date(), EditorVerb.PIN, country, None, "ed", DAY_ONE)
        )
    add(BRIDGE, 20, DAY_ONE + timedelta(days=1))
    report = group(store, config, encoder().name, DAY_ONE + timedelta(days=1, hours=12))
    return store, report, dam, country


def test_a_run_stores_the_merge_and_the_absorbed_id_resolves(tmp_path: Path) -> None:
    store, report, dam, country = _run_two_days(tmp_path, pin_the_country=False)
    try:
        assert report.merged_stories == 1
        assert [(s.id, s.item_count) for s in store.stories()] == [(dam, 13)]
        moved = store.story(country)
        assert moved is not None and moved.id == dam
        assert len(store.story_stored_items(dam)) == 13
    finally:
        store.close()


def test_a_story_an_editor_pinned_absorbs_and_keeps_its_id(tmp_path: Path) -> None:
    store, report, dam, country = _run_two_days(tmp_path, pin_the_country=True)
    try:
        assert report.merged_stories == 1
        assert [(s.id, s.item_count) for s in store.stories()] == [(country, 13)]
        moved = store.story(dam)
        assert moved is not None and moved.id == country
    finally:
        store.close()
