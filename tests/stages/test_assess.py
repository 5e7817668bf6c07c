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

from .seeded_day import EVENING, context, report, run, through


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


def test_a_run_of_an_earlier_day_assesses_the_stories_of_a_digest_in_a_later_zone(
    day_store: SqlStore, config: Config
) -> None:
    # The desk keeps Kiritimati's days (UTC+14), whose 10 June ends at 09:59:59 UTC; the
    # digest keeps UTC's, whose 10 June holds every report of the seeded day (09:00 to
    # 13:00 UTC).  A run of 10 June, its clock at the desk's end of the day, is run for
    # that digest too: the stories that began after its clock are of the digest's day.
    zoned = config.model_copy(update={"timezone": "Pacific/Kiritimati"})
    ctx = through([Enrich(), Group()], context(day_store, zoned))
    day = EVENING.date()
    clock = day_end(day, zoned.timezone, EVENING)
    assert any(s.first_seen > clock for s in day_store.stories())

    result = run(Assess(), replace(ctx, now=clock, day=day))

    stories = day_store.stories()
    assert result.counts == {"stories": len(stories)}
    assert all(s.importance is not None for s in stories)


_OSLO = "The site will hold 20,000 GPUs for training when it opens in 2027."
_HIRE = "Dana Whitlow, formerly of Harlow Bank, becomes chief financial officer in July."


def _store_reports(store: SqlStore, reports: list[tuple[str, str, int]]) -> None:
    """Store a wire's reports, each (title, snippet, hours before the evening)."""
    store.upsert_items(
        [
            replace(report(0), url=f"https://wire.example/o{n}", canonical_url=f"https://wire.example/o{n}",
                    title=title, snippet=snippet, content_hash=f"o{n}",
                    published=EVENING - timedelta(hours=hours))
            for n, (title, snippet, hours) in enumerate(reports)
        ],
        EVENING - timedelta(hours=1),
    )  # fmt: skip


def test_a_company_the_window_knows_as_ai_makes_its_staff_news_ai_news(
    day_store: SqlStore, config: Config
) -> None:
    # Orrin Labs' model launch is the day's story, its data centre of yesterday another;
    # its new finance chief, two days ago, says nothing of AI, yet a company two AI
    # stories of the window are about is an AI company, and its staff are AI news
    more = [
        ("Orrin builds a data centre in Oslo", _OSLO, 30),
        ("Orrin hires an ex-banker to run its finances", _HIRE, 54),
    ]
    _store_reports(day_store, more)
    ctx = through([Enrich(), Group()], context(day_store, config))

    run(Assess(), ctx)

    stories = {s.title: s for s in day_store.stories()}
    finance = stories[more[1][0]]
    lanes = stories["City council approves new bicycle lanes downtown"]
    assert (finance.relevance or 0) >= 0.5 > (lanes.relevance or 0)


def test_a_later_run_the_same_day_keeps_what_the_window_taught(
    day_store: SqlStore, config: Config
) -> None:
    # Orrin's data centre (70 hours before the evening) and the day's launch make Orrin
    # an AI company, and its new finance chief this morning AI news; three hours later
    # the data centre is out of the window, yet the edition's finance story stays
    more = [
        ("Orrin builds a data centre in Oslo", _OSLO, 70),
        ("Orrin hires an ex-banker to run its finances", _HIRE, 2),
    ]
    _store_reports(day_store, more)
    ctx = through([Enrich(), Group()], context(day_store, config))
    run(Assess(), ctx)
    evening = {s.title: s.relevance for s in day_store.stories()}

    run(Assess(), replace(ctx, now=EVENING + timedelta(hours=3)))

    later = {s.title: s.relevance for s in day_store.stories()}
    assert (evening[more[1][0]] or 0) >= 0.5
    assert later[more[1][0]] == evening[more[1][0]]
    assert (
        later["City council approves new bicycle lanes downtown"]
        == evening["City council approves new bicycle lanes downtown"]
    )
