"""The story desk's part of the store contract, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from test_sql_store import SOURCES, T0, make_item

from newsdesk.model import (
    EditorAction,
    EditorVerb,
    GroupResult,
    RankedStory,
    Selection,
    Story,
)
from newsdesk.store import SqlStore

MODEL = "test-model"


def _story(story_id: str, hours: float = 0, items: int = 2) -> Story:
    return Story(
        id=story_id,
        title=f"标题 {story_id}",
        titles={"zh": f"标题 {story_id}", "en": f"title {story_id}"},
        first_seen=T0,
        last_updated=T0 + timedelta(hours=hours),
        item_count=items,
        sources=("ledger", "zhiyuan"),
        domains=("zhiyuan.example",),
        languages=("en", "zh"),
        centroid=np.arange(4, dtype=np.float32),
    )


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    store.sync_sources(SOURCES)
    store.upsert_items([make_item(n) for n in range(1, 4)], T0)
    return store


def test_items_without_vectors_until_they_get_one(filled: SqlStore) -> None:
    pending = filled.items_without_vectors(MODEL)
    assert [i.title for i in pending] == [
        "深言科技发布Aster-1",
        "深言科技发布Aster-2",
        "深言科技发布Aster-3",
    ]
    assert pending[0].domain == "zhiyuan.example" and pending[0].vector is None
    filled.save_vectors(MODEL, [(pending[0].id, np.ones(4, dtype=np.float32))])
    assert len(filled.items_without_vectors(MODEL)) == 2
    assert len(filled.items_without_vectors("another-model")) == 3
    [grouped_later] = [i for i in filled.ungrouped_items(MODEL) if i.id == pending[0].id]
    assert grouped_later.vector is not None and list(grouped_later.vector) == [1, 1, 1, 1]


def test_an_edited_item_loses_its_vector_and_is_embedded_again(filled: SqlStore) -> None:
    first = filled.items_without_vectors(MODEL)[0]
    filled.save_vectors(MODEL, [(first.id, np.ones(4, dtype=np.float32))])
    filled.upsert_items([make_item(1, title="深言科技发布Aster-1（更新）", content_hash="new")], T0)
    assert first.id in {i.id for i in filled.items_without_vectors(MODEL)}


def test_grouping_is_stored_with_its_stories_and_read_back(filled: SqlStore) -> None:
    ids = [i.id for i in filled.ungrouped_items(MODEL)]
    story = _story("s1", hours=2, items=3)
    result = GroupResult(
        assigned={ids[0]: "s1", ids[1]: "s1", ids[2]: "s1"},
        duplicates={ids[2]: ids[0]},
        created=frozenset({"s1"}),
        neighbours={ids[0]: ((ids[1], 0.71),)},
        terms={ids[0]: (("深言", "模型"), ("aster-1",))},
        minhashes={ids[0]: b"\x01\x00\x00\x00"},
    )
    filled.save_grouping(result, [story])
    assert filled.ungrouped_items(MODEL) == []
    members = filled.story_items(["s1"], MODEL)
    assert [m.duplicate_of for m in members] == [None, None, ids[0]]
    assert members[0].neighbours == ((ids[1], 0.71),)
    assert members[0].terms == (("深言", "模型"), ("aster-1",))
    assert members[0].minhash == b"\x01\x00\x00\x00" and members[1].minhash is None
    got = filled.story("s1")
    assert got is not None
    assert replace(got, centroid=None) == replace(story, centroid=None)
    assert list(got.centroid) == [0, 1, 2, 3]
    assert filled.story_stored_items("s1")[0].item.title == "深言科技发布Aster-1"


def test_open_stories_are_those_updated_since(filled: SqlStore) -> None:
    filled.save_stories([_story("old", hours=0), _story("new", hours=30)])
    assert filled.open_story_ids(T0 + timedelta(hours=24)) == ["new"]
    assert [s.id for s in filled.stories(since=T0)] == ["new", "old"]
    assert filled.story("missing") is None


def test_an_assessment_replaces_the_story_record(filled: SqlStore) -> None:
    filled.save_stories([_story("s1")])
    assessed = replace(
        _story("s1"),
        category="models",
        relevance=0.9,
        importance=0.61,
        breakdown={"sources": 0.28},
        category_scores={"models": 0.4},
    )
    filled.save_stories([assessed])
    got = filled.story("s1")
    assert got is not None and got.category == "models" and got.breakdown == {"sources": 0.28}


def _selection(day: date, stories: list[Story]) -> Selection:
    ranked = [
        RankedStory(s, score=0.5, breakdown={"novelty": 1.0}, title=s.title, reports=s.item_count)
        for s in stories
    ]
    return Selection(digest="ai-ribao", day=day, lead=ranked[:1], more=ranked[1:], ranked=ranked)


def test_an_edition_records_what_a_digest_selected_and_replaces_that_day(filled: SqlStore) -> None:
    filled.save_stories([_story("s1", items=2), _story("s2", items=5)])
    day = date(2026, 5, 14)
    filled.save_edition(_selection(day, [_story("s1"), _story("s2", items=5)]), T0)
    filled.save_edition(_selection(day, [_story("s2", items=5)]), T0)
    assert filled.edition_sections("ai-ribao", day) == {"s2": "lead"}
    assert filled.published_counts("ai-ribao", day + timedelta(days=1)) == {"s2": 5}
    assert filled.published_counts("ai-ribao", day) == {}
    assert filled.published_counts("ai-daily", day + timedelta(days=1)) == {}


def test_stories_never_assessed_can_be_found(filled: SqlStore) -> None:
    filled.save_stories([_story("fresh"), replace(_story("judged"), importance=0.4)])
    assert [s.id for s in filled.stories(unassessed=True)] == ["fresh"]


def test_a_new_article_text_drops_the_vector_terms_and_sketch_made_from_the_old(
    filled: SqlStore,
) -> None:
    first = filled.items_without_vectors(MODEL)[0]
    filled.save_vectors(MODEL, [(first.id, np.ones(4, dtype=np.float32))])
    grouped = GroupResult(
        assigned={first.id: "s1"},
        duplicates={},
        created=frozenset({"s1"}),
        neighbours={},
        terms={first.id: (("深言",), ())},
        minhashes={first.id: b"\x00" * 4},
    )
    filled.save_grouping(grouped, [_story("s1")])
    filled.save_fulltext(first.id, "全文：深言科技今日发布新一代大模型。" * 20, "ok")
    [again] = [i for i in filled.story_items(["s1"], MODEL) if i.id == first.id]
    assert again.vector is None and again.terms is None and again.minhash is None
    assert first.id in {i.id for i in filled.items_without_vectors(MODEL)}


def test_a_batch_asks_only_for_its_own_items_still_without_vectors(filled: SqlStore) -> None:
    first, _, third = filled.items_without_vectors(MODEL)
    assert [i.id for i in filled.items_without_vectors(MODEL, only={first.id, third.id})] == [
        first.id,
        third.id,
    ]
    filled.save_vectors(MODEL, [(first.id, np.ones(4, dtype=np.float32))])
    assert [i.id for i in filled.items_without_vectors(MODEL, only={first.id})] == []
    assert filled.items_without_vectors(MODEL, only=set()) == []


def _grouped(assigned: dict[int, str], merged: dict[str, str] | None = None) -> GroupResult:
    return GroupResult(
        assigned=assigned,
        duplicates={},
        created=frozenset(assigned.values()) - set((merged or {}).values()),
        neighbours={},
        terms={},
        minhashes={},
        merged=merged or {},
    )


def test_a_merged_story_hands_its_items_over_and_its_id_resolves(filled: SqlStore) -> None:
    first, second, third = (i.id for i in filled.ungrouped_items(MODEL))
    filled.save_grouping(
        _grouped({first: "s1", second: "s2", third: "s3"}),
        [_story("s1", items=1), _story("s2", items=1), _story("s3", items=1)],
    )

    filled.save_grouping(_grouped({}, {"s2": "s1"}), [_story("s1", items=2)])

    assert [i.id for i in filled.story_stored_items("s1")] == [first, second]
    assert {s.id for s in filled.stories()} == {"s1", "s3"}
    moved = filled.story("s2")
    assert moved is not None and (moved.id, moved.item_count) == ("s1", 2)
    filled.save_grouping(_grouped({}, {"s1": "s3"}), [_story("s3", items=3)])
    again = filled.story("s2")  # redirects follow the story they point to
    assert again is not None and again.id == "s3"
    assert [i.id for i in filled.story_stored_items("s3")] == [first, second, third]
    assert filled.story("s4") is None


def test_stories_an_editor_acted_on_or_an_edition_holds_are_held(filled: SqlStore) -> None:
    filled.save_stories([_story(s) for s in ("s1", "s2", "s3", "s4")])
    day = date(2026, 5, 14)
    filled.save_edition(_selection(day, [_story("s1")]), T0)
    filled.record_action(EditorAction("ai-ribao", day, EditorVerb.PIN, "s3", None, "ed", T0))

    assert filled.held_story_ids(["s1", "s2", "s3"]) == {"s1", "s3"}
    assert filled.held_story_ids([]) == set()


def test_a_story_an_edition_took_up_after_grouping_read_the_held_ones_is_not_merged(
    filled: SqlStore,
) -> None:
    first, second, _ = (i.id for i in filled.ungrouped_items(MODEL))
    filled.save_grouping(
        _grouped({first: "s1", second: "s2"}), [_story("s1", items=1), _story("s2", items=1)]
    )
    filled.save_edition(_selection(date(2026, 5, 14), [_story("s2")]), T0)

    filled.save_grouping(_grouped({}, {"s2": "s1"}), [_story("s1", items=2)])

    kept = filled.story("s2")
    assert kept is not None and kept.id == "s2"
    assert [i.id for i in filled.story_stored_items("s2")] == [second]
