"""Grouping at scale: ``group_in_days`` over N synthetic items spread over 3 days.

Usage: python bench/group_scale.py [N ...] [--shared] [--end-to-end]
       (N default: 10000 100000)

Items come from ``bench/_synth.py``: fictional AI news written from templates, about half
Chinese and half English, over 3 consecutive days, with planted events (1–15 reports in
both languages sharing names and numbers), near-duplicate copies ("【转载】" prefix or a
footer) and singletons.  See that module for how the vectors are made: real vectors of
1,500 anchor events (in both languages), plus per-event and per-item Gaussian noise
fitted to the cosines of real vectors.

First, in a fresh subprocess, the real encoder:

* ``UniversalSentenceEncoder().embed`` is timed on a separate 5,000-item synthetic set
  (``embedding_text`` of each item, in the enrich stage's batches of 1,024; the model
  is loaded before timing), reported as items/s and the projected time for 100,000;
* the same 5,000 items are grouped twice, with their real vectors and with synthetic
  ones, to show the synthetic vectors are about as hard as real ones (mean cosines and
  B-cubed F1 of both).

Then each N runs in its own subprocess.  Timed: exactly ``group_in_days(items, params,
window=3 days, duplicate_threshold=0.85)`` with ``params = cluster_params(Config())``;
generating items and vectors is not timed.  Reported: seconds, items/s, of which
near-duplicate search (``find_duplicates``) and clustering (``cluster_items``), peak RSS
(``ru_maxrss``) and its growth over the baseline just before grouping, stories made and
the largest one's size, planted events, copies found / planted, planted copies found,
"other" copies (found copies whose original is another planted event), and B-cubed
precision / recall / F1 against the planted events.

Targets: 100,000 items in <= 120 s on 2 cores, peak RSS <= 2 GB, cost about linear in N.

Last, end to end with the real encoder (each row in its own subprocess): 5,000 synthetic
items (seed 5) as titles only, then as title + text padded to 500 characters with the
event-neutral filler sentences of ``_synth`` (a copy gets the same filler as its
original), are embedded (``embedding_text``, batches of 1,024, the model and jieba's
dictionary loaded before timing, as a run has them) and grouped with their real vectors;
``embedding_text`` keeps the first ``EMBED_CHARS`` (200) of them, grouping sees all.
Reported: mean characters of title + text, embedding seconds and items/s, grouping
seconds and items/s (= without embedding), and both together (= with embedding), plus
B-cubed F1 (a sanity figure: the shared filler makes reports of different events read
more alike than real ones, so F1 is lower than for the sample above), and the processor
seconds of embedding and of grouping (all threads of the process: the figure to compare
runs by when other work shares the machine and the seconds say more about it than about
the code).  ``--shared`` runs
the same rows again while one CPU-burning process per usable core runs alongside, as when
other work shares the machine.  ``--end-to-end`` runs only these rows.

End-to-end targets: embed + group >= 1,000 items/s for titles and >= 400 items/s for
title + 500 characters, on 2 cores, holding up when the cores are shared.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jieba
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _synth
from newsdesk.stages.enrich import EMBED_BATCH

START = datetime(2026, 3, 2, tzinfo=UTC)
DAYS = 3
SAMPLE = 5_000
TARGETS = "100,000 items in <= 120 s on 2 cores, peak RSS <= 2 GB, cost about linear in N"
E2E_ITEMS = 5_000
E2E_TEXT_CHARS = 500
E2E_TARGETS = (
    "embed + group >= 1,000 items/s for titles, >= 400 items/s for title + 500 chars, "
    "2 cores, also when shared"
)
#: Filler sentences without placeholders: the same for every event, so padding a text
#: with them makes it longer without making it more (or less) like another event's.
_NEUTRAL = {
    lang: [f for f in sentences if "{" not in f] for lang, sentences in _synth._FILLERS.items()
}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _group(
    items: Sequence[_synth.SynthItem], vectors: np.ndarray, timers: dict[str, float] | None = None
) -> dict[str, Any]:
    """Group the items as a run would; returns the figures of one table row."""
    from newsdesk.config import Config
    from newsdesk.desk import _group as group_module
    from newsdesk.desk import bcubed
    from newsdesk.stages.group import cluster_params

    if timers is not None:  # time the two big steps without touching src/
        for name in ("find_duplicates", "cluster_items"):
            setattr(group_module, name, _timed(getattr(group_module, name), name, timers))
    desk = _synth.desk_items(items, vectors)
    params = cluster_params(Config())
    baseline = _rss_mb()
    started = time.perf_counter()
    result = group_module.group_in_days(
        desk, params, window=timedelta(days=DAYS), duplicate_threshold=0.85
    )
    seconds = time.perf_counter() - started
    peak = _rss_mb()
    gold = [i.event for i in items]
    score = bcubed(gold, [result.assigned[i.index] for i in items])
    sizes: dict[str, int] = {}
    for story in result.assigned.values():
        sizes[story] = sizes.get(story, 0) + 1
    planted = {i.index for i in items if i.copy_of is not None}
    found = result.duplicates
    return {
        "items": len(items),
        "seconds": round(seconds, 2),
        "items_per_s": round(len(items) / seconds),
        "peak_rss_mb": round(peak),
        "growth_mb": round(peak - baseline),
        "stories": len(sizes),
        "largest": max(sizes.values()),
        "events": len(set(gold)),
        "copies_found": len(found),
        "copies_planted": len(planted),
        "planted_found": len(planted & found.keys()),
        "other_event": sum(items[c].event != items[o].event for c, o in found.items()),
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "f1": round(score.f1, 3),
    }


def _timed(function: Callable[..., Any], name: str, timers: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            timers[name] = timers.get(name, 0.0) + time.perf_counter() - started

    return wrapper


def _cosines(items: Sequence[_synth.SynthItem], vectors: np.ndarray) -> dict[str, float]:
    """Mean cosines of pairs: same event (same / other language), other events."""
    rng = np.random.default_rng(0)
    originals = [i for i in items if i.copy_of is None]
    groups: dict[str, list[_synth.SynthItem]] = {}
    for item in originals:
        groups.setdefault(item.event, []).append(item)
    sums: dict[str, list[float]] = {k: [] for k in ("event_same", "event_cross", "kind", "other")}
    for members in groups.values():
        for a, x in enumerate(members):
            for y in members[a + 1 :]:
                key = "event_same" if x.language == y.language else "event_cross"
                sums[key].append(float(vectors[x.index] @ vectors[y.index]))
    for a, b in rng.integers(0, len(originals), size=(20_000, 2)).tolist():
        x, y = originals[a], originals[b]
        if x.event != y.event and x.language == y.language:
            key = "kind" if x.kind == y.kind else "other"
            sums[key].append(float(vectors[x.index] @ vectors[y.index]))
    return {k: round(float(np.mean(v)), 3) for k, v in sums.items()}


def measure_embedding(folder: Path) -> dict[str, Any]:
    """Child: embed the anchors (saved for the grouping runs), time the encoder, check."""
    from newsdesk.desk import UniversalSentenceEncoder, embedding_text

    encoder = UniversalSentenceEncoder()
    anchors = _synth.anchor_texts()
    started = time.perf_counter()
    english = encoder.embed([en for _, en, _ in anchors])
    chinese = encoder.embed([zh for _, _, zh in anchors])
    anchor_seconds = time.perf_counter() - started
    np.save(folder / "anchors.npy", np.stack([english, chinese]))
    items = _synth.generate(SAMPLE, start=START, days=DAYS, seed=99)
    texts = [embedding_text(d) for d in _synth.desk_items(items)]
    started = time.perf_counter()
    real = np.vstack(
        [encoder.embed(texts[i : i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
    )
    seconds = time.perf_counter() - started
    synthetic = _synth.synthetic_vectors(items, english, chinese, seed=99)
    return {
        "anchors": 2 * len(anchors),
        "anchor_seconds": round(anchor_seconds, 1),
        "items": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "seconds": round(seconds, 1),
        "items_per_s": round(len(texts) / seconds),
        "cosines_real": _cosines(items, real),
        "cosines_synthetic": _cosines(items, synthetic),
        "group_real": _group(items, real),
        "group_synthetic": _group(items, synthetic),
    }


def measure_grouping(n_items: int, folder: Path) -> dict[str, Any]:
    """Child: generate N items with synthetic vectors and time the grouping."""
    english, chinese = np.load(folder / "anchors.npy")
    items = _synth.generate(n_items, start=START, days=DAYS, seed=1)
    vectors = _synth.synthetic_vectors(items, english, chinese, seed=1)
    timers: dict[str, float] = {}
    row = _group(items, vectors, timers)
    row["dedup_s"] = round(timers.get("find_duplicates", 0.0), 1)
    row["cluster_s"] = round(timers.get("cluster_items", 0.0), 1)
    return row


def _with_text(items: Sequence[_synth.SynthItem], kind: str) -> list[_synth.SynthItem]:
    """Titles only (``kind`` "title"), or title + text padded to ``E2E_TEXT_CHARS``."""
    if kind == "title":
        return [replace(i, text="") for i in items]
    out = []
    for item in items:
        root = item.copy_of if item.copy_of is not None else item.index
        rng = random.Random(root)  # a copy is padded like its original
        joiner = "" if item.language == "zh" else " "
        text = item.text
        while len(text) < E2E_TEXT_CHARS:
            text += joiner + rng.choice(_NEUTRAL[item.language])
        out.append(replace(item, text=text[:E2E_TEXT_CHARS]))
    return out


def measure_end_to_end(kind: str, n_items: int) -> dict[str, Any]:
    """Child: embed ``n_items`` items with the real encoder, then group them."""
    from newsdesk.desk import UniversalSentenceEncoder, embedding_text

    items = _with_text(_synth.generate(n_items, start=START, days=DAYS, seed=5), kind)
    encoder = UniversalSentenceEncoder()
    encoder.embed(["load the model before timing"])
    jieba.initialize()  # the segmenter's dictionary too: a run has it loaded already
    texts = [embedding_text(d) for d in _synth.desk_items(items)]
    started, processor = time.perf_counter(), time.process_time()
    vectors = np.vstack(
        [encoder.embed(texts[i : i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)]
    )
    embed_s = time.perf_counter() - started
    embed_cpu = time.process_time() - processor
    processor = time.process_time()
    grouped = _group(items, vectors)
    group_cpu = time.process_time() - processor
    group_s = grouped["seconds"]
    return {
        "kind": kind,
        "items": n_items,
        "chars": round(sum(len(i.title) + len(i.text) for i in items) / n_items),
        "embed_s": round(embed_s, 1),
        "embed_per_s": round(n_items / embed_s),
        "group_s": round(group_s, 1),
        "group_per_s": round(n_items / group_s),
        "total_s": round(embed_s + group_s, 1),
        "embed_cpu": round(embed_cpu, 1),
        "group_cpu": round(group_cpu, 1),
        "per_s": round(n_items / (embed_s + group_s)),
        "f1": grouped["f1"],
    }


@contextmanager
def _cores_shared() -> Iterator[int]:
    """One busy-looping process per usable core for the duration of the block."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(cores or 1)
    ]
    try:
        yield len(burners)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


