"""A task's failures: tried again with a doubling wait, then answered with the reason so
the run records it and the other tasks go on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from newsdesk.exceptions import ConfigError, StoreError
from newsdesk.model import Outcome
from newsdesk.workers._engine import _source_report
from newsdesk.workers._tasks import _attempt

SPEC = {"retries": 2, "backoff": 0.5}


class Again(Exception):
    """What Celery's ``retry`` raises."""


@dataclass
class _Request:
    retries: int


@dataclass
class FakeTask:
    """The part of a bound Celery task ``_attempt`` uses."""

    retries: int
    name: str = "newsdesk.stages"
    waits: list[float] = field(default_factory=list)

    @property
    def request(self) -> _Request:
        return _Request(self.retries)

    def retry(self, exc: Exception, countdown: float) -> Again:
        self.waits.append(countdown)
        return Again(str(exc))


def _lost() -> Any:
    raise StoreError("Could not record the edition: the connection was lost")


def test_a_failing_task_is_tried_again_with_a_doubling_wait() -> None:
    for tried, wait in ((0, 0.5), (1, 1.0)):
        task = FakeTask(tried)
        with pytest.raises(Again):
            _attempt(task, SPEC, _lost)
        assert task.waits == [wait]


def test_a_task_that_keeps_failing_answers_with_its_reason() -> None:
    answer = _attempt(FakeTask(2), SPEC, _lost)
    assert answer == {
        "stages": [],
        "failed": "Could not record the edition: the connection was lost (after 3 tries)",
    }


def test_a_mistake_another_try_cannot_fix_is_answered_at_once() -> None:
    def wrong() -> Any:
        raise ConfigError("No source 'gone' in the config.")

    task = FakeTask(0)
    assert _attempt(task, SPEC, wrong)["failed"].startswith("No source 'gone'")
    assert task.waits == []


def test_a_source_whose_task_kept_failing_is_a_failed_source_of_the_run() -> None:
    report = _source_report("wire", {"stages": [], "failed": "WorkerLostError (after 4 tries)"})
    assert (report.source_id, report.outcome) == ("wire", Outcome.FAILED)
    assert report.error == "WorkerLostError (after 4 tries)"
