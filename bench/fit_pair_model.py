"""Fit the pair model of ``newsdesk.desk._similarity`` on every development set at once.

Usage: python bench/fit_pair_model.py

For each development set (``bench/devsets.py``; the held-back makinotes days are never
read here, nor the views of another set, ``devsets.VIEWS``, whose pairs would count
twice) the items are embedded and represented as grouping does, and the candidate pairs
grouping would score (each item's 20 nearest neighbours by vector and the items
sharing a rare name) are labelled same-event or not by the gold labels.  Then:

1. a logistic regression of the label on ``Signals.features()`` (light L2), each set
   weighing the same in the loss however many pairs it has, so that no one corpus sets
   the weights.  The money-clash coefficient is held at ``PAIR_MODEL``'s prior: the
   AI-news sets have too few clashing pairs to fit it (none of them the same event),
   and ECB+'s are casualty and damage figures that grow as a story develops;
2. with those direct scores, each item's neighbour profile and each pair's agreement;
   the agreement coefficient is the one that, added as ``β · agreement · evidence²`` to
   the direct log-odds, best predicts the labels (the direct model held fixed).

It prints the fitted ``PairModel`` to paste into ``_similarity.py``, then, as a check
that the model is not fitted to any one set, each set's B-cubed F1 when that set is left
out of the fit (and the model fitted on the others groups it).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import astuple, fields, replace
from datetime import timedelta
from pathlib import Path

import numpy as np
from scipy.optimize import minimize, minimize_scalar

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from newsdesk.config import Config
from newsdesk.desk._cluster import ClusterParams, _candidates, build_representation
from newsdesk.desk._embed import Embedder, UniversalSentenceEncoder, embedding_text
from newsdesk.desk._evaluate import evaluate_clustering, read_eval_file
from newsdesk.desk._similarity import (
    AGREEMENT_DAYS,
    MODEL_INPUTS,
    PAIR_MODEL,
    PairModel,
    TermCache,
    Weights,
    agreement_pairs,
    neighbour_profiles,
    pair_signals,
)
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params

L2 = 1e-3


class PairSet:
    """One set's candidate pairs: features, labels, and what agreement needs."""

    def __init__(
        self, name: str, records: list[devsets.Record], folder: Path, encoder: Embedder
    ) -> None:
        self.name = name
        self.path = devsets.write(records, folder / f"{name.replace(' ', '_')}.jsonl")
        self.records = read_eval_file(self.path)
        items = [
            DeskItem(index, r.id, r.title, r.text, r.language, r.published, r.source, r.source)
            for index, r in enumerate(self.records)
        ]
        vectors = encoder.embed([embedding_text(item) for item in items])
        items = [replace(item, vector=vectors[i]) for i, item in enumerate(items)]
        self.rep = build_representation(items, TermCache())
        n = len(items)
        params = cluster_params(Config())
        self.left, self.right = _candidates(
            self.rep, np.arange(n, dtype=np.intp), params.neighbours
        )
        signals = pair_signals(self.rep, self.left, self.right)
        self.x = np.column_stack(signals.features())
        self.evidence = signals.evidence.astype(np.float64)
        self.unlifted = signals.clash | (signals.apart >= AGREEMENT_DAYS)  # no lift there
        events = [r.event for r in self.records]
        pairs = zip(self.left, self.right, strict=True)
        self.y = np.asarray([events[a] == events[b] for a, b in pairs], dtype=float)

    def agreement(self, coefficients: np.ndarray) -> np.ndarray:
        direct = 1 / (1 + np.exp(-(self.x @ coefficients)))
        weights = Weights()
        profiles = neighbour_profiles(
            self.rep.vectors.shape[0], self.left, self.right, direct.astype(np.float32),
            weights, {},
        )  # fmt: skip
        return agreement_pairs(profiles, self.left, self.right).astype(np.float64)


def _log_loss(z: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(np.logaddexp(0, z) - y * z))


def fit(sets: list[PairSet]) -> PairModel:
    x = np.vstack([s.x for s in sets])
    offset = x[:, -1] * PAIR_MODEL.money_clash  # held at its prior, not fitted
    x = x[:, :-1]
    y = np.concatenate([s.y for s in sets])
    w = np.concatenate([np.full(len(s.y), 1 / len(s.y)) for s in sets])  # each set sums to 1

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ b + offset
        p = 1 / (1 + np.exp(-z))
        value = float(np.sum(w * (np.logaddexp(0, z) - y * z))) + L2 * float(b[1:] @ b[1:])
        grad = x.T @ (w * (p - y))
        grad[1:] += 2 * L2 * b[1:]
        return value, grad

    fitted = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x
    direct = np.append(fitted, PAIR_MODEL.money_clash)
    agreements = [s.agreement(direct) for s in sets]

    def lifted(beta: float) -> float:
        return sum(
            _log_loss(s.x @ direct + np.where(s.unlifted, 0, beta * a * s.evidence**2), s.y)
            for s, a in zip(sets, agreements, strict=True)
        ) / len(sets)

    beta = float(minimize_scalar(lifted, bounds=(0, 20), method="bounded").x)
    fitted = {name: round(float(c), 3) for name, c in zip(MODEL_INPUTS, direct, strict=True)}
    return PairModel(**fitted, agreement=round(beta, 2))


def _f1(pair_set: PairSet, model: PairModel, encoder: Embedder) -> float:
    config = Config()
    base = cluster_params(config)
    params = ClusterParams(replace(base.weights, model=model), base.threshold, base.neighbours)
    result = evaluate_clustering(
        pair_set.records, encoder, params,
        window=timedelta(days=config.group.window_days),
        duplicate_threshold=config.group.duplicate_threshold,
    )  # fmt: skip
    return result.score.f1


def main() -> None:
    if absent := devsets.missing():
        sys.exit("needs " + ", ".join(str(p) for p in absent))
    encoder = UniversalSentenceEncoder()
    with tempfile.TemporaryDirectory() as tmp:
        sets = [
            PairSet(n, r, Path(tmp), encoder)
            for n, r in devsets.development_sets()
            if n not in devsets.VIEWS
        ]
        for s in sets:
            print(f"{s.name:<17} {len(s.y):>6} candidate pairs, {int(s.y.sum()):>5} same-event")
        model = fit(sets)
        print("\nfitted on every development set:")
        print("PAIR_MODEL = PairModel(")
        for field, value in zip(fields(PairModel), astuple(model), strict=True):
            print(f"    {field.name}={value},")
        print(")")
        if astuple(model)[: len(MODEL_INPUTS)] != astuple(PAIR_MODEL)[: len(MODEL_INPUTS)]:
            print("(differs from the PAIR_MODEL in _similarity.py)")
        print("\nleft out of the fit:  F1 with the model fitted on the others | with PAIR_MODEL")
        for index, left_out in enumerate(sets):
            others = fit(sets[:index] + sets[index + 1 :])
            print(
                f"{left_out.name:<17} {_f1(left_out, others, encoder):.3f} | "
                f"{_f1(left_out, PAIR_MODEL, encoder):.3f}"
            )


if __name__ == "__main__":
    main()
