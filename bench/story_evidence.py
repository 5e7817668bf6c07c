"""Does evidence that grows with piece size tell two pieces of one story from two stories?

Usage: python bench/story_evidence.py

A diagnosis for issue #10 (no figure of ``make bench``).  Every development set
(``bench/devsets.py``; not the views of another set, nor any held part) is grouped as
``bench/cluster.py`` groups it, and every pair of pieces the story-pair model scores (the
join's rounds and the open stories' merge) is recorded with the shipped model's
features, its score and a label: the share of its item pairs that report one event.
Three statistics read over the pieces' members are added, each one that a single
headline pair cannot give and that grows more reliable with the pieces' sizes:

- ``t``: the mean cross cosine above the pair's background (the members' typical
  cosines) over its standard error, from the spread of each member's mean cosine to the
  other piece (a piece of one report takes the batch's spread): a significance test;
- ``cohesion``: how close the pieces are across against within, each above the
  background (the model's ``between`` over its ``within``, the latter at least one
  batch spread): one story split in two is about as close across as within;
- ``words``: for each content word, the share of each piece's reports using it,
  multiplied, weighed by its rarity in the batch, summed (log 1 + x): words many
  reports of both pieces use and few of the day.

It prints, per set, the pairs whose smaller piece has 5 reports or more (one story:
label above 0.5), the statistics' medians for one-story and other pairs, the same for
the pairs the shipped model scores 0.1–0.5 (below the cut, where a new signal would have
to act) with a smaller piece of 3 or more, and the weight each statistic gets, times the
log of the smaller piece's size (so that it counts for large pieces only), when it is
added to the shipped features and the model refitted on these pairs (one round, each set
weighing the same, as ``bench/fit_story_pairs.py`` does), on all sets and on the
big-story sets alone.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).parent))
import devsets
import fit_story_pairs
from newsdesk.config import Config
from newsdesk.desk import _group
from newsdesk.desk._cluster import _open_stories, _story_join
from newsdesk.desk._similarity import Representation
from newsdesk.desk._sparse import row_dots
from newsdesk.desk._story_pairs import FEATURES, STORY_MODEL
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params

Floats = npt.NDArray[np.float64]
#: Members gathered at once when each member's cosine to the other piece is read.
CHUNK = 20_000
BIG_STORY_SETS = ("headline stories", "big stories", "more stories", "third stories")


def _members(
    columns: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The items of the pieces (given by their starts in ``columns`` and sizes), flat,
    with the index of the piece each belongs to."""
    owner = np.repeat(np.arange(len(sizes)), sizes)
    offset = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return columns[starts[owner] + offset], owner


def _member_variance(
    rep: Representation,
    sums: Floats,
    columns: npt.NDArray[np.intp],
    starts: npt.NDArray[np.intp],
    lengths: npt.NDArray[np.intp],
    one: npt.NDArray[np.intp],
    other: npt.NDArray[np.intp],
) -> Floats:
    """For each pair, the variance over piece ``one``'s members of their mean cosine to
    piece ``other``, shrunk by one report's worth towards the batch's spread squared."""
    total, squares = np.zeros(len(one)), np.zeros(len(one))
    bounds = np.searchsorted(np.cumsum(lengths[one]), np.arange(0, lengths[one].sum(), CHUNK))
    for start, stop in zip(bounds, [*bounds[1:], len(one)], strict=True):
        items, owner = _members(columns, starts[one[start:stop]], lengths[one[start:stop]])
        partner = other[start:stop][owner]
        cosines = np.einsum("ij,ij->i", rep.vectors[items].astype(np.float64), sums[partner])
        cosines /= lengths[partner]
        total[start:stop] = np.bincount(owner, weights=cosines, minlength=stop - start)
        squares[start:stop] = np.bincount(owner, weights=cosines**2, minlength=stop - start)
    size = lengths[one].astype(np.float64)
    deviations = np.maximum(squares - total**2 / size, 0.0)
    out: Floats = (deviations + rep.spread**2) / size
    return out


def statistics(
    rep: Representation,
    stories: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    features: Floats,
) -> dict[str, Floats]:
    """The three statistics of the module's docstring, one value per pair (a[k], b[k])."""
    lengths = np.fromiter(map(len, stories), dtype=np.intp, count=len(stories))
    columns = np.fromiter((i for s in stories for i in s), dtype=np.intp, count=lengths.sum())
    starts = np.cumsum(lengths) - lengths
    member = sparse.csr_matrix(
        (np.ones(len(columns)), columns, np.concatenate([[0], np.cumsum(lengths)])),
        shape=(len(stories), rep.vectors.shape[0]),
    )
    sums = np.asarray(member @ rep.vectors.astype(np.float64))
    m, n = lengths[a].astype(np.float64), lengths[b].astype(np.float64)
    between = np.einsum("ij,ij->i", sums[a], sums[b]) / (m * n)
    typical = member @ rep.typical.astype(np.float64) / lengths
    background = (typical[a] * m + typical[b] * n) / (m + n)
    variance = _member_variance(rep, sums, columns, starts, lengths, a, b) / m
    variance += _member_variance(rep, sums, columns, starts, lengths, b, a) / n
    used = rep.words.copy()
    used.data = np.ones_like(used.data, dtype=np.float64)
    rarity = np.log((used.shape[0] + 1) / (np.bincount(used.indices, minlength=used.shape[1]) + 1))
    share = sparse.csr_matrix(sparse.diags(1 / lengths) @ (member @ used))
    weighed = sparse.csr_matrix(share @ sparse.diags(rarity))
    cohesion = features[:, FEATURES.index("between")] / np.maximum(
        features[:, FEATURES.index("within")], 0.1
    )
    return {
        "t": (between - background) / np.sqrt(variance),
        "cohesion": cohesion,
        "words": np.log1p(row_dots(weighed, share, a, b)),
        "smaller": np.minimum(m, n),
    }


