"""Category accuracy and AI relevance, on hand-labelled real items.

Usage: python bench/categories.py

Categories: the 285 makinotes items of ``../shared/data/makinotes`` (Chinese AI news,
18 days) against the labels in ``bench/data/makinotes_categories.jsonl`` (made by hand,
see ``bench/data/makinotes_categories.md``; the file holds no article text).  Each item
is classified as a one-item story with the default taxonomy.  Prints accuracy, per
category precision/recall and the confusion counts.

Relevance: the same makinotes items (AI news) against the 982 ECB+ documents (general
news: sport, disasters, crime, politics), at the default threshold.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsdesk.config import AssessSettings
from newsdesk.desk import (
    DeskItem,
    UniversalSentenceEncoder,
    assess_story,
    build_taxonomy,
    embedding_text,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
LABELS = ROOT / "bench" / "data" / "makinotes_categories.jsonl"


def _makinotes() -> list[tuple[DeskItem, str]]:
    labels = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        labels[row["date"], row["link"]] = row["category"]
    out = []
    for path in sorted((SHARED / "makinotes" / "api").glob("*.json")):
        day = json.loads(path.read_text(encoding="utf-8"))
        for article in day["articles"]:
            text = "\n".join([article["summary"], article["core_point"], *article["highlights"]])
            item = DeskItem(
                id=len(out),
                key=article["link"],
                title=article["title"],
                text=text,
                language="zh",
                time=None,
                source_id="wechat",
                domain="mp.weixin.qq.com",
            )
            out.append((item, labels[day["date"], article["link"]]))
    return out


def _ecbplus() -> list[DeskItem]:
    rows = [json.loads(line) for line in (SHARED / "ecbplus" / "ecbplus_docs.jsonl").open()]
    return [
        DeskItem(
            id=i,
            key=r["doc_id"],
            title=r["first_sentence"],
            text=r["text"],
            language="en",
            time=None,
            source_id="news",
            domain="news",
        )
        for i, r in enumerate(rows)
    ]


def _with_vectors(items: list[DeskItem], embedder: UniversalSentenceEncoder) -> list[DeskItem]:
    from dataclasses import replace

    vectors = embedder.embed([embedding_text(i) for i in items])
    return [replace(item, vector=vectors[n]) for n, item in enumerate(items)]


def main() -> None:
    if not LABELS.exists() or not (SHARED / "makinotes").exists():
        sys.exit("needs ../shared/data (makinotes, ecbplus) and bench/data labels")
    settings = AssessSettings()
    embedder = UniversalSentenceEncoder()
    taxonomy = build_taxonomy(settings.categories, embedder)
    labelled = _makinotes()
    items = _with_vectors([item for item, _ in labelled], embedder)
    started = time.perf_counter()
    verdicts = [assess_story([item], taxonomy, {}) for item in items]
    seconds = time.perf_counter() - started
    gold = [label for _, label in labelled]
    predicted = [v.category for v in verdicts]
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    print(f"categories: {correct}/{len(gold)} correct, accuracy {correct / len(gold):.3f}")
    print(f"  ({len(gold) / seconds:.0f} stories/s after embedding)")
    print(f"  {'category':<12} {'gold':>4} {'pred':>4} {'prec':>5} {'rec':>5}")
    for category in settings.categories:
        key = category.key
        tp = sum(g == p == key for g, p in zip(gold, predicted, strict=True))
        n_gold, n_pred = gold.count(key), predicted.count(key)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        print(f"  {key:<12} {n_gold:>4} {n_pred:>4} {precision:>5.2f} {recall:>5.2f}")
    confusion = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    print("  most confused (gold -> predicted):")
    for (g, p), n in confusion.most_common(8):
        print(f"    {g} -> {p}: {n}")
    negatives = _with_vectors(_ecbplus(), embedder)
    threshold = settings.relevance_threshold
    ai_kept = sum(v.relevance >= threshold for v in verdicts)
    news_kept = sum(assess_story([n], taxonomy, {}).relevance >= threshold for n in negatives)
    print(f"relevance >= {threshold}: AI items kept {ai_kept}/{len(verdicts)}, ", end="")
    print(f"general news kept {news_kept}/{len(negatives)}")


if __name__ == "__main__":
    main()
