"""Publishers in the store: kept with each item and story, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from test_sql_store import SOURCES, T0, make_item
from test_story_store import MODEL, _story

from newsdesk.store import SqlStore
from newsdesk.store._schema import _MIGRATIONS, migrate

TIDEWATER = {"publisher": "Tidewater Tech", "publisher_key": "tidewater-tech.example"}


def test_an_items_publisher_is_stored_and_read_back(store: SqlStore) -> None:
    store.sync_sources(SOURCES)
    store.upsert_items([make_item(1, **TIDEWATER)], T0)

    [stored] = store.items()
    [for_desk] = store.ungrouped_items(MODEL)

    assert (stored.item.publisher, stored.item.publisher_key) == tuple(TIDEWATER.values())
    assert for_desk.publisher == "tidewater-tech.example"  # the desk counts keys


def test_an_item_seen_again_by_its_source_takes_its_publisher(store: SqlStore) -> None:
    store.sync_sources(SOURCES)
    store.upsert_items([make_item(1)], T0)  # as stored before publishers were kept

    store.upsert_items([make_item(1, **TIDEWATER)], T0 + timedelta(hours=1))

    assert store.items()[0].item.publisher_key == "tidewater-tech.example"


def test_the_store_counts_the_names_each_outlets_items_bear(store: SqlStore) -> None:
    store.sync_sources(SOURCES)
    linked = {"publisher": "tidewater-tech.example", "publisher_key": "tidewater-tech.example"}
    store.upsert_items(
        [make_item(1, **TIDEWATER), make_item(2, **TIDEWATER), make_item(3, **linked)], T0
    )

    assert sorted(store.publisher_counts()) == [
        ("tidewater-tech.example", "Tidewater Tech", 2),
        ("tidewater-tech.example", "tidewater-tech.example", 1),
    ]


def test_a_storys_publishers_are_stored_and_read_back(store: SqlStore) -> None:
    store.save_stories([replace(_story("s1"), publishers=("a.example", "智能前哨"))])

    got = store.story("s1")

    assert got is not None and got.publishers == ("a.example", "智能前哨")


def _alembic(conn: sa.Connection) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def test_upgrading_keeps_stored_stories_counting_their_sources(store: SqlStore) -> None:
    store.sync_sources(SOURCES)
    store.upsert_items([make_item(1)], T0)
    with store.engine.begin() as conn:
        command.downgrade(_alembic(conn), "0005")
        stories = sa.table(
            "stories",
            *(sa.column(c) for c in ("id", "title", "first_seen", "last_updated")),
            *(sa.column(c) for c in ("item_count", "source_count", "domain_count")),
            *(sa.column(c, sa.JSON) for c in ("titles", "sources", "domains", "languages")),
            *(sa.column(c, sa.JSON) for c in ("source_items", "breakdown", "category_scores")),
        )
        conn.execute(
            stories.insert().values(
                id="old", title="旧故事", first_seen=T0.replace(tzinfo=None),
                last_updated=T0.replace(tzinfo=None), item_count=2, source_count=2,
                domain_count=1, titles={}, sources=["ledger", "zhiyuan"],
                domains=["zhiyuan.example"], languages=["zh"], source_items={},
                breakdown={}, category_scores={},
            )
        )  # fmt: skip

    migrate(store.engine)

    old = store.story("old")
    assert old is not None and old.publishers == ("ledger", "zhiyuan")
    assert store.items()[0].item.publisher == ""  # its source stands for it until seen again
