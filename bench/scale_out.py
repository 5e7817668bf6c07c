"""Scale-out: one run over many feeds, locally and on 1, 2 and 4 Celery worker processes.

Usage: python bench/scale_out.py [--feeds 1000] [--items 20] [--digests 10]
                                 [--workers 1,2,4] [--collect-only] [--concurrency 16]

Synthetic feeds (RSS, ``--items`` entries each, fictional Chinese and English AI news from
``bench/_synth.py``) are served from 127.0.0.1 by a threaded server; every 20th feed is
slow (answers after 1 s) and every 25th fails (HTTP 500, not retried).  ``--digests``
digests (Chinese and English in turn) draw on every feed, each with a files channel.
Each mode runs the same day on a fresh store: PostgreSQL (a database of its own,
``newsdesk_bench``, at 127.0.0.1:5432) when reachable, else SQLite.  The Celery modes
use the Redis at 127.0.0.1:6379 (database 13, or ``NEWSDESK_BENCH_REDIS``; emptied
first) and start their worker processes (``--concurrency`` threads each) before the
clock starts.

Printed per mode: wall seconds, items stored per second, each stage's seconds (as the
run recorded them), peak memory (RSS) of each worker process (local: of this one), and
per stored item the Redis commands and the PostgreSQL transactions of the run.  Checked:
items stored = items served by the feeds that answer, and each digest's channel posted
exactly once.  ``--collect-only`` runs ``fetch`` (collect and full text) only, to see the
I/O-bound part scale at sizes where embedding every item would take long.

On 2 shared cores the CPU-bound stages (enrich, group, assess, the digests) cannot get
faster with more processes; collection, which waits on the network, can.  Fetch settings
are those of a crawl of many sites: no delay between requests to a host (every feed here
is on 127.0.0.1), 64 requests per host at once (the most allowed; every worker together).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import redis
import sqlalchemy as sa
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _synth
from newsdesk import Newsdesk, load_config
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.workers import worker_processes

REDIS = os.environ.get("NEWSDESK_BENCH_REDIS", "redis://127.0.0.1:6379/13")
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432"
BENCH_DB = "newsdesk_bench"
SLOW_EVERY, FAIL_EVERY, SLOW_SECONDS = 20, 25, 1.0


def _feeds(count: int, per_feed: int, now: datetime) -> dict[str, bytes | None]:
    """Each feed's RSS (None: it fails), items from the synthetic news of the last day."""
    items = _synth.generate(count * per_feed, start=now - timedelta(hours=20), days=1, seed=3)
    rng = random.Random(5)
    rng.shuffle(items)
    feeds: dict[str, bytes | None] = {}
    for n in range(count):
        if n % FAIL_EVERY == FAIL_EVERY - 1:
            feeds[f"f{n}"] = None
            continue
        entries = "".join(
            f"<item><title>{escape(s.title)}</title>"
            f"<link>https://{s.domain}/f{n}/{k}</link>"
            f"<description>{escape(s.text[:600])}</description>"
            f"<pubDate>{format_datetime(min(s.time, now - timedelta(minutes=5)))}</pubDate>"
            "</item>"
            for k, s in enumerate(items[n * per_feed : (n + 1) * per_feed])
        )
        feeds[f"f{n}"] = (
            f'<rss version="2.0"><channel><title>Feed {n}</title>{entries}</channel></rss>'
        ).encode()
    return feeds


def _server(feeds: dict[str, bytes | None]) -> LocalServer:
    server = LocalServer()
    for name, body in feeds.items():
        slow = int(name[1:]) % SLOW_EVERY == SLOW_EVERY - 1

        def answer(
            request: Request, handler: Any, body: bytes | None = body, slow: bool = slow
        ) -> Reply:
            if body is None:
                return Reply(500, b"down", {"Content-Type": "text/plain"})
            if slow:
                time.sleep(SLOW_SECONDS)
            return Reply(200, body, {"Content-Type": "application/rss+xml"})

        server.routes[f"/{name}.xml"] = answer
    return server


def _config(base: str, feeds: dict[str, bytes | None], digests: int) -> dict[str, Any]:
    return {
        "timezone": "UTC",
        "fetch": {
            "per_host_delay": 0,
            "per_host_concurrency": 64,
            "concurrency": 64,
            "retries": 0,
            "timeout": 30,
            "allow_private_addresses": True,
        },
        "fulltext": {"limit": 0},
        "render": {"cover": {"enabled": False}},
        "sources": [
            {"id": name, "kind": "feed", "url": f"{base}/{name}.xml", "keywords": []}
            for name in feeds
        ],
        "digests": [
            {
                "name": f"d{n}",
                "title": f"Digest {n}",
                "language": "zh" if n % 2 == 0 else "en",
                "timezone": "UTC",
                "style": "brief",
                "publish": [{"id": "files", "kind": "files", "dir": f"posted/d{n}"}],
            }
            for n in range(digests)
        ],
    }


def _postgres_ok() -> bool:
    try:
        engine = sa.create_engine(f"{POSTGRES}/test", isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            exists = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": BENCH_DB}
            ).first()
            if exists is None:
                conn.execute(sa.text(f'CREATE DATABASE "{BENCH_DB}"'))
        engine.dispose()
    except sa.exc.SQLAlchemyError:
        return False
    return True


