"""Reading the archive for the desk server: a story's reports without their text, a
search over stories and items, and when each source brought its items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.model import SearchHit, StoryReport
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase
from newsdesk.store._stories import _story

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

    def search(self, words: str, limit: int) -> list[SearchHit]:
        c, s = t.items.c, t.stories.c
        when = sa.func.coalesce(c.published, c.first_seen)
        item_query = (
            sa.select(*_REPORT_COLUMNS)
            .where(
                sa.or_(
                    c.title.icontains(words, autoescape=True),
                    c.snippet.icontains(words, autoescape=True),
                )
            )
            .order_by(when.desc(), c.id.desc())
            .limit(limit * 5)
        )
        story_query = (
            sa.select(s.id)
            .where(s.title.icontains(words, autoescape=True))
            .order_by(s.last_updated.desc(), s.id)
            .limit(limit)
        )
        with self._begin("search the archive") as conn:
            items = [_report(r._mapping) for r in conn.execute(item_query)]
            ids = {r.story_id for r in items if r.story_id} | set(conn.scalars(story_query))
            stories = {}
            if ids:
                found = conn.execute(sa.select(t.stories).where(s.id.in_(list(ids))))
                stories = {r.id: _story(r._mapping) for r in found}
        by_story: dict[str, list[StoryReport]] = {}
        hits = [SearchHit(story, ()) for story in stories.values()]
        for report in items:
            if report.story_id is not None and report.story_id in stories:
                by_story.setdefault(report.story_id, []).append(report)
            else:
                hits.append(SearchHit(None, (report,)))
        hits = [
            SearchHit(h.story, tuple(by_story.get(h.story.id, ()))) if h.story else h for h in hits
        ]
        hits.sort(key=_newest, reverse=True)
        return hits[:limit]

    def first_seen_times(self, since: datetime) -> list[tuple[str, datetime]]:
        c = t.items.c
        query = sa.select(c.source_id, c.first_seen).where(
            c.first_seen >= sa.literal(since, t.UTCDateTime)
        )
        with self._begin("read when the sources brought their items") as conn:
            return [(r.source_id, r.first_seen) for r in conn.execute(query)]


def _newest(hit: SearchHit) -> datetime:
    if hit.story is not None:
        return hit.story.last_updated
    report = hit.reports[0]
    return report.published or report.first_seen
