"""The big-story sets we wrote (``bench/data/big_stories_*.jsonl``) keep their rules.

Their rows in ``bench/cluster.py`` are only worth reading if each file still holds what
its ``.md`` says: ten big stories and their small same-subject neighbours over the first
set's three days, read by ``eval cluster``'s own reader, each story's headlines over the
days it runs, every third big story held back with its small one, and no headline taken
from a set written before it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.desk._evaluate import read_eval_file

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
#: Sets in the order they were written: each must share no headline with those before.
EARLIER = ["headline_stories.jsonl", "big_stories.jsonl"]


@dataclass(frozen=True)
class BigStorySet:
    file: str
    headlines: int
    big_sizes: tuple[int, int]
    small_sizes: tuple[int, int]
    outlets: int
    three_day_stories: int
    split: dict[str, int]


SETS = [
    BigStorySet("big_stories_more.jsonl", 680, (58, 75), (5, 6), 20, 4, {"dev": 477, "held": 203}),
    BigStorySet("big_stories_third.jsonl", 665, (54, 72), (4, 6), 40, 5, {"dev": 476, "held": 189}),
    BigStorySet(
        "big_stories_fourth.jsonl", 692, (54, 76), (4, 6), 45, 5, {"dev": 485, "held": 207}
    ),
]
BY_NAME = pytest.mark.parametrize("spec", SETS, ids=[s.file.removesuffix(".jsonl") for s in SETS])


def _raw(name: str) -> list[dict[str, str]]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@BY_NAME
def test_the_set_loads_as_eval_cluster_reads_it(spec: BigStorySet) -> None:
    records = read_eval_file(DATA / spec.file)
    sizes = Counter(r.event for r in records)
    big = [size for size in sizes.values() if size >= 50]
    small = [size for size in sizes.values() if size < 50]
    assert len(records) == spec.headlines
    assert (len(big), len(small)) == (10, 10)
    assert all(spec.big_sizes[0] <= size <= spec.big_sizes[1] for size in big)
    assert all(spec.small_sizes[0] <= size <= spec.small_sizes[1] for size in small)
    assert {r.language for r in records} == {"en"}
    assert len({r.source for r in records}) >= spec.outlets
    first, last = datetime(2026, 5, 11, tzinfo=UTC), datetime(2026, 5, 14, tzinfo=UTC)
    assert all(r.published is not None and first <= r.published < last for r in records)


@BY_NAME
def test_ids_and_titles_are_unique(spec: BigStorySet) -> None:
    rows = _raw(spec.file)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["title"].casefold() for r in rows}) == len(rows)


@BY_NAME
def test_every_big_story_runs_over_its_days_and_a_small_one_on_one_day(spec: BigStorySet) -> None:
    days: defaultdict[str, set[str]] = defaultdict(set)
    sizes = Counter[str]()
    for r in _raw(spec.file):
        days[r["event"]].add(r["published"][:10])
        sizes[r["event"]] += 1
    for event, size in sizes.items():
        assert (len(days[event]) >= 2) == (size >= 50), event
    three_days = sum(len(days[e]) == 3 for e in sizes if sizes[e] >= 50)
    assert three_days == spec.three_day_stories


@BY_NAME
def test_every_third_big_story_is_held_back_with_its_small_one(spec: BigStorySet) -> None:
    rows = _raw(spec.file)
    sizes = Counter(r["event"] for r in rows)
    events = list(dict.fromkeys(r["event"] for r in rows))
    split = {r["event"]: r["split"] for r in rows}
    assert all(r["split"] == split[r["event"]] for r in rows)
    expected, big_number = {}, 0
    for event in events:  # a small story follows its big one
        big_number += sizes[event] >= 50
        expected[event] = "held" if big_number % 3 == 0 else "dev"
    assert split == expected
    assert Counter(r["split"] for r in rows) == spec.split


@BY_NAME
def test_no_headline_is_taken_from_a_set_written_before(spec: BigStorySet) -> None:
    before = EARLIER + [s.file for s in SETS[: SETS.index(spec)]]
    others = {r["title"].casefold() for name in before for r in _raw(name)}
    assert not others & {r["title"].casefold() for r in _raw(spec.file)}
