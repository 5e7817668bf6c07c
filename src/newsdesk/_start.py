"""Start-up of the ``newsdesk`` command (the script and ``python -m newsdesk``).

Ctrl+C while Python is still importing the command line raised ``KeyboardInterrupt``
out of an ``import`` and printed a traceback.  The script starts here, where nothing is
imported yet, so Ctrl+C at any moment ends with one line and the shell's exit code for
SIGINT.
"""

import atexit
import gc
import os
import signal
import sys

# No other import at run time (typing, __future__) than these, which Python has loaded
# already: this runs before the guard below, so it must take no time; a type checker
# reads the name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import FrameType
    from typing import NoReturn

#: The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


#: Whether this process runs the command line (not a test's runner, not a server's
#: thread): only then may closing take Ctrl+C over.
_commanding = False
#: Whether Ctrl+C came while the command was closing (see :func:`closing`).
_stopped_while_closing = False


def main() -> None:
    """Console-script entry point: the command line, imported inside the guard."""
    global _commanding
    try:
        if signal.getsignal(signal.SIGINT) is _interrupted_early:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # commands answer it
        from newsdesk.cli import main as run

        _commanding = True
        run()
    except KeyboardInterrupt:
        interrupted()
    finally:
        _leave_heap()


def _leave_heap() -> None:
    """Spare the exiting process a last walk of its heap.

    At exit Python's collector looks through every object still alive for cycles: with
    the product imported (a worker, a run) that took 1-2 s of a loaded machine after the
    command was done, all of a worker's stop on SIGTERM.  Objects frozen here are still
    freed by their counts; the memory of any cycle among them goes back with the process.
    Files and stores are closed by the commands themselves, not left to the collector.
    """
    if _commanding:
        gc.freeze()


def closing() -> None:
    """The command's work is done and only closing is left (the store, thread pools,
    the output still to print, Python's own exit): a Ctrl+C now is remembered, not
    raised, so that closing finishes with nothing lost and no traceback, and the process
    then ends with 130; a second Ctrl+C ends it at once.  A no-op outside the command
    line, and when Ctrl+C is ignored (a job started with ``&``)."""
    if _commanding and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _while_closing)


def _while_closing(signum: int, frame: object) -> None:
    global _stopped_while_closing
    if _stopped_while_closing:
        _exit_interrupted()
    _stopped_while_closing = True


def _exit_interrupted() -> None:
    """End at once with 130, what was printed flushed first."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed, or a pipe whose reader left
            continue
    os._exit(INTERRUPTED)


@atexit.register  # first registered, so it runs last: after every other exit handler
def _after_closing() -> None:
    if _stopped_while_closing:
        _exit_interrupted()


def interrupted() -> "NoReturn":
    """End the process for a Ctrl+C that no command answered: one line, exit 130."""
    answered()
    sys.stderr.write("Interrupted\n")
    sys.stderr.flush()
    raise SystemExit(INTERRUPTED)


def answered() -> None:
    """Mark a Ctrl+C as answered, so that the process ends with the code it exits with.

    Python (3.11 to 3.13) marks the process when a ``KeyboardInterrupt`` leaves code that
    ``exec`` runs from a string — ``dataclasses`` and ``inspect`` do, as a command
    imports what it needs — and at exit ends it by SIGINT instead of its exit code,
    though a handler caught the interrupt on the way; the next such ``exec`` clears
    the mark (it is reset as each one starts)."""
    exec("")  # runs nothing: only its start matters


def _interrupted_early(signum: int, frame: object) -> None:
    """Ctrl+C after this module is imported but before ``main`` is inside its guard
    (the call itself), where a ``KeyboardInterrupt`` printed a traceback."""
    interrupted()


_unraisable_before = sys.unraisablehook


def _interrupt_not_lost(unraisable: "sys.UnraisableHookArgs") -> None:
    """A Ctrl+C that lands in a callback Python calls itself (a weak reference's, which
    importing uses) cannot leave it: Python printed "Exception ignored" and a traceback
    and went on as if no key had been pressed.  The interrupt is given again a moment
    later, out of the callback, to whatever answers Ctrl+C then; every other such
    exception is reported as before."""
    exc = unraisable.exc_type
    lost = exc is not None and issubclass(exc, KeyboardInterrupt)
    lost |= exc is SystemExit and getattr(unraisable.exc_value, "code", None) == INTERRUPTED
    if not lost:
        _unraisable_before(unraisable)
    elif hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _interrupt_again)
        signal.setitimer(signal.ITIMER_REAL, 0.001)
    else:
        signal.raise_signal(signal.SIGINT)


def _interrupt_again(signum: int, frame: "FrameType | None") -> None:
    """The timer's interrupt, given to whatever answers Ctrl+C; when the process lost
    its processor between arming the timer and leaving the hook (a loaded machine),
    the timer fires inside the hook, whose exception Python reports and drops again:
    then it is armed once more, to fire out of it."""
    outer = frame
    while outer is not None:
        if outer.f_code is _interrupt_not_lost.__code__:
            signal.setitimer(signal.ITIMER_REAL, 0.001)
            return
        outer = outer.f_back
    answer = signal.getsignal(signal.SIGINT)
    if callable(answer):
        answer(signal.SIGINT, frame)


if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when ignored
    signal.signal(signal.SIGINT, _interrupted_early)
    sys.unraisablehook = _interrupt_not_lost
