"""The run: its plan, how it records its stages, and collecting end to end against local
servers (failures, 304s, full text, records)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from newsdesk import pipeline
from newsdesk.collect.kinds import hf_papers
from newsdesk.config import Config, parse_config
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.exceptions import ConfigError, NewsdeskError
from newsdesk.model import Item, Outcome
from newsdesk.stages import StageContext, StageResult, Tools, make_embedder
from newsdesk.stages.enrich import enrich
from newsdesk.stages.group import Group, group
from newsdesk.store import SqlStore, open_store
from processes import TERMINAL
from workers.preloaded import Template

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontier Dispatch</title><link>https://fd.example/</link>
<item><title>Lumina Labs raises $500M Series C</title><link>{base}/a/lumina?utm_source=rss</link>
<description>Lumina Labs closed a $500M round.</description>
<pubDate>Thu, 14 May 2026 09:00:00 +0800</pubDate></item>
<item><title>Weekend weather: sunny</title><link>{base}/a/weather</link>
<description>Nothing about models here.</description>
<pubDate>Thu, 14 May 2026 08:00:00 +0800</pubDate></item>
</channel></rss>"""
ARTICLE = """<html><head><title>Lumina</title></head><body><nav>Home | News</nav><article>
<h1>Lumina Labs raises $500M Series C</h1>
<p>Lumina Labs said on Thursday it had closed a $500 million Series C round at a $6.5
billion valuation, led by Northgate Capital with participation from earlier backers.</p>
<p>The company plans to spend most of the money on compute for training its next agent
models and on doubling its research staff in Singapore and Zurich over the next year.</p>
<p>Chief executive Mara Ellison said revenue had tripled since January, driven by
enterprise customers that use Lumina agents for document review and procurement.</p>
</article><footer>© 2026 Frontier Dispatch</footer></body></html>"""


def make_config(server: LocalServer, tmp_path: Path, extra: str = "") -> Config:
    text = f"""
fetch:
  {{retries: 1, backoff: 0.01, per_host_delay: 0, timeout: 3, allow_private_addresses: true}}
fulltext: {{min_chars: 200}}
sources:
  - id: dispatch
    kind: feed
    url: {server.url("/feed.xml")}
    fulltext: true
  - id: broken
    kind: feed
    url: {server.url("/missing.xml")}
{extra}
"""
    return parse_config(text, base_dir=tmp_path, env={})


def serve_feed(server: LocalServer) -> None:
    body = RSS.format(base=server.base_url).encode()
    server.routes["/feed.xml"] = Reply(200, body, {"Content-Type": "application/rss+xml"})
    server.routes["/a/lumina"] = Reply(200, ARTICLE.encode(), {"Content-Type": "text/html"})


def open_tmp_store(tmp_path: Path) -> SqlStore:
    return open_store(f"sqlite:///{tmp_path / 'run.db'}")


def test_failing_source_is_recorded_and_the_others_still_run(
    server: LocalServer, tmp_path: Path
) -> None:
    serve_feed(server)
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    summary = asyncio.run(pipeline.afetch(config, store))
    by_id = {r.source_id: r for r in summary.sources}
    assert by_id["dispatch"].outcome is Outcome.OK
    assert by_id["dispatch"].counts.new == 2
    assert by_id["broken"].outcome is Outcome.FAILED
    assert "HTTP 404 Not Found" in (by_id["broken"].error or "")
    assert summary.ok
    states = store.fetch_states()
    assert states["broken"].consecutive_failures == 1
    assert states["broken"].last_error == by_id["broken"].error
    assert states["dispatch"].last_status == "ok"


