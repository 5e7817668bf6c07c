"""A story's record from its items: counts, languages, times, representative titles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

import numpy as np

from newsdesk.desk._classify import centroid
from newsdesk.model import DeskItem, Story

#: How much one point of source weight (authority) counts against closeness to the
#: story's centre when choosing its title: a weight-2 outlet wins over a weight-1 one
#: unless its item is 0.05 further from the centre (cosine).
_AUTHORITY_FOR_TITLE = 0.05
#: Bonus for an item of the story's last day: a follow-up's title says where it stands.
_LATEST_FOR_TITLE = 0.05
#: Titles that announce a repost or a quoted source are a last resort.
_REPOST_MARK = re.compile(r"转载|转自|[|｜]\s*来源|^\s*\[?repost", re.IGNORECASE)


def _title(items: Sequence[DeskItem], center: np.ndarray, weights: Mapping[str, float]) -> str:
    latest = max((i.time for i in items if i.time is not None), default=None)

    def merit(item: DeskItem) -> float:
        closeness = float(np.dot(np.asarray(item.vector, dtype=np.float32), center))
        score = closeness + _AUTHORITY_FOR_TITLE * weights.get(item.source_id, 1.0)
        if latest is not None and item.time is not None and latest - item.time < timedelta(1):
            score += _LATEST_FOR_TITLE
        return score - (1.0 if _REPOST_MARK.search(item.title) else 0.0)

    return max(items, key=merit).title


def summarise_story(
    story_id: str, items: Sequence[DeskItem], weights: Mapping[str, float], now: datetime
) -> Story:
    """The story record for these items (copies count as items; titles and publishers come
    from originals: a repost is the same report again, not another outlet's)."""
    if not items:
        raise ValueError(f"story {story_id} has no items")
    originals = [i for i in items if i.duplicate_of is None] or list(items)
    with_vectors = [i for i in originals if i.vector is not None]
    center = centroid(with_vectors) if with_vectors else None
    times = [i.time for i in items if i.time is not None] or [now]
    if center is None:
        title = originals[0].title
        titles = {i.language: i.title for i in reversed(originals)}
    else:
        title = _title(with_vectors, center, weights)
        titles = {}
        for language in sorted({i.language for i in with_vectors}):
            same = [i for i in with_vectors if i.language == language]
            titles[language] = _title(same, center, weights)
    return Story(
        id=story_id,
        title=title,
        titles=titles,
        first_seen=min(times),
        last_updated=max(times),
        item_count=len(items),
        sources=tuple(sorted({i.source_id for i in items})),
        domains=tuple(sorted({i.domain for i in items if i.domain})),
        languages=tuple(sorted({i.language for i in items})),
        publishers=tuple(sorted({i.publisher or i.source_id for i in originals})),
        source_items=dict(sorted(Counter(i.source_id for i in originals).items())),
        centroid=center,
    )
