"""Scheduled slots in the store, on SQLite and PostgreSQL: a slot is claimed once however
many processes race for it, and every later change is a compare-and-set on its status
and holder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from newsdesk.model import OPEN_SLOTS, SlotStatus
from newsdesk.store import SqlStore
from races import race

SLOT = datetime(2026, 5, 14, 14, 30, tzinfo=UTC)
DAY = date(2026, 5, 14)


def test_a_slot_is_claimed_once(store: SqlStore) -> None:
    assert store.claim_slot("ai-ribao", SLOT, DAY, "a", SLOT)
    assert not store.claim_slot("ai-ribao", SLOT, DAY, "b", SLOT + timedelta(minutes=1))
    assert store.claim_slot("ai-daily", SLOT, DAY, "b", SLOT)  # another digest's own slot

    [claimed] = store.schedule_slots("ai-ribao")
    assert (claimed.status, claimed.holder, claimed.started) == (SlotStatus.RUNNING, "a", SLOT)
    assert (claimed.day, claimed.finished, claimed.run_id, claimed.reason) == (DAY, None, None, "")


def test_of_many_processes_racing_for_a_slot_exactly_one_claims_it(store: SqlStore) -> None:
    claimed = race(store, lambda on, n: on.claim_slot("ai-ribao", SLOT, DAY, f"server {n}", SLOT))

    assert sorted(claimed) == [False] * 5 + [True]


def test_a_slot_is_taken_only_from_the_status_and_holder_expected(store: SqlStore) -> None:
    store.claim_slot("ai-ribao", SLOT, DAY, "dead", SLOT)
    later = SLOT + timedelta(hours=1)

    def take(was: SlotStatus, held_by: str | None, holder: str) -> bool:
        return store.take_slot(
            "ai-ribao", SLOT, was=was, was_held_by=held_by, status=SlotStatus.RETRYING,
            holder=holder, now=later,
        )  # fmt: skip

    assert not take(SlotStatus.RUNNING, "someone else", "b")
    assert not take(SlotStatus.DRAFTED, "dead", "b")
    assert take(SlotStatus.RUNNING, "dead", "b")
    assert not take(SlotStatus.RUNNING, "dead", "c")  # b took it first
    [taken] = store.schedule_slots("ai-ribao")
    assert (taken.status, taken.holder, taken.started) == (SlotStatus.RETRYING, "b", later)


def test_only_its_holder_records_what_became_of_a_slot(store: SqlStore) -> None:
    store.claim_slot("ai-ribao", SLOT, DAY, "a", SLOT)
    done = SLOT + timedelta(minutes=3)

    assert not store.finish_slot("ai-ribao", SLOT, "b", SlotStatus.PUBLISHED, done)
    assert store.finish_slot(
        "ai-ribao", SLOT, "a", SlotStatus.DRAFTED, done, run_id=7, revision=2, reason="late"
    )
    assert store.finish_slot("ai-ribao", SLOT, "a", SlotStatus.REVIEWED, done, reason="ada")
    [finished] = store.schedule_slots("ai-ribao")
    assert (finished.status, finished.finished, finished.reason) == (
        SlotStatus.REVIEWED, done, "ada",
    )  # fmt: skip
    assert (finished.run_id, finished.revision) == (7, 2)  # kept when not given again


def test_slots_are_listed_newest_first_and_each_digests_last_one_found(store: SqlStore) -> None:
    for days in (2, 0, 1):
        store.claim_slot("ai-ribao", SLOT - timedelta(days=days), DAY, "a", SLOT)
    store.claim_slot("ai-daily", SLOT - timedelta(days=5), DAY, "a", SLOT)
    store.finish_slot("ai-ribao", SLOT - timedelta(days=1), "a", SlotStatus.FAILED, SLOT)

    listed = [s.slot for s in store.schedule_slots("ai-ribao")]
    last = {name: s.slot for name, s in store.last_slots().items()}
    still_open = store.schedule_slots(statuses=OPEN_SLOTS, limit=10)

    assert listed == [SLOT, SLOT - timedelta(days=1), SLOT - timedelta(days=2)]
    assert last == {"ai-ribao": SLOT, "ai-daily": SLOT - timedelta(days=5)}
    assert [(s.digest, s.slot) for s in still_open] == [
        ("ai-ribao", SLOT), ("ai-ribao", SLOT - timedelta(days=2)),
        ("ai-daily", SLOT - timedelta(days=5)),
    ]  # fmt: skip
    assert len(store.schedule_slots(limit=2)) == 2
