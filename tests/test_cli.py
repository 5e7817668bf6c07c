"""The newsdesk command: exit codes, messages, options before or after the command."""

from __future__ import annotations

import json
import re
import socket
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from importlib import metadata
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

import newsdesk
from conftest import HEAD
from newsdesk._command import command as typed_command
from newsdesk._command import command_name, hints_for_anywhere, use_config
from newsdesk.cli import app
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import RankedStory, Selection, Story
from newsdesk.store import open_store
from sample_day import Day

runner = CliRunner()
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Compute Wire</title>
<item><title>Helix-2 inference card ships</title><link>https://cw.example/helix-2</link>
<pubDate>Thu, 14 May 2026 10:00:00 +0800</pubDate></item></channel></rss>"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder to run in, where no name of the reserved ``.example`` domain is looked
    up: a test that would ask DNS for one (a feed added without --name is read once for
    its title) fails, as it would otherwise wait on the network or pass without it."""
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSDESK_CONFIG", "NEWSDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    asked: list[str] = []
    lookup = socket.getaddrinfo

    def no_example_names(host: object, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.rstrip(".").endswith(".example"):
            asked.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_example_names)
    yield tmp_path
    assert not asked, f"looked up {asked} in DNS: give --name, or serve the feed locally"


def write_config(path: Path, server: LocalServer) -> Path:
    path.write_text(
        f"""
fetch: {{retries: 0, per_host_delay: 0, allow_private_addresses: true}}
sources:
  - {{id: wire, name: Compute Wire, kind: feed, url: '{server.url("/feed.xml")}'}}
  - {{id: dead, kind: feed, url: '{server.url("/dead.xml")}'}}
""",
        encoding="utf-8",
    )
    return path


def test_init_writes_starter_and_sources_lists_it(workdir: Path) -> None:
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert (workdir / "newsdesk.yaml").exists()
    listed = runner.invoke(app, ["sources", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert len(rows) >= 25
    assert {"机器之心", "OpenAI News", "Hacker News"} <= {r["name"] for r in rows}
    assert all(r["state"]["last_status"] is None for r in rows)


def test_init_without_sources_writes_the_starter_with_an_empty_list_to_add_to(
    workdir: Path,
) -> None:
    result = runner.invoke(app, ["init", "--no-sources"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "with no sources and the digests ai-ribao, ai-daily" in said
    assert "sources add ID --kind feed" in said
    written = (workdir / "newsdesk.yaml").read_text(encoding="utf-8")
    assert "jiqizhixin" not in written and "digests:" in written
    assert "# Every source: id (unique slug), kind" in written  # what a source may say
    added = runner.invoke(
        app, ["sources", "add", "wire", "--kind", "feed", "--url", "https://wire.example/rss",
              "--name", "Wire"],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    rows = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)
    assert [r["id"] for r in rows] == ["wire"]


def test_init_for_a_chinese_desk_writes_only_the_chinese_digest(workdir: Path) -> None:
    """A Chinese 日报 wants no English edition warning that its stories have no English
    report; the sources stay (an LLM writes Chinese from English reports)."""
    result = runner.invoke(app, ["init", "--language", "zh"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert "sources and the digest ai-ribao." in said and "write today's digest)" in said
    config = newsdesk.load_config(workdir / "newsdesk.yaml")
    assert [d.language for d in config.digests] == ["zh"] and len(config.sources) >= 25


def test_init_in_a_language_the_starter_has_no_digest_in_is_refused(workdir: Path) -> None:
    result = runner.invoke(app, ["init", "--language", "fr"])
    assert result.exit_code == 2
    assert "the starter has digests in zh and en only" in result.output
    assert not (workdir / "newsdesk.yaml").exists()


def test_init_refuses_to_overwrite_without_force(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text("# mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 2
    assert "already exists. Use --force" in result.output
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0


def test_broken_config_names_the_key_and_exits_2(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n  - {id: x, kind: feed, url: 'htp:/x'}\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["sources"])
    assert result.exit_code == 2
    assert "sources[0].url: 'htp:/x' is not an http(s) URL" in result.output


def test_missing_config_exits_2_with_hint(workdir: Path) -> None:
    result = runner.invoke(app, ["fetch"])
    assert result.exit_code == 2
    assert "newsdesk init" in result.output


def test_bad_usage_exits_2(workdir: Path) -> None:
    assert runner.invoke(app, ["fetch", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["items", "--date", "14/05/2026"]).exit_code == 2


def test_a_date_in_the_right_form_that_does_not_exist_is_told_so(workdir: Path) -> None:
    """30 February is written like a date: the user needs to hear the day is wrong, not
    that the form is."""
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n  - {id: x, kind: feed, url: 'https://example.org/feed.xml'}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["items", "--date", "2026-02-30"])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "there is no such day" in said and "not a date like" not in said
    misformed = runner.invoke(app, ["items", "--date", "14/05/2026"])
    assert "is not a date like 2026-05-14" in " ".join(misformed.output.split())


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_date_at_the_ends_of_the_calendar_is_refused_in_words_not_a_traceback(
    workdir: Path, day: str
) -> None:
    """The day's hours in the config's zone fall outside the dates Python has."""
    (workdir / "newsdesk.yaml").write_text("sources: []\n", encoding="utf-8")

    result = runner.invoke(app, ["stories", "--date", day])

    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert f"--date {day}: a day from 1900-01-01 to 9998-12-31 is needed" in said


def test_fetch_prints_summary_and_items_lists_the_day(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    config = write_config(workdir / "conf.yaml", server)
    result = runner.invoke(app, ["fetch", "--config", str(config), "--db", "x.db"])
    assert result.exit_code == 0, result.output
    assert "Sources: 1 ok, 0 not modified, 1 failed" in result.stdout
    assert "✗ dead: HTTP 404 Not Found" in result.stdout
    assert "Items: 1 new, 0 updated, 0 unchanged" in result.stdout
    assert (workdir / "x.db").exists()
    listed = runner.invoke(
        app, ["--config", str(config), "--db", "x.db", "items", "--date", "2026-05-14", "--json"]
    )
    assert listed.exit_code == 0, listed.output
    [item] = json.loads(listed.stdout)
    assert item["title"] == "Helix-2 inference card ships"
    assert item["source_id"] == "wire"
    other_day = runner.invoke(
        app, ["items", "-c", str(config), "--db", "x.db", "-d", "2026-05-15", "--json"]
    )
    assert json.loads(other_day.stdout) == []


def test_items_on_an_empty_day_points_to_the_newest_day_with_items(
    workdir: Path, server: LocalServer
) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    config = write_config(workdir / "newsdesk.yaml", server)
    assert runner.invoke(app, ["items", "-c", str(config), "-d", "2026-05-14"]).exit_code == 0
    empty = runner.invoke(app, ["items", "-c", str(config), "-d", "2026-05-14"])
    assert "No items in the store yet: `newsdesk fetch` collects them" in empty.stdout
    assert runner.invoke(app, ["fetch", "-c", str(config)]).exit_code == 0
    wide = {"COLUMNS": "200"}
    later = runner.invoke(app, ["items", "-c", str(config), "-d", "2026-06-01"], env=wide)
    assert later.exit_code == 0, later.output
    assert (
        "No items on 2026-06-01; the newest are from 2026-05-14: "
        "newsdesk items --date 2026-05-14" in later.stdout
    )
    of_source = runner.invoke(
        app, ["items", "-c", str(config), "-d", "2026-06-01", "-s", "wire"], env=wide
    )
    assert "newsdesk items --date 2026-05-14 --source wire" in of_source.stdout
    that_day = runner.invoke(app, ["items", "-c", str(config), "-d", "2026-05-14"], env=wide)
    assert "No items" not in that_day.stdout
    assert "Helix-2 inference card ships" in that_day.stdout


def test_sources_shows_last_status_after_fetch(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED)
    config = write_config(workdir / "newsdesk.yaml", server)
    runner.invoke(app, ["fetch", "-c", str(config)])
    rows = {r["id"]: r for r in json.loads(runner.invoke(app, ["sources", "--json"]).stdout)}
    assert rows["wire"]["state"]["last_status"] == "ok"
    assert rows["dead"]["state"]["consecutive_failures"] == 1
    assert "404" in rows["dead"]["state"]["last_error"]


def test_run_fails_with_exit_1_when_every_source_fails(workdir: Path, server: LocalServer) -> None:
    config = write_config(workdir / "newsdesk.yaml", server)
    result = runner.invoke(app, ["run", "--config", str(config)])
    assert result.exit_code == 1
    assert "Sources: 0 ok, 0 not modified, 2 failed" in result.stdout


def test_sources_check_reports_each_source(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED)
    config = write_config(workdir / "newsdesk.yaml", server)
    result = runner.invoke(app, ["sources", "check", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "1 ok, 1 failed" in result.stdout
    assert not (workdir / "newsdesk.db").exists()


def test_sources_check_fails_a_file_whose_every_record_was_skipped(workdir: Path) -> None:
    (workdir / "wire.jsonl").write_text(
        '{"link": "https://wire.example/a", "headline": "Quill-3 released"}\n'
        '{"link": "https://wire.example/b", "headline": "Quill-3 benchmarked"}\n',
        encoding="utf-8",
    )
    (workdir / "newsdesk.yaml").write_text(
        "timezone: UTC\nsources: [{id: wire, kind: jsonl, path: wire.jsonl}]\n", encoding="utf-8"
    )

    result = runner.invoke(app, ["sources", "check"], env={"COLUMNS": "300"})

    assert result.exit_code == 1, result.output
    assert "0 ok, 1 failed" in result.stdout
    said = " ".join(result.stdout.split())
    assert "no usable records: all 2 were skipped (record has no url under 'url'" in said


def test_sources_check_keeps_a_source_ok_when_its_keywords_left_nothing(workdir: Path) -> None:
    (workdir / "wire.jsonl").write_text(
        '{"url": "https://wire.example/a", "title": "Quill-3 released"}\n', encoding="utf-8"
    )
    (workdir / "newsdesk.yaml").write_text(
        "timezone: UTC\n"
        "sources: [{id: wire, kind: jsonl, path: wire.jsonl, keywords: [robotics]}]\n",
        encoding="utf-8",
    )

    result = runner.invoke(app, ["sources", "check"], env={"COLUMNS": "300"})

    assert result.exit_code == 0, result.output
    assert "1 ok, 0 failed" in result.stdout


def test_unreachable_database_is_exit_1(workdir: Path, server: LocalServer) -> None:
    config = write_config(workdir / "newsdesk.yaml", server)
    result = runner.invoke(app, ["items", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x"])
    assert result.exit_code == 1, result.output
    assert "Could not open the database" in result.output
    assert config.exists()


def test_a_sqlite_store_that_cannot_be_opened_is_named_with_what_it_needs(
    workdir: Path, server: LocalServer
) -> None:
    """SQLite says only "unable to open database file", naming no file."""
    write_config(workdir / "newsdesk.yaml", server)
    (workdir / "blocked").mkdir()
    store = workdir / "blocked" / "store.db"
    store.mkdir()  # a folder where the file would be: SQLite cannot open it, root or not

    result = runner.invoke(app, ["fetch", "--db", str(store)])

    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert f"Could not open the database {store}: unable to open database file: its" in said
    assert "folder must be there, and newsdesk allowed to write in it" in said


def test_feed_text_is_never_read_as_markup(workdir: Path, server: LocalServer) -> None:
    feed = FEED.replace(b"Helix-2 inference card ships", b"Prompting with [/INST] and [bold]x")
    server.routes["/feed.xml"] = Reply(200, feed)
    config = write_config(workdir / "newsdesk.yaml", server)
    runner.invoke(app, ["fetch", "-c", str(config)])
    result = runner.invoke(app, ["items", "-d", "2026-05-14"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Prompting with [/INST] and [bold]x" in result.stdout


def test_unknown_or_disabled_source_selector_exits_2(workdir: Path, server: LocalServer) -> None:
    config = write_config(workdir / "newsdesk.yaml", server)
    result = runner.invoke(app, ["fetch", "--source", "nosuch"])
    assert result.exit_code == 2
    assert "'nosuch' is not a source id or tag" in result.output
    text = config.read_text(encoding="utf-8").replace("id: dead,", "id: dead, enabled: false,")
    config.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["sources", "check", "-s", "dead"])
    assert result.exit_code == 2
    assert "'dead' is disabled" in result.output


def test_sources_json_redacts_header_values(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text(
        "sources: [{id: r, kind: reddit, subreddit: x, headers: {Authorization: 'Bearer s3cret'}}]",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["sources", "--json"])
    assert "s3cret" not in result.stdout
    assert json.loads(result.stdout)[0]["headers"] == {"Authorization": "<redacted>"}


def test_sources_json_shows_a_variable_as_the_file_writes_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key filled from the environment (a feed's private key in its url) is shown as
    ${VAR}, never the secret the variable holds."""
    (workdir / "newsdesk.yaml").write_text(
        "sources: [{id: p, kind: feed, url: 'https://private.example/rss?key=${FEED_KEY}'}]",
        encoding="utf-8",
    )
    monkeypatch.setenv("FEED_KEY", "s3cret")
    result = runner.invoke(app, ["sources", "--json"])
    assert "s3cret" not in result.stdout
    assert json.loads(result.stdout)[0]["url"] == "https://private.example/rss?key=${FEED_KEY}"


