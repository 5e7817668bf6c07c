"""Nearest neighbours by vector: the bounded selection keeps the very items a full one keeps."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.desk import _neighbours
from newsdesk.desk._neighbours import _top, _top_set, vector_neighbours


def _as_sets(top: np.ndarray) -> list[set[int]]:
    return [set(row.tolist()) for row in top]


def _found(pairs: tuple[np.ndarray, np.ndarray]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for query, neighbour in zip(pairs[0].tolist(), pairs[1].tolist(), strict=True):
        out.setdefault(query, []).append(neighbour)
    return out


def _closeness(vectors: np.ndarray, found: dict[int, list[int]]) -> dict[int, np.ndarray]:
    """Each query's neighbours by their similarity to it, highest first: what "the k
    nearest" means.  Which of two copies (one vector twice) is kept is not compared: a
    BLAS product of a few rows may differ in the last bit from one of many, which
    decides a tie between copies differently, and either copy is as near."""
    return {q: np.sort(vectors[items] @ vectors[q])[::-1] for q, items in sorted(found.items())}


def _same_closeness(a: dict[int, np.ndarray], b: dict[int, np.ndarray]) -> bool:
    return a.keys() == b.keys() and all(np.allclose(a[q], b[q], atol=1e-5) for q in a)


def _tied_similarities(seed: int) -> np.ndarray:
    """Similarities of 60 queries to 400 items of which many are copies of one text (the
    same vector, so the same similarity), each query's own column at -inf."""
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((150, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    items = vectors[rng.integers(0, 150, 400)]  # about 2.7 copies of each text
    sims = items[:60] @ items.T
    sims[np.arange(60), np.arange(60)] = -np.inf
    return sims


def test_the_bounded_selection_keeps_the_same_neighbours_as_a_full_one() -> None:
    """Copies tie at the k-th place on many rows: which copy a full selection keeps is its
    own choice, and the bounded one keeps that same copy."""
    for seed in range(5):
        sims = _tied_similarities(seed)
        for k in (1, 5, 20):
            top = _top_set(sims, k)
            assert top.shape == (60, k)
            assert _as_sets(top) == _as_sets(_top(sims, k))
    kth = np.sort(sims, axis=1)[:, -20]
    assert ((sims == kth[:, None]).sum(axis=1) > 1).any()  # ties at the edge were met


def test_rows_whose_top_is_all_equal_are_selected_in_full() -> None:
    """A row of one value everywhere (every bound admits every column) and a row with
    fewer finite entries than k still give the full selection's set."""
    sims = np.zeros((3, 50), dtype=np.float32)
    sims[1, :] = -np.inf
    sims[1, :3] = [0.5, 0.2, 0.9]
    sims[2] = np.linspace(0, 1, 50, dtype=np.float32)
    assert _as_sets(_top_set(sims, 10)) == _as_sets(_top(sims, 10))


def test_vector_neighbours_are_those_of_a_full_selection() -> None:
    """The exact search over a window with copies finds, for each query, the k items a
    full selection over all its similarities finds, itself never among them."""
    rng = np.random.default_rng(7)
    base = rng.standard_normal((300, 64)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    vectors = base[rng.integers(0, 300, 900)]
    queries = np.arange(600, 900)
    left, right = vector_neighbours(vectors, queries, 12)
    sims = vectors[queries] @ vectors.T
    sims[np.arange(len(queries)), queries] = -np.inf
    expected = np.argpartition(-sims, 11, axis=1)[:, :12]
    found = _found((left, right))
    wanted = {q: row.tolist() for q, row in zip(queries.tolist(), expected, strict=True)}
    assert all(len(found[q]) == len(set(found[q])) == 12 for q in queries.tolist())
    assert _same_closeness(_closeness(vectors, found), _closeness(vectors, wanted))
    assert all(q not in found[q] for q in queries.tolist())
    assert len(queries) * len(vectors) <= _neighbours.EXACT_LIMIT  # the exact path ran


def test_the_exact_search_finds_the_same_neighbours_on_two_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enough queries are searched in two halves (or the chunks a large window makes), one
    a thread: each query's neighbours are as near as the ones one thread finds."""
    rng = np.random.default_rng(11)
    base = rng.standard_normal((200, 48)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    vectors = base[rng.integers(0, 200, 700)]  # copies: ties at the k-th place
    queries = np.arange(300, 700)
    monkeypatch.setattr(_neighbours, "_THREAD_QUERIES", 10)
    halves = vector_neighbours(vectors, queries, 8)
    monkeypatch.setattr(_neighbours, "_CHUNK", 700 * 90)  # chunks of 90 queries
    chunks = vector_neighbours(vectors, queries, 8)
    monkeypatch.setattr(_neighbours, "_THREAD_QUERIES", 10_000)  # one thread
    alone = vector_neighbours(vectors, queries, 8)

    one = _closeness(vectors, _found(alone))
    assert _same_closeness(_closeness(vectors, _found(halves)), one)
    assert _same_closeness(_closeness(vectors, _found(chunks)), one)
    assert np.array_equal(halves[0], alone[0])
