"""The wrong merges of a development set: items grouped together that gold puts apart.

Usage: python bench/wrong_merges.py [SET ...]   (default: "zh-en headlines", "makinotes dev")

For every predicted story that holds more than one gold event, each gold part is listed
with its titles, and each pair of parts with where they met: in average-link (one day's
pair edges; the best direct pair score between the parts is shown) or when whole
stories were joined (:func:`newsdesk.desk._cluster._story_join.join_stories`).  A
reading aid for precision work: it prints titles, no figure to tune on.
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from newsdesk.config import Config
from newsdesk.core import Newsdesk
from newsdesk.desk import _cluster
from newsdesk.desk._cluster import _cluster_items as steps
from newsdesk.desk._similarity import PAIR_MODEL, direct_scores, pair_signals

_join = steps.join_stories
#: Per grouping batch: item keys, the clusters before the story join, their direct scores.
_batches: list[tuple[list[str], dict[str, int], Any]] = []


def _recording_join(rep: Any, outlets: Any, mentions: Any, entities: Any,
                    solved: list[list[int]], story_of: Sequence[str | None],
                    *rest: Any, **named: Any) -> list[list[int]]:  # fmt: skip
    """The story join, remembering which items average-link had put together first."""
    keys = list(_recording_join.keys)  # type: ignore[attr-defined]
    before: dict[str, int] = {}
    for number, cluster in enumerate(solved):
        for i in cluster:
            before[keys[i]] = number
    for i, story in enumerate(story_of):
        if story is not None and keys[i] not in before:
            before[keys[i]] = -1 - hash(story) % 10**9
    _batches.append((keys, before, rep))
    return _join(rep, outlets, mentions, entities, solved, story_of, *rest, **named)


_cluster_items = _cluster.cluster_items


def _recording_cluster(items: Any, params: Any, cache: Any = None, **named: Any) -> Any:
    _recording_join.keys = [  # type: ignore[attr-defined]
        item.key for item in items if item.duplicate_of is None
    ]
    return _cluster_items(items, params, cache, **named)


def _where(a: str, b: str) -> str:
    """Where two keys first met: average-link or the story join (with their pair score)."""
    for keys, before, rep in _batches:
        if a in before and b in before:
            i, j = keys.index(a), keys.index(b)
            score = direct_scores(PAIR_MODEL, pair_signals(rep, np.asarray([i]), np.asarray([j])))
            if before[a] == before[b]:
                return f"average-link (pair {float(score.total[0]):.2f})"
    return "story join"


def report(name: str, records: list[devsets.Record], folder: Path) -> None:
    _batches.clear()
    path = devsets.write(records, folder / "set.jsonl")
    with Newsdesk(Config()) as desk:
        result = desk.eval_cluster(path)
    by_id = {str(r["id"]): r for r in records}
    stories: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for item, story in result.predicted.items():
        stories[story][by_id[item]["event"]].append(item)
    s = result.score
    print(f"== {name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    for story, parts in stories.items():
        if len(parts) < 2:
            continue
        print(f"-- story {story} ({sum(map(len, parts.values()))} items)")
        for event, items in parts.items():
            print(f"   [{event}]")
            for item in items:
                print(f"      {item}  {by_id[item]['title'][:110]}")
        for (e1, i1), (e2, i2) in combinations(parts.items(), 2):
            met = {_where(a, b) for a in i1 for b in i2}
            print(f"   {e1} ~ {e2}: {'; '.join(sorted(met))}")


def main() -> None:
    wanted = sys.argv[1:] or ["zh-en headlines", "makinotes dev"]
    steps.join_stories = _recording_join  # type: ignore[assignment]
    _cluster.cluster_items = _recording_cluster  # type: ignore[assignment]
    from newsdesk.desk import _group

    _group.cluster_items = _recording_cluster  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in devsets.development_sets():
            if name in wanted:
                report(name, records, Path(tmp))


if __name__ == "__main__":
    main()