def test_init_writes_where_config_points_and_makes_folders(workdir: Path) -> None:
    result = runner.invoke(app, ["--config", "conf/dir/news.yaml", "init"])
    assert result.exit_code == 0, result.output
    assert (workdir / "conf" / "dir" / "news.yaml").exists()
    assert runner.invoke(app, ["-c", "conf/dir/news.yaml", "sources"]).exit_code == 0


def test_init_tells_the_next_commands_with_the_config_they_need(workdir: Path) -> None:
    """The next steps it prints work as printed: with --config for a file elsewhere."""
    here = runner.invoke(app, ["init"])
    assert (
        "Next: newsdesk sources check, then newsdesk run (collect and write today's digests)."
        in (" ".join(here.output.split()))
    )
    there = runner.invoke(app, ["init", "conf/news.yaml"])
    assert there.exit_code == 0, there.output
    assert (
        "Next: newsdesk --config conf/news.yaml sources check, "
        "then newsdesk --config conf/news.yaml run (collect"
    ) in " ".join(there.output.split())
    (workdir / "newsdesk.yaml").unlink()
    listed = runner.invoke(app, ["--config", "conf/news.yaml", "sources", "--json"])
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) >= 25


def test_init_tells_the_config_the_next_commands_would_not_find_by_themselves(
    workdir: Path,
) -> None:
    """With NEWSDESK_CONFIG set, a bare next command reads that file: ./newsdesk.yaml
    needs --config then, and the file NEWSDESK_CONFIG names does not."""
    elsewhere = {"NEWSDESK_CONFIG": "conf/news.yaml"}
    here = runner.invoke(app, ["init", "newsdesk.yaml"], env=elsewhere)
    assert here.exit_code == 0, here.output
    assert "Next: newsdesk --config newsdesk.yaml sources check" in " ".join(here.output.split())
    there = runner.invoke(app, ["init"], env=elsewhere)
    assert (workdir / "conf" / "news.yaml").is_file(), there.output
    assert "Next: newsdesk sources check, then newsdesk run" in " ".join(there.output.split())


def test_init_into_a_folder_writes_its_newsdesk_yaml(workdir: Path) -> None:
    (workdir / "srv").mkdir()
    result = runner.invoke(app, ["init", "srv"])
    assert result.exit_code == 0, result.output
    assert (workdir / "srv" / "newsdesk.yaml").is_file()
    assert "--config srv/newsdesk.yaml sources check" in " ".join(result.output.split())
    again = runner.invoke(app, ["init", "srv"])
    assert again.exit_code == 2 and "srv/newsdesk.yaml already exists" in again.output


def test_items_json_has_iso_times(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED)
    write_config(workdir / "newsdesk.yaml", server)
    runner.invoke(app, ["fetch"])
    [item] = json.loads(runner.invoke(app, ["items", "-d", "2026-05-14", "--json"]).stdout)
    assert item["published"] == "2026-05-14T02:00:00+00:00"


