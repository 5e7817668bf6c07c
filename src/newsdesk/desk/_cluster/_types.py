"""What clustering takes and gives: its knobs, its decisions, and a hook on the story join."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from newsdesk.desk._similarity import Weights
from newsdesk.desk._story_pairs import STORY_MODEL, StoryPairModel

#: Hears each round of the story join: the two stories of each pair scored (item
#: indices of the batch) and their :func:`~newsdesk.desk._story_pairs.story_pair_features`
#: (``bench/fit_story_pairs.py`` learns from them).
StoryPairObserver = Callable[[list[list[int]], list[list[int]], npt.NDArray[np.float64]], None]


@dataclass(frozen=True, slots=True)
class ClusterParams:
    """The knobs of :func:`cluster_items` (from ``group`` in the config)."""

    weights: Weights
    #: Two clusters join when their mean pair score is at least this.
    threshold: float
    #: Nearest neighbours (by vector) proposed as candidates for each new item.
    neighbours: int
    #: Whether two stories of headlines are one (:func:`join_stories`).
    story_model: StoryPairModel = STORY_MODEL


@dataclass(frozen=True, slots=True)
class Grouping:
    """What clustering decided for the new items."""

    #: New item id -> story id (an open story's id, or a new one).
    assigned: dict[int, str]
    #: Ids of the stories this grouping created.
    created: frozenset[str]
    #: New item id -> its closest neighbours (item id, direct score), kept for next time.
    neighbours: dict[int, tuple[tuple[int, float], ...]]
    #: Open story id -> the open story it was merged into (:func:`bridge_open_stories`).
    merged: dict[str, str] = field(default_factory=dict)