def test_consecutive_failures_count_up_and_reset_on_success(
    server: LocalServer, tmp_path: Path
) -> None:
    serve_feed(server)
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    asyncio.run(pipeline.afetch(config, store))
    asyncio.run(pipeline.afetch(config, store))
    assert store.fetch_states()["broken"].consecutive_failures == 2
    server.routes["/missing.xml"] = server.routes["/feed.xml"]
    asyncio.run(pipeline.afetch(config, store))
    assert store.fetch_states()["broken"].consecutive_failures == 0
    assert store.fetch_states()["broken"].last_error is None


def test_second_run_with_304_adds_nothing_and_keeps_items(
    server: LocalServer, tmp_path: Path
) -> None:
    body = RSS.format(base=server.base_url).encode()

    def conditional(request: Request, handler: object) -> Reply:
        if request.headers.get("if-none-match") == '"r1"':
            return Reply(304)
        return Reply(200, body, {"ETag": '"r1"', "Content-Type": "application/rss+xml"})

    server.routes["/feed.xml"] = conditional
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    asyncio.run(pipeline.afetch(config, store))
    second = asyncio.run(pipeline.afetch(config, store, only=["dispatch"]))
    [report] = second.sources
    assert report.outcome is Outcome.NOT_MODIFIED
    assert second.counts.new == 0
    assert store.count_items() == 2


def test_full_text_is_extracted_once_for_snippet_only_items(
    server: LocalServer, tmp_path: Path
) -> None:
    serve_feed(server)
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    summary = asyncio.run(pipeline.afetch(config, store))
    assert summary.fulltext.extracted == 1
    assert summary.fulltext.failed == 1  # the weather page is a 404
    lumina = next(s for s in store.items() if "lumina" in s.item.url)
    assert "Northgate Capital" in lumina.item.text
    assert "© 2026" not in lumina.item.text
    assert lumina.fulltext_status == "ok"
    article_requests = len([r for r in server.requests if r.path == "/a/lumina"])
    again = asyncio.run(pipeline.afetch(config, store))
    assert again.fulltext.extracted == 0
    assert len([r for r in server.requests if r.path == "/a/lumina"]) == article_requests


def test_source_keywords_keep_only_matching_entries(server: LocalServer, tmp_path: Path) -> None:
    serve_feed(server)
    extra = f"""  - id: filtered
    kind: feed
    url: {server.url("/feed.xml")}
    keywords: [Series C, 融资]
"""
    config = make_config(server, tmp_path, extra)
    store = open_tmp_store(tmp_path)
    summary = asyncio.run(pipeline.afetch(config, store, only=["filtered"]))
    assert summary.sources[0].entries == 2
    assert [s.item.title for s in store.items()] == ["Lumina Labs raises $500M Series C"]


def test_every_source_failing_makes_the_run_fail(server: LocalServer, tmp_path: Path) -> None:
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    summary = asyncio.run(pipeline.afetch(config, store))
    assert not summary.ok
    with store.engine.connect() as conn:
        run = conn.execute(sa.text("SELECT command, status FROM runs")).one()
        stages = conn.execute(sa.text("SELECT stage FROM run_stages ORDER BY id")).scalars().all()
    assert tuple(run) == ("fetch", "failed")
    assert stages == ["collect", "fulltext"]


def test_check_reports_without_storing(server: LocalServer, tmp_path: Path) -> None:
    serve_feed(server)
    config = make_config(server, tmp_path)
    reports = asyncio.run(pipeline.acheck(config))
    assert [(r.source_id, r.outcome) for r in reports] == [
        ("dispatch", Outcome.OK),
        ("broken", Outcome.FAILED),
    ]
    assert reports[0].entries == 2
    assert not (tmp_path / "run.db").exists()


