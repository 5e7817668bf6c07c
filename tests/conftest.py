"""Cheap fixtures shared by all tests: a local HTTP server, fast fetch settings, stores."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import pickle
import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig

import newsdesk.demo
from newsdesk import _command, load_config
from newsdesk.config import FetchSettings
from newsdesk.demo import DemoResult, run_demo
from newsdesk.demo._server import LocalServer
from newsdesk.store import SqlStore, open_store
from processes import TERMINAL
from sample_day import Day, restored_day, run_sample_day, save_day
from workers.preloaded import Template

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MIGRATIONS = Path(__file__).parents[1] / "src/newsdesk/store/migrations"
#: The newest schema revision: migrations' ids are their files' 4-digit prefixes.
HEAD = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("0*.py"))[-1]
# A test process started by pytest-xdist inherits COLUMNS=80, and rich fixes a
# console's width from it when the CLI module is imported: the CLI tests give the
# width each invocation should see instead.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)

#: The files that take longest, longest first (``--durations``): they start worker
#: processes and subprocesses, or run the whole sample day.  ``make test`` hands whole
#: files to its processes in collection order (``--no-loadscope-reorder``), so these
#: start first and the many quick files fill in around them: a heavy file handed out
#: last would leave one process working long after the others are done.
SLOW_FIRST = (
    "workers/test_celery_runs.py",
    "workers/test_shared_limits.py",
    "test_editions.py",
    "test_pipeline.py",
    "test_demo.py",
    "web/test_server.py",
    "workers/test_batches.py",
    "test_stages.py",
    "workers/test_store_names.py",
    "store/test_migrations.py",
    "test_core.py",
    "test_core_desk.py",
    "schedule/test_scheduler.py",
    "web/test_desk_browser.py",
    "web/test_api_actions.py",
    "publish/test_once.py",
    "test_limits.py",
)

POSTGRES_URL = os.environ.get(
    "NEWSDESK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """:data:`SLOW_FIRST` first, then the other files, those with the most tests first
    (the order pytest-xdist itself would hand them out in)."""
    tests = Path(__file__).parent
    counts = Counter(item.path for item in items)
    rank = {tests / name: n for n, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: (rank.get(item.path, len(rank)), -counts[item.path], item.path))


@pytest.fixture(autouse=True)
def _no_config_named_in_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI test given --config or --db leaves them for its process's hints; the next
    test starts as a new process would, with none."""
    monkeypatch.setattr(_command, "_setup", _command.Setup())


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(scope="session")
def commands() -> Iterator[Template]:
    """The process that the tests of what a command does once it runs (Ctrl+C in a run,
    two runs at once, a server's stop) fork their ``python -m newsdesk`` and ``python
    -c`` processes from, as a terminal starts them (``TERMINAL``, Ctrl+C at its
    default): each such process spent 2-3 s of processor time importing the product.
    What start-up itself does stays the subject of test_start.py, which starts
    interpreters of its own."""
    started = Template(TERMINAL, terminal=True)
    yield started
    started.close()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def fast() -> FetchSettings:
    """Fetch settings that keep tests quick: short timeouts, tiny backoff, no host delay.

    The test servers listen on 127.0.0.1, which newsdesk refuses unless allowed.
    """
    return FetchSettings(
        allow_private_addresses=True,
        timeout=2.0,
        connect_timeout=1.0,
        retries=2,
        backoff=0.01,
        per_host_delay=0,
        per_host_concurrency=4,
        max_bytes=200_000,
        max_redirects=3,
    )


