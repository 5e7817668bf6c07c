"""The :class:`Newsdesk`: one object made of the desk's parts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from newsdesk.config import Config, load_config, resolve_store_url
from newsdesk.core._base import utc_now
from newsdesk.core._config_file import ConfigFile
from newsdesk.core._editions import Editions
from newsdesk.core._evaluating import Evaluating
from newsdesk.core._publishing import Publishing
from newsdesk.core._reading import Reading
from newsdesk.core._runs import Runs
from newsdesk.core._schedules import Schedules
from newsdesk.core._sources import Sources
from newsdesk.progress import Progress


class Newsdesk(Editions, Publishing, Reading, Runs, Schedules, ConfigFile, Sources, Evaluating):
    """newsdesk's one entry point: what the CLI, a web app and workers all call.

    The store is opened on first use and closed by :meth:`close` (or leaving a ``with``
    block); the embedder is made on first use and reused.  ``now`` is the clock of
    everything that asks "what day is it" (default: the real time in UTC); ``progress``
    receives what long stages are doing (default: nothing is shown); ``user`` is who the
    editor's actions are recorded as (default: the OS user).
    """


def open_newsdesk(
    config_path: Path | None,
    *,
    db: str | None = None,
    now: Callable[[], datetime] = utc_now,
    progress: Progress | None = None,
) -> Newsdesk:
    """A :class:`Newsdesk` on a config file (None: the default settings); ``db`` (a path
    or URL, relative to the working directory) overrides its ``store.url``.

    Raises ConfigError when the file is missing or invalid.
    """
    config = load_config(config_path) if config_path is not None else Config()
    url = resolve_store_url(db, Path.cwd()) if db else None
    return Newsdesk(config, store_url=url, now=now, progress=progress)