def _seed_explained_day(workdir: Path) -> None:
    """A config with one digest (3 lead, 2 more) and a stored, assessed day of stories
    that meets every reason selection has, and an edition of the day before."""
    (workdir / "newsdesk.yaml").write_text(
        """
store: {url: desk.db}
sources: [{id: wire, kind: feed, url: 'https://wire.example/feed.xml'}]
digests: [{name: ribao, title: AI 日报, select: {lead: 3, more: 2}}]
""",
        encoding="utf-8",
    )
    noon = datetime(2026, 5, 14, 4, 0, tzinfo=UTC)

    def story(key: str, category: str, importance: float, relevance: float = 0.9) -> Story:
        vector = np.zeros(8, dtype=np.float32)
        vector["abcdefgh".index(key)] = 1.0
        return Story(
            id=f"s-{key}",
            title=f"Story {key.upper()}",
            titles={"en": f"Story {key.upper()}"},
            first_seen=noon,
            last_updated=noon,
            item_count=1,
            sources=("wire",),
            domains=("wire.example",),
            languages=("en", "zh"),  # the offline writer can tell it in the digest's zh
            source_items={"wire": 1},
            centroid=vector,
            category=category,
            relevance=relevance,
            importance=importance,
            breakdown={"sources": 0.0},
        )

    stories = [
        story("a", "models", 0.9),  # lead
        story("b", "models", 0.8),  # more: one models story already leads (cap 1)
        story("c", "products", 0.5),  # lead
        story("d", "business", 0.4),  # lead
        story("e", "papers", 0.3),  # more: the lead's three slots went to better ones
        story("f", "models", 0.2),  # out: lead and more are full
        story("g", "models", 0.95, relevance=0.1),  # out: not AI
        story("h", "products", 0.7),  # out: yesterday's edition ran it, nothing new
    ]
    store = open_store(f"sqlite:///{workdir / 'desk.db'}")
    try:
        store.save_stories(stories)
        yesterday = RankedStory(stories[-1], score=0.7, breakdown={}, title="Story H", reports=1)
        store.save_edition(
            Selection("ribao", date(2026, 5, 13), [yesterday], [], [yesterday]), noon
        )
    finally:
        store.close()


def test_stories_explain_says_where_each_story_went_and_why(workdir: Path) -> None:
    _seed_explained_day(workdir)
    result = runner.invoke(app, ["stories", "--date", "2026-05-14", "--explain"])
    assert result.exit_code == 0, result.output
    assert "ribao 2026-05-14: 3 lead, 2 more news of 8 stories" in result.stdout
    rows = json.loads(
        runner.invoke(app, ["stories", "--date", "2026-05-14", "--explain", "--json"]).stdout
    )
    got = {r["id"]: (r["placement"], r["reason"]) for r in rows}
    assert got == {
        "s-a": ("lead", "top"),
        "s-c": ("lead", "top"),
        "s-d": ("lead", "top"),
        "s-b": ("more", "category cap"),
        "s-e": ("more", "not in the top N"),
        "s-f": ("out", "not in the top N"),
        "s-g": ("out", "not AI"),
        "s-h": ("out", "published unchanged"),
    }
    assert [r["id"] for r in rows][-1] == "s-g"  # off the digest's topic: last
    detail = {r["id"]: r["detail"] for r in rows}
    assert detail["s-b"] == "the lead already has 1 models (max_per_category)"
    assert detail["s-g"] == "relevance 0.10 is below the digest's minimum"
    assert detail["s-h"] == "published before at 1 reports, none new since"


