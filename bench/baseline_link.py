"""Plain average-link over the desk's own vectors, beside the full pipeline, on every set.

Usage: python bench/baseline_link.py

The outside measure of issue #10 compares grouping with a plain baseline: average-link
over USE vectors at one cosine-distance threshold, no words, no time, no model.  This
prints that baseline over the shipped encoder's vectors (the texts the desk embeds,
:func:`~newsdesk.desk.embedding_text`), with ONE threshold: the one whose mean B-cubed
F1 over the development sets (``bench/devsets.py``'s ``development_sets()``, together)
is highest.  On the rows among background titles (the days) both read the written
part alone, as ``bench/cluster.py``'s second line does.  Every other row (held back,
scale, the big-story sets, shape checks) is then read at that threshold, never chosen
on.  Beside it, the pipeline's figures on the same vectors (grouped as
``bench/cluster.py`` groups them), and the baseline's best threshold on each row alone,
a ceiling for the method read on the labels.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy.cluster.hierarchy import fcluster, linkage

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from devsets import written
from newsdesk.config import Config
from newsdesk.desk import BCubed, UniversalSentenceEncoder, bcubed, evaluate_clustering
from newsdesk.desk._evaluate import EvalRecord, read_eval_file
from newsdesk.stages.group import cluster_params

#: Cosine distances the baseline is read at (1 - cosine), every 0.025.
DISTANCES = tuple(round(0.3 + 0.025 * k, 3) for k in range(25))


class CachedEncoder:
    """The shipped encoder, each text embedded once for the baseline and the pipeline."""

    def __init__(self) -> None:
        self.name = "cached"
        self._encoder = UniversalSentenceEncoder()
        self._seen: dict[str, npt.NDArray[np.float32]] = {}
        #: The vectors of the last call, in its order (a set's items, as the desk reads them).
        self.last = np.zeros((0, 512), dtype=np.float32)

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        new = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if new:
            for text, vector in zip(new, self._encoder.embed(new), strict=True):
                self._seen[text] = vector
        self.last = np.stack([self._seen[t] for t in texts])
        return self.last

    def close(self) -> None:
        self._encoder.close()


def baseline(vectors: npt.NDArray[np.float32], gold: list[str], ours: list[bool]) -> list[BCubed]:
    """:func:`written` B-cubed of plain average-link (cosine distance) at each of
    :data:`DISTANCES`."""
    if len(gold) < 2:
        return [bcubed(gold, gold) for _ in DISTANCES]
    tree = linkage(vectors.astype(np.float64), method="average", metric="cosine")
    return [
        written(gold, [str(c) for c in fcluster(tree, t=d, criterion="distance")], ours)
        for d in DISTANCES
    ]


def _read(records: list[devsets.Record], folder: Path) -> list[EvalRecord]:
    return read_eval_file(devsets.write(records, folder / "set.jsonl"))


def main() -> None:
    if absent := devsets.missing():
        sys.exit("needs " + ", ".join(str(p) for p in absent))
    config = Config()
    encoder = CachedEncoder()
    rows: list[tuple[str, bool, BCubed, list[BCubed]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, dev, records in devsets.every_set():
            read = _read(records, Path(tmp))
            result = evaluate_clustering(
                read, encoder, cluster_params(config),
                window=timedelta(days=config.group.window_days),
                duplicate_threshold=config.group.duplicate_threshold,
            )  # fmt: skip
            gold = [r.event for r in read]
            ours = [not r.id.startswith(devsets.BACKGROUND_PREFIXES) for r in read]
            pipeline = written(gold, [result.predicted[r.id] for r in read], ours)
            rows.append((name, dev, pipeline, baseline(encoder.last, gold, ours)))
            print(f"read {name}", file=sys.stderr, flush=True)
    dev_rows = [scores for _, dev, _, scores in rows if dev]
    means = [float(np.mean([s[k].f1 for s in dev_rows])) for k in range(len(DISTANCES))]
    chosen = int(np.argmax(means))
    print("mean dev F1 of the baseline by cosine distance:")
    print("  " + "  ".join(f"{d:.3f}:{m:.3f}" for d, m in zip(DISTANCES, means, strict=True)))
    print(f"chosen on the dev sets together: distance {DISTANCES[chosen]:.3f}\n")
    print(
        f"{'set':<18} {'pipe P':>6} {'R':>6} {'F1':>6}   {'base P':>6} {'R':>6} {'F1':>6}"
        f" {'base-pipe':>9}   {'best d':>6} {'F1':>6}"
    )
    for name, dev, pipe, scores in rows:
        b = scores[chosen]
        best = int(np.argmax([s.f1 for s in scores]))
        mark = "" if dev else " (not chosen on)"
        print(
            f"{name:<18} {pipe.precision:>6.3f} {pipe.recall:>6.3f} {pipe.f1:>6.3f}   "
            f"{b.precision:>6.3f} {b.recall:>6.3f} {b.f1:>6.3f} {b.f1 - pipe.f1:>+9.3f}   "
            f"{DISTANCES[best]:>6.3f} {scores[best].f1:>6.3f}{mark}"
        )


if __name__ == "__main__":
    main()
