"""Worker processes started and stopped by newsdesk itself (``newsdesk demo --engine
celery``, the benchmark and the tests): ``newsdesk worker`` in subprocesses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from celery import Celery

from newsdesk.config import ExecutionSettings
from newsdesk.exceptions import ExecutionError
from newsdesk.workers._app import check_broker, configure

#: How long a worker may take to start, and to finish its tasks once asked to stop.
START_SECONDS = 90.0
STOP_SECONDS = 30.0


@contextmanager
def worker_processes(
    config_path: Path,
    settings: ExecutionSettings,
    count: int,
    *,
    concurrency: int | None = None,
    queues: Sequence[str] = (),
    db: str | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``count`` ``newsdesk worker`` processes on the config at ``config_path`` (and the
    store at ``db``, default: the config's), ready
    (each answers the broker) when the block starts, and stopped (warm: their tasks in
    hand finish) when it ends.

    Raises ExecutionError when Redis does not answer or a worker does not start.
    """
    check_broker(settings.broker)
    app = configure(Celery("newsdesk-start", set_as_current=False), settings)
    command = [sys.executable, "-m", "newsdesk", "--config", str(config_path), "worker"]
    if concurrency is not None:
        command += ["--concurrency", str(concurrency)]
    if queues:
        command += ["--queues", ",".join(queues)]
    if db is not None:
        command += ["--db", db]
    with ExitStack() as stack:
        logs: list[IO[bytes]] = []
        started: list[subprocess.Popen[bytes]] = []
        stack.callback(_stop, started)
        for _ in range(count):
            log = stack.enter_context(tempfile.TemporaryFile())
            logs.append(log)
            started.append(
                subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env or None)
            )
        _wait_ready(app, started, logs)
        yield started


def _wait_ready(app: Celery, started: list[subprocess.Popen[bytes]], logs: list[IO[bytes]]) -> None:
    """Return once every worker answers a ping."""
    names = {f"newsdesk-{p.pid}@" for p in started}
    answered: set[str] = set()
    limit: int | None = len(started)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        for process, log in zip(started, logs, strict=True):
            if process.poll() is not None:
                log.seek(0)
                tail = log.read().decode(errors="replace").strip().splitlines()[-5:]
                raise ExecutionError(
                    f"A worker stopped as it started (exit {process.returncode}): "
                    + " | ".join(tail)
                )
        # The first reply window closes once as many workers answered as were started; on
        # a broker other workers share, they may be the ones that answered, so later
        # windows run their full second, and answers count across windows.
        replies = app.control.ping(timeout=1.0, limit=limit)
        answered |= {name for reply in replies for name in reply}
        if all(any(a.startswith(n) for a in answered) for n in names):
            return
        limit = None
    raise ExecutionError(f"The workers did not start within {START_SECONDS:.0f} s")


def _stop(started: list[subprocess.Popen[bytes]]) -> None:
    """Ask each worker to stop (SIGTERM: a warm shutdown), and kill it if it will not."""
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    for process in started:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
