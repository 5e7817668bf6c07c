"""The editor's reply cache in the store, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from test_sql_store import T0

from newsdesk.store import SqlStore
from newsdesk.store import _tables as t

KEY = "a" * 64


def test_an_unknown_key_has_no_reply(store: SqlStore) -> None:
    assert store.cached_reply(KEY) is None


def test_a_saved_reply_is_read_back_exactly(store: SqlStore) -> None:
    reply = '{"title": "深言科技发布 Aster", "points": ["融资 5 亿元"]}'
    store.save_reply(KEY, "deepseek-chat", reply, 1200, 300, T0)
    assert store.cached_reply(KEY) == reply
    assert store.cached_reply("b" * 64) is None


def test_saving_a_key_again_replaces_the_reply(store: SqlStore) -> None:
    store.save_reply(KEY, "deepseek-chat", '{"v": 1}', 10, 5, T0)
    store.save_reply(KEY, "deepseek-chat", '{"v": 2}', 12, 6, T0 + timedelta(days=1))
    assert store.cached_reply(KEY) == '{"v": 2}'
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(t.llm_cache)).one()
    assert (row.tokens_in, row.tokens_out, row.created) == (12, 6, T0 + timedelta(days=1))
