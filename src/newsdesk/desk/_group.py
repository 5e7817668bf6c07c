"""Grouping as a run does it: day by day, each day joining the stories still open.

A story is open while its newest item is less than ``window`` older than the day being
grouped; a day's items are compared with every item of the open stories, found copies
follow their original, and the rest are clustered (:mod:`newsdesk.desk._cluster`).
Batches are UTC days, so feeding a month at once gives the stories that one run per UTC
day would give; runs at other times of day cut the batches elsewhere and may differ at
the margins.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo

from newsdesk.desk._blas import one_blas_thread
from newsdesk.desk._cluster import ClusterParams, cluster_items
from newsdesk.desk._collector import collector_paused
from newsdesk.desk._dedup import DedupCache, find_duplicates, minhash_of, states_new_facts
from newsdesk.desk._similarity import TermCache
from newsdesk.desk._text import same_title
from newsdesk.model import DeskItem, GroupResult

_NO_TIME = datetime.min.replace(tzinfo=UTC)
_ALWAYS = datetime.max.replace(tzinfo=UTC)


def group_in_days(
    items: Sequence[DeskItem],
    params: ClusterParams,
    *,
    window: timedelta,
    duplicate_threshold: float = 0.85,
    on_batch: Callable[[int, str], None] | None = None,
    held: Collection[str] = frozenset(),
    zone: tzinfo = UTC,
) -> GroupResult:
    """Give every item without a ``story_id`` a story; pure, no store.

    ``items`` holds the items to group and the items of every story that may still be
    open for them.  Undated items are grouped first, as one batch.  Open stories that a
    batch shows to be one event merge (:func:`_apply_merges`); a story in ``held`` (an
    editor touched it, an edition holds it) is never the one absorbed.  ``on_batch`` hears
    (number of batches, "") first, then ("", label) after each batch, for progress: the
    label names the days of ``zone`` (the config's) its items fall on, the days the user's
    digests count them on.
    BLAS runs on one thread meanwhile (:mod:`newsdesk.desk._blas`), and Python's cyclic
    garbage collector waits (:mod:`newsdesk.desk._collector`).
    """
    with one_blas_thread(), collector_paused():
        return _group_in_days(items, params, window, duplicate_threshold, on_batch, held, zone)


def _group_in_days(
    items: Sequence[DeskItem],
    params: ClusterParams,
    window: timedelta,
    duplicate_threshold: float,
    on_batch: Callable[[int, str], None] | None,
    held: Collection[str],
    zone: tzinfo,
) -> GroupResult:
    terms = TermCache()
    signatures: DedupCache = {}
    current = {item.id: item for item in items}
    last_seen: dict[str, datetime] = {}  # an undated item keeps its story open for good
    for item in items:
        if item.story_id is not None:
            when = item.time or _ALWAYS
            last_seen[item.story_id] = max(last_seen.get(item.story_id, when), when)
    pending = sorted(
        (item for item in items if item.story_id is None), key=lambda i: i.time or _NO_TIME
    )
    first_listings: dict[tuple[str, str], DeskItem] = {}
    for item in items:
        _remember_listing(first_listings, item)
    assigned: dict[int, str] = {}
    duplicates: dict[int, int] = {}
    neighbours: dict[int, tuple[tuple[int, float], ...]] = {}
    created: set[str] = set()
    merged: dict[str, str] = {}
    batches = _days(pending)
    if on_batch is not None:
        on_batch(len(batches), "")
    for batch in batches:
        start = batch[0].time
        listed = {
            item.id: first for item in batch if (first := _first_listing(first_listings, item))
        }
        open_stories = {
            story for story, last in last_seen.items() if start is None or last >= start - window
        } | {first.story_id for first in listed.values() if first.story_id is not None}
        context = [
            item
            for item in current.values()
            if item.story_id is not None and item.story_id in open_stories
        ]
        found = find_duplicates(context + batch, duplicate_threshold, signatures)
        found.update(
            (item.id, first.id)
            for item in batch
            if (first := listed.get(item.id)) is not None
            and item.text
            and first.text
            and not states_new_facts(item, first)
        )
        duplicates.update(found)
        batch = [  # only copies change (a copy of each item would cost a tenth of a second)
            item
            if (original := found.get(item.id)) == item.duplicate_of
            else replace(item, duplicate_of=original)
            for item in batch
        ]
        grouping = cluster_items(context + batch, params, terms, held=held)
        created |= grouping.created
        for item in batch:
            story = grouping.assigned[item.id]
            assigned[item.id] = story
            neighbours[item.id] = grouping.neighbours.get(item.id, ())
            current[item.id] = replace(item, story_id=story, neighbours=neighbours[item.id])
            when = item.time or _ALWAYS
            last_seen[story] = max(last_seen.get(story, when), when)
            _remember_listing(first_listings, current[item.id])
        if grouping.merged:
            _apply_merges(grouping.merged, current, assigned, last_seen, first_listings)
            merged = _merged_into(merged, grouping.merged, created)
            created -= grouping.merged.keys()
        if on_batch is not None:
            count = f"{len(batch)} item" + ("s" if len(batch) != 1 else "")
            on_batch(0, f"{batch_days(batch, zone)}: {count}")
    new_ids = [item.id for item in pending]
    return GroupResult(
        assigned=assigned,
        duplicates=duplicates,
        created=frozenset(created),
        merged=merged,
        neighbours=neighbours,
        terms={i: tokens for i in new_ids if (tokens := terms.tokens(i)) is not None},
        minhashes={
            i: minhash_of(s.size, s.full, s.lead)
            for i in new_ids
            if (s := signatures.get(i)) is not None
        },
    )


def _apply_merges(
    merged: dict[str, str],
    current: dict[int, DeskItem],
    assigned: dict[int, str],
    last_seen: dict[str, datetime],
    first_listings: dict[tuple[str, str], DeskItem],
) -> None:
    """Move every item of each absorbed story (``merged``: old id -> surviving id) to the
    story that absorbed it, so that later batches see one open story."""
    for item in current.values():
        if item.story_id in merged:
            current[item.id] = replace(item, story_id=merged[item.story_id])
    for item_id, story in assigned.items():
        assigned[item_id] = merged.get(story, story)
    for old, new in merged.items():
        if (when := last_seen.pop(old, None)) is not None:
            last_seen[new] = max(last_seen.get(new, when), when)
    for listing, item in first_listings.items():
        if item.story_id in merged:
            first_listings[listing] = current[item.id]


def _merged_into(
    earlier: dict[str, str], merged: dict[str, str], created: set[str]
) -> dict[str, str]:
    """The run's merges so far (old id -> surviving id) with a batch's ``merged``
    added: a story that a later batch absorbed again points to where it ended; one this
    run created (``created``) was never stored, so it needs no redirect."""
    out = {old: merged.get(new, new) for old, new in earlier.items()}
    out.update((old, new) for old, new in merged.items() if old not in created)
    return out


def _listing(item: DeskItem) -> tuple[str, str] | None:
    """Who listed it and under what title (:func:`same_title`); None if no one known."""
    publisher = item.publisher or item.source_id
    return (publisher, same_title(item.title)) if publisher else None


def _remember_listing(first_listings: dict[tuple[str, str], DeskItem], item: DeskItem) -> None:
    if item.story_id is not None and (listing := _listing(item)) is not None:
        first_listings.setdefault(listing, item)


def _first_listing(
    first_listings: dict[tuple[str, str], DeskItem], item: DeskItem
) -> DeskItem | None:
    listing = _listing(item)
    return None if listing is None else first_listings.get(listing)


def batch_days(batch: Sequence[DeskItem], zone: tzinfo) -> str:
    """The days of ``zone`` a batch's items fall on, for the progress log: a batch is a
    UTC day, which in another zone straddles two of its days ("2026-02-06 and
    2026-02-07"); "undated" for the batch of undated items."""
    days = sorted({i.time.astimezone(zone).date() for i in batch if i.time is not None})
    if not days:
        return "undated"
    if len(days) == 1:
        return days[0].isoformat()
    return f"{days[0].isoformat()} and {days[-1].isoformat()}"


def _days(pending: list[DeskItem]) -> list[list[DeskItem]]:
    """Consecutive 24-hour batches from the first dated item; undated ones first."""
    batches: list[list[DeskItem]] = []
    undated = [item for item in pending if item.time is None]
    if undated:
        batches.append(undated)
    dated = [item for item in pending if item.time is not None]
    if not dated:
        return batches
    first = dated[0].time
    assert first is not None
    day_start = first.replace(hour=0, minute=0, second=0, microsecond=0)
    current: list[DeskItem] = []
    for item in dated:
        assert item.time is not None
        while item.time >= day_start + timedelta(days=1):
            if current:
                batches.append(current)
                current = []
            day_start += timedelta(days=1)
        current.append(item)
    if current:
        batches.append(current)
    return batches
