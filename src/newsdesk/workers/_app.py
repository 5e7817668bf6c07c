"""The Celery settings of newsdesk's workers and of a run that sends them work.

JSON only, in both directions (a pickled message would run code from whoever can write
to Redis).  A task is acknowledged when it ends (``acks_late``), and one whose worker
dies mid-task is given to another: at once when the worker saw its process lost
(``reject_on_worker_lost``), else after ``execution.visibility_timeout``.  Workers take
one task per thread at a time, so a killed worker holds back no more than it ran.
"""

from __future__ import annotations

import redis
from celery import Celery

from newsdesk._limits import unreachable
from newsdesk.config import ExecutionSettings
from newsdesk.exceptions import ExecutionError

#: Fetching work (collect, full text, publish): many in flight per worker.
IO_QUEUE = "newsdesk.io"
#: Desk and editor work (embed, group, assess, the digests, the site): CPU-bound.
CPU_QUEUE = "newsdesk.cpu"
#: Every queue a worker takes by default.
QUEUES = (IO_QUEUE, CPU_QUEUE)
#: How long a task's result waits in Redis to be read.
RESULT_SECONDS = 86400


def configure(app: Celery, settings: ExecutionSettings) -> Celery:
    """``app`` set up for the broker and behaviour of ``settings``; returns it."""
    visibility = settings.visibility_timeout
    # look for the tasks of dead workers a few times per visibility timeout
    restore_every = max(1.0, min(10.0, visibility / 4))
    app.conf.update(
        broker_url=settings.broker,
        result_backend=settings.broker,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_default_queue=CPU_QUEUE,
        worker_prefetch_multiplier=1,
        result_expires=RESULT_SECONDS,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility,
            "unacked_restore_interval": restore_every,
            "unacked_restore_throttle": 1,
            # a worker killed while it looked holds the look's lock until it expires
            # (Kombu's default: 5 minutes, in which no worker restores anything)
            "unacked_mutex_expire": restore_every,
        },
        worker_hijack_root_logger=False,
    )
    return app


def check_broker(url: str) -> None:
    """Raise ExecutionError, saying what to do, unless the Redis at ``url`` answers."""
    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
    try:
        client.ping()
        version = str(client.info("server").get("redis_version", ""))
    except redis.RedisError as err:
        raise unreachable(url, err) from err
    finally:
        client.close()
    major = version.split(".")[0]
    if major.isdigit() and int(major) < 6:
        raise ExecutionError(
            f"The Redis at {url} is version {version}; newsdesk's workers need "
            "Redis 6 or newer (they wait for tasks a quarter of a second at a time, which "
            "older Redis refuses). Upgrade it, or point execution.broker at a newer one."
        )
