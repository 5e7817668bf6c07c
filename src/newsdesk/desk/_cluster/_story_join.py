"""Step 4 of clustering: stories of short reports joined as wholes by the story-pair model,
unless their reports refuse the join.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.desk._actors import Actors, actors_differ
from newsdesk.desk._cluster._two_events import one_place_shared, places_of
from newsdesk.desk._cluster._types import StoryPairObserver
from newsdesk.desk._similarity import (
    PairModel,
    Representation,
    direct_scores,
    figures_differ,
    pair_signals,
    story_representation,
)
from newsdesk.desk._sparse import paired_dots, row_dots
from newsdesk.desk._story_pairs import StoryPairModel, once_a_day, story_pair_features

#: Stories join as wholes (:func:`join_stories`) only when their reports have at most
#: this much evidence on average (:func:`~newsdesk.desk._similarity.evidence_of`):
#: about 40 distinct words, a headline and a sentence.  Articles' pair scores carry
#: their own evidence (ECB+ with text gains nothing from joining, and two events of one
#: kind join); from 0.7 to 0.9 every development set scores the same.
JOIN_EVIDENCE = 0.8
#: ... and the larger of the two has at least this many reports (see :func:`join_stories`).
JOIN_LEAST_REPORTS = 3
#: Reports of a story that carry a name for it to be the story's own (a fact two
#: outlets repeat is part of the event, not one outlet's detail; see
#: :func:`_counterparts_differ`).
COUNTERPART_REPORTS = 2
#: Two reports are phrased alike when the TF-IDF cosine of their content words reaches
#: this: about half of their weighted words in common (see :func:`refused_by_reports`).
ALIKE_WORDS = 0.5


def join_stories(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    solved: list[list[int]],
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    edge_scores: npt.NDArray[np.float32],
    model: PairModel,
    story_model: StoryPairModel,
    threshold: float,
    actors: Actors | None = None,
    observe: StoryPairObserver | None = None,
) -> list[list[int]]:
    """Join whole stories of short reports when the story-pair model
    (:mod:`~newsdesk.desk._story_pairs`) scores them the threshold: their score read as
    two items (:func:`~newsdesk.desk._similarity.story_representation`) with how close
    their reports are across and within, the best item pair between them (``left``,
    ``right``: the candidate pairs; ``edge_scores``: their final scores), their sizes,
    their outlets (``outlets``: :func:`~newsdesk.desk._story_pairs.outlet_days`) and
    the smaller story's other partners.

    Average-link asks whether the mean pair is more likely one event than not; for
    headlines each pair says little, so a big story's headlines reach that only in
    pieces (on ECB+ titles, 55% of events have a mean pair score of 0.5).  Read as
    items, the pieces' mean vectors and pooled words carry the evidence all their
    headlines hold together.  Two stories are compared when an item of one was a
    candidate of an item of the other; in each round every story joins at most its best
    partner, then stories are read again, until no pair reaches the threshold.

    Only where it is needed and meaningful: both stories' reports must be short on
    average (:data:`JOIN_EVIDENCE`), as articles' pair scores already carry their
    evidence and their stories' mean vectors lean to the topic, so that two events of one
    kind would join; both must have some words (a dateline or a timestamp alone says
    nothing of its event, and its vector is close to every other dateline's); and the
    larger must have :data:`JOIN_LEAST_REPORTS` reports, as the mean of one or two
    vectors is hardly less noisy than one and two such stories on one subject (two
    "Claude Code" posts) would join on it.  Two open stories never join.
    A pair whose reports refuse it does not join (:func:`refused_by_reports`), and the
    stories then stay free for their next best partner.  ``observe`` hears each round's
    scored pairs (the fit script learns from them).
    Returns the stories that hold a new item.
    """
    placed = {i for story in solved for i in story}
    untouched: dict[str, list[int]] = {}
    for index, story in enumerate(story_of):
        if story is not None and index not in placed:
            untouched.setdefault(story, []).append(index)
    stories = [list(s) for s in solved] + list(untouched.values())
    # a story's reports are its pieces' (the stories the join starts from), so each pair
    # of pieces has its reports read once, whatever rounds its stories take part in
    first = [np.asarray(s, dtype=np.intp) for s in stories]
    pieces = [[p] for p in range(len(stories))]
    tallies = _PieceTallies(len(first))
    changed = np.ones(len(stories), dtype=bool)
    once: npt.NDArray[np.float64] | None = None
    is_open = np.asarray([story is not None for story in story_of], dtype=np.bool_)
    while changed.any() and len(stories) > 1:
        sizes = np.asarray([len(s) for s in stories])
        label = np.full(len(story_of), -1, dtype=np.intp)
        label[np.fromiter(chain.from_iterable(stories), dtype=np.intp, count=int(sizes.sum()))] = (
            np.repeat(np.arange(len(stories)), sizes)
        )
        if once is None:  # read on the stories the join starts from
            once = once_a_day(outlets, label)
        locked = np.bincount(label[(label >= 0) & is_open], minlength=len(stories)) > 0
        a, b = label[left], label[right]
        a, b = np.minimum(a, b), np.maximum(a, b)
        keep = (a >= 0) & (a != b)
        a, b, edges = a[keep], b[keep], edge_scores[keep]
        keep = ~(locked[a] & locked[b]) & (np.maximum(sizes[a], sizes[b]) >= JOIN_LEAST_REPORTS)
        keep &= changed[a] | changed[b]  # the others scored below the threshold last round
        pairs, inverse = np.unique(
            a[keep].astype(np.int64) * len(stories) + b[keep], return_inverse=True
        )
        if not len(pairs):
            break
        best_pair = np.full(len(pairs), -np.inf, dtype=np.float32)
        np.maximum.at(best_pair, inverse, edges[keep])
        a, b = (pairs // len(stories)).astype(np.intp), (pairs % len(stories)).astype(np.intp)
        involved = np.unique(np.concatenate([a, b]))
        read_as = [stories[i] for i in involved]
        read = story_representation(rep, read_as)
        at_a, at_b = np.searchsorted(involved, a), np.searchsorted(involved, b)
        short = (read.evidence[at_a] <= JOIN_EVIDENCE) & (read.evidence[at_b] <= JOIN_EVIDENCE)
        short &= (read.evidence[at_a] > 0) & (read.evidence[at_b] > 0)  # words to go on
        a, b, at_a, at_b = a[short], b[short], at_a[short], at_b[short]
        pooled = direct_scores(model, pair_signals(read, at_a, at_b)).logit
        features = story_pair_features(
            rep, outlets, once, read_as, at_a, at_b, pooled, best_pair[short]
        )
        scores = story_model.scores(features)
        if observe is not None:
            observe([read_as[i] for i in at_a], [read_as[i] for i in at_b], features)
        busy = np.zeros(len(stories), dtype=bool)
        refused = np.zeros(len(scores), dtype=bool)
        above = scores >= threshold
        tally = _tally(rep, mentions, actors, first, pieces, a[above], b[above], tallies)
        refused[above] = refused_pairs(
            rep, mentions, entities, stories, a[above], b[above], actors, tally
        )
        for k in np.argsort(-scores, kind="stable"):
            if scores[k] < threshold:
                break
            i, j = int(a[k]), int(b[k])
            if not busy[i] and not busy[j] and not refused[k]:
                busy[i] = busy[j] = True
                stories[i], stories[j] = stories[i] + stories[j], []
                pieces[i], pieces[j] = pieces[i] + pieces[j], []
        alive = np.asarray([bool(s) for s in stories])
        changed = busy[alive]
        stories = [s for s in stories if s]
        pieces = [p for p in pieces if p]
    return [s for s in stories if any(story_of[i] is None for i in s)]


def _cross(
    x: npt.NDArray[np.intp],
    x_sizes: npt.NDArray[np.intp],
    y: npt.NDArray[np.intp],
    y_sizes: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Every pair of the lists X_k × Y_k, k by k, as (left, right, k) arrays: the lists
    given flat (``x``, ``y``) with their sizes; each X_k's first element is paired with
    all of Y_k, then its second...  One numpy pass, not a repeat and a tile per list."""
    counts = x_sizes * y_sizes
    k = np.repeat(np.arange(len(counts)), counts)
    at = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    left = x[(np.cumsum(x_sizes) - x_sizes)[k] + at // y_sizes[k]]
    right = y[(np.cumsum(y_sizes) - y_sizes)[k] + at % y_sizes[k]]
    return left, right, k


@dataclass
class _PieceTallies:
    """The :func:`_report_pair_tally` of each pair of pieces read so far, by key
    ``p * pieces + q`` (sorted), so that a later round looks them up, not reads them."""

    pieces: int
    keys: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    counts: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 3)))


