"""Incremental grouping: the 31st day in a store of 30 costs what an early day costs.

Usage: python bench/incremental.py [ITEMS_PER_DAY] [DAYS]      (default: 2000 31)

Items come from ``bench/_synth.py`` (fictional Chinese and English AI news with planted
events, copies and singletons; see there), generated for DAYS + 2 days at once and the
first and last day dropped, so events cross day boundaries and every stored day has about
ITEMS_PER_DAY items, including reports of stories begun the day before.  Vectors are
the synthetic ones of that module (real vectors of 1,500 anchor events plus fitted
Gaussian noise; the anchors are embedded first, not timed).  The store is real SQLite
(``open_store("sqlite:///.../b.db")``).  For each day, in order: the day's items are
stored (``upsert_items``) with their vectors (``save_vectors`` under the encoder's name,
"usem3-512"), then the group stage's ``group(store, config, model, now)`` runs with
``now`` = the end of that day.

Timed: only ``group`` (read the ungrouped items and the open stories, group them,
summarise the touched stories, save).  Printed: every day's seconds with its counts,
then day 1, days 2–30 (min / median / max) and day 31, and the ratio day 31 / day 1.
Day 1 has no open stories to compare with; from day 4 on the context (the stories of the
3-day window) is full, so days 4–30 are the steady state day 31 should match.

Last, one more run at the end of day 31 with a single new item whose publication date is
a year old (an old article resurfacing in a feed; arXiv gives a paper's first version's
date): ``group`` opens every story updated since that date minus the window.

Target: day 31 costs about what day 1 does (no growth with the size of the store;
the window's open stories add a constant), well under a minute for 2,000 items.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _synth
from newsdesk.collect._normalize import content_hash
from newsdesk.config import parse_config
from newsdesk.desk import UniversalSentenceEncoder
from newsdesk.model import Item
from newsdesk.stages.group import group
from newsdesk.store import open_store

START = datetime(2026, 3, 2, tzinfo=UTC)


def _item(s: _synth.SynthItem) -> Item:
    url = f"https://{s.domain}/a/{s.index}"
    return Item(
        source_id="synth",
        url=url,
        canonical_url=url,
        title=s.title,
        snippet=s.text,
        text="",
        author="",
        published=s.time,
        language=s.language,
        content_hash=content_hash(s.title, s.text, ""),
    )


def _stale_item(s: _synth.SynthItem) -> Item:
    """A copy of an item under a new address, published a year before the span."""
    item = _item(s)
    url = item.url.replace("/a/", "/archive/")
    return replace(item, url=url, canonical_url=url, published=START - timedelta(days=365))


def main() -> None:
    per_day = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 31
    encoder = UniversalSentenceEncoder()
    anchors = _synth.anchor_texts()
    english = encoder.embed([en for _, en, _ in anchors])
    chinese = encoder.embed([zh for _, _, zh in anchors])
    items = _synth.generate(
        per_day * (days + 2), start=START - timedelta(days=1), days=days + 2, seed=5
    )
    vectors = _synth.synthetic_vectors(items, english, chinese, seed=5)
    by_day: dict[int, list[_synth.SynthItem]] = defaultdict(list)
    for s in items:
        if START <= s.time < START + timedelta(days=days):
            by_day[(s.time - START).days].append(s)
    stored_total = sum(len(v) for v in by_day.values())
    vector_of = {f"https://{s.domain}/a/{s.index}": vectors[s.index] for s in items}
    config = parse_config("sources: [{id: synth, kind: jsonl, path: x.jsonl}]")
    model = encoder.name
    print(
        f"{stored_total} items over {days} days, window {config.group.window_days:g} days, "
        f"model {model!r}"
    )
    print(
        f"{'day':>4} {'items':>6} {'stored':>7} {'seconds':>8} {'grouped':>8} {'copies':>7} "
        f"{'new stories':>12} {'updated':>8}"
    )
    seconds: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'b.db'}")
        store.sync_sources(config.sources)
        for day in range(days):
            now = START + timedelta(days=day + 1)
            store.upsert_items([_item(s) for s in by_day[day]], now)
            fresh = store.items_without_vectors(model)
            store.save_vectors(
                model,
                [(d.id, vector_of[d.key]) for d in fresh],
            )
            started = time.perf_counter()
            report = group(store, config, model, now)
            seconds.append(time.perf_counter() - started)
            print(
                f"{day + 1:>4} {len(by_day[day]):>6} {store.count_items():>7} "
                f"{seconds[-1]:>8.2f} {report.grouped:>8} {report.duplicates:>7} "
                f"{report.new_stories:>12} {report.updated_stories:>8}",
                flush=True,
            )
        stale = _stale_item(items[0])
        store.upsert_items([stale], now)
        fresh = store.items_without_vectors(model)
        store.save_vectors(model, [(d.id, vectors[0]) for d in fresh])
        started = time.perf_counter()
        report = group(store, config, model, now)
        stale_seconds = time.perf_counter() - started
        store.close()
    middle = seconds[1:-1]
    steady = seconds[3:-1]
    print(f"\nday 1: {seconds[0]:.2f} s")
    if middle:
        print(
            f"days 2-{days - 1}: min {min(middle):.2f} s, median {statistics.median(middle):.2f}"
            f" s, max {max(middle):.2f} s"
        )
    if steady:
        print(f"days 4-{days - 1} (full window): median {statistics.median(steady):.2f} s")
    print(f"day {days}: {seconds[-1]:.2f} s")
    print(f"ratio day {days} / day 1: {seconds[-1] / seconds[0]:.2f}")
    if steady:
        print(
            f"ratio day {days} / median of days 4-{days - 1}: "
            f"{seconds[-1] / statistics.median(steady):.2f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"day {days}, one more run with 1 item published a year earlier: {stale_seconds:.2f} s "
        f"({report.grouped} grouped)"
    )
    print(f"peak RSS {peak:.0f} MB; vectors array {np.asarray(vectors).nbytes / 2**20:.0f} MB")
    print("Target: day 31 about the cost of day 1 (flat in the size of the store)")


if __name__ == "__main__":
    main()
