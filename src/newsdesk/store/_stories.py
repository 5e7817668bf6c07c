"""The story desk's part of the SQL store: vectors, grouping, stories."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

import numpy as np
import sqlalchemy as sa

from newsdesk.model import DeskItem, GroupResult, StoredItem, Story
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase, stored_item

#: Characters of snippet + text the desk reads of an item (its lead is what matters).
DESK_TEXT_CHARS = 2000
_BATCH = 500


def domain_of(url: str) -> str:
    """The host of a canonical URL (lower-case already), without ``www.``."""
    host = url.split("//", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    return host.lower().removeprefix("www.")


def _vector(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()


def _desk_item(m: Any) -> DeskItem:
    body = m["snippet"]
    if m["text"] and not m["text"].startswith(body[:50]):
        body = f"{body}\n{m['text']}" if body else m["text"]
    elif m["text"]:
        body = m["text"]
    return DeskItem(
        id=m["id"],
        key=m["canonical_url"],
        title=m["title"],
        text=body[:DESK_TEXT_CHARS],
        language=m["language"],
        time=m["published"] or m["first_seen"],
        source_id=m["source_id"],
        domain=domain_of(m["external_url"] or m["canonical_url"]),
        publisher=m["publisher_key"],
        vector=_vector(m["vector"]),
        story_id=m["story_id"],
        duplicate_of=m["duplicate_of"],
        neighbours=tuple((int(j), float(s)) for j, s in (m["neighbours"] or [])),
        metrics=dict(m["metrics"] or {}),
        terms=None if m["desk_terms"] is None else (
            tuple(m["desk_terms"][0]), tuple(m["desk_terms"][1])
        ),
        minhash=m["minhash"],
    )  # fmt: skip


def _story(m: Any) -> Story:
    return Story(
        id=m["id"],
        title=m["title"],
        titles=dict(m["titles"] or {}),
        first_seen=m["first_seen"],
        last_updated=m["last_updated"],
        item_count=m["item_count"],
        sources=tuple(m["sources"]),
        domains=tuple(m["domains"]),
        languages=tuple(m["languages"]),
        publishers=tuple(m["publishers"]),
        source_items=dict(m["source_items"] or {}),
        centroid=_vector(m["centroid"]),
        category=m["category"],
        relevance=m["relevance"],
        importance=m["importance"],
        breakdown=dict(m["breakdown"] or {}),
        category_scores=dict(m["category_scores"] or {}),
    )


def _story_row(story: Story) -> dict[str, Any]:
    centroid = None
    if story.centroid is not None:
        centroid = np.asarray(story.centroid, dtype=np.float32).tobytes()
    return {
        "id": story.id,
        "title": story.title,
        "titles": story.titles,
        "first_seen": story.first_seen,
        "last_updated": story.last_updated,
        "item_count": story.item_count,
        "source_count": len(story.sources),
        "domain_count": len(story.domains),
        "sources": list(story.sources),
        "domains": list(story.domains),
        "languages": list(story.languages),
        "publishers": list(story.publishers),
        "source_items": story.source_items,
        "centroid": centroid,
        "category": story.category,
        "relevance": story.relevance,
        "importance": story.importance,
        "breakdown": story.breakdown,
        "category_scores": story.category_scores,
    }


class StoryQueries(SqlBase):
    """Vectors, grouping results, stories and editions (see :class:`Store`)."""

    def _desk_query(self, model: str) -> sa.Select[Any]:
        c, v = t.items.c, t.item_vectors.c
        joined = t.items.outerjoin(t.item_vectors, sa.and_(v.item_id == c.id, v.model == model))
        return sa.select(t.items, v.vector).select_from(joined)

    def items_without_vectors(
        self, model: str, limit: int | None = None, *, only: Collection[int] | None = None
    ) -> list[DeskItem]:
        if only is not None and not only:
            return []
        c, v = t.items.c, t.item_vectors.c
        query = self._desk_query(model).where(v.item_id.is_(None)).order_by(c.id)
        if only is not None:
            query = query.where(c.id.in_(sorted(only)))
        if limit is not None:
            query = query.limit(limit)
        with self._begin("find items to embed") as conn:
            return [_desk_item(r._mapping) for r in conn.execute(query)]

    def save_vectors(self, model: str, rows: Sequence[tuple[int, Any]]) -> None:
        if not rows:
            return
        values = [
            {
                "item_id": item_id,
                "model": model,
                "vector": np.asarray(vector, dtype=np.float32).tobytes(),
            }
            for item_id, vector in rows
        ]
        stmt = self._insert(t.item_vectors)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.item_vectors.c.item_id],
            set_={k: stmt.excluded[k] for k in ("model", "vector")},
        )
        with self._begin("store item vectors") as conn:
            for start in range(0, len(values), _BATCH):
                conn.execute(stmt, values[start : start + _BATCH])

    def ungrouped_items(self, model: str) -> list[DeskItem]:
        c = t.items.c
        query = self._desk_query(model).where(c.story_id.is_(None)).order_by(c.id)
        with self._begin("read items to group") as conn:
            return [_desk_item(r._mapping) for r in conn.execute(query)]

    def story_items(self, story_ids: Sequence[str], model: str) -> list[DeskItem]:
        if not story_ids:
            return []
        c = t.items.c
        out: list[DeskItem] = []
        ids = list(story_ids)
        with self._begin("read story items") as conn:
            for start in range(0, len(ids), _BATCH):
                query = (
                    self._desk_query(model)
                    .where(c.story_id.in_(ids[start : start + _BATCH]))
                    .order_by(c.id)
                )
                out.extend(_desk_item(r._mapping) for r in conn.execute(query))
        return out

    def open_story_ids(self, since: datetime, until: datetime | None = None) -> list[str]:
        s = t.stories.c
        query = sa.select(s.id).where(s.last_updated >= sa.literal(since, t.UTCDateTime))
        if until is not None:  # the story overlaps [since, until)
            query = query.where(s.first_seen < sa.literal(until, t.UTCDateTime))
        with self._begin("find open stories") as conn:
            return [r.id for r in conn.execute(query.order_by(s.id))]

    def save_grouping(self, result: GroupResult, stories: Sequence[Story]) -> None:
        """Items' stories, copies, neighbours, terms and sketches, and the touched stories,
        in one go."""
        rows = [
            {
                "_id": item_id,
                "story_id": story,
                "duplicate_of": result.duplicates.get(item_id),
                "neighbours": [list(p) for p in result.neighbours.get(item_id, ())],
                "desk_terms": (
                    [list(t) for t in result.terms[item_id]] if item_id in result.terms else None
                ),
                "minhash": result.minhashes.get(item_id),
            }
            for item_id, story in result.assigned.items()
        ]
        c = t.items.c
        with self._begin("store stories") as conn:
            self._upsert_stories(conn, stories)
            self._merge_stories(conn, result.merged)
            for start in range(0, len(rows), _BATCH):
                conn.execute(
                    t.items.update()
                    .where(c.id == sa.bindparam("_id"))
                    .values(
                        story_id=sa.bindparam("story_id"),
                        duplicate_of=sa.bindparam("duplicate_of"),
                        neighbours=sa.bindparam("neighbours"),
                        desk_terms=sa.bindparam("desk_terms"),
                        minhash=sa.bindparam("minhash"),
                    ),
                    rows[start : start + _BATCH],
                )

    def _merge_stories(self, conn: sa.Connection, merged: dict[str, str]) -> None:
        """Move each absorbed story's items to the story that absorbed it, drop its record
        and leave a redirect, so its id still resolves (redirects to it follow along).
        A story an editor took up since grouping read the held ones stays as it is: its
        record is what the edition refers to."""
        c, r = t.items.c, t.story_redirects.c
        held = self._held(conn, list(merged))
        for old, new in merged.items():
            if old in held:
                continue
            conn.execute(t.items.update().where(c.story_id == old).values(story_id=new))
            conn.execute(t.story_redirects.update().where(r.story_id == old).values(story_id=new))
            conn.execute(t.story_redirects.insert().values(old_id=old, story_id=new))
            conn.execute(t.stories.delete().where(t.stories.c.id == old))

    def held_story_ids(self, story_ids: Collection[str]) -> set[str]:
        with self._begin("find stories editors hold") as conn:
            return self._held(conn, story_ids)

    @staticmethod
    def _held(conn: sa.Connection, story_ids: Collection[str]) -> set[str]:
        ids = sorted(story_ids)
        a, es = t.edition_actions.c, t.edition_stories.c
        out: set[str] = set()
        for start in range(0, len(ids), _BATCH):
            part = ids[start : start + _BATCH]
            query = sa.union(
                sa.select(a.story_id).where(a.story_id.in_(part)),
                sa.select(es.story_id).where(es.story_id.in_(part)),
            )
            out.update(row[0] for row in conn.execute(query))
        return out

    def _upsert_stories(self, conn: sa.Connection, stories: Sequence[Story]) -> None:
        if not stories:
            return
        rows = [_story_row(s) for s in stories]
        stmt = self._insert(t.stories)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.stories.c.id],
            set_={k: stmt.excluded[k] for k in rows[0] if k != "id"},
        )
        for start in range(0, len(rows), _BATCH):
            conn.execute(stmt, rows[start : start + _BATCH])

    def save_stories(self, stories: Sequence[Story]) -> None:
        with self._begin("store stories") as conn:
            self._upsert_stories(conn, stories)

    def stories(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        ids: Sequence[str] | None = None,
        *,
        unassessed: bool = False,
        limit: int | None = None,
    ) -> list[Story]:
        """Stories with an item at or after ``since`` and one before ``until`` (or with
        these ids), newest first."""
        s = t.stories.c
        query = sa.select(t.stories).order_by(s.last_updated.desc(), s.id)
        if limit is not None:
            query = query.limit(limit)
        if unassessed:
            query = query.where(s.importance.is_(None))
        if since is not None:
            query = query.where(s.last_updated >= sa.literal(since, t.UTCDateTime))
        if until is not None:
            query = query.where(s.first_seen < sa.literal(until, t.UTCDateTime))
        if ids is not None:
            query = query.where(s.id.in_(list(ids)))
        with self._begin("read stories") as conn:
            return [_story(r._mapping) for r in conn.execute(query)]

    def story(self, story_id: str) -> Story | None:
        found = self.stories(ids=[story_id])
        if not found:
            r = t.story_redirects.c
            with self._begin("follow a merged story") as conn:
                moved = conn.execute(
                    sa.select(r.story_id).where(r.old_id == story_id)
                ).scalar_one_or_none()
            found = [] if moved is None else self.stories(ids=[moved])
        return found[0] if found else None

    def story_stored_items(self, story_id: str) -> list[StoredItem]:
        c = t.items.c
        when = sa.func.coalesce(c.published, c.first_seen)
        query = sa.select(t.items).where(c.story_id == story_id).order_by(when, c.id)
        with self._begin("read story items") as conn:
            return [stored_item(r) for r in conn.execute(query)]

    def copies_in_story(self, story_id: str) -> set[int]:
        c = t.items.c
        query = sa.select(c.id).where(c.story_id == story_id, c.duplicate_of.is_not(None))
        with self._begin("read story copies") as conn:
            return {int(r.id) for r in conn.execute(query)}

    def publisher_counts(self) -> list[tuple[str, str, int]]:
        c = t.items.c
        n = sa.func.count()
        query = sa.select(c.publisher_key, c.publisher, n).group_by(c.publisher_key, c.publisher)
        with self._begin("read publisher counts") as conn:
            return [(str(r[0]), str(r[1]), int(r[2])) for r in conn.execute(query)]
