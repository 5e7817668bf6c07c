"""A worker asked to stop (SIGTERM, as `docker compose stop` and systemd send it): at once
when it holds no task; with one in hand, only once that task has finished, so that the
run it belongs to loses nothing and another worker carries on with the rest.  Asked
twice (Ctrl+C, Ctrl+C: Celery's cold stop), it still closes no store under a task."""

from __future__ import annotations

import re
import signal
import subprocess
from pathlib import Path

import pytest

from newsdesk import Newsdesk, load_config
from newsdesk.demo import load_sample_day, sample_evening

from .conftest import (
    FEW,
    OWN_STOP_SECONDS,
    STOP_SECONDS,
    celery_config,
    hold_first,
    items_once,
    logged_worker,
    run_in_thread,
    served_day,
    summary_of,
    wait_until,
    workers,
)
from .preloaded import Template


def test_an_idle_worker_stops_on_sigterm_without_waiting(broker: str, tmp_path: Path) -> None:
    """Its own stop, as it reports it, is bounded: not the process's whole end, whose
    interpreter exit a loaded machine slows, but a stop that waited a broker poll or
    more again would show."""
    with served_day() as (_, data):
        path = celery_config(tmp_path, data, broker)
        with logged_worker(path, tmp_path) as (worker, log):
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(STOP_SECONDS) == 0
    [said] = re.findall(r"Stopped ([\d.]+) s after the signal to stop\.", log.read_text())
    assert float(said) < OWN_STOP_SECONDS, f"the idle stop took {said} s"


@pytest.mark.usefixtures("preloaded")
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


def test_a_cold_stop_closes_no_store_under_the_task_in_hand(
    broker: str, tmp_path: Path, preloaded: Template
) -> None:
    """Ctrl+C twice: no thread can be ended, so the worker says it waits for the task in
    hand, closes its store once that task is done (not under it) and ends with 130, no
    traceback; the run loses nothing."""
    with served_day() as (server, data):
        reached, let_go = hold_first(server, f"/{FEW[1]}/")
        path = celery_config(tmp_path, data, broker)
        evening = sample_evening(load_sample_day())
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            with logged_worker(path, tmp_path, preloaded.popen) as (worker, log):
                runner, outcome = run_in_thread(desk)
                wait_until(reached, "the held request")
                worker.send_signal(signal.SIGINT)
                wait_until(lambda: "Warm shutdown" in log.read_text(), "the warm stop")
                worker.send_signal(signal.SIGINT)
                with pytest.raises(subprocess.TimeoutExpired):
                    worker.wait(3)  # the collect task in hand holds the worker still
                let_go()
                assert worker.wait(STOP_SECONDS) == 130
            with workers(path, 1):
                summary = summary_of(runner, outcome)
            assert summary.ok, summary.desk_error
            items_once(desk.store, data)
    said = log.read_text()
    assert said.count("The tasks in hand go on: a thread cannot be ended") == 1
    assert "Traceback" not in said and " ERROR " not in said
    assert "still running end with the worker" not in said
