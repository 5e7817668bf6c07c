"""Claims and the message record in the store: one holder at a time, leases that lapse,
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from newsdesk.model import Publication, PublishClaim
from newsdesk.store import SqlStore
from races import race

DAY = date(2026, 5, 14)
NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
LEASE = timedelta(minutes=15)


def claim(
    store: SqlStore, holder: str, at: datetime = NOW, take_from: str | None = None
) -> PublishClaim:
    return store.claim_publication(
        "ai-ribao", DAY, "tg", holder, at, at + LEASE, take_from=take_from
    )


def test_a_claim_is_refused_while_anothers_lease_runs_and_granted_once_it_lapses(
    store: SqlStore,
) -> None:
    first = claim(store, "a")
    refused = claim(store, "b", NOW + LEASE - timedelta(seconds=1))
    granted = claim(store, "b", NOW + LEASE + timedelta(seconds=1))

    assert first.granted and not refused.granted and granted.granted
    assert refused.holder == "a" and refused.lease_until == NOW + LEASE
    assert first.publication == granted.publication


def test_a_dead_holders_claim_can_be_taken_by_name(store: SqlStore) -> None:
    claim(store, "a")

    assert claim(store, "b", take_from="a").granted
    assert not claim(store, "c", take_from="a").granted  # "a" no longer holds it


def test_a_publisher_whose_claim_was_taken_over_records_nothing(store: SqlStore) -> None:
    mine = claim(store, "a")
    claim(store, "b", NOW + LEASE + timedelta(seconds=1))

    assert store.record_message(mine, "v1", ["p1"], NOW, NOW + LEASE) is None
    assert store.posted_messages(mine.publication) == []


def test_messages_are_recorded_as_they_go_and_a_refused_one_is_forgotten(store: SqlStore) -> None:
    mine = claim(store, "a")
    first = store.record_message(mine, "v1", ["p1", "p2"], NOW, NOW + LEASE)
    second = store.record_message(mine, "v1", ["p3"], NOW, NOW + LEASE)
    third = store.record_message(mine, "v1", ["p4"], NOW, NOW + LEASE)
    assert first is not None and second is not None and third is not None

    assert store.update_message(mine, first, "sent", NOW, NOW + LEASE, external_id="m1")
    assert store.update_message(mine, second, "unknown", NOW, NOW + LEASE, error="timeout")
    assert store.update_message(mine, third, "refused", NOW, NOW + LEASE)

    got = [
        (m.parts, m.state, m.external_id, m.error) for m in store.posted_messages(mine.publication)
    ]
    assert got == [(("p1", "p2"), "sent", "m1", None), (("p3",), "unknown", None, "timeout")]


def test_finishing_records_the_result_and_frees_the_channel(store: SqlStore) -> None:
    mine = claim(store, "a")
    result = Publication("ai-ribao", DAY, "tg", "unknown", ("m1",), "why", NOW, "v1", 3, 2, 1)

    store.finish_publication(mine, result, NOW)

    assert store.publication("ai-ribao", DAY, "tg") == result
    assert claim(store, "b").granted


def test_of_many_publishers_racing_for_a_channel_one_gets_it(store: SqlStore) -> None:
    granted = race(store, lambda on, n: claim(on, f"publisher {n}").granted)

    assert sorted(granted) == [False] * 5 + [True]
