"""``python -m newsdesk`` in a child process, for the tests that send it Ctrl+C."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def newsdesk_process(
    args: Sequence[str], cwd: Path, python: Sequence[str] = ()
) -> subprocess.Popen[str]:
    """The command started as a terminal starts it: this checkout's source, a bare PATH,
    and SIGINT at its default (a test runner's child may inherit it ignored, and then
    Ctrl+C would reach nothing); ``python`` holds the interpreter's own flags."""
    return subprocess.Popen(
        [sys.executable, *python, "-m", "newsdesk", *args],
        cwd=cwd,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
