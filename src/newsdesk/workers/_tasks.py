"""The tasks a worker runs: the same stages a local run performs, on a part of the run.

Two tasks.  ``newsdesk.stages`` performs named stages (see :func:`newsdesk.pipeline.plan`)
for a scope: one source (collect), a batch of items (full text, enrich), everything
(group, assess, site), or one digest (select → write → verify → render).
``newsdesk.publish`` puts one digest's day on one channel, with the channel's claim, so
a task done twice posts once.  Each task carries a *spec*: where the config file is, the
*name* of the run's store (:func:`~newsdesk.store.store_name`: no password crosses the
broker), the run's clock and day, whether it writes offline, and the key of the run's
shared LLM budget.  A worker opens the store of its own config (or ``--db``) and the
Redis of its own ``execution.broker``; a task for another store is refused, in words.

A task that raises is tried again after ``execution.retry_backoff`` seconds, doubling,
``execution.task_retries`` times; then it answers with why it failed, so the run records
it and the other tasks go on.  A stage's store error (a lost connection, two runs
recording one edition at once) is tried again the same way; any other error of a stage
is its answer at once, as it would end a local run.  A mistake that another try cannot
fix (the config, the LLM's answer) is not tried again.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from celery import Celery

from newsdesk._command import command
from newsdesk._limits import RedisLimits
from newsdesk.config import Config, file_stamp, load_config
from newsdesk.exceptions import (
    ConfigError,
    EditionError,
    LLMError,
    NewsdeskError,
    NotFoundError,
    StoreError,
)

if TYPE_CHECKING:
    from newsdesk.stages import Stage
    from newsdesk.store import SqlStore
    from newsdesk.workers._payload import Payload

log = logging.getLogger("newsdesk")

#: The workers' app; ``newsdesk worker`` configures it (``configure``) before it starts.
app = Celery("newsdesk", set_as_current=False)

#: Errors another try would only repeat.
_FINAL = (ConfigError, EditionError, LLMError, NotFoundError)

_lock = threading.Lock()
_configs: dict[str, tuple[tuple[int, int, int] | None, Config]] = {}
_stores = threading.local()
#: Every store a task's thread opened, closed by :func:`release` as the worker stops.
_opened: list[SqlStore] = []
_limits: dict[str, RedisLimits] = {}
#: The tasks running in this process's threads: :func:`release` closes nothing under one.
_running = 0


@dataclass(frozen=True, slots=True)
class Serving:
    """What this worker process serves, from its own config and options: the store's
    URL (credentials and all: it never leaves the process) and the Redis of the limits."""

    store_url: str
    broker: str


#: Set by :func:`serve` as ``newsdesk worker`` starts; else a task serves its config's.
_serving: list[Serving] = []


def serve(store_url: str, broker: str) -> None:
    """Have this process's tasks use the store at ``store_url`` and the limits in the
    Redis at ``broker``."""
    _serving[:] = [Serving(store_url, broker)]


def _served(config: Config) -> Serving:
    return _serving[0] if _serving else Serving(config.store_url(), config.execution.broker)


_importing = threading.Lock()


def import_stages() -> None:
    """Import what a task runs (the stages, the store, the payloads): not as the worker
    starts, so that it answers the broker (and stops) before it has loaded the desk and
    the editor, but as it is ready (``newsdesk worker`` does it in a thread of its own)
    or when the first task comes, whichever is first.  One thread at a time: threads
    importing parts of one graph of modules at once can each hold a module the other
    waits for, and one of them is then handed a module half imported."""
    with _importing:
        import newsdesk.pipeline
        import newsdesk.stages.publish
        import newsdesk.store
        import newsdesk.workers._payload  # noqa: F401


def perform_stages(task: Any, spec: Payload, names: list[str], scope: Payload) -> Payload:
    """Task ``newsdesk.stages``: the named stages over ``scope`` ("sources": ids,
    "digests": names, "written": what render made, for the site)."""

    def work() -> Payload:
        import_stages()  # inside the attempt: a broken install is reported as the task's failure
        return asyncio.run(_perform(spec, names, scope))

    return _attempt(task, spec, work)


def publish_channel(task: Any, spec: Payload, digest: str, day: str, channel: str) -> Payload:
    """Task ``newsdesk.publish``: one digest's day on one channel."""

    def work() -> Payload:
        import_stages()
        from newsdesk.stages.publish import publish
        from newsdesk.workers._payload import publication_json

        config = _config(spec["config"])
        store = _store(spec["store"], config)
        started = datetime.now(UTC)
        done = publish(
            store,
            config,
            datetime.fromisoformat(spec["now"]),
            day=date.fromisoformat(day),
            digest=digest,
            channel=channel,
        )
        seconds = (datetime.now(UTC) - started).total_seconds()
        return {
            "started": started.isoformat(),
            "seconds": seconds,
            "publications": [publication_json(p) for p in done],
        }

    return _attempt(task, spec, work)


