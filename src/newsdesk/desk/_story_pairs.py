"""Whether two stories of headlines are one story: a model of story pairs, not item pairs.

The story join (:func:`newsdesk.desk._cluster._story_join.join_stories`) compares the
pieces that average-link leaves.  Read as two items (:func:`~newsdesk.desk._similarity.
story_representation`) and scored by the item-pair model, two pieces of one big story
score well below even odds: that model was fitted on pairs of single reports, and a
mean vector of twelve headlines against one headline is neither.  On ECB+ titles and the
headline week, pieces of one event whose headlines are as close to each other as to their
own piece (mean cosine 0.5) scored 0.2–0.45 and stayed apart.

So story pairs get a model of their own, fitted on story pairs: the pairs of stories
that grouping of every development set hands to the join, each labelled by the share of
its item pairs that report one event.  It reads what the item model cannot
(:data:`FEATURES`): the pooled score itself; how close the two stories' reports are to
each other against how close each story's reports are among themselves (one story split
in two is as close across as within; two events of one kind are closer within), read
against the day as the standout is; the same for their words, and their shared names;
the best item pair between them; their sizes; how far apart in time they are; whether
both are Chinese or they cross languages; how far the pair stands above the smaller
story's next best partner; and how many of the smaller story's outlets already reported
in the other story that day, where the batch shows the outlet lists an event once a day
(a digest's or a hot list's two lines of one day are two events; a newsroom's or an
aggregator's feed's need not be).  A logistic regression, fitted by
``bench/fit_story_pairs.py`` on all development sets together (each set weighing the
same), shipped as ``story_pairs.json`` (the coefficients only); the script prints each
set's figures when it is left out of the fit, and ``--check`` says whether the shipped
file is what the fit gives.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.desk._similarity import Representation, sigmoid
from newsdesk.desk._sparse import row_dots

FloatArray = npt.NDArray[np.float32]

#: The model's inputs, in the order of its coefficients (see :func:`story_pair_features`).
FEATURES = (
    "intercept",
    "pooled",
    "between",
    "within",
    "words_between",
    "words_within",
    "names_between",
    "best_pair",
    "smaller",
    "larger",
    "days_apart",
    "chinese",
    "cross_language",
    "margin",
    "same_outlet",
)
#: How far (in log-odds) the pooled score of a pair may stand above the smaller story's
#: next best partner, as :func:`story_pair_features` counts it: a story with no other
#: partner counts this much.
MARGIN_CAP = 4.0
#: The file ``bench/fit_story_pairs.py`` writes, beside this module.
MODEL_FILE = "story_pairs.json"


@dataclass(frozen=True, slots=True)
class StoryPairModel:
    """Coefficients of the story-pair score, one per name of :data:`FEATURES`."""

    coefficients: tuple[float, ...]

    def scores(self, features: npt.NDArray[np.float64]) -> FloatArray:
        """The probability that each pair (a row of features) is one story."""
        logit = features @ np.asarray(self.coefficients, dtype=np.float64)
        return sigmoid(logit.astype(np.float32))


#: The item-pair model's pooled score alone: the join as it was before this model.
POOLED_ONLY = StoryPairModel(tuple(float(name == "pooled") for name in FEATURES))


def load_story_model() -> StoryPairModel:
    """The shipped model (the pooled score alone when the package has none)."""
    source = resources.files("newsdesk").joinpath(f"desk/{MODEL_FILE}")
    if not source.is_file():
        return POOLED_ONLY
    data = json.loads(source.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} reads {data['features']}, not {list(FEATURES)}")
    return StoryPairModel(tuple(float(c) for c in data["coefficients"]))


#: The model grouping uses.
STORY_MODEL = load_story_model()


def save_story_model(model: StoryPairModel, path: str) -> None:
    """Write the coefficients as the fit script does (rounded: the file stays legible)."""
    data = {"features": list(FEATURES), "coefficients": [round(c, 4) for c in model.coefficients]}
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(data, indent=1) + "\n")


def outlet_days(outlets: Sequence[str], days: npt.NDArray[np.float64]) -> npt.NDArray[np.intp]:
    """A code for each item's outlet and UTC day (-1 where the outlet is unknown)."""
    codes: dict[tuple[str, float], int] = {}
    day = np.floor(np.nan_to_num(days, nan=-1.0))
    return np.asarray(
        [
            -1 if not outlet else codes.setdefault((outlet, d), len(codes))
            for outlet, d in zip(outlets, day.tolist(), strict=True)
        ],
        dtype=np.intp,
    )


