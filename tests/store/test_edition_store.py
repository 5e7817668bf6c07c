"""Editions in the store, on SQLite and PostgreSQL: revisions, statuses, and the
editor's actions."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from test_sql_store import T0
from test_story_store import _selection, _story

from newsdesk.model import (
    Digest,
    EditionStatus,
    EditorAction,
    EditorVerb,
    Selection,
)
from newsdesk.store import SqlStore, open_store
from newsdesk.store import _tables as tables

DAY = date(2026, 5, 14)


@pytest.fixture
def stored(store: SqlStore) -> SqlStore:
    store.save_stories([_story("s1"), _story("s2", items=5), _story("s3")])
    return store


def _digest(revision: int, title: str) -> Digest:
    return Digest("ai-ribao", DAY, "zh", title, (), (), (), (), (), revision=revision)


def test_a_draft_is_refreshed_in_its_revision(stored: SqlStore) -> None:
    assert stored.save_edition(_selection(DAY, [_story("s1"), _story("s2", items=5)]), T0) == 1
    assert stored.save_edition(_selection(DAY, [_story("s3")]), T0 + timedelta(hours=1)) == 1
    found = stored.edition("ai-ribao", DAY)
    assert found is not None
    assert (found.revision, found.status, found.lead, found.more) == (
        1,
        EditionStatus.DRAFT,
        ("s3",),
        (),
    )


@pytest.mark.parametrize("status", [EditionStatus.APPROVED, EditionStatus.PUBLISHED])
def test_an_approved_or_published_revision_is_kept_and_a_change_is_the_next(
    stored: SqlStore, status: EditionStatus
) -> None:
    first = _selection(DAY, [_story("s1"), _story("s2", items=5)])
    stored.save_edition(first, T0)
    stored.save_digest(_digest(1, "first"), T0)
    stored.set_edition_status("ai-ribao", DAY, 1, status, T0)
    assert stored.save_edition(first, T0) is None  # the same selection: nothing to do
    stored.save_digest(_digest(1, "rewritten"), T0)  # never replaces it
    assert stored.save_edition(_selection(DAY, [_story("s3")]), T0) == 2
    stored.save_digest(_digest(2, "second"), T0)
    newest = stored.edition("ai-ribao", DAY)
    assert newest is not None and (newest.revision, newest.status) == (2, EditionStatus.DRAFT)
    assert stored.edition_sections("ai-ribao", DAY) == {"s3": "lead"}
    written = stored.digest("ai-ribao", DAY)
    assert written is not None and (written.title, written.revision) == ("second", 2)
    [shown] = stored.all_digests("ai-ribao")
    expected = "first" if status is EditionStatus.PUBLISHED else "second"
    assert shown.title == expected
    assert stored.published_counts("ai-ribao", DAY + timedelta(days=1)) == {
        "s1": 2,
        "s2": 5,
        "s3": 2,
    }


def test_the_latest_edition_is_the_newest_day_with_stories_not_an_empty_one(
    stored: SqlStore,
) -> None:
    """A run just after midnight finds nothing yet for the new day: its empty edition
    must not hide yesterday's from `edition show`, the review desk and `approve`."""
    assert stored.save_edition(_selection(DAY, [_story("s1")]), T0) == 1
    assert stored.save_edition(_selection(DAY + timedelta(days=1), []), T0) == 1
    latest = stored.edition("ai-ribao")
    assert latest is not None and (latest.day, latest.lead) == (DAY, ("s1",))
    empty = stored.edition("ai-ribao", DAY + timedelta(days=1))
    assert empty is not None and empty.lead == ()


def test_with_only_empty_editions_the_latest_is_the_newest_of_them(stored: SqlStore) -> None:
    stored.save_edition(_selection(DAY, []), T0)
    stored.save_edition(_selection(DAY + timedelta(days=1), []), T0)
    latest = stored.edition("ai-ribao")
    assert latest is not None and latest.day == DAY + timedelta(days=1)


def test_the_days_listed_leave_out_those_whose_run_found_no_story_unless_asked(
    stored: SqlStore,
) -> None:
    """An empty day is nothing to read or publish; the limit counts the days listed."""
    stored.save_edition(_selection(DAY, [_story("s1")]), T0)
    stored.save_edition(_selection(DAY + timedelta(days=1), []), T0)
    stored.save_edition(_selection(DAY + timedelta(days=2), [_story("s2")]), T0)
    stored.save_edition(_selection(DAY + timedelta(days=3), []), T0)
    listed = stored.edition_days("ai-ribao", empty=False)
    assert [d.day for d in listed] == [DAY + timedelta(days=2), DAY]
    assert [d.day for d in stored.edition_days("ai-ribao", 1, empty=False)] == [
        DAY + timedelta(days=2)
    ]
    assert len(stored.edition_days("ai-ribao")) == 4


def test_more_reports_of_a_published_story_make_a_new_revision(stored: SqlStore) -> None:
    stored.save_edition(_selection(DAY, [_story("s1")]), T0)
    stored.set_edition_status("ai-ribao", DAY, 1, EditionStatus.PUBLISHED, T0)
    assert stored.save_edition(_selection(DAY, [_story("s1", items=4)]), T0) == 2


def test_editor_actions_are_read_back_in_order(stored: SqlStore) -> None:
    pin = EditorAction("ai-ribao", DAY, EditorVerb.PIN, "s3", None, "ed", T0)
    move = replace(pin, verb=EditorVerb.MOVE, position=2, at=T0 + timedelta(minutes=1))
    stored.record_action(pin)
    stored.record_action(move)
    stored.record_action(replace(pin, digest="ai-daily"))
    assert stored.editor_actions("ai-ribao", DAY) == [pin, move]
    assert stored.editor_actions("ai-ribao", DAY + timedelta(days=1)) == []


