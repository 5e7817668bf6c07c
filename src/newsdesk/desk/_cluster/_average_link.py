"""Steps 1-3 of clustering: candidate pairs, connected components, and average-link inside
each component (small ones in one vectorised pass, a too-large one cut by its own edges).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsdesk.desk._actors import Actors, actors_differ_block
from newsdesk.desk._cluster._two_events import only_where_block, two_events_scores
from newsdesk.desk._cluster._types import ClusterParams
from newsdesk.desk._neighbours import vector_neighbours
from newsdesk.desk._similarity import (
    Representation,
    agreement_pairs,
    block_final_scores,
    figures_differ_block,
    final_scores,
    pair_scores,
)

#: Names shared by more items than this are too common to propose candidates by (each
#: name adds up to df² pairs; 30 keeps that bounded while a story's own names, carried
#: by its 1–15 reports, all count).  Vector neighbours propose the rest.
_RARE_NAME_DF = 30
#: Components up to this size are scored together in one vectorised pass.
SMALL_COMPONENT = 40
#: Components are solved with a dense matrix of their new items against all their items;
#: beyond this many new items (a 2500 × 2500 block is 25 MB; 100,000 synthetic items
#: never reached it) the edge threshold is raised for that component, by 0.02 a step,
#: until its parts fit.
MAX_NEW = 2500


def candidate_pairs(
    rep: Representation, new: npt.NDArray[np.intp], k: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (new item, any item) worth scoring: vector neighbours and shared rare names."""
    n = rep.vectors.shape[0]
    by_vector = vector_neighbours(rep.vectors, new, k)
    lefts: list[npt.NDArray[np.intp]] = [by_vector[0]]
    rights: list[npt.NDArray[np.intp]] = [by_vector[1]]
    left, right = _sharing_rare_names(rep.names, new)
    lefts.append(left)
    rights.append(right)
    left_all = np.concatenate(lefts)
    right_all = np.concatenate(rights)
    low, high = np.minimum(left_all, right_all), np.maximum(left_all, right_all)
    pairs = np.unique(low.astype(np.int64) * n + high)
    return (pairs // n).astype(np.intp), (pairs % n).astype(np.intp)


def _sharing_rare_names(
    names: sparse.csr_matrix, new: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (new item, other item) that share a rare name (held by 2 to
    :data:`_RARE_NAME_DF` items), each new holder of a name against every other holder,
    in one pass over all the names: a product per name cost a few numpy calls each, and
    a day has thousands of rare names."""
    by_name = names.tocsc()
    df = np.diff(by_name.indptr)
    rare = np.flatnonzero((df > 1) & (df <= _RARE_NAME_DF))
    starts, counts = by_name.indptr[rare], df[rare]
    # every holding of a rare name: its name (as a position in ``rare``) and its item
    name_of = np.repeat(np.arange(len(rare)), counts)
    holder = by_name.indices[
        np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    ]
    is_new = np.zeros(names.shape[0], dtype=bool)
    is_new[new] = True
    fresh = is_new[holder]
    fresh_name, fresh_item = name_of[fresh], holder[fresh]
    # each new holding paired with every holding of its name
    width = counts[fresh_name]
    left = np.repeat(fresh_item, width)
    first = np.repeat(starts[fresh_name] - np.cumsum(width) + width, width)
    right = by_name.indices[first + np.arange(width.sum())]
    keep = left != right
    return left[keep].astype(np.intp), right[keep].astype(np.intp)


def _average_link(
    scores: npt.NDArray[np.float32],
    sizes: npt.NDArray[np.float64],
    locked: npt.NDArray[np.bool_],
    threshold: float,
) -> list[int]:
    """Merge clusters while the best mean pair score reaches the threshold.

    ``scores`` is the cluster-level matrix (mean pair scores); two locked clusters
    (open stories) never merge.  Returns, for each cluster, the cluster it ended in.
    """
    m = scores.shape[0]
    s = scores.astype(np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    s[np.ix_(locked, locked)] = -np.inf
    sizes = sizes.copy()
    locked = locked.copy()
    dead = np.zeros(m, dtype=bool)
    owner = list(range(m))
    best = s.argmax(axis=1)
    best_score = s[np.arange(m), best]
    # A merged cluster's row and column are written; an absorbed one's are left as they
    # were and masked where a row is read (its column written out was a strided pass
    # over the whole matrix each merge).  A dead row's best score is -inf, so the best
    # row is found without masking, the first of equals as before.
    while True:
        i = int(np.argmax(best_score))
        if dead[i] or best_score[i] < threshold:
            break
        j = int(best[i])
        if locked[j] and not locked[i]:
            i, j = j, i  # the open story absorbs, so it keeps its id
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        sizes[i] += sizes[j]
        locked[i] = locked[i] or locked[j]
        dead[j] = True
        owner[j] = i
        merged[dead] = -np.inf
        merged[i] = -np.inf
        if locked[i]:
            merged[locked] = -np.inf
        s[i], s[:, i] = merged, merged
        best_score[j] = -np.inf
        stale = ~dead & ((best == i) | (best == j))
        stale[i] = True
        for row in np.flatnonzero(stale).tolist():
            values = np.where(dead, -np.inf, s[row])
            best[row] = int(np.argmax(values))
            best_score[row] = values[best[row]]
        better = ~dead & (merged > best_score)
        best[better] = i
        best_score[better] = merged[better]
    for c in range(m):
        root = c
        while owner[root] != root:
            root = owner[root]
        owner[c] = root
    return owner


def components_of(
    n: int,
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
) -> dict[int, list[int]]:
    """The connected components of n items joined by the edges (left[k], right[k]) and
    by their open stories (``story_of``), keyed by their smallest item, in that order,
    each sorted.  Labelled by scipy in one pass: a Python union-find took several
    seconds on the hundreds of thousands of edges of a large batch's split."""
    if not n:
        return {}
    first_of: dict[str, int] = {}
    tied = [
        (first_of.setdefault(story, index), index)
        for index, story in enumerate(story_of)
        if story is not None
    ]
    ties = np.asarray(tied, dtype=np.intp).reshape(-1, 2)
    graph = sparse.coo_matrix(
        (
            np.ones(len(left) + len(ties), dtype=np.int8),
            (np.concatenate([left, ties[:, 0]]), np.concatenate([right, ties[:, 1]])),
        ),
        shape=(n, n),
    )
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")  # each component's items, ascending
    starts = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1]])
    groups = np.split(order, starts[1:])
    groups.sort(key=lambda group: int(group[0]))
    return {int(group[0]): group.tolist() for group in groups}


