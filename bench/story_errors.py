"""Where a development set's stories go wrong: split gold stories and wrong merges.

Usage: python bench/story_errors.py [SET …] [--top N]

Each set (names as ``bench/devsets.py`` gives them, the dev parts of the big-story sets
included, ``fourth stories`` too, held parts never; default ECB+ titles and headline
stories) is grouped as ``bench/cluster.py`` groups it, with the story join watched.  For
the N gold stories that lose the most recall it lists the predicted pieces (size, which
gold stories they hold, a title each) and, for each other piece against the largest,
why they did not join: no candidate pair between them, both too small, too much
evidence, the story-pair score (``newsdesk.desk._story_pairs``; the two read alone, so
with no rival partner) below the threshold, or refused by their reports.  Then the
predicted stories holding more than one gold story, and whether average-link or the join
put them together.  Last, what each kind of error costs: the F1 with the wordless
items (datelines, timestamps) placed in their gold story's largest story, with the
stories average-link mixed split by gold story, with those the join mixed split, and
with all of it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from newsdesk.config import Config
from newsdesk.desk import _cluster
from newsdesk.desk._cluster import _cluster_items as steps
from newsdesk.desk._cluster import _story_join
from newsdesk.desk._embed import UniversalSentenceEncoder
from newsdesk.desk._evaluate import bcubed, evaluate_clustering, read_eval_file
from newsdesk.desk._similarity import (
    direct_scores,
    pair_signals,
    sigmoid,
    story_representation,
)
from newsdesk.desk._story_pairs import once_a_day, story_pair_features
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params


@dataclass
class Watch:
    """What the join saw in each batch: the pieces before it and the stories after."""

    batches: list[dict[str, Any]] = field(default_factory=list)
    items: list[DeskItem] = field(default_factory=list)


WATCH = Watch()
_real_cluster_items = _cluster.cluster_items
_real_join = steps.join_stories


def _cluster_items(items: Sequence[DeskItem], *args: Any, **kwargs: Any) -> Any:
    WATCH.items = [item for item in items if item.duplicate_of is None]
    return _real_cluster_items(items, *args, **kwargs)


def _join(*args: Any) -> list[list[int]]:
    out: list[list[int]] = _real_join(*args)
    rep, outlets, mentions, entities, solved, story_of, left, right, edges = args[:9]
    model, story_model, threshold = args[9:12]
    ids = [item.id for item in WATCH.items]
    WATCH.batches.append(
        {
            "rep": rep,
            "mentions": mentions,
            "entities": entities,
            "index": {item_id: i for i, item_id in enumerate(ids)},
            "before": [[ids[i] for i in s] for s in solved],
            "story_of": list(story_of),
            "pairs": {
                (int(min(a, b)), int(max(a, b))): float(e)
                for a, b, e in zip(left, right, edges, strict=True)
            },
            "outlets": outlets,
            "once": once_a_day(outlets, _piece_of(len(ids), solved)),
            "model": model,
            "story_model": story_model,
            "threshold": threshold,
        }
    )
    return out


def _piece_of(n: int, pieces: list[list[int]]) -> np.ndarray:
    out = np.full(n, -1, dtype=np.intp)
    for number, piece in enumerate(pieces):
        out[piece] = number
    return out


def _why(batch: dict[str, Any], one: list[int], other: list[int]) -> str:
    """Why two pieces (item ids) of one gold story stayed apart in this batch's join."""
    index = batch["index"]
    a = [index[i] for i in one if i in index]
    b = [index[i] for i in other if i in index]
    if not a or not b:
        return "not in one batch"
    pairs = batch["pairs"]
    edges = [pairs[min(x, y), max(x, y)] for x in a for y in b if (min(x, y), max(x, y)) in pairs]
    candidate = bool(edges)
    rep = batch["rep"]
    read = story_representation(rep, [a, b])
    pooled = direct_scores(batch["model"], pair_signals(read, [0], [1])).logit
    features = story_pair_features(
        rep, batch["outlets"], batch["once"], [a, b], np.asarray([0]), np.asarray([1]), pooled,
        np.asarray([max(edges, default=0.0)], dtype=np.float32),
    )  # fmt: skip
    score = float(batch["story_model"].scores(features)[0])
    sims = rep.vectors[a] @ rep.vectors[b].T
    notes = [
        f"story score {score:.2f} (pooled {float(sigmoid(pooled)[0]):.2f})",
        f"cos max {sims.max():.2f} mean {sims.mean():.2f}",
    ]
    if not candidate:
        notes.append("NO CANDIDATE PAIR")
    if max(len(a), len(b)) < _story_join.JOIN_LEAST_REPORTS:
        notes.append("both small")
    if max(read.evidence) > _story_join.JOIN_EVIDENCE:
        notes.append(f"evidence {max(read.evidence):.2f}")
    refused = _story_join.refused_pairs(
        rep, batch["mentions"], batch["entities"], [a, b], [0], [1]
    )[0]
    counter = _story_join._counterparts_differ(
        rep.names.sign(), batch["mentions"], batch["entities"],
        [np.asarray(a)], [np.asarray(b)],
    )[0]  # fmt: skip
    if refused:
        notes.append("REFUSED" + (" (counterparts)" if counter else " (reports)"))
    if score < batch["threshold"]:
        notes.append("below threshold")
    return ", ".join(notes)


