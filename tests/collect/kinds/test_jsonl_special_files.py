"""The jsonl kind refuses what is not a regular file instead of hanging on it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from newsdesk.collect.kinds.jsonl import read_records
from newsdesk.exceptions import ParseError


def read_within(path: Path, seconds: float) -> BaseException | None:
    """read_records in a daemon thread: the error it raised, or a failure if it blocked."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            read_records(path, None)
            outcome.append(None)
        except BaseException as err:
            outcome.append(err)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"reading {path} blocked for {seconds} s")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_as_the_path_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "items.jsonl"
    os.mkfifo(fifo)
    error = read_within(fifo, 5)
    assert isinstance(error, ParseError)
    assert str(error) == (
        f"{fifo} is a FIFO, socket or device, not a regular file; "
        "point the source's path at .jsonl or .json files"
    )


def test_a_folder_as_the_path_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "items.jsonl"
    folder.mkdir()
    error = read_within(folder, 5)
    assert isinstance(error, ParseError)
    assert "is a folder, not a regular file" in str(error)
