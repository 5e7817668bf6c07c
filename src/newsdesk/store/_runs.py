"""Runs in the SQL store: each run and each of its stages, recorded as they go, so a run
in progress can be read back stage by stage from any process."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from newsdesk.model import RunRecord, RunStatus, StageRecord, run_error
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase, process_alive

#: A run of another machine still "running" after this long is taken for dead.
ABANDONED_AFTER = timedelta(hours=24)


class RunQueries(SqlBase):
    """The ``runs`` and ``run_stages`` tables (see :class:`Store`)."""

    def start_run(
        self,
        command: str,
        now: datetime,
        *,
        day: date | None = None,
        digests: Sequence[str] = (),
        plan: Sequence[str] = (),
    ) -> int:
        host, pid = socket.gethostname()[:255], os.getpid()
        with self._begin("record the run") as conn:
            self._close_abandoned_runs(conn, now, host)
            result = conn.execute(
                t.runs.insert().values(
                    command=command, started=now, status=RunStatus.RUNNING.value, host=host,
                    pid=pid, day=day, digests=list(digests), plan=list(plan),
                )
            )  # fmt: skip
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def _close_abandoned_runs(self, conn: Connection, now: datetime, host: str) -> None:
        """Mark "running" runs whose process is gone (killed, or the machine restarted).

        A run of this machine is gone when its process is; one of another machine (or of
        a version that kept no process) when it started over ``ABANDONED_AFTER`` ago.
        """
        c = t.runs.c
        running = conn.execute(
            sa.select(c.id, c.started, c.host, c.pid).where(c.status == RunStatus.RUNNING)
        ).all()
        for run in running:
            if run.host == host and run.pid is not None:
                gone = not process_alive(run.pid)
                why = run_error("killed", pid=run.pid)
            else:
                gone = run.started < now - ABANDONED_AFTER
                why = run_error("given_up", hours=ABANDONED_AFTER.days * 24)
            if gone:
                conn.execute(
                    t.runs.update()
                    .where(c.id == run.id, c.status == RunStatus.RUNNING)
                    .values(status=RunStatus.ABANDONED.value, finished=now, error=why)
                )

    def record_stage(
        self,
        run_id: int,
        stage: str,
        started: datetime,
        seconds: float,
        counts: dict[str, int],
        errors: list[dict[str, Any]],
    ) -> None:
        with self._begin("record the run") as conn:
            conn.execute(
                t.run_stages.insert().values(
                    run_id=run_id,
                    stage=stage,
                    started=started,
                    seconds=seconds,
                    counts=counts,
                    errors=errors,
                )
            )

    def finish_run(self, run_id: int, now: datetime, status: str, error: str | None) -> None:
        with self._begin("record the run") as conn:
            conn.execute(
                t.runs.update()
                .where(t.runs.c.id == run_id)
                .values(finished=now, status=status, error=error)
            )

    def runs(
        self,
        now: datetime,
        *,
        day: date | None = None,
        digest: str | None = None,
        limit: int = 50,
        before: int | None = None,
    ) -> list[RunRecord]:
        """Runs (of ``day``; writing ``digest``), newest first, each with the stages it
        finished; ``before`` a run id pages back.  Runs left "running" by a process that
        is gone are marked "abandoned" first, so what is shown as running is running."""
        c = t.runs.c
        query = sa.select(t.runs).order_by(c.id.desc()).limit(limit)
        if day is not None:
            query = query.where(c.day == day)
        if digest is not None:
            # the digests are kept as a JSON list, [] for every digest: a run that writes
            # a day (a fetch writes none) of every digest writes this one too
            named = sa.cast(c.digests, sa.Text)
            listed = named.like(f"%{_like_literal(json.dumps(digest))}%", escape="\\")
            query = query.where(c.day.is_not(None), sa.or_(named == "[]", listed))
        if before is not None:
            query = query.where(c.id < before)
        with self._begin("read the runs") as conn:
            self._close_abandoned_runs(conn, now, socket.gethostname()[:255])
            rows = conn.execute(query).all()
            stages = _stages(conn, [r.id for r in rows])
        return [_run(r._mapping, stages.get(r.id, ())) for r in rows]

    def run(self, run_id: int, now: datetime) -> RunRecord | None:
        """One run with the stages it finished so far, or None."""
        with self._begin("read the run") as conn:
            self._close_abandoned_runs(conn, now, socket.gethostname()[:255])
            row = conn.execute(sa.select(t.runs).where(t.runs.c.id == run_id)).first()
            if row is None:
                return None
            stages = _stages(conn, [run_id])
        return _run(row._mapping, stages.get(run_id, ()))


def _like_literal(text: str) -> str:
    """``text`` matched as it is by LIKE (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _stages(conn: Connection, run_ids: list[int]) -> dict[int, tuple[StageRecord, ...]]:
    """The stages of these runs, each run's in the order they finished."""
    if not run_ids:
        return {}
    s = t.run_stages.c
    query = sa.select(t.run_stages).where(s.run_id.in_(run_ids)).order_by(s.run_id, s.id)
    found: dict[int, list[StageRecord]] = {}
    for r in conn.execute(query):
        record = StageRecord(
            r.stage, r.started, r.seconds, dict(r.counts or {}), tuple(r.errors or ())
        )
        found.setdefault(r.run_id, []).append(record)
    return {run: tuple(stages) for run, stages in found.items()}


def _run(m: Any, stages: tuple[StageRecord, ...]) -> RunRecord:
    return RunRecord(
        id=m["id"],
        command=m["command"],
        started=m["started"],
        status=RunStatus(m["status"]),
        finished=m["finished"],
        error=m["error"],
        day=m["day"],
        digests=tuple(m["digests"] or ()),
        plan=tuple(m["plan"] or ()),
        stages=stages,
        host=m["host"],
        pid=m["pid"],
    )
