"""Every page and resource of the desk answers ``HEAD``: the ``GET`` answer, status and
headers, without the body (RFC 9110 §9.3.2).  FastAPI's routes answer only the methods
they name, so an uptime checker or a link checker asking ``HEAD /`` got 405."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["AnswerHead"]


class AnswerHead:
    """Ask the app with ``GET`` and send on what it answers, less the body.  Not under
    ``/mcp``, whose ``GET`` opens a stream that a ``HEAD`` would hold open."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD" or scope["path"].startswith("/mcp"):
            await self.app(scope, receive, send)
            return

        async def bodiless(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # a copy: the server still sees HEAD in its own scope, and sends no body either
        await self.app({**scope, "method": "GET"}, receive, bodiless)