def test_a_parser_crash_is_contained(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server)
    extra = f"""  - id: papers
    kind: hf_papers
    url: {server.url("/papers")}
"""
    server.routes["/papers?limit=50"] = Reply(200, b'[{"paper": {"id": "1"}}]')

    def crash(*args: object) -> None:
        raise ZeroDivisionError("a bug in the parser")

    monkeypatch.setattr(hf_papers, "parse_daily_papers", crash)
    config = make_config(server, tmp_path, extra)
    summary = asyncio.run(pipeline.afetch(config, open_tmp_store(tmp_path)))
    papers = next(r for r in summary.sources if r.source_id == "papers")
    assert papers.outcome is Outcome.FAILED
    assert (papers.error or "").startswith("unexpected ZeroDivisionError while reading the source")
    assert next(r for r in summary.sources if r.source_id == "dispatch").outcome is Outcome.OK


def test_a_malformed_paper_skips_only_itself(server: LocalServer, tmp_path: Path) -> None:
    extra = f"""  - id: papers
    kind: hf_papers
    url: {server.url("/papers")}
"""
    papers = [
        {"paper": {"id": "2605.00001", "title": "Tidal attention", "upvotes": "many"}},
        {"paper": {"id": "2605.00002", "title": "Quiet gradients", "upvotes": 7}},
    ]
    server.routes["/papers?limit=50"] = Reply(200, json.dumps(papers).encode())
    config = make_config(server, tmp_path, extra)
    summary = asyncio.run(pipeline.afetch(config, open_tmp_store(tmp_path), only=["papers"]))
    [report] = summary.sources
    assert report.outcome is Outcome.OK
    assert report.counts.new == 1
    assert report.skipped == {"upvotes is not a number": 1}


def test_a_malformed_link_skips_only_that_entry(server: LocalServer, tmp_path: Path) -> None:
    body = RSS.format(base=server.base_url).replace(
        f"{server.base_url}/a/weather", "http://weather.example:port/today"
    )
    server.routes["/feed.xml"] = Reply(200, body.encode(), {"Content-Type": "application/rss+xml"})
    config, store = make_config(server, tmp_path), open_tmp_store(tmp_path)
    summary = asyncio.run(pipeline.afetch(config, store, only=["dispatch"]))
    [report] = summary.sources
    assert report.outcome is Outcome.OK
    assert report.counts.new == 1
    assert report.skipped == {"no usable link or title": 1}


def test_unknown_source_selector_is_a_config_error(server: LocalServer, tmp_path: Path) -> None:
    config = make_config(server, tmp_path)
    with pytest.raises(ConfigError, match="'nosuch' is not a source id or tag"):
        asyncio.run(pipeline.afetch(config, open_tmp_store(tmp_path), only=["nosuch"]))


def test_the_plan_leaves_out_what_the_run_does_not_do() -> None:
    def names(**options: bool) -> list[str]:
        return [stage.name for stage in pipeline.plan(**options)]

    desk = ["enrich", "group", "assess", "select", "write", "verify", "render"]
    assert names() == ["collect", "fulltext", *desk, "publish", "site"]
    assert names(desk=False) == ["collect", "fulltext"]
    assert names(collect=False, publish=False) == [*desk, "site"]


class Counting:
    """A stage that counts what the stage before it made."""

    def __init__(self, name: str, fails: bool = False) -> None:
        self.name = name
        self.fails = fails

    async def run(self, ctx: StageContext) -> StageResult:
        if self.fails:
            raise NewsdeskError(f"{self.name} could not finish")
        before = ctx.find(int) or 0
        return StageResult({"seen": before}, ({"note": self.name},), before + 1)


def test_each_stage_is_recorded_until_the_first_that_fails(tmp_path: Path) -> None:
    store = open_tmp_store(tmp_path)
    config = Config()
    run_id = store.start_run("test", datetime.now(UTC))
    ctx = StageContext(store, config, datetime.now(UTC), Tools(config))
    results: dict[str, StageResult] = {}
    stages = [Counting("one"), Counting("two"), Counting("three", fails=True), Counting("four")]

    with pytest.raises(NewsdeskError, match="three could not finish"):
        asyncio.run(pipeline.perform(stages, ctx, results, run_id))

    assert {name: r.counts for name, r in results.items()} == {
        "one": {"seen": 0}, "two": {"seen": 1}
    }  # fmt: skip
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT stage, counts, errors FROM run_stages ORDER BY id"))
        recorded = [
            (stage, json.loads(counts), json.loads(errors)) for stage, counts, errors in rows
        ]
    assert recorded == [
        ("one", {"seen": 0}, [{"note": "one"}]),
        ("two", {"seen": 1}, [{"note": "two"}]),
        ("three", {}, [{"error": "three could not finish"}]),
    ]
    store.close()


