"""assess: category, relevance and importance of the stories that changed lately."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from newsdesk.config import Config
from newsdesk.desk import (
    ContextStory,
    DeskItem,
    Embedder,
    assess_story,
    engagement_scale,
    importance,
    names_pattern,
    relevance_in_context,
)
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages._days import day_end, day_window
from newsdesk.stages._embedding import taxonomy
from newsdesk.store import Store


def assess(
    store: Store,
    config: Config,
    embedder: Embedder,
    now: datetime,
    since: datetime | None = None,
    until: datetime | None = None,
) -> int:
    """Category, relevance and importance of every story updated since ``since`` (and,
    with ``until``, first seen before it).

    Default: the grouping window before ``now``, so recency is fresh on every run; stories
    never assessed (an old day fetched late) are assessed whenever they are.  A run of a
    past day passes that day's end as ``until``: a story that began later is not of the
    day (nor should its score change), and the run's count is of its own day.
    """
    since = since or now - timedelta(days=config.group.window_days)
    recent = store.stories(since=since, until=until)
    seen = {s.id for s in recent}
    late = store.stories(until=until, unassessed=True)
    stories = recent + [s for s in late if s.id not in seen]
    if not stories:
        return 0
    items = store.story_items([s.id for s in stories], embedder.name)
    by_story: dict[str, list[DeskItem]] = {}
    for item in items:
        if item.story_id is not None and item.vector is not None:
            by_story.setdefault(item.story_id, []).append(item)
    found = taxonomy(config, embedder)
    kinds = {s.id: s.kind for s in config.sources}
    labels = {s.id: frozenset({s.id, s.kind, *s.tags}) for s in config.sources}
    scale = engagement_scale(items, kinds)
    major = names_pattern(config.assess.major_names)
    event = names_pattern(config.assess.event_words)
    feature = names_pattern(config.assess.feature_words)
    weights = {s.id: s.weight for s in config.sources}
    judged = []
    for story in stories:
        members = by_story.get(story.id)
        if members:
            judged.append((story, members, assess_story(members, found, labels)))
    # The window is the context: a name that stories kept as AI news are about makes a
    # story naming it AI news (a known AI start-up's staff or app update); a lift an
    # earlier run gave stands when the window has moved on from what taught it.
    context = [
        ContextStory(
            tuple(i.title for i in members), tuple(i.text[:500] for i in members), v.relevance
        )
        for _, members, v in judged
    ]
    earlier = [story.relevance for story, _, _ in judged]
    relevances = relevance_in_context(context, config.assess.relevance_threshold, earlier)
    assessed = []
    for (story, members, verdict), relevance in zip(judged, relevances, strict=True):
        score, breakdown = importance(
            story,
            members,
            weights=config.assess.importance,
            source_weights=weights,
            kinds=kinds,
            scale=scale,
            major=major,
            event=event,
            feature=feature,
            half_life_hours=config.assess.recency_half_life_hours,
            now=now,
        )
        assessed.append(
            replace(
                story,
                category=verdict.category,
                relevance=round(relevance, 4),
                importance=score,
                breakdown=breakdown,
                category_scores=verdict.category_scores,
            )
        )
    store.save_stories(assessed)
    return len(assessed)


#: A clock later than any day's end, to ask :func:`day_end` for the end itself.
_LAST = datetime.max.replace(tzinfo=UTC)


def last_end(config: Config, day: date) -> datetime:
    """When ``day`` ends in the last zone to end it, of the config's and its digests'
    (a digest in UTC has stories of its day that begin after the day ended in
    Asia/Shanghai): a story begun later belongs to no digest's day."""
    zones = {config.timezone, *(d.timezone for d in config.digests)}
    return max(day_window(zone, day, _LAST)[1] for zone in zones)


class Assess:
    """:func:`assess` with the run's embedder, at the run's clock; a run of a past day
    (its clock at that day's end) leaves the stories that began after the day alone."""

    name = "assess"

    async def run(self, ctx: StageContext) -> StageResult:
        past = ctx.day is not None and ctx.now >= day_end(ctx.day, ctx.config.timezone, _LAST)
        until = last_end(ctx.config, ctx.day) if past and ctx.day is not None else None
        assessed = assess(ctx.store, ctx.config, ctx.tools.embedder(), ctx.now, until=until)
        return StageResult(counts={"stories": assessed})