@dataclass(frozen=True, slots=True)
class Component:
    """One connected component: its new items, and the items of each open story in it."""

    new: list[int]
    stories: list[list[int]]

    @property
    def columns(self) -> npt.NDArray[np.intp]:
        return np.asarray(self.new + [i for members in self.stories for i in members], np.intp)

    @property
    def clusters(self) -> list[list[int]]:
        return [[i] for i in self.new] + self.stories


def component_of(members: list[int], story_of: Sequence[str | None]) -> Component:
    new: list[int] = []
    stories: dict[str, list[int]] = {}
    for item in members:
        story = story_of[item]
        if story is None:
            new.append(item)
        else:
            stories.setdefault(story, []).append(item)
    return Component(new, list(stories.values()))


def _merge(
    component: Component,
    block: npt.NDArray[np.float32] | npt.NDArray[np.float64],
    threshold: float,
) -> list[list[int]]:
    """Average-link over one component from the scores of its new items (rows) against
    all its items (columns: new items, then each story's items)."""
    return _link(component, _cluster_scores(component, block), threshold)


def _cluster_scores(
    component: Component, block: npt.NDArray[np.float32] | npt.NDArray[np.float64]
) -> npt.NDArray[np.float32]:
    """The cluster-level matrix of a component (its new items, then its stories) from the
    scores of its new items against all its items: a story's column is the mean of its
    items' (read in float64).

    Only pairs with a new item are ever needed: two open stories never merge, so the
    scores among a story's own items, or between two stories, play no part.
    """
    n = len(component.new)
    m = n + len(component.stories)
    scores = np.full((m, m), -np.inf, dtype=np.float32)
    scores[:n, :n] = block[:, :n]
    start = n
    for s, members in enumerate(component.stories):
        mean = block[:, start : start + len(members)].astype(np.float64).mean(axis=1)
        scores[:n, n + s] = mean
        scores[n + s, :n] = mean
        start += len(members)
    return scores


