"""Start-up of the ``newsdesk`` command (the script and ``python -m newsdesk``).

Ctrl+C while Python is still importing the command line raised ``KeyboardInterrupt``
out of an ``import`` and printed a traceback.  The script starts here, where nothing is
imported yet, so Ctrl+C at any moment ends with one line and the shell's exit code for
SIGINT.
"""

import signal
import sys

# No other import at run time (typing, __future__): this runs before the guard below, so
# it must take no time; a type checker reads the name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

#: The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


def main() -> None:
    """Console-script entry point: the command line, imported inside the guard."""
    try:
        if signal.getsignal(signal.SIGINT) is _interrupted_early:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # commands answer it
        from newsdesk.cli import main as run

        run()
    except KeyboardInterrupt:
        interrupted()


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


if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when ignored
    signal.signal(signal.SIGINT, _interrupted_early)
