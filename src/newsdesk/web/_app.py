"""The desk server's app: one :class:`~newsdesk.core.Newsdesk`, the JSON API under
``/api/v1``, the MCP endpoint at ``/mcp``, the scheduler, and the health and readiness
endpoints.

FastAPI, on uvicorn: the API is described by OpenAPI from the same pydantic models that
check every response, and it is Starlette underneath, as the MCP SDK's streamable HTTP
app is, so both mount in one process.  The core is synchronous where it works (SQL, the
stages, an LLM call made with ``asyncio.run``), so every endpoint is a plain function,
which FastAPI runs in a worker thread: the event loop never waits on the store.  The
store's engine is a pool of connections (SQLite opened with ``check_same_thread`` off,
which SQLAlchemy does for a file database), so those threads share it safely.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from html import escape
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from newsdesk import __version__
from newsdesk._command import command, hints_for_anywhere
from newsdesk.assistant import mcp_http
from newsdesk.core import Newsdesk
from newsdesk.exceptions import (
    AccountError,
    BusyError,
    ConfigError,
    EditionError,
    LLMError,
    NewsdeskError,
    NotFoundError,
    RunningError,
    StoreError,
)
from newsdesk.schedule import Scheduler
from newsdesk.web._api import error_said, error_words, router
from newsdesk.web._apidocs import install_api_docs
from newsdesk.web._auth import install_auth, newsroom
from newsdesk.web._head import AnswerHead
from newsdesk.web._pages import install_pages
from newsdesk.web._reload import ReloadConfig, read_again, watching
from newsdesk.web._schemas import AliveOut, ErrorOut, ReadyOut
from newsdesk.web._strings import fill, page_language, strings

log = logging.getLogger("newsdesk")

#: The HTTP status of each error the core raises on purpose, most specific first.
STATUS: tuple[tuple[type[NewsdeskError], int], ...] = (
    (NotFoundError, 404),
    (EditionError, 409),
    (RunningError, 409),
    (BusyError, 409),
    (ConfigError, 400),
    (AccountError, 400),
    (LLMError, 502),
    (StoreError, 503),
    (NewsdeskError, 500),
)


def status_of(err: NewsdeskError) -> int:
    """The HTTP status that answers a core error."""
    return next(code for kind, code in STATUS if isinstance(err, kind))


def _error(desk: Newsdesk, status: int, message: str, *, store: bool = False) -> JSONResponse:
    """An error answer: ``error`` in English for scripts (in the API's terms, not the
    CLI's), ``error_said`` in the desk's language for its pages; one of the ``store``
    says so first, as its words are the database driver's."""
    said = error_said(desk, message) or message
    if store:
        said = fill(strings(page_language(desk.config))["error.store"], {"error": said})
    return JSONResponse(
        {"error": error_words(desk, message), "error_said": said}, status_code=status
    )


def _problem(error: Mapping[str, Any]) -> str:
    """One thing wrong with a request, in words: where, and what (a date that is not
    one is shown as given, with the form it needs)."""
    where = ".".join(str(p) for p in error["loc"] if p != "body") or "body"
    if str(error["type"]).startswith("date"):
        why = error.get("ctx", {}).get("error", "")
        return (
            f"{where}: {error['input']!r} is not a date; give it as YYYY-MM-DD, as in "
            f"2026-05-14" + (f" ({why})" if why else "")
        )
    return f"{where}: {error['msg']}"


def _page_error(errors: Sequence[Mapping[str, Any]], language: str) -> HTMLResponse:
    """What a browser gets for a page address it cannot be shown: the problem in the
    page's language, and the way back to the desk."""
    table = strings(language)
    words = "; ".join(
        fill(table["bad_address.value"], {
            "where": ".".join(str(p) for p in e["loc"]), "value": e.get("input", ""),
            "why": e["msg"],
        })
        for e in errors
    )  # fmt: skip
    return _error_page(words, language, 400)


def _no_page(path: str, language: str) -> HTMLResponse:
    """What a browser gets for an address the desk has no page at (a mistyped one): not
    the API's JSON, but the page's words and the way back."""
    return _error_page(fill(strings(language)["bad_address.none"], {"path": path}), language, 404)


def _error_page(words: str, language: str, status: int) -> HTMLResponse:
    table = strings(language)
    title = escape(table["bad_address.title"])
    body = (
        f'<!doctype html><html lang="{"zh-CN" if language == "zh" else "en"}"><head>'
        f'<meta charset="utf-8"><title>newsdesk: {title}</title>'
        '<link rel="stylesheet" href="/static/desk.css"></head><body>'
        f'<main><h1>{title}</h1><p class="notice">{escape(words)}</p>'
        f'<p><a href="/review">{escape(table["bad_address.back"])}</a></p></main></body></html>'
    )
    return HTMLResponse(body, status_code=status)


def _page_address(request: Request) -> bool:
    """An address among the desk's pages, whose errors are pages in the desk's words: not
    the API, the MCP endpoint or a static file, whose callers read JSON."""
    return not request.url.path.startswith(("/api/", "/mcp", "/static/"))


def create_app(desk: Newsdesk, *, host: str = "127.0.0.1") -> FastAPI:
    """The desk server's app on ``desk``, to be served on ``host``: the review desk's
    pages, the JSON API, the MCP endpoint at ``/mcp`` (read-only, behind the same access
    rules), ``/healthz`` and ``/readyz``.

    Making it opens the store (a new one is created at the newest schema; the access
    rules keep their key there), so a store it cannot use raises StoreError saying
    what to do (``newsdesk db upgrade``) before anything listens; ``/readyz`` says when
    it stops being usable while serving; from then on this process's hints name paths
    in full (:func:`~newsdesk._command.hints_for_anywhere`).  Running it runs MCP's
    session manager and the scheduler (each digest's ``schedule``); stopping it lets a
    scheduled run and a run it started finish, then closes the desk.
    """
    hints_for_anywhere()  # its pages' and its scheduler's hints are pasted elsewhere
    mcp = mcp_http(desk, host=host, guard=newsroom)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = asyncio.Event()
        watcher = Scheduler(desk, before_pass=lambda: read_again(desk))
        log.info(watching(desk.config))
        silent = [n for n in watcher.scheduled() if not desk.config.digest(n).publish]
        if silent:  # its runs would look published; `publish` refuses it
            log.warning(
                "No channel for %s: its scheduled runs put each edition on the site and "
                "send nothing (on-site); add one under its `publish:` in the config (see "
                "docs/configuration.md)",
                ", ".join(silent),
            )
        scheduler = asyncio.create_task(watcher.serve(stop))
        try:
            async with mcp.running():
                yield
        finally:
            stop.set()
            await scheduler  # a scheduled run in progress finishes first
            if desk.running() is not None:
                log.warning("Waiting for run %s to finish before stopping", desk.running())
            await run_in_threadpool(desk.wait_for_runs)
            desk.close()
            log.info("The server has stopped")

    app = FastAPI(
        title="newsdesk",
        version=__version__,
        summary="The newsroom's JSON API: digests and their editions, every editor's "
        "action, stories, sources, runs and the archive.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # FastAPI's page loads from a CDN: ours works offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.desk = desk
    app.add_middleware(ReloadConfig, desk=desk)
    install_auth(app, desk)

    @app.exception_handler(NewsdeskError)
    async def newsdesk_error(request: Request, err: NewsdeskError) -> JSONResponse:
        status = status_of(err)
        return _error(desk, status, str(err), store=status == 503)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> Response:
        # an address the desk has no route for is a page only when a browser asks for one
        browser = "text/html" in request.headers.get("accept", "")
        if (
            err.status_code == 404
            and err.detail == "Not Found"
            and browser
            and _page_address(request)
        ):
            return _no_page(request.url.path, page_language(desk.config))
        response = _error(desk, err.status_code, str(err.detail))
        response.headers.update(err.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, err: RequestValidationError) -> Response:
        if _page_address(request):
            return _page_error(err.errors(), page_language(desk.config))
        return _error(desk, 422, "; ".join(_problem(e) for e in err.errors()))

    @app.get("/healthz", response_model=AliveOut, tags=["health"])
    def healthz() -> AliveOut:
        """The process is up."""
        return AliveOut()

    @app.get(
        "/readyz",
        response_model=ReadyOut,
        responses={503: {"model": ErrorOut, "description": "the store is not ready"}},
        tags=["health"],
    )
    def readyz() -> ReadyOut | JSONResponse:
        """The store answers and its schema is the one this newsdesk needs."""
        try:
            status = desk.db_status()
        except NewsdeskError as err:
            return _error(desk, 503, str(err), store=True)
        if status.newer or status.current != status.head:
            found = status.current or "none"
            what = "Install the newer newsdesk" if status.newer else f"Run `{command()} db upgrade`"
            return _error(
                desk,
                503,
                f"The store has schema {found}; this newsdesk needs {status.head}. {what}.",
            )
        return ReadyOut(revision=status.head)

    app.include_router(router, prefix="/api/v1")
    app.router.routes.extend(mcp.routes)
    install_api_docs(app)
    install_pages(app)
    app.add_middleware(AnswerHead)  # outermost: HEAD is GET for every layer within
    return app