def _postgres_available() -> str | None:
    try:
        engine = sa.create_engine(POSTGRES_URL)
        with engine.connect():
            pass
        engine.dispose()
    except Exception as err:  # any failure means: skip, and say why
        return f"PostgreSQL not reachable at {POSTGRES_URL}: {type(err).__name__}"
    return None


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """The URL of an empty PostgreSQL schema of its own (skipped without PostgreSQL)."""
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the newest schema once for the process, for ``store`` to
    copy: running every migration took most of a short store test."""
    path = tmp_path_factory.mktemp("migrated") / "template.db"
    open_store(f"sqlite:///{path}").close()
    return path


def _admin_statement(sql: str) -> None:
    """``sql`` run on the PostgreSQL server outside a transaction, as CREATE and DROP
    DATABASE must be."""
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(sql))
    finally:
        admin.dispose()


def _database_url(name: str) -> str:
    return sa.engine.make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[str | None]:
    """The name of a PostgreSQL database migrated to the newest schema once for the
    process, for ``store`` to clone (CREATE DATABASE ... TEMPLATE); None when PostgreSQL
    is not there or will not make databases, and each store then migrates a schema of
    its own.  Nothing stays connected to it, as a template must be."""
    if _postgres_available():
        yield None
        return
    name = f"tmpl_{uuid.uuid4().hex[:12]}"
    try:
        _admin_statement(f'CREATE DATABASE "{name}"')
    except sa.exc.DBAPIError:
        yield None
        return
    try:
        open_store(_database_url(name)).close()
        yield name
    finally:
        _admin_statement(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_postgres(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a new PostgreSQL database at the newest schema, a clone of
    ``migrated_postgres`` (else an empty schema of its own, migrated as it opens;
    skipped without PostgreSQL)."""
    template = request.getfixturevalue("migrated_postgres")
    if template is None:
        yield request.getfixturevalue("empty_postgres")
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    _admin_statement(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield _database_url(name)
    finally:
        _admin_statement(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    """A fresh store at the newest schema on SQLite and on PostgreSQL (a database of its
    own per test), copied from one migrated once for the process."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("fresh_postgres")
    opened = open_store(url)
    try:
        yield opened
    finally:
        opened.close()


def make_store_at(url: str, revision: str) -> None:
    """Create the schema at the database ``url`` as of an older ``revision``, as an
    earlier newsdesk left it."""
    engine = sa.create_engine(url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


@pytest.fixture
def store_at() -> Callable[[str, str], None]:
    """:func:`make_store_at`: ``store_at(url, "0008")``."""
    return make_store_at


def _kept(factory: pytest.TempPathFactory, name: str) -> Path | None:
    """Under pytest-xdist, the folder ``name`` where one process keeps what a session
    fixture made, for the run's other processes (they share their base folders'
    parent); ``None`` without xdist.  Each process would otherwise run the whole sample
    day again for the same fixture."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return None
    return factory.getbasetemp().parent / name


@contextmanager
def _one_at_a_time(kept: Path) -> Iterator[None]:
    """The block run by one process of the run at a time (the others wait for it)."""
    with open(kept.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Day]:
    """The demo's sample day run once for the whole session, unpublished (see
    ``sample_day.py``); change only a copy of its store (``copied``).  Under xdist, one
    process runs it, and the others serve the sample themselves on a copy of its
    folder (``restored_day``); a process whose run fails leaves it to the next."""
    folder = tmp_path_factory.mktemp("sample-day")
    kept = _kept(tmp_path_factory, "sample-day")
    with ExitStack() as running:
        if kept is None:
            day = running.enter_context(run_sample_day(folder))
        else:
            with _one_at_a_time(kept):
                if (kept / "day.pickle").exists():
                    day = running.enter_context(restored_day(kept, folder))
                else:
                    day = running.enter_context(run_sample_day(folder))
                    save_day(day, kept)
        yield day


@pytest.fixture
def copied(served: Day, tmp_path: Path) -> str:
    """The URL of a copy of the served day's store, for one test to change."""
    target = tmp_path / "copy.db"
    shutil.copy(served.store, target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    """``newsdesk demo`` run once for the session, for tests that only read what it
    left; a test that changes its folder works on a copy (``copied_demo``).  Under
    xdist, once for the run: the other processes read the first one's folder."""
    kept = _kept(tmp_path_factory, "demo")
    if kept is None:
        return run_demo(tmp_path_factory.mktemp("demo") / "out")
    with _one_at_a_time(kept):
        saved = kept / "demo.pickle"
        if saved.exists():
            result: DemoResult = pickle.loads(saved.read_bytes())
            return result
        result = run_demo(kept / "out")
        saved.write_bytes(pickle.dumps(result))
        return result


def _moved(value: Any, old: str, new: str) -> Any:
    """``value`` with the folder ``old`` named ``new`` in every string and path it
    holds (dataclasses, tuples, lists and dicts walked)."""
    if type(value) is str:  # not an enum's member
        return value.replace(old, new)
    if isinstance(value, Path):
        return Path(str(value).replace(old, new))
    if isinstance(value, tuple | list):
        return type(value)(_moved(each, old, new) for each in value)
    if isinstance(value, dict):
        return {key: _moved(each, old, new) for key, each in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f.name for f in dataclasses.fields(value) if f.init]
        return dataclasses.replace(
            value, **{f: _moved(getattr(value, f), old, new) for f in fields}
        )
    return value


@pytest.fixture
def demo_command(demo: DemoResult, monkeypatch: pytest.MonkeyPatch) -> None:
    """``newsdesk demo`` staged on the session's demo, for tests of what the command
    prints: its ``run_demo`` copies that demo's folder to ``--out`` and answers with
    the session's result, moved there, rather than running the sample day again (the
    demo run itself is tested on ``demo``, and end to end through the command by
    ``demo --llm`` in test_demo.py)."""

    def staged(out: Path, **options: Any) -> DemoResult:
        assert options.get("llm") is None and options.get("engine") == "local", options
        shutil.copytree(demo.config_path.parent, out)
        moved: DemoResult = _moved(demo, str(demo.config_path.parent), str(out))
        return dataclasses.replace(moved, config=load_config(moved.config_path))

    monkeypatch.setattr(newsdesk.demo, "run_demo", staged)


@pytest.fixture
def copied_demo(demo: DemoResult, tmp_path: Path) -> Path:
    """A copy of the demo's folder, for one test to change: its config names the store
    and the output folders relative to itself, so the copy works on its own."""
    return Path(shutil.copytree(demo.config_path.parent, tmp_path / "demo"))
