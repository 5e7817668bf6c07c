"""The Newsdesk object driven directly, as a web app or a worker would: the demo's
sample day served from 127.0.0.1, run, read back, rendered, published."""

from __future__ import annotations

import ast
import asyncio
import inspect
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import newsdesk.cli
from newsdesk import ConfigError, Newsdesk, NotFoundError, load_config
from newsdesk.model import Outcome, RunSummary
from sample_day import Day


def desk_at(served: Day, url: str, when: datetime | None = None) -> Newsdesk:
    """A desk on the served day's config and a copy of its store (``url``)."""
    moment = when or served.evening
    return Newsdesk(load_config(served.config_path), store_url=url, now=lambda: moment)


def test_run_writes_each_digest_of_the_day_and_publishes_nothing(served: Day, copied: str) -> None:
    assert served.summary.ok
    assert {w.digest.name for w in served.summary.digests} == {"ai-ribao", "ai-daily"}
    assert served.summary.publications == ()
    with desk_at(served, copied) as desk:
        assert desk.digest("ai-ribao").status != "published"


def test_stories_rank_the_day_for_a_digest_and_story_shows_its_items(
    served: Day, copied: str
) -> None:
    with desk_at(served, copied) as desk:
        found = desk.stories(digest="ai-ribao")
        assert found.day == served.day
        assert found.sections is not None
        lead = [r for r in found.ranked if found.sections.get(r.story.id) == "lead"]
        assert len(lead) == 12
        detail = desk.story(lead[0].story.id)
        assert len(detail.items) == detail.story.item_count
        with pytest.raises(NotFoundError, match="No story 's000'"):
            desk.story("s000")


