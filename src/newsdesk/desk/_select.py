"""A digest's stories for a day: ranked, filtered, and chosen for variety.

Ranking applies the digest's novelty rule to each story's importance.  Selection then
fills the lead by maximal marginal relevance (Carbonell & Goldstein, 1998)::

    pick = argmax  (1 − diversity) · score − diversity · max cos(story, already picked)

with at most ``max_per_category`` lead stories of one category while stories of other
categories still qualify; "more news" takes the next best, by score, without the cap.
A story below the relevance minimum, or published by this digest before and unchanged
since, is never selected.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import date

import numpy as np

from newsdesk.config import SelectSettings
from newsdesk.model import RankedStory, Selection, Story


def title_for(story: Story, language: str) -> str:
    return story.titles.get(language) or story.title


def rank_stories(
    stories: Sequence[Story],
    *,
    language: str,
    published: Mapping[str, int],
    novelty_factor: float,
    min_relevance: float,
    sources: Collection[str] | None = None,
) -> list[RankedStory]:
    """Stories best first, each with its digest score and why it is excluded (if so).

    ``published`` maps a story id to the number of its original reports from the
    digest's ``sources`` (all, when None) when this digest last published it: only new
    reports from those sources make a published story new again, not copies, and not
    reports from sources the digest does not carry.
    """
    ranked = []
    for story in stories:
        base = story.importance or 0.0
        breakdown = dict(story.breakdown)
        reports = reports_from(story, sources)
        excluded = ""
        novelty = 1.0
        if story.id in published and reports <= published[story.id]:
            novelty = novelty_factor
            excluded = "published unchanged"
        if story.relevance is None:
            excluded = excluded or "not assessed"
        elif story.relevance < min_relevance:
            excluded = excluded or "not AI"
        breakdown["novelty"] = novelty
        ranked.append(
            RankedStory(
                story=story,
                score=round(base * novelty, 4),
                breakdown=breakdown,
                title=title_for(story, language),
                reports=reports,
                excluded=excluded,
            )
        )
    ranked.sort(key=lambda r: (-r.score, r.story.id))
    return ranked


def reports_from(story: Story, sources: Collection[str] | None) -> int:
    """Original reports (copies left out) of the story from these sources (or all)."""
    return sum(
        n for source, n in story.source_items.items() if sources is None or source in sources
    )


def _cosine(a: RankedStory, b: RankedStory) -> float:
    if a.story.centroid is None or b.story.centroid is None:
        return 0.0
    return float(np.dot(a.story.centroid, b.story.centroid))


def select_stories(
    ranked: Sequence[RankedStory], settings: SelectSettings, *, digest: str, day: date
) -> Selection:
    """The lead and "more news" of one digest on one day."""
    eligible = [r for r in ranked if not r.excluded]
    cap = settings.max_per_category or max(1, math.ceil(settings.lead / 3))
    lead: list[RankedStory] = []
    per_category: Counter[str] = Counter()
    pool = list(eligible)
    while pool and len(lead) < settings.lead:
        open_pool = [r for r in pool if per_category[r.story.category or ""] < cap] or pool

        def merit(candidate: RankedStory) -> float:
            overlap = max((_cosine(candidate, chosen) for chosen in lead), default=0.0)
            return (1 - settings.diversity) * candidate.score - settings.diversity * overlap

        best = max(open_pool, key=merit)
        lead.append(best)
        per_category[best.story.category or ""] += 1
        pool.remove(best)
    more = pool[: settings.more]
    return Selection(
        digest=digest,
        day=day,
        lead=lead,
        more=list(more),
        ranked=list(ranked),
    )
