"""``bench/fit_categories.py``: its cross-validation fits a sparse matrix, its shipped fit a
dense one, and the two must be one model.

``--cv`` and ``--cv-days`` chose the shipped settings; their figures only say something
about ``classifier.npz`` if the fit they run is the fit that wrote it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from fit_categories import balanced, fit_softmax


def _rows() -> tuple[np.ndarray, np.ndarray]:
    """Shaped as a category matrix: a few dense columns (a vector, flags), then many word
    columns of which each row sets a handful; three classes of unequal size."""
    rng = np.random.default_rng(7)
    y = np.repeat([0, 1, 2], [40, 25, 10]).astype(np.intp)
    dense = rng.normal(size=(len(y), 6)) + y[:, None] * 0.8
    words = np.zeros((len(y), 300))
    for n, label in enumerate(y):
        words[n, rng.choice(100, 5, replace=False) + 100 * label] = 2.0
        words[n, rng.choice(300, 3, replace=False)] = 2.0
    return np.hstack([dense, words]), y


def test_a_sparse_matrix_gives_the_weights_of_the_dense_one() -> None:
    x, y = _rows()
    dense_w, dense_b = fit_softmax(x, y, 3, balanced(y), 0.05)
    sparse_w, sparse_b = fit_softmax(sparse.csr_matrix(x), y, 3, balanced(y), 0.05)
    assert np.abs(dense_w - sparse_w).max() < 1e-4
    assert np.abs(dense_b - sparse_b).max() < 1e-4
    assert ((x @ dense_w + dense_b).argmax(axis=1) == y).mean() > 0.9


def test_rows_taken_from_a_sparse_matrix_fit_as_the_same_rows_dense() -> None:
    # the loops fit on a fold's rows, picked by a mask, and score the others by index
    x, y = _rows()
    kept = np.arange(len(y)) % 5 != 0
    dense_w, dense_b = fit_softmax(x[kept], y[kept], 3, balanced(y[kept]), 0.1)
    matrix = sparse.csr_matrix(x)
    sparse_w, sparse_b = fit_softmax(matrix[kept], y[kept], 3, balanced(y[kept]), 0.1)
    test = np.flatnonzero(~kept)
    dense_scores = x[test] @ dense_w + dense_b
    sparse_scores = matrix[test] @ sparse_w + sparse_b
    assert np.abs(dense_scores - sparse_scores).max() < 1e-3
    assert (dense_scores.argmax(axis=1) == sparse_scores.argmax(axis=1)).all()


def _gradient(x: np.ndarray, y: np.ndarray, w: np.ndarray, b: np.ndarray, l2: float) -> float:
    """Largest entry of the gradient of the class-balanced, L2-penalised loss at (w, b)."""
    z = x @ w + b
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    share = balanced(y) / balanced(y).sum()
    g = share[:, None] * (p - np.eye(w.shape[1])[y])
    return float(max(np.abs(x.T @ g + l2 * w).max(), np.abs(g.sum(axis=0)).max()))


def test_the_fit_stops_at_the_optimum_not_where_its_path_ends() -> None:
    # a stop short of the optimum is decided by the path, which float rounding of the
    # inputs moves: the shipped weights then differ by machine (fit_categories --check)
    x, y = _rows()
    for l2 in (0.05, 0.01):
        w, b = fit_softmax(x, y, 3, balanced(y), l2)
        assert _gradient(x, y, w, b, l2) < 1e-8
