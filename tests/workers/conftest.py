"""The Celery engine's tests: the Redis at 127.0.0.1:6379 (a database of their own,
emptied before each test), the sample day served with a few of its sources, and worker
processes the tests start, kill and stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml
from celery import Celery

from newsdesk.config import load_config
from newsdesk.demo import demo_config, load_sample_day, serve_sample
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.workers import _processes, worker_processes
from newsdesk.workers._app import configure
from newsdesk.workers._processes import _wait_ready
from redis_db import REDIS_URL

from .preloaded import Template

#: How long a run through a killed worker may take once the second worker is up.
RUN_SECONDS = 180
#: How long a worker process may take to end on SIGTERM with nothing left in hand: its own
#: stop (below) and the interpreter's exit, with a loaded machine's margin.
STOP_SECONDS = 20
#: How long the worker's own stop may take, from the signal to its stores closed, as it
#: reports it: about 0.3 s idle (docs/benchmarks.md), 1 s and more once a stop waits a
#: whole broker poll or for something else again.
OWN_STOP_SECONDS = 1.5

#: The sources the smaller runs collect: one of each kind of feed, Chinese and English.
FEW = ("zhiyuan-qianyan", "compute-wire", "signal-weights", "jinri-rebang")


def _redis_reason() -> str | None:
    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        client.ping()
        client.close()
    except redis.RedisError as err:
        return f"Redis not reachable at {REDIS_URL}: {type(err).__name__}"
    return None


@pytest.fixture
def broker() -> str:
    """The URL of an empty Redis database (skipped without Redis)."""
    reason = _redis_reason()
    if reason:
        pytest.skip(reason)
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    client.close()
    return REDIS_URL


@pytest.fixture(scope="session")
def template() -> Iterator[Template]:
    """The process the preloaded workers are forked from (``preloaded.py``), one for the
    test process."""
    started = Template()
    yield started
    started.close()


@pytest.fixture
def preloaded(template: Template, monkeypatch: pytest.MonkeyPatch) -> Iterator[Template]:
    """The workers this test starts (through ``worker_processes``) are forked from the
    template, their stages imported already: for the tests of what workers do, not of
    how one starts."""
    monkeypatch.setattr(_processes, "subprocess", template.subprocess)
    before = template.forked
    yield template
    assert template.forked > before, "no worker was forked: worker_processes no longer uses Popen"


def celery_config(folder: Path, data: dict[str, Any], broker: str, **execution: Any) -> Path:
    """``data`` written as ``folder/newsdesk.yaml``, running on the celery engine."""
    settings = {"engine": "celery", "broker": broker, "concurrency": 4, "retry_backoff": 0.2}
    data = data | {"execution": settings | execution}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "newsdesk.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@contextmanager
def served_day(few: bool = True) -> Iterator[tuple[LocalServer, dict[str, Any]]]:
    """The sample day served (every source, or only :data:`FEW`), and its demo config."""
    sample = load_sample_day()
    with serve_sample(sample) as server:
        data = demo_config(sample, server.base_url)
        if few:
            data["sources"] = [s for s in data["sources"] if s["id"] in FEW]
        yield server, data


def hold_first(server: LocalServer, prefix: str) -> tuple[Callable[[], bool], Callable[[], None]]:
    """Make the first request under ``prefix`` wait until let go; returns (reached,
    let_go): whether it has arrived, and the release.  Later requests are answered."""
    reached, go = threading.Event(), threading.Event()
    routes = {p: r for p, r in server.routes.items() if p.startswith(prefix)}

    def held(route: Reply | Any) -> Callable[[Request, Any], Reply | None]:
        def answer(request: Request, handler: Any) -> Reply | None:
            if not reached.is_set():
                reached.set()
                go.wait(120)
            return route if isinstance(route, Reply) else route(request, handler)

        return answer

    for path, route in routes.items():
        server.routes[path] = held(route)
    return reached.is_set, go.set


@contextmanager
def workers(path: Path, count: int, **kw: Any) -> Iterator[list[Any]]:
    """``count`` worker processes on the config at ``path``."""
    settings = load_config(path).execution
    with worker_processes(path, settings, count, **kw) as started:
        yield started


@contextmanager
def logged_worker(
    path: Path, folder: Path, start: Callable[..., Any] = subprocess.Popen
) -> Iterator[tuple[Any, Path]]:
    """One worker process on the config at ``path``, ready, and the file its output goes
    to (in ``folder``); killed at the end if the test left it running.  ``start`` starts
    it: a fresh interpreter, or :meth:`Template.popen`."""
    log_path = folder / "worker.log"
    app = configure(Celery("newsdesk-test", set_as_current=False), load_config(path).execution)
    command = [sys.executable, "-m", "newsdesk", "--config", str(path), "worker"]
    with log_path.open("wb") as log:
        process = start(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_ready(app, [process], [log])
            yield process, log_path
        finally:
            if process.poll() is None:
                kill(process)


def run_in_thread(desk: Any) -> tuple[threading.Thread, list[Any]]:
    """``desk.run()`` started in a daemon thread (a stuck run must not hold pytest);
    returns the thread and the list its summary, or what it raised, goes into."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(desk.run())
        except BaseException as err:  # the test thread reports what the run raised
            outcome.append(err)

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    return runner, outcome


