"""Runs the stages in order and records each run in the store.

collect (+ full text) → enrich → group → assess → select; ``fetch`` stops after collect.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TypeVar

import httpx

from newsdesk import stages
from newsdesk.collect import Fetcher, check_sources, collect_fulltext, collect_sources
from newsdesk.config import Config
from newsdesk.desk import Embedder
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import DeskReport, FulltextReport, Outcome, RunSummary, SourceReport
from newsdesk.progress import NullProgress, Progress
from newsdesk.store import Store

_T = TypeVar("_T")


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
    return _run(config, store, command, only, progress, transport, desk_stages=None)


def run(
    config: Config,
    store: Store,
    *,
    command: str = "run",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    now: datetime | None = None,
    embedder: Embedder | None = None,
) -> RunSummary:
    """The whole pipeline: collect, then the desk stages up to each digest's selection.

    ``now`` is the clock of the desk stages (recency, "today"); default: the real time.
    A desk stage that fails (the embeddings endpoint is down) ends the run as failed
    with its reason; what was collected stays stored.
    """
    return _run(config, store, command, only, progress, transport, desk_stages=(now, embedder))


def _run(
    config: Config,
    store: Store,
    command: str,
    only: Sequence[str] | None,
    progress: Progress | None,
    transport: httpx.AsyncBaseTransport | None,
    desk_stages: tuple[datetime | None, Embedder | None] | None,
) -> RunSummary:
    progress = progress or NullProgress()
    started, clock = datetime.now(UTC), time.monotonic()
    run_id = store.start_run(command, started)
    report, error = None, None
    try:
        reports, fulltext = asyncio.run(_collect(config, store, run_id, only, progress, transport))
        if desk_stages is not None:
            now, embedder = desk_stages
            try:
                report = desk(config, store, run_id, now=now, embedder=embedder, progress=progress)
            except NewsdeskError as err:
                error = str(err)
                store.record_stage(run_id, "desk", datetime.now(UTC), 0.0, {}, [{"error": error}])
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
        desk=report,
        desk_error=error,
    )
    store.finish_run(run_id, datetime.now(UTC), "ok" if summary.ok else "failed", error)
    return summary


def desk(
    config: Config,
    store: Store,
    run_id: int,
    *,
    now: datetime | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> DeskReport:
    """enrich → group → assess → select over what the store holds, each stage recorded."""
    now = now or datetime.now(UTC)
    progress = progress or NullProgress()
    if embedder is None:
        made = stages.make_embedder(config.embed)
        try:
            return desk(config, store, run_id, now=now, embedder=made, progress=progress)
        finally:
            made.close()

    def timed(name: str, step: Callable[[], _T], counts: Callable[[_T], dict[str, int]]) -> _T:
        started, clock = datetime.now(UTC), time.monotonic()
        result = step()
        store.record_stage(run_id, name, started, time.monotonic() - clock, counts(result), [])
        return result

    embedded = timed(
        "enrich", lambda: stages.enrich(store, embedder, progress), lambda n: {"embedded": n}
    )
    grouped = timed(
        "group", lambda: stages.group(store, config, embedder.name, now, progress), asdict
    )
    assessed = timed(
        "assess", lambda: stages.assess(store, config, embedder, now), lambda n: {"stories": n}
    )
    selections = timed(
        "select",
        lambda: stages.select(store, config, now),
        lambda found: {s.digest: len(s.lead) + len(s.more) for s in found},
    )
    return DeskReport(
        embedded=embedded, group=grouped, assessed=assessed, selections=tuple(selections)
    )


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
