"""Importance: how much a story matters, as a weighted sum of signals in [0, 1].

Signals (weights in ``assess.importance``):

- ``sources`` / ``domains``: independent coverage, ``1 − exp(−(n − 1) / 3)`` of the
  distinct publishers / article hosts: a single outlet gives 0, four give 0.63, ten 0.95
  — the tenth report adds little.  Publishers, not feeds: an outlet read through two
  feeds counts once, and each outlet of an aggregator counts.
- ``authority``: the best source weight among its items, over 2 (the weight of a
  flagship outlet), capped at 1.
- ``recency``: halves every ``recency_half_life_hours`` since its last item.
- ``engagement``: its best item's standing among items of the same source kind (HN
  points, GitHub stars today, HF upvotes, Reddit score), as a percentile, so 400 HN
  points and 40 HF upvotes are compared with their own kind.
- ``names``: 1 when a title names a major organisation or model, 0.5 when only the text
  does.
- ``size``: the largest sum of money its titles report (a round, valuation, deal or
  revenue: "300亿美元", "$2 billion"), in US dollars on a log scale from $1 million (0)
  to $100 billion (1): a 3,800亿 valuation is bigger news than a 1,000万 seed round.
- ``event``: 1 when a title reports a happening (a release, launch, deal, move or
  incident: ``assess.event_words``), 0 when every title heads a guide, tips, column or
  roundup (``assess.feature_words``), 0.5 otherwise.  Editors lead with news; tips about
  a big name are not news of the day.

An aggregator's own rating of an item (makinotes' ``score``, any ``jsonl`` metric) is
engagement like any other: a percentile within its kind, one signal of eight, so it
orders stories only where the others are level.  Selection turns the sum into a share
of the day (``_select.py``).

A digest then applies novelty: a story it already published with no new items since
keeps only ``novelty_factor`` of its importance.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsdesk.config import ImportanceWeights
from newsdesk.model import DeskItem, Story

#: The metric that stands for engagement in each source kind.
ENGAGEMENT_METRIC = {
    "hackernews": "points",
    "github_trending": "stars_today",
    "hf_papers": "upvotes",
    "reddit": "score",
    "jsonl": "score",
}
#: Source weight that counts as full authority.
_FULL_AUTHORITY = 2.0
#: Reports after which more coverage adds little (the e-folding count of the curve).
_COVERAGE_SCALE = 3.0
#: Sums of money (US dollars) that ``size`` scales between: 0 at the first, 1 at the last.
_SMALLEST_SUM, _LARGEST_SUM = 1e6, 1e11
#: Chinese and Latin scale words, and currencies in US dollars (a yuan at about 1/7).
_SCALES = {"万": 1e4, "亿": 1e8, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12, "k": 1e3,
           "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
           "t": 1e12, "trillion": 1e12}  # fmt: skip
_CURRENCIES = {"$": 1.0, "美元": 1.0, "美金": 1.0, "元": 1 / 7, "人民币": 1 / 7}
#: A sum of money in a title: "300亿美元", "估值狂飙至3800亿", "$2.5 billion", "融资15亿元".
_MONEY = re.compile(
    r"(?P<pre>\$|(?:估值|融资|营收|收购)[^\d，。,.！!？?]{0,4}?)?\s*(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<scale>万亿|千亿|百亿|亿|万|trillion|billion|million|bn|mn|[kmbt](?![a-z]))?\s*"
    r"(?P<cur>美元|美金|元|人民币)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, eq=False)
class EngagementScale:
    """Sorted metric values per source kind, to turn a count into a percentile."""

    values: dict[str, list[int]]

    def percentile(self, kind: str, value: int) -> float:
        found = self.values.get(kind)
        if not found:
            return 0.0
        below, upto = bisect_left(found, value), bisect_right(found, value)
        return (below + upto) / 2 / len(found)


def engagement_scale(items: Sequence[DeskItem], kinds: Mapping[str, str]) -> EngagementScale:
    """The scale from the items of a window (each item counted once)."""
    values: dict[str, list[int]] = defaultdict(list)
    for item in items:
        kind = kinds.get(item.source_id, "")
        metric = ENGAGEMENT_METRIC.get(kind)
        if metric and metric in item.metrics:
            values[kind].append(item.metrics[metric])
    return EngagementScale({k: sorted(v) for k, v in values.items()})


def names_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    parts = [
        re.escape(n)
        if re.search(r"[^\x00-\x7f]", n)
        else rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])"
        for n in names
    ]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _form(
    items: Sequence[DeskItem], event: re.Pattern[str] | None, feature: re.Pattern[str] | None
) -> float:
    """1 when a title reports a happening, 0 when every title heads a guide, tips, column
    or roundup, 0.5 when the titles say neither."""
    titles = [i.title for i in items]
    if feature is not None and titles and all(feature.search(t) for t in titles):
        return 0.0
    if event is not None and any(event.search(t) for t in titles):
        return 1.0
    return 0.5


def money(title: str) -> float:
    """The largest sum of money (US dollars) the title states: a figure with a currency
    ("300亿美金", "$2 billion"), or a Chinese scale after 估值/融资/营收/收购 ("估值狂飙至3800亿",
    taken as yuan when no currency says otherwise); 0 when it states none."""
    best = 0.0
    for m in _MONEY.finditer(title):
        pre, scale, cur = m["pre"] or "", (m["scale"] or "").lower(), m["cur"] or ""
        if not (pre == "$" or cur or (pre and scale and not scale.isascii())):
            continue
        rate = _CURRENCIES[cur or ("$" if pre == "$" else "元")]
        best = max(best, float(m["n"]) * _SCALES.get(scale, 1.0) * rate)
    return best


def _size(items: Sequence[DeskItem]) -> float:
    largest = max((money(i.title) for i in items), default=0.0)
    if largest <= _SMALLEST_SUM:
        return 0.0
    return min(1.0, math.log(largest / _SMALLEST_SUM) / math.log(_LARGEST_SUM / _SMALLEST_SUM))


def _coverage(count: int) -> float:
    return 1 - math.exp(-(max(count, 1) - 1) / _COVERAGE_SCALE)


def importance(
    story: Story,
    items: Sequence[DeskItem],
    *,
    weights: ImportanceWeights,
    source_weights: Mapping[str, float],
    kinds: Mapping[str, str],
    scale: EngagementScale,
    major: re.Pattern[str] | None,
    half_life_hours: float,
    now: datetime,
    event: re.Pattern[str] | None = None,
    feature: re.Pattern[str] | None = None,
) -> tuple[float, dict[str, float]]:
    """The story's importance and its breakdown (each signal, before weighting)."""
    hours = max(0.0, (now - story.last_updated).total_seconds() / 3600)
    engagement = 0.0
    for item in items:
        kind = kinds.get(item.source_id, "")
        metric = ENGAGEMENT_METRIC.get(kind)
        if metric and metric in item.metrics:
            engagement = max(engagement, scale.percentile(kind, item.metrics[metric]))
    names = 0.0
    if major is not None:
        if any(major.search(i.title) for i in items):
            names = 1.0
        elif any(major.search(i.text[:1000]) for i in items):
            names = 0.5
    form = _form(items, event, feature)
    authority = max((source_weights.get(s, 1.0) for s in story.sources), default=1.0)
    signals = {
        "sources": _coverage(len(story.publishers)),
        "domains": _coverage(len(story.domains)),
        "authority": min(1.0, authority / _FULL_AUTHORITY),
        "recency": 0.5 ** (hours / half_life_hours),
        "engagement": engagement,
        "names": names,
        "size": _size(items),
        "event": form,
    }
    total = sum(getattr(weights, key) * value for key, value in signals.items())
    return round(total, 4), {k: round(v, 4) for k, v in signals.items()}