E2E_HEADER = (
    f"{'cores':>10} {'text':>11} {'chars':>6} {'embed s':>8} {'embed/s':>8} {'group s':>8} "
    f"{'group/s':>8} {'total s':>8} {'items/s':>8} {'F1':>5} {'embed cpu':>9} {'group cpu':>9}"
)


def _e2e_row(label: str, r: dict[str, Any]) -> str:
    text = "title" if r["kind"] == "title" else f"title+{E2E_TEXT_CHARS}"
    return (
        f"{label:>10} {text:>11} {r['chars']:>6} {r['embed_s']:>8} {r['embed_per_s']:>8} "
        f"{r['group_s']:>8} {r['group_per_s']:>8} {r['total_s']:>8} {r['per_s']:>8} "
        f"{r['f1']:>5} {r['embed_cpu']:>9} {r['group_cpu']:>9}"
    )


def end_to_end(shared: bool) -> None:
    """Print the end-to-end rows: idle, then (``shared``) with every core also burning."""
    print(
        f"\nEnd to end with the real encoder, {E2E_ITEMS} items over {DAYS} days: embed "
        f"(batches of {EMBED_BATCH}) + group_in_days; group/s = without embedding, "
        "items/s = with it"
    )
    print(f"Targets: {E2E_TARGETS}")
    print(E2E_HEADER)
    for kind in ("title", "text"):
        print(_e2e_row("idle", _child("e2e", kind, str(E2E_ITEMS))), flush=True)
    if shared:
        for kind in ("title", "text"):
            with _cores_shared() as burners:
                row = _child("e2e", kind, str(E2E_ITEMS))
            print(_e2e_row(f"shared({burners})", row), flush=True)


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def _group_row(label: str, r: dict[str, Any]) -> str:
    copies = f"{r['copies_found']}/{r['copies_planted']}"
    return (
        f"{label:>9} {r['items']:>7} {r['seconds']:>8} {r['items_per_s']:>7} "
        f"{r.get('dedup_s', '-'):>8} {r.get('cluster_s', '-'):>9} {r['peak_rss_mb']:>8} "
        f"{r['growth_mb']:>7} {r['stories']:>7} {r['largest']:>7} {r['events']:>7} {copies:>13} "
        f"{r['planted_found']:>7} {r['other_event']:>6} {r['precision']:>5} "
        f"{r['recall']:>5} {r['f1']:>5}"
    )


