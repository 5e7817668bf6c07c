"""Fit the learned classifier (category and AI relevance) and write its weights.

Usage: python bench/fit_categories.py [--check | --cv | --cv-days | --cv-relevance]

Reads the labelled sets of ``bench/labelled.py`` (needs ``../shared``), leaves out every
held-back item (the seed stories, the AI 日报 更多动态 lines and the later AI资讯日报
entries are all held back), and fits:

- category: softmax over the nine default keys, on every labelled item but general news,
  on ``newsdesk.desk._learned.category_features`` (vector, keyword flags, structure
  cues, hashed words), each class weighing the same in the loss; plus naive-Bayes word
  evidence (per key the log likelihood of each hashed word, counted as if every class had
  as many words, with add-one smoothing), added to the softmax's scores with ``EVIDENCE_WEIGHT``;
- relevance: AI news or not, on ``relevance_features`` (vector, keyword flags, and
  whether a text names no AI word), on every set but the texts of our own items and
  general rows (``OWN_PROSE``, fitted by title alone): within each
  language the two classes weigh the same, and our own items, by title alone, weigh
  ``OWN_ITEMS_SHARE`` of their language's AI news.

``--cv-relevance`` prints, for a few penalties and shares of our own items, the share
kept of each set's AI and non-AI items (the relevance model's, lifted by a title or a
text naming AI as a run lifts it), each scored by a model fitted without its fold (five folds of
whole days, headline groups or ECB+ topics, every set spread over all five), and writes
nothing: the penalty and the share were chosen on it, by the real sets' AI news kept
and general news kept (our own items only broke ties).

``--cv`` chooses the category model's penalty, word buckets and evidence weight by
leave-one-set-out: each set with training days (makinotes, xling, insight, ribao) in
turn is scored, as a run sees its items, by a model fitted on the training part of the
others (and of our own headlines and items); it prints each set's accuracy and their
mean for every grid point, without and with the open-source rule of
``newsdesk.desk._classify.opens_a_tool``, and writes nothing.  A setting must hold on a
writer the fit never saw, as ``newsdesk eval classify`` meets one; the held-back part plays
no part in the choice.  ``--cv-days`` prints the same grid scored another way: five folds
of whole days, every set spread over all five, so that each set is scored by a model that
has seen its writer on other days, as a run on a known source's next day is.  A change
should hold on both: one that only leave-one-set-out favours may learn the differences
between the sets more than the categories.

Writes ``src/newsdesk/desk/classifier.npz`` (weights and key names, no text) and prints
accuracy and relevance on the held-back items, which nothing here was tuned on (the seed
stories among them, which are never fitted on).  With ``--check`` it writes nothing and
says whether the shipped file holds the weights this fit gives (it exits 1 when not).
``bench/categories.py`` prints the full report.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from itertools import product
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).parent))
import labelled
from newsdesk.config import AssessSettings
from newsdesk.desk import Taxonomy, UniversalSentenceEncoder, build_taxonomy
from newsdesk.desk._classify import (
    opens_a_tool,
    relevance_patterns,
    text_says_ai,
    title_names_ai,
)
from newsdesk.desk._learned import (
    EVIDENCE_BUCKETS,
    MODEL_FILE,
    LearnedModel,
    category_features,
    evidence_buckets,
    load_model,
    relevance_features,
    save_model,
)

#: L2 penalty per weight of the category model, the hash buckets of each of its two bags
#: of words, and the weight of the word evidence; chosen by ``--cv`` (leave-one-set-out,
#: docs/benchmarks.md has the grid): the best mean over the four sets.  Relevance has
#: four keyword flags that must be able to outweigh the vector, so it is penalised less.
CATEGORY_L2 = 0.05
WORD_BUCKETS = 8192
EVIDENCE_WEIGHT = 0.15
RELEVANCE_L2 = 0.01
#: When L-BFGS stops: at the optimum, not wherever its path happens to be.  scipy's
#: defaults (largest projected gradient 1e-5) stopped the relevance fit after 55 steps
#: with its bias 0.016 short of the optimum, at a point the path decides, and inputs
#: that differ by float rounding alone (vectors computed in another order or by other
#: kernels) took the path to one of two stops 1.55e-4 apart: ``--check`` failed in turn
#: on each.  Both losses are strictly convex in the weights, so the optimum moves with
#: such inputs only by their own size (1e-7 noise on every vector: 2e-7 on a weight).
FIT_OPTIONS = {"gtol": 1e-9, "ftol": 1e-15, "maxiter": 100_000}
#: Our own items' share of the weight of their language's AI news in the relevance fit.
#: They teach the craft's words in headlines, but they are one writer's: at a larger
#: share, or with their texts, relevance keeps more of the real sets' general news
#: (``--cv-relevance``; docs/benchmarks.md has the grid).
OWN_ITEMS_SHARE = 0.02
#: Our own sets with a text per row, fitted for relevance by their titles alone.
OWN_PROSE = ("own_items", "general")
#: The penalties and shares ``--cv-relevance`` compares.
CV_RELEVANCE_L2 = (0.01, 0.03)
CV_OWN_ITEMS_SHARE = (0.0, 0.02, 0.05)
#: The grid ``--cv`` searches (every evidence weight on each fit).
CV_L2 = (0.05, 0.1)
CV_BUCKETS = (2048, 8192)
CV_EVIDENCE = (0.05, 0.1, 0.15, 0.2)
#: The sets ``--cv`` leaves out in turn (our own headlines and items are only fitted on).
CV_SETS = ("makinotes", "xling", "insight", "ribao")
#: Sets only ``bench/categories.py`` reports, never fitted: our digest entries retold from
#: makinotes items (fitting on them lowered every real set, docs/benchmarks.md, cat24).
REPORTED_ONLY = ("retold",)
#: Items as a run sees them: with their text, or a headline where that is all there is.
RUN_VIEWS = {("makinotes", "full"), ("xling", "title"), ("insight", "full"), ("ribao", "full")}
#: Held-back items as the report prints them: a run's views, the seed stories, the AI
#: 日报 更多动态 lines and the later AI资讯日报 entries (never fitted on), and the
#: makinotes items by title alone.
HELD_VIEWS = sorted(
    RUN_VIEWS
    | {("seeds", "full"), ("ribao_more", "full"), ("insight_later", "full")}
    | {("makinotes", "title")}
    | {("own_items", "full"), ("own_items", "title")}
)
Matrix = npt.NDArray[np.float64]


def features(rows: Sequence[labelled.Labelled], patterns: Sequence[re.Pattern[str]]) -> Matrix:
    return np.vstack(
        [
            relevance_features(r.item.vector, patterns, r.item.title, r.item.text[:500])  # type: ignore[arg-type]
            for r in rows
        ]
    ).astype(np.float64)


def category_matrix(rows: Sequence[labelled.Labelled], taxonomy: Taxonomy, buckets: int) -> Matrix:
    return np.vstack(
        [
            category_features(
                r.item.vector,  # type: ignore[arg-type]
                taxonomy.keywords,
                r.item.title,
                r.item.text[:500],
                buckets,
            )
            for r in rows
        ]
    ).astype(np.float64)


def fit_softmax(
    x: Matrix | sparse.csr_matrix,
    y: npt.NDArray[np.intp],
    classes: int,
    weights: Matrix,
    l2: float,
) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression, L2 on the weights (not the bias), by L-BFGS.
    ``x`` may be sparse: the same loss, and the cross-validation loops' fits take a
    fraction of the time (all but a few hundred of a row's columns are empty words)."""
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

    start = np.zeros(d * classes + classes)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options=FIT_OPTIONS)
    theta = result.x
    return theta[: d * classes].reshape(d, classes), theta[d * classes :]