def test_stories_explain_gives_each_digests_decisions(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        found = desk.stories(served.day, explain=True)
    assert [s.digest for s in found.selections] == ["ai-ribao", "ai-daily"]
    assert found.ranked == ()


def test_stories_explain_titles_each_story_as_the_written_digest_does(
    served: Day, copied: str
) -> None:
    """An older report's title ("92.1%的AIME成绩，Nimbus-R2凭什么？") named a story the
    digest headlines otherwise: the explanation shows the headline and line it wrote."""
    with desk_at(served, copied) as desk:
        [selection] = desk.stories(served.day, "ai-ribao", explain=True).selections
        written = desk.digest("ai-ribao", served.day)
    shown = {e.story_id: e.headline for e in written.entries}
    shown |= {m.story_id: m.text for m in written.more}
    assert {r.story.id: r.title for r in selection.lead + selection.more} == shown
    assert {r.story.id: r.title for r in selection.ranked if r.story.id in shown} == shown


def test_digest_defaults_to_the_first_and_its_latest_day(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        written = desk.digest()
        assert (written.name, written.day) == ("ai-ribao", served.day)
        with pytest.raises(NotFoundError, match="No ai-daily digest for 2030-01-01"):
            desk.digest("ai-daily", date(2030, 1, 1))
        with pytest.raises(NotFoundError, match="run --date 2026-05-01 --no-publish`"):
            desk.digest("ai-daily", date(2026, 5, 1))
        with pytest.raises(NotFoundError, match="run --date 2026-05-01 --no-publish`"):
            desk.edition("ai-daily", date(2026, 5, 1))
        with pytest.raises(ConfigError, match="nope"):
            desk.digest("nope")


def test_a_day_still_to_come_is_said_to_be_so_not_offered_to_a_run(
    served: Day, copied: str
) -> None:
    """`run --date` refuses a day after today, so `digest show` and `edition show` for
    one must not suggest it."""
    tomorrow = served.day + timedelta(days=1)
    with desk_at(served, copied) as desk:
        for show in (desk.digest, desk.edition):
            with pytest.raises(NotFoundError) as raised:
                show("ai-daily", tomorrow)
            said = str(raised.value)
            assert f"for {tomorrow}: that day is still to come (today is {served.day})" in said
            assert "run --date" not in said
        with pytest.raises(ConfigError, match="still to come"):
            desk.run(day=tomorrow)


def test_digest_markdown_is_what_the_run_rendered_in_each_style(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        kept = desk.store.edition_files("ai-ribao", served.day, 1)
        assert desk.digest_markdown() == kept["ribao.md"].decode()
        insight = desk.digest_markdown("ai-ribao", served.day, "insight")
        assert insight == kept["insight.md"].decode()
        with pytest.raises(ConfigError, match="No style 'nope'"):
            desk.digest_markdown(style="nope")
        with pytest.raises(NotFoundError, match="No ai-daily digest for 2030-01-01"):
            desk.digest_markdown("ai-daily", date(2030, 1, 1))


def test_search_finds_stories_by_every_word_in_either_language(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        lead = next(
            e
            for e in desk.digest("ai-ribao").entries
            if "深言" in e.headline and "Aster-3" in e.headline
        )
        chinese = desk.search("深言")
        english = desk.search("aster-3 SHENYAN")
        both = desk.search("深言  Aster-3", limit=1)
        recent = desk.search("Aster-3", days=1)
    with desk_at(served, copied, served.evening + timedelta(days=10)) as later:
        gone = later.search("Aster-3", days=1)
    assert lead.story_id in {h.story.id for h in chinese.hits}
    for hit in chinese.hits:
        texts = [hit.story.title] + [f"{i.item.title} {i.item.snippet}" for i in hit.items]
        assert any("深言" in text for text in texts)
    assert lead.story_id in {h.story.id for h in english.hits}
    assert [h.story.last_updated for h in english.hits] == sorted(
        (h.story.last_updated for h in english.hits), reverse=True
    )
    assert both.words == ("深言", "Aster-3") and len(both.hits) == 1
    assert recent.since == served.evening - timedelta(days=1)
    assert lead.story_id in {h.story.id for h in recent.hits} and gone.hits == ()


@pytest.mark.parametrize("days", [10**6, 10**11])
def test_search_back_further_than_the_calendar_searches_the_whole_archive(
    served: Day, copied: str, days: int
) -> None:
    """More days than the calendar holds was a crash (an HTTP 500 from the API)."""
    with desk_at(served, copied) as desk:
        found = desk.search("Aster-3", days=days)
        every = desk.search("Aster-3")
    assert found.since is None and every.hits
    assert [h.story.id for h in found.hits] == [h.story.id for h in every.hits]


@pytest.mark.parametrize(
    ("query", "days", "limit", "message"),
    [("  ", None, 20, "needs a word"), ("AI", 0, 20, "days 0"), ("AI", None, 0, "limit 0")],
)
def test_search_refuses_what_cannot_be_searched(
    served: Day, copied: str, query: str, days: int | None, limit: int, message: str
) -> None:
    with desk_at(served, copied) as desk, pytest.raises(ConfigError, match=message):
        desk.search(query, days=days, limit=limit)


def test_items_of_the_day_by_the_desk_clock(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        today = desk.items()
        first = desk.config.sources[0].id
        some = desk.items(source=[first], limit=3)
    assert today.day == served.day and today.items
    assert 0 < len(some.items) <= 3 and all(s.item.source_id == first for s in some.items)


def test_sources_list_each_with_its_health(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        listed = desk.sources()
    assert len(listed) == len(desk.config.sources)
    assert all(s.state is not None and s.health.source_id == s.source.id for s in listed)


def test_render_and_publish_go_to_the_files_channel_once(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        paths = desk.render(digest="ai-daily", style="brief")
        assert [p.name for p in paths] == ["brief.md"] and paths[0].exists()
        [first] = desk.publish()
        assert (first.digest, first.channel, first.status) == ("ai-ribao", "hugo", "published")
        [again] = desk.publish()
        assert again.status == "already published"
        with pytest.raises(NotFoundError, match=r"no digest has a channel 'telegram' \(channels: "):
            desk.publish(channel="telegram")
        with pytest.raises(
            NotFoundError, match=r"ai-daily has no channel: add one under its `publish:`"
        ):
            desk.publish(digest="ai-daily")
        site = desk.build_site()
    assert (site.folder / "index.html") in site.files


def test_a_past_day_is_written_from_the_store_without_fetching(served: Day, copied: str) -> None:
    with desk_at(served, copied, served.evening + timedelta(days=2)) as desk:
        summary = desk.run(day=served.day, publish=False)
        assert summary.ok and summary.sources == []
        assert {w.digest.day for w in summary.digests} == {served.day}


def test_a_day_still_to_come_is_refused(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk, pytest.raises(ConfigError, match="still to come"):
        desk.run(day=served.day + timedelta(days=1))


def test_check_sources_makes_no_store(served: Day, tmp_path: Path) -> None:
    config = load_config(served.config_path)
    only = [config.sources[0].id]
    store = tmp_path / "none.db"
    with Newsdesk(config, store_url=f"sqlite:///{store}") as desk:
        checked = desk.check_sources(only)
    assert [(r.source_id, r.outcome) for r in checked.reports] == [(only[0], Outcome.OK)]
    assert checked.health == () and not store.exists()


def test_a_caller_with_its_own_event_loop_awaits_the_same_fetch(
    served: Day, tmp_path: Path
) -> None:
    async def in_a_server() -> RunSummary:
        config = load_config(served.config_path)
        with Newsdesk(config, store_url=f"sqlite:///{tmp_path / 'own.db'}") as desk:
            return await desk.afetch()

    summary = asyncio.run(in_a_server())
    assert summary.ok and sum(r.counts.new for r in summary.sources) > 0


def test_the_embedder_is_made_once_and_the_store_opened_once(served: Day, copied: str) -> None:
    with desk_at(served, copied) as desk:
        assert desk.embedder is desk.embedder
        assert desk.store is desk.store


def test_the_cli_reaches_the_store_and_the_stages_only_through_the_core() -> None:
    tree = ast.parse(inspect.getsource(newsdesk.cli))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    reached = {name for name in imported if name.startswith("newsdesk")}
    inner = ("newsdesk.store", "newsdesk.stages", "newsdesk.pipeline", "newsdesk.collect")
    assert not any(name.startswith((*inner, "newsdesk.desk")) for name in reached)


def test_publishing_a_day_never_written_says_that_day_and_the_run_that_writes_it(
    served: Day, copied: str
) -> None:
    """The digests have channels; the day has no digest: "no written digest with a
    channel (see `publish:`)" sent the user to the channels."""
    earlier = served.day - timedelta(days=4)
    with desk_at(served, copied) as desk, pytest.raises(NotFoundError) as raised:
        desk.publish(earlier)

    said = str(raised.value)
    assert said.startswith(f"Nothing to publish for {earlier}: no digest with a channel")
    assert f"run --date {earlier} --no-publish` writes it" in said and "publish:" not in said
