"""How the user types newsdesk, for the commands a message tells them to run next.

``make demo`` installs into ``.venv``, whose ``bin`` is not on the PATH: a hint saying
``newsdesk edition approve …`` would fail there, so every hint names the command the way
this process was started (``.venv/bin/newsdesk``, ``python -m newsdesk``) unless the bare
name finds this same newsdesk.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from dataclasses import dataclass, replace
from pathlib import Path


def command_name(
    invoked: str, on_path: str | None, executable: str = "", *, absolute: bool = False
) -> str:
    """How to type this newsdesk again: ``newsdesk`` when that name finds it, else the
    path it was started by (``.venv/bin/newsdesk`` after ``make demo``, whose venv is
    not on the PATH), or ``PYTHON -m newsdesk`` when it was started so.

    ``invoked`` is ``sys.argv[0]``, ``on_path`` what ``newsdesk`` finds on the PATH (None
    when nothing), ``executable`` the interpreter (named relative to this folder when
    under it, unless ``absolute``).  Anything else (a test's runner, a server started by
    another program) is told ``newsdesk``."""
    started = Path(invoked)
    if started.name == "__main__.py" and started.parent.name == "newsdesk" and executable:
        beside = Path(executable).parent / "newsdesk"
        if on_path is not None and Path(on_path).resolve() == beside.resolve():
            return "newsdesk"
        return f"{shlex.quote(executable if absolute else _shown(executable))} -m newsdesk"
    if started.name != "newsdesk":
        return "newsdesk"
    if on_path is not None and Path(on_path).resolve() == started.resolve():
        return "newsdesk"
    return shlex.quote(invoked)


@dataclass(frozen=True, slots=True)
class Setup:
    """The ``--config PATH --db URL`` this process was told to use, as a command typed
    again must be told them; set by :func:`use_config`."""

    #: As typed, for a hint read in the same folder (empty when a bare command finds both).
    typed: str = ""
    #: With absolute paths, for a hint pasted in any folder (a served page, an alert).
    anywhere: str = ""
    #: Whether hints are read elsewhere: set by :func:`hints_for_anywhere`.
    elsewhere: bool = False


_setup = Setup()


def use_config(path: Path | None, default: Path, db: str | None = None) -> None:
    """Name the config file and database this process uses in every hint from now on:
    a hint is typed as printed, often in another shell, and without them it would read
    another desk.  ``path`` goes unnamed when it is ``default`` (the file a bare command
    finds: $NEWSDESK_CONFIG or ``./newsdesk.yaml``), ``db`` when None (the caller leaves
    out one $NEWSDESK_DB gives); a URL's password is shown as ``***``, never printed.
    Hints for anywhere (:func:`hints_for_anywhere`) name the file whenever it exists, and
    both with absolute paths."""
    global _setup
    typed, anywhere = [], []
    if path is not None and path.resolve() != default.resolve():
        typed.append(f"--config {shlex.quote(str(path))}")
    if path is not None and (typed or path.exists()):
        anywhere.append(f"--config {shlex.quote(os.path.abspath(path))}")
    if db:
        typed.append(f"--db {shlex.quote(_without_password(db))}")
        anywhere.append(f"--db {shlex.quote(_without_password(_absolute_db(db)))}")
    _setup = Setup(" ".join(typed), " ".join(anywhere), _setup.elsewhere)


def hints_for_anywhere() -> None:
    """From now on, hints name the config, the database and newsdesk itself with absolute
    paths: a served page's or a scheduler's alert's hint is pasted in a shell of any
    folder, not the one the server was started in."""
    global _setup
    _setup = replace(_setup, elsewhere=True)


def _absolute_db(db: str) -> str:
    """A database path, or a SQLite URL's file, made absolute; any other URL as is."""
    from sqlalchemy.engine import make_url  # here: `newsdesk --help` imports this module
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError:  # a plain path
        return os.path.abspath(db)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return db
    return url.set(database=os.path.abspath(url.database)).render_as_string(hide_password=False)


def _without_password(db: str) -> str:
    """A database path as is, a URL with its password (if any) as ``***``."""
    from sqlalchemy.engine import make_url  # here: `newsdesk --help` imports this module
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(db)
    except ArgumentError:  # a plain path
        return db
    return url.render_as_string(hide_password=True) if url.password else db


def command(*, setup: bool = True) -> str:
    """How to type newsdesk in this process (see :func:`command_name`), with the
    ``--config`` and ``--db`` it was given (see :func:`use_config`) unless ``setup`` is
    false: for a hint of a command that keeps its own (the demo)."""
    invoked = sys.argv[0] if sys.argv else ""
    if _setup.elsewhere and Path(invoked).name == "newsdesk":
        invoked = os.path.abspath(invoked)
    name = command_name(
        invoked, shutil.which("newsdesk"), sys.executable, absolute=_setup.elsewhere
    )
    named = _setup.anywhere if _setup.elsewhere else _setup.typed
    return f"{name} {named}" if setup and named else name


def _shown(path: str) -> str:
    """A path under the working folder as relative (``.venv/bin/python``), else as is."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative
