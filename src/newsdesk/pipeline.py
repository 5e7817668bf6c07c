"""Runs the stages in order and records each run in the store.

collect (+ full text) → enrich → group → assess → select → write → verify; ``afetch``
stops after collect.  Coroutines, so a caller with its own event loop (a web app, a
worker) awaits them; :class:`newsdesk.Newsdesk` runs them for callers without one.

Grouping holds the store's ``group`` lease: of two runs at once, one groups and the
other waits for it, then groups only what is still ungrouped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import httpx

from newsdesk import stages
from newsdesk.collect import (
    Fetcher,
    check_sources,
    collect_fulltext,
    collect_sources,
    read_health,
)
from newsdesk.config import Config
from newsdesk.desk import Embedder
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import (
    DeskReport,
    FulltextReport,
    GroupReport,
    Outcome,
    Publication,
    RunSummary,
    SourceReport,
    WrittenDigest,
)
from newsdesk.progress import NullProgress, Progress
from newsdesk.store import Store, hold_lease

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


async def afetch(
    config: Config,
    store: Store,
    *,
    command: str = "fetch",
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> RunSummary:
    """Collect the enabled sources (or ``only`` these ids/tags) into the store."""
    return await _run(config, store, command, only, progress, transport, desk_stages=None)


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
) -> RunSummary:
    """The whole pipeline: collect, the desk stages, then each digest written and verified.

    ``now`` is the current time (default: the real time) and the clock of the desk
    stages (recency, "today"); with ``day`` (a past day whose items are stored) their
    clock is the end of that day in the config's zone, so its stories are ranked as they
    stood that evening (a past day is written from the store, nothing is fetched for
    it).  ``offline`` (or no LLM configured) has the offline editor write; ``env`` is
    where the LLM key is looked up (default: the process environment); ``publish=False``
    stops at the written digests, as does a digest whose ``review`` is required.  A
    stage that fails (the embeddings endpoint is down) ends the run as failed with its
    reason; what was collected stays stored.
    """
    now = now or datetime.now(UTC)
    past = day is not None and day < now.astimezone(ZoneInfo(config.timezone)).date()
    if day is not None:
        now = day_end(day, config.timezone, now)
    stages_after = _After(now, day, embedder, offline, env, publish, collect=not past)
    return await _run(config, store, command, only, progress, transport, desk_stages=stages_after)


@dataclass(frozen=True, slots=True)
class _After:
    """What the stages after collect need."""

    now: datetime | None
    day: date | None
    embedder: Embedder | None
    offline: bool
    env: Mapping[str, str] | None
    publish: bool
    #: False for a past day: it is written from what the store holds.
    collect: bool


async def _run(
    config: Config,
    store: Store,
    command: str,
    only: Sequence[str] | None,
    progress: Progress | None,
    transport: httpx.AsyncBaseTransport | None,
    desk_stages: _After | None,
) -> RunSummary:
    progress = progress or NullProgress()
    started, clock = datetime.now(UTC), time.monotonic()
    run_id = store.start_run(command, started)
    report, error = None, None
    written: list[WrittenDigest] = []
    published: list[Publication] = []
    site: str | None = None
    try:
        reports: list[SourceReport] = []
        fulltext = FulltextReport()
        if desk_stages is None or desk_stages.collect:  # a past day is written from the store
            reports, fulltext = await _collect(config, store, run_id, only, progress, transport)
        collected = config.select_sources(list(only) if only else None)
        # as of the run's clock: a run of a past day (the demo's) judges freshness then
        as_of = desk_stages.now if desk_stages is not None and desk_stages.now else None
        health = read_health(config, store, as_of or datetime.now(UTC), collected)
        if desk_stages is not None:
            now = desk_stages.now or datetime.now(UTC)
            try:
                report = desk(
                    config, store, run_id, now=now, day=desk_stages.day,
                    embedder=desk_stages.embedder, progress=progress,
                )  # fmt: skip
                written = await _write(config, store, run_id, report, now, desk_stages, progress)
                if desk_stages.publish:
                    published = _publish(config, store, run_id, written, now)
                site = _site(config, store, run_id) if written else None
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
        digests=tuple(written),
        publications=tuple(published),
        site=site,
        health=tuple(health),
    )
    store.finish_run(run_id, datetime.now(UTC), "ok" if summary.ok else "failed", error)
    return summary


def desk(
    config: Config,
    store: Store,
    run_id: int,
    *,
    now: datetime | None = None,
    day: date | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> DeskReport:
    """enrich → group → assess → select over what the store holds, each stage recorded;
    select for ``day`` (default: each digest's today at ``now``)."""
    now = now or datetime.now(UTC)
    progress = progress or NullProgress()
    if embedder is None:
        made = stages.make_embedder(config.embed)
        try:
            return desk(config, store, run_id, now=now, day=day, embedder=made, progress=progress)
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

    def group() -> GroupReport:
        # one run groups at a time; a second waits, then groups what is still ungrouped
        with hold_lease(store, "group", progress) as renewing:
            return stages.group(store, config, embedder.name, now, renewing)

    grouped = timed("group", group, asdict)
    assessed = timed(
        "assess", lambda: stages.assess(store, config, embedder, now), lambda n: {"stories": n}
    )
    selections = timed(
        "select",
        lambda: stages.select(store, config, now, day=day),
        lambda found: {s.digest: len(s.lead) + len(s.more) for s in found},
    )
    return DeskReport(
        embedded=embedded, group=grouped, assessed=assessed, selections=tuple(selections)
    )


def day_end(day: date, zone: str, now: datetime) -> datetime:
    """The last moment of a day in a zone, or ``now`` if that is earlier: a run of a
    past day sees its stories as they stood that evening."""
    midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), ZoneInfo(zone))
    return min(midnight - timedelta(seconds=1), now)


async def _write(
    config: Config,
    store: Store,
    run_id: int,
    report: DeskReport,
    now: datetime,
    after: _After,
    progress: Progress,
) -> list[WrittenDigest]:
    """write → verify for every digest, recorded as one stage."""
    started, clock = datetime.now(UTC), time.monotonic()
    try:
        written = await stages.write(
            store,
            config,
            report.selections,
            now,
            offline=after.offline,
            env=after.env,
            progress=progress,
        )
    except OSError as err:
        raise NewsdeskError(f"Could not write the digest files: {err}") from err
    usage = [w.digest.usage for w in written]
    store.record_stage(
        run_id,
        "write",
        started,
        time.monotonic() - clock,
        counts={
            "digests": len(written),
            "llm_requests": sum(u.requests for u in usage),
            "tokens_in": sum(u.tokens_in for u in usage),
            "tokens_out": sum(u.tokens_out for u in usage),
            "unsupported": sum(len(w.digest.verification.issues) for w in written),
        },
        errors=[
            {"digest": w.digest.name, "fallback": f} for w in written for f in w.digest.fallbacks
        ],
    )
    return written


def _publish(
    config: Config, store: Store, run_id: int, written: list[WrittenDigest], now: datetime
) -> list[Publication]:
    """Each written digest to its channels, recorded as one stage."""
    started, clock = datetime.now(UTC), time.monotonic()
    results = []
    for w in written:
        if config.digest(w.digest.name).review == "required":
            continue  # the draft waits for an editor's approval
        results += stages.publish(store, config, now, day=w.digest.day, digest=w.digest.name)
    if results:
        store.record_stage(
            run_id,
            "publish",
            started,
            time.monotonic() - clock,
            counts={
                status: sum(r.status == status for r in results)
                for status in ("published", "failed", "unknown", "busy")
            },
            errors=[{"channel": r.channel, "error": r.error} for r in results if r.error],
        )
    return results


def _site(config: Config, store: Store, run_id: int) -> str:
    """The site and its feeds, rebuilt from every stored digest."""
    started, clock = datetime.now(UTC), time.monotonic()
    try:
        folder, files = stages.build_site(store, config)
    except OSError as err:
        raise NewsdeskError(f"Could not write the site: {err}") from err
    counts = {"pages": sum(f.suffix == ".html" for f in files)}
    store.record_stage(run_id, "site", started, time.monotonic() - clock, counts, [])
    return str(folder / "index.html")


async def acheck(
    config: Config,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[SourceReport]:
    """Fetch each source once and say whether it works; stores nothing."""
    progress = progress or NullProgress()
    sources = config.select_sources(list(only) if only else None)
    try:
        async with Fetcher(config.fetch, transport=transport) as fetcher:
            return await check_sources(config, fetcher, sources, progress=progress)
    finally:
        progress.close()
