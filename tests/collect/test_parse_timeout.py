"""Reading a response as entries has a time limit: a parse that runs past
``fetch.parse_timeout`` fails its source with a message, and the other sources of the
run are fetched and stored meanwhile."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.collect.kinds import feed
from newsdesk.config import parse_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import Entry, Outcome
from newsdesk.store import SqlStore

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b"<item><title>Quill ships a model</title><link>https://quill.example.org/a</link></item>"
    b"</channel></rss>"
)


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_a_parse_past_its_time_limit_fails_only_its_source(
    store: SqlStore, server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = feed.parse_feed

    def slow_for_one(text: str, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
        if url.endswith("/slow"):
            time.sleep(1.5)  # as a parse of a hostile, deeply nested feed would
        return quick(text, url, skipped)

    monkeypatch.setattr(feed, "parse_feed", slow_for_one)
    server.routes["/slow"] = Reply(200, FEED, {"Content-Type": "application/xml"})
    server.routes["/fine"] = Reply(200, FEED, {"Content-Type": "application/xml"})
    config = parse_config(
        "fetch: {retries: 0, per_host_delay: 0, parse_timeout: 0.3,"
        " allow_private_addresses: true}\n"
        f"sources:\n  - {{id: slow, kind: feed, url: '{server.url('/slow')}'}}\n"
        f"  - {{id: fine, kind: feed, url: '{server.url('/fine')}'}}\n",
        base_dir=tmp_path,
        env={},
    )

    reports = {r.source_id: r for r in asyncio.run(pipeline.afetch(config, store)).sources}

    assert reports["slow"].outcome is Outcome.FAILED
    assert reports["slow"].error == (
        f"reading {server.url('/slow')} took over 0.3 s (fetch.parse_timeout); "
        "the response may be far larger or more nested than a feed should be"
    )
    assert reports["fine"].outcome is Outcome.OK and reports["fine"].counts.new == 1
