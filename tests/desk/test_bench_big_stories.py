"""The second big-story set (``bench/data/big_stories_more.jsonl``) keeps its rules.

Its figures in ``bench/cluster.py`` are only worth reading if the file still holds what
``big_stories_more.md`` says: ten big stories and their small same-subject neighbours
over the first set's three days, read by ``eval cluster``'s own reader, every third big
story held back with its small one, and no headline shared with the first set.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.desk._evaluate import read_eval_file

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
MORE = DATA / "big_stories_more.jsonl"


def _raw(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_second_set_loads_as_eval_cluster_reads_it() -> None:
    records = read_eval_file(MORE)
    sizes = Counter(r.event for r in records)
    big = [size for size in sizes.values() if size >= 50]
    small = [size for size in sizes.values() if size < 50]
    assert len(records) == 680
    assert (len(big), len(small)) == (10, 10)
    assert all(50 <= size <= 80 for size in big) and all(5 <= size <= 6 for size in small)
    assert len({r.title for r in records}) == len(records)
    assert {r.language for r in records} == {"en"}
    first, last = datetime(2026, 5, 11, tzinfo=UTC), datetime(2026, 5, 14, tzinfo=UTC)
    assert all(r.published is not None and first <= r.published < last for r in records)


def test_every_third_big_story_is_held_back_with_its_small_one() -> None:
    rows = _raw(MORE)
    sizes = Counter(r["event"] for r in rows)
    events = list(dict.fromkeys(r["event"] for r in rows))
    split = {r["event"]: r["split"] for r in rows}
    assert all(r["split"] == split[r["event"]] for r in rows)
    expected, big_number = {}, 0
    for event in events:  # a small story follows its big one
        big_number += sizes[event] >= 50
        expected[event] = "held" if big_number % 3 == 0 else "dev"
    assert split == expected
    assert Counter(r["split"] for r in rows) == {"dev": 477, "held": 203}


def test_no_headline_is_taken_from_the_first_set() -> None:
    first = {r["title"].casefold() for r in _raw(DATA / "big_stories.jsonl")}
    assert not first & {r["title"].casefold() for r in _raw(MORE)}