def test_stories_explain_for_an_unknown_digest_exits_2(workdir: Path) -> None:
    _seed_explained_day(workdir)
    result = runner.invoke(app, ["stories", "--explain", "--digest", "nope"])
    assert result.exit_code == 2 and "nope" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["items", "--date", "[/red]"],
        ["--config", "[/red].yaml", "sources"],
        ["items", "--date", "2026-05-14", "--source", "[/red]"],
    ],
    ids=["date", "config path", "source"],
)
def test_markup_in_user_text_is_printed_as_written(workdir: Path, args: list[str]) -> None:
    (workdir / "newsdesk.yaml").write_text("sources: []\n", encoding="utf-8")

    result = runner.invoke(app, args)

    assert result.exit_code == 2, result.output
    assert "[/red]" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_markup_in_a_config_value_is_printed_as_written(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text("timezone: '[/red]'\n", encoding="utf-8")

    result = runner.invoke(app, ["sources"])

    assert result.exit_code == 2, result.output
    assert "'[/red]'" in result.output


def test_markup_in_the_config_folder_is_printed_as_written(workdir: Path) -> None:
    folder = workdir / "[" / "red]"
    folder.mkdir(parents=True)
    (folder / "newsdesk.yaml").write_text("sources: []\n", encoding="utf-8")

    result = runner.invoke(app, ["init", str(folder / "new.yaml")])

    assert result.exit_code == 0, result.output
    assert "[/red]/new.yaml" in result.output


@pytest.mark.parametrize("command", ["items", "stories"])
def test_a_limit_beyond_any_table_is_refused_with_its_range(workdir: Path, command: str) -> None:
    result = runner.invoke(app, [command, "-n", "9223372036854775808"])

    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.output
    assert "1000000" in result.output


OLD_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Heron Route</title>
<item><title>Heron's first model</title><link>https://heron.example/1</link>
<pubDate>Tue, 14 Jan 2025 10:00:00 +0000</pubDate></item>
<item><title>Heron's second model</title><link>https://heron.example/2</link>
<pubDate>Wed, 15 Jan 2025 10:00:00 +0000</pubDate></item></channel></rss>"""


def test_sources_shows_health_and_the_run_names_stale_sources(
    workdir: Path, server: LocalServer
) -> None:
    today = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    server.routes["/feed.xml"] = Reply(
        200, FEED.replace(b"Thu, 14 May 2026 10:00:00 +0800", today.encode())
    )
    server.routes["/dead.xml"] = Reply(200, OLD_FEED)  # answers, but with year-old posts
    config = write_config(workdir / "newsdesk.yaml", server)

    fetched = runner.invoke(app, ["fetch", "-c", str(config)])
    listed = runner.invoke(app, ["sources"], env={"COLUMNS": "200"})

    assert fetched.exit_code == 0, fetched.output
    assert "~ dead is stale: serves only old items: the newest of 2 is" in fetched.stdout
    assert "stale" in listed.stdout and "serves only old items" in listed.stdout
    rows = {r["id"]: r for r in json.loads(runner.invoke(app, ["sources", "--json"]).stdout)}
    assert rows["dead"]["health"]["status"] == "stale"
    assert rows["wire"]["health"]["status"] == "ok"
    assert rows["wire"]["health"]["last_day"] == 1
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    stored_day = runner.invoke(app, ["run", "--date", yesterday, "--no-publish"])
    assert "Sources: 0 ok" in stored_day.stdout  # a stored day: nothing fetched
    assert "is stale" not in stored_day.stdout  # so nothing to call stale


def test_sources_says_a_source_waits_for_its_variable_before_any_fetch(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHANNEL_TOKEN", raising=False)
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n"
        "  - {id: wire, kind: feed, url: 'https://wire.example/feed.xml'}\n"
        "  - {id: channel, kind: feed, url: 'https://bot.example/${CHANNEL_TOKEN}/feed'}\n",
        encoding="utf-8",
    )

    listed = runner.invoke(app, ["sources"], env={"COLUMNS": "200"})

    assert listed.exit_code == 0, listed.output
    [wire] = [line for line in listed.stdout.splitlines() if "│ wire" in line]
    [channel] = [line for line in listed.stdout.splitlines() if "│ channel" in line]
    assert "waits for CHANNEL_TOKEN: export CHANNEL_TOKEN=... to fetch it" in channel
    assert "waits" not in wire and "never fetched" in wire


def test_sources_at_80_columns_puts_each_problem_on_its_own_line(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHANNEL_TOKEN", raising=False)
    (workdir / "newsdesk.yaml").write_text(
        "timezone: Europe/Lisbon\n"
        "sources:\n"
        "  - {id: wire, kind: feed, url: 'https://wire.example/feed.xml'}\n"
        "  - {id: channel, kind: feed, url: 'https://bot.example/${CHANNEL_TOKEN}/feed'}\n",
        encoding="utf-8",
    )

    listed = runner.invoke(app, ["sources"], env={"COLUMNS": "80"})

    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "problem" not in lines[1] + lines[2] + lines[3]
    assert "channel: waits for CHANNEL_TOKEN: export CHANNEL_TOKEN=... to fetch it" in lines
    assert not any(line.startswith("wire:") for line in lines)


def test_sources_check_at_80_columns_says_each_reason_once_under_the_table(
    workdir: Path, server: LocalServer
) -> None:
    """The reason column would wrap a few characters a line and repeat what the lines
    under the table say: at 80 columns the table leaves it out; wide, it stays."""
    server.routes["/feed.xml"] = Reply(200, FEED)
    server.routes["/dead.xml"] = Reply(403, b"expired", {"Content-Type": "text/plain"})
    config = write_config(workdir / "newsdesk.yaml", server)

    narrow = runner.invoke(app, ["sources", "check", "-c", str(config)], env={"COLUMNS": "80"})
    wide = runner.invoke(app, ["sources", "check", "-c", str(config)], env={"COLUMNS": "300"})

    assert narrow.exit_code == 0, narrow.output
    table = narrow.stdout.split("\n└")[0]
    assert "reason" not in table and "HTTP 403" not in table
    assert narrow.stdout.count("HTTP 403 Forbidden") == 1
    assert "  wrong: HTTP 403 Forbidden" in narrow.stdout
    assert "reason" in wide.stdout and wide.stdout.count("HTTP 403 Forbidden") == 2


def test_sources_check_says_what_is_wrong_and_what_to_try(
    workdir: Path, server: LocalServer
) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED)
    server.routes["/dead.xml"] = Reply(403, b"expired", {"Content-Type": "text/plain"})
    config = write_config(workdir / "newsdesk.yaml", server)

    result = runner.invoke(app, ["sources", "check", "-c", str(config)], env={"COLUMNS": "300"})

    assert result.exit_code == 0, result.output
    assert "wrong: HTTP 403 Forbidden" in result.stdout
    assert "try:   the site refuses newsdesk: a cookie or token" in result.stdout
    assert not (workdir / "newsdesk.db").exists()


def test_sources_check_gives_the_advice_for_private_addresses_once(workdir: Path) -> None:
    """Three feeds on this machine or a private network meet the same refusal: the advice
    is said once, under the first, and the others point to it; no source's error repeats
    it either."""
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n"
        "  - {id: a, name: A, kind: feed, url: 'http://127.0.0.1:1/a.xml'}\n"
        "  - {id: b, name: B, kind: feed, url: 'http://127.0.0.1:1/b.xml'}\n"
        "  - {id: c, name: C, kind: feed, url: 'http://10.0.0.9/c.xml'}\n",
        "utf-8",
    )

    result = runner.invoke(app, ["sources", "check"], env={"COLUMNS": "300"})

    assert result.exit_code == 1, result.output
    under = result.stdout.split("\n└")[1]  # the table's reason column quotes each error
    assert under.count("the address is on this machine or a private network") == 1
    assert under.count("newsdesk fetches only public internet addresses") == 0
    assert "  wrong: refused to fetch http://127.0.0.1:1/b.xml: 127.0.0.1 is a loopback " in (
        result.stdout
    )
    assert under.count("  try:   as for a above") == 2


def test_an_older_store_names_db_upgrade_which_brings_it_current(
    workdir: Path, store_at: Callable[[str, str], None]
) -> None:
    (workdir / "newsdesk.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    store_at(f"sqlite:///{workdir / 'newsdesk.db'}", "0008")

    refused = runner.invoke(app, ["items"])
    status = runner.invoke(app, ["db", "status"])
    upgraded = runner.invoke(app, ["db", "upgrade"])
    again = runner.invoke(app, ["db", "upgrade"])
    opened = runner.invoke(app, ["items"])

    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert f"has schema 0008; this newsdesk needs {HEAD}. Run `newsdesk db upgrade`" in (
        " ".join(refused.output.split())
    )
    assert status.exit_code == 0, status.output
    assert f"Schema: 0008, this newsdesk needs {HEAD}" in status.output
    assert f"Pending ({int(HEAD) - 8}):" in status.output and "0009  Which process" in status.output
    assert upgraded.exit_code == 0 and f"schema 0008 → {HEAD}." in upgraded.output
    assert f"schema {HEAD}, already current." in again.output
    assert opened.exit_code == 0, opened.output


def test_sources_add_disable_and_enable_change_the_file_that_sources_lists(
    workdir: Path,
) -> None:
    path = workdir / "newsdesk.yaml"
    path.write_text("# ours\nsources:\n  - {id: lab, kind: hackernews}  # keep\n", "utf-8")

    added = runner.invoke(
        app, ["sources", "add", "wire", "--kind", "feed", "--url", "https://wire.example/rss",
              "--name", "The Wire", "--set", "tags=[en, media]"],
    )  # fmt: skip
    disabled = runner.invoke(app, ["sources", "disable", "lab"])
    listed = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)

    assert added.exit_code == 0 and disabled.exit_code == 0, added.output + disabled.output
    assert "Added The Wire (feed) to newsdesk.yaml" in added.output
    assert [(r["id"], r["enabled"], r["tags"]) for r in listed] == [
        ("lab", False, []), ("wire", True, ["en", "media"]),
    ]  # fmt: skip
    assert runner.invoke(app, ["sources", "enable", "lab"]).exit_code == 0
    assert path.read_text("utf-8") == (
        "# ours\nsources:\n  - {id: lab, kind: hackernews}  # keep\n"
        "  - id: wire\n    name: The Wire\n    kind: feed\n    url: https://wire.example/rss\n"
        "    tags: [en, media]\n"
    )


def test_sources_disable_says_what_it_did_to_one_or_several_and_refuses_an_unknown_id(
    workdir: Path,
) -> None:
    """One id or several: each is said done (or already so); an id the file does not have
    is named with the ones it has, and nothing is changed, not even the known ids."""
    path = workdir / "newsdesk.yaml"
    text = (
        "sources:\n  - {id: lab, kind: hackernews}\n"
        "  - {id: wire, kind: feed, url: 'https://wire.example/rss'}\n"
        "  - {id: blog, kind: feed, url: 'https://blog.example/rss'}\n"
    )
    path.write_text(text, "utf-8")

    unknown = runner.invoke(app, ["sources", "disable", "lab", "nope", "gone"])
    unchanged = path.read_text("utf-8")
    one = runner.invoke(app, ["sources", "disable", "lab"])
    again = runner.invoke(app, ["sources", "disable", "lab", "wire"])
    shown = runner.invoke(app, ["sources", "enable", "lab", "wire", "--json"])
    listed = json.loads(runner.invoke(app, ["sources", "--json"]).stdout)

    assert unknown.exit_code == 2 and unchanged == text
    assert "No source 'nope' nor 'gone' in newsdesk.yaml (its sources: lab, wire, blog)" in (
        " ".join(unknown.output.split())
    )
    assert "nothing was changed" in unknown.output
    assert one.exit_code == 0 and " ".join(one.output.split()) == (
        "Disabled lab in newsdesk.yaml; runs skip it until `newsdesk sources enable lab`."
    )
    assert again.exit_code == 0 and " ".join(again.output.split()) == (
        "lab was disabled already in newsdesk.yaml. Disabled wire in newsdesk.yaml; runs "
        "skip it until `newsdesk sources enable wire`."
    )
    assert shown.exit_code == 0
    assert [(r["id"], r["enabled"]) for r in json.loads(shown.stdout)] == [
        ("lab", True), ("wire", True),
    ]  # fmt: skip
    assert [r["enabled"] for r in listed] == [True, True, True] and path.read_text("utf-8") == text


def test_sources_add_of_a_feed_on_this_machine_is_refused_unless_it_may_reach_it(
    workdir: Path,
) -> None:
    """Every fetch of a feed on 127.0.0.1 would be refused: it is not added (the file is
    untouched) until added with the key that lets it through, which the refusal names."""
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")
    local = ["sources", "add", "mine", "--kind", "feed", "--url", "http://127.0.0.1:1/zh.xml",
             "--name", "Mine"]  # fmt: skip

    refused = runner.invoke(app, local)
    untouched = path.read_text("utf-8")
    allowed = runner.invoke(app, [*local, "--set", "allow_private_addresses=true"])

    assert refused.exit_code == 2 and untouched == "sources: []\n"
    said = " ".join(refused.output.split())
    assert "No source was added: 127.0.0.1 is a loopback address (this machine)" in said
    assert "add it with --set allow_private_addresses=true" in said
    assert allowed.exit_code == 0, allowed.output
    assert "allow_private_addresses: true" in path.read_text("utf-8")
    assert "Note:" not in allowed.output


def test_sources_add_of_a_private_address_is_added_where_the_desk_fetches_them_all(
    workdir: Path,
) -> None:
    (workdir / "newsdesk.yaml").write_text(
        "fetch: {allow_private_addresses: true}\nsources: []\n", "utf-8"
    )

    added = runner.invoke(app, ["sources", "add", "lan", "--kind", "feed", "--url",
                                "http://10.0.0.7/f.xml", "--name", "Lan"])  # fmt: skip

    assert added.exit_code == 0, added.output


def test_sources_add_of_a_file_source_matching_no_file_says_so_and_adds_it(
    workdir: Path,
) -> None:
    """A file source whose path matches nothing would fail only at its first fetch: the
    command says so at once, and adds it all the same (the file may come later)."""
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")
    (workdir / "wire-1.jsonl").write_text('{"title": "t", "url": "https://w.example/1"}\n')

    missing = runner.invoke(app, ["sources", "add", "later", "--kind", "jsonl", "--set",
                                  "path=exports/*.jsonl"])  # fmt: skip
    found = runner.invoke(app, ["sources", "add", "wire", "--kind", "jsonl", "--set",
                                "path=wire-*.jsonl"])  # fmt: skip

    assert missing.exit_code == 0, missing.output
    said = " ".join(missing.output.split())
    assert f"no file matches {workdir / 'exports' / '*.jsonl'} yet" in said
    assert "The source is added" in said
    assert "id: later" in path.read_text("utf-8")
    assert found.exit_code == 0 and "Note:" not in found.output


def test_sources_add_without_a_name_says_readers_see_its_id(workdir: Path) -> None:
    """A source's name is what readers see under each story it reports ("Source: wire."):
    one added without --name (its feed names itself nothing here) is told so; a named
    one, or one of many outlets, is not."""
    (workdir / "newsdesk.yaml").write_text("sources: []\n", "utf-8")
    feed = ["--kind", "feed", "--url", "https://wire.example/rss"]

    with LocalServer({}) as untitled:
        bare = runner.invoke(app, ["sources", "add", "wire", "--kind", "feed", "--url",
                                   untitled.url("/rss"), "--set", ALLOW_HERE])  # fmt: skip
    named = runner.invoke(app, ["sources", "add", "blog", *feed[:3], "https://blog.example/rss",
                                "--name", "Tidewater Blog"])  # fmt: skip
    many = runner.invoke(app, ["sources", "add", "hn", "--kind", "hackernews"])

    assert bare.exit_code == named.exit_code == many.exit_code == 0, bare.output
    assert " ".join(bare.output.split()).endswith(
        "Its stories are credited to 'wire', its id, until it has a name: add name: under "
        "`- id: wire` in newsdesk.yaml, or add it with --name."
    )
    assert "credited" not in named.output and "credited" not in many.output


TIDEWATER_RSS = (
    b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
    b"<title>Tidewater Tech</title><link>https://tidewater.example/</link>"
    b"<item><title>Lumina raises $500M</title><link>https://tidewater.example/1</link></item>"
    b"</channel></rss>"
)

#: The feeds these tests serve are on this machine, which a source reads only when told.
ALLOW_HERE = "allow_private_addresses=true"


def test_sources_add_without_a_name_names_a_feed_by_its_own_title(workdir: Path) -> None:
    """What a reader of the feed sees as its name is what the digest credits: read once
    from the feed as its fetches will read it (here one on this machine, allowed)."""
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")
    rss = Reply(200, TIDEWATER_RSS, {"Content-Type": "application/rss+xml"})
    with LocalServer({"/rss": rss}) as feeds:
        added = runner.invoke(app, ["sources", "add", "tide", "--kind", "feed", "--url",
                                    feeds.url("/rss"), "--set", ALLOW_HERE])  # fmt: skip

    assert added.exit_code == 0, added.output
    said = " ".join(added.output.split())
    assert "Added Tidewater Tech (feed)" in said
    assert said.endswith(
        "Named 'Tidewater Tech' after its feed's title; --name gives another. "
        "Next: newsdesk sources check --source tide"
    )  # the next step last, after what was done
    assert "credited" not in said
    assert "  - id: tide\n    name: Tidewater Tech\n    kind: feed\n" in path.read_text("utf-8")
    assert [r.path for r in feeds.requests] == ["/rss"]  # once, no more


def test_sources_add_with_a_name_keeps_it_and_reads_nothing(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text("sources: []\n", "utf-8")
    rss = Reply(200, TIDEWATER_RSS, {"Content-Type": "application/rss+xml"})
    with LocalServer({"/rss": rss}) as feeds:
        added = runner.invoke(app, ["sources", "add", "tide", "--kind", "feed", "--url",
                                    feeds.url("/rss"), "--name", "Tidewater",
                                    "--set", ALLOW_HERE])  # fmt: skip

    assert added.exit_code == 0, added.output
    assert "Added Tidewater (feed)" in added.output and "Named" not in added.output
    assert feeds.requests == []


def test_sources_add_of_a_feed_it_cannot_read_keeps_the_id_and_says_so(workdir: Path) -> None:
    """A feed that answers 404 gives no title: the source is added under its id, and the
    user is told (one on this machine not allowed is refused before any request)."""
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")
    with LocalServer({}) as feeds:
        missing = runner.invoke(app, ["sources", "add", "gone", "--kind", "feed", "--url",
                                      feeds.url("/rss"), "--set", ALLOW_HERE])  # fmt: skip
        refused = runner.invoke(app, ["sources", "add", "mine", "--kind", "feed", "--url",
                                      feeds.url("/rss")])  # fmt: skip
        asked = [r.path for r in feeds.requests]

    assert missing.exit_code == 0, missing.output
    assert "Its stories are credited to 'gone', its id" in " ".join(missing.output.split())
    assert refused.exit_code == 2
    assert asked == ["/rss"]  # the refused one was never asked
    assert "name:" not in path.read_text("utf-8")


def test_sources_add_keeps_a_variable_in_a_set_value_for_the_file_to_read_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--set 'headers={X-Key: ${WIRE_KEY}}'``: the owner's command line writes the
    variable as it is, and the file reads it from the environment as it reads any (the
    secret never goes into the file); one not set yet is said, with what to export."""
    monkeypatch.setenv("WIRE_KEY", "s3cret")
    monkeypatch.delenv("LAB_KEY", raising=False)
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")
    wire = ["sources", "add", "wire", "--kind", "feed", "--url", "https://wire.example/rss",
            "--name", "Wire"]  # fmt: skip
    lab = ["sources", "add", "lab", "--kind", "feed", "--url", "https://lab.example/rss",
           "--name", "Lab"]  # fmt: skip

    added = runner.invoke(app, [*wire, "--set", "headers={X-Key: '${WIRE_KEY}'}"])
    waiting = runner.invoke(app, [*lab, "--set", "headers={X-Key: 'Bearer ${LAB_KEY}'}"])
    listed = {r["id"]: r for r in json.loads(runner.invoke(app, ["sources", "--json"]).stdout)}

    assert added.exit_code == 0, added.output
    assert waiting.exit_code == 0, waiting.output
    text = path.read_text("utf-8")
    assert "${WIRE_KEY}" in text and "Bearer ${LAB_KEY}" in text and "s3cret" not in text
    assert "LAB_KEY is not set: export LAB_KEY=..." in " ".join(waiting.output.split())
    assert "not set" not in added.output
    assert set(listed) == {"wire", "lab"}
    config = newsdesk.load_config(path)
    assert config.source("wire").headers == {"X-Key": "s3cret"}  # type: ignore[attr-defined]


def test_sources_add_refuses_a_bad_source_in_the_configs_words(workdir: Path) -> None:
    path = workdir / "newsdesk.yaml"
    path.write_text("sources: []\n", "utf-8")

    result = runner.invoke(app, ["sources", "add", "wire", "--kind", "feed", "--url", "wire.rss"])

    assert result.exit_code == 2
    assert "The source was not added:" in result.output
    assert "url: 'wire.rss' is not an http(s) URL" in result.output
    assert path.read_text("utf-8") == "sources: []\n"


def test_sources_add_with_a_taken_id_names_the_source_and_what_to_do(workdir: Path) -> None:
    """Not the config's "appears twice": the user added one source, and is told which
    one has the id already and how to change or stop it."""
    path = workdir / "newsdesk.yaml"
    text = "sources:\n  - {id: wire, name: The Wire, kind: feed, url: https://wire.example/rss}\n"
    path.write_text(text, "utf-8")

    result = runner.invoke(
        app, ["sources", "add", "wire", "--kind", "feed", "--url", "https://x.example/rss",
              "--name", "X"]
    )  # fmt: skip

    said = " ".join(result.stderr.split())
    assert result.exit_code == 2
    assert "already has a source with the id 'wire' (The Wire, feed)" in said
    assert "Choose another id, or change that source in the file." in said
    assert "sources` lists the ids taken." in said
    assert "appears twice" not in said
    assert path.read_text("utf-8") == text


def test_an_english_digest_with_no_style_is_written_as_the_english_daily(
    workdir: Path,
) -> None:
    """The default style follows the digest's language: an English digest's Markdown has
    English headings and record, not the ribao style's 深度解读 & 洞察 and 更多动态."""
    records = [
        {
            "url": "https://wire.example/aster-4",
            "title": "Shenyan releases Aster-4, a model with a 4-million-token context",
            "summary": "Shenyan Technology released Aster-4 on Friday, with a context "
            "window of 4 million tokens and API prices cut by half.",
            "published": datetime.now(UTC).isoformat(),
            "publisher": "The Wire",
        },
    ]
    (workdir / "items.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    (workdir / "newsdesk.yaml").write_text(
        "timezone: UTC\n"
        "sources:\n  - {id: local, kind: jsonl, path: items.jsonl, language: en}\n"
        "digests:\n"
        "  - {name: daily, title: AI Daily, language: en, timezone: UTC}\n"
        "  - {name: ribao, title: AI 日报, language: zh, timezone: UTC}\n",
        encoding="utf-8",
    )

    result = runner.invoke(app, ["run", "--no-publish"])

    assert result.exit_code == 0, result.output
    today = datetime.now(UTC).date().isoformat()
    english = workdir / "output" / "daily" / today
    assert [p.name for p in english.glob("*.md")] == ["brief.md"]
    written = (english / "brief.md").read_text(encoding="utf-8")
    assert "**Today in brief**" in written and "深度解读" not in written
    # the story's one source is its record, under no "Why it matters:" heading
    assert "\n\nSource: The Wire." in written and "Why it matters" not in written
    assert (workdir / "output" / "ribao" / today / "ribao.md").is_file()


def test_version_prints_the_installed_newsdesk_without_a_config(workdir: Path) -> None:
    """For a bug report or an upgrade; it needs no newsdesk.yaml."""
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"newsdesk {metadata.version('newsdesk')}\n"


def test_a_run_with_no_source_enabled_says_why_nothing_was_collected(workdir: Path) -> None:
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n  - {id: wire, kind: feed, url: 'https://wire.example/f.xml', enabled: false}\n",
        encoding="utf-8",
    )

    for command in (["run", "--no-publish"], ["fetch"], ["run", "--json"]):
        result = runner.invoke(app, command)

        assert result.exit_code == 0, result.output
        assert "No source is enabled in" in result.stderr
        assert "newsdesk sources add ID --kind feed --url URL" in result.stderr
    assert json.loads(result.stdout)["summary"]["sources"] == []


