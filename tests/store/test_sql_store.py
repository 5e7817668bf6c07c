"""The store contract, on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from newsdesk.config import parse_config
from newsdesk.exceptions import StoreError
from newsdesk.model import FetchState, Item, UpsertCounts
from newsdesk.store import SqlStore, open_store

T0 = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
SOURCES = parse_config(
    """
sources:
  - {id: zhiyuan, name: 智源前沿, kind: feed, url: 'https://zhiyuan.example/feed', tags: [zh]}
  - {id: ledger, kind: feed, url: 'https://ledger.example/atom'}
""",
    env={},
).sources


def make_item(n: int, source: str = "zhiyuan", **changes: object) -> Item:
    item = Item(
        source_id=source,
        url=f"https://zhiyuan.example/a/{n}?utm_source=rss",
        canonical_url=f"https://zhiyuan.example/a/{n}",
        title=f"深言科技发布Aster-{n}",
        snippet="摘要",
        text="",
        author="王敏",
        published=T0 + timedelta(hours=n),
        language="zh",
        content_hash=f"h{n}",
        metrics={"points": n},
        tags=("大模型",),
    )
    return replace(item, **changes)  # type: ignore[arg-type]


@pytest.fixture
def synced(store: SqlStore) -> SqlStore:
    store.sync_sources(SOURCES)
    return store


def test_new_items_are_inserted_and_read_back(synced: SqlStore) -> None:
    counts = synced.upsert_items([make_item(1), make_item(2)], T0)
    assert counts == UpsertCounts(new=2)
    [second, first] = synced.items()
    assert first.item == make_item(1)
    assert second.item.published == T0 + timedelta(hours=2)
    assert first.first_seen == T0 and first.first_seen.tzinfo is not None


def test_same_url_again_is_unchanged_and_never_duplicated(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1)], T0)
    later = T0 + timedelta(hours=5)
    counts = synced.upsert_items([make_item(1, metrics={"points": 99})], later)
    assert counts == UpsertCounts(unchanged=1)
    assert synced.count_items() == 1
    [stored] = synced.items()
    assert stored.first_seen == T0
    assert stored.last_seen == later
    assert stored.item.metrics == {"points": 99}


def test_changed_content_updates_row_but_keeps_first_seen(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1)], T0)
    edited = make_item(1, title="深言科技发布Aster-1（更新）", content_hash="h1b")
    assert synced.upsert_items([edited], T0 + timedelta(hours=1)) == UpsertCounts(updated=1)
    [stored] = synced.items()
    assert stored.item.title == "深言科技发布Aster-1（更新）"
    assert stored.first_seen == T0


def test_update_without_text_or_date_keeps_stored_ones(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1, text="全文")], T0)
    synced.upsert_items([make_item(1, text="", published=None, content_hash="h1b")], T0)
    [stored] = synced.items()
    assert stored.item.text == "全文"
    assert stored.item.published == T0 + timedelta(hours=1)


def test_repeated_url_inside_one_batch_is_stored_once(synced: SqlStore) -> None:
    counts = synced.upsert_items([make_item(1), make_item(1, content_hash="h1b")], T0)
    assert counts == UpsertCounts(new=1)
    assert synced.count_items() == 1


def test_large_batches_are_split(synced: SqlStore) -> None:
    assert synced.upsert_items([make_item(n) for n in range(1203)], T0).new == 1203
    assert synced.count_items() == 1203


def test_items_filter_by_window_and_source(synced: SqlStore) -> None:
    synced.upsert_items([make_item(n) for n in range(5)], T0)
    synced.upsert_items([make_item(9, source="ledger", published=None)], T0 + timedelta(hours=2))
    window = synced.items(T0 + timedelta(hours=1), T0 + timedelta(hours=3))
    assert [s.item.canonical_url[-1] for s in window] == ["9", "2", "1"]
    assert [s.item.source_id for s in synced.items(source_ids=["ledger"])] == ["ledger"]
    assert len(synced.items(limit=2)) == 2


def test_fetch_state_round_trips_and_survives_resync(synced: SqlStore) -> None:
    state = FetchState(
        "zhiyuan",
        etag='"abc"',
        last_modified="Wed, 13 May 2026 08:00:00 GMT",
        last_fetched=T0,
        last_success=T0,
        last_status="ok",
        consecutive_failures=0,
    )
    synced.save_fetch_state(state)
    synced.sync_sources(SOURCES)
    assert synced.fetch_states()["zhiyuan"] == state
    assert synced.fetch_states()["ledger"] == FetchState("ledger")


def test_fulltext_candidates_and_saving(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1), make_item(2, text="长" * 500)], T0)
    [candidate] = synced.items_needing_fulltext(["zhiyuan"], min_chars=400, limit=10)
    assert candidate.item.canonical_url.endswith("/1")
    synced.save_fulltext(candidate.id, "文章全文", "ok")
    assert synced.items_needing_fulltext(["zhiyuan"], min_chars=400, limit=10) == []
    assert synced.items(source_ids=["zhiyuan"])[-1].item.text == "文章全文"


def test_runs_and_stages_are_recorded(synced: SqlStore) -> None:
    run_id = synced.start_run("fetch", T0)
    synced.record_stage(run_id, "collect", T0, 1.5, {"new": 3}, [{"source": "x", "error": "e"}])
    synced.finish_run(run_id, T0 + timedelta(seconds=2), "ok", None)
    assert synced.start_run("fetch", T0) == run_id + 1


def test_naive_datetime_is_refused(synced: SqlStore) -> None:
    with pytest.raises(StoreError):
        synced.upsert_items([make_item(1, published=datetime(2026, 5, 14))], T0)


def test_unknown_database_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("no such thing://")
    with pytest.raises(StoreError, match="Unsupported database 'mysql'"):
        open_store("mysql://u@localhost/db")


def test_reopening_keeps_data(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/keep.db"
    first = open_store(url)
    first.sync_sources(SOURCES)
    first.upsert_items([make_item(1)], T0)
    first.close()
    again = open_store(url)
    assert again.count_items() == 1
    again.close()


def test_item_seen_by_another_source_keeps_its_first_owner(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1)], T0)
    other = make_item(1, source="ledger", title="Aster-1 (relay)", content_hash="other")
    later = T0 + timedelta(hours=1)
    assert synced.upsert_items([other], later) == UpsertCounts(unchanged=1)
    [stored] = synced.items()
    assert (stored.item.source_id, stored.item.title) == ("zhiyuan", "深言科技发布Aster-1")
    assert stored.last_seen == later


def test_batch_repeating_a_url_keeps_its_fullest_copy(synced: SqlStore) -> None:
    dated = make_item(1, text="全文内容")
    undated = make_item(1, published=None, text="", content_hash="h1b")
    synced.upsert_items([dated, undated], T0)
    [stored] = synced.items()
    assert stored.item.published == dated.published
    assert stored.item.text == "全文内容"


def test_changing_a_source_url_forgets_its_validators(synced: SqlStore) -> None:
    synced.save_fetch_state(FetchState("zhiyuan", etag='"v1"', last_modified="yesterday"))
    synced.sync_sources(SOURCES)
    assert synced.fetch_states()["zhiyuan"].etag == '"v1"'
    moved = parse_config(
        "sources: [{id: zhiyuan, kind: feed, url: 'https://zhiyuan.example/new-feed'}]", env={}
    ).sources
    synced.sync_sources(moved)
    state = synced.fetch_states()["zhiyuan"]
    assert (state.etag, state.last_modified) == (None, None)


def test_nul_characters_are_removed_before_they_reach_the_database(synced: SqlStore) -> None:
    bad = make_item(2, url="https://zhiyuan.example/a/\x002", title="标题\x00", tags=("a\x00",))

    counts = synced.upsert_items([make_item(1), bad, make_item(3)], T0)

    assert counts == UpsertCounts(new=3)
    stored = {s.item.canonical_url: s.item for s in synced.items()}
    assert stored[bad.canonical_url].title == "标题"
    assert stored[bad.canonical_url].tags == ("a",)


def test_an_item_the_database_refuses_is_left_out_alone(synced: SqlStore) -> None:
    # No normalised item is like this; it stands for any row a backend may refuse.
    refused = make_item(2, content_hash="h" * 65)  # the column holds 64 on PostgreSQL
    items = [make_item(1), refused, make_item(3)]

    counts = synced.upsert_items(items, T0)

    stored = {s.item.canonical_url for s in synced.items()}
    assert {make_item(1).canonical_url, make_item(3).canonical_url} <= stored
    if synced.engine.dialect.name == "postgresql":
        assert counts == UpsertCounts(new=2, rejected=1)
        assert refused.canonical_url not in stored


def _runs(store: SqlStore) -> dict[int, tuple[str, str | None]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, status, error FROM runs")).all()
    return {r.id: (r.status, r.error) for r in rows}


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_run_whose_process_was_killed_is_marked_abandoned_by_the_next(store: SqlStore) -> None:
    killed = store.start_run("run", T0)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE runs SET pid = :pid"), {"pid": _dead_pid()})

    later = store.start_run("run", T0 + timedelta(minutes=5))

    runs = _runs(store)
    assert runs[killed][0] == "abandoned"
    assert "stopped before it finished" in (runs[killed][1] or "")
    assert runs[later] == ("running", None)


def test_a_run_whose_process_is_alive_stays_running(store: SqlStore) -> None:
    first = store.start_run("run", T0)  # this very process

    store.start_run("fetch", T0 + timedelta(minutes=1))

    assert _runs(store)[first] == ("running", None)


@pytest.mark.parametrize(("age", "status"), [(timedelta(hours=2), "running"),
                                             (timedelta(hours=25), "abandoned")])  # fmt: skip
def test_a_run_of_another_machine_is_given_up_after_a_day(
    store: SqlStore, age: timedelta, status: str
) -> None:
    other = store.start_run("run", T0)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE runs SET host = 'elsewhere'"))

    store.start_run("run", T0 + age)

    assert _runs(store)[other][0] == status


def test_source_stats_count_each_sources_items_by_when_they_came(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1), make_item(2)], T0 - timedelta(days=40))
    synced.upsert_items([make_item(3)], T0 - timedelta(days=3))
    synced.upsert_items([make_item(4, published=None), make_item(5, source="ledger")], T0)

    stats = synced.source_stats(T0 + timedelta(hours=1), window_days=30)

    zhiyuan = stats["zhiyuan"]
    assert zhiyuan.newest == T0 + timedelta(hours=3)  # item 3's publication time
    assert (zhiyuan.last_new, zhiyuan.first_new) == (T0, T0 - timedelta(days=40))
    assert (zhiyuan.last_day, zhiyuan.window) == (1, 2)
    assert (stats["ledger"].last_day, stats["ledger"].window) == (1, 1)


def test_a_batch_asks_only_for_its_own_items_still_needing_full_text(synced: SqlStore) -> None:
    synced.upsert_items([make_item(1), make_item(2), make_item(3)], T0)
    waiting = synced.items_needing_fulltext(["zhiyuan"], min_chars=400, limit=10)
    mine = {waiting[0].id, waiting[2].id}
    batch = synced.items_needing_fulltext(["zhiyuan"], min_chars=400, limit=10, only=mine)
    assert {s.id for s in batch} == mine
    synced.save_fulltext(waiting[0].id, "", "failed: no article text found on the page")
    again = synced.items_needing_fulltext(["zhiyuan"], min_chars=400, limit=10, only=mine)
    assert [s.id for s in again] == [waiting[2].id]
    assert synced.items_needing_fulltext(["zhiyuan"], 400, 10, only=()) == []


def test_an_in_memory_store_is_one_database_whichever_thread_reads_it() -> None:
    """``--db sqlite://`` keeps the store in memory: the publish stage, which runs on a
    thread of its own, reads the digests the run wrote there, not an empty database."""
    store = open_store("sqlite://")
    store.sync_sources(SOURCES)
    assert store.upsert_items([make_item(1)], T0) == UpsertCounts(new=1)
    seen: list[object] = []
    reader = threading.Thread(target=lambda: seen.append(store.count_items()))
    reader.start()
    reader.join()
    store.close()
    assert seen == [1]
