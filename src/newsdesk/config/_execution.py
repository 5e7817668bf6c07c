"""``execution``: where a run's work happens, in this process or on Celery workers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsdesk._defaults import DEFAULT_BROKER
from newsdesk.config._base import ConfigModel


class ExecutionSettings(ConfigModel):
    """How a run executes: ``local`` (this process, no Redis needed) or ``celery`` (its
    stages as tasks on ``newsdesk worker`` processes, with Redis as the broker and the
    shared limits)."""

    engine: Literal["local", "celery"] = Field(
        "local", description="local: in this process; celery: on `newsdesk worker` processes"
    )
    broker: str = Field(
        DEFAULT_BROKER,
        description="the Redis URL of the Celery broker, results and shared limits",
    )
    concurrency: int = Field(
        8, ge=1, le=512, description="tasks in flight per worker process (threads)"
    )
    batch_items: int = Field(
        100, ge=1, le=100_000, description="items per full-text and per enrich task"
    )
    task_retries: int = Field(
        3, ge=0, le=20, description="times a failing task is tried again before it is recorded"
    )
    retry_backoff: float = Field(
        2.0, ge=0, le=600, description="seconds before a task's first retry; doubles each time"
    )
    visibility_timeout: float = Field(
        3600,
        ge=2,
        le=7 * 86400,
        description="seconds after which a task of a worker that died is given to another; "
        "longer than the longest task",
    )
    task_timeout: float = Field(
        6 * 3600, gt=0, le=7 * 86400, description="seconds a run waits for one of its stages"
    )
