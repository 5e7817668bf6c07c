"""A worker asked to stop (SIGTERM, as `docker compose stop` and systemd send it): at once
when it holds no task; with one in hand, only once that task has finished, so that the
run it belongs to loses nothing and another worker carries on with the rest."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from newsdesk import Newsdesk, load_config
from newsdesk.demo import load_sample_day, sample_evening

from .conftest import (
    FEW,
    STOP_SECONDS,
    celery_config,
    hold_first,
    items_once,
    run_in_thread,
    served_day,
    summary_of,
    wait_until,
    workers,
)


def test_an_idle_worker_stops_on_sigterm_without_waiting(broker: str, tmp_path: Path) -> None:
    with served_day() as (_, data):
        path = celery_config(tmp_path, data, broker)
        with workers(path, 1) as started:
            worker = started[0]
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(STOP_SECONDS) == 0


def test_a_worker_stopped_mid_task_finishes_the_task_and_the_run_loses_nothing(
    broker: str, tmp_path: Path
) -> None:
    with served_day() as (server, data):
        reached, let_go = hold_first(server, f"/{FEW[1]}/")
        path = celery_config(tmp_path, data, broker)
        evening = sample_evening(load_sample_day())
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            with workers(path, 1) as first:
                runner, outcome = run_in_thread(desk)
                wait_until(reached, "the held request")
                worker = first[0]
                worker.send_signal(signal.SIGTERM)
                with pytest.raises(subprocess.TimeoutExpired):
                    worker.wait(3)  # the collect task in hand holds the worker
                let_go()
                assert worker.wait(STOP_SECONDS) == 0
            with workers(path, 1):  # the stages after collect go to another worker
                summary = summary_of(runner, outcome)
            assert summary.ok, summary.desk_error
            assert {r.source_id: r.outcome.value for r in summary.sources} == dict.fromkeys(
                FEW, "ok"
            )
            items_once(desk.store, data)