def test_a_source_check_of_a_desk_with_no_source_says_how_to_add_one(workdir: Path) -> None:
    """`init --no-sources` then `sources check`, as its hint suggests: an empty table of
    results told a new user nothing, the next step does."""
    assert runner.invoke(app, ["init", "--no-sources"]).exit_code == 0

    result = runner.invoke(app, ["sources", "check"])

    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert said.startswith("No source is enabled in newsdesk.yaml, so there is nothing to check")
    assert "`newsdesk sources add ID --kind feed --url URL`" in said
    assert "┏" not in result.output and "0 ok, 0 failed" not in result.output


def test_an_empty_config_is_told_a_start_that_works_on_it(workdir: Path) -> None:
    """`init` refuses a file that exists: the hint for an empty one is `init --force`,
    and the config's own disabled sources are offered before it is replaced."""
    (workdir / "empty.yaml").write_text("", encoding="utf-8")
    empty = runner.invoke(app, ["--config", "empty.yaml", "fetch"])
    (workdir / "empty.yaml").write_text(
        "sources:\n  - {id: wire, kind: feed, url: 'https://wire.example/f.xml', enabled: false}\n",
        encoding="utf-8",
    )
    disabled = runner.invoke(app, ["--config", "empty.yaml", "fetch"])

    assert empty.exit_code == 0, empty.output
    said = " ".join(empty.stderr.split())
    assert (
        "replace empty.yaml with the starter config: `newsdesk --config empty.yaml init --force`"
        in said
    )
    assert "init`" not in said
    said = " ".join(disabled.stderr.split())
    assert "enable one of its 1 in empty.yaml (drop its `enabled: false`)" in said
    assert "init" not in said


