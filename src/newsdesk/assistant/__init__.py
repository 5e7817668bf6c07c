"""newsdesk for an assistant: an MCP server over a :class:`~newsdesk.Newsdesk`.

:func:`make_server` builds it (read-only tools and resources); :func:`serve_stdio` runs
it on stdin and stdout (``newsdesk mcp``); :func:`mcp_http` gives it as streamable HTTP
for ``newsdesk serve`` to answer at ``/mcp``.  The package is not called ``mcp`` so
that it never stands in for the SDK of that name.
"""

from __future__ import annotations

from newsdesk.assistant._http import McpHttp, mcp_http
from newsdesk.assistant._server import INSTRUCTIONS, make_server
from newsdesk.core import Newsdesk


def serve_stdio(desk: Newsdesk) -> None:
    """Answer MCP on stdin and stdout until the client closes stdin.

    The store is opened first, so a store that cannot be read (an older schema) fails
    here with what to do, not in the assistant's first question.
    """
    desk.store  # noqa: B018 -- reading the property opens the store
    make_server(desk).run("stdio")


__all__ = ["INSTRUCTIONS", "McpHttp", "make_server", "mcp_http", "serve_stdio"]