@contextmanager
def _fresh_store(folder: Path, mode: str, postgres: bool) -> Iterator[str]:
    """A new, empty store for one mode: a PostgreSQL schema of its own, or a file."""
    if not postgres:
        yield f"sqlite:///{folder / f'{mode}.db'}"
        return
    schema = f"bench_{mode.replace('-', '_')}_{int(time.time())}"
    engine = sa.create_engine(f"{POSTGRES}/{BENCH_DB}")
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES}/{BENCH_DB}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def _pg_transactions() -> int:
    engine = sa.create_engine(f"{POSTGRES}/test")
    with engine.connect() as conn:
        found = conn.execute(
            sa.text("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = :n"),
            {"n": BENCH_DB},
        ).scalar_one()
    engine.dispose()
    return int(found)


def _redis_commands(client: redis.Redis) -> int:
    return int(client.info("stats")["total_commands_processed"])


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _run_mode(
    mode: str,
    workers: int,
    args: argparse.Namespace,
    base: str,
    feeds: dict[str, bytes | None],
    postgres: bool,
    folder: Path,
    now: datetime,
) -> dict[str, Any]:
    out = folder / mode
    out.mkdir()
    data = _config(base, feeds, args.digests)
    if workers:
        data["execution"] = {
            "engine": "celery",
            "broker": REDIS,
            "concurrency": args.concurrency,
            "task_retries": 1,
        }
    client = redis.Redis.from_url(REDIS)
    client.flushdb()
    with _fresh_store(folder, mode, postgres) as url:
        data["store"] = {"url": url}
        path = out / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        config = load_config(path)
        with Newsdesk(config, now=lambda: now) as desk:
            desk.store  # noqa: B018  (the schema is made before the clock starts)
            with (
                worker_processes(path, config.execution, workers, concurrency=args.concurrency)
                if workers
                else _nothing()
            ) as started:
                redis_before = _redis_commands(client)
                pg_before = _pg_transactions() if postgres else 0
                clock = time.monotonic()
                summary = desk.fetch() if args.collect_only else desk.run()
                seconds = time.monotonic() - clock
                redis_used = _redis_commands(client) - redis_before
                pg_used = (_pg_transactions() - pg_before) if postgres else 0
                memory = (
                    [_peak_rss_mb(p.pid) for p in started]
                    if workers
                    else [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
                )
            stored = len(desk.store.items())
            stages = {s.stage: s.seconds for s in desk.run_record(summary.run_id).stages}
            posted = [
                len(desk.store.publications(d.name, now.date())) for d in config.digests
            ] if not args.collect_only else []  # fmt: skip
            written = len(summary.digests)
    client.close()
    served = sum(len(_synth_items(b)) for b in feeds.values() if b is not None)
    return {
        "mode": mode,
        "seconds": seconds,
        "stored": stored,
        "served": served,
        "items_per_s": stored / seconds,
        "stages": stages,
        "memory": memory,
        "redis_per_item": redis_used / max(stored, 1),
        "pg_per_item": pg_used / max(stored, 1),
        "posted": posted,
        "written": written,
        "ok": summary.ok,
        "failed_sources": len([r for r in summary.sources if r.error]),
    }


def _synth_items(body: bytes) -> list[bytes]:
    return body.split(b"<item>")[1:]


@contextmanager
def _nothing() -> Iterator[list[Any]]:
    yield []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--digests", type=int, default=10)
    parser.add_argument("--workers", default="1,2,4", help="worker counts of the celery modes")
    parser.add_argument("--concurrency", type=int, default=16, help="threads per worker")
    parser.add_argument("--collect-only", action="store_true", help="collect only (fetch)")
    parser.add_argument("--no-local", action="store_true", help="skip the local mode")
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    feeds = _feeds(args.feeds, args.items, now)
    postgres = _postgres_ok()
    counts = [int(n) for n in args.workers.split(",") if n]
    modes = ([] if args.no_local else [("local", 0)]) + [(f"celery-{n}", n) for n in counts]
    server = _server(feeds).start()
    threading.current_thread().name = "bench"
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for mode, workers in modes:
                rows.append(
                    _run_mode(mode, workers, args, server.base_url, feeds, postgres, Path(tmp), now)
                )
                print(f"... {mode}: {rows[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
    finally:
        server.stop()
    what = "fetch (collect + full text)" if args.collect_only else "run (every stage)"
    store = "PostgreSQL" if postgres else "SQLite"
    print(
        f"{args.feeds} feeds x {args.items} items ({args.feeds // FAIL_EVERY} failing, "
        f"{args.feeds // SLOW_EVERY} slow), {args.digests} digests, {what}, store {store}"
    )
    print(
        "| mode | wall s | items/s | stored/served | peak RSS per process (MB) "
        "| Redis cmds/item | PG xacts/item | posted once |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        once = "—" if not r["posted"] else ("yes" if set(r["posted"]) == {1} else r["posted"])
        print(
            f"| {r['mode']} | {r['seconds']:.1f} | {r['items_per_s']:.0f} | "
            f"{r['stored']}/{r['served']} | {', '.join(f'{m:.0f}' for m in r['memory'])} | "
            f"{r['redis_per_item']:.1f} | {r['pg_per_item']:.2f} | {once} |"
        )
    names = list(dict.fromkeys(name for r in rows for name in r["stages"]))
    print()
    print("| stage seconds | " + " | ".join(r["mode"] for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for name in names:
        cells = [f"{r['stages'][name]:.1f}" if name in r["stages"] else "—" for r in rows]
        print(f"| {name} | " + " | ".join(cells) + " |")
    bad = [r["mode"] for r in rows if r["stored"] != r["served"] or not r["ok"]]
    bad += [r["mode"] for r in rows if r["posted"] and set(r["posted"]) != {1}]
    if bad:
        print(f"CHECK FAILED: {sorted(set(bad))}")
        sys.exit(1)


if __name__ == "__main__":
    main()
