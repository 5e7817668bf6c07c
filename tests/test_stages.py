"""The desk stages over a real store: enrich → group → assess → select, and again later."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newsdesk import pipeline
from newsdesk.cli import app
from newsdesk.collect import canonical_url
from newsdesk.config import EmbedSettings, LLMSettings, load_config, parse_config
from newsdesk.demo import DemoResult, load_sample_day, sample_evening
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.desk import Embedder, bcubed
from newsdesk.model import Item
from newsdesk.stages import day_window, make_embedder
from newsdesk.stages.enrich import enrich
from newsdesk.stages.group import group, open_spans
from newsdesk.stages.select import (
    explain_day,
    rank_for_digest,
    ranked_day,
    select,
    unavailable_sources,
)
from newsdesk.store import open_store

runner = CliRunner()


def encoder() -> Embedder:
    return make_embedder(EmbedSettings())


def test_the_sample_day_becomes_its_stories(demo: DemoResult) -> None:
    sample = load_sample_day()
    store = open_store(demo.config.store_url())
    stored = {s.item.canonical_url: s for s in store.items()}
    predicted = {}
    assert store.stories(unassessed=True) == []  # the days before the window too
    for story in store.stories():
        for member in store.story_stored_items(story.id):
            predicted[member.item.canonical_url] = story.id
    store.close()
    gold = [i.story for i in sample.items]
    got = [predicted[canonical_url(i.url)] for i in sample.items]
    assert bcubed(gold, got).f1 > 0.95
    assert len(stored) == len(predicted)  # every item has a story


def test_chinese_and_english_reports_share_a_story_and_copies_are_linked(demo: DemoResult) -> None:
    store = open_store(demo.config.store_url())
    stories = store.stories()
    items = store.story_items([s.id for s in stories], "usem3-512-200")
    store.close()
    languages = defaultdict(set)
    for item in items:
        languages[item.story_id].add(item.language)
    assert sum(langs == {"zh", "en"} for langs in languages.values()) >= 10
    copies = [i for i in items if i.duplicate_of is not None]
    # The sample has 7 reposts; one copies an article of which its source's list page
    # gives only a two-line summary, so the repost adds text and is not called a copy.
    assert len(copies) == 6
    by_id = {i.id: i for i in items}
    assert all(by_id[c.duplicate_of].story_id == c.story_id for c in copies)


def test_each_digest_selects_relevant_varied_stories_in_its_language(demo: DemoResult) -> None:
    config = demo.config
    store = open_store(config.store_url())
    found = ranked_day(
        store, config, "ai-daily", date(2026, 5, 14), sample_evening(load_sample_day())
    )
    store.close()
    ranked, sections = found.ranked, found.sections or {}
    assert found.day == date(2026, 5, 14)
    lead = [r for r in ranked if sections.get(r.story.id) == "lead"]
    assert len(lead) == 12
    assert all((r.story.relevance or 0) >= 0.5 for r in lead)
    assert len({r.story.category for r in lead}) >= 4
    assert all(
        not any("\u4e00" <= ch <= "\u9fff" for ch in r.title)
        for r in lead
        if "en" in r.story.languages
    )
    off_topic = [r for r in ranked if r.excluded == "not AI"]
    assert len(off_topic) >= 5


def test_stories_an_earlier_edition_ran_unchanged_are_not_selected_again(
    copied_demo: Path,
) -> None:
    config, now = load_config(copied_demo / "newsdesk.yaml"), sample_evening(load_sample_day())
    digest = config.digests[0]
    store = open_store(config.store_url())
    ran = explain_day(store, config, digest.name, None, now)[0]  # the demo published it
    store.save_edition(replace(ran, day=date(2026, 5, 13)), now)  # as if it ran the day before
    window = day_window(digest.timezone, date(2026, 5, 14), now)
    ranked = rank_for_digest(store, config, digest, *window)
    again = select(store, config, now, digests=[digest])[0]
    store.close()
    shown = {r.story.id for r in ran.lead}
    assert all(r.excluded == "published unchanged" for r in ranked if r.story.id in shown)
    assert shown.isdisjoint(r.story.id for r in again.lead + again.more)


def test_grouping_again_without_new_items_changes_nothing(copied_demo: Path) -> None:
    config = load_config(copied_demo / "newsdesk.yaml")
    store = open_store(config.store_url())
    before = {s.id: s.item_count for s in store.stories()}
    again = group(store, config, "usem3-512-200", sample_evening(load_sample_day()))
    after = {s.id: s.item_count for s in store.stories()}
    store.close()
    assert again.grouped == 0 and before == after


def test_a_down_embeddings_endpoint_fails_the_run_with_its_reason_and_keeps_the_items(
    copied_demo: Path,
) -> None:
    config = load_config(copied_demo / "newsdesk.yaml")
    broken = config.model_copy(
        update={"embed": EmbedSettings(kind="openai", base_url="http://127.0.0.1:9/v1")}
    )
    store = open_store(config.store_url())
    count = store.count_items()
    no_sources = broken.model_copy(update={"sources": []})  # nothing to fetch: the desk alone
    summary = asyncio.run(pipeline.arun(no_sources, store, now=sample_evening(load_sample_day())))
    assert not summary.ok
    assert summary.desk_error is not None and "did not answer" in summary.desk_error
    assert store.count_items() == count
    store.close()


def test_stories_and_story_commands_show_the_ranked_day_and_one_story(demo: DemoResult) -> None:
    args = ["--config", str(demo.config_path)]
    listed = runner.invoke(
        app, [*args, "stories", "--date", "2026-05-14", "--digest", "ai-ribao", "--json"]
    )
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert rows[0]["rank"] == 1 and rows[0]["section"] in ("lead", "more")
    assert {"sources", "recency", "engagement", "novelty"} <= set(rows[0]["signals"])
    table = runner.invoke(app, [*args, "stories", "-d", "2026-05-14", "--explain"])
    assert table.exit_code == 0, table.output
    assert "ai-ribao 2026-05-14: 12 lead" in table.stdout and "ai-daily" in table.stdout
    explained = runner.invoke(
        app, [*args, "stories", "-d", "2026-05-14", "--digest", "ai-ribao", "--explain", "--json"]
    )
    placed = {r["id"]: r["placement"] for r in json.loads(explained.stdout)}
    assert {r["id"]: r["section"] for r in rows if r["section"] in ("lead", "more")} == {
        story: where for story, where in placed.items() if where != "out"
    }  # the explanation is the stored edition's own selection
    shown = runner.invoke(app, [*args, "story", rows[0]["id"]])
    assert shown.exit_code == 0, shown.output
    assert f"{rows[0]['item_count']} items" in shown.stdout
    detail = json.loads(runner.invoke(app, [*args, "story", rows[0]["id"], "--json"]).stdout)
    named = {  # the story's publishers (its original reports'; a repost is none)
        i["publisher_key"]: i["publisher"]
        for i in detail["items"]
        if i["publisher"] and i["publisher_key"] in detail["publishers"]
    }
    head = " ".join(shown.stdout.split("first seen", 1)[0].split())  # counts and names
    renamed = [key for key, name in named.items() if name != key]
    assert renamed  # the top story has outlets known by their names, not their hosts
    assert all(named[key] in head and key not in head for key in renamed), head
    missing = runner.invoke(app, [*args, "story", "s000"])
    assert missing.exit_code == 2 and "No story 's000'" in missing.output
    empty = runner.invoke(app, [*args, "stories", "--date", "2030-01-01"])
    assert empty.exit_code == 0
    assert "the newest are from 2026-05-14" in " ".join(empty.stdout.split())
    explained_empty = runner.invoke(
        app, [*args, "stories", "--date", "2030-01-01", "--digest", "ai-daily", "--explain"]
    )
    assert explained_empty.exit_code == 0, explained_empty.output
    pointed = (  # the explanation of an empty day points to the newest day, as the list does
        "No stories on 2030-01-01; the newest are from 2026-05-14: newsdesk --config "
        f"{demo.config_path} stories --date 2026-05-14 --digest ai-daily --explain"
    )
    assert "".join(pointed.split()) in "".join(explained_empty.stdout.split())
    unknown = runner.invoke(app, [*args, "stories", "--digest", "nope"])
    assert unknown.exit_code == 2 and "No digest 'nope'" in unknown.output


def test_an_empty_day_of_one_digest_does_not_point_back_to_itself(copied_demo: Path) -> None:
    """A digest whose sources have nothing on a day that has stories: the newest day
    with stories is that same day, and "the newest are from 2026-05-14: newsdesk stories
    --date 2026-05-14" would send the reader in a circle."""
    config = copied_demo / "newsdesk.yaml"
    loaded = yaml.safe_load(config.read_text(encoding="utf-8"))
    loaded["sources"].append(
        {"id": "quiet", "name": "Quiet", "kind": "feed", "url": "http://127.0.0.1:9/feed.xml"}
    )
    loaded["digests"].append({"name": "quiet", "title": "Quiet", "sources": ["quiet"]})
    config.write_text(yaml.safe_dump(loaded, allow_unicode=True), encoding="utf-8")
    args = ["--config", str(config), "stories", "--date", "2026-05-14", "--digest", "quiet"]

    for extra in ([], ["--explain"]):
        result = runner.invoke(app, [*args, *extra])
        assert result.exit_code == 0, result.output
        said = " ".join(result.stdout.split())
        assert "the newest are from" not in said and "in the store yet" not in said, said
        assert "No stories on 2026-05-14 from the sources of quiet." in said, said
    elsewhere = runner.invoke(app, [*args[:2], "stories", "--date", "2030-01-01"])
    assert "the newest are from 2026-05-14" in " ".join(elsewhere.stdout.split())


