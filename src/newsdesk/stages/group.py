"""group: every embedded item without a story into an open story or a new one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from newsdesk.config import Config
from newsdesk.desk import ClusterParams, DeskItem, Weights, group_in_days, summarise_story
from newsdesk.model import GroupReport
from newsdesk.progress import NullProgress, Progress
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.store import Store, hold_lease


def cluster_params(config: Config) -> ClusterParams:
    """The ``group`` settings as the clustering takes them (a run and ``eval cluster``)."""
    g = config.group
    return ClusterParams(
        weights=Weights(profile_size=g.profile_size, profile_floor=g.profile_floor),
        threshold=g.threshold,
        neighbours=g.neighbours,
    )


def group(
    store: Store, config: Config, model: str, now: datetime, progress: Progress | None = None
) -> GroupReport:
    """Put every embedded item without a story into an open story or a new one."""
    progress = progress or NullProgress()

    def on_batch(total: int, label: str) -> None:
        if label:
            progress.advance(label)
        else:
            progress.stage("group", total)

    new = [item for item in store.ungrouped_items(model) if item.vector is not None]
    if not new:
        return GroupReport()
    window = timedelta(days=config.group.window_days)
    open_ids: set[str] = set()
    for since, until in open_spans([item.time or now for item in new], window):
        open_ids.update(store.open_story_ids(since, until))
    context = store.story_items(sorted(open_ids), model)
    result = group_in_days(
        context + new,
        cluster_params(config),
        window=window,
        duplicate_threshold=config.group.duplicate_threshold,
        on_batch=on_batch,
        held=store.held_story_ids(open_ids),
        zone=ZoneInfo(config.timezone),
    )
    touched = set(result.assigned.values()) | set(result.merged.values())
    members: dict[str, list[DeskItem]] = {story: [] for story in touched}
    for item in context:
        story = result.merged.get(item.story_id or "", item.story_id)
        if story in members:  # an absorbed story's items go with the one that took them
            members[story].append(item if story == item.story_id else replace(item, story_id=story))
    for item in new:
        story = result.assigned[item.id]
        members[story].append(
            replace(item, story_id=story, duplicate_of=result.duplicates.get(item.id))
        )
    known = {s.id: s for s in store.stories(ids=sorted(touched))}
    weights = {s.id: s.weight for s in config.sources}
    stories = []
    for story_id, items in members.items():
        summary = summarise_story(story_id, items, weights, now)
        old = known.get(story_id)
        if old is not None:  # keep the last assessment until assess runs again
            summary = replace(
                summary,
                category=old.category,
                relevance=old.relevance,
                importance=old.importance,
                breakdown=old.breakdown,
                category_scores=old.category_scores,
            )
        stories.append(summary)
    store.save_grouping(result, stories)
    return GroupReport(
        grouped=len(result.assigned),
        duplicates=len(result.duplicates),
        new_stories=len(result.created),
        updated_stories=len(touched - result.created),
        merged_stories=len(result.merged),
    )


def open_spans(times: Sequence[datetime], window: timedelta) -> list[tuple[datetime, datetime]]:
    """The spans in which a story may still be open for one of these items.

    One span per day of items ([day − window, day + 1 day)), overlapping ones merged: an
    old article that resurfaces opens the stories of its own days, not a year of them.
    """
    spans: list[tuple[datetime, datetime]] = []
    days = {t.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0) for t in times}
    for day in sorted(days):
        start, end = day - window, day + timedelta(days=1)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


class Group:
    """:func:`group` with the run's embedder, at the run's clock, holding the store's
    ``group`` lease: of two runs at once, one groups and the other waits for it, then
    groups only what is still ungrouped."""

    name = "group"

    async def run(self, ctx: StageContext) -> StageResult:
        with hold_lease(ctx.store, "group", ctx.progress) as renewing:
            report = group(ctx.store, ctx.config, ctx.tools.embedder().name, ctx.now, renewing)
        return StageResult(counts=asdict(report), output=report)