def _link(
    component: Component, scores: npt.NDArray[np.float32], threshold: float
) -> list[list[int]]:
    """Average-link over a component's cluster-level matrix (:func:`_cluster_scores`)."""
    n = len(component.new)
    sizes = np.asarray([1.0] * n + [float(len(m)) for m in component.stories])
    locked = np.asarray([False] * n + [True] * len(component.stories))
    owner = _average_link(scores, sizes, locked, threshold)
    clusters = component.clusters
    merged: dict[int, list[int]] = defaultdict(list)
    for c, root in enumerate(owner):
        merged[root].extend(clusters[c])
    return list(merged.values())


def solve_small(
    rep: Representation,
    profiles: sparse.csr_matrix,
    components: list[Component],
    params: ClusterParams,
    actors: Actors,
    mentions: sparse.csr_matrix,
) -> list[list[int]]:
    """Average-link in many small components, their pair scores computed in one pass
    (a pair whose actors or figures tell two events apart, that shares only a place, or
    of two datelines scores 0: :func:`two_events_scores`)."""
    lefts, rights = [], []
    for component in components:
        columns = component.columns
        lefts.append(np.repeat(np.asarray(component.new, dtype=np.intp), len(columns)))
        rights.append(np.tile(columns, len(component.new)))
    left, right = np.concatenate(lefts), np.concatenate(rights)
    direct = pair_scores(rep, left, right, params.weights)
    scores = final_scores(direct, agreement_pairs(profiles, left, right), params.weights)
    scores = two_events_scores(rep, actors, mentions, left, right, scores)
    out: list[list[int]] = []
    offset = 0
    for component in components:
        shape = (len(component.new), len(component.columns))
        block = scores[offset : offset + shape[0] * shape[1]].reshape(shape).astype(np.float64)
        offset += shape[0] * shape[1]
        out.extend(_merge(component, block, params.threshold))
    return out


def solve(
    rep: Representation,
    profiles: sparse.csr_matrix,
    component: Component,
    params: ClusterParams,
    actors: Actors,
    mentions: sparse.csr_matrix,
) -> list[list[int]]:
    """Average-link inside one large component; returns its final clusters (item indices)."""
    rows = np.asarray(component.new, dtype=np.intp)
    block = block_final_scores(rep, profiles, rows, component.columns, params.weights)
    block[actors_differ_block(actors, rows, component.columns)] = 0.0
    block[figures_differ_block(rep, rows, component.columns)] = 0.0
    block[only_where_block(rep, mentions, rows, component.columns)] = 0.0
    wordless = rep.evidence <= 0
    block[np.outer(wordless[rows], wordless[component.columns])] = 0.0
    scores = _cluster_scores(component, block)
    del block  # the largest array of a big component: average-link needs only the clusters'
    return _link(component, scores, params.threshold)


def split_component(
    members: list[int],
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    scores: npt.NDArray[np.float32],
    threshold: float,
) -> list[list[int]]:
    """Cut a component with too many new items into parts, by a stricter edge threshold.

    Only new items make a component costly (an open story counts as one cluster), so
    this stops once no part has more than :data:`MAX_NEW` new items, or at threshold 1.
    """
    local = np.full(len(story_of), -1, dtype=np.intp)
    local[members] = np.arange(len(members))
    # the component's own edges, picked once: each step then reads only them, not the batch's
    inside = (local[left] >= 0) & (local[right] >= 0)
    left, right, scores = local[left[inside]], local[right[inside]], scores[inside]
    member_stories = [story_of[i] for i in members]
    parts: dict[int, list[int]] = {0: list(range(len(members)))}
    while threshold < 1:
        threshold += 0.02
        keep = scores >= threshold
        parts = components_of(len(members), member_stories, left[keep], right[keep])
        if max(sum(member_stories[i] is None for i in p) for p in parts.values()) <= MAX_NEW:
            break
    return [[members[i] for i in part] for part in parts.values()]