@pytest.mark.parametrize("stop", [asyncio.CancelledError, KeyboardInterrupt])
def test_a_run_stopped_by_ctrl_c_is_recorded_as_interrupted_in_its_stage(
    tmp_path: Path, stop: type[BaseException]
) -> None:
    """Ctrl+C cancels the run's task: its record names the stage it stopped in, in words
    (the run history showed "CancelledError: " and nothing else)."""
    store = open_tmp_store(tmp_path)

    async def interrupted(
        stages: object, ctx: StageContext, results: dict[str, StageResult], run_id: int | None
    ) -> StageContext:
        results["enrich"] = results["group"] = StageResult()
        raise stop

    with pytest.raises(stop):
        asyncio.run(
            pipeline.arun(Config(), store, day=datetime(2026, 5, 14).date(), performer=interrupted)
        )
    with store.engine.connect() as conn:
        status, error = conn.execute(sa.text("SELECT status, error FROM runs")).one()
    assert (status, error) == (
        "failed",
        "interrupted during assess (Ctrl+C, or the process was told to stop); what the "
        "stages before it stored stays stored",
    )
    store.close()


def run_interrupted(
    commands: Template,
    args: list[str],
    cwd: Path,
    asked: threading.Event,
    release: threading.Event,
    awaited: str,
) -> tuple[int, str]:
    """``python -m newsdesk ARGS`` in ``cwd`` (forked from ``commands``), sent Ctrl+C once
    the server it talks to is ``asked``; then the server's waiting request is
    ``release``d.  Its exit code and what it said on stderr."""
    process = commands.start(args, cwd=cwd, env=TERMINAL)
    try:
        assert asked.wait(300), f"the run never {awaited}"
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=120)
    finally:
        release.set()
        process.kill()
        process.wait()
    return process.returncode, errors


def _held_feed(server: LocalServer, tmp_path: Path) -> tuple[threading.Event, threading.Event]:
    """A config in ``tmp_path`` with one feed whose answer waits for ``release``; ``asked``
    is set once a fetch has asked for it."""
    asked, release = threading.Event(), threading.Event()

    def slow_feed(request: Request, handler: object) -> Reply:
        asked.set()
        release.wait(60)
        return Reply(200, RSS.format(base=server.base_url).encode())

    server.routes["/feed.xml"] = slow_feed
    (tmp_path / "newsdesk.yaml").write_text(
        "fetch: {allow_private_addresses: true, retries: 0}\n"
        f"sources:\n  - {{id: dispatch, kind: feed, url: {server.url('/feed.xml')}}}\n"
    )
    return asked, release


def test_ctrl_c_during_a_fetch_says_what_was_kept_and_what_to_run(
    commands: Template, server: LocalServer, tmp_path: Path
) -> None:
    """Ctrl+C in `newsdesk fetch` said only "Interrupted"; as a run does, it says what
    became of the work and the command that goes on."""
    asked, release = _held_feed(server, tmp_path)
    returncode, errors = run_interrupted(
        commands, ["fetch"], tmp_path, asked, release, "asked for its feed"
    )
    assert returncode == 130, errors
    said = " ".join(errors.split())
    assert (
        "Interrupted: the fetch stopped where it was. The sources it finished are stored;" in said
    )
    assert f"`{sys.executable} -m newsdesk fetch` again collects the rest." in said