@pytest.mark.usefixtures("demo_command")
def test_the_demo_summary_shows_items_becoming_stories_and_the_leads(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "Stories: 151 items grouped into" in result.stdout
    assert "Selected for ai-ribao 2026-05-14: 12 lead, 10 more news" in result.stdout


def test_an_old_article_resurfacing_opens_only_the_stories_of_its_own_days() -> None:
    now = datetime(2026, 5, 14, 12, tzinfo=UTC)
    spans = open_spans(
        [now, now - timedelta(hours=30), now - timedelta(days=365)], timedelta(days=3)
    )
    year_ago = datetime(2025, 5, 14, tzinfo=UTC)
    assert spans == [
        (year_ago - timedelta(days=3), year_ago + timedelta(days=1)),
        (datetime(2026, 5, 10, tzinfo=UTC), datetime(2026, 5, 15, tzinfo=UTC)),
    ]


def test_a_late_report_joins_the_story_it_belongs_to(tmp_path: Path) -> None:
    config = parse_config(
        "sources: [{id: wire, kind: feed, url: 'https://wire.example/feed'}]", env={}
    )
    store = open_store(f"sqlite:///{tmp_path / 'late.db'}")
    store.sync_sources(config.sources)
    day = datetime(2026, 5, 14, tzinfo=UTC)
    reports = [
        ("Halo-2 reasoning model launched by Lumen Labs, 88.4% on AIME", day - timedelta(hours=14)),
        ("Lumen Labs' Halo-2 tops AIME at 88.4% as API opens to all", day + timedelta(hours=8)),
        ("Halo-2 from Lumen Labs: what its 88.4% AIME score means", day - timedelta(hours=1)),
    ]

    def add(n: int) -> None:
        title, when = reports[n]
        item = Item(
            source_id="wire", url=f"https://wire.example/{n}", canonical_url=f"https://wire.example/{n}",
            title=title, snippet="", text="", author="", published=when, language="en",
            content_hash=str(n),
        )  # fmt: skip
        store.upsert_items([item], day + timedelta(hours=12))
        enrich(store, encoder())

    add(0)
    add(1)
    group(store, config, encoder().name, day + timedelta(hours=12))
    [story] = store.stories()
    add(2)  # published the evening before, fetched at noon
    report = group(store, config, encoder().name, day + timedelta(hours=12))
    assert report.new_stories == 0 and report.updated_stories == 1
    assert [s.id for s in store.stories()] == [story.id]
    store.close()


def test_a_digest_names_its_sources_that_failed_or_went_stale(tmp_path: Path) -> None:
    config = parse_config(
        """
sources:
  - {id: wire, name: Compute Wire, kind: feed, url: 'https://wire.example/feed.xml'}
  - {id: route, name: 鹭鸟快讯, kind: rsshub, route: /heron/news}
  - {id: lab, name: Lab Blog, kind: feed, url: 'https://lab.example/feed.xml'}
  - {id: other, kind: feed, url: 'https://other.example/feed.xml', tags: [elsewhere]}
digests:
  - {name: ai-daily, title: AI Daily, language: en, sources: [wire, route, lab]}
""",
        env={},
    )
    store = open_store(f"sqlite:///{tmp_path / 'h.db'}")
    store.sync_sources(config.sources)
    now = datetime.now(UTC)
    states = store.fetch_states()
    ok = {"last_status": "ok", "last_success": now, "last_entries": 5, "last_newest": now}
    store.save_fetch_state(replace(states["wire"], **ok))  # type: ignore[arg-type]
    store.save_fetch_state(
        replace(states["route"], **ok | {"last_newest": now - timedelta(days=300)})  # type: ignore[arg-type]
    )
    store.save_fetch_state(
        replace(states["lab"], last_status="failed", last_error="HTTP 403", consecutive_failures=2)
    )
    store.save_fetch_state(replace(states["other"], last_status="failed", last_error="HTTP 500"))

    down = unavailable_sources(store, config, config.digests[0], now)

    assert down == ("鹭鸟快讯", "Lab Blog")


def test_a_past_day_is_written_from_the_store_and_published_only_when_asked(
    copied_demo: Path,
) -> None:
    """`run --date D --no-publish` writes D's digests from the stored items, fetching
    nothing (the demo's server is gone) and posting nothing; `publish` posts them later."""
    args = ["--config", str(copied_demo / "newsdesk.yaml")]

    result = runner.invoke(app, [*args, "run", "--date", "2026-05-13", "--no-publish"])

    assert result.exit_code == 0, result.output
    assert "Selected for ai-ribao 2026-05-13:" in result.stdout
    store = open_store(f"sqlite:///{copied_demo / 'newsdesk.db'}")
    try:
        written = store.digest("ai-ribao", date(2026, 5, 13))
        assert written is not None and written.entries
        assert store.publication("ai-ribao", date(2026, 5, 13), "hugo") is None
    finally:
        store.close()
    shown = runner.invoke(app, [*args, "digest", "show", "--date", "2026-05-13"])
    assert shown.exit_code == 0, shown.output
    posted = runner.invoke(app, [*args, "publish", "--date", "2026-05-13"])
    assert posted.exit_code == 0, posted.output
    assert list((copied_demo / "hugo" / "content" / "posts").glob("*2026-05-13*"))


def test_run_digest_writes_that_digest_alone(copied_demo: Path) -> None:
    """`run --digest ai-daily` selects and writes the English digest of the day and
    leaves the Chinese one unwritten; a digest the config lacks is refused by name."""
    args = ["--config", str(copied_demo / "newsdesk.yaml")]

    result = runner.invoke(
        app, [*args, "run", "--date", "2026-05-13", "--no-publish", "--digest", "ai-daily"]
    )

    assert result.exit_code == 0, result.output
    assert "Selected for ai-daily 2026-05-13:" in result.stdout
    assert "ai-ribao" not in result.stdout
    store = open_store(f"sqlite:///{copied_demo / 'newsdesk.db'}")
    try:
        assert store.digest("ai-daily", date(2026, 5, 13)) is not None
        assert store.digest("ai-ribao", date(2026, 5, 13)) is None
    finally:
        store.close()
    unknown = runner.invoke(app, [*args, "run", "--date", "2026-05-13", "--digest", "ai-weekly"])
    assert unknown.exit_code == 2 and "No digest 'ai-weekly'" in unknown.output


def test_a_run_with_nothing_new_says_each_digest_stays_as_published_and_where(
    copied_demo: Path,
) -> None:
    """The demo published ai-ribao's day; running that day again finds nothing new, so
    the edition is neither rewritten nor posted again, and the summary says so rather
    than leaving the digest out."""
    args = ["--config", str(copied_demo / "newsdesk.yaml")]

    result = runner.invoke(app, [*args, "run", "--date", "2026-05-14"])

    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    folder = copied_demo / "output" / "ai-ribao" / "2026-05-14"
    assert (
        f"ai-ribao 2026-05-14: nothing new; revision 1 stays published, not written or "
        f"published again ({folder})" in said
    ), said
    ran = runner.invoke(app, [*args, "run", "--date", "2026-05-14", "--json"])
    unchanged = json.loads(ran.stdout)["summary"]["desk"]["unchanged"]
    assert {"digest": "ai-ribao", "day": "2026-05-14", "revision": 1, "status": "published",
            "folder": str(folder)} in unchanged  # fmt: skip


def test_a_day_still_to_come_is_refused(tmp_path: Path) -> None:
    (tmp_path / "newsdesk.yaml").write_text("sources: []\n", encoding="utf-8")
    result = runner.invoke(
        app, ["--config", str(tmp_path / "newsdesk.yaml"), "run", "--date", "2999-01-01"]
    )
    assert result.exit_code == 2 and "still to come" in result.output


def test_a_configured_llm_without_its_key_writes_offline_and_says_so(
    copied_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_path = copied_demo / "newsdesk.yaml"
    config_path.write_text(
        config_path.read_text(encoding="utf-8")
        + "llm: {base_url: 'https://llm.example.com/v1', api_key_env: DESK_TEST_KEY}\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("DESK_TEST_KEY", raising=False)
    args = ["--config", str(config_path), "-v"]

    result = runner.invoke(app, [*args, "run", "--date", "2026-05-13", "--no-publish"])

    assert result.exit_code == 0, result.output
    said = "llm.api_key_env DESK_TEST_KEY is not set: written offline"
    assert f"! {said}" in result.stdout
    store = open_store(f"sqlite:///{copied_demo / 'newsdesk.db'}")
    try:
        written = store.digest("ai-ribao", date(2026, 5, 13))
        assert written is not None
        assert written.fallbacks[0].startswith(said)
        assert all(e.written_by == "offline" for e in written.entries)
    finally:
        store.close()


def _with_llm(config_path: Path, block: str) -> None:
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(f"{text}llm: {block}\n", encoding="utf-8")


def test_a_required_llm_without_its_key_fails_the_run_before_writing(
    copied_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_path = copied_demo / "newsdesk.yaml"
    _with_llm(
        config_path,
        "{base_url: 'https://llm.example.com/v1', api_key_env: DESK_TEST_KEY, required: true}",
    )
    monkeypatch.delenv("DESK_TEST_KEY", raising=False)

    result = runner.invoke(
        app, ["--config", str(config_path), "run", "--date", "2026-05-13", "--no-publish"]
    )

    assert result.exit_code == 1, result.output
    said = "llm.required is set and the LLM cannot be used: llm.api_key_env DESK_TEST_KEY"
    assert said in " ".join(result.output.split())
    assert not (copied_demo / "output" / "ai-ribao" / "2026-05-13").exists()
    store = open_store(f"sqlite:///{copied_demo / 'newsdesk.db'}")
    try:
        assert store.digest("ai-ribao", date(2026, 5, 13)) is None
    finally:
        store.close()


@pytest.mark.parametrize("required", [True, False])
def test_an_endpoint_refusing_the_key_fails_a_required_run_and_is_said_once_otherwise(
    copied_demo: Path, server: LocalServer, required: bool
) -> None:
    refusal = b'{"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}}'
    server.routes["/v1/chat/completions"] = Reply(401, refusal)
    config_path = copied_demo / "newsdesk.yaml"
    block = f"base_url: '{server.url('/v1')}', concurrency: 1, required: {str(required).lower()}"
    _with_llm(config_path, "{" + block + "}")

    result = runner.invoke(
        app, ["--config", str(config_path), "run", "--date", "2026-05-13", "--no-publish"]
    )

    output = " ".join(result.output.split())
    assert len(server.requests) == 1  # a refused key is not asked again this run
    if required:
        assert result.exit_code == 1, result.output
        assert "llm.required is set and the LLM cannot be used:" in output
        assert "refused the API key in OPENAI_API_KEY" in output
        assert not (copied_demo / "output" / "ai-ribao" / "2026-05-13").exists()
    else:
        assert result.exit_code == 0, result.output
        assert "the LLM was not asked for" in output and "refused the API key" in output


def test_an_offline_english_digest_selects_only_more_news_it_can_write(demo: DemoResult) -> None:
    """Without an LLM, "more news" of ai-daily passes over the stories told only in
    Chinese (the offline editor has no English line for them) for the next ones; with an
    LLM to translate them, selection is as before."""
    store = open_store(demo.config.store_url())
    evening, day = sample_evening(load_sample_day()), date(2026, 5, 14)
    llm = LLMSettings(base_url="http://127.0.0.1:9/v1")
    [offline] = explain_day(store, demo.config, "ai-daily", day, evening)
    [online] = explain_day(
        store, demo.config.model_copy(update={"llm": llm}), "ai-daily", day, evening
    )
    store.close()
    assert len(offline.more) == 10
    assert all("en" in r.story.languages for r in offline.more)
    assert any("en" not in r.story.languages for r in online.more)
    passed = [d for d in offline.decisions if d.reason == "not in the digest's language"]
    assert passed and all("more news took the next story" in d.detail for d in passed)
