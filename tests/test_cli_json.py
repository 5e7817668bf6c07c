"""``--json`` on every command that prints a result: one JSON document on stdout, with
the keys docs/cli.md lists, made from what the core returned.

The session's sample day (``tests/conftest.py``: served and run once, unpublished) is
what they read; each test works on its own copy of that store.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from newsdesk import load_config
from newsdesk.cli import app
from newsdesk.demo._server import LocalServer, Reply
from sample_day import Day, merge_two_stories

runner = CliRunner()
DAY = "2026-05-14"
#: Commands that print no result of their own (groups), or whose output is always JSON.
WITHOUT_JSON = {
    "edition": "a group",
    "eval": "a group",
    "digest": "a group",
    "db": "a group",
    "user": "a group",
    "user add": "says the account was made; prints nothing to read",
    "user remove": "says the account was removed; prints nothing to read",
    "user token": "prints the token alone, for a script to keep",
    "serve": "a server: its API answers in JSON, its log goes to stderr",
    "mcp": "speaks MCP's JSON-RPC on stdout for as long as its client talks",
    "worker": "a Celery worker: takes tasks until stopped, its log goes to stderr",
    "eval cluster": "always prints one JSON document",
    "eval classify": "always prints one JSON document",
}


@pytest.fixture
def desk(served: Day, tmp_path: Path) -> Path:
    """A copy of the session's sample day's folder as its run left it (fetched, grouped,
    selected and written, not published; ``tests/conftest.py``), for one test to change."""
    return Path(shutil.copytree(served.as_run, tmp_path / "desk"))


@pytest.fixture
def invoke(desk: Path) -> Iterator[Any]:
    """Run a command with --json on the copied folder's config; its stdout as JSON."""
    base = ["--config", str(desk / "newsdesk.yaml")]

    def run(*args: str, code: int = 0) -> Any:
        result = runner.invoke(app, [*base, *args, "--json"])
        assert result.exit_code == code, result.output
        return json.loads(result.stdout)

    yield run


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    found = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        found[name] = command
        for sub, subcommand in getattr(command, "commands", {}).items():
            found[f"{name} {sub}"] = subcommand
    return found


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_that_prints_a_result_takes_json(name: str) -> None:
    options = {opt for p in _commands()[name].params for opt in getattr(p, "opts", [])}
    assert ("--json" in options) != (name in WITHOUT_JSON), WITHOUT_JSON.get(name, name)


def test_run_json_is_the_summary_with_each_digest_and_selection(invoke: Any) -> None:
    shown = invoke("run", "--date", DAY, "--no-publish")
    assert shown["ok"] is True and shown["store"].endswith("desk/newsdesk.db")
    summary = shown["summary"]
    assert summary["command"] == "run" and summary["sources"] == []  # a past day: no fetch
    written = {d["digest"]["name"]: d for d in summary["digests"]}
    assert written["ai-ribao"]["digest"]["day"] == DAY
    assert written["ai-ribao"]["digest"]["status"] == "draft"
    [selection, _] = summary["desk"]["selections"]
    assert selection["digest"] == "ai-ribao" and len(selection["lead"]) == 12
    assert set(selection["lead"][0]) == {"story", "title", "score"}
    assert summary["publications"] == []


def test_items_json_lists_each_stored_item_with_its_store_fields(invoke: Any) -> None:
    items = invoke("items", "--date", DAY, "--limit", "500")
    assert len(items) == 123  # the sample day's articles published on the 14th
    assert {"id", "title", "url", "source_id", "first_seen", "last_seen"} <= set(items[0])


def test_stories_and_story_json(invoke: Any) -> None:
    stories = invoke("stories", "--date", DAY, "--digest", "ai-ribao")
    assert stories[0]["rank"] == 1 and stories[0]["section"] == "lead"
    assert "centroid" not in stories[0]
    story = invoke("story", stories[0]["id"])
    assert story["id"] == stories[0]["id"]
    assert len(story["items"]) == story["item_count"] > 1
    assert {i["id"] for i in story["items"]} and "centroid" not in story


def test_digest_show_json_is_the_digest_json_file(invoke: Any, desk: Path) -> None:
    shown = invoke("digest", "show", "--digest", "ai-daily")
    on_disk = desk / "output" / "ai-daily" / DAY / "digest.json"
    assert shown == json.loads(on_disk.read_text(encoding="utf-8"))


