"""The MCP server over streamable HTTP, for ``newsdesk serve`` to answer at ``/mcp``.

Stateless, with JSON replies: every request stands alone, so nothing is lost when the
server restarts and any worker can answer.  The SDK's session manager must still run
while requests are served; a host app runs it in its own lifespan, because Starlette
never runs the lifespan of an app mounted inside another.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from mcp.server.mcpserver import MCPServer
from starlette.applications import Starlette
from starlette.routing import BaseRoute

from newsdesk.assistant._server import make_server
from newsdesk.core import Newsdesk


@dataclass(frozen=True)
class McpHttp:
    """The MCP server on HTTP: an app of its own, or routes and a lifespan for a host.

    A host app (``create_app``) adds :attr:`routes` to its own and enters
    :meth:`running` in its lifespan::

        mcp = mcp_http(desk, host=host)

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

    @property
    def routes(self) -> list[BaseRoute]:
        """The route answering MCP at the path (POST, GET and DELETE), for a host app."""
        return list(self.app.routes)

    def running(self) -> AbstractAsyncContextManager[None]:
        """The SDK's session manager, to enter for as long as the host app serves."""
        return self.server.session_manager.run()


def mcp_http(desk: Newsdesk, *, host: str = "127.0.0.1", path: str = "/mcp") -> McpHttp:
    """The MCP server of :func:`make_server` over streamable HTTP at ``path``.

    ``host`` is the address the app listens on: on loopback, requests whose ``Host`` or
    ``Origin`` is not loopback are refused (a web page cannot reach the desk through DNS
    rebinding); beyond loopback the host app's authentication guards it.

    .. versionadded:: 0.1.0
    """
    server = make_server(desk)
    app = server.streamable_http_app(
        streamable_http_path=path, stateless_http=True, json_response=True, host=host
    )
    return McpHttp(server, app)
