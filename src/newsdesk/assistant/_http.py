"""The MCP server over streamable HTTP, for ``newsdesk serve`` to answer at ``/mcp``.

Stateless, with JSON replies: every request stands alone, so nothing is lost when the
server restarts and any worker can answer.  The SDK's session manager must still run
while requests are served; a host app runs it in its own lifespan, because Starlette
never runs the lifespan of an app mounted inside another.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from mcp.server.mcpserver import MCPServer
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from newsdesk.assistant._server import make_server
from newsdesk.core import Newsdesk

#: A host app's check of who may read: raises HTTPException to refuse a request.
Guard = Callable[[Request], object]


class _Guarded:
    """An ASGI app behind a host's guard: a request the guard refuses is answered with
    its status and message (``{"detail": ...}``, as FastAPI words its errors) and never
    reaches the app."""

    def __init__(self, app: ASGIApp, guard: Guard | None) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.guard is not None and scope["type"] == "http":
            try:
                await run_in_threadpool(self.guard, Request(scope, receive))
            except HTTPException as refused:
                answer = JSONResponse(
                    {"detail": refused.detail}, refused.status_code, headers=refused.headers
                )
                await answer(scope, receive, send)
                return
        await self.app(scope, receive, send)


@dataclass(frozen=True)
class McpHttp:
    """The MCP server on HTTP: an app of its own, or routes and a lifespan for a host.

    A host app (``create_app``) adds :attr:`routes` to its own and enters
    :meth:`running` in its lifespan::

        mcp = mcp_http(desk, host=host, guard=reader)

        @asynccontextmanager
        async def lifespan(app: FastAPI) -> AsyncIterator[None]:
            async with mcp.running():
                yield

        api = FastAPI(lifespan=lifespan)
        api.router.routes.extend(mcp.routes)

    Alone, :attr:`app` is served as it is (its lifespan runs the same manager).  Use one
    or the other: the session manager runs once.
    """

    #: The server the endpoint answers for.
    server: MCPServer
    #: A Starlette app answering MCP at the path, running the session manager itself.
    app: Starlette
    #: The route answering MCP at the path (POST, GET and DELETE), behind the guard.
    route: Route

    @property
    def routes(self) -> list[BaseRoute]:
        """The endpoint's routes, for a host app to add to its own."""
        return [self.route]

    def running(self) -> AbstractAsyncContextManager[None]:
        """The SDK's session manager, to enter for as long as the host app serves."""
        return self.server.session_manager.run()


def mcp_http(
    desk: Newsdesk, *, host: str = "127.0.0.1", path: str = "/mcp", guard: Guard | None = None
) -> McpHttp:
    """The MCP server of :func:`make_server` over streamable HTTP at ``path``.

    ``host`` is the address the app listens on: on loopback, requests whose ``Host`` or
    ``Origin`` is not loopback are refused (a web page cannot reach the desk through DNS
    rebinding).  ``guard`` is the host app's check of who may read (the web app's
    ``reader``), run before each request on a worker thread: what it refuses with an
    ``HTTPException`` is answered with that status and message.  It guards the host's
    :attr:`McpHttp.routes`; :attr:`McpHttp.app` alone is unguarded.

    .. versionadded:: 0.1.0
    """
    server = make_server(desk)
    app = server.streamable_http_app(
        streamable_http_path=path, stateless_http=True, json_response=True, host=host
    )
    return McpHttp(server, app, Route(path, _Guarded(app, guard), name="mcp"))
