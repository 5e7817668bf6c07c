"""Two processes' transactions on one SQLite store: one that reads, then writes, takes
the write lock as it begins, so another writer waits for it instead of one failing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.exceptions import StoreError
from newsdesk.store import open_store


def _table(url: str) -> None:
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE tally (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO tally VALUES (0)")
    store.close()


def _another_writer(url: str, errors: list[BaseException]) -> threading.Thread:
    def write() -> None:
        store = open_store(url)
        try:
            with store.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE tally SET n = n + 10")
        except BaseException as err:
            errors.append(err)
        finally:
            store.close()

    return threading.Thread(target=write)


def test_a_transaction_that_writes_after_reading_waits_out_another_writer(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    _table(url)
    store, errors = open_store(url), []
    with store._begin("count", writes_after_reading=True) as conn:
        n = conn.execute(sa.text("SELECT n FROM tally")).scalar_one()
        other = _another_writer(url, errors)
        other.start()
        other.join(0.5)
        assert other.is_alive()  # it waits for the lock this transaction took
        conn.execute(sa.text("UPDATE tally SET n = :n"), {"n": n + 1})
    other.join()
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT n FROM tally")).scalar_one() == 11
    store.close()
    assert errors == []


def test_without_it_a_write_after_another_process_wrote_fails_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    _table(url)
    store, errors = open_store(url), []
    locked = pytest.raises(StoreError, match="database is locked")
    with locked, store._begin("count") as conn, conn.begin_nested():
        conn.execute(sa.text("SELECT n FROM tally")).scalar_one()
        other = _another_writer(url, errors)
        other.start()
        other.join()
        conn.execute(sa.text("UPDATE tally SET n = 1"))
    store.close()
    assert errors == []
