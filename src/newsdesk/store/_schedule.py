"""Scheduled slots in the SQL store: each digest's cron time claimed once.

A slot is a row of ``schedule_slots`` keyed by (digest, slot).  :meth:`claim_slot`
inserts it: of any number of processes claiming the same slot, on SQLite or PostgreSQL,
exactly one inserts the row (the primary key refuses the others), so a restart or a
second server sees it and never runs it again.  Every later change is a compare-and-set
on the row's status and holder, so two schedulers never both take over a dead claim or
both publish a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.model import ScheduleSlot, SlotStatus
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase


class ScheduleQueries(SqlBase):
    """The ``schedule_slots`` table (see :class:`Store`)."""

    def claim_slot(
        self, digest: str, slot: datetime, day: date, holder: str, now: datetime
    ) -> bool:
        with self._begin("claim the scheduled run") as conn:
            inserted = conn.execute(
                self._insert(t.schedule_slots)
                .values(
                    digest=digest,
                    slot=slot,
                    day=day,
                    status=SlotStatus.RUNNING.value,
                    started=now,
                    holder=holder,
                )
                .on_conflict_do_nothing(index_elements=["digest", "slot"])
                .returning(t.schedule_slots.c.holder)  # psycopg gives no rowcount here
            ).first()
        return inserted is not None

    def take_slot(
        self,
        digest: str,
        slot: datetime,
        *,
        was: SlotStatus,
        was_held_by: str | None,
        status: SlotStatus,
        holder: str,
        now: datetime,
    ) -> bool:
        c = t.schedule_slots.c
        where = [c.digest == digest, c.slot == slot, c.status == was.value]
        if was_held_by is not None:
            where.append(c.holder == was_held_by)
        with self._begin("take the scheduled run") as conn:
            taken = conn.execute(
                t.schedule_slots.update()
                .where(*where)
                .values(status=status.value, holder=holder, started=now)
            ).rowcount
        return taken == 1

    def finish_slot(
        self,
        digest: str,
        slot: datetime,
        holder: str,
        status: SlotStatus,
        now: datetime,
        *,
        run_id: int | None = None,
        revision: int | None = None,
        reason: str = "",
    ) -> bool:
        c = t.schedule_slots.c
        values: dict[str, Any] = {"status": status.value, "finished": now, "reason": reason}
        if run_id is not None:
            values["run_id"] = run_id
        if revision is not None:
            values["revision"] = revision
        with self._begin("record the scheduled run") as conn:
            done = conn.execute(
                t.schedule_slots.update()
                .where(c.digest == digest, c.slot == slot, c.holder == holder)
                .values(**values)
            ).rowcount
        return done == 1

    def schedule_slots(
        self,
        digest: str | None = None,
        *,
        statuses: Sequence[SlotStatus] | None = None,
        limit: int | None = None,
    ) -> list[ScheduleSlot]:
        c = t.schedule_slots.c
        query = sa.select(t.schedule_slots).order_by(c.slot.desc(), c.digest)
        if digest is not None:
            query = query.where(c.digest == digest)
        if statuses is not None:
            query = query.where(c.status.in_([s.value for s in statuses]))
        if limit is not None:
            query = query.limit(limit)
        with self._begin("read the scheduled runs") as conn:
            return [_slot(r._mapping) for r in conn.execute(query)]

    def last_slots(self) -> dict[str, ScheduleSlot]:
        c = t.schedule_slots.c
        newest = (
            sa.select(c.digest, sa.func.max(c.slot).label("slot")).group_by(c.digest).subquery()
        )
        query = sa.select(t.schedule_slots).join(
            newest, sa.and_(c.digest == newest.c.digest, c.slot == newest.c.slot)
        )
        with self._begin("read the scheduled runs") as conn:
            return {r.digest: _slot(r._mapping) for r in conn.execute(query)}


def _slot(row: Any) -> ScheduleSlot:
    return ScheduleSlot(
        digest=row["digest"],
        slot=row["slot"],
        day=row["day"],
        status=SlotStatus(row["status"]),
        started=row["started"],
        holder=row["holder"],
        finished=row["finished"],
        run_id=row["run_id"],
        revision=row["revision"],
        reason=row["reason"] or "",
    )