def wait_until(reached: Callable[[], bool], what: str, seconds: float = 90) -> None:
    """Return once ``reached()``; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not reached():
        assert time.monotonic() < deadline, f"{what} never came"
        time.sleep(0.05)


def summary_of(runner: threading.Thread, outcome: list[Any]) -> Any:
    """The summary of the run :func:`run_in_thread` started, once it ends (raising what
    the run raised)."""
    runner.join(RUN_SECONDS)
    assert outcome, f"the run did not end within {RUN_SECONDS} s of the second worker starting"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def items_once(store: Any, data: dict[str, Any]) -> None:
    """Every served item of the run's sources is stored, once."""
    sample = load_sample_day()
    served = [i for i in sample.items if i.source in {s["id"] for s in data["sources"]}]
    stored = store.items()
    assert len(stored) == len(served)
    assert len({s.item.canonical_url for s in stored}) == len(served)


def kill(process: Any) -> None:
    """SIGKILL: the worker dies mid-task, its tasks unacknowledged."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def chat_route(held: bool) -> tuple[Callable[[], bool], Callable[[], None], Any]:
    """A chat-completions route that fails every request with a 503 (the writer falls
    back to the offline editor), holding the first until let go when ``held``; returns
    (reached, let_go, route)."""
    reached, go = threading.Event(), threading.Event()
    if not held:
        reached.set()
        go.set()

    def answer(request: Request, handler: Any) -> Reply:
        if not reached.is_set():
            reached.set()
        go.wait(120)
        return Reply(503, b'{"error": {"message": "busy"}}', {"Content-Type": "application/json"})

    return reached.is_set, go.set, answer


def hold_restore_lock(path: Path) -> None:
    """Take the lock under which a worker looks for dead workers' tasks, and leave it
    held, as a worker killed in the middle of that look does."""
    app = configure(Celery("newsdesk-test", set_as_current=False), load_config(path).execution)
    with app.connection_for_write() as connection:
        channel = connection.default_channel
        lock = channel.client.lock(channel.unacked_mutex_key, timeout=channel.unacked_mutex_expire)
        lock.acquire(blocking=False)


def run_through_a_killed_worker(desk: Any, path: Path, reached: Any, let_go: Any) -> Any:
    """Run on one worker, kill it once the held request arrives (at the worst moment:
    holding the restore lock), finish on a second; returns the run's summary."""
    with workers(path, 1) as first:
        runner, outcome = run_in_thread(desk)
        wait_until(reached, "the held request")
        kill(first[0])
        hold_restore_lock(path)
    with workers(path, 1):
        let_go()
        return summary_of(runner, outcome)
