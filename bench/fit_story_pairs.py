"""Fit the story-pair model of ``newsdesk.desk._story_pairs`` on every development set at once.

Usage: python bench/fit_story_pairs.py [--check]

For each development set (``bench/devsets.py``; the held-back sets are never read here,
nor the views of another set, ``devsets.VIEWS``, whose pairs would count twice) the
items are embedded and grouped as ``eval cluster`` groups them, and every pair of stories
the story join scores is recorded with its features (``story_pair_features``) and a label:
the share of its item pairs (one item of each story) that report one event by the gold
labels.  A logistic regression of that label on the features (light L2 on all but the
intercept), each set weighing the same in the loss however many pairs it has, so that
no one corpus sets the weights.

Which pairs the join scores depends on the model it uses (a join made in one round makes
the pairs of the next), so the fit goes in :data:`ROUNDS`: pairs recorded with the
item-pair model's pooled score alone (the join as it was), a model fitted on them, the
pairs that model's joins lead to added, fitted again.

It writes ``src/newsdesk/desk/story_pairs.json`` and prints the coefficients, each set's
B-cubed F1 with the pooled score alone and with the fitted model, then, as a check that
the model is not fitted to any one set, each set's F1 when it is left out of the whole
fit (its rounds included).  ``--check`` fits and says whether the shipped file is what
the fit gives, writing nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).parent))
import devsets
from newsdesk.config import Config
from newsdesk.desk import _cluster, _group
from newsdesk.desk._cluster import _cluster_items as steps
from newsdesk.desk._embed import UniversalSentenceEncoder, embedding_text
from newsdesk.desk._evaluate import bcubed, read_eval_file
from newsdesk.desk._story_pairs import (
    FEATURES,
    MODEL_FILE,
    POOLED_ONLY,
    StoryPairModel,
    load_story_model,
    save_story_model,
)
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params

L2 = 1e-3
#: When L-BFGS stops: at the optimum, not wherever its path happens to be.  scipy's
#: defaults (largest gradient 1e-5) stopped each round up to 0.0025 short of the
#: optimum in the intercept, at a point the path decides: features nudged by float
#: rounding alone (1e-7 of each) moved that stop by up to 5e-4, where at the optimum
#: they move it by 2e-6.  The loss is strictly convex, so the optimum is one point,
#: and the first round's model decides which pairs the second round's joins make.
FIT_OPTIONS = {"gtol": 1e-9, "ftol": 1e-15, "maxiter": 100_000}
#: Fits, each on the pairs of all the rounds before (the first with the pooled score).
ROUNDS = 2
SHIPPED = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "desk" / MODEL_FILE


class StorySet:
    """One development set, embedded once, grouped as often as a fit needs."""

    def __init__(self, name: str, records: list[devsets.Record], folder: Path) -> None:
        self.name = name
        path = devsets.write(records, folder / f"{name.replace(' ', '_')}.jsonl")
        evaluated = read_eval_file(path)
        items = [
            DeskItem(index, r.id, r.title, r.text, r.language, r.published, r.source, r.source)
            for index, r in enumerate(evaluated)
        ]
        vectors = UniversalSentenceEncoder().embed([embedding_text(item) for item in items])
        self.items = [replace(item, vector=vectors[i]) for i, item in enumerate(items)]
        self.events = [r.event for r in evaluated]

    def group(self, model: StoryPairModel) -> tuple[float, np.ndarray, np.ndarray]:
        """Group with this story model: B-cubed F1, and the features and labels of every
        story pair the join scored."""
        rows: list[np.ndarray] = []
        labels: list[float] = []
        batch: list[DeskItem] = []
        real_cluster, real_join = _cluster.cluster_items, steps.join_stories

        def cluster_items(items: Sequence[DeskItem], *args: Any, **kwargs: Any) -> Any:
            batch[:] = [item for item in items if item.duplicate_of is None]
            return real_cluster(items, *args, **kwargs)

        def heard(ones: list[list[int]], others: list[list[int]], features: np.ndarray) -> None:
            rows.append(features)
            for one, other in zip(ones, others, strict=True):
                a = Counter(self.events[batch[i].id] for i in one)
                b = Counter(self.events[batch[i].id] for i in other)
                same = sum(n * b[event] for event, n in a.items())
                labels.append(same / (len(one) * len(other)))

        def join(*args: Any) -> Any:
            return real_join(*args, observe=heard)

        config = Config()
        base = cluster_params(config)
        params = replace(base, story_model=model)
        _group.cluster_items = cluster_items  # type: ignore[assignment]
        steps.join_stories = join  # type: ignore[assignment]
        try:
            assigned = devsets.group_as_a_run(self.items, params)
        finally:
            _group.cluster_items = real_cluster  # type: ignore[assignment]
            steps.join_stories = real_join  # type: ignore[assignment]
        f1 = bcubed(self.events, [assigned[item.id] for item in self.items]).f1
        x = np.vstack(rows) if rows else np.zeros((0, len(FEATURES)))
        return f1, x, np.asarray(labels, dtype=np.float64)


def _fit_once(data: list[tuple[np.ndarray, np.ndarray]]) -> StoryPairModel:
    """Logistic regression on soft labels, each set's pairs summing to one weight."""
    data = [(x, y) for x, y in data if len(y)]
    x = np.vstack([x for x, _ in data])
    y = np.concatenate([y for _, y in data])
    w = np.concatenate([np.full(len(y), 1 / len(y)) for _, y in data]) / len(data)

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ b
        p = 1 / (1 + np.exp(-z))
        value = float(np.sum(w * (np.logaddexp(0, z) - y * z))) + L2 * float(b[1:] @ b[1:])
        grad = x.T @ (w * (p - y))
        grad[1:] += 2 * L2 * b[1:]
        return value, grad

    start = np.asarray(POOLED_ONLY.coefficients, dtype=np.float64)
    fitted = minimize(loss, start, jac=True, method="L-BFGS-B", options=FIT_OPTIONS).x
    return StoryPairModel(tuple(round(float(c), 4) for c in fitted))


