"""Runs on the Celery engine: the same digests as a local run, nothing lost or doubled
when a worker dies mid-task, two runs at once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from newsdesk import Newsdesk, load_config
from newsdesk.demo import load_sample_day, run_demo, sample_evening
from newsdesk.model import Digest, PublicationStatus, RunStatus
from newsdesk.store import open_store
from sample_day import Day

from .conftest import (
    FEW,
    celery_config,
    chat_route,
    hold_first,
    items_once,
    run_through_a_killed_worker,
    served_day,
    workers,
)


def _shape(digest: Digest) -> tuple[Any, ...]:
    """What a reader sees: title, bullets, sections with their headlines, more news."""
    return (
        digest.title,
        digest.bullets,
        tuple((s.title, tuple(e.headline for e in s.entries)) for s in digest.sections),
        tuple((m.story_id, m.text) for m in digest.more),
    )


@pytest.mark.usefixtures("preloaded")
def test_the_demo_on_two_workers_writes_what_the_local_demo_writes(
    served: Day, broker: str, tmp_path: Path
) -> None:
    result = run_demo(tmp_path / "celery", engine="celery", workers=2, broker=broker)
    assert result.summary.ok, result.summary.desk_error
    assert result.summary.counts.new == len(load_sample_day().items)
    local = open_store(f"sqlite:///{served.store}")
    try:
        for written in result.summary.digests:
            mine = local.digest(written.digest.name, served.day)
            assert mine is not None
            assert _shape(written.digest) == _shape(mine)
        assert {w.digest.name for w in result.summary.digests} == {"ai-ribao", "ai-daily"}
    finally:
        local.close()
    store = open_store(result.store_url)
    try:
        run = store.runs(result.summary.started)[0]
        assert run.status is RunStatus.OK
        assert [s.stage for s in run.stages] == list(run.plan)  # as a local run records it
    finally:
        store.close()


@pytest.mark.usefixtures("preloaded")
def test_a_worker_killed_during_collect_loses_nothing(broker: str, tmp_path: Path) -> None:
    with served_day() as (server, data):
        reached, let_go = hold_first(server, f"/{FEW[1]}/")
        path = celery_config(tmp_path, data, broker, visibility_timeout=4)
        config = load_config(path)
        evening = sample_evening(load_sample_day())
        with Newsdesk(config, now=lambda: evening) as desk:
            summary = run_through_a_killed_worker(desk, path, reached, let_go)
            assert summary.ok, summary.desk_error
            assert {r.source_id: r.outcome.value for r in summary.sources} == dict.fromkeys(
                FEW, "ok"
            )
            items_once(desk.store, data)
            assert [p.status for p in summary.publications] == [PublicationStatus.PUBLISHED]
            assert len(desk.store.publications("ai-ribao", load_sample_day().day)) == 1


@pytest.mark.usefixtures("preloaded")
def test_a_worker_killed_during_write_loses_and_doubles_nothing(
    broker: str, tmp_path: Path
) -> None:
    with served_day() as (server, data):
        reached, let_go, route = chat_route(held=True)
        server.routes["/v1/chat/completions"] = route
        data["llm"] = {"base_url": server.url("/v1"), "model": "test", "retries": 0}
        path = celery_config(tmp_path, data, broker, visibility_timeout=4)
        evening = sample_evening(load_sample_day())
        with Newsdesk(load_config(path), now=lambda: evening) as desk:
            summary = run_through_a_killed_worker(desk, path, reached, let_go)
            assert summary.ok, summary.desk_error
            items_once(desk.store, data)
            day = load_sample_day().day
            for name in ("ai-ribao", "ai-daily"):
                written = desk.store.digest(name, day)
                assert written is not None and written.revision == 1, name
                assert written.entries, name
            assert len(desk.store.publications("ai-ribao", day)) == 1
            run = desk.run_record(summary.run_id)
            assert [s.stage for s in run.stages] == list(run.plan)


@pytest.mark.usefixtures("preloaded")
def test_two_runs_at_once_on_postgresql_group_each_item_once(
    broker: str, tmp_path: Path, empty_postgres: str
) -> None:
    with served_day() as (_, data):
        path = celery_config(tmp_path, data, broker)
        evening = sample_evening(load_sample_day())
        config = load_config(path)
        summaries: list[Any] = []

        def one_run() -> None:
            with Newsdesk(config, store_url=empty_postgres, now=lambda: evening) as desk:
                summaries.append(desk.run(publish=False))

        open_store(empty_postgres).close()  # the schema made once, before the runs race
        with workers(path, 2, db=empty_postgres):
            runners = [threading.Thread(target=one_run) for _ in range(2)]
            for runner in runners:
                runner.start()
            for runner in runners:
                runner.join(180)
        assert len(summaries) == 2, summaries
        assert all(s.ok for s in summaries), [
            (s.desk_error, [r.error for r in s.sources]) for s in summaries
        ]
        with Newsdesk(config, store_url=empty_postgres) as desk:
            items_once(desk.store, data)
            grouped = [s.desk.group.grouped for s in summaries if s.desk]
            assert sum(grouped) == len(desk.store.items())  # each item by exactly one run
            assert all(desk.store.digest(n, load_sample_day().day) for n in ("ai-ribao",))