app.task(name="newsdesk.stages", bind=True, max_retries=None)(perform_stages)
app.task(name="newsdesk.publish", bind=True, max_retries=None)(publish_channel)


async def _perform(spec: Payload, names: list[str], scope: Payload) -> Payload:
    from newsdesk.pipeline import perform
    from newsdesk.stages import StageContext, StageResult, Tools
    from newsdesk.workers._payload import StageRun, stage_json, written_from

    config = _config(spec["config"])
    store = _store(spec["store"], config)
    tools = Tools(
        config,
        offline=spec["offline"],
        limits=_shared_limits(_served(config).broker),
        budget_key=spec["budget"],
    )
    earlier: tuple[object, ...] = ()
    if scope.get("written") is not None:
        earlier = (written_from(store, scope["written"]),)
    ctx = StageContext(
        store,
        config,
        datetime.fromisoformat(spec["now"]),
        tools,
        day=date.fromisoformat(spec["day"]) if spec["day"] else None,
        digests=tuple(config.digest(n) for n in scope.get("digests", ())),
        sources=tuple(config.source(s) for s in scope.get("sources", ())),
        earlier=earlier,
        items=frozenset(scope["items"]) if "items" in scope else None,
    )
    ran: list[Payload] = []

    def on_stage(name: str, started: datetime, seconds: float, result: StageResult) -> None:
        ran.append(stage_json(StageRun(name, started, seconds, result)))

    try:
        await perform([_stages()[n]() for n in names], ctx, on_stage=on_stage)
    except StoreError:
        raise  # a lost connection, a race with another run: tried again
    except NewsdeskError as err:  # recorded with its stage, like a local run's
        return {"stages": ran, "failed": str(err)}
    finally:
        await tools.aclose()
    return {"stages": ran}


@functools.cache
def _stages() -> dict[str, type[Stage]]:
    """Every stage by name, as a run plans them."""
    from newsdesk.pipeline import plan

    return {stage.name: type(stage) for stage in plan()}


def _attempt(task: Any, spec: Payload, work: Callable[[], Payload]) -> Payload:
    """``work``'s answer; what it raised is tried again, then answered as a failure.
    Counted as running meanwhile, so that :func:`release` closes no store under it."""
    global _running
    with _lock:
        _running += 1
    try:
        return _answer(task, spec, work)
    finally:
        with _lock:
            _running -= 1


def _answer(task: Any, spec: Payload, work: Callable[[], Payload]) -> Payload:
    try:
        return work()
    except Exception as err:
        tried = int(task.request.retries)
        if tried < spec["retries"] and not isinstance(err, _FINAL):
            wait = spec["backoff"] * 2**tried
            log.warning("%s failed (%s); trying again in %.1f s", task.name, err, wait)
            raise task.retry(exc=err, countdown=wait) from err
        reason = str(err) if isinstance(err, NewsdeskError) else f"{type(err).__name__}: {err}"
        log.error("%s failed after %d tries: %s", task.name, tried + 1, reason)
        return {"stages": [], "failed": f"{reason} (after {tried + 1} tries)"}


def _config(path: str) -> Config:
    """The config file as it is now (read again when it changed)."""
    stamp = file_stamp(Path(path))
    with _lock:
        known = _configs.get(path)
        if known is None or known[0] != stamp:
            known = (stamp, load_config(Path(path)))
            _configs[path] = known
        return known[1]


def _store(name: str, config: Config) -> SqlStore:
    """The store this worker serves, opened for this thread (a store is used from one
    thread at a time); on SQLite each transaction waits for the write lock, as other
    workers write at once.  Raises ConfigError when the task is for another store."""
    from newsdesk.store import open_store, store_name

    url = _served(config).store_url
    mine = store_name(url)
    if mine != name:
        raise ConfigError(
            f"This worker serves the store {mine}, but the task is for {name}: start "
            f"`{command()} worker` with --db naming the run's store (or the same store.url)."
        )
    opened: dict[str, SqlStore] = _stores.__dict__.setdefault("opened", {})
    if url not in opened:
        opened[url] = open_store(url, immediate=True)
        with _lock:
            _opened.append(opened[url])
    return opened[url]


def release() -> int:
    """Close the stores and the limits' Redis connections this process's tasks opened,
    called as the worker stops, so that nothing is left to the exiting interpreter; and
    the number of tasks still running (0 when all is closed).

    A stop, warm or cold, waits for its tasks' threads (no thread can be ended from
    outside).  Should that wait be cut short, nothing is closed under a task still
    running: it keeps its store, and ends with the process."""
    with _lock:
        if _running:
            return _running
        stores, limits = list(_opened), list(_limits.values())
        _opened.clear()
        _limits.clear()
    for store in stores:
        store.close()
    for limit in limits:
        limit.close()
    return 0


def _shared_limits(url: str) -> RedisLimits:
    with _lock:
        if url not in _limits:
            _limits[url] = RedisLimits(url)
        return _limits[url]