def balanced(y: npt.NDArray[np.intp]) -> Matrix:
    """Per row, one over its class's count: each class weighs the same in the loss."""
    counts = np.bincount(y)
    return 1 / counts[y].astype(np.float64)


def story_text(row: labelled.Labelled) -> str:
    """The words a run reads of a one-item story: its title and its text's start."""
    return f"{row.item.title}\n{row.item.text[:500]}"


def fit_evidence(
    buckets: Sequence[npt.NDArray[np.intp]], y: npt.NDArray[np.intp], classes: int
) -> Matrix:
    """Naive-Bayes log likelihood of each word bucket per class: each item's words once,
    every class's counts scaled to the same total (as the softmax balances its classes),
    add-one smoothing."""
    counts = np.zeros((EVIDENCE_BUCKETS, classes))
    for found, label in zip(buckets, y, strict=True):
        counts[found, label] += 1
    totals = counts.sum(axis=0)
    counts = counts * (totals.mean() / totals) + 1
    loglik: Matrix = np.log(counts / counts.sum(axis=0))
    return loglik


def evidence(loglik: Matrix, buckets: Sequence[npt.NDArray[np.intp]]) -> Matrix:
    """Per item, the summed log likelihood of its words per class."""
    return np.vstack([loglik[found].sum(axis=0) for found in buckets])


