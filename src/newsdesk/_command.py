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
from pathlib import Path


def command_name(invoked: str, on_path: str | None, executable: str = "") -> str:
    """How to type this newsdesk again: ``newsdesk`` when that name finds it, else the
    path it was started by (``.venv/bin/newsdesk`` after ``make demo``, whose venv is
    not on the PATH), or ``PYTHON -m newsdesk`` when it was started so.

    ``invoked`` is ``sys.argv[0]``, ``on_path`` what ``newsdesk`` finds on the PATH (None
    when nothing), ``executable`` the interpreter.  Anything else (a test's runner, a
    server started by another program) is told ``newsdesk``."""
    started = Path(invoked)
    if started.name == "__main__.py" and started.parent.name == "newsdesk" and executable:
        beside = Path(executable).parent / "newsdesk"
        if on_path is not None and Path(on_path).resolve() == beside.resolve():
            return "newsdesk"
        return f"{shlex.quote(_shown(executable))} -m newsdesk"
    if started.name != "newsdesk":
        return "newsdesk"
    if on_path is not None and Path(on_path).resolve() == started.resolve():
        return "newsdesk"
    return shlex.quote(invoked)


#: The config file this process was told to use (``--config`` or NEWSDESK_CONFIG), when
#: a command typed again would not find it by itself; set by :func:`use_config`.
_config: str | None = None


def use_config(path: Path | None, default: Path) -> None:
    """Name ``--config PATH`` in every hint from now on, unless ``path`` is ``default``
    (``./newsdesk.yaml``), which a command finds without being told: a hint is typed as
    printed, often in another shell, where an inline NEWSDESK_CONFIG is gone too."""
    global _config
    given = path is not None and path.resolve() != default.resolve()
    _config = shlex.quote(str(path)) if given else None


def command(*, config: bool = True) -> str:
    """How to type newsdesk in this process (see :func:`command_name`), with the
    ``--config`` it was given (see :func:`use_config`) unless ``config`` is false: for
    a hint that names a config file of its own."""
    invoked = sys.argv[0] if sys.argv else ""
    name = command_name(invoked, shutil.which("newsdesk"), sys.executable)
    return f"{name} --config {_config}" if config and _config else name


def _shown(path: str) -> str:
    """A path under the working folder as relative (``.venv/bin/python``), else as is."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative
