"""Dump the partitions grouping makes, to check a speed change alters no decision.

Usage: python bench/partitions.py dump OUT.json [--scale N ANCHORS_DIR]
       python bench/partitions.py compare A.json B.json

``dump`` groups every ``bench/cluster.py`` set exactly as it does (``eval_cluster``),
both ``bench/group_scale.py`` end-to-end rows (5,000 items, titles and title + 500
characters, embedded by the real encoder) and, with ``--scale``, N synthetic items of
``group_scale.py``'s grouping row (its ``anchors.npy`` in ANCHORS_DIR, which that
script's ``--child embed ANCHORS_DIR`` writes).  A partition is written as its groups:
sorted lists of item ids, so story names do not matter, only which items go together;
a row's copies (copy -> original) are kept too, and the end-to-end vectors' digest.
``compare`` prints each set that differs and exits 1 if any does.  F1 alone could hide
two changes that cancel; this compares item by item.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _synth
import devsets
import group_scale


def _groups(assigned: Mapping[Any, str]) -> list[list[str]]:
    """The partition as sorted groups of item ids (the story names dropped)."""
    by_story: dict[str, list[str]] = defaultdict(list)
    for item, story in assigned.items():
        by_story[story].append(str(item))
    return sorted(sorted(g) for g in by_story.values())


def _synthetic(items: list[_synth.SynthItem], vectors: np.ndarray) -> dict[str, Any]:
    from newsdesk.config import Config
    from newsdesk.desk import group_in_days
    from newsdesk.stages.group import cluster_params

    desk = _synth.desk_items(items, vectors)
    result = group_in_days(
        desk,
        cluster_params(Config()),
        window=timedelta(days=group_scale.DAYS),
        duplicate_threshold=0.85,
    )
    return {
        "groups": _groups(result.assigned),
        "copies": sorted([str(c), str(o)] for c, o in result.duplicates.items()),
    }


def dump(out: Path, scale: tuple[int, Path] | None) -> None:
    from newsdesk.config import Config
    from newsdesk.core import Newsdesk
    from newsdesk.desk import UniversalSentenceEncoder, embedding_text

    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, _, records in devsets.every_set():
            path = devsets.write(records, Path(tmp) / "set.jsonl")
            with Newsdesk(Config()) as desk:
                result = desk.eval_cluster(path)
            found[f"cluster/{name}"] = {"groups": _groups(result.predicted)}
            print(name, file=sys.stderr, flush=True)
    encoder = UniversalSentenceEncoder()
    for kind in ("title", "text"):
        raw = _synth.generate(group_scale.E2E_ITEMS, start=group_scale.START, days=3, seed=5)
        items = group_scale._with_text(raw, kind)
        texts = [embedding_text(d) for d in _synth.desk_items(items)]
        step = group_scale.EMBED_BATCH
        vectors = np.vstack(
            [encoder.embed(texts[i : i + step]) for i in range(0, len(texts), step)]
        )
        row = _synthetic(items, vectors)
        row["vectors"] = hashlib.sha256(np.ascontiguousarray(vectors).tobytes()).hexdigest()
        found[f"e2e/{kind}"] = row
        print(kind, file=sys.stderr, flush=True)
    if scale is not None:
        n, folder = scale
        english, chinese = np.load(folder / "anchors.npy")
        items = _synth.generate(n, start=group_scale.START, days=group_scale.DAYS, seed=1)
        vectors = _synth.synthetic_vectors(items, english, chinese, seed=1)
        found[f"scale/{n}"] = _synthetic(items, vectors)
    out.write_text(json.dumps(found))


def compare(a: Path, b: Path) -> int:
    left, right = json.loads(a.read_text()), json.loads(b.read_text())
    differ = 0
    for name in sorted(left.keys() | right.keys()):
        if left.get(name) != right.get(name):
            differ += 1
            print(f"DIFFERS {name}")
    print(f"{len(left.keys() | right.keys()) - differ} identical, {differ} differ")
    return 1 if differ else 0


def main() -> None:
    if sys.argv[1:2] == ["compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    scale = None
    if "--scale" in sys.argv:
        at = sys.argv.index("--scale")
        scale = (int(sys.argv[at + 1]), Path(sys.argv[at + 2]))
    dump(Path(sys.argv[2]), scale)


if __name__ == "__main__":
    main()
