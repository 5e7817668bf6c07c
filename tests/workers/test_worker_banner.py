"""The worker's start names the broker it takes tasks from as the operator gave it: a
URL with no password is shown whole, and only a password that is there is masked."""

from __future__ import annotations

import signal
from pathlib import Path

from .conftest import STOP_SECONDS, celery_config, logged_worker, served_day


def transport_line(broker: str, folder: Path) -> str:
    """The ``transport:`` line of the banner a worker on ``broker`` prints as it starts."""
    with served_day() as (_, data):
        path = celery_config(folder, data, broker)
        with logged_worker(path, folder) as (worker, log):
            worker.send_signal(signal.SIGTERM)
            assert worker.wait(STOP_SECONDS) == 0
    [line] = [line for line in log.read_text().splitlines() if "transport:" in line]
    return line.split("transport:", 1)[1].strip()


def test_a_broker_without_a_password_is_shown_as_given(broker: str, tmp_path: Path) -> None:
    assert transport_line(broker, tmp_path) == broker  # never "redis://:**@127.0.0.1…"


def test_only_a_password_that_is_there_is_masked(broker: str, tmp_path: Path) -> None:
    """A Redis with no password of its own takes a client's one (redis-py ignores the
    refusal), so the same server serves the URL with a password in it."""
    with_password = broker.replace("redis://", "redis://:s3cret-pass@", 1)
    shown = transport_line(with_password, tmp_path)
    assert shown == broker.replace("redis://", "redis://:**@", 1)
    assert "s3cret-pass" not in (tmp_path / "worker.log").read_text()
