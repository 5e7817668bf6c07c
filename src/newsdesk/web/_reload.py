"""The desk server reads its config file again when it changed: the command line, or
its owner's editor, and the server change one list of sources, the file."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from newsdesk.config import Config
from newsdesk.core import Newsdesk

__all__ = ["ReloadConfig", "read_again", "watching"]

log = logging.getLogger("newsdesk")


def watching(config: Config) -> str:
    """What the scheduler watches, as the server's log says it."""
    watched = ", ".join(d.name for d in config.digests if d.schedule)
    if watched:
        return f"The scheduler is watching {watched}"
    return "The scheduler is watching no digest (none has a schedule)"


def read_again(desk: Newsdesk) -> bool:
    """Read the desk's config file again if it changed (before each request, and before
    each pass of the scheduler, which no request may come to wake), saying so in the
    log, with what the scheduler watches now when a schedule came or went.  A file saved
    with a mistake is said once, and the desk goes on with the one it had.  The log is
    English, as all of it is (the desk's language is its pages' and alerts')."""
    problem = desk.config_problem
    before = watching(desk.config)
    if desk.reload_config():
        log.info("Read %s again: it was changed", desk.config.path)
        if (now := watching(desk.config)) != before:
            log.info(now)
        return True
    if desk.config_problem and desk.config_problem != problem:
        log.warning("The config file was changed but not read: %s", desk.config_problem)
    return False


class ReloadConfig:
    """Before each request, the desk reads its config file again if another process
    or its owner changed it (:func:`read_again`): the pages and the API show the
    sources the command line sees.  A file saved with a mistake leaves the desk on its
    last good config, and the sources page says why."""

    def __init__(self, app: ASGIApp, desk: Newsdesk) -> None:
        self.app = app
        self.desk = desk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/static/"):
            await run_in_threadpool(read_again, self.desk)
        await self.app(scope, receive, send)
