"""Editions in the store, on SQLite and PostgreSQL: revisions, statuses, and the
editor's actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from test_sql_store import T0
from test_story_store import _selection, _story

from newsdesk.model import (
    Digest,
    EditionStatus,
    EditorAction,
    EditorVerb,
)
from newsdesk.store import SqlStore

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
