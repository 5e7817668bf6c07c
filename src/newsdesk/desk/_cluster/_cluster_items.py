"""Incremental story clustering of a batch: the steps of :mod:`newsdesk.desk._cluster` in order."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Collection, Sequence

import numpy as np

from newsdesk.desk._cluster._average_link import (
    MAX_NEW,
    SMALL_COMPONENT,
    Component,
    candidate_pairs,
    component_of,
    components_of,
    solve,
    solve_small,
    split_component,
)
from newsdesk.desk._cluster._open_stories import bridge_open_stories, seniority_key
from newsdesk.desk._cluster._representation import (
    build_representation,
    entity_names,
    mentioned_names,
)
from newsdesk.desk._cluster._story_join import join_stories
from newsdesk.desk._cluster._two_events import headline_actors, how_tos, two_events_scores
from newsdesk.desk._cluster._types import ClusterParams, Grouping
from newsdesk.desk._similarity import (
    TermCache,
    agreement_pairs,
    final_scores,
    neighbour_profiles,
    pair_scores,
    profile_rows,
)
from newsdesk.desk._story_pairs import outlet_days
from newsdesk.model import DeskItem


def story_id_for(key: str) -> str:
    """A new story's id, from its earliest item's key: stable across re-runs."""
    return "s" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def cluster_items(
    items: Sequence[DeskItem],
    params: ClusterParams,
    cache: TermCache | None = None,
    *,
    held: Collection[str] = frozenset(),
) -> Grouping:
    """Group the items without a story into the open stories among ``items`` or new ones.

    ``items`` holds the new items and every item of the open stories (those keep their
    ``story_id`` and their remembered ``neighbours``).  Items marked as duplicates follow
    their original.  Open stories that the new items show to be one event merge
    (:func:`bridge_open_stories`; ``held``: stories an editor touched or an edition
    holds, which are never absorbed).  Pure: no store.
    """
    originals = [item for item in items if item.duplicate_of is None]
    story_of: list[str | None] = [item.story_id for item in originals]
    new = np.asarray([i for i, s in enumerate(story_of) if s is None], dtype=np.intp)
    assigned: dict[int, str] = {}
    created: set[str] = set()
    remembered: dict[int, tuple[tuple[int, float], ...]] = {}
    merged: dict[str, str] = {}
    if len(new):
        terms = TermCache() if cache is None else cache
        rep = build_representation(originals, terms)
        left, right = candidate_pairs(rep, new, params.neighbours)
        direct = pair_scores(rep, left, right, params.weights)
        index_of = {item.id: i for i, item in enumerate(originals)}
        known = {
            i: [(index_of[j], s) for j, s in item.neighbours if j in index_of]
            for i, item in enumerate(originals)
            if item.story_id is not None and item.neighbours
        }
        profiles = neighbour_profiles(
            len(originals), left, right, direct.total, params.weights, known
        )
        scores = final_scores(direct, agreement_pairs(profiles, left, right), params.weights)
        entities = entity_names(rep, terms)
        actors = headline_actors(originals, rep, terms, entities)
        mentions = mentioned_names(originals, terms, rep.names.shape[1])
        scores = two_events_scores(rep, actors, mentions, left, right, scores)
        how_to = how_tos(originals)
        may_join = ~how_to[left] & ~how_to[right]
        keep = (scores >= params.threshold) & may_join
        edges_left, edges_right = left[keep], right[keep]
        solved: list[list[int]] = []
        small: list[Component] = []
        for members in components_of(len(originals), story_of, edges_left, edges_right).values():
            if all(story_of[i] is not None for i in members):
                continue
            if len(members) == 2:  # two items joined by an edge: its score is the cluster's
                solved.append(members)
                continue
            parts = [members]
            if sum(story_of[i] is None for i in members) > MAX_NEW:
                parts = split_component(
                    members, story_of, edges_left, edges_right, scores[keep], params.threshold
                )
            for part in parts:
                component = component_of(part, story_of)
                if not component.stories and len(component.new) == 1:
                    solved.append(part)  # a lone new item
                elif len(part) <= SMALL_COMPONENT:
                    small.append(component)
                else:
                    solved.extend(solve(rep, profiles, component, params, actors, mentions))
        if small:
            solved.extend(solve_small(rep, profiles, small, params, actors, mentions))
        outlets = outlet_days([item.publisher or item.source_id for item in originals], rep.days)
        solved = join_stories(
            rep,
            outlets,
            mentions,
            entities,
            solved,
            story_of,
            left[may_join],
            right[may_join],
            scores[may_join],
            params.weights.model,
            params.story_model,
            params.threshold,
            actors,
        )
        solved, merged = bridge_open_stories(
            rep,
            outlets,
            mentions,
            entities,
            solved,
            story_of,
            (left[may_join], right[may_join], scores[may_join]),
            params,
            actors,
            seniority_key(originals, story_of),
            held,
        )
        for cluster in solved:
            story = next((story_of[i] for i in cluster if story_of[i] is not None), None)
            story = merged.get(story, story) if story is not None else None
            if story is None:
                first = min(cluster, key=lambda i: _sort_key(originals[i]))
                story = story_id_for(originals[first].key)
                created.add(story)
            for i in cluster:
                if story_of[i] is None:
                    assigned[originals[i].id] = story
        for i, pairs in zip(new.tolist(), profile_rows(profiles, new), strict=True):
            remembered[originals[i].id] = tuple((originals[j].id, round(s, 4)) for j, s in pairs)
    stored = {item.id: item.story_id for item in items if item.story_id is not None}
    for item in items:
        if item.duplicate_of is not None and item.story_id is None:
            story = assigned.get(item.duplicate_of, stored.get(item.duplicate_of))
            story = merged.get(story, story) if story is not None else None
            if story is None:
                story = story_id_for(item.key)
                created.add(story)
            assigned[item.id] = story
    return Grouping(
        assigned=assigned, created=frozenset(created), neighbours=remembered, merged=merged
    )


def _sort_key(item: DeskItem) -> tuple[float, str]:
    return (math.inf if item.time is None else item.time.timestamp(), item.key)