class Pairs:
    """One set's recorded pairs: features, statistics, labels."""

    def __init__(self, name: str, story_set: fit_story_pairs.StorySet) -> None:
        self.name = name
        rows: list[Floats] = []
        found: list[dict[str, Floats]] = []
        labels: list[float] = []
        batch: list[DeskItem] = []
        real_cluster, real_features = _group.cluster_items, _story_join.story_pair_features

        def cluster_items(items: Sequence[DeskItem], *args: Any, **kwargs: Any) -> Any:
            batch[:] = [item for item in items if item.duplicate_of is None]
            return real_cluster(items, *args, **kwargs)

        def features(rep: Representation, *args: Any) -> Floats:
            stories, a, b = args[2], args[3], args[4]
            x: Floats = real_features(rep, *args)
            rows.append(x)
            found.append(statistics(rep, stories, a, b, x))
            for i, j in zip(a.tolist(), b.tolist(), strict=True):
                one = Counter(story_set.events[batch[k].id] for k in stories[i])
                two = Counter(story_set.events[batch[k].id] for k in stories[j])
                same = sum(count * two[event] for event, count in one.items())
                labels.append(same / (len(stories[i]) * len(stories[j])))
            return x

        _group.cluster_items = cluster_items  # type: ignore[assignment]
        _story_join.story_pair_features = features
        _open_stories.story_pair_features = features
        try:
            devsets.group_as_a_run(story_set.items, cluster_params(Config()))
        finally:
            _group.cluster_items = real_cluster  # type: ignore[assignment]
            _story_join.story_pair_features = real_features
            _open_stories.story_pair_features = real_features
        width = len(FEATURES)
        self.x = np.vstack(rows) if rows else np.zeros((0, width))
        self.stats = {k: np.concatenate([f[k] for f in found]) for k in found[0]} if found else {}
        self.y = np.asarray(labels)
        self.score = STORY_MODEL.scores(self.x).astype(np.float64)


def _fit(sets: Sequence[Pairs], extra: Callable[[Pairs], Floats]) -> float:
    """The weight of ``extra`` added to the shipped features, refitted on these pairs."""
    x = np.vstack([np.column_stack([s.x, extra(s)]) for s in sets])
    y = np.concatenate([s.y for s in sets])
    w = np.concatenate([np.full(len(s.y), 1 / len(s.y)) for s in sets]) / len(sets)

    def loss(beta: Floats) -> tuple[float, Floats]:
        z = x @ beta
        grad = x.T @ (w * (1 / (1 + np.exp(-z)) - y))
        grad[1:] += 2 * fit_story_pairs.L2 * beta[1:]
        value = float(np.sum(w * (np.logaddexp(0, z) - y * z)))
        return value + fit_story_pairs.L2 * float(beta[1:] @ beta[1:]), grad

    start = np.asarray([*STORY_MODEL.coefficients, 0.0])
    return float(minimize(loss, start, jac=True, method="L-BFGS-B").x[-1])


def _medians(values: Floats, one: npt.NDArray[np.bool_], other: npt.NDArray[np.bool_]) -> str:
    def median(mask: npt.NDArray[np.bool_]) -> str:
        return f"{np.median(values[mask]):6.2f}" if mask.any() else f"{'—':>6}"

    return f"{median(one)} {median(other)}"


def main() -> None:
    if absent := devsets.missing():
        sys.exit("needs " + ", ".join(str(p) for p in absent))
    with tempfile.TemporaryDirectory() as tmp:
        sets = [
            Pairs(name, fit_story_pairs.StorySet(name, records, Path(tmp)))
            for name, records in devsets.development_sets()
            if name not in devsets.VIEWS
        ]
    sets = [s for s in sets if len(s.y)]
    head = f"{'t':>13} {'cohesion':>13} {'words':>13}"
    for title, band in [
        ("smaller piece >= 5, all pairs", lambda s: s.stats["smaller"] >= 5),
        (
            "smaller piece >= 3, shipped score 0.1-0.5",
            lambda s: (s.stats["smaller"] >= 3) & (s.score >= 0.1) & (s.score < 0.5),
        ),
    ]:
        print(f"{title} (medians: one story | other)")
        print(f"{'set':<17} {'one':>5} {'other':>5} {head}")
        for s in sets:
            chosen = band(s)
            one, other = chosen & (s.y > 0.5), chosen & (s.y <= 0.5)
            if not chosen.any():
                continue
            cells = " ".join(_medians(s.stats[k], one, other) for k in ("t", "cohesion", "words"))
            print(f"{s.name:<17} {int(one.sum()):>5} {int(other.sum()):>5} {cells}")
    print("weight of each statistic x log(smaller piece), refitted with the shipped features:")
    big = [s for s in sets if s.name in BIG_STORY_SETS]
    for key in ("t", "cohesion", "words"):

        def extra(s: Pairs, key: str = key) -> Floats:
            return np.clip(s.stats[key], -10, 20) * np.log(s.stats["smaller"])

        print(
            f"  {key:<9} all sets {_fit(sets, extra):+.2f}, big-story sets {_fit(big, extra):+.2f}"
        )


if __name__ == "__main__":
    main()
