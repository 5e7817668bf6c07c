"""No secret on the broker: a run's tasks name its store, each worker opens the store of
its own config (or ``--db``), and refuses a task for another store in words."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa

from newsdesk import Newsdesk, load_config
from newsdesk.store import store_name
from newsdesk.workers import CPU_QUEUE, IO_QUEUE

from .conftest import celery_config, workers

PASSWORD = "s3cret-Word"
FEED = {"sources": [{"id": "a", "kind": "feed", "url": "http://127.0.0.1:9/feed.xml"}]}


def test_a_store_is_named_without_its_credentials() -> None:
    url = f"postgresql+psycopg://news:{PASSWORD}@db.example:5433/desk?sslmode=require"
    assert store_name(url) == "postgresql://news@db.example:5433/desk?sslmode=require"
    assert store_name("postgresql://news@db.example:5433/desk?sslmode=require&password=x") == (
        "postgresql://news@db.example:5433/desk?sslmode=require"
    )


def test_each_schema_and_each_file_is_a_store_of_its_own(tmp_path: Path) -> None:
    base = "postgresql+psycopg://news@127.0.0.1:5432/desk"
    one = store_name(f"{base}?options=-csearch_path%3Done")
    assert one != store_name(f"{base}?options=-csearch_path%3Dtwo")
    assert store_name(f"sqlite:///{tmp_path / 'a.db'}") == f"sqlite:///{tmp_path / 'a.db'}"
    assert store_name(f"sqlite:///{tmp_path / 'a.db'}") != store_name(f"sqlite:///{tmp_path}/b.db")


def _with_password(url: str) -> str:
    return sa.engine.make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


@pytest.mark.usefixtures("preloaded")
def test_the_task_message_on_the_broker_holds_no_password(
    broker: str, tmp_path: Path, empty_postgres: str
) -> None:
    """A worker takes only the CPU queue, so the collect task waits on the broker."""
    secret_url = _with_password(empty_postgres)  # PostgreSQL here trusts 127.0.0.1
    path = celery_config(tmp_path, FEED | {"store": {"url": secret_url}}, broker, task_timeout=3)
    with workers(path, 1, queues=[CPU_QUEUE]), Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
    assert not summary.ok and "did not finish within 3 s" in (summary.desk_error or "")
    client = redis.Redis.from_url(broker)
    waiting = client.lrange(IO_QUEUE, 0, -1)
    client.close()
    assert len(waiting) == 1
    message = json.loads(waiting[0])
    body = base64.b64decode(message["body"]).decode()
    assert PASSWORD not in waiting[0].decode() and PASSWORD not in body
    assert json.dumps(store_name(secret_url)) in body


@pytest.mark.usefixtures("preloaded")
def test_a_worker_refuses_a_task_for_another_store(broker: str, tmp_path: Path) -> None:
    path = celery_config(tmp_path, FEED, broker)
    other = tmp_path / "other.db"
    with workers(path, 1, db=f"sqlite:///{other}"), Newsdesk(load_config(path)) as desk:
        summary = desk.fetch()
    [report] = summary.sources
    assert report.error is not None
    assert f"This worker serves the store sqlite:///{other}" in report.error
    assert f"the task is for {store_name(desk.store_url)}" in report.error
    # the worker names itself as it was started (`python -m newsdesk`, as worker_processes
    # starts it), which depends on whether this venv's bin is on the PATH
    assert re.search(r"start `[^`]*newsdesk[^`]* worker` with --db", report.error)
