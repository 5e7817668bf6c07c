"""Progress of long stages: rich bars on a terminal, plain log lines elsewhere."""

from __future__ import annotations

import logging
from typing import Protocol

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import (
    Progress as RichBars,
)

log = logging.getLogger("newsdesk")


class Progress(Protocol):
    """Receives what a stage is doing; implementations decide how to show it."""

    def stage(self, name: str, total: int) -> None:
        """A stage starts with ``total`` steps."""

    def advance(self, label: str, ok: bool = True) -> None:
        """One step finished (``label`` names it, ``ok`` False when it failed)."""

    def close(self) -> None:
        """All stages are done."""


class NullProgress:
    """Shows nothing (library use, tests)."""

    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, label: str, ok: bool = True) -> None:
        pass

    def close(self) -> None:
        pass


class LogProgress:
    """One log line per step, for cron jobs and CI logs."""

    def __init__(self) -> None:
        self._name = ""
        self._total = 0
        self._done = 0

    def stage(self, name: str, total: int) -> None:
        self._name, self._total, self._done = name, total, 0
        log.info("%s: %d to do", name, total)

    def advance(self, label: str, ok: bool = True) -> None:
        self._done += 1
        log.info(
            "%s [%d/%d] %s %s", self._name, self._done, self._total, label, "ok" if ok else "FAILED"
        )

    def close(self) -> None:
        pass


class BarProgress:
    """A rich progress bar per stage."""

    def __init__(self, console: Console) -> None:
        self._bars = RichBars(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[last]}"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task: TaskID | None = None
        self._bars.start()

    def stage(self, name: str, total: int) -> None:
        self._task = self._bars.add_task(name, total=total, last="") if total else None

    def advance(self, label: str, ok: bool = True) -> None:
        if self._task is not None:
            shown = escape(label) if ok else f"[red]{escape(label)} ✗[/red]"
            self._bars.update(self._task, advance=1, last=shown)

    def close(self) -> None:
        self._bars.stop()
