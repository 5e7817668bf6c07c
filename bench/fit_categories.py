"""Fit the learned classifier (category and AI relevance) and write its weights.

Usage: python bench/fit_categories.py [--check]

Reads the labelled sets of ``bench/labelled.py`` (needs ``../shared``), leaves out every
held-back item, and fits two L2-regularised logistic regressions on
``newsdesk.desk._learned.story_features``:

- category: softmax over the nine default keys, on every labelled item but general news;
- relevance: AI news or not, the two classes weighing the same in the loss.

Writes ``src/newsdesk/desk/classifier.npz`` (weights and key names, no text; with
``--check`` it writes nothing) and prints accuracy and relevance on the held-back items,
which nothing here was tuned on.  ``bench/categories.py`` prints the full report.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).parent))
import labelled
from newsdesk.config import AssessSettings
from newsdesk.desk import Taxonomy, UniversalSentenceEncoder, build_taxonomy
from newsdesk.desk._classify import relevance_patterns
from newsdesk.desk._learned import MODEL_FILE, LearnedModel, save_model, story_features

#: L2 penalty per weight of the category model: between 0.03 and 0.1 day-wise
#: cross-validation of the training days is flat.  Relevance has three keyword flags
#: that must be able to outweigh the vector, so it is penalised less.
CATEGORY_L2 = 0.05
RELEVANCE_L2 = 0.01
Matrix = npt.NDArray[np.float64]


def features(rows: Sequence[labelled.Labelled], patterns: Sequence[object]) -> Matrix:
    return np.vstack(
        [
            story_features(r.item.vector, patterns, r.item.title, r.item.text[:500])  # type: ignore[arg-type]
            for r in rows
        ]
    ).astype(np.float64)


def fit_softmax(
    x: Matrix, y: npt.NDArray[np.intp], classes: int, weights: Matrix, l2: float
) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression, L2 on the weights (not the bias), by L-BFGS."""
    d = x.shape[1]
    target = np.eye(classes)[y]
    share = weights / weights.sum()

    def loss(theta: Matrix) -> tuple[float, Matrix]:
        w, b = theta[: d * classes].reshape(d, classes), theta[d * classes :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -(share * np.log(p[target > 0] + 1e-12)).sum() + l2 * (w**2).sum() / 2
        g = share[:, None] * (p - target)
        grad = np.concatenate([(x.T @ g + l2 * w).ravel(), g.sum(axis=0)])
        return float(value), grad

    result = minimize(loss, np.zeros(d * classes + classes), jac=True, method="L-BFGS-B")
    theta = result.x
    return theta[: d * classes].reshape(d, classes), theta[d * classes :]


def fit(rows: Sequence[labelled.Labelled], taxonomy: Taxonomy, embedder: str) -> LearnedModel:
    keys = [c.key for c in taxonomy.categories]
    with_category = [r for r in rows if r.category is not None]
    x = features(with_category, taxonomy.keywords)
    y = np.asarray([keys.index(r.category) for r in with_category], dtype=np.intp)  # type: ignore[arg-type]
    cat_w, cat_b = fit_softmax(x, y, len(keys), np.ones(len(y)), CATEGORY_L2)
    judged = [r for r in rows if r.ai is not None]
    x = features(judged, relevance_patterns(taxonomy))
    y = np.asarray([int(bool(r.ai)) for r in judged], dtype=np.intp)
    # Each class weighs the same within each language: most AI examples are Chinese and
    # most general news English, and the model must not learn the language instead.
    groups = [(r.item.language, bool(r.ai)) for r in judged]
    counts = Counter(groups)
    balance = np.asarray([1 / counts[g] for g in groups])
    rel_w, rel_b = fit_softmax(x, y, 2, balance, RELEVANCE_L2)
    return LearnedModel(
        embedder=embedder,
        category_keys=tuple(keys),
        category_weights=cat_w.astype(np.float32),
        category_bias=cat_b.astype(np.float32),
        relevance_weights=(rel_w[:, 1] - rel_w[:, 0]).astype(np.float32),
        relevance_bias=float(rel_b[1] - rel_b[0]),
    )


def main() -> None:
    if not labelled.available():
        sys.exit("needs ../shared/data (makinotes, clusters, ecbplus)")
    embedder = UniversalSentenceEncoder()
    taxonomy = build_taxonomy(AssessSettings().categories, embedder, learned=False)
    rows = labelled.load_all(embedder)
    training = [r for r in rows if not r.held]
    model = fit(training, taxonomy, embedder.name)
    print(f"fitted on {len(training)} of {len(rows)} labelled rows (the rest held back)")
    if "--check" not in sys.argv:
        out = labelled.ROOT / "src" / "newsdesk" / "desk" / MODEL_FILE
        save_model(model, str(out))
        print(f"wrote {out.relative_to(labelled.ROOT)}")
    held = [r for r in rows if r.held]
    keys = model.category_keys
    print("held back:")
    for corpus, view in [("makinotes", "full"), ("makinotes", "title"), ("xling", "title")]:
        group = [r for r in held if (r.corpus, r.view) == (corpus, view) and r.category]
        x = features(group, taxonomy.keywords).astype(np.float32)
        right = sum(
            keys[int(model.category_probabilities(f).argmax())] == r.category
            for f, r in zip(x, group, strict=True)
        )
        print(f"  categories {corpus}/{view}: {right}/{len(group)} = {right / len(group):.3f}")
    patterns = relevance_patterns(taxonomy)
    for wanted in (True, False):
        for corpus, view in sorted({(r.corpus, r.view) for r in held if r.ai is wanted}):
            group = [r for r in held if (r.corpus, r.view) == (corpus, view) and r.ai is wanted]
            x = features(group, patterns).astype(np.float32)
            kept = sum(model.relevance(f) >= 0.5 for f in x)
            label = "AI kept" if wanted else "not AI kept"
            print(f"  {label} {corpus}/{view}: {kept}/{len(group)} = {kept / len(group):.3f}")


if __name__ == "__main__":
    main()
