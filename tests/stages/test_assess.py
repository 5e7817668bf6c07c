"""assess: every story of the window gets a category, a relevance and an importance."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from newsdesk.config import Config
from newsdesk.stages import day_end
from newsdesk.stages.assess import Assess
from newsdesk.stages.enrich import Enrich
from newsdesk.stages.group import Group
from newsdesk.store import SqlStore

from .seeded_day import EVENING, context, run, through


def test_each_story_is_assessed(day_store: SqlStore, config: Config) -> None:
    ctx = through([Enrich(), Group()], context(day_store, config))
    assert all(s.relevance is None for s in day_store.stories())

    result = run(Assess(), ctx)

    assert result.counts == {"stories": 3}
    stories = {s.title: s for s in day_store.stories()}
    assert all(s.category and s.importance is not None for s in stories.values())
    launch = stories[
        "Orrin Labs releases Kestrel-4 language model with a 256K-token context window"
    ]
    lanes = stories["City council approves new bicycle lanes downtown"]
    assert (launch.relevance or 0) >= 0.5 > (lanes.relevance or 0)


def test_nothing_grouped_nothing_assessed(day_store: SqlStore, config: Config) -> None:
    assert run(Assess(), context(day_store, config)).counts == {"stories": 0}


def test_a_run_of_an_earlier_day_assesses_only_what_it_could_see(
    day_store: SqlStore, config: Config
) -> None:
    ctx = through([Enrich(), Group()], context(day_store, config))
    run(Assess(), ctx)
    judged = {s.id: s.importance for s in day_store.stories()}

    # a run of four days before, its clock at that day's end: the stories all begin later
    day = (EVENING - timedelta(days=4)).date()
    earlier = replace(ctx, now=day_end(day, "UTC", EVENING), day=day)
    result = run(Assess(), earlier)

    assert result.counts == {"stories": 0}  # the count is of that day, not of the store
    assert {s.id: s.importance for s in day_store.stories()} == judged  # nor re-scored
