"""``bench/baseline_link.py``: the plain baseline the outside measure compares with.

Its rows are only worth reading beside the pipeline's if the baseline is what the
outside measure calls one (average-link over sentence vectors, cut at one cosine
distance) and if the days are scored as ``bench/cluster.py`` scores their written part
(our headlines alone, a background title in their story counting against precision).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from baseline_link import DISTANCES, baseline
from devsets import written


def _unit(*rows: tuple[float, ...]) -> np.ndarray:
    vectors = np.asarray(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_average_link_joins_clusters_whose_mean_cosine_is_within_the_distance() -> None:
    # two reports of one event at cosine 0.8 (distance 0.2), a follow-up at cosine 0.6
    # and 0.48 with them (mean distance 0.46), and an unrelated report at cosine 0
    vectors = _unit((1, 0, 0, 0), (0.8, 0.6, 0, 0), (0.6, 0, 0.8, 0), (0, 0, 0, 1))
    gold = ["quake", "quake", "quake", "other"]
    scores = dict(zip(DISTANCES, baseline(vectors, gold, [True] * 4), strict=True))
    assert scores[0.3].precision == 1.0
    assert scores[0.3].recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert scores[0.45] == scores[0.3]
    assert scores[0.475].f1 == 1.0
    assert scores[0.9].f1 == 1.0  # the unrelated report stays at distance 1


def test_a_background_title_in_our_story_counts_against_its_precision_only() -> None:
    # our two strike headlines with a background title; two other background titles,
    # of two events, grouped together: that wrong merge is not ours to score
    gold = ["strike", "strike", "bg-1", "bg-2", "bg-3"]
    predicted = ["a", "a", "a", "b", "b"]
    score = written(gold, predicted, [True, True, False, False, False])
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == 1.0
    assert written(gold, predicted, [True] * 5).precision == pytest.approx(
        (2 / 3 + 2 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5
    )


def test_the_written_part_of_labels_that_do_not_line_up_or_of_no_own_item_is_an_error() -> None:
    """As the plain B-cubed: a figure over nothing, or over labels of two sets, is no
    figure (it divided by zero, or read past the shorter list)."""
    with pytest.raises(ValueError, match="equal length"):
        written(["bg-1", "bg-2"], ["a", "b"], [False, False])
    with pytest.raises(ValueError, match="equal length"):
        written(["strike", "strike", "bg-1"], ["a", "a"], [True, True, False])
