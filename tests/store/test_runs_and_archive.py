"""What the desk server reads from the store, on SQLite and on PostgreSQL: runs with the
day they write, their plan and the stages finished so far; a story's reports without
their text; when each source brought items."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from newsdesk.config import parse_config
from newsdesk.model import GroupResult, Item, RunStatus, Story
from newsdesk.store import SqlStore

T0 = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
DAY = date(2026, 5, 14)
SOURCES = parse_config(
    """
sources:
  - {id: zhiyuan, name: 智源前沿, kind: feed, url: 'https://zhiyuan.example/feed'}
  - {id: ledger, kind: feed, url: 'https://ledger.example/atom'}
""",
    env={},
).sources


def test_a_run_is_read_back_with_its_day_plan_and_stages_as_it_goes(store: SqlStore) -> None:
    fetch = store.start_run("fetch", T0, plan=["collect", "fulltext"])
    run = store.start_run(
        "serve", T0, day=DAY, digests=["ai-daily"], plan=["collect", "select", "write"]
    )
    store.record_stage(run, "collect", T0, 1.5, {"new": 4}, [{"source": "x", "error": "boom"}])

    going = store.run(run, T0)
    assert going is not None
    assert (going.status, going.day, going.digests, going.plan) == (
        RunStatus.RUNNING, DAY, ("ai-daily",), ("collect", "select", "write")
    )  # fmt: skip
    [stage] = going.stages
    assert (stage.stage, stage.seconds, stage.counts) == ("collect", 1.5, {"new": 4})
    assert stage.errors == ({"source": "x", "error": "boom"},)
    assert going.writes("ai-daily") and not going.writes("ai-ribao")

    store.finish_run(run, T0 + timedelta(minutes=1), "ok", None)
    assert [r.id for r in store.runs(T0)] == [run, fetch]
    assert [r.id for r in store.runs(T0, day=DAY)] == [run]
    assert [r.id for r in store.runs(T0, before=run)] == [fetch]
    assert [r.id for r in store.runs(T0, limit=1)] == [run]
    done = store.run(run, T0)
    assert done is not None and done.status is RunStatus.OK and done.finished is not None
    fetched = store.run(fetch, T0)
    assert fetched is not None and (fetched.day, fetched.digests) == (None, ())
    assert store.run(999, T0) is None


def test_a_digests_runs_are_those_naming_it_or_writing_every_digest(store: SqlStore) -> None:
    """A fetch writes no digest; a run of every digest writes this one; a name is matched
    whole, its underscore no wildcard."""
    store.start_run("fetch", T0)
    every = store.start_run("run", T0, day=DAY)
    mine = store.start_run("run", T0, day=DAY, digests=["ai_daily", "other"])
    store.start_run("run", T0, day=DAY, digests=["aixdaily"])
    store.start_run("run", T0, day=DAY, digests=["ai_daily_en"])

    assert [r.id for r in store.runs(T0, digest="ai_daily")] == [mine, every]


def test_reading_the_runs_marks_one_whose_process_is_gone_abandoned(store: SqlStore) -> None:
    run = store.start_run("serve", T0, day=DAY)
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE runs SET pid = :pid"), {"pid": process.pid})

    [found] = store.runs(T0 + timedelta(minutes=1))

    assert (found.id, found.status) == (run, RunStatus.ABANDONED)
    assert "stopped before it finished" in (found.error or "")


def _item(n: int, title: str, *, source: str = "zhiyuan", snippet: str = "") -> Item:
    return Item(
        source_id=source,
        url=f"https://{source}.example/a/{n}",
        canonical_url=f"https://{source}.example/a/{n}",
        title=title,
        snippet=snippet,
        text="",
        author="",
        published=T0 + timedelta(hours=n),
        language="zh" if source == "zhiyuan" else "en",
        content_hash=f"h{n}",
        publisher="智源前沿" if source == "zhiyuan" else "",
    )


def _story(story_id: str, title: str, when: datetime) -> Story:
    return Story(
        id=story_id, title=title, titles={}, first_seen=when, last_updated=when, item_count=2,
        sources=("zhiyuan", "ledger"), domains=(), languages=("zh", "en"),
    )  # fmt: skip


def _archive(store: SqlStore) -> dict[str, int]:
    store.sync_sources(SOURCES)
    store.upsert_items(
        [
            _item(1, "深言科技发布 Aster-3 大模型"),
            _item(2, "Shenyan ships Aster-3", source="ledger", snippet="A 100% open model."),
            _item(3, "光年智能完成融资"),
            _item(4, "Lumina raises money", source="ledger"),
        ],
        T0,
    )
    ids = {s.item.title: s.id for s in store.items()}
    aster = [ids["深言科技发布 Aster-3 大模型"], ids["Shenyan ships Aster-3"]]
    lumina = [ids["光年智能完成融资"]]
    stories = [
        _story("s-aster", "深言科技发布 Aster-3", T0),
        _story("s-lumina", "光年智能融资", T0),
    ]
    result = GroupResult(
        {aster[0]: "s-aster", aster[1]: "s-aster", lumina[0]: "s-lumina"},
        {aster[1]: aster[0]}, frozenset(), {}, {}, {},
    )  # fmt: skip
    store.save_grouping(result, stories)
    return ids


def test_a_storys_reports_say_who_published_them_and_when(store: SqlStore) -> None:
    ids = _archive(store)

    reports = store.story_reports(["s-aster", "s-lumina", "s-none"])

    assert set(reports) == {"s-aster", "s-lumina"}
    first, second = reports["s-aster"]
    assert (first.item_id, first.publisher, first.language, first.repost) == (
        ids["深言科技发布 Aster-3 大模型"], "智源前沿", "zh", False
    )  # fmt: skip
    assert (second.source_id, second.publisher, second.repost) == ("ledger", "", True)
    assert first.published == T0 + timedelta(hours=1) and first.first_seen == T0


def test_item_times_are_when_each_item_was_published(store: SqlStore) -> None:
    """A source added today that lists posts of the last weeks: each counts on the day it
    was published, not on the day newsdesk first saw it; one with no time, on that day."""
    store.sync_sources(SOURCES)
    backlog = replace(_item(1, "old"), published=T0 - timedelta(days=40))
    untimed = replace(_item(4, "untimed", source="ledger"), published=None)
    store.upsert_items([backlog, _item(2, "new"), _item(3, "other", source="ledger")], T0)
    store.upsert_items([untimed], T0 + timedelta(days=1))

    found = store.item_times(T0 - timedelta(days=30))

    assert sorted(found) == [
        ("ledger", T0 + timedelta(hours=3)),
        ("ledger", T0 + timedelta(days=1)),
        ("zhiyuan", T0 + timedelta(hours=2)),
    ]
    assert all(at.tzinfo is not None for _, at in found)