def cv_folds(training: Sequence[labelled.Labelled], by_days: bool) -> npt.NDArray[np.intp]:
    """Per row its fold: its set's index in ``CV_SETS`` (leave one set out), or with
    ``by_days`` one of five folds of whole days (headline groups), every set spread over
    all five; our own headlines and items (-1) are only fitted on."""
    if not by_days:
        return np.asarray([CV_SETS.index(r.corpus) if r.corpus in CV_SETS else -1
                           for r in training])  # fmt: skip
    groups: dict[str, set[str]] = {}
    for r in training:
        groups.setdefault(r.corpus, set()).add(r.group)
    return np.asarray([sorted(groups[r.corpus]).index(r.group) % 5 if r.corpus in CV_SETS
                       else -1 for r in training])  # fmt: skip


def cross_validate(
    rows: Sequence[labelled.Labelled], taxonomy: Taxonomy, *, by_days: bool = False
) -> None:
    """Print out-of-fold accuracy of the category model per set for each grid point:
    leave one set out, or (``by_days``) five folds of whole days."""
    keys = [c.key for c in taxonomy.categories]
    training = [r for r in rows if r.category is not None and not r.held]
    y = np.asarray([keys.index(r.category) for r in training], dtype=np.intp)  # type: ignore[arg-type]
    corpus = np.asarray([r.corpus for r in training])
    scored = np.asarray([(r.corpus, r.view) in RUN_VIEWS and r.ai is not False for r in training])
    words = [evidence_buckets(story_text(r)) for r in training]
    opened = np.asarray([opens_a_tool(r.item.title) for r in training])
    fold = cv_folds(training, by_days)
    sizes = ", ".join(f"{name} {(scored & (corpus == name)).sum()}" for name in CV_SETS)
    scheme = "five folds of whole days" if by_days else "leave one set out"
    print(f"{scheme}, accuracy as a run sees each set's items out of fold ({sizes})")
    print(f"{'l2':>5} {'buckets':>7} {'evidence':>8} {'rule':>4}  {'  '.join(CV_SETS)}  mean")
    for buckets in CV_BUCKETS:
        x = sparse.csr_matrix(category_matrix(training, taxonomy, buckets))
        for l2 in CV_L2:
            right = np.zeros((len(CV_EVIDENCE), 2, len(training)), dtype=bool)
            for k in sorted(set(fold) - {-1}):
                fitted, test = fold != k, np.flatnonzero(scored & (fold == k))
                w, b = fit_softmax(x[fitted], y[fitted], len(keys), balanced(y[fitted]), l2)
                kept = [words[i] for i in np.flatnonzero(fitted)]
                loglik = fit_evidence(kept, y[fitted], len(keys))
                linear, found = x[test] @ w + b, evidence(loglik, [words[i] for i in test])
                for m, weight in enumerate(CV_EVIDENCE):
                    chosen = (linear + weight * found).argmax(axis=1)
                    right[m, 0, test] = chosen == y[test]
                    chosen[opened[test]] = keys.index("open_source")
                    right[m, 1, test] = chosen == y[test]
            for m, weight in enumerate(CV_EVIDENCE):
                for rule in (0, 1):
                    shares = [right[m, rule, scored & (corpus == name)].mean() for name in CV_SETS]
                    cells = "  ".join(
                        f"{a:>{len(k)}.3f}" for a, k in zip(shares, CV_SETS, strict=True)
                    )
                    flag = "yes" if rule else "no"
                    grid = f"{l2:>5} {buckets:>7} {weight:>8} {flag:>4}"
                    print(f"{grid}  {cells}  {np.mean(shares):.3f}", flush=True)


