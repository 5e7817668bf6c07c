"""Editions in the SQL store: each digest's day in numbered revisions, and the editor's
actions on it.

A revision is a draft, approved or published (:class:`EditionStatus`).  Recording a
selection refreshes the newest revision while it is a draft and no editor acted since it
was written; an approved or published one is never changed, so a different selection
becomes the next revision, a draft, and so does every editor's action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsdesk.model import (
    EditionStatus,
    EditorAction,
    EditorVerb,
    EntryText,
    RankedStory,
    Selection,
    StoredEdition,
)
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase

#: Tries at recording an edition when another run records the same day's new revision
#: at the same moment (the database's unique revision number refuses the second).
_RECORD_ATTEMPTS = 3


class EditionQueries(SqlBase):
    """The ``editions``, ``edition_stories`` and ``edition_actions`` tables."""

    def save_edition(
        self, selection: Selection, now: datetime, seen: int | None = None
    ) -> int | None:
        """Record a digest's selection for its day; returns the revision it went to, or
        None when the newest revision is approved or published and already holds it: the
        same stories, and no editor's action since.  An editor's action since the newest
        revision was written starts the next one, even on a draft.

        ``seen``: the :meth:`last_action` the selection was made with.  When the newest
        revision was made with a later action (another editor's, whose rewrite recorded
        first), this selection is out of date and is not recorded (None): it would put
        back what that action changed."""
        sections = [
            (ranked.story.id, section, rank, ranked)
            for section, chosen in (("lead", selection.lead), ("more", selection.more))
            for rank, ranked in enumerate(chosen, start=1)
        ]
        with self._begin("record the edition", writes_after_reading=True) as conn:
            attempt = 1
            while True:
                try:
                    with conn.begin_nested():
                        return self._record_edition(conn, selection, sections, now, seen)
                except sa.exc.IntegrityError:
                    # Another run numbered the same new revision and committed first:
                    # read again, and refresh its draft or follow it.
                    if attempt == _RECORD_ATTEMPTS:
                        raise
                    attempt += 1

    def _record_edition(
        self,
        conn: Connection,
        selection: Selection,
        sections: list[tuple[str, str, int, RankedStory]],
        now: datetime,
        seen: int | None,
    ) -> int | None:
        e, es = t.editions.c, t.edition_stories.c
        newest = conn.execute(
            sa.select(e.id, e.revision, e.status, e.last_action)
            .where(e.digest == selection.digest, e.day == selection.day)
            .order_by(e.revision.desc())
            .limit(1)
            .with_for_update()  # a run refreshing the same draft waits, then reads ours
        ).first()
        last_action = self._last_action(conn, selection.digest, selection.day)
        if seen is not None:
            if newest is not None and newest.last_action > seen:
                return None
            last_action = min(seen, last_action)
        if newest is not None and self._refreshes(conn, selection, newest, last_action):
            edition, revision = newest.id, newest.revision
            conn.execute(t.edition_stories.delete().where(es.edition_id == edition))
            conn.execute(
                t.editions.update()
                .where(e.id == edition)
                .values(created=now, last_action=last_action)
            )
        else:
            if newest is not None:
                held = conn.execute(
                    sa.select(es.story_id, es.section, es.rank, es.item_count).where(
                        es.edition_id == newest.id
                    )
                )
                before = {tuple(r) for r in held}
                after = {(i, s, n, r.reports) for i, s, n, r in sections}
                if before == after and newest.last_action >= last_action:
                    return None
            revision = 1 if newest is None else newest.revision + 1
            key = conn.execute(
                t.editions.insert().values(
                    digest=selection.digest,
                    day=selection.day,
                    revision=revision,
                    created=now,
                    status=EditionStatus.DRAFT.value,
                    last_action=last_action,
                )
            ).inserted_primary_key
            assert key is not None
            edition = key[0]
        rows = [
            {
                "edition_id": edition,
                "story_id": story_id,
                "section": section,
                "rank": rank,
                "score": ranked.score,
                "item_count": ranked.reports,
                "breakdown": ranked.breakdown,
            }
            for story_id, section, rank, ranked in sections
        ]
        if rows:
            conn.execute(t.edition_stories.insert(), rows)
        return int(revision)

    def last_action(self, digest: str, day: date) -> int:
        """The newest editor's action on that day's edition of ``digest`` (0 for none),
        to tell :meth:`save_edition` which actions a selection was made with."""
        with self._begin("read the editor's actions") as conn:
            return self._last_action(conn, digest, day)

    @staticmethod
    def _last_action(conn: Connection, digest: str, day: date) -> int:
        a = t.edition_actions.c
        query = sa.select(sa.func.coalesce(sa.func.max(a.id), 0)).where(
            a.digest == digest, a.day == day
        )
        return int(conn.execute(query).scalar_one())

    @staticmethod
    def _refreshes(conn: Connection, selection: Selection, newest: Any, last_action: int) -> bool:
        """Whether recording goes into the newest revision: a draft, unless an editor
        acted since it was written (the action's outcome is a revision of its own, so
        ``edition diff`` shows what each change did)."""
        if newest.status != EditionStatus.DRAFT:
            return False
        if newest.last_action >= last_action:
            return True
        d = t.digests.c
        written = conn.execute(
            sa.select(d.id).where(
                d.name == selection.digest, d.day == selection.day, d.revision == newest.revision
            )
        ).first()
        return written is None

    def edition(
        self, digest: str, day: date | None = None, revision: int | None = None
    ) -> StoredEdition | None:
        """The newest revision of that day's edition of ``digest`` (or that ``revision``
        of the day), or None.

        The default day is the newest one that ever held a story, else the newest: a
        run that finds nothing yet for a new day (just after midnight) records an empty
        edition, which must not hide the day an editor is working on."""
        e, es = t.editions.c, t.edition_stories.c
        query = sa.select(t.editions).where(e.digest == digest)
        if revision is not None:
            query = query.where(e.revision == revision)
        if day is not None:
            query = query.where(e.day == day)
        else:
            with_stories = (
                sa.select(sa.func.max(e.day))
                .join(t.edition_stories, es.edition_id == e.id)
                .where(e.digest == digest)
                .scalar_subquery()
            )
            query = query.where(sa.or_(e.day == with_stories, with_stories.is_(None)))
        query = query.order_by(e.day.desc(), e.revision.desc()).limit(1)
        with self._begin("read the edition") as conn:
            row = conn.execute(query).first()
            if row is None:
                return None
            stories = conn.execute(
                sa.select(es.story_id, es.section)
                .where(es.edition_id == row.id)
                .order_by(es.section, es.rank)
            ).all()
        return StoredEdition(
            digest=row.digest,
            day=row.day,
            revision=row.revision,
            status=EditionStatus(row.status),
            lead=tuple(r.story_id for r in stories if r.section == "lead"),
            more=tuple(r.story_id for r in stories if r.section == "more"),
            updated=row.created,
            approved_by=row.approved_by or "",
            approved_at=row.approved_at,
        )

    def edition_days(
        self, digest: str, limit: int = 60, *, empty: bool = True
    ) -> list[StoredEdition]:
        """The newest revision of each day's edition of ``digest``, newest day first;
        a day whose newest revision holds no story only when ``empty``."""
        e, es = t.editions.c, t.edition_stories.c
        newest = (
            sa.select(e.day, sa.func.max(e.revision).label("revision"))
            .where(e.digest == digest)
            .group_by(e.day)
            .subquery()
        )
        query = (
            sa.select(t.editions)
            .join(newest, sa.and_(e.day == newest.c.day, e.revision == newest.c.revision))
            .where(e.digest == digest)
            .order_by(e.day.desc())
            .limit(limit)
        )
        if not empty:
            query = query.where(sa.exists().where(es.edition_id == e.id))
        with self._begin("read the editions") as conn:
            rows = conn.execute(query).all()
            held: dict[int, list[Any]] = {}
            if rows:
                stories = conn.execute(
                    sa.select(es.edition_id, es.story_id, es.section)
                    .where(es.edition_id.in_([r.id for r in rows]))
                    .order_by(es.edition_id, es.section, es.rank)
                )
                for story in stories:
                    held.setdefault(story.edition_id, []).append(story)
        return [
            StoredEdition(
                digest=row.digest,
                day=row.day,
                revision=row.revision,
                status=EditionStatus(row.status),
                lead=tuple(r.story_id for r in held.get(row.id, []) if r.section == "lead"),
                more=tuple(r.story_id for r in held.get(row.id, []) if r.section == "more"),
                updated=row.created,
                approved_by=row.approved_by or "",
                approved_at=row.approved_at,
            )
            for row in rows
        ]

    def set_edition_status(
        self,
        digest: str,
        day: date,
        revision: int,
        status: EditionStatus,
        now: datetime,
        *,
        who: str | None = None,
    ) -> None:
        """Mark one revision (and its written digest) approved or published; an approval
        records who gave it and when."""
        e, d = t.editions.c, t.digests.c
        values: dict[str, Any] = {"status": status.value}
        if status is EditionStatus.APPROVED:
            values |= {"approved_by": who, "approved_at": now}
        with self._begin("mark the edition") as conn:
            conn.execute(
                t.editions.update()
                .where(e.digest == digest, e.day == day, e.revision == revision)
                .values(**values)
            )
            conn.execute(
                t.digests.update()
                .where(d.name == digest, d.day == day, d.revision == revision)
                .values(status=status.value, updated=now)
            )

    def save_edition_files(
        self, digest: str, day: date, revision: int, files: Mapping[str, bytes], now: datetime
    ) -> None:
        """Keep a revision's rendered files (name -> content).  A draft's are replaced; an
        approved or published revision keeps the files it went out with, and only gains
        a file it did not have (a style rendered later)."""
        f, d = t.edition_files.c, t.digests.c
        key = (f.digest == digest, f.day == day, f.revision == revision)
        with self._begin("store the rendered files") as conn:
            status = conn.execute(
                sa.select(d.status).where(d.name == digest, d.day == day, d.revision == revision)
            ).scalar()
            held = set(conn.execute(sa.select(f.name).where(*key)).scalars())
            for name, content in files.items():
                if name in held and status not in (None, EditionStatus.DRAFT.value):
                    continue
                conn.execute(t.edition_files.delete().where(*key, f.name == name))
                conn.execute(
                    t.edition_files.insert().values(
                        digest=digest, day=day, revision=revision, name=name,
                        content=content, updated=now,
                    )
                )  # fmt: skip

    def edition_files(self, digest: str, day: date, revision: int) -> dict[str, bytes]:
        """A revision's rendered files, name -> content (empty when none were kept)."""
        f = t.edition_files.c
        query = (
            sa.select(f.name, f.content)
            .where(f.digest == digest, f.day == day, f.revision == revision)
            .order_by(f.name)
        )
        with self._begin("read the rendered files") as conn:
            return {r.name: bytes(r.content) for r in conn.execute(query)}

    def record_action(self, action: EditorAction) -> None:
        """Record what an editor did to a story of a digest's day."""
        with self._begin("record the editor's action") as conn:
            conn.execute(
                t.edition_actions.insert().values(
                    digest=action.digest,
                    day=action.day,
                    verb=action.verb.value,
                    story_id=action.story_id,
                    position=action.position,
                    who=action.who,
                    at=action.at,
                    content=None if action.content is None else asdict(action.content),
                )
            )

    def editor_actions(
        self,
        digest: str,
        day: date,
        *,
        after_revision: int | None = None,
        through_revision: int | None = None,
    ) -> list[EditorAction]:
        """Every action on that day's edition of ``digest``, oldest first; with
        ``after_revision``, only those that revision was not made with; with
        ``through_revision``, only those that revision was made with."""
        a = t.edition_actions.c
        query = (
            sa.select(t.edition_actions)
            .where(a.digest == digest, a.day == day)
            .order_by(a.at, a.id)
        )
        if after_revision is not None:
            query = query.where(a.id > self._applied(digest, day, after_revision))
        if through_revision is not None:
            query = query.where(a.id <= self._applied(digest, day, through_revision))
        with self._begin("read the editor's actions") as conn:
            return [_action(r._mapping) for r in conn.execute(query)]

    @staticmethod
    def _applied(digest: str, day: date, revision: int) -> Any:
        """The newest action id a revision was made with (0 when none, or no such one)."""
        e = t.editions.c
        applied = (
            sa.select(e.last_action)
            .where(e.digest == digest, e.day == day, e.revision == revision)
            .scalar_subquery()
        )
        return sa.func.coalesce(applied, 0)

    def published_counts(self, digest: str, before: date) -> dict[str, int]:
        """Story id -> its reports (from the digest's sources) when an earlier edition of
        this digest carried it.  Until publishing exists every edition counts."""
        e, es = t.editions.c, t.edition_stories.c
        query = (
            sa.select(es.story_id, sa.func.max(es.item_count).label("items"))
            .select_from(t.edition_stories.join(t.editions, e.id == es.edition_id))
            .where(e.digest == digest, e.day < before)
            .group_by(es.story_id)
        )
        with self._begin("read earlier editions") as conn:
            return {r.story_id: int(r.items) for r in conn.execute(query)}

    def edition_sections(self, digest: str, day: date) -> dict[str, str]:
        """Story id -> "lead" or "more" in the newest revision of that day's edition."""
        found = self.edition(digest, day)
        if found is None:
            return {}
        return {s: "lead" for s in found.lead} | {s: "more" for s in found.more}


def _action(row: Any) -> EditorAction:
    return EditorAction(
        digest=row["digest"],
        day=row["day"],
        verb=EditorVerb(row["verb"]),
        story_id=row["story_id"],
        position=row["position"],
        who=row["who"],
        at=row["at"],
        content=_entry_text(row["content"]),
    )


def _entry_text(content: Any) -> EntryText | None:
    if not content:
        return None
    return EntryText(
        headline=str(content.get("headline", "")),
        summary=str(content.get("summary", "")),
        insights=tuple(str(i) for i in content.get("insights", ())),
        impact=str(content.get("impact", "")),
    )