def once_a_day(
    outlets: npt.NDArray[np.intp], piece_of: npt.NDArray[np.intp]
) -> npt.NDArray[np.float64]:
    """For each item, how far its outlet reports an event once a day, as the batch shows
    it: the share of the outlet's reports of that day (:func:`outlet_days`) that share
    no piece with another of them (``piece_of``: each item's piece among the stories the
    join starts from, -1 for none).

    A digest or a hot list lists each event once, so two of its lines of one day in two
    stories are evidence of two events; a newsroom covering a big story, or an
    aggregator's feed carrying many outlets' headlines under one name, puts several
    reports of one day in one story, and average-link already put some of them
    together: its reports are no such evidence.  Unknown outlets count 0."""
    count = int(outlets.max(initial=-1)) + 1
    out = np.zeros(len(outlets))
    if not count:
        return out
    known = (outlets >= 0) & (piece_of >= 0)
    keys, times = np.unique(
        piece_of[known].astype(np.int64) * count + outlets[known], return_counts=True
    )
    repeated = np.bincount(keys[times > 1] % count, weights=times[times > 1], minlength=count)
    total = np.bincount(outlets[outlets >= 0], minlength=count)
    share = 1 - repeated / np.maximum(total, 1)
    known = outlets >= 0
    out[known] = share[outlets[known]]
    return out


def story_pair_features(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    once: npt.NDArray[np.float64],
    stories: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    pooled: FloatArray,
    best_pair: FloatArray,
) -> npt.NDArray[np.float64]:
    """One row of :data:`FEATURES` per pair of stories (stories[a[k]], stories[b[k]]).

    ``pooled`` is the item-pair model's log-odds of the two stories read as items,
    ``best_pair`` the best final score of a candidate item pair between them,
    ``outlets`` each item's :func:`outlet_days` code and ``once`` its :func:`once_a_day`.
    The mean cosine between two stories' reports and within each is read from the sums of their
    vectors (the mean over the a·b cross pairs is the dot product of the sums over a·b),
    so no item pair is scored again; a story of one report has no pair within, and
    takes the other story's.
    """
    lengths = np.fromiter(map(len, stories), dtype=np.intp, count=len(stories))
    sizes = lengths.astype(np.float64)
    rows = np.repeat(np.arange(len(stories)), lengths)
    columns = np.fromiter(chain.from_iterable(stories), dtype=np.intp, count=int(lengths.sum()))
    member = sparse.csr_matrix(
        (
            np.ones(len(columns), dtype=np.float32),
            columns,
            np.concatenate([[0], np.cumsum(lengths)]),
        ),
        shape=(len(stories), rep.vectors.shape[0]),
    )
    vectors = np.asarray(member @ rep.vectors, dtype=np.float64)
    words = sparse.csr_matrix(member @ rep.words)
    names = sparse.csr_matrix(member @ rep.names)
    n_a, n_b = sizes[a], sizes[b]
    typical = (member @ rep.typical.astype(np.float64)) / sizes
    background = (typical[a] * n_a + typical[b] * n_b) / (n_a + n_b)
    scale = 1 / (10 * rep.spread)
    between = _pair_dots(vectors, a, b) / (n_a * n_b)
    between = (between - background) * scale
    own = member @ np.einsum("ij,ij->i", rep.vectors, rep.vectors).astype(np.float64)
    squares = np.einsum("ij,ij->i", vectors, vectors)
    within = (_within(squares, own, sizes) - typical) * scale
    words_between = row_dots(words, words, a, b) / (n_a * n_b)
    worded = member @ (np.diff(rep.words.indptr) > 0).astype(np.float64)  # unit rows or none
    words_squares = np.asarray(words.multiply(words).sum(axis=1), dtype=np.float64).ravel()
    words_within = _within(words_squares, worded, sizes)
    names_between = row_dots(names, names, a, b) / (n_a * n_b)
    known = ~np.isnan(rep.days)
    dated = member @ known.astype(np.float64)
    days = np.full(len(stories), np.nan)
    np.divide(member @ np.where(known, rep.days, 0.0), dated, out=days, where=dated > 0)
    apart = np.nan_to_num(np.abs(days[a] - days[b]), nan=0.0)
    chinese = (member @ rep.cjk.astype(np.float64)) * 2 > sizes
    return np.column_stack(
        [
            np.ones(len(a)),
            pooled.astype(np.float64),
            between,
            _pair_within(within, sizes, a, b),
            words_between,
            _pair_within(words_within, sizes, a, b),
            names_between,
            best_pair.astype(np.float64),
            np.log(np.minimum(n_a, n_b)),
            np.log(np.maximum(n_a, n_b)),
            np.maximum(0.0, apart - 1.0),
            (chinese[a] & chinese[b]).astype(np.float64),
            (chinese[a] != chinese[b]).astype(np.float64),
            _margin(pooled.astype(np.float64), sizes, a, b),
            _same_outlet(outlets, once, rows, columns, sizes, a, b),
        ]
    )