def fit(rows: Sequence[labelled.Labelled], taxonomy: Taxonomy, embedder: str) -> LearnedModel:
    keys = [c.key for c in taxonomy.categories]
    with_category = [r for r in rows if r.category is not None]
    # sparse: the same loss, and each of the steps to the optimum a fraction of the time
    x = sparse.csr_matrix(category_matrix(with_category, taxonomy, WORD_BUCKETS))
    y = np.asarray([keys.index(r.category) for r in with_category], dtype=np.intp)  # type: ignore[arg-type]
    cat_w, cat_b = fit_softmax(x, y, len(keys), balanced(y), CATEGORY_L2)
    loglik = fit_evidence([evidence_buckets(story_text(r)) for r in with_category], y, len(keys))
    judged = [r for r in rows if fitted_for_relevance(r)]
    rel_w, rel_b = fit_relevance(judged, features(judged, relevance_patterns(taxonomy)))
    return LearnedModel(
        embedder=embedder,
        category_keys=tuple(keys),
        word_buckets=WORD_BUCKETS,
        category_weights=cat_w.astype(np.float32),
        category_bias=cat_b.astype(np.float32),
        word_evidence=loglik.astype(np.float32),
        evidence_weight=EVIDENCE_WEIGHT,
        relevance_weights=rel_w.astype(np.float32),
        relevance_bias=rel_b,
    )


def fitted_for_relevance(row: labelled.Labelled) -> bool:
    """Whether relevance is fitted on a row: every judged one but the texts of our own
    items and of our general rows.  Their texts are one writer's prose; our AI items'
    texts taught relevance to keep the real sets' general news that reads the same, and
    our general rows' texts alone would teach it that this writer's prose is not AI."""
    return row.ai is not None and (row.corpus not in OWN_PROSE or row.view == "title")


def relevance_balance(rows: Sequence[labelled.Labelled], own_share: float) -> Matrix:
    """Per row its weight in the relevance loss.  Each class weighs the same within each
    language: most AI examples are Chinese and most general news English, and the model
    must not learn the language instead.  Within its language and class our own items
    weigh ``own_share`` together and the real sets' items the rest, item by item."""
    cells = [(r.item.language, bool(r.ai)) for r in rows]
    ours = np.asarray([r.corpus == "own_items" for r in rows])
    weights = np.zeros(len(rows))
    for cell in set(cells):
        inside = np.asarray([c == cell for c in cells])
        own, real = inside & ours, inside & ~ours
        if own.any() and real.any():
            weights[own] = own_share / own.sum()
            weights[real] = (1 - own_share) / real.sum()
        else:
            weights[inside] = 1 / inside.sum()
    return weights


def fit_relevance(
    rows: Sequence[labelled.Labelled],
    x: Matrix,
    l2: float = RELEVANCE_L2,
    own_share: float = OWN_ITEMS_SHARE,
) -> tuple[Matrix, float]:
    """The relevance model's weights and bias (AI news minus not)."""
    y = np.asarray([int(bool(r.ai)) for r in rows], dtype=np.intp)
    w, b = fit_softmax(x, y, 2, relevance_balance(rows, own_share), l2)
    return w[:, 1] - w[:, 0], float(b[1] - b[0])


def cross_validate_relevance(rows: Sequence[labelled.Labelled], taxonomy: Taxonomy) -> None:
    """Print each set's share kept, out of fold, for each penalty and share of our own
    items, and the real sets' AI news and general news kept together."""
    training = [r for r in rows if r.ai is not None and not r.held]
    x = features(training, relevance_patterns(taxonomy))
    groups: dict[str, list[str]] = {}
    for r in training:
        groups.setdefault(r.corpus, [])
        if r.group not in groups[r.corpus]:
            groups[r.corpus].append(r.group)
    fold = np.asarray([sorted(groups[r.corpus]).index(r.group) % 5 for r in training])
    ai = np.asarray([bool(r.ai) for r in training])
    named = np.asarray(
        [
            title_names_ai(taxonomy, r.item.title) or text_says_ai(taxonomy, r.item.text)
            for r in training
        ]
    )
    fitted_on = np.asarray([fitted_for_relevance(r) for r in training])
    real_ai = ai & np.asarray([r.corpus != "own_items" for r in training])
    cells = sorted({(bool(r.ai), r.corpus, r.view) for r in training}, key=lambda c: (not c[0], c))
    print("relevance, five folds out of fold, with the title and text rules: share kept")
    for l2, own_share in product(CV_RELEVANCE_L2, CV_OWN_ITEMS_SHARE):
        logit = np.zeros(len(training))
        for k in range(5):
            fitted = np.flatnonzero((fold != k) & fitted_on)
            w, b = fit_relevance([training[i] for i in fitted], x[fitted], l2, own_share)
            logit[fold == k] = x[fold == k] @ w + b
        kept = (logit >= 0) | named
        real = f"{kept[real_ai].sum()}/{real_ai.sum()} = {kept[real_ai].mean():.3f}"
        general = f"{kept[~ai].sum()}/{(~ai).sum()}"
        print(f"  l2 {l2}, own items {own_share}: real sets' AI kept {real}, not AI kept {general}")
        for wanted, corpus, view in cells:
            mask = np.asarray([(bool(r.ai), r.corpus, r.view) == (wanted, corpus, view)
                               for r in training])  # fmt: skip
            label = "AI" if wanted else "not AI"
            share = f"{kept[mask].sum()}/{mask.sum()}"
            print(f"    {label:<7} {corpus + '/' + view:<16} {share:>9} = {kept[mask].mean():.3f}")


