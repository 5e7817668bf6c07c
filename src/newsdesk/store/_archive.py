"""Reading the archive for the desk server: a story's reports without their text, and
when each source brought its items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.model import StoryReport
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase

#: The columns of an item a report needs: never its text.
_REPORT_COLUMNS = (
    t.items.c.id, t.items.c.story_id, t.items.c.title, t.items.c.url, t.items.c.source_id,
    t.items.c.publisher, t.items.c.language, t.items.c.published, t.items.c.first_seen,
    t.items.c.duplicate_of,
)  # fmt: skip


def _report(m: Any) -> StoryReport:
    return StoryReport(
        item_id=m["id"],
        story_id=m["story_id"],
        title=m["title"],
        url=m["url"],
        source_id=m["source_id"],
        publisher=m["publisher"],
        language=m["language"],
        published=m["published"],
        first_seen=m["first_seen"],
        repost=m["duplicate_of"] is not None,
    )


class ArchiveQueries(SqlBase):
    """Reads over ``stories`` and ``items`` for the desk server (see :class:`Store`)."""

    def story_reports(self, story_ids: Sequence[str]) -> dict[str, list[StoryReport]]:
        c = t.items.c
        when = sa.func.coalesce(c.published, c.first_seen)
        reports: dict[str, list[StoryReport]] = {}
        with self._begin("read the stories' reports") as conn:
            for start in range(0, len(story_ids), 500):
                query = (
                    sa.select(*_REPORT_COLUMNS)
                    .where(c.story_id.in_(list(story_ids[start : start + 500])))
                    .order_by(c.story_id, when, c.id)
                )
                for row in conn.execute(query):
                    reports.setdefault(row.story_id, []).append(_report(row._mapping))
        return reports

    def item_times(self, since: datetime) -> list[tuple[str, datetime]]:
        c = t.items.c
        at = sa.literal(since, t.UTCDateTime)
        query = sa.select(c.source_id, c.published, c.first_seen).where(
            sa.or_(c.published >= at, sa.and_(c.published.is_(None), c.first_seen >= at))
        )
        with self._begin("read when the sources' items were published") as conn:
            return [(r.source_id, r.published or r.first_seen) for r in conn.execute(query)]
