"""``newsdesk worker``: a Celery worker taking newsdesk's tasks from the broker."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from celery.concurrency.thread import TaskPool
from celery.signals import worker_ready, worker_shutting_down

from newsdesk.config import ExecutionSettings, load_config, resolve_store_url
from newsdesk.exceptions import ConfigError
from newsdesk.workers._app import QUEUES, check_broker, configure
from newsdesk.workers._tasks import app, import_stages, release, serve

#: How long the worker's wait for a task on the broker lasts before it asks again (Kombu's
#: default: 1 s).  A stopping worker reads the answer to the wait in flight before it
#: closes the connection, so that a task handed out at that moment goes back to the
#: queue; that read is most of an idle worker's stop.  Idle, a worker asks Redis
#: 1 / WAIT_SECONDS times a second.
WAIT_SECONDS = 0.25

log = logging.getLogger("newsdesk")


class ThreadPool(TaskPool):  # type: ignore[misc]
    """Celery's pool of threads, whose cold stop (Ctrl+C twice) waits for the tasks in
    hand, saying so.  Celery asks the pool to end each task's thread, which no thread
    can be made to do; its own pool raises there, which broke off the stop's wait for the
    threads with a traceback, and the worker closed its stores under the tasks."""

    #: Whether the stop has said so already (Celery asks once for each task).
    told = False

    def terminate_job(self, pid: int | None, signal: int | None = None) -> None:
        """In a stop, say once that the tasks go on and how to drop them: the worker
        stops once they have finished (and closes no store under one,
        :func:`~newsdesk.workers._tasks.release`).  Outside a stop (a revoke that asks to
        end a running task) refuse as Celery's pool does, so the task is not reported
        ended while it runs."""
        from celery.worker import state

        if not (state.should_terminate or state.should_stop):
            raise NotImplementedError("a running task's thread cannot be ended")
        if not self.told:
            self.told = True
            log.warning(
                "The tasks in hand go on: a thread cannot be ended from outside, so the "
                "worker stops once they have finished. To drop them now, kill the process "
                "(kill -9 %d): another worker takes their tasks again.",
                os.getpid(),
            )


def shown_url(url: str) -> str:
    """A broker's URL as the worker's log shows it: as given, its password masked when
    it has one.  Celery's banner puts a mask in every Redis URL (``redis://:**@host``),
    which told the operator of a Redis without one that a password was in use."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    login, _, host = parts.netloc.rpartition("@")
    user = login.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{user}:**@{host}"))


def work(
    config_path: Path,
    *,
    db: str | None = None,
    queues: Sequence[str] | None = None,
    concurrency: int | None = None,
) -> None:
    """``newsdesk worker``: :func:`start_worker` on the config at ``config_path`` and the
    store at ``db`` (a path or URL, relative to the working directory; default: the
    config's ``store.url``), as :meth:`newsdesk.Newsdesk.work` does, without loading the
    rest of the desk.  Raises ConfigError for a missing or invalid config."""
    config = load_config(config_path)
    url = resolve_store_url(db, Path.cwd()) if db else config.store_url()
    start_worker(config.execution, url, queues=queues or QUEUES, concurrency=concurrency)


def start_worker(
    settings: ExecutionSettings,
    store_url: str,
    *,
    queues: Sequence[str] = QUEUES,
    concurrency: int | None = None,
    loglevel: str = "INFO",
) -> None:
    """Take tasks for the store at ``store_url`` (a task for another is refused) from
    ``queues`` on the broker of ``settings`` until stopped (SIGTERM
    or Ctrl-C: the tasks in hand finish first), ``concurrency`` at a time (default:
    ``execution.concurrency``), each in a thread of this process.

    Raises ExecutionError when the broker does not answer, ConfigError for a queue
    newsdesk does not send to.
    """
    unknown = sorted(set(queues) - set(QUEUES))
    if unknown:
        raise ConfigError(
            f"No queue {', '.join(unknown)}: newsdesk's queues are {', '.join(QUEUES)}."
        )
    check_broker(settings.broker)
    configure(app, settings)
    app.conf.broker_transport_options |= {"polling_interval": WAIT_SECONDS}
    serve(store_url, settings.broker)
    signals: list[str] = []
    asked: list[float] = []

    def note(sig: str = "", **_: object) -> None:
        signals.append(sig)
        asked.append(time.monotonic())

    # Celery logs at INFO from the root down: Alembic's INFO lines (its plugins, as the
    # stages import the store after the worker's start) are no worker's news.
    logging.getLogger("alembic").setLevel(logging.WARNING)

    def warm(**_: object) -> None:
        # The stages are imported once the worker answers, so that a run sent later finds
        # them loaded; a task that comes sooner waits for them, and so does a stop.
        threading.Thread(target=load, name="newsdesk-import").start()

    def load() -> None:
        try:
            import_stages()
        except Exception:  # each task says it again, as its own failure
            log.exception("newsdesk could not load its stages; reinstall it (pip install -e .)")

    worker_shutting_down.connect(note, weak=False)
    worker_ready.connect(warm, weak=False)

    # The worker itself, not Celery's command line, whose parsing loads click's REPL and
    # prompt_toolkit (a tenth of the worker's start) to read arguments made here.
    class Worker(app.Worker):  # type: ignore[misc,name-defined]
        def startup_info(self, artlines: bool = True) -> str:
            banner: str = super().startup_info(artlines)
            return banner.replace(self.app.connection().as_uri(), shown_url(settings.broker))

    worker = Worker(
        hostname=f"newsdesk-{os.getpid()}@{socket.gethostname()}",
        pool_cls=ThreadPool,
        concurrency=concurrency or settings.concurrency,
        queues=list(queues),
        loglevel=loglevel,
        without_mingle=True,
        without_gossip=True,
    )
    try:
        worker.start()
    finally:
        worker_shutting_down.disconnect(note)
        worker_ready.disconnect(warm)
        if left := release():
            log.warning("%d task(s) still running end with the worker, their stores open", left)
        if asked:
            log.info("Stopped %.2f s after the signal to stop.", time.monotonic() - asked[0])
    if "SIGINT" in signals:  # Celery answered Ctrl+C with a warm shutdown and exit 0
        raise KeyboardInterrupt
    if worker.exitcode:
        raise SystemExit(worker.exitcode)
