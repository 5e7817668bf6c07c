"""Celery workers: a run's stages as tasks on the same contract, with Redis as broker.

``newsdesk worker`` (:func:`start_worker`) takes tasks; a run whose config says
``execution: {engine: celery}`` hands its stages to the workers through
:class:`CeleryEngine` and records them in the store as a local run does.  The limits
every worker respects together (host politeness, LLM pace and budget) are in Redis
(:class:`newsdesk._limits.RedisLimits`).
"""

from __future__ import annotations

from newsdesk.workers._app import CPU_QUEUE, IO_QUEUE, QUEUES, check_broker
from newsdesk.workers._engine import CeleryEngine
from newsdesk.workers._processes import worker_processes
from newsdesk.workers._worker import start_worker

__all__ = [
    "CPU_QUEUE",
    "IO_QUEUE",
    "QUEUES",
    "CeleryEngine",
    "check_broker",
    "start_worker",
    "worker_processes",
]