def test_sources_and_items_show_times_with_their_zone(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    config = write_config(workdir / "newsdesk.yaml", server)
    config.write_text("timezone: Asia/Shanghai\n" + config.read_text(), encoding="utf-8")
    runner.invoke(app, ["fetch", "-c", str(config)])
    wide = {"COLUMNS": "240"}
    shown = runner.invoke(app, ["sources", "-c", str(config)], env=wide)
    rows = {r["id"]: r for r in json.loads(runner.invoke(app, ["sources", "--json"]).stdout)}
    items = runner.invoke(app, ["items", "-c", str(config), "-d", "2026-05-14"], env=wide)
    fetched = datetime.fromisoformat(rows["wire"]["state"]["last_fetched"])
    local = fetched.astimezone(ZoneInfo("Asia/Shanghai"))
    assert "last fetch (Asia/Shanghai)" in shown.stdout  # a table names its zone once
    assert f"{local:%Y-%m-%d %H:%M}" in shown.stdout
    assert "published (Asia/Shanghai)" in items.stdout
    assert "2026-05-14 10:00" in items.stdout  # the feed's 10:00 +0800


def test_a_storys_times_carry_their_offset(served: Day, copied: str) -> None:
    where = ["--config", str(served.config_path), "--db", copied]
    day = served.day.isoformat()
    [first] = json.loads(runner.invoke(app, [*where, "stories", "-d", day, "--json"]).stdout)[:1]
    panel = runner.invoke(app, [*where, "story", first["id"]], env={"COLUMNS": "200"})
    assert re.search(
        r"first seen \d{4}-\d\d-\d\d \d\d:\d\d UTC\+08:00, last updated "
        r"\d{4}-\d\d-\d\d \d\d:\d\d UTC\+08:00",
        panel.stdout,
    ), panel.stdout


def test_stories_on_an_empty_store_says_how_to_get_some(workdir: Path) -> None:
    assert runner.invoke(app, ["init"]).exit_code == 0
    for explain in ([], ["--explain"]):
        shown = runner.invoke(app, ["stories", *explain], env={"COLUMNS": "200"})
        assert shown.exit_code == 0, shown.output
        assert "No stories in the store yet: `newsdesk fetch` collects items" in shown.stdout


def test_a_hint_names_the_config_file_the_user_gave(workdir: Path) -> None:
    """A next step is typed as printed: run with --config (before the command or after
    it), it names that file; the file a bare command finds by itself goes unnamed."""
    assert runner.invoke(app, ["init", "conf/news.yaml"]).exit_code == 0
    before = runner.invoke(app, ["--config", "conf/news.yaml", "stories"])
    after = runner.invoke(app, ["stories", "--config", "conf/news.yaml"])
    by_env = runner.invoke(app, ["stories"], env={"NEWSDESK_CONFIG": "conf/news.yaml"})
    for shown in (before, after):
        assert shown.exit_code == 0, shown.output
        said = " ".join(shown.output.split())
        assert "`newsdesk --config conf/news.yaml fetch` collects items" in said
        assert "`newsdesk --config conf/news.yaml run` groups them" in said
    assert "`newsdesk fetch` collects items" in " ".join(by_env.output.split())


def test_a_hint_names_the_database_the_user_gave(workdir: Path) -> None:
    """Run with --db, a next step typed without it would read the config's own store:
    it names that --db too (quoted), the one $NEWSDESK_DB gives goes unnamed, and the
    sample day's demo, which keeps a store and config of its own, is named bare."""
    assert runner.invoke(app, ["init", "conf/news.yaml"]).exit_code == 0
    made = runner.invoke(app, ["--config", "conf/news.yaml", "--db", "other dir/news.db", "fetch"])
    assert (workdir / "other dir" / "news.db").exists(), made.output
    given = runner.invoke(
        app, ["--config", "conf/news.yaml", "--db", "other dir/news.db", "stories"]
    )
    by_env = runner.invoke(
        app, ["--config", "conf/news.yaml", "stories"], env={"NEWSDESK_DB": "other dir/news.db"}
    )
    assert given.exit_code == 0 and by_env.exit_code == 0, given.output + by_env.output
    said = " ".join(given.output.split())
    assert "`newsdesk --config conf/news.yaml --db 'other dir/news.db' fetch` collects" in said
    assert "try the sample day: `newsdesk demo`" in said
    assert "`newsdesk --config conf/news.yaml fetch` collects" in " ".join(by_env.output.split())


def test_a_hint_never_shows_the_databases_password() -> None:
    """A hint is printed, shown on web pages and sent in alerts: a --db URL's password
    is hidden in it, so the command fails to sign in rather than leak it."""
    use_config(None, Path("newsdesk.yaml"), "postgresql+psycopg://desk:s3cret@db.example/news")
    assert typed_command() == "newsdesk --db 'postgresql+psycopg://desk:***@db.example/news'"


def test_a_hint_read_elsewhere_names_the_config_the_database_and_python_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A served page's or a scheduler's alert's hint is pasted in any folder: the
    config (even the one a bare command finds there), a SQLite file, and the interpreter
    of `python -m newsdesk` are named by their full paths; a server's URL stays as is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsdesk.yaml").write_text("sources: []\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(Path(newsdesk.__file__).parent / "__main__.py")])
    monkeypatch.setattr(sys, "executable", str(tmp_path / ".venv" / "bin" / "python"))
    use_config(Path("newsdesk.yaml"), Path("newsdesk.yaml"), "sqlite:///data/news.db")
    assert typed_command() == ".venv/bin/python -m newsdesk --db sqlite:///data/news.db"
    hints_for_anywhere()
    assert typed_command() == (
        f"{tmp_path}/.venv/bin/python -m newsdesk --config {tmp_path}/newsdesk.yaml "
        f"--db sqlite:///{tmp_path}/data/news.db"
    )
    use_config(None, Path("newsdesk.yaml"), "postgresql+psycopg://desk:s3cret@db.example/news")
    assert typed_command().endswith("--db 'postgresql+psycopg://desk:***@db.example/news'")


def test_the_demo_names_the_command_as_it_can_be_typed_again(tmp_path: Path) -> None:
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    script = venv / "newsdesk"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    # after `make demo`: started as .venv/bin/newsdesk, no newsdesk on the PATH
    assert command_name(".venv/bin/newsdesk", None) == ".venv/bin/newsdesk"
    # an activated venv, or an install on the PATH: the bare name finds this one
    assert command_name(str(script), str(script)) == "newsdesk"
    # another newsdesk on the PATH: the path that was typed
    assert command_name(str(script), "/usr/bin/newsdesk") == str(script)
    assert command_name("/srv/my tools/newsdesk", None) == "'/srv/my tools/newsdesk'"
    assert command_name("/usr/lib/python3/site-packages/newsdesk/__main__.py", None) == ("newsdesk")
    # python -m newsdesk: that interpreter, unless the newsdesk beside it is on the PATH
    main = "/srv/app/newsdesk/__main__.py"
    python = str(venv / "python")
    assert command_name(main, None, python) == f"{python} -m newsdesk"
    assert command_name(main, str(script), python) == "newsdesk"


@pytest.mark.parametrize("on_path", [False, True])
def test_every_hint_names_newsdesk_as_the_user_started_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, on_path: bool
) -> None:
    """After `make demo` the user types `.venv/bin/newsdesk`, whose folder is not on the
    PATH: the next steps that the CLI, the config and the desk suggest say so too.  With
    that folder on the PATH (an activated venv) they say `newsdesk`."""
    folder = workdir / ".venv" / "bin"
    folder.mkdir(parents=True)
    (folder / "newsdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "newsdesk").chmod(0o755)
    monkeypatch.setenv("PATH", str(folder) if on_path else str(workdir / "nowhere"))
    monkeypatch.setattr(sys, "argv", [".venv/bin/newsdesk"])
    me = "newsdesk" if on_path else ".venv/bin/newsdesk"

    no_config = runner.invoke(app, ["sources"])
    assert runner.invoke(app, ["init"]).exit_code == 0
    no_stories = runner.invoke(app, ["stories"], env={"COLUMNS": "200"})
    no_edition = runner.invoke(app, ["edition", "show"])

    assert f"Run `{me} init` to write a starter" in no_config.output
    assert f"No stories in the store yet: `{me} fetch` collects items" in no_stories.output
    assert f"`{me} run --no-publish` makes today's draft" in no_edition.output
    if not on_path:
        assert "`newsdesk " not in no_config.output + no_stories.output + no_edition.output


def test_serve_help_says_the_review_desk_is_at_the_root() -> None:
    shown = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    said = " ".join(shown.output.split())
    assert shown.exit_code == 0
    assert "the review desk in a browser at /" in said and "/api/v1/docs" in said


def test_help_joins_the_lines_of_a_docstring_paragraph() -> None:
    """Docstrings are wrapped at 88 columns; `--help` rewraps them to the terminal, so a
    command's summary never breaks where its source line did ("the store's" / "schema")."""
    shown = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    doctor = next(line for line in shown.output.splitlines() if "│ doctor" in line)
    assert "the config, the store's schema, the cover's fonts" in doctor


def test_help_shows_no_value_after_a_switch() -> None:
    """A switch takes no value: typer 0.29's help printed `--json <bool>` and even
    `--help <bool>`, as if one had to write `--json true`."""
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", None) or {"": command}
        for sub_name in subs:
            words = [w for w in [name, sub_name] if w]
            shown = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "200"})
            assert shown.exit_code == 0, words
            assert "<bool>" not in shown.output, words
            assert "--help" in shown.output