def test_the_editor_commands_print_the_edition_as_json(invoke: Any) -> None:
    shown = invoke("edition", "show", "--date", DAY)
    first, out = shown["lead"][0]["story"], shown["left_out"][0]["story"]
    dropped = invoke("edition", "drop", first, "--date", DAY)
    assert first not in {e["story"] for e in dropped["lead"] + dropped["more"]}
    pinned = invoke("edition", "pin", out, "--date", DAY)
    assert next(e for e in pinned["lead"] if e["story"] == out)["reason"] == "pinned"
    moved = invoke("edition", "move", out, "--to", "1", "--date", DAY)
    assert moved["lead"][0]["story"] == out
    approved = invoke("edition", "approve", "--date", DAY)
    # one revision for each action: the drop 2, the pin 3, the move 4
    assert (approved["revision"], approved["status"]) == (4, "approved")
    assert approved["lead"] == moved["lead"]


def test_publish_render_and_site_json(invoke: Any, desk: Path) -> None:
    [published] = invoke("publish", "--digest", "ai-ribao", "--date", DAY)
    assert (published["digest"], published["channel"], published["status"]) == (
        "ai-ribao", "hugo", "published"
    )  # fmt: skip
    assert published["day"] == DAY and published["error"] is None
    rendered = invoke("render", "--digest", "ai-daily", "--date", DAY, "--style", "ribao")
    assert [Path(p).name for p in rendered] == ["ribao.md"]
    assert Path(rendered[0]).exists() and desk in Path(rendered[0]).parents
    site = invoke("site")
    assert Path(site["folder"]) / "index.html" in {Path(f) for f in site["files"]}


def test_sources_json_lists_state_and_health(invoke: Any) -> None:
    rows = invoke("sources")
    assert {r["kind"] for r in rows} >= {"feed", "html", "hackernews"}
    assert all(r["state"]["last_status"] == "ok" for r in rows)
    assert {"status", "freshness_hours", "problems"} <= set(rows[0]["health"])


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Compute Wire</title>
<item><title>Helix-2 inference card ships</title><link>https://cw.example/helix-2</link>
<pubDate>Thu, 14 May 2026 10:00:00 +0800</pubDate></item></channel></rss>"""


@pytest.fixture
def two_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: LocalServer) -> Path:
    """A config of a working feed and a missing one, in a working folder of its own."""
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSDESK_CONFIG", "NEWSDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"})
    (tmp_path / "newsdesk.yaml").write_text(
        f"""
fetch: {{retries: 0, per_host_delay: 0, allow_private_addresses: true}}
sources:
  - {{id: wire, name: Compute Wire, kind: feed, url: '{server.url("/feed.xml")}'}}
  - {{id: dead, kind: feed, url: '{server.url("/dead.xml")}'}}
