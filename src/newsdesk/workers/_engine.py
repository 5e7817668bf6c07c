"""A run carried out by Celery workers: the run's plan as a graph of tasks.

collect fans out one task per source (on the I/O queue, many in flight per worker);
full text and enrich one task per batch of ``execution.batch_items`` items still to do
(:class:`~newsdesk.stages.BatchedStage`); group (a single writer: it holds the store's
``group`` lease, as a local run does) and assess one task each; then one task per
digest selects, writes, verifies and renders it, the digests in parallel; publish one
task per digest and channel, each holding that channel's claim; then the site.

The run that sends the tasks waits for each step and records it in the store exactly as
:func:`newsdesk.pipeline.perform` records a local stage (one row per stage, with its
counts and errors), so ``newsdesk run``, ``newsdesk runs`` and the desk server show it
the same way.  A source whose task kept failing is a failed source; a digest whose task
failed is recorded with its stage and fails the run once the other digests are
published.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from celery import Celery
from celery.exceptions import TimeoutError as CeleryTimeout

from newsdesk._command import command
from newsdesk.config import Config
from newsdesk.exceptions import ExecutionError, NewsdeskError
from newsdesk.model import FulltextReport, GroupReport, Outcome, Selection, SourceReport
from newsdesk.pipeline import record_stage
from newsdesk.stages import BatchedStage, Stage, StageContext, StageResult
from newsdesk.stages.collect import Fulltext, collected
from newsdesk.stages.enrich import Enrich
from newsdesk.stages.publish import held_for_review, published, to_publish
from newsdesk.stages.render import Rendered
from newsdesk.stages.select import Selected, explain_day
from newsdesk.store import store_name
from newsdesk.workers._app import CPU_QUEUE, IO_QUEUE, check_broker, configure
from newsdesk.workers._payload import (
    Payload,
    counted,
    output_json,
    publication_from,
    report_from,
    site_from,
    written_from,
)

#: The stages one task per digest performs, in this order.
_PER_DIGEST = ("select", "write", "verify", "render")
#: Stages that fetch: their tasks go to the I/O queue.
_IO = {"collect", "fulltext", "publish"}
#: Stages done one task per batch of items.
_BATCHED: dict[str, type[BatchedStage]] = {"fulltext": Fulltext, "enrich": Enrich}


@dataclass(frozen=True, slots=True)
class _Sent:
    """One task sent, and what its answer is about."""

    id: str
    #: A source id, a digest name, "digest/channel", or "" for the whole run.
    about: str


class CeleryEngine:
    """Carries a run's stages out on the workers of ``config.execution`` (see the module
    docstring); :meth:`perform` takes and returns what :func:`~newsdesk.pipeline.perform`
    does, the store being the one at ``store_url``: its tasks name it (without its
    credentials), and each worker opens it from its own config or ``--db``.
    ``offline`` has the workers' editor write offline.

    Raises ExecutionError when Redis does not answer, no worker answers, or a step does
    not finish within ``execution.task_timeout``.
    """

    def __init__(self, config: Config, store_url: str, *, offline: bool = False) -> None:
        if config.path is None:
            raise ExecutionError(
                "The celery engine needs the config in a file the workers can read: "
                "load it with load_config(path), or set execution.engine: local"
            )
        self._config = config
        self._store_url = store_url
        self._settings = config.execution
        self._offline = offline
        self._app = configure(Celery("newsdesk-run", set_as_current=False), self._settings)

    async def perform(
        self,
        stages: Sequence[Stage],
        ctx: StageContext,
        results: dict[str, StageResult],
        run_id: int | None,
    ) -> StageContext:
        try:
            await asyncio.to_thread(self._check_workers)
            spec = self._spec(ctx)
            failures: list[str] = []
            for step in _steps([s.name for s in stages]):
                if step == ("collect",):
                    ctx = await self._collect(spec, ctx, results, run_id)
                elif step[0] == "select":
                    ctx = await self._digests(spec, step, ctx, results, run_id, failures)
                elif step == ("publish",):
                    ctx = await self._publish(spec, ctx, results, run_id)
                elif step[0] in _BATCHED:
                    ctx = await self._batches(spec, step[0], ctx, results, run_id)
                else:
                    ctx = await self._whole(spec, step[0], ctx, results, run_id)
        finally:
            self._app.close()  # its connections to Redis
        if failures:
            raise NewsdeskError("; ".join(failures))
        return ctx

    # -- the steps -------------------------------------------------------------------

    async def _collect(
        self, spec: Payload, ctx: StageContext, results: dict[str, StageResult], run_id: int | None
    ) -> StageContext:
        sources = [s.id for s in ctx.sources or self._config.select_sources(None)]
        ctx.progress.stage("collect", len(sources))
        started = datetime.now(UTC)
        calls = [([spec, ["collect"], {"sources": [s]}], s) for s in sources]
        sent = self._send("newsdesk.stages", calls, "collect")
        reports: list[SourceReport] = []
        async for about, answer in self._answers(sent, "collect"):
            report = _source_report(about, answer)
            reports.append(report)
            ctx.progress.advance(about, report.outcome is not Outcome.FAILED)
        order = {s: n for n, s in enumerate(sources)}
        reports.sort(key=lambda r: order[r.source_id])
        return self._keep(ctx, results, run_id, "collect", started, collected(reports))

    async def _whole(
        self,
        spec: Payload,
        name: str,
        ctx: StageContext,
        results: dict[str, StageResult],
        run_id: int | None,
    ) -> StageContext:
        scope: Payload = {}
        if name == "site":
            rendered = ctx.find(Rendered)
            scope["written"] = None if rendered is None else _rows(output_json(rendered))
        sent = self._send("newsdesk.stages", [([spec, [name], scope], "")], name)
        ctx.progress.stage(name, 1)
        async for _, answer in self._answers(sent, name):
            ctx.progress.advance(name, "failed" not in answer)
            for stage in answer["stages"]:
                result = self._result(ctx, stage)
                record_stage(ctx.store, run_id, name, _start(stage), stage["seconds"], result)
                results[name] = result
                if result.output is not None:
                    ctx = replace(ctx, earlier=(*ctx.earlier, result.output))
            if "failed" in answer:
                if not answer["stages"]:  # the task itself failed, before the stage ended
                    failed = StageResult(errors=({"error": answer["failed"]},))
                    record_stage(ctx.store, run_id, name, datetime.now(UTC), 0, failed)
                raise NewsdeskError(answer["failed"])
        return ctx

    async def _batches(
        self,
        spec: Payload,
        name: str,
        ctx: StageContext,
        results: dict[str, StageResult],
        run_id: int | None,
    ) -> StageContext:
        """A per-item stage as one task per batch of the items it has still to do (one
        task with none when there are none, so the stage still says what it did)."""
        pending = _BATCHED[name]().pending(ctx)
        size = self._settings.batch_items
        batches = [pending[n : n + size] for n in range(0, len(pending), size)] or [[]]
        sources = [s.id for s in ctx.sources]
        calls = [
            ([spec, [name], {"sources": sources, "items": batch}], f"batch {n + 1}")
            for n, batch in enumerate(batches)
        ]
        ctx.progress.stage(name, len(calls))
        sent = self._send("newsdesk.stages", calls, name)
        done: list[Payload] = []
        failed: list[str] = []
        async for about, answer in self._answers(sent, name):
            ctx.progress.advance(about, "failed" not in answer)
            done += answer["stages"]
            if "failed" in answer:
                failed.append(f"{name} {about}: {answer['failed']}")
                if not answer["stages"]:
                    done.append(_failed_stage(name, {"batch": about, "error": answer["failed"]}))
        counts: dict[str, int] = {}
        for stage in done:
            for key, value in stage["counts"].items():
                counts[key] = counts.get(key, 0) + value
        started = min(_start(stage) for stage in done)
        ended = max(_start(s).timestamp() + s["seconds"] for s in done)
        merged: Payload = {"name": name, "counts": counts, "output": None}
        result = StageResult(
            counts, tuple(e for s in done for e in s["errors"]), self._output(ctx, name, merged)
        )
        record_stage(ctx.store, run_id, name, started, ended - started.timestamp(), result)
        results[name] = result
        if failed:
            raise NewsdeskError("; ".join(failed))
        return replace(ctx, earlier=(*ctx.earlier, result.output))

    async def _digests(
        self,
        spec: Payload,
        step: tuple[str, ...],
        ctx: StageContext,
        results: dict[str, StageResult],
        run_id: int | None,
        failures: list[str],
    ) -> StageContext:
        digests = [d.name for d in ctx.digests or self._config.digests]
        ctx.progress.stage("digests", len(digests))
        calls = [([spec, list(step), {"digests": [d]}], d) for d in digests]
        sent = self._send("newsdesk.stages", calls, "select")
        ran: dict[str, list[tuple[str, Payload]]] = {name: [] for name in step}
        async for digest, answer in self._answers(sent, "the digests"):
            ctx.progress.advance(digest, "failed" not in answer)
            for stage in answer["stages"]:
                ran[stage["name"]].append((digest, stage))
            if "failed" in answer:
                failures.append(f"{digest}: {answer['failed']}")
                if not answer["stages"]:
                    error = {"digest": digest, "error": answer["failed"]}
                    ran[step[0]].append((digest, _failed_stage(step[0], error)))
        order = {d: n for n, d in enumerate(digests)}
        for name in step:
            done = sorted(ran[name], key=lambda pair: order[pair[0]])
            if not done:
                continue
            result = self._merged(ctx, name, done)
            started = min(_start(stage) for _, stage in done)
            ended = max(_start(s).timestamp() + s["seconds"] for _, s in done)
            seconds = ended - started.timestamp()
            record_stage(ctx.store, run_id, name, started, seconds, result)
            results[name] = result
            if result.output is not None:
                ctx = replace(ctx, earlier=(*ctx.earlier, result.output))
        return ctx

    async def _publish(
        self, spec: Payload, ctx: StageContext, results: dict[str, StageResult], run_id: int | None
    ) -> StageContext:
        rendered = ctx.find(Rendered) or Rendered(())  # none: every digest's task failed
        targets = [
            (name, day, channel.id)
            for name, day in to_publish(self._config, rendered)
            for channel in self._config.digest(name).publish
            if channel.enabled
        ]
        ctx.progress.stage("publish", len(targets))
        started = datetime.now(UTC)
        calls = [
            ([spec, name, day.isoformat(), channel], f"{name}/{channel}")
            for name, day, channel in targets
        ]
        sent = self._send("newsdesk.publish", calls, "publish")
        done, failed = [], []
        async for about, answer in self._answers(sent, "publish"):
            ctx.progress.advance(about, "failed" not in answer)
            if "failed" in answer:
                failed.append(f"Publishing {about} failed: {answer['failed']}")
            else:
                done += [publication_from(p) for p in answer["publications"]]
        done += held_for_review(self._config, rendered)
        ctx = self._keep(ctx, results, run_id, "publish", started, published(done))
        if failed:
            raise NewsdeskError("; ".join(failed))
        return ctx

    # -- sending and waiting ---------------------------------------------------------

    def _send(self, task: str, calls: list[tuple[list[Any], str]], stage: str) -> list[_Sent]:
        """Send a task per (arguments, what it is about), on one connection."""
        queue = IO_QUEUE if stage in _IO else CPU_QUEUE
        with self._app.producer_or_acquire() as producer:
            return [
                _Sent(
                    self._app.send_task(task, args=args, queue=queue, producer=producer).id, about
                )
                for args, about in calls
            ]

    async def _answers(self, sent: list[_Sent], what: str) -> AsyncIterator[tuple[str, Payload]]:
        """Each task's answer as it comes, with what it is about."""
        queue: asyncio.Queue[tuple[str, Payload] | BaseException | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        about = {s.id: s.about for s in sent}

        def wait() -> None:
            try:
                for task_id, meta in self._app.backend.get_many(
                    set(about), timeout=self._settings.task_timeout, interval=0.05
                ):
                    found = (about[task_id], _answer(meta))
                    loop.call_soon_threadsafe(queue.put_nowait, found)
            except CeleryTimeout:
                error = ExecutionError(
                    f"{what.capitalize()} did not finish within {self._settings.task_timeout:.0f}"
                    f" s (execution.task_timeout): are `{command()} worker` processes running "
                    f"on {self._settings.broker}?"
                )
                loop.call_soon_threadsafe(queue.put_nowait, error)
            except BaseException as err:
                loop.call_soon_threadsafe(queue.put_nowait, err)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        waiting = asyncio.ensure_future(asyncio.to_thread(wait))
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            await waiting

    def _check_workers(self) -> None:
        check_broker(self._settings.broker)
        if not self._app.control.ping(timeout=2.0, limit=1):
            raise ExecutionError(
                f"No newsdesk worker answers on {self._settings.broker}: start one with "
                f"`{command()} worker` (with the same config), or set execution.engine: local"
            )

    # -- results ---------------------------------------------------------------------

    def _spec(self, ctx: StageContext) -> Payload:
        return {
            "config": str(self._config.path),
            "store": store_name(self._store_url),  # a name: no password on the broker
            "now": ctx.now.isoformat(),
            "day": ctx.day.isoformat() if ctx.day else None,
            "offline": self._offline,
            # the run's own token budget, whichever store it is recorded in
            "budget": f"budget:run:{uuid.uuid4().hex}",
            "retries": self._settings.task_retries,
            "backoff": self._settings.retry_backoff,
        }

    def _keep(
        self,
        ctx: StageContext,
        results: dict[str, StageResult],
        run_id: int | None,
        name: str,
        started: datetime,
        result: StageResult,
    ) -> StageContext:
        seconds = (datetime.now(started.tzinfo) - started).total_seconds()
        record_stage(ctx.store, run_id, name, started, seconds, result)
        results[name] = result
        return replace(ctx, earlier=(*ctx.earlier, result.output))

    def _result(self, ctx: StageContext, stage: Payload) -> StageResult:
        """A stage's result as its task sent it, its output made again."""
        return StageResult(
            counts=dict(stage["counts"]),
            errors=tuple(stage["errors"]),
            output=self._output(ctx, stage["name"], stage),
        )

    def _merged(self, ctx: StageContext, name: str, done: list[tuple[str, Payload]]) -> StageResult:
        """One stage's result over the digests' tasks."""
        counts: dict[str, int] = {}
        errors: list[dict[str, Any]] = []
        for digest, stage in done:
            for key, value in stage["counts"].items():
                counts[key] = counts.get(key, 0) + value
            errors += [{"digest": digest} | e for e in stage["errors"]]
        outputs = [stage["output"] for _, stage in done if stage["output"] is not None]
        made: object = None
        if name == "select":
            rows = [row for o in outputs for row in o["selections"]]
            made = Selected(tuple(self._selection(ctx, *row) for row in rows))
        elif name == "render":
            made = written_from(ctx.store, [row for o in outputs for row in o["written"]])
        return StageResult(counts, tuple(errors), made)

    def _output(self, ctx: StageContext, name: str, stage: Payload) -> object:
        if name == "fulltext":
            return counted(FulltextReport, stage["counts"])
        if name == "group":
            return counted(GroupReport, stage["counts"])
        if name == "site" and stage["output"] is not None:
            return site_from(stage["output"])
        return None

    def _selection(self, ctx: StageContext, digest: str, day: str, revision: int) -> Selection:
        """A digest's selection as its task recorded it (ranked again from the store)."""
        found = explain_day(ctx.store, self._config, digest, date.fromisoformat(day), ctx.now)[0]
        return replace(found, revision=revision)


def _steps(names: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The plan's stages as the engine's steps: the per-digest stages together."""
    pending: list[str] = []
    for name in names:
        if name in _PER_DIGEST:
            pending.append(name)
            continue
        if pending:
            yield tuple(pending)
            pending = []
        yield (name,)
    if pending:
        yield tuple(pending)


def _answer(meta: dict[str, Any]) -> Payload:
    """A task's answer, or the reason Celery gives for a task that raised."""
    if meta.get("status") == "SUCCESS" and isinstance(meta.get("result"), dict):
        answer: Payload = meta["result"]
        return answer
    result = meta.get("result")
    reason = result.get("exc_message") if isinstance(result, dict) else result
    return {"stages": [], "failed": f"the task failed: {reason}"}


def _source_report(source: str, answer: Payload) -> SourceReport:
    """A source's report from its collect task; a task that kept failing is a failed
    source, as a source that cannot be fetched is."""
    for stage in answer["stages"]:
        reports = (stage["output"] or {}).get("reports") or []
        if reports:
            return report_from(reports[0])
    return SourceReport(source, Outcome.FAILED, error=answer.get("failed", "no report"))


def _failed_stage(name: str, error: dict[str, Any]) -> Payload:
    now = datetime.now(UTC)
    return {"name": name, "started": now.isoformat(), "seconds": 0.0, "counts": {},
            "errors": [error], "output": None}  # fmt: skip


def _rows(described: Payload | None) -> list[list[Any]]:
    return [] if described is None else list(described["written"])


def _start(stage: Payload) -> datetime:
    return datetime.fromisoformat(stage["started"])