def test_help_shows_brackets_in_option_help_as_written() -> None:
    """`--help` reads help text as markup, so `--set 'tags=[zh, media]'` lost its list
    and showed `'tags='`: every option's help is shown whole, brackets included."""
    group = typer.main.get_command(app)
    checked = 0
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", None) or {"": command}
        for sub_name, sub in subs.items():
            for param in sub.params:
                text = getattr(param, "help", None) or ""
                if "[" not in text:
                    continue
                words = [w for w in [name, sub_name] if w]
                shown = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "400"})
                said = " ".join(shown.output.replace("│", " ").split())
                assert " ".join(text.replace("\\[", "[").split()) in said, (words, text)
                checked += 1
    assert checked


def test_init_into_a_new_folder_makes_it_and_writes_its_newsdesk_yaml(workdir: Path) -> None:
    """`init blog` (or `blog/`, whose slash the shell's path loses) is a folder to make, not
    a config file named "blog"; a YAML name stays a file."""
    result = runner.invoke(app, ["init", "blog"])
    assert result.exit_code == 0, result.output
    assert (workdir / "blog" / "newsdesk.yaml").is_file()
    assert "--config blog/newsdesk.yaml sources check" in " ".join(result.output.split())
    nested = runner.invoke(app, ["init", "sites/ai-ribao/"])
    assert nested.exit_code == 0 and (workdir / "sites/ai-ribao/newsdesk.yaml").is_file()
    named = runner.invoke(app, ["init", "conf/news.yml"])
    assert named.exit_code == 0 and (workdir / "conf" / "news.yml").is_file()


def test_init_into_a_new_folder_named_like_a_site_makes_the_folder(workdir: Path) -> None:
    """A blog's folder is often named like its site: `init me.github.io` is a folder,
    not a config file named "me.github.io"; `NEWS.YML` is a file whatever its case."""
    site = runner.invoke(app, ["init", "me.github.io"])
    assert site.exit_code == 0, site.output
    assert (workdir / "me.github.io" / "newsdesk.yaml").is_file()
    upper = runner.invoke(app, ["init", "NEWS.YML"])
    assert upper.exit_code == 0 and (workdir / "NEWS.YML").is_file()
    again = runner.invoke(app, ["init", "me.github.io"])
    assert again.exit_code == 2 and "already exists" in again.output


def test_publish_of_a_channel_when_no_digest_has_any_says_so_and_how_to_add_one(
    workdir: Path,
) -> None:
    """The starter config has no channel: naming one lists none ("channels: ")."""
    assert runner.invoke(app, ["init"]).exit_code == 0

    result = runner.invoke(app, ["publish", "--channel", "nope"])

    assert result.exit_code != 0
    assert "no digest has a channel: add one under a digest's `publish:`" in result.output
    assert "(channels: )" not in result.output


def test_a_missing_config_names_it_once_in_the_init_to_run(workdir: Path) -> None:
    """`--config mine.yaml init mine.yaml` runs, but says the file twice."""
    result = runner.invoke(app, ["--config", "my conf.yaml", "sources"])

    assert result.exit_code != 0
    assert "`newsdesk init 'my conf.yaml'`" in result.output
    assert runner.invoke(app, ["init", "my conf.yaml"]).exit_code == 0
    assert runner.invoke(app, ["--config", "my conf.yaml", "sources"]).exit_code == 0


READ_ONLY = [
    ["stories"],
    ["items"],
    ["story", "s1"],
    ["sources"],
    ["digest", "show"],
    ["edition", "show"],
    ["edition", "diff"],
    ["edition", "export"],
    ["render"],
    ["site"],
    ["schedule"],
    ["user", "list"],
    ["mcp"],
]


@pytest.mark.parametrize("command", READ_ONLY, ids=" ".join)
def test_a_command_that_only_reads_names_a_mistyped_db_and_makes_nothing_there(
    workdir: Path, command: list[str]
) -> None:
    """A --db naming no file is a typo: the command says so, naming the path, rather
    than make an empty store there and answer from it that there is nothing."""
    assert runner.invoke(app, ["init"]).exit_code == 0
    before = runner.invoke(app, ["--db", "typo/news.db", *command])
    after = runner.invoke(app, [*command, "--db", "typo/news.db"])
    for shown in (before, after):
        assert shown.exit_code == 2, shown.output
        said = " ".join(shown.output.split())
        assert f"There is no store at {workdir / 'typo' / 'news.db'}: check --db" in said
        assert "Traceback" not in said
    assert not (workdir / "typo").exists()


