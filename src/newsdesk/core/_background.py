"""Runs in a thread of their own, one at a time per desk: what a server starts, answers
for at once with the run's id, and waits for when it stops.

What the run does is in the store as it goes (its stages, their counts), so its progress
is read from there, by any process; this only keeps a second run from starting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from newsdesk.exceptions import NewsdeskError, RunningError

log = logging.getLogger("newsdesk")

#: A run's work: runs it to the end, calling the function it is given with the run's
#: id as soon as the run is recorded.
RunWork = Callable[[Callable[[int], None]], object]


class BackgroundRuns:
    """At most one run at a time, each in a thread of its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        #: What the run going now is, in words, and its id once recorded.
        self._label = ""
        self._run_id: int | None = None

    def running(self) -> int | None:
        """The id of the run going now, or None."""
        with self._lock:
            alive = self._thread is not None and self._thread.is_alive()
            return self._run_id if alive else None

    def start(self, work: RunWork, label: str) -> int:
        """Start ``work`` in a thread and return its run's id once it is recorded.

        Raises RunningError while another run is going, and whatever ``work`` raised
        before its run was recorded.
        """
        ready = threading.Event()
        outcome: list[int | BaseException] = []

        def on_start(run_id: int) -> None:
            self._run_id = run_id
            outcome.append(run_id)
            ready.set()

        def target() -> None:
            try:
                work(on_start)
            except BaseException as err:
                if not ready.is_set():
                    outcome.append(err)
                elif isinstance(err, NewsdeskError):
                    log.warning("%s failed: %s", label, err)
                else:
                    log.exception("%s failed", label)
            finally:
                if not ready.is_set():
                    outcome.append(NewsdeskError(f"{label} ended before it was recorded."))
                    ready.set()

        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                which = f" (run {self._run_id})" if self._run_id is not None else ""
                raise RunningError(
                    f"{self._label}{which} is still going: one run at a time. Its progress "
                    "is in the run history; start this one when it has finished."
                )
            self._label, self._run_id = label, None
            self._thread = threading.Thread(target=target, name="newsdesk-run")
            self._thread.start()
        ready.wait()
        first = outcome[0]
        if isinstance(first, BaseException):
            raise first
        return first

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the run going now to finish (at most ``timeout`` seconds); True when
        no run is going any more."""
        with self._lock:
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()