def test_ctrl_c_during_a_run_says_so_and_records_where_it_stopped(
    commands: Template, server: LocalServer, tmp_path: Path
) -> None:
    """Ctrl+C in `newsdesk run` ended it with exit 130 and not a word; the user is told
    what became of the run, with the command as they typed it, and its record says where
    it stopped."""
    asked, release = _held_feed(server, tmp_path)
    returncode, errors = run_interrupted(
        commands, ["run"], tmp_path, asked, release, "asked for its feed"
    )
    assert returncode == 130, errors
    said = " ".join(errors.split())
    assert "Interrupted: the run stopped where it was." in said
    # started as `python -m newsdesk` with no newsdesk on the PATH: the hint says so
    assert f"the next `{sys.executable} -m newsdesk run` picks up" in said
    store = open_store(f"sqlite:///{tmp_path / 'newsdesk.db'}")
    with store.engine.connect() as conn:
        status, error = conn.execute(sa.text("SELECT status, error FROM runs")).one()
    store.close()
    assert (status, error.split(" (")[0]) == ("failed", "interrupted during collect")


def test_ctrl_c_during_publish_stops_at_once_and_records_the_stage(
    commands: Template, server: LocalServer, copied_demo: Path
) -> None:
    """A channel that keeps the publisher waiting (a chat webhook answering late) held
    Ctrl+C back until the channel's timeout: the run then went on, and its record said
    it stopped in a later stage.  It stops while the channel still waits, in publish."""
    asked, release = threading.Event(), threading.Event()

    def slow_hook(request: Request, handler: object) -> Reply:
        asked.set()
        release.wait(120)
        return Reply(200, b"ok")

    server.routes["/hook"] = slow_hook
    config = yaml.safe_load((copied_demo / "newsdesk.yaml").read_text(encoding="utf-8"))
    daily = next(d for d in config["digests"] if d["name"] == "ai-daily")  # a draft
    daily["publish"] = [{"id": "chat", "kind": "slack", "url": server.url("/hook")}]
    (copied_demo / "newsdesk.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run = ["run", "--date", "2026-05-14"]
    returncode, errors = run_interrupted(
        commands, run, copied_demo, asked, release, "posted to its channel"
    )
    assert returncode == 130, errors
    assert "Interrupted: the run stopped where it was." in " ".join(errors.split())
    store = open_store(f"sqlite:///{copied_demo / 'newsdesk.db'}")
    with store.engine.connect() as conn:
        status, error = conn.execute(
            sa.text("SELECT status, error FROM runs ORDER BY id DESC LIMIT 1")
        ).one()
    store.close()
    assert (status, error.split(" (")[0]) == ("failed", "interrupted during publish")


# Two runs at once: grouping holds the store's "group" lease

WIRE_NOW = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)
WIRE = [
    "Halo-2 reasoning model launched by Lumen Labs, 88.4% on AIME",
    "Lumen Labs' Halo-2 tops AIME at 88.4% as API opens to all",
    "Northgate Capital leads $500M Series C in Lumina Labs",
]


def wire_item(n: int) -> Item:
    return Item(
        source_id="wire", url=f"https://wire.example/{n}", canonical_url=f"https://wire.example/{n}",
        title=WIRE[n], snippet="", text="", author="", language="en", content_hash=str(n),
        published=WIRE_NOW - timedelta(hours=n + 1),
    )  # fmt: skip