#: Story pairs whose summed vectors are gathered at once: all of a join round's pairs
#: gathered together took 2 GB on 100,000 synthetic items (``bench/group_scale.py``).
_PAIR_CHUNK = 4096


def _pair_dots(
    vectors: npt.NDArray[np.float64], a: npt.NDArray[np.intp], b: npt.NDArray[np.intp]
) -> npt.NDArray[np.float64]:
    """``vectors[a[k]] @ vectors[b[k]]`` for every k, a chunk of pairs at a time (each
    dot is the same float whatever the chunk)."""
    out = np.empty(len(a), dtype=np.float64)
    for start in range(0, len(a), _PAIR_CHUNK):
        x, y = a[start : start + _PAIR_CHUNK], b[start : start + _PAIR_CHUNK]
        out[start : start + len(x)] = np.einsum("ij,ij->i", vectors[x], vectors[y])
    return out


def _same_outlet(
    outlets: npt.NDArray[np.intp],
    once: npt.NDArray[np.float64],
    rows: npt.NDArray[np.intp],
    columns: npt.NDArray[np.intp],
    sizes: npt.NDArray[np.float64],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
) -> npt.NDArray[np.float64]:
    """The share of the smaller story's reports whose outlet has a report of the same
    day in the other story, each counted as far as its outlet reports an event once a
    day (:func:`once_a_day`)."""
    codes = outlets[columns]
    known = codes >= 0
    shape = (len(sizes), int(outlets.max(initial=-1)) + 1)
    held = sparse.csr_matrix((np.ones(int(known.sum())), (rows[known], codes[known])), shape)
    weighed = sparse.csr_matrix((once[columns][known], (rows[known], codes[known])), shape)
    smaller, larger = _smaller_first(sizes, a, b)
    shared = row_dots(weighed, held.sign(), smaller, larger)
    out: npt.NDArray[np.float64] = shared / sizes[smaller]
    return out


def _smaller_first(
    sizes: npt.NDArray[np.float64], a: npt.NDArray[np.intp], b: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Each pair's smaller story (the one being placed; the first on a tie), then the
    larger."""
    first = sizes[a] <= sizes[b]
    return np.where(first, a, b), np.where(first, b, a)


def _margin(
    pooled: npt.NDArray[np.float64],
    sizes: npt.NDArray[np.float64],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
) -> npt.NDArray[np.float64]:
    """How far each pair's pooled score stands above the best other pair of its smaller
    story (the one being placed), capped at :data:`MARGIN_CAP` either way.

    A headline of a big story has one story it fits; one of another game, another quake
    fits several stories of its kind about as well.  Read against its rivals, a pooled
    score says which."""
    smaller, _ = _smaller_first(sizes, a, b)
    count = len(sizes)
    first = np.full(count, -np.inf)
    np.maximum.at(first, smaller, pooled)
    top = pooled >= first[smaller]
    second = np.full(count, -np.inf)
    np.maximum.at(second, smaller[~top], pooled[~top])
    ties = np.bincount(smaller[top], minlength=count) > 1  # two best partners alike
    second[ties] = first[ties]
    rival = np.where(top, second[smaller], first[smaller])
    return np.clip(pooled - rival, -MARGIN_CAP, MARGIN_CAP)


def _within(
    squares: npt.NDArray[np.float64],
    own: npt.NDArray[np.float64],
    sizes: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Mean similarity of a story's distinct report pairs from the square of its sum,
    each report's similarity with itself (``own``, summed) taken out; NaN for a story of
    one report."""
    pairs = sizes * (sizes - 1)
    out = np.full(len(sizes), np.nan)
    np.divide(squares - own, pairs, out=out, where=pairs > 0)
    return out


def _pair_within(
    within: npt.NDArray[np.float64],
    sizes: npt.NDArray[np.float64],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
) -> npt.NDArray[np.float64]:
    """The two stories' within-similarity, weighted by their pairs; the one that has
    pairs when the other has none (0 when neither has)."""
    pairs_a, pairs_b = sizes[a] * (sizes[a] - 1), sizes[b] * (sizes[b] - 1)
    total = np.nan_to_num(within[a]) * pairs_a + np.nan_to_num(within[b]) * pairs_b
    count = pairs_a + pairs_b
    out = np.zeros(len(a))
    np.divide(total, count, out=out, where=count > 0)
    return out
