"""A worker's start: it answers the broker before it has loaded what only a task needs
(the stages with the desk, the editor and the store, and their numpy, SciPy, SQLAlchemy
and jieba), which it imports once it is ready or when its first task comes."""

from __future__ import annotations

from pathlib import Path

from processes import PRINT_MODULES, modules_printed

from .conftest import celery_config, served_day

#: What a task loads and a starting worker does not (nor Celery's command line with the
#: REPL it imports, prompt_toolkit).
NOT_AT_START = (
    "numpy",
    "scipy",
    "sqlalchemy",
    "jieba",
    "PIL",
    "prompt_toolkit",
    "newsdesk.core",
    "newsdesk.pipeline",
    "newsdesk.stages",
    "newsdesk.desk",
    "newsdesk.editor",
    "newsdesk.store",
)


def loaded_by_a_starting_worker(config: Path) -> set[str]:
    """The modules ``newsdesk --config CONFIG worker`` holds as the Celery worker starts
    (the worker's start replaced by a report of them)."""
    return modules_printed(
        "from celery.apps.worker import Worker\n"
        f"Worker.start = lambda self: {PRINT_MODULES}\n"
        f"import sys; sys.argv = ['newsdesk', '--config', {str(config)!r}, 'worker']\n"
        "from newsdesk._start import main\n"
        "main()\n"
    )


def test_a_worker_starts_without_the_stages_and_what_they_import(
    broker: str, tmp_path: Path
) -> None:
    with served_day(few=False) as (_, data):  # every kind of source the sample has
        loaded = loaded_by_a_starting_worker(celery_config(tmp_path, data, broker))
    assert {"newsdesk.workers._tasks", "newsdesk.collect.kinds.feed"} <= loaded
    assert not set(NOT_AT_START) & loaded
