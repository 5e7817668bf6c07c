"""Celery workers: a run's stages as tasks on the same contract, with Redis as broker.

``newsdesk worker`` (:func:`work`, :func:`start_worker`) takes tasks; a run whose config says
``execution: {engine: celery}`` hands its stages to the workers through
:class:`CeleryEngine` and records them in the store as a local run does.  The limits
every worker respects together (host politeness, LLM pace and budget) are in Redis
(:class:`newsdesk._limits.RedisLimits`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk._lazy import lazy_names
from newsdesk.workers._app import CPU_QUEUE, IO_QUEUE, QUEUES, check_broker
from newsdesk.workers._processes import worker_processes
from newsdesk.workers._worker import start_worker, work

if TYPE_CHECKING:
    from newsdesk.workers._engine import CeleryEngine

# Imported when first used (see newsdesk._lazy): a worker does not load the run's side.
_HOMES = {"newsdesk.workers._engine": ("CeleryEngine",)}
__getattr__, __dir__ = lazy_names(__name__, _HOMES)

__all__ = [
    "CPU_QUEUE",
    "IO_QUEUE",
    "QUEUES",
    "CeleryEngine",
    "check_broker",
    "start_worker",
    "work",
    "worker_processes",
]
