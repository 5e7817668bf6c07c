"""``bench/story_evidence.py``: statistics of two pieces of headlines read over their members.

Its figures say whether evidence that grows with the pieces' size tells one story from
two; they are only worth reading if each statistic is what its docstring says, whatever
the pieces' order, sizes and the chunks the members are read in.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import story_evidence
from newsdesk.desk._story_pairs import FEATURES


def _batch() -> SimpleNamespace:
    """Six reports: a piece of three on one subject, a piece of two close to it, one
    unrelated report; words: 'quake' in the first five, 'rescue' in the first two and
    the fifth, 'vote' in the last."""
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(6, 8))
    vectors[:5] += 3 * np.eye(8)[0]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    uses = [[0, 1], [0, 1], [0], [0], [0, 1], [2]]
    rows = [i for i, words in enumerate(uses) for _ in words]
    columns = [w for words in uses for w in words]
    words = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(6, 3))
    return SimpleNamespace(
        vectors=vectors.astype(np.float32),
        words=words,
        typical=np.full(6, 0.1, dtype=np.float32),
        spread=0.2,
    )


STORIES = [[0, 1, 2], [3, 4], [5]]


def _features(between: list[float], within: list[float]) -> np.ndarray:
    features = np.zeros((len(between), len(FEATURES)))
    features[:, FEATURES.index("between")] = between
    features[:, FEATURES.index("within")] = within
    return features


def test_t_is_the_cross_cosine_above_the_background_over_its_standard_error() -> None:
    rep = _batch()
    v = rep.vectors.astype(np.float64)
    one, two = v[[0, 1, 2]], v[[3, 4]]
    cross = one @ two.T  # 3 x 2 cosines
    to_two, to_one = cross.mean(axis=1), cross.mean(axis=0)
    # each member's mean cosine to the other piece varies; the batch's spread counts
    # as one more report's deviation
    var_one = (((to_two - to_two.mean()) ** 2).sum() + 0.2**2) / 3
    var_two = (((to_one - to_one.mean()) ** 2).sum() + 0.2**2) / 2
    expected = (cross.mean() - 0.1) / math.sqrt(var_one / 3 + var_two / 2)
    a, b = np.asarray([0, 1]), np.asarray([1, 0])
    found = story_evidence.statistics(rep, STORIES, a, b, _features([0.5, 0.5], [1.0, 1.0]))
    assert found["t"] == pytest.approx([expected, expected])
    assert list(found["smaller"]) == [2, 2]


def test_a_report_alone_takes_the_batch_spread_as_its_own() -> None:
    rep = _batch()
    v = rep.vectors.astype(np.float64)
    cross = v[[3, 4]] @ v[5]
    var_pair = (((cross - cross.mean()) ** 2).sum() + 0.2**2) / 2
    expected = (cross.mean() - 0.1) / math.sqrt(var_pair / 2 + 0.2**2)
    found = story_evidence.statistics(
        rep, STORIES, np.asarray([1]), np.asarray([2]), _features([0.0], [0.0])
    )
    assert found["t"] == pytest.approx([expected])


def test_reading_the_members_in_small_chunks_gives_the_same_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rep = _batch()
    a, b = np.asarray([0, 0, 1, 2]), np.asarray([1, 2, 2, 0])
    features = _features([0.5, 0.1, 0.1, 0.1], [0.5, 0.5, 0.5, 0.0])
    whole = story_evidence.statistics(rep, STORIES, a, b, features)
    monkeypatch.setattr(story_evidence, "CHUNK", 2)
    chunked = story_evidence.statistics(rep, STORIES, a, b, features)
    for key, values in whole.items():
        assert chunked[key] == pytest.approx(values)


def test_words_count_those_many_members_of_both_use_and_the_day_does_not() -> None:
    rep = _batch()
    found = story_evidence.statistics(
        rep, STORIES, np.asarray([0, 0]), np.asarray([1, 2]), _features([0, 0], [0, 0])
    )
    quake = math.log(7 / 6)  # in 5 of the 6 reports: close to no weight
    rescue = math.log(7 / 4)  # in 3 of the 6
    # piece one uses quake 3/3 and rescue 2/3; piece two quake 2/2 and rescue 1/2
    assert found["words"][0] == pytest.approx(math.log1p(quake + rescue * (2 / 3) * (1 / 2)))
    assert found["words"][1] == 0.0  # the lone report shares no word


def test_cohesion_is_across_over_within_and_within_counts_at_least_one_spread() -> None:
    rep = _batch()
    features = _features([0.3, 0.3], [0.6, 0.02])
    found = story_evidence.statistics(
        rep, STORIES, np.asarray([0, 1]), np.asarray([1, 2]), features
    )
    assert found["cohesion"] == pytest.approx([0.5, 3.0])
