"""The newsdesk command: exit codes, messages, options before or after the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.demo._server import LocalServer, Reply

runner = CliRunner()
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Compute Wire</title>
<item><title>Helix-2 inference card ships</title><link>https://cw.example/helix-2</link>
<pubDate>Thu, 14 May 2026 10:00:00 +0800</pubDate></item></channel></rss>"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSDESK_CONFIG", "NEWSDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def write_config(path: Path, server: LocalServer) -> Path:
    path.write_text(
        f"""
fetch: {{retries: 0, per_host_delay: 0}}
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


def test_unreachable_database_is_exit_1(workdir: Path, server: LocalServer) -> None:
    config = write_config(workdir / "newsdesk.yaml", server)
    result = runner.invoke(app, ["items", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x"])
    assert result.exit_code == 1, result.output
    assert "Could not open the database" in result.output
    assert config.exists()


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


def test_init_writes_where_config_points_and_makes_folders(workdir: Path) -> None:
    result = runner.invoke(app, ["--config", "conf/dir/news.yaml", "init"])
    assert result.exit_code == 0, result.output
    assert (workdir / "conf" / "dir" / "news.yaml").exists()
    assert runner.invoke(app, ["-c", "conf/dir/news.yaml", "sources"]).exit_code == 0


def test_items_json_has_iso_times(workdir: Path, server: LocalServer) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED)
    write_config(workdir / "newsdesk.yaml", server)
    runner.invoke(app, ["fetch"])
    [item] = json.loads(runner.invoke(app, ["items", "-d", "2026-05-14", "--json"]).stdout)
    assert item["published"] == "2026-05-14T02:00:00+00:00"