def test_a_run_finding_grouping_held_waits_then_groups_only_what_is_left(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = parse_config(
        "sources: [{id: wire, kind: feed, url: 'https://wire.example/f'}]", env={}
    )
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    store, second = open_store(url), open_store(url)
    store.sync_sources(config.sources)
    store.upsert_items([wire_item(n) for n in range(len(WIRE))], WIRE_NOW)
    embedder = make_embedder(config.embed)
    enrich(store, embedder)
    other_run = f"{socket.gethostname()} {os.getpid()} other-run"
    now = datetime.now(UTC)
    assert store.acquire_lease("group", other_run, now, now + timedelta(minutes=10)).granted
    ctx = StageContext(second, config, WIRE_NOW, Tools(config, embedder=embedder))
    reports: list[StageResult] = []
    waiting = threading.Thread(target=lambda: reports.append(asyncio.run(Group().run(ctx))))

    with caplog.at_level(logging.WARNING, logger="newsdesk"):
        waiting.start()
        deadline = time.monotonic() + 30
        while "Waiting for" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
        grouped_meanwhile = group(store, config, embedder.name, WIRE_NOW)
        store.release_lease("group", other_run)
        waiting.join(60)

    assert f"Waiting for {other_run}, which holds the group lease" in caplog.text
    assert grouped_meanwhile.grouped == len(WIRE)
    assert [r.counts["grouped"] for r in reports] == [0]
    members = [i.id for story in store.stories() for i in store.story_stored_items(story.id)]
    assert sorted(members) == sorted(i.id for i in store.items())  # each in one story
    store.close()
    second.close()


#: One run of the day, whose grouping takes 3 s to save: the other run reaches grouping
#: meanwhile, as a run over a big backlog would let it.
A_RUN = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from newsdesk import Newsdesk, load_config
from newsdesk.store import SqlStore
save_grouping = SqlStore.save_grouping
def slow_save(self, result, stories):
    time.sleep(3)
    save_grouping(self, result, stories)
SqlStore.save_grouping = slow_save
evening = datetime.fromisoformat(sys.argv[2])
with Newsdesk(load_config(Path(sys.argv[1])), now=lambda: evening) as desk:
    summary = desk.run()
assert summary.ok and summary.desk is not None, summary.desk_error
print(json.dumps({"grouped": summary.desk.group.grouped,
                  "published": [p.status for p in summary.publications]}))
"""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_runs_at_once_group_each_item_once_and_post_each_channel_once(
    backend: str, commands: Template, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'desk.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("empty_postgres")
    )
    sample = load_sample_day()
    with serve_sample(sample) as sources, LocalServer() as chat:
        chat.routes["/hook"] = Reply(200, b'{"id": "1"}', {"Content-Type": "application/json"})
        config = demo_config(sample, sources.base_url)
        config["store"] = {"url": url}
        config["sources"] = config["sources"][:3]  # a smaller day: two runs in seconds
        config["digests"] = [config["digests"][0] | {"publish": [
            {"id": "team", "kind": "discord", "url": chat.url("/hook")}
        ]}]  # fmt: skip
        path = tmp_path / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        runs = [
            commands.start(
                [str(path), sample_evening(sample).isoformat()],
                code=A_RUN,
                cwd=Path.cwd(),
                env=dict(os.environ) | {"PYTHONPATH": os.pathsep.join(sys.path)},
            )
            for _ in range(2)
        ]
        outputs = [run.communicate(timeout=300) for run in runs]  # a loaded CI machine
        posts = [json.loads(r.body)["content"] for r in chat.requests]

    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    results = [json.loads(out) for out, _ in outputs]
    store = open_store(url)
    items = store.items()
    members = [i.id for story in store.stories() for i in store.story_stored_items(story.id)]
    store.close()
    # Grouping is one writer at a time: each item is grouped by exactly one run (whichever
    # holds the lease when it is stored), so the counts add up to the items, never more.
    assert sum(r["grouped"] for r in results) == len(items)
    assert sorted(members) == sorted(i.id for i in items)  # each item in exactly one story
    # The other run found the channel done or being done, or, when it reached writing
    # after the first had written the same selection, had no new revision to publish.
    assert sorted(s for r in results for s in r["published"]) in (
        ["already published", "published"],
        ["busy", "published"],
        ["published"],
    )
    assert posts and len(posts) == len(set(posts))  # no message posted twice
