"""Nearest neighbours by vector: exact for a day's news, an inverted file beyond that.

Grouping asks, for every new item, which items of the window are closest.  Comparing
every pair costs ``new × window`` dot products: nothing for a few thousand items, but
100,000 items over three days would take minutes.  Past :data:`EXACT_LIMIT` pairs the
search uses an inverted file (the IVF of FAISS, in numpy): the vectors are split into
about ``4·√n`` cells by a few rounds of k-means, and each query is compared only with
the items of its :data:`PROBES` closest cells.  Neighbours that matter for grouping are
close (cosine ≥ 0.5), so they share a query's near cells; a missed one still reaches
the story through the others, or through a shared rare name.  Seeds are fixed, so a run
repeats exactly.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.desk._threads import on_two_threads

FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.intp]

#: Up to this many query × item pairs the search is exact (about 0.2 s of work).
EXACT_LIMIT = 50_000_000
#: Cells each query looks into.
PROBES = 16
#: Rounds of k-means for the cells, on 30 sampled vectors a cell: enough for 99% of the
#: neighbours at cosine 0.4 or more to share a probed cell with their query (measured on
#: clustered vectors; 12 a cell and 4 rounds gave 98%).
_ROUNDS = 5
_SAMPLE_PER_CELL = 30
_CHUNK = 4_000_000
#: Queries the exact search needs before it runs on two threads, in two halves or its
#: chunks (numpy lets go of the interpreter in the products and the selections).
_THREAD_QUERIES = 256


def _top(sims: FloatArray, k: int) -> IndexArray:
    k = min(k, sims.shape[1])
    if k == sims.shape[1]:
        return np.tile(np.arange(k), (sims.shape[0], 1))
    top: IndexArray = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    return top


def _top_set(sims: FloatArray, k: int) -> IndexArray:
    """The same ``k`` columns of each row as :func:`_top` (as a set; in another order),
    with a full selection only on the rows that need it.

    The ``k``-th largest of a row is at least the ``k``-th largest of its first columns,
    so only the entries reaching that bound (a few times ``k``) are selected among.  Where
    the ``k``-th largest value is tied with one left out (copies of one text have the
    same vector), which of them :func:`_top` keeps is its selection's choice, so those
    rows, and any the bound leaves short, are given to it: the set is then its own.
    """
    rows, n = sims.shape
    sample = min(n, max(8 * k, n // 8))
    bound = np.partition(sims[:, :sample], sample - k, axis=1)[:, sample - k]
    inside = sims >= bound[:, None]
    counts = np.count_nonzero(inside, axis=1)
    row, column = np.nonzero(inside)
    slot = np.arange(len(row)) - np.repeat(np.cumsum(counts) - counts, counts)
    width = max(int(counts.max()), k)
    values = np.full((rows, width), -np.inf, dtype=sims.dtype)
    values[row, slot] = sims[row, column]
    columns = np.zeros((rows, width), dtype=np.intp)
    columns[row, slot] = column
    pick = _top(values, k)
    top: IndexArray = np.take_along_axis(columns, pick, axis=1)
    kth = np.take_along_axis(values, pick, axis=1).min(axis=1)
    redo = (np.count_nonzero(values >= kth[:, None], axis=1) > k) | (counts < k)
    if redo.any():
        top[redo] = _top(sims[redo], k)
    return top


def _nearest(rows: FloatArray, centres: FloatArray) -> IndexArray:
    out = np.empty(len(rows), dtype=np.intp)
    step = max(1, _CHUNK // max(1, len(centres)))
    for start in range(0, len(rows), step):
        out[start : start + step] = np.argmax(rows[start : start + step] @ centres.T, axis=1)
    return out


def _cells(vectors: FloatArray, count: int) -> FloatArray:
    rng = np.random.default_rng(20260514)
    size = min(len(vectors), _SAMPLE_PER_CELL * count)
    sample = vectors[rng.choice(len(vectors), size, replace=False)]
    centres = sample[rng.choice(len(sample), count, replace=False)].copy()
    for _ in range(_ROUNDS):
        owner = _nearest(sample, centres)
        assign = sparse.csr_matrix(
            (np.ones(size, dtype=np.float32), (owner, np.arange(size))), shape=(count, size)
        )
        sums = np.asarray(assign @ sample, dtype=np.float32)
        filled = np.bincount(owner, minlength=count) > 0
        centres[filled] = sums[filled]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-12
    return centres


def vector_neighbours(
    vectors: FloatArray, queries: IndexArray, k: int
) -> tuple[IndexArray, IndexArray]:
    """Pairs (query, neighbour): up to ``k`` closest items of each query, itself excluded."""
    n = len(vectors)
    k = min(k, n - 1)
    if k <= 0 or len(queries) == 0:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    if len(queries) * n <= EXACT_LIMIT:
        return _exact(vectors, queries, k)
    return _inverted_file(vectors, queries, k)


def _exact(vectors: FloatArray, queries: IndexArray, k: int) -> tuple[IndexArray, IndexArray]:
    step = max(1, _CHUNK // len(vectors))
    if step >= len(queries) >= _THREAD_QUERIES:
        step = -(-len(queries) // 2)  # two halves, one a thread

    def chunk(start: int) -> IndexArray:
        rows = queries[start : start + step]
        sims = vectors[rows] @ vectors.T
        sims[np.arange(len(rows)), rows] = -np.inf
        return _top_set(sims, k).ravel()

    starts = range(0, len(queries), step)
    if len(queries) < _THREAD_QUERIES:
        rights = [chunk(start) for start in starts]
    else:
        rights = on_two_threads(chunk, starts)
    return np.repeat(queries, k), np.concatenate(rights).astype(np.intp)


def _inverted_file(
    vectors: FloatArray, queries: IndexArray, k: int
) -> tuple[IndexArray, IndexArray]:
    count = int(min(4096, max(16, 4 * math.sqrt(len(vectors)))))
    centres = _cells(vectors, count)
    owner = _nearest(vectors, centres)
    by_cell = np.argsort(owner, kind="stable")
    cell_bounds = np.searchsorted(owner[by_cell], np.arange(count + 1))
    probes = min(PROBES, count)
    probed = np.empty((len(queries), probes), dtype=np.intp)
    step = max(1, _CHUNK // count)
    for start in range(0, len(queries), step):
        sims = vectors[queries[start : start + step]] @ centres.T
        probed[start : start + step] = _top(sims, probes)
    # Each query gets k + 1 slots per probe (one more: it finds itself in its own cell).
    width = k + 1
    found_sim = np.full((len(queries), probes * width), -np.inf, dtype=np.float32)
    found_item = np.zeros((len(queries), probes * width), dtype=np.intp)
    asks = probed.ravel()  # ask j: query j // probes, probe slot j % probes
    order = np.argsort(asks, kind="stable")
    ask_bounds = np.searchsorted(asks[order], np.arange(count + 1))
    for cell in range(count):
        inside = by_cell[cell_bounds[cell] : cell_bounds[cell + 1]]
        asked = order[ask_bounds[cell] : ask_bounds[cell + 1]]
        if len(inside) == 0 or len(asked) == 0:
            continue
        rows, slots = asked // probes, asked % probes
        sims = vectors[queries[rows]] @ vectors[inside].T
        top = _top(sims, width)
        columns = slots[:, None] * width + np.arange(top.shape[1])[None, :]
        found_sim[rows[:, None], columns] = np.take_along_axis(sims, top, axis=1)
        found_item[rows[:, None], columns] = inside[top]
    found_sim[found_item == queries[:, None]] = -np.inf
    best = _top(found_sim, k)
    items = np.take_along_axis(found_item, best, axis=1)
    keep = np.isfinite(np.take_along_axis(found_sim, best, axis=1))
    return np.repeat(queries, k)[keep.ravel()], items[keep]
