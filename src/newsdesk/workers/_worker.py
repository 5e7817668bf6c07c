"""``newsdesk worker``: a Celery worker taking newsdesk's tasks from the broker."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence

from celery.signals import worker_shutting_down
from click.exceptions import Abort

from newsdesk.config import ExecutionSettings
from newsdesk.exceptions import ConfigError
from newsdesk.workers._app import QUEUES, check_broker, configure
from newsdesk.workers._tasks import app, serve


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
    serve(store_url, settings.broker)
    signals: list[str] = []

    def note(sig: str = "", **_: object) -> None:
        signals.append(sig)

    worker_shutting_down.connect(note, weak=False)
    try:
        app.worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency or settings.concurrency}",
                f"--queues={','.join(queues)}",
                f"--hostname=newsdesk-{os.getpid()}@{socket.gethostname()}",
                f"--loglevel={loglevel}",
                "--without-mingle",
                "--without-gossip",
            ]
        )
    except Abort:  # Ctrl+C while Celery's command line starts: click's word for it
        raise KeyboardInterrupt from None
    except SystemExit as done:
        if done.code in (0, None) and "SIGINT" in signals:
            raise KeyboardInterrupt from None  # Ctrl+C: "Interrupted", 130, as elsewhere
        raise
    finally:
        worker_shutting_down.disconnect(note)
    if "SIGINT" in signals:  # Celery answered Ctrl+C with a warm shutdown and exit 0
        raise KeyboardInterrupt
