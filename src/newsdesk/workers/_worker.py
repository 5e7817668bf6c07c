"""``newsdesk worker``: a Celery worker taking newsdesk's tasks from the broker."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence

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
