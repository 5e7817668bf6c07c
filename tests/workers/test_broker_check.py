"""The broker check a worker and a celery run make before anything else."""

from __future__ import annotations

from typing import Any

import pytest
import redis

from newsdesk.exceptions import ExecutionError
from newsdesk.workers._app import check_broker

URL = "redis://127.0.0.1:6379/15"


def test_a_redis_that_answers_passes() -> None:
    check_broker(URL)


def test_a_redis_older_than_6_is_refused_with_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker waits for tasks a quarter of a second at a time; Redis 5 refuses such a
    wait, so its workers would take no task at all: say so before starting."""

    def old_server(self: redis.Redis, section: str | None = None, *args: Any) -> dict[str, str]:
        return {"redis_version": "5.0.7"}

    monkeypatch.setattr(redis.Redis, "info", old_server)
    with pytest.raises(ExecutionError, match=r"version 5\.0\.7.*Redis 6 or newer"):
        check_broker(URL)


def test_a_redis_that_does_not_answer_says_how_to_run_without_it() -> None:
    with pytest.raises(ExecutionError, match=r"not reachable.*execution\.engine: local"):
        check_broker("redis://127.0.0.1:1/0")
