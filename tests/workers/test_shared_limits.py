"""Limits two Celery workers keep together, through Redis, as one process would: the
spacing of requests to a host, the requests in flight to a host, and the run's LLM
token budget."""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from newsdesk import Newsdesk, load_config
from newsdesk._limits import RedisLimits
from newsdesk.demo import load_sample_day, sample_evening
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.editor._llm import estimate_tokens

from .conftest import celery_config, served_day, workers

#: Feeds per host, and the seconds between two requests to one host.
FEEDS, DELAY = 5, 1.0


def _feed(n: str) -> bytes:
    items = "".join(
        f"<item><title>Report {n}-{k} on a model release</title>"
        f"<link>https://news.example/{n}/{k}</link>"
        f"<pubDate>Thu, 14 May 2026 0{k}:00:00 +0000</pubDate></item>"
        for k in range(2)
    )
    return f'<rss version="2.0"><channel><title>F{n}</title>{items}</channel></rss>'.encode()


@pytest.mark.usefixtures("preloaded")
def test_two_workers_space_their_requests_to_one_host(broker: str, tmp_path: Path) -> None:
    times: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()
    servers = [LocalServer(host="127.0.0.1"), LocalServer(host="127.0.0.2")]
    sources = []
    for host, server in enumerate(servers):
        for n in range(FEEDS):

            def answer(request: Request, handler: Any, body: bytes = _feed(f"{host}-{n}")) -> Reply:
                with lock:
                    times[request.headers["host"]].append(time.monotonic())
                return Reply(200, body, {"Content-Type": "application/rss+xml"})

            server.routes[f"/{n}.xml"] = answer
            sources.append({"id": f"h{host}-f{n}", "kind": "feed", "url": server.url(f"/{n}.xml")})
    data = {
        "fetch": {"per_host_delay": DELAY, "retries": 0, "allow_private_addresses": True},
        "sources": sources,
    }
    path = celery_config(tmp_path, data, broker, concurrency=8)
    with servers[0], servers[1], workers(path, 2), Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
    assert summary.ok and summary.counts.new == 2 * FEEDS * 2
    assert len(times) == 2
    for host, started in times.items():
        started.sort()
        gaps = [b - a for a, b in itertools.pairwise(started)]
        assert len(started) == FEEDS, host
        # Each start is a turn of its own on Redis's clock, a second after the last; a
        # request reaches the server a little after its turn on a loaded machine, and one
        # that arrives late shortens the gap after it, so one short gap is allowed.
        # Unshared, two workers would start two at once (every other gap ~0) and be done
        # in half the time.
        assert sum(gap < DELAY / 4 for gap in gaps) <= 1, (host, gaps)
        assert started[-1] - started[0] >= (FEEDS - 1) * DELAY * 0.75, (host, gaps)


@pytest.mark.usefixtures("preloaded")
def test_two_workers_together_keep_a_hosts_concurrency(broker: str, tmp_path: Path) -> None:
    """Two requests at a time per host, over two workers of eight threads each: every
    request takes a while, so unshared slots would have four in flight at once."""
    in_flight: dict[str, int] = defaultdict(int)
    peak: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    servers = [LocalServer(host="127.0.0.1"), LocalServer(host="127.0.0.2")]
    sources = []
    for host, server in enumerate(servers):
        for n in range(2 * FEEDS):

            def answer(request: Request, handler: Any, body: bytes = _feed(f"{host}-{n}")) -> Reply:
                name = request.headers["host"]
                with lock:
                    in_flight[name] += 1
                    peak[name] = max(peak[name], in_flight[name])
                time.sleep(0.4)
                with lock:
                    in_flight[name] -= 1
                return Reply(200, body, {"Content-Type": "application/rss+xml"})

            server.routes[f"/{n}.xml"] = answer
            sources.append({"id": f"h{host}-f{n}", "kind": "feed", "url": server.url(f"/{n}.xml")})
    data = {
        "fetch": {
            "per_host_delay": 0,
            "per_host_concurrency": 2,
            "retries": 0,
            "allow_private_addresses": True,
        },
        "sources": sources,
    }
    path = celery_config(tmp_path, data, broker, concurrency=8)
    with servers[0], servers[1], workers(path, 2), Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
    assert summary.ok and summary.counts.new == 2 * 2 * FEEDS * 2
    assert dict(peak) == {s.base_url.split("//")[1]: 2 for s in servers}


_HOLDER = """
import asyncio, sys
from newsdesk._limits import RedisLimits

async def hold() -> None:
    async with RedisLimits(sys.argv[1], lease_seconds=1.0).slot("host:slow.example", 1):
        print("held", flush=True)
        await asyncio.sleep(600)

asyncio.run(hold())
"""


def test_a_killed_workers_slot_comes_free_when_its_lease_runs_out(broker: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, broker], stdout=subprocess.PIPE, text=True
    )
    limits = RedisLimits(broker, lease_seconds=1.0)

    async def take(within: float) -> float:
        started = time.monotonic()
        async with asyncio.timeout(within), limits.slot("host:slow.example", 1):
            return time.monotonic() - started

    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        # Held three leases long: the living holder renews it, no one else gets in.
        try:
            asyncio.run(take(3.0))
            raise AssertionError("took a slot its living holder renews")
        except TimeoutError:
            pass
        holder.kill()
        holder.wait()
        assert asyncio.run(take(5.0)) <= 1.5  # at most one lease after the kill
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        holder.stdout.close()
        limits.close()


def _chat(request: Request, handler: Any) -> Reply:
    """Every request costs exactly what the client estimated (so the budget is exact),
    and its reply is not the JSON asked for: the writer falls back to offline text."""
    body = json.loads(request.body)
    cost = estimate_tokens(" ".join(m["content"] for m in body["messages"]))
    completion = {
        "id": "c",
        "object": "chat.completion",
        "created": 1778720400,
        "model": "test",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "no"}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": cost, "completion_tokens": 0, "total_tokens": cost},
    }
    return Reply(200, json.dumps(completion).encode(), {"Content-Type": "application/json"})


@pytest.mark.usefixtures("preloaded")
def test_two_workers_writing_at_once_stop_at_one_budget(broker: str, tmp_path: Path) -> None:
    budget = 8_000
    with served_day() as (server, data):
        server.routes["/v1/chat/completions"] = _chat
        data["llm"] = {
            "base_url": server.url("/v1"),
            "model": "test",
            "retries": 0,
            "budget_tokens": budget,
            "retry_failed_after": 0,
        }
        path = celery_config(tmp_path, data, broker)
        evening = sample_evening(load_sample_day())
        with workers(path, 2), Newsdesk(load_config(path), now=lambda: evening) as desk:
            summary = desk.run(publish=False)
        assert summary.ok, summary.desk_error
        usages = [w.digest.usage for w in summary.digests]
        assert len(usages) == 2
        spent = sum(c.tokens_in + c.tokens_out for u in usages for c in u.calls)
        assert 0 < spent <= budget
        assert any(u.budget_exhausted for u in usages)
