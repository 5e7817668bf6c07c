"""collect and fulltext: the sources' items into the store, then short items' articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdesk.config import Config, FetchSettings, parse_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import FulltextReport, Outcome
from newsdesk.stages.collect import Collect, Collected, Fulltext
from newsdesk.store import open_store

from .seeded_day import context, run, through

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Compute Wire</title><link>https://wire.example/</link>
<item><title>Tessel unveils T9 AI inference chip with 96GB of memory</title>
<link>{base}/t9</link><description>A short note on the T9.</description>
<pubDate>Wed, 10 Jun 2026 10:00:00 +0000</pubDate></item>
</channel></rss>"""
ARTICLE = """<html><body><article><h1>Tessel unveils T9</h1>
<p>Chip maker Tessel unveiled the T9 on Wednesday, an accelerator for AI inference that
carries 96GB of high-bandwidth memory and draws 350 watts, it said in a statement.</p>
<p>The company said the T9 will ship in the fourth quarter to cloud providers, which
plan to rent it by the hour for serving large language models to their customers.</p>
</article></body></html>"""


def served_config(server: LocalServer, fast: FetchSettings, tmp_path: Path) -> Config:
    server.routes["/feed.xml"] = Reply(
        200, FEED.format(base=server.base_url).encode(), {"Content-Type": "application/rss+xml"}
    )
    server.routes["/t9"] = Reply(200, ARTICLE.encode(), {"Content-Type": "text/html"})
    text = f"""
fulltext: {{min_chars: 200}}
sources:
  - {{id: wire, kind: feed, url: '{server.url("/feed.xml")}', fulltext: true}}
  - {{id: gone, kind: feed, url: '{server.url("/missing.xml")}'}}
"""
    config = parse_config(text, base_dir=tmp_path, env={})
    return config.model_copy(update={"fetch": fast})


def test_new_items_are_stored_and_a_failing_source_is_named(
    server: LocalServer, fast: FetchSettings, tmp_path: Path
) -> None:
    config = served_config(server, fast, tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ctx = context(store, config, sources=tuple(config.sources))

    result = run(Collect(), ctx)

    assert result.counts == {"sources": 2, "failed": 1, "new": 1, "updated": 0}
    assert [e["source"] for e in result.errors] == ["gone"]
    assert isinstance(result.output, Collected)
    assert [r.outcome for r in result.output.reports] == [Outcome.OK, Outcome.FAILED]
    assert [s.item.title for s in store.items()] == [
        "Tessel unveils T9 AI inference chip with 96GB of memory"
    ]
    store.close()


def test_a_secret_a_variable_fills_in_is_neither_stored_nor_reported(
    server: LocalServer, fast: FetchSettings, tmp_path: Path
) -> None:
    """A key in a url and a token in a header, filled in from ${VAR}, stay out of the
    errors a fetch reports and stores and of the address the store records, however an
    error quotes them (percent-encoded in an address, escaped in a refused header)."""
    text = f"""
sources:
  - {{id: keyed, kind: feed, url: '{server.url("/missing.xml")}?key=${{FEED_KEY}}'}}
  - {{id: signed, kind: feed, url: '{server.url("/feed.xml")}',
      headers: {{Authorization: 'Bearer ${{FEED_TOKEN}}'}}}}
"""
    env = {"FEED_KEY": "opal key/42", "FEED_TOKEN": "token-read-from-a-file\n"}
    config = parse_config(text, base_dir=tmp_path, env=env).model_copy(update={"fetch": fast})
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")

    result = run(Collect(), context(store, config, sources=tuple(config.sources)))
    store.close()

    keyed, signed = (str(e["error"]) for e in result.errors)
    assert "?key=${FEED_KEY}" in keyed
    assert "one of the source's headers holds a character that HTTP forbids" in signed
    with sqlite3.connect(tmp_path / "c.db") as db:
        stored = "\n".join(db.iterdump())
    assert "?key=${FEED_KEY}" in stored
    for secret in ("opal", "token-read"):
        assert secret not in keyed + signed + stored


@pytest.mark.parametrize(
    "keys",
    [
        "url: '{feed}?key=${{FEED_KEY}}'",  # in an address's text
        "url: '${{FEED_KEY}}'",  # a whole URL
        "url: '{feed}', weight: '${{FEED_KEY}}'",  # a number
        "url: '{feed}', fulltext: '${{FEED_KEY}}'",  # a flag
    ],
)
def test_a_source_whose_variable_is_not_set_fails_alone_saying_which(
    keys: str, server: LocalServer, fast: FetchSettings, tmp_path: Path
) -> None:
    served = served_config(server, fast, tmp_path)
    text = f"""
sources:
  - {{id: wire, kind: feed, url: '{served.sources[0].url}'}}
  - {{id: keyed, kind: feed, {keys.format(feed=server.url("/feed.xml"))}}}
"""
    config = parse_config(text, base_dir=tmp_path, env={}).model_copy(update={"fetch": fast})
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ctx = context(store, config, sources=tuple(config.sources))

    result = run(Collect(), ctx)

    assert result.counts == {"sources": 2, "failed": 1, "new": 1, "updated": 0}
    [error] = result.errors
    assert error["source"] == "keyed"
    assert "FEED_KEY is not set: export FEED_KEY=..., then fetch again." in str(error)
    assert len(server.requests) == 1  # the keyed one was never asked
    store.close()


def test_fulltext_fetches_the_article_of_a_short_item(
    server: LocalServer, fast: FetchSettings, tmp_path: Path
) -> None:
    config = served_config(server, fast, tmp_path)
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ctx = through([Collect()], context(store, config, sources=tuple(config.sources)))

    result = run(Fulltext(), ctx)

    assert result.output == FulltextReport(extracted=1)
    assert result.counts == {"extracted": 1, "failed": 0, "postponed": 0}
    [stored] = store.items()
    assert "350 watts" in stored.item.text
    store.close()


def test_a_failing_source_keeps_its_variable_out_of_the_error(
    server: LocalServer, fast: FetchSettings, tmp_path: Path
) -> None:
    """The error a source stores and prints names the address as the file writes it:
    a private feed's key from the environment is not written into it."""
    text = (
        f"sources: [{{id: keyed, kind: feed, url: '{server.url('/gone.xml')}?key=${{FEED_KEY}}'}}]"
    )
    config = parse_config(text, base_dir=tmp_path, env={"FEED_KEY": "s3cret"}).model_copy(
        update={"fetch": fast}
    )
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ctx = context(store, config, sources=tuple(config.sources))

    result = run(Collect(), ctx)

    [error] = result.errors
    assert "s3cret" not in str(error)
    assert "gone.xml?key=${FEED_KEY}" in str(error)
    assert "s3cret" not in (store.fetch_states(["keyed"])["keyed"].last_error or "")
    store.close()