def test_a_mistyped_db_in_the_environment_is_named_too(workdir: Path) -> None:
    assert runner.invoke(app, ["init"]).exit_code == 0
    shown = runner.invoke(app, ["stories"], env={"NEWSDESK_DB": "typo.db"})
    assert shown.exit_code == 2, shown.output
    assert "There is no store at" in shown.output and "$NEWSDESK_DB" in shown.output
    assert not (workdir / "typo.db").exists()


def test_commands_that_write_still_make_a_new_store_at_db(workdir: Path) -> None:
    assert runner.invoke(app, ["init"]).exit_code == 0
    made = runner.invoke(app, ["--db", "new.db", "db", "upgrade"])
    assert made.exit_code == 0 and (workdir / "new.db").exists(), made.output
    shown = runner.invoke(app, ["--db", "new.db", "stories"])
    assert shown.exit_code == 0, shown.output
    assert "No stories in the store yet" in " ".join(shown.output.split())


def test_db_status_of_a_missing_store_makes_neither_it_nor_its_folder(workdir: Path) -> None:
    assert runner.invoke(app, ["init"]).exit_code == 0
    shown = runner.invoke(app, ["--db", "typo/news.db", "db", "status"])
    assert shown.exit_code == 0, shown.output
    assert "none yet" in shown.output
    assert not (workdir / "typo").exists()


def _feed_of(host: str, *dates: str) -> bytes:
    items = "".join(
        f"<item><title>星河智能发布第{n}款模型</title><link>https://{host}/{n}</link>"
        f"<pubDate>{when}</pubDate></item>"
        for n, when in enumerate(dates)
    )
    channel = f"<channel><title>星河</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def test_a_time_without_a_zone_is_read_in_the_sources_zone_else_the_configs(
    workdir: Path, server: LocalServer
) -> None:
    """A Chinese feed writes Beijing time without saying so: the config's top-level
    timezone places it, a source's own timezone overrides that, and a time that names its
    zone keeps it."""
    dates = ("2026-05-14 08:30", "2026年5月14日 08:30", "2026-05-14 08:30 UTC")
    for name in ("a", "b"):
        feed = _feed_of(f"{name}.example", *dates)
        server.routes[f"/{name}.xml"] = Reply(200, feed, {"Content-Type": "application/rss+xml"})
    (workdir / "newsdesk.yaml").write_text(
        f"""
timezone: Asia/Shanghai
fetch: {{retries: 0, per_host_delay: 0, allow_private_addresses: true}}
sources:
  - {{id: beijing, kind: feed, url: '{server.url("/a.xml")}'}}
  - {{id: tokyo, kind: feed, url: '{server.url("/b.xml")}', timezone: Asia/Tokyo}}
""",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["fetch"]).exit_code == 0
    listed = runner.invoke(app, ["items", "--date", "2026-05-14", "--limit", "20", "--json"])
    published = {(i["source_id"], i["url"][-1]): i["published"] for i in json.loads(listed.stdout)}
    assert published == {
        ("beijing", "0"): "2026-05-14T00:30:00+00:00",
        ("beijing", "1"): "2026-05-14T00:30:00+00:00",
        ("beijing", "2"): "2026-05-14T08:30:00+00:00",
        ("tokyo", "0"): "2026-05-13T23:30:00+00:00",
        ("tokyo", "1"): "2026-05-13T23:30:00+00:00",
        ("tokyo", "2"): "2026-05-14T08:30:00+00:00",
    }


def test_a_run_whose_channel_fails_exits_1_and_says_publish_tries_again(workdir: Path) -> None:
    """A scheduled run must not look fine when its digest never reached a channel: the
    digest is written and kept, the run exits 1 and says how to publish it again.  A
    digest waiting for review is the workflow, not a failure."""
    record = {
        "url": "https://wire.example/aster-4",
        "title": "Shenyan releases Aster-4, a model with a 4-million-token context",
        "summary": "Shenyan Technology released Aster-4 on Friday, with a context window of "
        "4 million tokens and API prices cut by half.",
        "published": datetime.now(UTC).isoformat(),
        "publisher": "The Wire",
    }
    (workdir / "items.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (workdir / "blocker").write_text("a file where the channel wants a folder\n")
    (workdir / "newsdesk.yaml").write_text(
        "timezone: UTC\n"
        "sources:\n  - {id: local, kind: jsonl, path: items.jsonl, language: en}\n"
        "digests:\n"
        "  - name: daily\n    title: AI Daily\n    language: en\n    timezone: UTC\n"
        "    publish: [{id: site, kind: files, dir: blocker/out}]\n"
        "  - name: weekly\n    title: AI Weekly\n    language: en\n    timezone: UTC\n"
        "    review: required\n    publish: [{id: shelf, kind: files, dir: shelf}]\n",
        encoding="utf-8",
    )

    result = runner.invoke(app, ["run"])

    assert result.exit_code == 1, result.output
    today = datetime.now(UTC).date().isoformat()
    assert (workdir / "output" / "daily" / today / "brief.md").is_file()
    assert "Publishing did not finish on daily -> site" in result.output
    assert "weekly -> shelf" not in result.output.split("Publishing did not finish")[1]
    assert "publish` tries again" in result.output
    [db] = workdir.glob("*.db")
    store = open_store(f"sqlite:///{db}")
    try:
        latest = store.runs(datetime.now(UTC))[0]
    finally:
        store.close()
    assert latest.status == "failed" and "daily -> site" in (latest.error or "")

    (workdir / "blocker").unlink()
    again = runner.invoke(app, ["publish", "--digest", "daily"])
    assert again.exit_code == 0, again.output
    assert (workdir / "blocker" / "out").is_dir()


def _one_note_desk(workdir: Path, record: dict[str, str]) -> None:
    """A Chinese desk whose one source is a notes file holding ``record``."""
    (workdir / "notes.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n  - {id: notes, kind: jsonl, path: notes.jsonl}\n"
        "digests:\n  - {name: ribao, title: AI 日报, language: zh}\n",
        encoding="utf-8",
    )


def test_a_run_before_today_has_news_names_the_newest_day_and_how_to_write_it(
    workdir: Path,
) -> None:
    """Early in the digest's day the sources have published nothing of it yet: the run
    has nothing to write, and says which stored day has stories and the command that
    writes it, rather than only "nothing to write"."""
    yesterday = datetime.now(ZoneInfo("Asia/Shanghai")).date() - timedelta(days=1)
    record = {
        "url": "https://wire.example/helix",
        "title": "OpenAI发布GPT-5.5，推理速度提升40%",
        "summary": "OpenAI发布GPT-5.5模型，称推理速度比上一代提升40%。",
        "published": f"{yesterday}T10:00:00+08:00",
    }
    _one_note_desk(workdir, record)

    result = runner.invoke(app, ["run", "--no-publish"])

    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    today = yesterday + timedelta(days=1)
    assert f"No story of today ({today}, Asia/Shanghai) is stored yet" in said
    assert f"The newest stories are of {yesterday}: `newsdesk run --date {yesterday}`" in said


def test_a_run_of_today_with_stories_says_nothing_of_other_days(workdir: Path) -> None:
    record = {
        "url": "https://wire.example/helix",
        "title": "OpenAI发布GPT-5.5，推理速度提升40%",
        "published": datetime.now(ZoneInfo("Asia/Shanghai")).isoformat(),
    }
    _one_note_desk(workdir, record)

    result = runner.invoke(app, ["run", "--no-publish"])

    assert result.exit_code == 0, result.output
    assert "No story of today" not in result.output


def test_a_past_day_run_on_a_fresh_store_says_it_collects_nothing(workdir: Path) -> None:
    """``run --date`` writes a day from the items stored; on a store that has none for
    the day, the run ends saying so and which command collects them."""
    (workdir / "newsdesk.yaml").write_text(
        "sources:\n  - {id: notes, kind: jsonl, path: notes.jsonl}\n"
        "digests:\n  - {name: ribao, title: AI 日报, language: zh}\n",
        encoding="utf-8",
    )

    result = runner.invoke(app, ["run", "--date", "2026-02-07", "--no-publish"])

    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "No story is stored for 2026-02-07" in said
    assert "collects none. Collect them first (`newsdesk fetch`)" in said
