"""select: each digest's lead and "more news" of its day, recorded as its edition."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsdesk.config import Config, parse_config
from newsdesk.model import EditionStatus
from newsdesk.stages.select import Select, Selected, unavailable_sources
from newsdesk.store import SqlStore

from .seeded_day import CONFIG, DESK, EVENING, context, run, through

DAY = EVENING.date()


def test_the_days_ai_stories_are_selected_and_recorded_as_a_draft(
    day_store: SqlStore, config: Config
) -> None:
    ctx = through(DESK, context(day_store, config))

    result = run(Select(), ctx)

    assert isinstance(result.output, Selected)
    [selection] = result.output.selections
    assert (selection.digest, selection.day, selection.revision) == ("daily", DAY, 1)
    assert result.counts == {"daily": len(selection.lead) + len(selection.more)}
    titles = {r.title for r in selection.lead}
    assert "City council approves new bicycle lanes downtown" not in titles
    assert len(titles) == 2
    stored = day_store.edition("daily", DAY)
    assert stored is not None and stored.status is EditionStatus.DRAFT
    assert stored.lead == tuple(r.story.id for r in selection.lead)


def test_a_published_edition_is_not_selected_again(day_store: SqlStore, config: Config) -> None:
    ctx = through(DESK, context(day_store, config))
    run(Select(), ctx)
    day_store.set_edition_status("daily", DAY, 1, EditionStatus.PUBLISHED, EVENING)

    again = run(Select(), ctx)

    assert again.output == Selected(())
    assert again.counts == {}


def test_a_past_day_selects_that_days_stories(day_store: SqlStore, config: Config) -> None:
    ctx = through(DESK, context(day_store, config, day=date(2026, 6, 9)))

    result = run(Select(), ctx)

    assert isinstance(result.output, Selected)
    [selection] = result.output.selections
    assert selection.day == date(2026, 6, 9) and not selection.lead and not selection.more


def test_a_digest_naming_a_variable_not_set_is_left_out_saying_which_and_the_others_run(
    day_store: SqlStore, tmp_path: Path
) -> None:
    """A digest key that must be a number but names an unset ${VAR} stops neither the
    file nor the run: that digest is not selected, written or published, the run says
    what to export, and the other digests run."""
    waiting = (
        "  - {name: weekly, title: AI Weekly, language: en, select: {lead: '${WEEKLY_LEAD}'}}\n"
    )
    text = CONFIG.replace("render:", waiting + "render:")
    config = parse_config(text, base_dir=tmp_path, env={})
    ctx = through(DESK, context(day_store, config))

    result = run(Select(), ctx)

    assert isinstance(result.output, Selected)
    assert [s.digest for s in result.output.selections] == ["daily"]
    said = "weekly: WEEKLY_LEAD is not set: export WEEKLY_LEAD=..., then run it again."
    assert result.output.waiting == (("weekly", said),)
    assert result.errors == ({"digest": "weekly", "error": said},)
    assert day_store.edition("weekly", DAY) is None


def test_a_digest_goes_without_a_source_waiting_for_a_variable_and_says_which(
    day_store: SqlStore, tmp_path: Path
) -> None:
    channel = "  - {id: channel, kind: feed, url: 'https://bot.example/${CHANNEL_TOKEN}/feed'}\n"
    text = CONFIG.replace("digests:", channel + "digests:").replace(
        "    style: brief\n", "    style: brief\n    sources: [wire, lab, channel]\n"
    )
    config = parse_config(text, base_dir=tmp_path, env={})
    ctx = through(DESK, context(day_store, config))

    result = run(Select(), ctx)

    assert isinstance(result.output, Selected)
    [selection] = result.output.selections
    assert selection.lead  # the others' stories are selected
    said = (
        "daily goes without channel: CHANNEL_TOKEN is not set: export CHANNEL_TOKEN=..., "
        "then run it again."
    )
    assert result.output.without == (said,)
    assert unavailable_sources(day_store, config, config.digests[0], EVENING) == ("channel",)
