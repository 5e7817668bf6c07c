"""Category accuracy and AI relevance, on hand-labelled real items and our own headlines.

Usage: python bench/categories.py [--zero-shot] [--alone]

Reads the labelled sets of ``bench/labelled.py`` (needs ``../shared``): makinotes (285
Chinese AI items by title and text, and by title alone), xling (349 "AI 日报" and AINews
headlines), insight (104 "AI资讯日报" entries and, apart as insight_later, the 30
entries of its two later days), ribao (112 "AI 日报" stories and, apart as ribao_more,
the 162 lines of their 更多动态 sections), seeds
(113 stories of the five seed digests, all held back), our own headlines, our own
items (756 written AI-news items, by title and text and by title alone), the 382
digest entries we retold from makinotes items (``retold``, on their own line) and ECB+
(general news).  Each item is judged as a one-item story with the default taxonomy, by
the learned model (``--zero-shot``: by the description lines alone, as before the
model).

Categories: accuracy on everything (mostly what the model was fitted on) and on the
held-back part (which the fit never saw) per set, over the four sets with training days
and then with the seed stories too; per-category precision/recall and the most
frequent confusions on all held-back real items as a run sees them (makinotes, insight,
ribao and seeds by title and text, the xling headlines; not our own items, printed on
their own lines), and then the same for the held-back 更多动态 lines, labelled later than
the rest and kept apart so that the older figures stay comparable (as the later
"AI资讯日报" entries are, on their own line).
Relevance at the default minimum (``assess.relevance_threshold``): the share of AI items
kept and of non-AI items kept, per set, with precision and recall over all of them.  Each
set (as it is seen) is judged as one ``eval classify`` file, whose items are each other's
context (a name that items kept as AI news are about makes an item naming it AI news);
``--alone``: each item by its own words only, as before that context.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import labelled
from newsdesk.config import AssessSettings
from newsdesk.desk import (
    Assessment,
    ContextStory,
    UniversalSentenceEncoder,
    assess_story,
    build_taxonomy,
    relevance_in_context,
)

Judged = list[tuple[labelled.Labelled, Assessment]]
#: The sets by how they are seen; the first five are real items as a run sees them.
VIEWS = [
    ("makinotes", "full"),
    ("xling", "title"),
    ("insight", "full"),
    ("ribao", "full"),
    ("seeds", "full"),
    ("ribao_more", "full"),
    ("insight_later", "full"),
    ("makinotes", "title"),
    ("own_items", "full"),
    ("own_items", "title"),
    ("retold", "full"),
]
RUN_VIEWS = VIEWS[:5]
#: The sets some training days of which are fitted on; the seed stories are all held back.
FITTED = {"makinotes", "xling", "insight", "ribao"}
#: The 更多动态 lines, a real set as a run sees it, reported on its own.
LATER = ("ribao_more", "full")


def _accuracy(rows: Judged) -> str:
    right = sum(r.category == v.category for r, v in rows)
    return f"{right}/{len(rows)} = {right / len(rows):.3f}" if rows else "-"


def _categories(judged: Judged, keys: Sequence[str]) -> None:
    seen = [(r, v) for r, v in judged if r.category is not None and r.ai is not False]
    print("categories (AI items; accuracy all / held back):")
    for corpus, view in VIEWS:
        rows = [(r, v) for r, v in seen if (r.corpus, r.view) == (corpus, view)]
        held = [(r, v) for r, v in rows if r.held]
        print(f"  {corpus + '/' + view:<16} {_accuracy(rows):>18}   held {_accuracy(held)}")
    everything = [(r, v) for r, v in seen if (r.corpus, r.view) in RUN_VIEWS]
    main = [(r, v) for r, v in everything if r.corpus in FITTED]
    held = [(r, v) for r, v in main if r.held]
    print(f"  {'as a run sees':<16} {_accuracy(main):>18}   held {_accuracy(held)}")
    held = [(r, v) for r, v in everything if r.held]
    print(f"  {'and the seeds':<16} {'':>18}   held {_accuracy(held)}")
    print("  held back, as a run sees them:")
    _confusions(held, keys)
    later = [(r, v) for r, v in seen if (r.corpus, r.view) == LATER and r.held]
    print(f"  {'and 更多动态':<16} {'':>18}   held {_accuracy(held + later)}")
    print("  held-back 更多动态 lines:")
    _confusions(later, keys)


def _confusions(held: Judged, keys: Sequence[str]) -> None:
    """Per-category precision and recall and the most frequent confusions."""
    gold = [r.category for r, _ in held]
    predicted = [v.category for _, v in held]
    print(f"  {'category':<12} {'gold':>4} {'pred':>4} {'prec':>5} {'rec':>5}")
    for key in keys:
        tp = sum(g == p == key for g, p in zip(gold, predicted, strict=True))
        n_gold, n_pred = gold.count(key), predicted.count(key)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        print(f"  {key:<12} {n_gold:>4} {n_pred:>4} {precision:>5.2f} {recall:>5.2f}")
    confusion = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    print("  most confused (gold -> predicted):")
    for (g, p), n in confusion.most_common(8):
        print(f"    {g} -> {p}: {n}")


def _relevance(judged: Judged, threshold: float) -> None:
    print(f"relevance >= {threshold} (kept: all / held back):")
    for wanted, label in ((True, "AI kept"), (False, "not AI kept")):
        for corpus, view in sorted({(r.corpus, r.view) for r, _ in judged if r.ai is wanted}):
            rows = [(r, v) for r, v in judged if (r.corpus, r.view) == (corpus, view)]
            rows = [(r, v) for r, v in rows if r.ai is wanted]
            held = [(r, v) for r, v in rows if r.held]
            kept = sum(v.relevance >= threshold for _, v in rows)
            kept_held = sum(v.relevance >= threshold for _, v in held)
            share = f"{kept}/{len(rows)} = {kept / len(rows):.3f}"
            held_share = f"{kept_held}/{len(held)}" if held else "-"
            print(f"  {label:<12} {corpus + '/' + view:<16} {share:>18}   held {held_share}")
    # Our own items and retold entries are written by us, mostly AI news: apart, so that
    # the figures over the other sets stay comparable.
    others = [(r, v) for r, v in judged if r.corpus not in ("own_items", "retold")]
    parts = [
        ("all", others),
        ("held", [(r, v) for r, v in others if r.held]),
        ("own items", [(r, v) for r, v in judged if r.corpus == "own_items"]),
        ("retold", [(r, v) for r, v in judged if r.corpus == "retold"]),
    ]
    for part, rows in parts:
        pairs = [(r.ai, v.relevance >= threshold) for r, v in rows if r.ai is not None]
        tp = sum(a and k for a, k in pairs)
        precision = tp / max(1, sum(k for _, k in pairs))
        recall = tp / max(1, sum(a for a, _ in pairs))
        print(f"  {part}: precision {precision:.3f}, recall {recall:.3f} ({len(pairs)} items)")


def _in_context(judged: Judged, minimum: float) -> Judged:
    """Each set (as it is seen) judged as one file by ``eval classify``: a name that
    items kept as AI news are about makes an item naming it AI news."""
    out = list(judged)
    for corpus, view in sorted({(r.corpus, r.view) for r, _ in judged}):
        at = [n for n, (r, _) in enumerate(judged) if (r.corpus, r.view) == (corpus, view)]
        context = [
            ContextStory(
                (judged[n][0].item.title,), (judged[n][0].item.text,), judged[n][1].relevance
            )
            for n in at
        ]
        for n, relevance in zip(at, relevance_in_context(context, minimum), strict=True):
            out[n] = (judged[n][0], replace(judged[n][1], relevance=relevance))
    return out


def main() -> None:
    if not labelled.available():
        sys.exit("needs ../shared/data (makinotes, clusters, ecbplus)")
    settings = AssessSettings()
    embedder = UniversalSentenceEncoder()
    learned = "--zero-shot" not in sys.argv
    taxonomy = build_taxonomy(settings.categories, embedder, learned=learned)
    print("learned model" if taxonomy.learned_categories else "zero-shot")
    rows = labelled.load_all(embedder)
    judged = [(r, assess_story([r.item], taxonomy, {})) for r in rows]
    if "--alone" not in sys.argv:
        judged = _in_context(judged, settings.relevance_threshold)
    _categories(judged, [c.key for c in settings.categories])
    _relevance(judged, settings.relevance_threshold)


if __name__ == "__main__":
    main()