""",
        encoding="utf-8",
    )
    return tmp_path


def _json(*args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def test_sources_check_json_reports_each_source_and_stores_nothing(two_sources: Path) -> None:
    found = _json("sources", "check")
    outcomes = {r["source_id"]: (r["outcome"], r["entries"]) for r in found["reports"]}
    assert outcomes == {"wire": ("ok", 1), "dead": ("failed", 0)}
    assert "404" in next(r["error"] for r in found["reports"] if r["source_id"] == "dead")
    assert found["health"] == []
    assert not (two_sources / "newsdesk.db").exists()


def test_fetch_json_counts_items_and_names_the_failure(two_sources: Path) -> None:
    shown = _json("fetch")
    assert shown["ok"] is True and shown["store"].endswith("newsdesk.db")
    reports = {r["source_id"]: r for r in shown["summary"]["sources"]}
    assert reports["wire"]["counts"] == {"new": 1, "updated": 0, "unchanged": 0, "rejected": 0}
    assert reports["dead"]["outcome"] == "failed"
    assert shown["summary"]["desk"] is None


def test_a_failed_run_still_prints_its_json_and_exits_1(two_sources: Path) -> None:
    text = (two_sources / "newsdesk.yaml").read_text(encoding="utf-8")
    (two_sources / "newsdesk.yaml").write_text(text.replace("/feed.xml", "/gone.xml"), "utf-8")
    shown = _json("fetch", code=1)
    assert shown["ok"] is False
    assert {r["outcome"] for r in shown["summary"]["sources"]} == {"failed"}


def test_init_json_names_what_it_wrote(tmp_path: Path) -> None:
    shown = _json("init", str(tmp_path / "news.yaml"))
    assert shown["path"] == str(tmp_path / "news.yaml")
    assert "openai-news" in shown["sources"] and len(shown["sources"]) >= 25
    assert shown["digests"] == [d.name for d in load_config(tmp_path / "news.yaml").digests]


def test_eval_verify_json_is_one_document_of_every_result(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "sources": ["Lumina raised $500 million."], "text": "Lumina raised $500M."},
        {"id": "a2", "sources": ["Lumina raised $500 million."], "text": "Lumina raised $9B."},
    ]
    path = tmp_path / "drafts.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    shown = _json("eval", "verify", str(path))
    assert (shown["items"], shown["flagged"]) == (2, 1)
    assert [(r["id"], r["ok"]) for r in shown["results"]] == [("a1", True), ("a2", False)]
    assert shown["results"][1]["unsupported"][0]["kind"] == "number"


@pytest.mark.usefixtures("demo_command")
def test_demo_json_is_its_run_and_where_it_wrote(tmp_path: Path) -> None:
    shown = _json("demo", "--out", str(tmp_path / "demo"))
    assert shown["ok"] is True and shown["day"] == DAY
    assert shown["config"] == str(tmp_path / "demo" / "newsdesk.yaml")
    assert Path(shown["site"], "index.html").exists()
    assert [p["status"] for p in shown["summary"]["publications"]] == ["published"]
    assert {d["digest"]["name"] for d in shown["summary"]["digests"]} == {"ai-ribao", "ai-daily"}


def test_edit_json_is_what_became_of_the_text(
    invoke: Any, desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = invoke("edition", "show", "--date", DAY)["lead"][0]["story"]
    editor = tmp_path / "editor.py"  # adds a number the sources do not have to the summary
    editor.write_text(
        "import pathlib, sys\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "text = path.read_text(encoding='utf-8')\n"
        "path.write_text(text.replace('## summary\\n', '## summary\\n参与者共 4321 人。', 1),"
        " encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)

    kept = invoke("edition", "edit", story, "--date", DAY, "--keep-unsupported")

    assert (kept["story_id"], kept["saved"], kept["why_not"]) == (story, True, "")
    [claim] = kept["unsupported"]
    assert (claim["where"], claim["claim"]["text"], claim["claim"]["kind"]) == (
        "summary", "4321", "number"
    )  # fmt: skip
    lead = {e["story"]: e for e in kept["edition"]["lead"]}
    assert lead[story]["written_by"] == "editor"
    assert lead[story]["kept_unsupported"] == ["4321"]
    monkeypatch.setenv("EDITOR", "true")  # quits without saving
    untouched = invoke("edition", "edit", story, "--date", DAY)
    assert (untouched["saved"], untouched["edition"]) == (False, None)


def test_diff_json_names_the_revisions_and_what_changed(invoke: Any) -> None:
    first = invoke("edition", "approve", "--date", DAY)["lead"][0]["story"]
    invoke("edition", "drop", first, "--date", DAY)

    shown = invoke("edition", "diff", "--date", DAY)

    assert (shown["from"], shown["to"]) == (
        {"revision": 1, "status": "approved"}, {"revision": 2, "status": "draft"}
    )  # fmt: skip
    assert {"story": first, "change": "removed"}.items() <= shown["stories"][-1].items()


def test_db_status_and_upgrade_json(invoke: Any, tmp_path: Path) -> None:
    status = invoke("db", "status")
    assert status["url"].endswith("desk/newsdesk.db")
    assert (status["current"], status["pending"], status["newer"]) == (status["head"], [], False)
    assert invoke("db", "upgrade") == {
        "url": status["url"], "before": status["head"], "after": status["head"]
    }  # fmt: skip
    fresh = invoke("db", "upgrade", "--db", str(tmp_path / "fresh.db"))
    assert (fresh["before"], fresh["after"]) == (None, status["head"])


def test_export_json_lists_the_files_written(invoke: Any, tmp_path: Path) -> None:
    written = invoke("edition", "export", "--date", DAY, "--to", str(tmp_path / "rev1"))
    assert {Path(p).name for p in written} >= {"ribao.md", "digest.json"}
    assert all(Path(p).parent == tmp_path / "rev1" and Path(p).exists() for p in written)


def test_story_json_of_a_merged_story_is_the_story_it_went_to(
    invoke: Any, desk: Path, served: Day
) -> None:
    absorbed, survivor = merge_two_stories(
        f"sqlite:///{desk / served.store.relative_to(served.folder)}"
    )
    story = invoke("story", absorbed)
    assert story["id"] == survivor
    assert len(story["items"]) == story["item_count"] == invoke("story", survivor)["item_count"]
    assert absorbed not in {s["id"] for s in invoke("stories", "--date", DAY)}
