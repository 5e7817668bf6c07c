"""Leases: a named hold on work only one process may do at a time (grouping).

A lease is a row of ``leases``: its name, its holder ("host pid token") and when it
expires.  :meth:`LeaseQueries.acquire_lease` inserts the row if there is none, then takes
it with one UPDATE that only succeeds when the holder is us or the lease has expired.
SQLite runs writers one at a time; PostgreSQL re-checks the condition on the row it
locked (and makes a second INSERT wait for the first to commit), so of any number of
processes racing for a lease exactly one gets it on either.

A holder that crashed stops renewing: its lease is free once it expires, and at once when
the holder was a process of this machine that no longer runs.  :func:`hold_lease` wraps
the work: it waits (saying so) while another holds the lease, renews it as the work
advances, and releases it at the end.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa

from newsdesk.exceptions import BusyError
from newsdesk.progress import Progress
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase, process_alive

if TYPE_CHECKING:
    from newsdesk.store import Store

log = logging.getLogger(__name__)

#: How long a lease holds without being renewed; the work renews it as it advances.
TERM = timedelta(minutes=10)
#: How long :func:`hold_lease` waits for another holder before giving up.
WAIT = timedelta(minutes=10)
#: How often a waiter asks again, and how often it says it is still waiting.
_POLL = 1.0
_SAY_EVERY = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class Lease:
    """What asking for a lease found."""

    #: The lease's name ("group").
    name: str
    #: Who holds it now ("host pid token"); us when ``granted``.
    holder: str
    #: When it expires unless renewed (UTC).
    expires: datetime
    #: Whether we hold it now.
    granted: bool


class LeaseQueries(SqlBase):
    """The ``leases`` table (see :class:`Store`)."""

    def acquire_lease(
        self,
        name: str,
        holder: str,
        now: datetime,
        until: datetime,
        *,
        take_from: str | None = None,
    ) -> Lease:
        c = t.leases.c
        free = sa.or_(c.holder == holder, c.expires <= now)
        if take_from is not None:
            free = sa.or_(free, c.holder == take_from)
        with self._begin(f"take the {name} lease") as conn:
            row = None
            # On PostgreSQL each statement sees what others committed before it: a holder
            # may release (delete) the row between our INSERT and our UPDATE, and then the
            # lease is free, so ask again rather than find no row.
            while row is None:
                conn.execute(
                    self._insert(t.leases)
                    .values(name=name, holder=holder, acquired=now, expires=until)
                    .on_conflict_do_nothing(index_elements=["name"])
                )
                took = conn.execute(
                    t.leases.update()
                    .where(c.name == name, free)
                    .values(
                        holder=holder,
                        acquired=sa.case((c.holder == holder, c.acquired), else_=now),
                        expires=until,
                    )
                ).rowcount
                row = conn.execute(
                    sa.select(c.holder, c.expires).where(c.name == name)
                ).one_or_none()
        return Lease(name, row.holder, row.expires, took == 1)

    def renew_lease(self, name: str, holder: str, until: datetime) -> bool:
        c = t.leases.c
        with self._begin(f"renew the {name} lease") as conn:
            renewed = conn.execute(
                t.leases.update().where(c.name == name, c.holder == holder).values(expires=until)
            ).rowcount
        return renewed == 1

    def release_lease(self, name: str, holder: str) -> None:
        c = t.leases.c
        with self._begin(f"release the {name} lease") as conn:
            conn.execute(t.leases.delete().where(c.name == name, c.holder == holder))


def lease_holder() -> str:
    """This process as a holder: the machine, the process and a token."""
    return f"{socket.gethostname()[:150]} {os.getpid()} {secrets.token_hex(4)}"


def holder_gone(holder: str) -> bool:
    """Whether the holder was another process of this machine that no longer runs."""
    host, _, rest = holder.partition(" ")
    pid = rest.partition(" ")[0]
    if host != socket.gethostname()[:150] or not pid.isdigit() or int(pid) == os.getpid():
        return False
    return not process_alive(int(pid))


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _acquire(store: Store, name: str, holder: str, now: datetime, term: timedelta) -> Lease:
    lease = store.acquire_lease(name, holder, now, now + term)
    if not lease.granted and holder_gone(lease.holder):
        log.warning("the %s lease of %s is taken over: its process is gone", name, lease.holder)
        lease = store.acquire_lease(name, holder, now, now + term, take_from=lease.holder)
    return lease


@contextmanager
def hold_lease(
    store: Store,
    name: str,
    progress: Progress,
    *,
    wait: timedelta = WAIT,
    term: timedelta = TERM,
    clock: Callable[[], datetime] = _utc_now,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[Progress]:
    """Hold the lease ``name`` for the block; yields ``progress`` wrapped so that each step
    reported renews the lease (a third of ``term`` after the last renewal).

    While another holds it, waits up to ``wait``, saying so every 30 seconds.  Raises
    BusyError when it is still held after that, or when the lease was lost mid-work (it
    expired and another took it): the block must then not save what it did.
    """
    holder = lease_holder()
    started, said = clock(), None
    while not (lease := _acquire(store, name, holder, clock(), term)).granted:
        now = clock()
        if now - started >= wait:
            raise BusyError(
                f"Another process ({lease.holder}) still holds the {name} lease after "
                f"{wait.total_seconds():.0f} s of waiting (it expires at "
                f"{lease.expires:%Y-%m-%d %H:%M:%S} UTC unless renewed). Nothing of this "
                f"{name} was done; the next run does it.",
                lease=name,
            )
        if said is None or now - said >= _SAY_EVERY:
            log.warning(
                "Waiting for %s, which holds the %s lease (up to %.0f s more)",
                lease.holder,
                name,
                (wait - (now - started)).total_seconds(),
            )
            said = now
        sleep(min(_POLL, (wait - (now - started)).total_seconds()))
    try:
        yield _Renewing(progress, store, name, holder, term, clock)
    finally:
        store.release_lease(name, holder)


class _Renewing:
    """A Progress that renews a lease as the work it reports advances."""

    def __init__(
        self,
        progress: Progress,
        store: Store,
        name: str,
        holder: str,
        term: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self._progress, self._store, self._name, self._holder = progress, store, name, holder
        self._term, self._clock = term, clock
        self._renewed = clock()

    def _renew(self) -> None:
        now = self._clock()
        if now - self._renewed < self._term / 3:
            return
        if not self._store.renew_lease(self._name, self._holder, now + self._term):
            raise BusyError(
                f"The {self._name} lease was lost mid-work (it expired and another process "
                f"took it); nothing of this {self._name} was saved, the next run does it.",
                lease=self._name,
            )
        self._renewed = now

    def stage(self, name: str, total: int) -> None:
        self._renew()
        self._progress.stage(name, total)

    def advance(self, label: str, ok: bool = True) -> None:
        self._renew()
        self._progress.advance(label, ok)

    def close(self) -> None:
        self._progress.close()
