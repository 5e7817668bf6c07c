"""The desk server reads its config file again when it changed: the command line, or
its owner's editor, and the server change one list of sources, the file."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from newsdesk.core import Newsdesk

__all__ = ["ReloadConfig"]

log = logging.getLogger("newsdesk")


class ReloadConfig:
    """Before each request, the desk reads its config file again if another process
    or its owner changed it (:meth:`~newsdesk.core.Newsdesk.reload_config`): the pages
    and the API show the sources the command line sees.  A file saved with a mistake
    leaves the desk on its last good config, and the sources page says why."""

    def __init__(self, app: ASGIApp, desk: Newsdesk) -> None:
        self.app = app
        self.desk = desk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith("/static/"):
            problem = self.desk.config_problem
            if await run_in_threadpool(self.desk.reload_config):
                log.info("Read %s again: it was changed", self.desk.config.path)
            elif self.desk.config_problem and self.desk.config_problem != problem:
                log.warning(
                    "The config file was changed but not read: %s", self.desk.config_problem
                )
        await self.app(scope, receive, send)
