"""The third big-story set (``bench/data/big_stories_third.jsonl``) keeps its rules.

Its rows in ``bench/cluster.py`` are only worth reading if the file still holds what
``big_stories_third.md`` says: ten big stories and their small same-subject neighbours
over the first set's three days, read by ``eval cluster``'s own reader, every third big
story held back with its small one, each story's headlines over the days it runs, and no
headline shared with the other sets.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.desk._evaluate import read_eval_file

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
THIRD = DATA / "big_stories_third.jsonl"


def _raw(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_third_set_loads_as_eval_cluster_reads_it() -> None:
    records = read_eval_file(THIRD)
    sizes = Counter(r.event for r in records)
    big = [size for size in sizes.values() if size >= 50]
    small = [size for size in sizes.values() if size < 50]
    assert len(records) == 665
    assert (len(big), len(small)) == (10, 10)
    assert all(54 <= size <= 72 for size in big) and all(4 <= size <= 6 for size in small)
    assert {r.language for r in records} == {"en"}
    assert len({r.source for r in records}) >= 40
    first, last = datetime(2026, 5, 11, tzinfo=UTC), datetime(2026, 5, 14, tzinfo=UTC)
    assert all(r.published is not None and first <= r.published < last for r in records)


def test_ids_and_titles_are_unique() -> None:
    rows = _raw(THIRD)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["title"].casefold() for r in rows}) == len(rows)


def test_every_big_story_runs_over_its_days_and_a_small_one_on_one_day() -> None:
    days: defaultdict[str, set[str]] = defaultdict(set)
    sizes = Counter[str]()
    for r in _raw(THIRD):
        days[r["event"]].add(r["published"][:10])
        sizes[r["event"]] += 1
    for event, size in sizes.items():
        assert (len(days[event]) >= 2) == (size >= 50), event
    assert sum(len(days[e]) == 3 for e in sizes if sizes[e] >= 50) == 5


def test_every_third_big_story_is_held_back_with_its_small_one() -> None:
    rows = _raw(THIRD)
    sizes = Counter(r["event"] for r in rows)
    events = list(dict.fromkeys(r["event"] for r in rows))
    split = {r["event"]: r["split"] for r in rows}
    assert all(r["split"] == split[r["event"]] for r in rows)
    expected, big_number = {}, 0
    for event in events:  # a small story follows its big one
        big_number += sizes[event] >= 50
        expected[event] = "held" if big_number % 3 == 0 else "dev"
    assert split == expected
    assert Counter(r["split"] for r in rows) == {"dev": 476, "held": 189}


def test_no_headline_is_taken_from_the_other_sets() -> None:
    others = {
        r["title"].casefold()
        for name in ("big_stories.jsonl", "big_stories_more.jsonl", "headline_stories.jsonl")
        for r in _raw(DATA / name)
    }
    assert not others & {r["title"].casefold() for r in _raw(THIRD)}
