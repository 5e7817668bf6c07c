"""Step 5 of clustering: open stories that the batch shows to be one event merge (a new item
bridges them, or they are each other's closest in vocabulary).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from itertools import chain

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.desk._actors import Actors
from newsdesk.desk._cluster._story_join import JOIN_EVIDENCE, JOIN_LEAST_REPORTS, refused_pairs
from newsdesk.desk._cluster._types import ClusterParams
from newsdesk.desk._similarity import (
    Representation,
    direct_scores,
    pair_signals,
    story_representation,
)
from newsdesk.desk._story_pairs import once_a_day, story_pair_features
from newsdesk.model import DeskItem


def bridge_open_stories(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    solved: list[list[int]],
    story_of: Sequence[str | None],
    edges: tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.float32]],
    params: ClusterParams,
    actors: Actors,
    seniority: Callable[[str], tuple[float, ...]],
    held: Collection[str] = frozenset(),
) -> tuple[list[list[int]], dict[str, str]]:
    """Merge open stories that the batch's reports show to be one event.

    Two open stories never join in average-link or in :func:`join_stories`, so a
    first day's pieces of one event would stay apart for good.  Once a batch's reports
    have landed, two open stories are compared when a new report of one scores the
    threshold with a report of the other (``edges``: the candidate pairs and their final
    scores): the evidence is the batch's, not a second look at what was decided before
    (any candidate pair, as the join takes, also merged a leaderboard entry into its
    model's launch and more of the synthetic background's look-alikes).  They are
    read exactly as the join reads two stories, with the batch's reports in them: the
    same story-pair model and threshold, the same short-reports and size conditions, the
    same refusal by their reports (:func:`refused_by_reports`); round by round, each
    story merging at most its best partner.  Then the open stories that are each
    other's closest in vocabulary merge, unless their reports refuse it
    (:func:`_same_vocabulary`): one story's pieces need not be bridged by a report
    naming both, when they are told in the same words.

    The story that survives keeps its id: one an editor has touched or that an edition
    holds (``held``) may absorb, never be absorbed, and two such never merge; otherwise
    the senior one by ``seniority`` (the larger key: first seen earlier, then more
    reports).  Returns the stories that hold a new item and each absorbed story's id
    mapped to the one it ended in.
    """
    left, right, edge_scores = edges
    is_new = np.asarray([s is None for s in story_of], dtype=np.bool_)
    pieces: list[list[int]] = []
    ids: list[str] = []
    fresh: list[list[int]] = []
    placed: set[int] = set()
    for cluster in solved:
        placed.update(cluster)
        story = next((story_of[i] for i in cluster if story_of[i] is not None), None)
        if story is None:
            fresh.append(cluster)
        else:
            pieces.append(list(cluster))
            ids.append(story)
    untouched: dict[str, list[int]] = {}
    for index, story in enumerate(story_of):
        if story is not None and index not in placed:
            untouched.setdefault(story, []).append(index)
    if not pieces:
        return solved, {}
    pieces += list(untouched.values())
    ids += list(untouched)
    label = np.full(len(story_of), -1, dtype=np.intp)
    for p, members in enumerate([*pieces, *fresh]):
        label[members] = p
    once = once_a_day(outlets, label)
    label[label >= len(pieces)] = -1  # a new story takes no part: the join read it
    protected = np.asarray([story in held for story in ids])
    absorbed: dict[str, str] = {}
    changed = np.ones(len(pieces), dtype=bool)
    while changed.any():
        a, b = label[left], label[right]
        a, b = np.minimum(a, b), np.maximum(a, b)
        sizes = np.asarray([len(p) for p in pieces])
        keep = (a >= 0) & (a != b) & (is_new[left] | is_new[right])
        keep &= edge_scores >= params.threshold
        keep &= ~(protected[a] & protected[b]) & (changed[a] | changed[b])
        keep &= np.maximum(sizes[a], sizes[b]) >= JOIN_LEAST_REPORTS
        merges = _bridges(
            rep,
            outlets,
            once,
            mentions,
            entities,
            pieces,
            a[keep],
            b[keep],
            edge_scores[keep],
            params,
            actors,
        )
        changed[:] = False
        for i, j in merges:
            survivor = _absorb(pieces, ids, protected, seniority, absorbed, i, j)
            label[pieces[survivor]] = survivor
            changed[survivor] = True
    for i, j in _same_vocabulary(rep, mentions, entities, pieces, is_new, protected, actors):
        _absorb(pieces, ids, protected, seniority, absorbed, i, j)
    for old, new in absorbed.items():
        while new in absorbed:
            new = absorbed[new]
        absorbed[old] = new
    kept = [p for p in pieces if is_new[p].any()]
    return fresh + kept, absorbed


def _absorb(
    pieces: list[list[int]],
    ids: list[str],
    protected: npt.NDArray[np.bool_],
    seniority: Callable[[str], tuple[float, ...]],
    absorbed: dict[str, str],
    i: int,
    j: int,
) -> int:
    """Merge open stories ``pieces[i]`` and ``pieces[j]`` into the one that keeps its id
    (held first, then the senior; see :func:`bridge_open_stories`); returns its index."""
    if (protected[j], seniority(ids[j])) > (protected[i], seniority(ids[i])):
        i, j = j, i  # i survives
    absorbed[ids[j]] = ids[i]
    pieces[i], pieces[j] = pieces[i] + pieces[j], []
    protected[i] |= protected[j]
    return i


#: Two open stories told in the same words: the cosine of their vocabularies (each
#: word's share of a story's reports, weighed by its rarity in the batch) at least this,
#: and of their mean vectors at least :data:`SAME_VOCABULARY_VECTORS` (see
#: :func:`_same_vocabulary`).
SAME_VOCABULARY = 0.1
SAME_VOCABULARY_VECTORS = 0.5


def _same_vocabulary(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    pieces: list[list[int]],
    is_new: npt.NDArray[np.bool_],
    protected: npt.NDArray[np.bool_],
    actors: Actors,
) -> list[tuple[int, int]]:
    """Pairs of open stories (``pieces``, each with the batch's reports in it) that are
    one story told under two names: each the other's closest in vocabulary.

    A day's pieces of one big story are its names (the dam, the country, the town) and
    its sides (the markets, the victims, the inquiry); the story-pair model reads them
    pair by pair of reports and by the pieces' sizes, and two pieces of 20 headlines
    sharing their subject at a mean cosine of 0.3 stay apart for good.  Read as
    vocabularies, the share of each story's reports that use each word or name (IDF of
    the batch), such pieces are each other's nearest story: the words their story
    repeats ("quake", "rubble", "survivors") run through both.  Two open stories merge
    when, both of short reports (:data:`JOIN_EVIDENCE`) and of
    :data:`JOIN_LEAST_REPORTS` reports or more, one holding a report of this batch,
    each is the other's closest in vocabulary, at :data:`SAME_VOCABULARY` or more, their
    mean vectors agree (:data:`SAME_VOCABULARY_VECTORS`), and their reports do not refuse
    it (:func:`refused_by_reports`: another company or place in a frame alike, two
    scores or magnitudes, a protagonist with two counterparts): one company's two
    deals, a club's sacking beside its new coach, share a vocabulary too.

    Only open stories, that each lasted past the batch that made them (first seen on a
    day before the batch's, :func:`_made_before`; not a story an earlier run of the same
    day stored): two pieces of one batch are the story join's to decide, and two events
    of one topic reported the same day (ECB+'s) read alike in vocabulary as much as a big
    story's pieces do.
    """
    n = len(is_new)
    sizes = np.asarray([len(p) for p in pieces], dtype=np.intp)
    members = np.fromiter(chain.from_iterable(pieces), dtype=np.intp, count=int(sizes.sum()))
    owner = np.repeat(np.arange(len(pieces)), sizes)
    evidence = np.bincount(owner, weights=rep.evidence[members], minlength=len(pieces)) / (
        np.maximum(sizes, 1)
    )
    fresh = np.bincount(owner, weights=is_new[members], minlength=len(pieces)) > 0
    eligible = (sizes >= JOIN_LEAST_REPORTS) & (evidence <= JOIN_EVIDENCE) & (evidence > 0)
    eligible &= _made_before(rep.days, is_new, owner, members, len(pieces))
    if eligible.sum() < 2 or not (eligible & fresh).any():
        return []
    chosen = np.flatnonzero(eligible)
    member = sparse.csr_matrix((np.ones(len(members)), (owner, members)), shape=(len(pieces), n))[
        chosen
    ]
    terms = sparse.hstack([rep.words, rep.names], format="csr")
    terms.data[:] = 1.0  # which reports use each word or name, not how much
    rarity = np.log((n + 1) / (np.bincount(terms.indices, minlength=terms.shape[1]) + 1.0))
    share = sparse.csr_matrix(
        sparse.diags(1.0 / sizes[chosen]) @ (member @ terms) @ sparse.diags(rarity)
    )
    norms = np.sqrt(np.asarray(share.multiply(share).sum(axis=1)).ravel())
    share = sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ share)
    # each story of the batch's closest, then the closest of those it found
    a = np.flatnonzero(fresh[chosen])
    b, closeness = _closest(share, a)
    partners = np.unique(b)
    back, _ = _closest(share, partners)
    mutual = (back[np.searchsorted(partners, b)] == a) & (closeness >= SAME_VOCABULARY)
    pairs = np.unique(np.minimum(a, b)[mutual] * len(chosen) + np.maximum(a, b)[mutual])
    a, b = pairs // len(chosen), pairs % len(chosen)
    centre = np.asarray(member @ rep.vectors)
    centre /= np.maximum(np.linalg.norm(centre, axis=1, keepdims=True), 1e-12)
    keep = np.einsum("ij,ij->i", centre[a], centre[b]) >= SAME_VOCABULARY_VECTORS
    a, b = chosen[a[keep]], chosen[b[keep]]
    keep = ~(protected[a] & protected[b])
    a, b = a[keep], b[keep]
    refused = refused_pairs(rep, mentions, entities, pieces, a, b, actors)
    return [(int(i), int(j)) for i, j in zip(a[~refused], b[~refused], strict=True)]


def _made_before(
    days: npt.NDArray[np.float64],
    is_new: npt.NDArray[np.bool_],
    owner: npt.NDArray[np.intp],
    members: npt.NDArray[np.intp],
    count: int,
) -> npt.NDArray[np.bool_]:
    """Which of ``count`` stories (``members[k]`` is in story ``owner[k]``) were first
    seen on a day before the batch's (the UTC day of its earliest dated new report).

    A story stored by an earlier run of the batch's own day is open too, but lasted past
    no batch: its neighbour of that day is the story join's to decide, so a day grouped
    in two runs ends as a day grouped in one.  Undated stories, or an undated batch, never
    tell that, so none is."""
    dated = days[is_new & ~np.isnan(days)]
    if not len(dated):
        return np.zeros(count, dtype=np.bool_)
    first = np.full(count, np.inf)
    np.fmin.at(first, owner, days[members])
    made: npt.NDArray[np.bool_] = np.floor(first) < np.floor(dated.min())
    return made


#: Stories whose closeness to every other is read at once by :func:`_closest`.
_CLOSEST_CHUNK = 512


def _closest(
    share: sparse.csr_matrix, rows: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """For each of ``rows`` (unit rows of ``share``), the other row closest to it by
    cosine and that cosine, a chunk of rows at a time (the full square of a large
    batch's stories would not fit)."""
    best = np.zeros(len(rows), dtype=np.intp)
    top = np.full(len(rows), -1.0)
    for begin in range(0, len(rows), _CLOSEST_CHUNK):
        part = rows[begin : begin + _CLOSEST_CHUNK]
        block = np.asarray((share[part] @ share.T).todense())
        block[np.arange(len(part)), part] = -1.0
        best[begin : begin + len(part)] = block.argmax(axis=1)
        top[begin : begin + len(part)] = block[
            np.arange(len(part)), best[begin : begin + len(part)]
        ]
    return best, top


def _bridges(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    once: npt.NDArray[np.float64],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    pieces: list[list[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    edges: npt.NDArray[np.float32],
    params: ClusterParams,
    actors: Actors,
) -> list[tuple[int, int]]:
    """The pairs of ``pieces`` (a[k], b[k], one per candidate pair of their reports with
    its score in ``edges``) that the story-pair model joins and their reports do not
    refuse, best first, each piece in one pair at most (see :func:`bridge_open_stories`)."""
    count = len(pieces)
    pairs, inverse = np.unique(a.astype(np.int64) * count + b, return_inverse=True)
    if not len(pairs):
        return []
    best_pair = np.full(len(pairs), -np.inf, dtype=np.float32)
    np.maximum.at(best_pair, inverse, edges)
    a, b = (pairs // count).astype(np.intp), (pairs % count).astype(np.intp)
    involved = np.unique(np.concatenate([a, b]))
    read_as = [pieces[i] for i in involved]
    read = story_representation(rep, read_as)
    at_a, at_b = np.searchsorted(involved, a), np.searchsorted(involved, b)
    short = (read.evidence[at_a] <= JOIN_EVIDENCE) & (read.evidence[at_b] <= JOIN_EVIDENCE)
    short &= (read.evidence[at_a] > 0) & (read.evidence[at_b] > 0)
    a, b, at_a, at_b = a[short], b[short], at_a[short], at_b[short]
    pooled = direct_scores(params.weights.model, pair_signals(read, at_a, at_b)).logit
    features = story_pair_features(
        rep, outlets, once, read_as, at_a, at_b, pooled, best_pair[short]
    )
    scores = params.story_model.scores(features)
    above = np.flatnonzero(scores >= params.threshold)
    refused = refused_pairs(rep, mentions, entities, pieces, a[above], b[above], actors)
    busy: set[int] = set()
    out: list[tuple[int, int]] = []
    order = np.argsort(-scores[above], kind="stable")
    for k in above[order][~refused[order]]:
        i, j = int(a[k]), int(b[k])
        if i not in busy and j not in busy:
            busy.update((i, j))
            out.append((i, j))
    return out


def seniority_key(
    items: Sequence[DeskItem], story_of: Sequence[str | None]
) -> Callable[[str], tuple[float, ...]]:
    """Which of two open stories keeps its id when they merge: the one first seen
    earlier (its id has been shown longest), then the one with more reports."""
    first: dict[str, float] = {}
    size: Counter[str] = Counter()
    for item, story in zip(items, story_of, strict=True):
        if story is not None:
            when = math.inf if item.time is None else item.time.timestamp()
            first[story] = min(first.get(story, math.inf), when)
            size[story] += 1

    def key(story: str) -> tuple[float, ...]:
        return (-first.get(story, math.inf), size[story])

    return key