def report(name: str, records: list[devsets.Record], top: int) -> None:
    WATCH.batches.clear()
    config = Config()
    with tempfile.TemporaryDirectory() as tmp:
        path = devsets.write(records, Path(tmp) / "set.jsonl")
        evaluated = read_eval_file(path)
        result = evaluate_clustering(
            evaluated, UniversalSentenceEncoder(), cluster_params(config),
            window=timedelta(days=config.group.window_days),
            duplicate_threshold=config.group.duplicate_threshold,
        )  # fmt: skip
    s = result.score
    print(f"\n=== {name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    gold = {i: r.event for i, r in enumerate(evaluated)}
    titles = {i: r.title for i, r in enumerate(evaluated)}
    predicted = {i: result.predicted[r.id] for i, r in enumerate(evaluated)}
    members: dict[str, list[int]] = defaultdict(list)
    for i, story in predicted.items():
        members[story].append(i)
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, event in gold.items():
        by_gold[event].append(i)
    # recall lost by each gold story: items · (1 - mean share of its piece)
    lost = {
        event: sum(
            1 - Counter(predicted[i] for i in items)[predicted[j]] / len(items) for j in items
        )
        for event, items in by_gold.items()
    }
    piece_of = {}  # item -> its piece before the join, in the batch it was new
    for number, batch in enumerate(WATCH.batches):
        for piece in batch["before"]:
            for i in piece:
                if batch["story_of"][batch["index"][i]] is None:
                    piece_of[i] = (number, tuple(sorted(piece)))
    print(f"-- the {top} gold stories losing most recall (items lost)")
    for event, loss in sorted(lost.items(), key=lambda kv: -kv[1])[:top]:
        items = by_gold[event]
        pieces = Counter(predicted[i] for i in items)
        print(f"\n{event}: {len(items)} items in {len(pieces)} stories, lost {loss:.1f}")
        ordered = [p for p, _ in pieces.most_common()]
        for p in ordered[:6]:
            inside = [i for i in items if predicted[i] == p]
            others = Counter(gold[i] for i in members[p] if gold[i] != event)
            print(f"  [{len(inside)}/{len(members[p])}] others {dict(others)}")
            for i in inside[:3]:
                print(f"      {titles[i][:110]}")
        for p in ordered[1:6]:
            inside = [i for i in items if predicted[i] == p]
            number = piece_of.get(inside[0], (len(WATCH.batches) - 1, ()))[0]
            batch = WATCH.batches[number]
            rest = [i for i in members[p]]
            main = [i for i in members[ordered[0]]]
            print(f"  piece {len(inside)} vs main: {_why(batch, rest, main)}")
    print("\n-- predicted stories holding several gold stories")
    stages: dict[str, str] = {}
    for story, inside in sorted(members.items(), key=lambda kv: len(kv[1]), reverse=True):
        events = Counter(gold[i] for i in inside)
        if len(events) < 2 or sum(events.values()) - events.most_common(1)[0][1] < 2:
            continue
        before = Counter(piece_of.get(i, (0, ()))[1] for i in inside)
        mixed_before = any(len({gold[i] for i in piece}) > 1 for piece in before if piece)
        stage = stages[story] = "average-link" if mixed_before else "join"
        print(f"\n[{len(inside)}] {dict(events)} by {stage}")
        for event, _ in events.most_common(3):
            example = next(i for i in inside if gold[i] == event)
            print(f"   {event}: {titles[example][:110]}")
    _costs(gold, predicted, _wordless(), stages)


def _wordless() -> set[int]:
    """The items no batch read a word in (a dateline, a timestamp): their titles say
    nothing of their event."""
    return {
        i
        for batch in WATCH.batches
        for i, at in batch["index"].items()
        if batch["rep"].evidence[at] <= 0
    }


def _costs(
    gold: dict[int, str], predicted: dict[int, str], wordless: set[int], stages: dict[str, str]
) -> None:
    """B-cubed F1 with one kind of error undone at a time: what each kind costs.  The
    wordless items moved to their gold story's largest story of worded items; the
    predicted stories that average-link or the join mixed (as listed above) split by
    gold story; then all of it together."""
    items = sorted(gold)
    events = [gold[i] for i in items]
    largest: dict[str, Counter[str]] = defaultdict(Counter)
    for i in items:
        if i not in wordless:
            largest[gold[i]][predicted[i]] += 1

    def placed(i: int) -> str:
        home = largest.get(gold[i])
        return home.most_common(1)[0][0] if i in wordless and home else predicted[i]

    def split(i: int, which: tuple[str, ...], story: str) -> str:
        return f"{story}|{gold[i]}" if stages.get(story) in which else story

    rows = [
        ("as grouped", [predicted[i] for i in items]),
        (f"{len(wordless)} wordless placed", [placed(i) for i in items]),
        ("average-link's mixes split", [split(i, ("average-link",), predicted[i]) for i in items]),
        ("the join's mixes split", [split(i, ("join",), predicted[i]) for i in items]),
        ("all of these", [split(i, ("average-link", "join"), placed(i)) for i in items]),
    ]
    print("\n-- what each kind of error costs (F1 with it undone)")
    for label, stories in rows:
        score = bcubed(events, stories)
        print(f"   {label:<28} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["ECB+ titles", "headline stories"])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    _cluster.cluster_items = _cluster_items  # type: ignore[assignment]
    steps.join_stories = _join  # type: ignore[assignment]
    import newsdesk.desk._group as group

    group.cluster_items = _cluster_items  # type: ignore[assignment]
    for name, records in chain(
        devsets.development_sets(),
        devsets.more_story_sets(),
        devsets.third_story_sets(),
        devsets.fourth_story_sets(),
    ):
        if name in args.sets and "held" not in name:
            report(name, records, args.top)


if __name__ == "__main__":
    main()