def check(model: LearnedModel) -> None:
    """Compare a fresh fit with the shipped weights.  The limit, 1e-4, is a hundred times
    what rounding moves a fit that reaches its optimum (:data:`FIT_OPTIONS`): vectors
    from OpenBLAS's kernels for another processor, up to 4e-7 apart, moved the weights
    by at most 1e-6, where a change of data or settings moves them far more."""
    shipped = load_model()
    if shipped is None:
        sys.exit(f"no {MODEL_FILE} is shipped")
    pairs = [
        (model.category_weights, shipped.category_weights),
        (model.category_bias, shipped.category_bias),
        (model.relevance_weights, shipped.relevance_weights),
        (np.asarray([model.relevance_bias]), np.asarray([shipped.relevance_bias])),
    ]
    # The evidence is shipped in half precision: compare it rounded the same way.
    pairs.append((model.word_evidence.astype(np.float16), shipped.word_evidence))
    pairs.append((np.asarray([model.evidence_weight]), np.asarray([shipped.evidence_weight])))
    same = shipped.word_buckets == model.word_buckets and all(a.shape == b.shape for a, b in pairs)
    largest = max(float(np.abs(a - b).max()) for a, b in pairs) if same else float("inf")
    print(f"shipped {MODEL_FILE}: largest weight difference {largest:.2e}")
    if largest > 1e-4:
        sys.exit(f"{MODEL_FILE} is not what this script fits: run it without --check")


def _category(model: LearnedModel, row: npt.NDArray[np.float32], item: labelled.Labelled) -> str:
    """The key a run gives a one-item story: the learned model's, or the open-source rule's."""
    if opens_a_tool(item.item.title):
        return "open_source"
    return model.category_keys[int(model.category_probabilities(row, story_text(item)).argmax())]


def fitted_rows(rows: list[labelled.Labelled]) -> list[labelled.Labelled]:
    """The rows the fit learns from: every set but those only reported."""
    return [r for r in rows if r.corpus not in REPORTED_ONLY]


def main() -> None:
    if not labelled.available():
        sys.exit("needs ../shared/data (makinotes, clusters, ecbplus)")
    embedder = UniversalSentenceEncoder()
    taxonomy = build_taxonomy(AssessSettings().categories, embedder, learned=False)
    rows = fitted_rows(labelled.load_all(embedder))
    if "--cv-relevance" in sys.argv:
        cross_validate_relevance(rows, taxonomy)
        return
    if "--cv" in sys.argv or "--cv-days" in sys.argv:
        cross_validate(rows, taxonomy, by_days="--cv-days" in sys.argv)
        return
    training = [r for r in rows if not r.held]
    model = fit(training, taxonomy, embedder.name)
    print(f"fitted on {len(training)} of {len(rows)} labelled rows (the rest held back)")
    out = labelled.ROOT / "src" / "newsdesk" / "desk" / MODEL_FILE
    if "--check" in sys.argv:
        check(model)
    else:
        save_model(model, str(out))
        print(f"wrote {out.relative_to(labelled.ROOT)}")
    held = [r for r in rows if r.held]
    print("held back:")
    for corpus, view in HELD_VIEWS:
        group = [r for r in held if (r.corpus, r.view) == (corpus, view) and r.category]
        x = category_matrix(group, taxonomy, WORD_BUCKETS).astype(np.float32)
        right = sum(_category(model, f, r) == r.category for f, r in zip(x, group, strict=True))
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