def test_a_revisions_files_are_kept_and_never_replaced_once_it_went_out(
    stored: SqlStore,
) -> None:
    stored.save_edition(_selection(DAY, [_story("s1")]), T0)
    stored.save_digest(_digest(1, "first"), T0)
    cover = bytes(range(256)) * 4  # binary content comes back byte for byte
    stored.save_edition_files("ai-ribao", DAY, 1, {"ribao.md": b"# v1", "cover.png": cover}, T0)
    stored.save_edition_files("ai-ribao", DAY, 1, {"ribao.md": b"# v1, redone"}, T0)
    assert stored.edition_files("ai-ribao", DAY, 1) == {
        "cover.png": cover,
        "ribao.md": b"# v1, redone",  # a draft's files are replaced
    }
    stored.set_edition_status("ai-ribao", DAY, 1, EditionStatus.PUBLISHED, T0)
    stored.save_edition_files("ai-ribao", DAY, 1, {"ribao.md": b"# later", "brief.md": b"b"}, T0)
    kept = stored.edition_files("ai-ribao", DAY, 1)
    assert kept["ribao.md"] == b"# v1, redone" and kept["brief.md"] == b"b"
    assert stored.edition_files("ai-ribao", DAY, 2) == {}


def _wait_for_a_lock(store: SqlStore) -> None:
    """Until some other session of the database waits on a lock (the second run is in
    the middle of recording), or 10 s."""
    waiting = sa.text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
    deadline = time.monotonic() + 10
    with store.engine.connect() as conn:
        while conn.execute(waiting).scalar_one() == 0:
            assert time.monotonic() < deadline, "the second run never waited"
            time.sleep(0.05)


def _recording(store: SqlStore, selection: Selection) -> tuple[threading.Thread, list[object]]:
    got: list[object] = []
    thread = threading.Thread(target=lambda: got.append(store.save_edition(selection, T0)))
    thread.start()
    return thread, got


def test_two_runs_numbering_the_same_new_revision_share_it(empty_postgres: str) -> None:
    first, second = open_store(empty_postgres), open_store(empty_postgres)
    first.save_stories([_story("s1"), _story("s3")])
    e, es = tables.editions, tables.edition_stories
    with first.engine.connect() as conn, conn.begin():  # a run recording revision 1
        key = conn.execute(
            e.insert().values(
                digest="ai-ribao", day=DAY, revision=1, created=T0, status="draft", last_action=0
            )
        ).inserted_primary_key
        assert key is not None
        thread, got = _recording(second, _selection(DAY, [_story("s3")]))
        _wait_for_a_lock(first)
        conn.execute(
            es.insert().values(
                edition_id=key[0], story_id="s1", section="lead", rank=1, score=0.5,
                item_count=2, breakdown={},
            )
        )  # fmt: skip
    thread.join(timeout=30)
    assert got == [1]  # the other run's draft, refreshed
    assert second.edition_sections("ai-ribao", DAY) == {"s3": "lead"}
    first.close()
    second.close()


def test_two_runs_refreshing_one_draft_leave_the_later_selection_whole(
    empty_postgres: str,
) -> None:
    first, second = open_store(empty_postgres), open_store(empty_postgres)
    first.save_stories([_story("s1"), _story("s2"), _story("s3")])
    first.save_edition(_selection(DAY, [_story("s3")]), T0)
    e, es = tables.editions, tables.edition_stories
    with first.engine.connect() as conn, conn.begin():  # a run refreshing the draft
        conn.execute(e.update().values(created=T0))
        conn.execute(es.delete())
        thread, got = _recording(second, _selection(DAY, [_story("s3")]))
        _wait_for_a_lock(first)
        conn.execute(
            es.insert(),
            [
                {"edition_id": 1, "story_id": s, "section": "lead", "rank": n, "score": 0.5,
                 "item_count": 2, "breakdown": {}}
                for n, s in enumerate(("s1", "s2"), start=1)
            ],
        )  # fmt: skip
    thread.join(timeout=30)
    assert got == [1]
    assert second.edition_sections("ai-ribao", DAY) == {"s3": "lead"}
    first.close()
    second.close()


def test_a_selection_made_before_another_editors_action_does_not_undo_it(
    stored: SqlStore,
) -> None:
    # Two editors act at once: the first pins s3 and its rewrite reads the actions; the
    # second drops s1, and its rewrite records its revision first.
    stored.save_edition(_selection(DAY, [_story("s1"), _story("s2", items=5)]), T0)
    stored.save_digest(_digest(1, "the run's"), T0)
    pin = EditorAction("ai-ribao", DAY, EditorVerb.PIN, "s3", None, "ann", T0)
    stored.record_action(pin)
    seen_by_pin = stored.last_action("ai-ribao", DAY)
    stored.record_action(replace(pin, verb=EditorVerb.DROP, story_id="s1", who="bo"))
    seen_by_drop = stored.last_action("ai-ribao", DAY)
    assert seen_by_drop > seen_by_pin > 0

    with_both = _selection(DAY, [_story("s2", items=5), _story("s3")])
    assert stored.save_edition(with_both, T0, seen_by_drop) == 2
    without_the_drop = _selection(DAY, [_story("s1"), _story("s2", items=5), _story("s3")])
    assert stored.save_edition(without_the_drop, T0, seen_by_pin) is None

    assert set(stored.edition_sections("ai-ribao", DAY)) == {"s2", "s3"}  # s1 stays out
    newest = stored.edition("ai-ribao", DAY)
    assert newest is not None and newest.revision == 2