GROUP_HEADER = (
    f"{'':>9} {'N':>7} {'seconds':>8} {'items/s':>7} {'dedup s':>8} {'cluster s':>9} "
    f"{'peak MB':>8} {'grow MB':>7} {'stories':>7} {'largest':>7} {'events':>7} "
    f"{'copies found':>13} "
    f"{'planted':>7} {'other':>6} {'B3 P':>5} {'B3 R':>5} {'F1':>5}"
)


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        if sys.argv[2] == "embed":
            print(json.dumps(measure_embedding(Path(sys.argv[3]))))
        elif sys.argv[2] == "e2e":
            print(json.dumps(measure_end_to_end(sys.argv[3], int(sys.argv[4]))))
        else:
            print(json.dumps(measure_grouping(int(sys.argv[2]), Path(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description="Grouping at scale (see the module docstring).")
    parser.add_argument("sizes", nargs="*", type=int, metavar="N", help="items per grouping run")
    parser.add_argument(
        "--shared", action="store_true", help="also run end to end with every core kept busy"
    )
    parser.add_argument("--end-to-end", action="store_true", help="only the end-to-end rows")
    args = parser.parse_args()
    if args.end_to_end:
        end_to_end(args.shared)
        return
    sizes = args.sizes or [10_000, 100_000]
    print(f"Targets: {TARGETS}")
    with tempfile.TemporaryDirectory() as tmp:
        e = _child("embed", tmp)
        print(
            f"\nEmbedding (UniversalSentenceEncoder, {SAMPLE} synthetic items, "
            f"mean {e['mean_chars']} chars): {e['seconds']} s, {e['items_per_s']} items/s "
            f"-> 100,000 items in about {100_000 / e['items_per_s'] / 60:.1f} min "
            f"(anchors: {e['anchors']} texts in {e['anchor_seconds']} s, not in the figure)"
        )
        print(
            "Mean cosine     same event, same lang  same event, other lang  "
            "other event same kind  other kind"
        )
        for label in ("real", "synthetic"):
            c = e[f"cosines_{label}"]
            print(
                f"{label:>9} {c['event_same']:>22} {c['event_cross']:>23} "
                f"{c['kind']:>22} {c['other']:>11}"
            )
        print("\nGrouping the embedding sample with real vs synthetic vectors:")
        print(GROUP_HEADER)
        print(_group_row("real", e["group_real"]))
        print(_group_row("synthetic", e["group_synthetic"]))
        print(f"\nGrouping N synthetic items over {DAYS} days (window 3 days):")
        print(GROUP_HEADER)
        rows = []
        for n in sizes:
            row = _child(str(n), tmp)
            rows.append(row)
            print(_group_row("", row), flush=True)
    for a, b in itertools.pairwise(rows):
        exponent = math.log(b["seconds"] / a["seconds"]) / math.log(b["items"] / a["items"])
        print(f"time grows as N^{exponent:.2f} from {a['items']} to {b['items']} (1.0 = linear)")
    end_to_end(args.shared)


if __name__ == "__main__":
    main()
