"""write: each selection with stories written as a draft, not yet stored."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from newsdesk.config import Config
from newsdesk.model import EditorAction, EditorVerb, EntryText
from newsdesk.stages.select import Selected
from newsdesk.stages.write import Drafts, Write
from newsdesk.store import SqlStore
from newsdesk.store import _tables as tables

from .seeded_day import EVENING, SELECTED, context, run, through


def test_each_selection_is_written_as_a_draft(day_store: SqlStore, config: Config) -> None:
    ctx = through(SELECTED, context(day_store, config))
    [selection] = ctx.input(Selected).selections

    result = run(Write(), ctx)

    assert isinstance(result.output, Drafts)
    [draft] = result.output.drafts
    assert draft.selection == selection
    assert [e.story_id for s in draft.digest.sections for e in s.entries] == [
        r.story.id for r in selection.lead
    ]
    assert {b.story_id for b in draft.briefs} == {r.story.id for r in selection.lead}
    assert result.counts == {"digests": 1, "llm_requests": 0, "tokens_in": 0, "tokens_out": 0}
    assert day_store.digest("daily") is None  # stored once verified


def test_an_editors_text_is_written_as_the_editor_wrote_it(
    day_store: SqlStore, config: Config
) -> None:
    ctx = through(SELECTED, context(day_store, config))
    [selection] = ctx.input(Selected).selections
    story = selection.lead[0].story.id
    text = EntryText("Kestrel-4 arrives with a 256K-token context window")
    day_store.record_action(
        EditorAction("daily", selection.day, EditorVerb.EDIT, story, None, "ed", EVENING, text)
    )

    result = run(Write(), ctx)

    assert isinstance(result.output, Drafts)
    [entry] = [e for e in result.output.drafts[0].digest.entries if e.story_id == story]
    assert (entry.headline, entry.written_by) == (text.headline, "editor")


def test_a_selection_without_stories_is_not_written(day_store: SqlStore, config: Config) -> None:
    ctx = through(SELECTED, context(day_store, config))
    [selection] = ctx.input(Selected).selections
    empty = replace(ctx, earlier=(Selected((replace(selection, lead=[], more=[]),)),))

    result = run(Write(), empty)

    assert result.output == Drafts(())
    assert result.counts["digests"] == 0


def test_write_needs_the_runs_selections(day_store: SqlStore, config: Config) -> None:
    with pytest.raises(LookupError, match="No Selected in this run"):
        run(Write(), context(day_store, config))


def test_a_feeds_own_summary_the_article_does_not_hold_is_read_as_a_second_telling(
    day_store: SqlStore, config: Config
) -> None:
    ctx = through(SELECTED, context(day_store, config))
    [selection] = ctx.input(Selected).selections
    [primary, *_] = day_store.story_stored_items(selection.lead[0].story.id)
    article = "The company said the model reads a whole codebase at once. It ships today."
    day_store.save_fulltext(primary.id, article, "ok")

    result = run(Write(), ctx)

    assert isinstance(result.output, Drafts)
    [brief] = [
        b for b in result.output.drafts[0].briefs if b.story_id == selection.lead[0].story.id
    ]
    [report] = [r for r in brief.reports if r.url == primary.item.url]
    assert report.summary == primary.item.snippet
    assert report.text == f"{primary.item.snippet}\n\n{article}"


def test_a_report_known_by_its_host_alone_takes_the_name_the_store_knows_its_site_by(
    day_store: SqlStore, config: Config
) -> None:
    """The story holds no report that names the outlet, but the store holds other items
    of its site, which go by the site's name."""
    ctx = through(SELECTED, context(day_store, config))
    [selection] = ctx.input(Selected).selections
    [primary, *_] = day_store.story_stored_items(selection.lead[0].story.id)
    host = "tidewater-tech.example"
    with day_store.engine.begin() as conn:
        conn.execute(
            sa.update(tables.items)
            .where(tables.items.c.id == primary.id)
            .values(url=f"https://{host}/a", publisher=host, publisher_key=host)
        )
    others = [
        replace(
            primary.item, url=f"https://{host}/{n}", canonical_url=f"https://{host}/{n}",
            content_hash=f"tidewater{n}", publisher="Tidewater Tech", publisher_key=host,
        )
        for n in range(2)
    ]  # fmt: skip
    day_store.upsert_items(others, EVENING)

    result = run(Write(), ctx)

    assert isinstance(result.output, Drafts)
    [brief] = [
        b for b in result.output.drafts[0].briefs if b.story_id == selection.lead[0].story.id
    ]
    [report] = [r for r in brief.reports if r.url == f"https://{host}/a"]
    assert report.publisher == "Tidewater Tech"