def fit(sets: list[StorySet], first: list[tuple[np.ndarray, np.ndarray]]) -> StoryPairModel:
    """The rounds of the fit; ``first`` holds the sets' pairs under the pooled score."""
    data = [[pairs] for pairs in first]
    model = _fit_once([d for rounds in data for d in rounds])
    for _ in range(ROUNDS - 1):
        for s, rounds in zip(sets, data, strict=True):
            _, x, y = s.group(model)
            rounds.append((x, y))
        pooled = [(np.vstack([x for x, _ in r]), np.concatenate([y for _, y in r])) for r in data]
        model = _fit_once(pooled)
    return model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args()
    if absent := devsets.missing():
        sys.exit("needs " + ", ".join(str(p) for p in absent))
    with tempfile.TemporaryDirectory() as tmp:
        sets = [
            StorySet(name, records, Path(tmp))
            for name, records in devsets.development_sets()
            if name not in devsets.VIEWS
        ]
    before = [s.group(POOLED_ONLY) for s in sets]
    first = [(x, y) for _, x, y in before]
    for s, (_, _, y) in zip(sets, before, strict=True):
        print(f"{s.name:<17} {len(y):>6} story pairs, {float(y.sum()):>7.1f} same-event")
    model = fit(sets, first)
    print("\nfitted on every development set:")
    for name, value in zip(FEATURES, model.coefficients, strict=True):
        print(f"    {name:<14} {value:+.4f}")
    if args.check:
        shipped = load_story_model()
        same = np.allclose(shipped.coefficients, model.coefficients, atol=2e-3)
        print(f"\n{SHIPPED.name}: {'the same as the fit' if same else 'DIFFERS from the fit'}")
        if not same:
            sys.exit(1)
        return
    save_story_model(model, str(SHIPPED))
    print(f"\nwritten to {SHIPPED}")
    print("\nF1 with the pooled score alone | fitted on all sets | left out of the fit")
    for index, s in enumerate(sets):
        others = sets[:index] + sets[index + 1 :]
        left_out = fit(others, first[:index] + first[index + 1 :])
        print(
            f"{s.name:<17} {before[index][0]:.3f} | {s.group(model)[0]:.3f} | "
            f"{s.group(left_out)[0]:.3f}"
        )


if __name__ == "__main__":
    main()
