"""Searching the archive, on SQLite and on PostgreSQL: every word, any case, any script."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_sql_store import SOURCES, T0, make_item

from newsdesk.model import GroupResult, Story
from newsdesk.store import SqlStore

MODEL = "test-model"


def _story(story_id: str, title: str, hours: float) -> Story:
    return Story(
        id=story_id,
        title=title,
        titles={"en": title},
        first_seen=T0,
        last_updated=T0 + timedelta(hours=hours),
        item_count=1,
        sources=("zhiyuan",),
        domains=("zhiyuan.example",),
        languages=("zh",),
    )


@pytest.fixture
def archive(store: SqlStore) -> SqlStore:
    """Three stories: a Chinese launch, an English funding round, a chip with 100% in it."""
    store.sync_sources(SOURCES)
    store.upsert_items(
        [
            make_item(1, title="深言科技发布Aster-3大模型", snippet="上下文窗口达200万token"),
            make_item(2, title="深言Aster-3开放API", snippet="价格每百万token 2元"),
            make_item(3, source="ledger", title="Lumina Labs raises $500M", snippet="Series C"),
            make_item(4, title="启明芯QM-900良率100%", snippet="量产_计划"),
        ],
        T0,
    )
    ids = {i.title: i.id for i in store.ungrouped_items(MODEL)}
    assigned = {
        ids["深言科技发布Aster-3大模型"]: "s-aster",
        ids["深言Aster-3开放API"]: "s-aster",
        ids["Lumina Labs raises $500M"]: "s-lumina",
        ids["启明芯QM-900良率100%"]: "s-chip",
    }
    stories = [
        _story("s-aster", "Shenyan releases Aster-3", hours=1),
        _story("s-lumina", "Lumina Labs raises $500M Series C", hours=3),
        _story("s-chip", "Qiming's QM-900 chip", hours=2),
    ]
    store.save_grouping(
        GroupResult(assigned, {}, frozenset(assigned.values()), {}, {}, {}), stories
    )
    return store


def _found(store: SqlStore, *words: str, **options: object) -> dict[str, list[str]]:
    return {
        story.id: [i.item.title for i in items]
        for story, items in store.search_stories(words, **options)  # type: ignore[arg-type]
    }


def test_a_chinese_word_finds_the_story_with_the_items_that_hold_it(archive: SqlStore) -> None:
    assert _found(archive, "深言") == {
        "s-aster": ["深言科技发布Aster-3大模型", "深言Aster-3开放API"]
    }


def test_every_word_must_be_found_in_an_items_title_and_summary(archive: SqlStore) -> None:
    assert _found(archive, "深言", "200万") == {"s-aster": ["深言科技发布Aster-3大模型"]}
    assert _found(archive, "深言", "Lumina") == {}


def test_case_does_not_matter_and_a_title_alone_finds_a_story(archive: SqlStore) -> None:
    assert _found(archive, "ASTER-3") == {
        "s-aster": ["深言科技发布Aster-3大模型", "深言Aster-3开放API"]
    }
    assert _found(archive, "shenyan") == {"s-aster": []}


def test_newest_first_at_most_limit_and_since(archive: SqlStore) -> None:
    assert list(_found(archive, "s")) == ["s-lumina", "s-chip", "s-aster"]
    assert list(_found(archive, "s", limit=1)) == ["s-lumina"]
    assert list(_found(archive, "s", since=T0 + timedelta(hours=2))) == ["s-lumina", "s-chip"]


def test_percent_and_underscore_are_only_themselves(archive: SqlStore) -> None:
    assert _found(archive, "100%") == {"s-chip": ["启明芯QM-900良率100%"]}
    assert _found(archive, "量产_计划") == {"s-chip": ["启明芯QM-900良率100%"]}
    assert _found(archive, "%") == {"s-chip": ["启明芯QM-900良率100%"]}
    assert _found(archive, "_") == {"s-chip": ["启明芯QM-900良率100%"]}
    assert _found(archive, "\\") == {}
