"""Full text and enrich on workers, one task per batch of items: the same items and
counts as a local run, and a batch whose worker dies is done again without doubling."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsdesk import Newsdesk, load_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import RunSummary
from newsdesk.store import SqlStore

from .conftest import celery_config, hold_first, run_through_a_killed_worker, workers

#: Articles behind the feed, and the items per task: three batches of full text.
ARTICLES, BATCH = 12, 5
TOPICS = ("a chip plant", "a model release", "a funding round", "a safety report")


def _article(n: int) -> Reply:
    topic = TOPICS[n % len(TOPICS)]
    words = f"Report {n} on {topic}: the company said on Thursday that the work goes on. " * 20
    body = f"<html><body><article><h1>Report {n}</h1><p>{words}</p></article></body></html>"
    return Reply(200, body.encode(), {"Content-Type": "text/html"})


@contextmanager
def snippet_feed() -> Iterator[tuple[LocalServer, dict[str, Any]]]:
    """A feed whose items carry one line each, the articles behind them, and a config
    that fetches their full text."""
    with LocalServer() as server:
        items = "".join(
            f"<item><title>Report {n} on {TOPICS[n % len(TOPICS)]}</title>"
            f"<link>{server.url(f'/a/{n}')}</link><description>In short.</description>"
            f"<pubDate>Thu, 14 May 2026 0{n % 10}:00:00 +0000</pubDate></item>"
            for n in range(ARTICLES)
        )
        server.routes["/feed.xml"] = Reply(
            200,
            f'<rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode(),
            {"Content-Type": "application/rss+xml"},
        )
        for n in range(ARTICLES):
            server.routes[f"/a/{n}"] = _article(n)
        data = {
            "timezone": "UTC",
            "fetch": {"per_host_delay": 0, "retries": 0, "allow_private_addresses": True},
            "fulltext": {"min_chars": 200},
            "sources": [
                {"id": "wire", "kind": "feed", "url": server.url("/feed.xml"), "fulltext": True}
            ],
        }
        yield server, data


def _texts(store: SqlStore) -> dict[str, tuple[str, str | None]]:
    return {s.item.url: (s.item.text, s.fulltext_status) for s in store.items()}


def _stages(desk: Newsdesk, summary: RunSummary) -> dict[str, dict[str, int]]:
    stages = desk.run_record(summary.run_id).stages
    names = [s.stage for s in stages]
    assert len(names) == len(set(names)) and {"fulltext", "enrich"} <= set(names)
    return {s.stage: s.counts for s in stages if s.stage in ("fulltext", "enrich")}


@pytest.mark.usefixtures("preloaded")
def test_batches_on_two_workers_store_what_a_local_run_stores(broker: str, tmp_path: Path) -> None:
    with snippet_feed() as (_, data):
        local = tmp_path / "local" / "newsdesk.yaml"
        local.parent.mkdir()
        local.write_text(yaml.safe_dump(data), encoding="utf-8")
        with Newsdesk(load_config(local)) as desk:
            summary = desk.run(publish=False)
            assert summary.ok, summary.desk_error
            expected, expected_stages = _texts(desk.store), _stages(desk, summary)
        path = celery_config(tmp_path / "celery", data, broker, batch_items=BATCH)
        with workers(path, 2), Newsdesk(load_config(path)) as desk:
            summary = desk.run(publish=False)
            assert summary.ok, summary.desk_error
            assert _texts(desk.store) == expected
            assert _stages(desk, summary) == expected_stages
            model = desk.embedder.name
            assert desk.store.items_without_vectors(model) == []
    assert expected_stages["fulltext"]["extracted"] == ARTICLES
    assert expected_stages["enrich"]["embedded"] == ARTICLES


@pytest.mark.usefixtures("preloaded")
def test_a_batch_whose_worker_is_killed_is_done_again_and_nothing_doubles(
    broker: str, tmp_path: Path
) -> None:
    with snippet_feed() as (server, data):
        reached, let_go = hold_first(server, "/a/")
        # The killed worker's slots on the host stay taken until their leases run out
        # (test_shared_limits.py); with two per article the run needs none of them.
        data["fetch"]["per_host_concurrency"] = 2 * ARTICLES
        path = celery_config(tmp_path, data, broker, batch_items=BATCH, visibility_timeout=4)
        with Newsdesk(load_config(path)) as desk:
            summary = run_through_a_killed_worker(desk, path, reached, let_go)
            assert summary.ok, summary.desk_error
            texts = _texts(desk.store)
            assert len(texts) == ARTICLES  # each item stored once
            assert all(status == "ok" and len(text) > 200 for text, status in texts.values())
            stages = _stages(desk, summary)
            # a retried batch counts what its second try did: never more than there was
            assert 0 < stages["fulltext"]["extracted"] <= ARTICLES
            assert stages["enrich"]["embedded"] == ARTICLES
            assert desk.store.items_without_vectors(desk.embedder.name) == []
