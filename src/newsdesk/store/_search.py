"""Searching the archive: stories by their title and by their items' titles and summaries.

A plain substring match (``ILIKE`` on PostgreSQL, ``lower() LIKE`` on SQLite), so Chinese,
which has no spaces between words, is found as readily as English; no index is needed at
the sizes a newsroom's archive reaches (a scan of a year of items is milliseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from newsdesk.model import StoredItem, Story
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase, stored_item
from newsdesk.store._stories import _story


def _pattern(word: str) -> str:
    """``word`` anywhere in a text, its ``%``, ``_`` and ``\\`` taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _has(column: sa.ColumnElement[str], pattern: str) -> sa.ColumnElement[bool]:
    return column.ilike(pattern, escape="\\")


class SearchQueries(SqlBase):
    """Reading the archive by words (see :class:`Store`)."""

    def search_stories(
        self, words: Sequence[str], since: datetime | None = None, limit: int = 20
    ) -> list[tuple[Story, list[StoredItem]]]:
        """Stories whose title holds every word, or that have an item whose title and
        summary together hold every word (case-insensitive), newest first; each with the
        items that matched (none when only its title did).  ``since``: updated then or
        later."""
        patterns = [_pattern(w) for w in words]
        s, i = t.stories.c, t.items.c
        item_matches = sa.and_(*(sa.or_(_has(i.title, p), _has(i.snippet, p)) for p in patterns))
        title_matches = sa.and_(*(_has(s.title, p) for p in patterns))
        matching_stories = sa.select(i.story_id).where(i.story_id.is_not(None), item_matches)
        query = (
            sa.select(t.stories)
            .where(sa.or_(title_matches, s.id.in_(matching_stories)))
            .order_by(s.last_updated.desc(), s.id)
            .limit(limit)
        )
        if since is not None:
            query = query.where(s.last_updated >= sa.literal(since, t.UTCDateTime))
        with self._begin("search the stories") as conn:
            stories = [_story(r._mapping) for r in conn.execute(query)]
            when = sa.func.coalesce(i.published, i.first_seen)
            rows = conn.execute(
                sa.select(t.items)
                .where(i.story_id.in_([story.id for story in stories]), item_matches)
                .order_by(when, i.id)
            )
            found: dict[str, list[StoredItem]] = {story.id: [] for story in stories}
            for row in rows:
                found[row.story_id].append(stored_item(row))
        return [(story, found[story.id]) for story in stories]
