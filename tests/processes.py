"""``python -m newsdesk`` in a child process, for the tests that send it Ctrl+C, and the
modules a fresh Python holds, for the tests of what start-up loads."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
#: The environment a terminal gives the command: this checkout's source, a bare PATH.
TERMINAL = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}


def newsdesk_process(
    args: Sequence[str], cwd: Path, python: Sequence[str] = ()
) -> subprocess.Popen[str]:
    """The command started as a terminal starts it: this checkout's source, a bare PATH,
    and SIGINT at its default (a test runner's child may inherit it ignored, and then
    Ctrl+C would reach nothing); ``python`` holds the interpreter's own flags."""
    return subprocess.Popen(
        [sys.executable, *python, "-m", "newsdesk", *args],
        cwd=cwd,
        env=TERMINAL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


#: Python that prints every module the process holds, one ``module NAME`` line each.
PRINT_MODULES = "print(*(f'module {m}' for m in __import__('sys').modules), sep='\\n')"


def modules_printed(code: str) -> set[str]:
    """The modules a fresh Python running ``code`` (this checkout's source, a bare PATH)
    printed as :data:`PRINT_MODULES` prints them."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return {
        line.removeprefix("module ")
        for line in done.stdout.splitlines()
        if line.startswith("module ")
    }
