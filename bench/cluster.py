"""Story clustering quality: B-cubed precision, recall and F1 with the default settings.

Usage: python bench/cluster.py

Data sets (each grouped exactly as ``newsdesk eval cluster`` groups it):

- ECB+ (``../shared/data/ecbplus``): 982 English news documents, 43 topics of two
  different real events each (86 gold clusters), so "same topic" merging is punished;
  mapped as ``bench/ecbplus_to_eval.py`` documents.  Target: F1 ≥ 0.92.
- ECB+ titles only (no text).
- The bundled sample day (151 fictional items in Chinese and English over four days,
  with gold story labels, reposts and hard negatives), as a bilingual check.

For reference it also prints a plain TF-IDF average-link baseline on ECB+ (words of the
full text, the best of several cut-offs — an optimistic baseline).
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from newsdesk.collect._normalize import html_to_text
from newsdesk.config import Config
from newsdesk.demo import load_sample_day
from newsdesk.desk import bcubed, read_eval_file
from newsdesk.stages import evaluate_file

sys.path.insert(0, str(Path(__file__).parent))
from ecbplus_to_eval import ECBPLUS, eval_records


def _write(records: list[dict[str, str]], folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def _sample_records() -> list[dict[str, str]]:
    sample = load_sample_day()
    return [
        {
            "id": item.key,
            "title": item.title,
            "text": f"{html_to_text(item.summary)}\n{html_to_text(item.content)}".strip(),
            "published": item.published.isoformat(),
            "source": item.source,
            "event": item.story,
        }
        for item in sample.items
    ]


def _tfidf_baseline(path: Path) -> tuple[float, float]:
    records = read_eval_file(path)
    docs = [[w for w in f"{r.title} {r.text}".lower().split() if w.isalpha()] for r in records]
    df = Counter(w for d in docs for w in set(d))
    vocabulary = {w: i for i, w in enumerate(df)}
    matrix = np.zeros((len(docs), len(vocabulary)), dtype=np.float32)
    for row, doc in enumerate(docs):
        for word, tf in Counter(doc).items():
            idf = math.log((1 + len(docs)) / (1 + df[word])) + 1
            matrix[row, vocabulary[word]] = (1 + math.log(tf)) * idf
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    distance = np.clip(1 - matrix @ matrix.T, 0, None)
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform((distance + distance.T) / 2, checks=False), "average")
    gold = [r.event for r in records]
    best = max(
        (bcubed(gold, [str(c) for c in fcluster(tree, 1 - cut, "distance")]).f1, cut)
        for cut in np.arange(0.05, 0.6, 0.025)
    )
    return best[0], float(best[1])


def main() -> None:
    if not ECBPLUS.exists():
        sys.exit(f"needs ECB+ at {ECBPLUS}")
    config = Config()
    print(f"default settings: threshold {config.group.threshold}, {config.group.weights}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sets = {
            "ECB+ (title+text)": _write(list(eval_records()), folder, "ecb.jsonl"),
            "ECB+ (titles only)": _write(list(eval_records(titles_only=True)), folder, "t.jsonl"),
            "sample day (zh+en)": _write(_sample_records(), folder, "sample.jsonl"),
        }
        print(
            f"{'data':<22} {'items':>5} {'gold':>4} {'pred':>4} "
            f"{'P':>6} {'R':>6} {'F1':>6} {'s':>6}"
        )
        for name, path in sets.items():
            started = time.perf_counter()
            result = evaluate_file(path, config).as_json()
            seconds = time.perf_counter() - started
            print(
                f"{name:<22} {result['items']:>5} {result['gold_clusters']:>4} "
                f"{result['pred_clusters']:>4} {result['precision']:>6.3f} "
                f"{result['recall']:>6.3f} {result['f1']:>6.3f} {seconds:>6.1f}"
            )
        f1, cut = _tfidf_baseline(sets["ECB+ (title+text)"])
        print(f"baseline: TF-IDF average-link on ECB+, best cut {cut:.3f}: F1 {f1:.3f}")
    print("target: ECB+ F1 >= 0.92 with the default settings")


if __name__ == "__main__":
    main()
