"""Leases: one holder at a time, free again when released or expired, taken over at once
from a process of this machine that is gone; and :func:`hold_lease`, which waits for
another holder (saying so), renews as the work advances and gives up clearly."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from newsdesk.exceptions import BusyError
from newsdesk.progress import NullProgress
from newsdesk.store import SqlStore, hold_lease, open_store
from races import race

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
TERM = timedelta(minutes=10)


def test_a_free_lease_is_granted_and_a_held_one_refused_until_it_expires(
    store: SqlStore,
) -> None:
    first = store.acquire_lease("group", "a", NOW, NOW + TERM)
    refused = store.acquire_lease("group", "b", NOW + TERM / 2, NOW + TERM * 2)
    mine_again = store.acquire_lease("group", "a", NOW + TERM / 2, NOW + TERM * 2)
    after_expiry = store.acquire_lease("group", "b", NOW + TERM * 3, NOW + TERM * 4)

    assert first.granted and first.holder == "a" and first.expires == NOW + TERM
    assert not refused.granted and refused.holder == "a"
    assert mine_again.granted and mine_again.expires == NOW + TERM * 2
    assert after_expiry.granted and after_expiry.holder == "b"


def test_only_the_holder_renews_or_releases_and_a_released_lease_is_free(
    store: SqlStore,
) -> None:
    store.acquire_lease("group", "a", NOW, NOW + TERM)

    assert not store.renew_lease("group", "b", NOW + TERM * 2)
    store.release_lease("group", "b")
    assert not store.acquire_lease("group", "b", NOW, NOW + TERM).granted
    assert store.renew_lease("group", "a", NOW + TERM * 2)
    store.release_lease("group", "a")
    assert store.acquire_lease("group", "b", NOW, NOW + TERM).granted


def test_leases_of_different_names_are_independent(store: SqlStore) -> None:
    assert store.acquire_lease("group", "a", NOW, NOW + TERM).granted
    assert store.acquire_lease("other", "b", NOW, NOW + TERM).granted


def test_of_many_processes_racing_for_a_lease_exactly_one_gets_it(store: SqlStore) -> None:
    granted = race(
        store, lambda on, n: on.acquire_lease("group", f"run {n}", NOW, NOW + TERM).granted
    )

    assert sorted(granted) == [False] * 5 + [True]


def test_a_lease_released_between_the_claim_and_the_take_is_taken(fresh_postgres: str) -> None:
    """On PostgreSQL the holder may release the lease after our INSERT found its row and
    before our UPDATE: the lease is then free and ours, not an error."""
    store, other = open_store(fresh_postgres), open_store(fresh_postgres)
    try:
        store.acquire_lease("group", "a", NOW, NOW + TERM)
        released = []

        def release_before_the_take(
            conn: object, cursor: object, statement: str, *rest: object
        ) -> None:
            if statement.lstrip().upper().startswith("UPDATE LEASES") and not released:
                other.release_lease("group", "a")
                released.append(True)

        sa.event.listen(store.engine, "before_cursor_execute", release_before_the_take)
        lease = store.acquire_lease("group", "b", NOW, NOW + TERM)
    finally:
        store.close()
        other.close()

    assert released and lease.granted and lease.holder == "b"


class Clock:
    """A clock that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = NOW
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)


def a_live_holder() -> str:
    return f"{socket.gethostname()} {os.getpid()} elsewhere"


def test_hold_lease_waits_for_the_holder_saying_so_then_holds_and_releases(
    store: SqlStore, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    store.acquire_lease("group", a_live_holder(), NOW, NOW + TERM)

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        if len(clock.slept) == 3:  # the other run finishes its grouping
            store.release_lease("group", a_live_holder())

    with (
        caplog.at_level(logging.WARNING, logger="newsdesk"),
        hold_lease(store, "group", NullProgress(), clock=clock, sleep=sleep),
    ):
        held_by_other = store.acquire_lease("group", "third", clock(), clock() + TERM)

    assert clock.slept == [1.0, 1.0, 1.0]
    assert [r.getMessage() for r in caplog.records] == [
        f"Waiting for {a_live_holder()}, which holds the group lease (up to 600 s more)"
    ]
    assert not held_by_other.granted
    assert store.acquire_lease("group", "third", clock(), clock() + TERM).granted  # released


def test_hold_lease_gives_up_after_its_wait_naming_the_holder(store: SqlStore) -> None:
    clock = Clock()
    store.acquire_lease("group", a_live_holder(), NOW, NOW + TERM)

    with (
        pytest.raises(BusyError) as busy,
        hold_lease(
            store, "group", NullProgress(), wait=timedelta(seconds=5), clock=clock,
            sleep=clock.sleep,
        ),
    ):  # fmt: skip
        pytest.fail("the block ran without the lease")

    assert busy.value.lease == "group"
    assert f"Another process ({a_live_holder()}) still holds the group lease" in str(busy.value)
    assert "after 5 s of waiting" in str(busy.value)
    assert sum(clock.slept) == 5.0


def test_a_lease_whose_holder_crashed_is_taken_over(store: SqlStore) -> None:
    finished = subprocess.Popen(["true"])
    finished.wait()
    clock = Clock()
    store.acquire_lease("group", f"{socket.gethostname()} {finished.pid} x", NOW, NOW + TERM)
    store.acquire_lease("other", "another-machine 1 x", NOW, NOW + TERM)

    with hold_lease(store, "group", NullProgress(), clock=clock, sleep=clock.sleep):
        waited_for_the_gone_process = sum(clock.slept)
    with hold_lease(store, "other", NullProgress(), clock=clock, sleep=clock.sleep):
        waited_for_the_other_machine = sum(clock.slept)

    assert waited_for_the_gone_process == 0  # its process is gone: at once
    assert waited_for_the_other_machine == TERM.total_seconds()  # until it expired


def test_work_that_advances_renews_the_lease_and_stops_when_it_was_lost(
    store: SqlStore,
) -> None:
    clock = Clock()
    with hold_lease(store, "group", NullProgress(), clock=clock, sleep=clock.sleep) as progress:
        clock.now += TERM / 2
        progress.advance("2026-05-13: 40 items")  # renewed: runs a whole term from here
        clock.now += TERM * 0.9
        assert not store.acquire_lease("group", "b", clock(), clock() + TERM).granted
        clock.now += TERM
        assert store.acquire_lease("group", "b", clock(), clock() + TERM).granted
        with pytest.raises(BusyError, match="The group lease was lost mid-work"):
            progress.advance("2026-05-14: 80 items")
