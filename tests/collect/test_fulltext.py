"""Full text: links inside feed items are fetched only where the source may reach."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.collect import _guard
from newsdesk.config import Config, parse_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.store import open_store

ARTICLE = """<html><body><article><h1>{title}</h1>
<p>{words}</p><p>{words}</p><p>{words}</p></article></body></html>"""


def page(title: str, words: str) -> Reply:
    body = ARTICLE.format(title=title, words=" ".join([words] * 12)).encode()
    return Reply(200, body, {"Content-Type": "text/html"})


def rss(*links: str) -> Reply:
    items = "".join(
        f"<item><title>Story {i}</title><link>{link}</link><description>Short.</description>"
        "<pubDate>Thu, 14 May 2026 09:00:00 +0800</pubDate></item>"
        for i, link in enumerate(links)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    return Reply(200, body.encode(), {"Content-Type": "application/rss+xml"})


@pytest.fixture
def public_127(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 plays a public news site; 127.0.0.2 stays what it is, this machine."""
    judge = _guard.address_kind
    monkeypatch.setattr(_guard, "address_kind", lambda a: None if a == "127.0.0.1" else judge(a))


@pytest.fixture
def intranet() -> Iterator[LocalServer]:
    """An internal service on another loopback address, with a secret on its page."""
    with LocalServer(host="127.0.0.2") as running:
        running.routes["/admin"] = page("Admin", "password=hunter2 is the admin password")
        yield running


def config_for(server: LocalServer, tmp_path: Path, source_extra: str = "") -> Config:
    text = f"""
fetch: {{retries: 0, per_host_delay: 0, timeout: 3}}
fulltext: {{min_chars: 200}}
sources:
  - {{id: wire, kind: feed, url: '{server.url("/feed.xml")}', fulltext: true{source_extra}}}
"""
    return parse_config(text, base_dir=tmp_path, env={})


def test_a_feed_link_to_an_internal_address_is_refused(
    server: LocalServer, intranet: LocalServer, tmp_path: Path, public_127: None
) -> None:
    server.routes["/feed.xml"] = rss(server.url("/news"), intranet.url("/admin"))
    server.routes["/news"] = page("News", "Lumina Labs closed a funding round on Thursday")
    store = open_store(f"sqlite:///{tmp_path / 'run.db'}")
    summary = asyncio.run(pipeline.afetch(config_for(server, tmp_path), store))
    assert (summary.fulltext.extracted, summary.fulltext.failed) == (1, 1)
    status = {s.item.url: s.fulltext_status or "" for s in store.items()}
    assert status[intranet.url("/admin")].startswith(
        f"failed: refused to fetch {intranet.url('/admin')}: 127.0.0.2 is a loopback address"
    )
    assert intranet.requests == []
    assert not any("hunter2" in s.item.text for s in store.items())


def test_a_source_allowed_private_addresses_gets_its_links_full_text(
    server: LocalServer, intranet: LocalServer, tmp_path: Path
) -> None:
    server.routes["/feed.xml"] = rss(intranet.url("/admin"))
    store = open_store(f"sqlite:///{tmp_path / 'run.db'}")
    config = config_for(server, tmp_path, ", allow_private_addresses: true")
    summary = asyncio.run(pipeline.afetch(config, store))
    assert summary.fulltext.extracted == 1
    assert len(intranet.requests) == 1


def slow_page() -> Reply:
    """About 1 MB of short linked paragraphs: trafilatura needs seconds for it (90 s at 5 MB)."""
    row = "<p><a href='/a'>link text</a> and more words here</p>\n"
    body = f"<html><body><article>{row * 20_000}</article></body></html>".encode()
    return Reply(200, body, {"Content-Type": "text/html"})


def fulltext_config(server: LocalServer, tmp_path: Path, fulltext: str) -> Config:
    text = f"""
fetch: {{retries: 0, per_host_delay: 0, timeout: 5, allow_private_addresses: true}}
fulltext: {{min_chars: 200, concurrency: 1, {fulltext}}}
sources:
  - {{id: wire, kind: feed, url: '{server.url("/feed.xml")}', fulltext: true}}
"""
    return parse_config(text, base_dir=tmp_path, env={})


def test_a_page_slower_than_the_time_limit_fails_and_the_next_is_extracted(
    server: LocalServer, tmp_path: Path
) -> None:
    server.routes["/feed.xml"] = rss(server.url("/slow"), server.url("/news"))
    server.routes["/slow"] = slow_page()
    server.routes["/news"] = page("News", "Lumina Labs closed a funding round on Thursday")
    store = open_store(f"sqlite:///{tmp_path / 'run.db'}")
    summary = asyncio.run(pipeline.afetch(fulltext_config(server, tmp_path, "timeout: 0.3"), store))
    assert (summary.fulltext.extracted, summary.fulltext.failed) == (1, 1)
    status = {s.item.url: s.fulltext_status for s in store.items()}
    assert status[server.url("/slow")] == "failed: extraction took over 0.3 s (fulltext.timeout)"
    assert status[server.url("/news")] == "ok"


def test_pages_left_when_the_stage_time_runs_out_wait_for_the_next_run(
    server: LocalServer, tmp_path: Path
) -> None:
    slow = [server.url(f"/slow{i}") for i in range(4)]
    server.routes["/feed.xml"] = rss(*slow)
    for url in slow:
        server.routes[url.removeprefix(server.base_url)] = slow_page()
    store = open_store(f"sqlite:///{tmp_path / 'run.db'}")
    config = fulltext_config(server, tmp_path, "timeout: 0.3, stage_timeout: 0.5")
    summary = asyncio.run(pipeline.afetch(config, store))
    report = summary.fulltext
    assert report.extracted == 0
    assert report.postponed >= 2 and report.failed + report.postponed == 4
    waiting = store.items_needing_fulltext(["wire"], 200, 10)
    assert len(waiting) == report.postponed  # not marked failed: tried again next run
