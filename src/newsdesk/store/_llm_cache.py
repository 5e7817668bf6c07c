"""The editor's part of the SQL store: chat replies already paid for, by request key."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase


class LLMCacheQueries(SqlBase):
    """The ``llm_cache`` table (see :class:`Store`)."""

    def cached_reply(self, key: str) -> str | None:
        query = sa.select(t.llm_cache.c.reply).where(t.llm_cache.c.key == key)
        with self._begin("read the LLM cache") as conn:
            reply: str | None = conn.execute(query).scalar_one_or_none()
            return reply

    def save_reply(
        self, key: str, model: str, reply: str, tokens_in: int, tokens_out: int, now: datetime
    ) -> None:
        row = {
            "key": key,
            "model": model,
            "reply": reply,
            "tokens_in": tokens_in,
            "tokens_out": tokens_out,
            "created": now,
        }
        stmt = self._insert(t.llm_cache)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.llm_cache.c.key],
            set_={k: stmt.excluded[k] for k in row if k != "key"},
        )
        with self._begin("store an LLM reply") as conn:
            conn.execute(stmt, row)
