"""A bad ETag or Last-Modified is never kept nor sent: later fetches still work."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.collect.kinds._base import valid_validator
from newsdesk.config import Config, parse_config
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.model import Outcome
from newsdesk.store import SqlStore

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Heron Notes</title>
<item><title>Heron trains a small vision model</title><link>https://heron.example/a/1</link></item>
</channel></rss>"""
BAD = {
    "non-ASCII ETag": {"ETag": '"café-v1"'},
    "64 KB ETag": {"ETag": '"' + "e" * 65_000 + '"'},
    "non-ASCII Last-Modified": {"Last-Modified": "Thu, 14 May 2026 02:00:00 GMTé"},
    "64 KB Last-Modified": {"Last-Modified": "Thu, " + "9" * 65_000},
}


def _config(server: LocalServer, tmp_path: Path) -> Config:
    text = f"""
fetch: {{retries: 0, backoff: 0.01, per_host_delay: 0, timeout: 3, allow_private_addresses: true}}
sources:
  - {{id: heron, kind: feed, url: '{server.url("/feed.xml")}'}}
"""
    return parse_config(text, base_dir=tmp_path, env={})


@pytest.mark.parametrize("headers", BAD.values(), ids=BAD.keys())
def test_a_bad_validator_never_breaks_later_fetches(
    headers: dict[str, str], store: SqlStore, server: LocalServer, tmp_path: Path
) -> None:
    server.routes["/feed.xml"] = Reply(200, FEED, {"Content-Type": "application/rss+xml"} | headers)
    config = _config(server, tmp_path)

    runs = [asyncio.run(pipeline.afetch(config, store)).sources[0] for _ in range(3)]

    assert [r.outcome for r in runs] == [Outcome.OK] * 3
    state = store.fetch_states()["heron"]
    assert (state.etag, state.last_modified) == (None, None)
    assert all("if-none-match" not in r.headers for r in server.requests)
    assert all("if-modified-since" not in r.headers for r in server.requests)


def test_a_bad_validator_stored_before_is_dropped_not_sent(
    store: SqlStore, server: LocalServer, tmp_path: Path
) -> None:
    def conditional(request: Request, _handler: object) -> Reply:
        if request.headers.get("if-none-match") == '"v2"':
            return Reply(304, b"", {"ETag": '"v2"'})
        return Reply(200, FEED, {"Content-Type": "application/rss+xml", "ETag": '"v2"'})

    server.routes["/feed.xml"] = conditional
    config = _config(server, tmp_path)
    store.sync_sources(config.sources)
    state = store.fetch_states()["heron"]
    store.save_fetch_state(replace(state, etag='"ça"', last_modified="x" * 70_000))

    first, second = (asyncio.run(pipeline.afetch(config, store)).sources[0] for _ in range(2))

    assert (first.outcome, second.outcome) == (Outcome.OK, Outcome.NOT_MODIFIED)
    assert "if-none-match" not in server.requests[0].headers
    assert server.requests[1].headers["if-none-match"] == '"v2"'


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ('"a1b2"', '"a1b2"'),
        ('W/"a1b2"', 'W/"a1b2"'),
        ("Thu, 14 May 2026 02:00:00 GMT", "Thu, 14 May 2026 02:00:00 GMT"),
        ('"é"', None),
        ('"a\x00b"', None),
        ('"a\nb"', None),
        ("x" * 513, None),
        ("", None),
        (None, None),
    ],
)
def test_valid_validator(value: str | None, kept: str | None) -> None:
    assert valid_validator(value) == kept
