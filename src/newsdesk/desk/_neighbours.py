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

FloatArray = npt.NDArray[np.float32]
IndexArray = npt.NDArray[np.intp]

#: Up to this many query × item pairs the search is exact (about 0.2 s of work).
EXACT_LIMIT = 50_000_000
#: Cells each query looks into.
PROBES = 16
#: Rounds of k-means for the cells, on 12 sampled vectors a cell; the cells need only be
#: reasonable, not optimal.
_ROUNDS = 4
_CHUNK = 4_000_000


def _top(sims: FloatArray, k: int) -> IndexArray:
    k = min(k, sims.shape[1])
    if k == sims.shape[1]:
        return np.tile(np.arange(k), (sims.shape[0], 1))
    top: IndexArray = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    return top


def _nearest(rows: FloatArray, centres: FloatArray) -> IndexArray:
    out = np.empty(len(rows), dtype=np.intp)
    step = max(1, _CHUNK // max(1, len(centres)))
    for start in range(0, len(rows), step):
        out[start : start + step] = np.argmax(rows[start : start + step] @ centres.T, axis=1)
    return out


def _cells(vectors: FloatArray, count: int) -> FloatArray:
    rng = np.random.default_rng(20260514)
    sample = vectors[rng.choice(len(vectors), min(len(vectors), 12 * count), replace=False)]
    centres = sample[rng.choice(len(sample), count, replace=False)].copy()
    for _ in range(_ROUNDS):
        owner = _nearest(sample, centres)
        sums = np.zeros_like(centres)
        np.add.at(sums, owner, sample)
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
    lefts, rights = [], []
    step = max(1, _CHUNK // len(vectors))
    for start in range(0, len(queries), step):
        rows = queries[start : start + step]
        sims = vectors[rows] @ vectors.T
        sims[np.arange(len(rows)), rows] = -np.inf
        lefts.append(np.repeat(rows, k))
        rights.append(_top(sims, k).ravel())
    return np.concatenate(lefts), np.concatenate(rights).astype(np.intp)


def _inverted_file(
    vectors: FloatArray, queries: IndexArray, k: int
) -> tuple[IndexArray, IndexArray]:
    count = int(min(4096, max(16, 4 * math.sqrt(len(vectors)))))
    centres = _cells(vectors, count)
    owner = _nearest(vectors, centres)
    members = [np.flatnonzero(owner == c) for c in range(count)]
    probes = min(PROBES, count)
    probed = np.empty((len(queries), probes), dtype=np.intp)
    step = max(1, _CHUNK // count)
    for start in range(0, len(queries), step):
        sims = vectors[queries[start : start + step]] @ centres.T
        probed[start : start + step] = _top(sims, probes)
    found_query, found_item, found_sim = [], [], []
    asking = np.repeat(np.arange(len(queries)), probes)
    cell_of_ask = probed.ravel()
    order = np.argsort(cell_of_ask, kind="stable")
    bounds = np.searchsorted(cell_of_ask[order], np.arange(count + 1))
    for cell in range(count):
        inside = members[cell]
        asked = asking[order[bounds[cell] : bounds[cell + 1]]]
        if len(inside) == 0 or len(asked) == 0:
            continue
        sims = vectors[queries[asked]] @ vectors[inside].T
        top = _top(sims, k + 1)  # one more: a query finds itself in its own cell
        found_query.append(np.repeat(asked, top.shape[1]))
        found_item.append(inside[top].ravel())
        found_sim.append(np.take_along_axis(sims, top, axis=1).ravel())
    query = np.concatenate(found_query)
    item = np.concatenate(found_item)
    sim = np.concatenate(found_sim)
    keep = queries[query] != item
    query, item, sim = query[keep], item[keep], sim[keep]
    best = np.lexsort((-sim, query))  # by query, closest first
    query, item = query[best], item[best]
    rank = np.arange(len(query)) - np.searchsorted(query, query, side="left")
    chosen = rank < k
    return queries[query[chosen]], item[chosen].astype(np.intp)
