"""Runs a plan of stages in order and records the run, and each stage, in the store.

collect → fulltext → enrich → group → assess → select → write → verify → render →
publish → site; :func:`plan` leaves out what a run does not do (``afetch`` stops after
fulltext, a past day is not collected, ``publish=False`` stops before publish).  Each
stage is a :class:`~newsdesk.stages.Stage`; :func:`perform` is the one place that times
and records them.  Coroutines, so a caller with its own event loop (a web app, a
worker) awaits them; :class:`newsdesk.Newsdesk` runs them for callers without one.

Grouping holds the store's ``group`` lease: of two runs at once, one groups and the
other waits for it, then groups only what is still ungrouped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

import httpx

from newsdesk.collect import Fetcher, check_sources, read_health
from newsdesk.config import Config, DigestConfig
from newsdesk.desk import Embedder
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import (
    DeskReport,
    FulltextReport,
    GroupReport,
    RunSummary,
    SourceReport,
    run_error,
)
from newsdesk.progress import NullProgress, Progress
from newsdesk.stages import Stage, StageContext, StageResult, Tools, day_end
from newsdesk.stages.assess import Assess
from newsdesk.stages.collect import Collect, Collected, Fulltext
from newsdesk.stages.enrich import Enrich
from newsdesk.stages.group import Group
from newsdesk.stages.publish import Publish, Published
from newsdesk.stages.render import Render, Rendered
from newsdesk.stages.select import Select, Selected, unchanged_editions
from newsdesk.stages.site import Site, SitePages
from newsdesk.stages.verify import Verify
from newsdesk.stages.write import Write
from newsdesk.store import Store

_T = TypeVar("_T")


def plan(*, collect: bool = True, desk: bool = True, publish: bool = True) -> tuple[Stage, ...]:
    """The stages of a run, in order: collecting (unless a past day is written from the
    store), the desk's and the editor's (unless the run only fetches), publishing."""
    stages: list[Stage] = [Collect(), Fulltext()] if collect else []
    if desk:
        stages += [Enrich(), Group(), Assess(), Select(), Write(), Verify(), Render()]
        stages += [Publish(), Site()] if publish else [Site()]
    return tuple(stages)


#: Told of each stage as it ends: its name, when it started (UTC), its seconds, its result.
StageListener = Callable[[str, datetime, float, StageResult], None]


async def perform(
    stages: Sequence[Stage],
    ctx: StageContext,
    results: dict[str, StageResult] | None = None,
    run_id: int | None = None,
    *,
    on_stage: StageListener | None = None,
) -> StageContext:
    """Run the stages in order, each given what the ones before made; returns the
    context with all they made.  Each result goes into ``results`` (by stage name), is
    recorded in run ``run_id`` (None: not recorded) and given to ``on_stage``.

    Raises the first NewsdeskError, recorded with the stage that raised it; the results
    of the stages before it are in ``results``.
    """
    results = {} if results is None else results
    for stage in stages:
        started, clock = datetime.now(UTC), time.monotonic()
        try:
            result = await stage.run(ctx)
        except NewsdeskError as err:
            failed = StageResult(errors=({"error": str(err)},))
            record_stage(ctx.store, run_id, stage.name, started, time.monotonic() - clock, failed)
            if on_stage is not None:
                on_stage(stage.name, started, time.monotonic() - clock, failed)
            raise
        seconds = time.monotonic() - clock
        record_stage(ctx.store, run_id, stage.name, started, seconds, result)
        if on_stage is not None:
            on_stage(stage.name, started, seconds, result)
        results[stage.name] = result
        if result.output is not None:
            ctx = replace(ctx, earlier=(*ctx.earlier, result.output))
    return ctx


#: How a run's stages are carried out: :func:`perform` in this process, or an engine
#: that hands them to workers (``newsdesk.workers``), with the same arguments and result.
Performer = Callable[
    [Sequence[Stage], StageContext, dict[str, StageResult], int | None], Awaitable[StageContext]
]


def record_stage(
    store: Store,
    run_id: int | None,
    stage: str,
    started: datetime,
    seconds: float,
    result: StageResult,
) -> None:
    """One stage of the run in the store: when, how long, its counts and errors (the one
    way a stage is recorded, whichever engine ran it)."""
    if run_id is not None:
        store.record_stage(run_id, stage, started, seconds, result.counts, list(result.errors))


async def afetch(
    config: Config,
    store: Store,
    *,
    command: str = "fetch",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    performer: Performer = perform,
) -> RunSummary:
    """Collect the enabled sources (or ``only`` these ids/tags) into the store, by
    ``performer`` (default: in this process)."""
    tools = Tools(config, transport=transport)
    return await _run(
        config, store, command, plan(desk=False), tools, only, progress, performer=performer
    )


async def arun(
    config: Config,
    store: Store,
    *,
    command: str = "run",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    now: datetime | None = None,
    day: date | None = None,
    embedder: Embedder | None = None,
    offline: bool = False,
    env: Mapping[str, str] | None = None,
    publish: bool = True,
    digests: Sequence[DigestConfig] = (),
    on_start: Callable[[int], None] | None = None,
    performer: Performer = perform,
) -> RunSummary:
    """The whole pipeline: collect, the desk stages, then each digest (or each of
    ``digests``) written, verified, rendered and published.

    ``now`` is the current time (default: the real time) and the clock of the desk
    stages (recency, "today"); with ``day`` (a past day whose items are stored) their
    clock is the end of that day in the config's zone, so its stories are ranked as they
    stood that evening (a past day is written from the store, nothing is fetched for
    it).  ``offline`` (or no LLM configured) has the offline editor write; ``env`` is
    where the LLM key is looked up (default: the process environment); ``publish=False``
    stops at the written digests, as does a digest whose ``review`` is required.  A
    stage that fails (the embeddings endpoint is down) ends the run as failed with its
    reason; what was collected stays stored.  ``digests`` (default: every configured
    one) are the digests selected, written and published.  The run is recorded with the
    day it writes (today in its digest's zone, or the config's, when ``day`` is None) and
    its stages; ``on_start`` is given its id as soon as it is recorded.  ``performer``
    carries the stages out (default: :func:`perform`, in this process).
    """
    now = now or datetime.now(UTC)
    past = day is not None and day < now.astimezone(ZoneInfo(config.timezone)).date()
    zone = digests[0].timezone if len(digests) == 1 else config.timezone
    writes = day or now.astimezone(ZoneInfo(zone)).date()
    if day is not None:
        now = day_end(day, config.timezone, now)
    stages = plan(collect=not past, publish=publish)
    tools = Tools(config, embedder=embedder, transport=transport, offline=offline, env=env)
    return await _run(
        config, store, command, stages, tools, only, progress, now=now, day=day,
        digests=tuple(digests), writes=writes, on_start=on_start, performer=performer,
    )  # fmt: skip


async def arewrite(
    config: Config,
    store: Store,
    digest: DigestConfig,
    day: date,
    now: datetime,
    *,
    progress: Progress | None = None,
) -> None:
    """Select a digest's day again and write, verify and render it (after an editor's
    action); not recorded as a run.  Raises NewsdeskError when the files cannot be
    written."""
    tools = Tools(config)
    ctx = StageContext(
        store, config, now, tools, day=day, digests=(digest,), progress=progress or NullProgress()
    )
    try:
        await perform([Select(), Write(), Verify(), Render()], ctx)
    finally:
        await tools.aclose()


async def _run(
    config: Config,
    store: Store,
    command: str,
    stages: Sequence[Stage],
    tools: Tools,
    only: Sequence[str] | None,
    progress: Progress | None,
    *,
    now: datetime | None = None,
    day: date | None = None,
    digests: tuple[DigestConfig, ...] = (),
    writes: date | None = None,
    on_start: Callable[[int], None] | None = None,
    performer: Performer = perform,
) -> RunSummary:
    progress = progress or NullProgress()
    started, clock = datetime.now(UTC), time.monotonic()
    run_id = store.start_run(
        command, started, day=writes, digests=[d.name for d in digests],
        plan=[s.name for s in stages],
    )  # fmt: skip
    results: dict[str, StageResult] = {}
    error = None
    try:
        if on_start is not None:
            on_start(run_id)
        sources = config.select_sources(list(only) if only else None)
        ctx = StageContext(
            store, config, now or started, tools, day=day, digests=digests,
            sources=tuple(sources), progress=progress,
        )  # fmt: skip
        try:
            await performer(stages, ctx, results, run_id)
        except NewsdeskError as err:
            error = str(err)
        finally:
            await tools.aclose()
        # as of the run's clock: a run of a past day (the demo's) judges freshness then
        health = read_health(config, store, now or datetime.now(UTC), sources)
    except BaseException as err:
        store.finish_run(run_id, datetime.now(UTC), "failed", _stopped_why(err, stages, results))
        raise
    finally:
        progress.close()
    collected = _made(results, "collect", Collected)
    site = _made(results, "site", SitePages)
    summary = RunSummary(
        run_id=run_id,
        command=command,
        sources=list(collected.reports) if collected else [],
        fulltext=_made(results, "fulltext", FulltextReport) or FulltextReport(),
        started=started,
        seconds=time.monotonic() - clock,
        desk=_desk_report(results, store, config, now or started, day, digests),
        desk_error=error,
        digests=rendered.written if (rendered := _made(results, "render", Rendered)) else (),
        publications=p.publications if (p := _made(results, "publish", Published)) else (),
        site=str(site.index) if site else None,
        # what this run fetched only: a run of a stored day (`run --date`) fetches nothing
        health=tuple(h for h in health if collected and h.source_id in collected.fetched),
    )
    if error is None and summary.unpublished:  # the run's history says why it failed
        error = "publishing did not finish: " + "; ".join(
            f"{p.digest} -> {p.channel}: {p.error or p.status}" for p in summary.unpublished
        )
    store.finish_run(run_id, datetime.now(UTC), "ok" if summary.ok else "failed", error)
    return summary


def _stopped_why(
    err: BaseException, stages: Sequence[Stage], results: Mapping[str, StageResult]
) -> str:
    """The run history's words for a run that stopped on ``err``: Ctrl+C (or a stop
    signal) cancels the run's task, whose bare ``CancelledError`` says nothing, so it is
    told as an interruption in the stage that was running."""
    if not isinstance(err, (KeyboardInterrupt, asyncio.CancelledError)):
        return f"{type(err).__name__}: {err}"
    running = next((s.name for s in stages if s.name not in results), None)
    return run_error("interrupted_in", stage=running) if running else run_error("interrupted")


def _made(results: Mapping[str, StageResult], stage: str, kind: type[_T]) -> _T | None:
    """What a stage of the run made, if it ran and made one."""
    result = results.get(stage)
    return result.output if result is not None and isinstance(result.output, kind) else None


def _desk_report(
    results: Mapping[str, StageResult],
    store: Store,
    config: Config,
    now: datetime,
    day: date | None,
    digests: Sequence[DigestConfig],
) -> DeskReport | None:
    """The desk stages' part of the summary, once they all ran."""
    selected = _made(results, "select", Selected)
    if selected is None:
        return None
    return DeskReport(
        embedded=results["enrich"].counts["embedded"],
        group=_made(results, "group", GroupReport) or GroupReport(),
        assessed=results["assess"].counts["stories"],
        selections=selected.selections,
        unchanged=unchanged_editions(store, config, now, selected, day=day, digests=digests),
        waiting=tuple(said for _, said in selected.waiting),
        without=selected.without,
    )


async def acheck(
    config: Config,
    *,
    only: Sequence[str] | None = None,
    enabled_only: bool = True,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[SourceReport]:
    """Fetch each source (``enabled_only``: each enabled one) once and say whether it
    works; stores nothing."""
    progress = progress or NullProgress()
    sources = config.select_sources(list(only) if only else None, enabled_only=enabled_only)
    try:
        async with Fetcher(config.fetch, transport=transport) as fetcher:
            return await check_sources(config, fetcher, sources, progress=progress)
    finally:
        progress.close()
