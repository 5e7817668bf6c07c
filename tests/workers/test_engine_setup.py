"""Choosing the engine: local by default, and the celery engine's errors in words."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsdesk import Newsdesk, load_config, parse_config
from newsdesk.cli import app

from .conftest import celery_config

DOWN = "redis://127.0.0.1:1/0"
SRC = Path(__file__).resolve().parents[2] / "src"
MINIMAL = {"sources": [{"id": "a", "kind": "feed", "url": "https://a.example/feed.xml"}]}


def test_runs_are_local_unless_the_config_says_celery(tmp_path: Path) -> None:
    assert parse_config("sources: []", base_dir=tmp_path, env={}).execution.engine == "local"
    path = celery_config(tmp_path, MINIMAL, "redis://127.0.0.1:6379/3", concurrency=32)
    execution = load_config(path).execution
    assert (execution.engine, execution.broker, execution.concurrency) == (
        "celery",
        "redis://127.0.0.1:6379/3",
        32,
    )


def test_a_celery_run_without_redis_fails_saying_how_to_go_on(tmp_path: Path) -> None:
    path = celery_config(tmp_path, MINIMAL, DOWN)
    with Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
        run = desk.run_record(summary.run_id)
    assert not summary.ok and summary.desk_error is not None
    assert f"Redis at {DOWN} is not reachable" in summary.desk_error
    assert "set execution.engine: local" in summary.desk_error
    assert (run.status.value, run.error) == ("failed", summary.desk_error)


def test_a_celery_run_with_no_worker_says_to_start_one(broker: str, tmp_path: Path) -> None:
    path = celery_config(tmp_path, MINIMAL, broker)
    with Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
    assert summary.desk_error is not None
    assert "start one with `newsdesk worker`" in summary.desk_error


def test_the_run_command_prints_why_and_exits_1(tmp_path: Path) -> None:
    path = celery_config(tmp_path, MINIMAL, DOWN)
    result = CliRunner().invoke(app, ["--config", str(path), "fetch"])
    assert result.exit_code == 1
    assert "is not reachable" in result.output


def test_the_worker_command_without_redis_fails_in_words(tmp_path: Path) -> None:
    path = celery_config(tmp_path, MINIMAL, DOWN)
    result = CliRunner().invoke(app, ["--config", str(path), "worker"])
    assert result.exit_code == 1
    assert "is not reachable" in result.output


def test_the_worker_command_refuses_a_queue_newsdesk_does_not_use(tmp_path: Path) -> None:
    path = celery_config(tmp_path, MINIMAL, DOWN)
    result = CliRunner().invoke(app, ["--config", str(path), "worker", "-Q", "emails"])
    assert result.exit_code == 2
    assert "newsdesk.io, newsdesk.cpu" in result.output


def test_the_worker_command_reads_c_as_the_config_as_every_command_does(
    tmp_path: Path,
) -> None:
    path = celery_config(tmp_path, MINIMAL, DOWN)
    result = CliRunner().invoke(app, ["worker", "-c", str(path), "--concurrency", "2"])
    assert result.exit_code == 1
    assert "is not reachable" in result.output  # it read that file, and its broker


def test_ctrl_c_to_a_ready_worker_ends_it_with_interrupted_and_130(
    broker: str, tmp_path: Path
) -> None:
    """Celery answers Ctrl+C with a warm shutdown and exit 0, silently, once the worker is
    ready (before that, the command's own guard said "Interrupted" and 130)."""
    path = celery_config(tmp_path, {"sources": []}, broker)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "--config", str(path), "worker"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONPATH": str(SRC)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line)
        if " ready." in line:
            break
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=60)

    assert process.returncode == 130, "".join(lines) + rest
    assert rest.rstrip().endswith("Interrupted"), rest
