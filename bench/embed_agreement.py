"""How far the int8 encoder's vectors are from the float encoder's, and what each costs.

Usage: python bench/embed_agreement.py [--speed ROUNDS]

Every development set's items (``bench/devsets.py``; the held-back sets are never read)
are embedded by their ``embedding_text`` with ``UniversalSentenceEncoder(precision=
"float")`` and with the default ``precision="int8"``; printed per set and over all: the
mean and the least cosine between a text's two vectors.  ``--speed ROUNDS``: processor
seconds (``time.process_time``, every thread of the process) to embed
``group_scale.py --end-to-end``'s 5,000 synthetic items, titles only and title + 500
characters, in batches of 256, each precision in a fresh process, alternating, ROUNDS
times; then the medians and their ratio.  Processor time, not wall time: the machine may
be shared.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from newsdesk.desk import DeskItem, UniversalSentenceEncoder, embedding_text
from newsdesk.desk._evaluate import read_eval_file


def agreement() -> None:
    exact, fast = UniversalSentenceEncoder(precision="float"), UniversalSentenceEncoder()
    print(f"{'set':<20} {'texts':>6} {'mean cos':>9} {'least':>8}")
    every = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in devsets.development_sets():
            read = read_eval_file(devsets.write(records, Path(tmp) / "set.jsonl"))
            texts = [
                embedding_text(DeskItem(i, r.id, r.title, r.text, r.language, r.published, "", ""))
                for i, r in enumerate(read)
            ]
            cosines = np.sum(exact.embed(texts) * fast.embed(texts), axis=1)
            every.append(cosines)
            print(f"{name:<20} {len(texts):>6} {cosines.mean():>9.5f} {cosines.min():>8.5f}")
    cosines = np.concatenate(every)
    print(f"{'all':<20} {len(cosines):>6} {cosines.mean():>9.5f} {cosines.min():>8.5f}")


def _child(kind: str, precision: str) -> None:
    import _synth
    import group_scale

    items = _synth.generate(5000, start=group_scale.START, days=group_scale.DAYS, seed=5)
    texts = [embedding_text(d) for d in _synth.desk_items(group_scale._with_text(items, kind))]
    encoder = UniversalSentenceEncoder(precision=precision)  # type: ignore[arg-type]
    encoder.embed(["load the model before timing"])
    started = time.process_time()
    for i in range(0, len(texts), group_scale.EMBED_BATCH):
        encoder.embed(texts[i : i + group_scale.EMBED_BATCH])
    print(json.dumps({"cpu": time.process_time() - started}))


def speed(rounds: int) -> None:
    seconds: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for kind in ("title", "text"):
            for precision in ("float", "int8"):
                child = [sys.executable, __file__, "--child", kind, precision]
                out = subprocess.run(child, capture_output=True, text=True, check=True).stdout
                cpu = json.loads(out.strip().splitlines()[-1])["cpu"]
                seconds.setdefault((kind, precision), []).append(cpu)
    print(f"\n{'text':<10} {'float cpu s':>30} {'int8 cpu s':>30} {'ratio':>6}")
    for kind in ("title", "text"):
        exact, fast = seconds[(kind, "float")], seconds[(kind, "int8")]
        ratio = statistics.median(fast) / statistics.median(exact)
        label = "title" if kind == "title" else "title+500"
        print(
            f"{label:<10} {' '.join(f'{s:.2f}' for s in exact):>30} "
            f"{' '.join(f'{s:.2f}' for s in fast):>30} {ratio:>6.2f}"
        )


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speed", type=int, default=0, metavar="ROUNDS")
    args = parser.parse_args()
    if absent := devsets.missing():
        sys.exit(f"needs {', '.join(str(p) for p in absent)}")
    agreement()
    if args.speed:
        speed(args.speed)


if __name__ == "__main__":
    main()
