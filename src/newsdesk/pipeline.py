"""Runs the stages in order and records each run in the store.

For now the flow is collect (+ full text); later stages append here.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime

import httpx

from newsdesk.collect import Fetcher, check_sources, collect_fulltext, collect_sources
from newsdesk.config import Config
from newsdesk.model import FulltextReport, Outcome, RunSummary, SourceReport
from newsdesk.progress import NullProgress, Progress
from newsdesk.store import Store


async def _collect(
    config: Config,
    store: Store,
    run_id: int,
    only: Sequence[str] | None,
    progress: Progress,
    transport: httpx.AsyncBaseTransport | None,
) -> tuple[list[SourceReport], FulltextReport]:
    sources = config.select_sources(list(only) if only else None)
    async with Fetcher(config.fetch, transport=transport) as fetcher:
        started, clock = datetime.now(UTC), time.monotonic()
        reports = await collect_sources(config, store, fetcher, sources, progress=progress)
        store.record_stage(
            run_id,
            "collect",
            started,
            time.monotonic() - clock,
            counts={
                "sources": len(reports),
                "failed": sum(r.outcome is Outcome.FAILED for r in reports),
                "new": sum(r.counts.new for r in reports),
                "updated": sum(r.counts.updated for r in reports),
            },
            errors=[
                {"source": r.source_id, "error": r.error}
                for r in reports
                if r.outcome is Outcome.FAILED
            ],
        )
        started, clock = datetime.now(UTC), time.monotonic()
        fulltext = await collect_fulltext(config, store, fetcher, sources, progress=progress)
        store.record_stage(
            run_id, "fulltext", started, time.monotonic() - clock, asdict(fulltext), []
        )
    return reports, fulltext


def fetch(
    config: Config,
    store: Store,
    *,
    command: str = "fetch",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> RunSummary:
    """Collect the enabled sources (or ``only`` these ids/tags) into the store."""
    progress = progress or NullProgress()
    started, clock = datetime.now(UTC), time.monotonic()
    run_id = store.start_run(command, started)
    try:
        reports, fulltext = asyncio.run(_collect(config, store, run_id, only, progress, transport))
    except BaseException as err:
        store.finish_run(run_id, datetime.now(UTC), "failed", f"{type(err).__name__}: {err}")
        raise
    finally:
        progress.close()
    summary = RunSummary(
        run_id=run_id,
        command=command,
        sources=reports,
        fulltext=fulltext,
        started=started,
        seconds=time.monotonic() - clock,
    )
    store.finish_run(run_id, datetime.now(UTC), "ok" if summary.ok else "failed", None)
    return summary


def run(
    config: Config,
    store: Store,
    *,
    command: str = "run",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> RunSummary:
    """The whole pipeline.  Today: collect; grouping, writing and publishing come next."""
    return fetch(config, store, command=command, only=only, progress=progress, transport=transport)


def check(
    config: Config,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[SourceReport]:
    """Fetch each source once and say whether it works; stores nothing."""
    progress = progress or NullProgress()
    sources = config.select_sources(list(only) if only else None)

    async def go() -> list[SourceReport]:
        async with Fetcher(config.fetch, transport=transport) as fetcher:
            return await check_sources(config, fetcher, sources, progress=progress)

    try:
        return asyncio.run(go())
    finally:
        progress.close()