def _tally(
    rep: Representation,
    mentions: sparse.csr_matrix,
    actors: Actors | None,
    first: Sequence[npt.NDArray[np.intp]],
    pieces: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    kept: _PieceTallies,
) -> npt.NDArray[np.float64]:
    """:func:`_report_pair_tally` of the story pairs (a[k], b[k]), each story made of
    ``pieces`` (indices into ``first``, the reports of each piece), summed over their
    pieces' pairs; ``kept`` holds each pair of pieces' counts for later rounds.

    The pairs of pieces are spelt, looked up and summed in numpy: big stories of
    hundreds of pieces made this a Python loop over tens of thousands of pairs a round.
    The counts are whole numbers, so their sum is the same in any order."""
    out = np.zeros((len(a), 3))
    if not len(a):
        return out
    a_list, b_list = a.tolist(), b.tolist()
    p, q, pair = _cross(
        np.fromiter(chain.from_iterable(pieces[i] for i in a_list), dtype=np.intp),
        np.asarray([len(pieces[i]) for i in a_list], dtype=np.intp),
        np.fromiter(chain.from_iterable(pieces[j] for j in b_list), dtype=np.intp),
        np.asarray([len(pieces[j]) for j in b_list], dtype=np.intp),
    )
    keys = p.astype(np.int64) * kept.pieces + q
    found = np.searchsorted(kept.keys, keys)
    known = found < len(kept.keys)
    known[known] = kept.keys[found[known]] == keys[known]
    missing = np.unique(keys[~known])
    if len(missing):
        read = _report_pair_tally(
            rep,
            mentions,
            [first[k] for k in (missing // kept.pieces).tolist()],
            [first[k] for k in (missing % kept.pieces).tolist()],
            actors,
        )
        merged = np.concatenate([kept.keys, missing])
        order = np.argsort(merged, kind="stable")
        kept.keys, kept.counts = merged[order], np.concatenate([kept.counts, read])[order]
        found = np.searchsorted(kept.keys, keys)
    values = kept.counts[found]
    for column in range(3):
        out[:, column] = np.bincount(pair, weights=values[:, column], minlength=len(a))
    return out


def refused_by_reports(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    one: Sequence[int],
    other: Sequence[int],
    actors: Actors | None = None,
) -> bool:
    """Whether the reports of two stories (item indices) refuse their join as wholes
    (``mentions``: :func:`mentioned_names` of the batch).

    Pooled, two stories of one kind of news read alike: their mean vectors and pooled
    words are the kind's ("因数据问题，X被罚…", "quake strikes …"), and the names that
    tell the events apart are a small part of what they pool.  Pairs of reports, one of
    each story, say it plainly:

    - phrased alike (content words at :data:`ALIKE_WORDS` or more) while each names
      something the other does not mention, a pair is one frame filled with two sets
      of facts (another company, place or product; a shared "Labs" or regulator does
      not make them one): it contradicts the join;
    - mentioning a name of the other, with all the names of one of them mentioned by
      the other, a pair confirms it.

    The join is refused when the contradicting pairs outnumber the confirming ones: one
    event's reports vary (one headline names the town, another the shop), so one such
    pair is not enough, but a join most of whose named evidence disagrees is two events.
    Reports that name nothing take no part.  A Chinese story and an English one (by the
    script of most of their reports) have no words in common to be alike or not, and
    their mean vectors agree across languages on the topic as much as on the event, so
    they join only when a pair confirms it: a shared company, model or amount.

    A place is no confirmation: one city's first snow and its team's win, a country's
    visa rule and a match against its team, share the place and nothing else
    (:attr:`~newsdesk.desk._similarity.Representation.place_names`).  A pair of reports
    whose one shared name is a place confirms nothing, and two stories with a pair that
    shares nothing else, not even a word of what happened (the quake of "X地震瞬间" and
    "X发生5.3级地震"; :attr:`~newsdesk.desk._similarity.Representation.event_words`),
    join only when another pair confirms it.  Two places are more than a where
    ("广东男篮战胜辽宁男篮" and "CBA：广东102比95辽宁": the two teams of one match).

    And whatever the pairs say, two stories with one protagonist and each a counterpart
    of its own that most of its reports name are two events (:func:`_counterparts_differ`;
    ``entities``: :func:`entity_names` of the batch).

    A pair of reports whose actors tell two events apart (``actors``:
    :func:`~newsdesk.desk._actors.actors_differ`), or that states two final scores or
    two magnitudes (:func:`~newsdesk.desk._similarity.figures_differ`), contradicts the
    join, whatever it shares.
    """
    stories = [list(one), list(other)]
    return bool(refused_pairs(rep, mentions, entities, stories, [0], [1], actors)[0])


#: Pairs of reports read at once by :func:`refused_pairs` (the gathered rows stay small).
_REPORT_PAIRS_CHUNK = 16_384


def refused_pairs(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    stories: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp] | Sequence[int],
    b: npt.NDArray[np.intp] | Sequence[int],
    actors: Actors | None = None,
    tally: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.bool_]:
    """:func:`refused_by_reports` for the story pairs (stories[a[k]], stories[b[k]]) at
    once: every pair of their reports read in a few vectorised passes (``tally``: their
    :func:`_report_pair_tally`, when the caller has it already)."""
    firsts = [np.asarray(stories[i], dtype=np.intp) for i in a]
    seconds = [np.asarray(stories[j], dtype=np.intp) for j in b]
    if not firsts:
        return np.zeros(0, dtype=np.bool_)
    if tally is None:
        tally = _report_pair_tally(rep, mentions, firsts, seconds, actors)
    against, for_it, only_where = tally.T
    across = _mostly_chinese(rep, firsts) != _mostly_chinese(rep, seconds)
    refused: npt.NDArray[np.bool_] = (against > for_it) | (
        (across | (only_where > 0)) & (for_it == 0)
    )
    return refused | _counterparts_differ(rep.names.sign(), mentions, entities, firsts, seconds)


def _mostly_chinese(
    rep: Representation, stories: Sequence[npt.NDArray[np.intp]]
) -> npt.NDArray[np.bool_]:
    """Whether most reports of each story (item indices) are Chinese, all stories in one
    pass (a mean per story took seconds over a large batch's join rounds)."""
    sizes = np.asarray([len(s) for s in stories], dtype=np.intp)
    owner = np.repeat(np.arange(len(stories)), sizes)
    chinese = np.bincount(owner, weights=rep.cjk[np.concatenate(stories)], minlength=len(sizes))
    out: npt.NDArray[np.bool_] = 2 * chinese > sizes
    return out


def _report_pair_tally(
    rep: Representation,
    mentions: sparse.csr_matrix,
    firsts: Sequence[npt.NDArray[np.intp]],
    seconds: Sequence[npt.NDArray[np.intp]],
    actors: Actors | None = None,
) -> npt.NDArray[np.float64]:
    """For each pair of report lists (firsts[k], seconds[k]), how many pairs of their
    reports contradict a join, confirm it, and share only a place (one row each, the
    columns in that order; see :func:`refused_by_reports`).  Counts, so a story's are
    the sums of its pieces'."""
    left, right, story_pair = _cross(
        np.concatenate(firsts),
        np.asarray([len(x) for x in firsts], dtype=np.intp),
        np.concatenate(seconds),
        np.asarray([len(y) for y in seconds], dtype=np.intp),
    )
    names = rep.names.sign()
    named = np.diff(names.indptr)
    places = places_of(rep)
    contradicting = np.zeros(len(left), dtype=np.bool_)
    confirming = np.zeros(len(left), dtype=np.bool_)
    placed = np.zeros(len(left), dtype=np.bool_)
    for begin in range(0, len(left), _REPORT_PAIRS_CHUNK):
        x = left[begin : begin + _REPORT_PAIRS_CHUNK]
        y = right[begin : begin + _REPORT_PAIRS_CHUNK]
        x_mentions, y_mentions = mentions[x], mentions[y]  # gathered once for four reads
        x_said = paired_dots(names[x], y_mentions)  # how many of x's names y says
        y_said = paired_dots(names[y], x_mentions)
        apart = (named[x] - x_said > 0) & (named[y] - y_said > 0)
        part = slice(begin, begin + len(x))
        differ = figures_differ(rep, x, y)
        if actors is not None:
            differ |= actors_differ(actors, x, y)
        # words, places and event words are read only for the pairs where they decide
        # (each pair's dot is the same float whichever others are read with it)
        alike = np.zeros(len(x), dtype=np.bool_)
        at = np.flatnonzero(apart & ~differ)
        alike[at] = row_dots(rep.words, rep.words, x[at], y[at]) >= ALIKE_WORDS
        contradicting[part] = (alike & apart) | differ
        shared = (x_said > 0) | (y_said > 0)
        one_place = np.zeros(len(x), dtype=np.bool_)
        at = np.flatnonzero(np.maximum(x_said, y_said) == 1)  # one name said, or none is
        one_place[at] = one_place_shared(places, mentions, x[at], y[at], x_said[at], y_said[at])
        confirming[part] = shared & ~apart & ~differ & ~one_place
        at = np.flatnonzero(one_place)
        placed[begin + at] = row_dots(rep.event_words, rep.event_words, x[at], y[at]) == 0
    return np.column_stack(
        [
            np.bincount(story_pair, weights=flags, minlength=len(firsts))
            for flags in (contradicting, confirming, placed)
        ]
    )


def _counterparts_differ(
    names: sparse.csr_matrix,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    firsts: Sequence[npt.NDArray[np.intp]],
    seconds: Sequence[npt.NDArray[np.intp]],
) -> npt.NDArray[np.bool_]:
    """For each pair of stories, whether they share their protagonist while each has a
    counterpart of its own: one protagonist, two events ("Klitschko stops Rahman" and
    "Klitschko stops Thompson", "AMD buys ATI" and "AMD buys SeaMicro").

    A story's own names are the entity names (``entities``: :func:`entity_names`) that
    most of its reports carry, and at least :data:`COUNTERPART_REPORTS`: what the
    outlets agree the event is about.  The protagonist is an own name of both; a
    counterpart is an own name of one that no report of the other mentions.  Pooled,
    two such stories read alike, and most of their report pairs confirm the join (a
    headline that names only Klitschko agrees with both); but a counterpart that most
    outlets name is part of its event, and the other event's reports would mention it.
    Figures (counts, amounts, dates) are no counterparts: a toll grows as a story
    develops, and amounts have their own clash.
    """
    members = [*firsts, *seconds]
    n = len(firsts)
    story_of_row = np.repeat(np.arange(len(members)), [len(m) for m in members])
    in_story = sparse.csr_matrix(
        (np.ones(len(story_of_row)), (story_of_row, np.concatenate(members))),
        shape=(len(members), names.shape[0]),
    )
    carried = (in_story @ names).tocsr()  # reports of each story carrying each name
    sizes = np.asarray([len(m) for m in members], dtype=np.float64)
    carried.data[carried.data < COUNTERPART_REPORTS] = 0
    carried.data[
        2 * carried.data <= sizes[np.repeat(np.arange(len(members)), np.diff(carried.indptr))]
    ] = 0
    own = (carried.multiply(entities[None, :].astype(np.float64)) > 0).astype(np.float64).tocsr()
    said = ((in_story @ mentions) > 0).astype(np.float64).tocsr()
    one, other = np.arange(n), np.arange(n, 2 * n)
    owned = np.diff(own.indptr)
    shared = row_dots(own, own, one, other) > 0
    one_has_its_own = owned[one] - row_dots(own, said, one, other) > 0
    other_has_its_own = owned[other] - row_dots(own, said, other, one) > 0
    out: npt.NDArray[np.bool_] = shared & one_has_its_own & other_has_its_own
    return out
