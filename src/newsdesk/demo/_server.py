"""A small threaded HTTP server on 127.0.0.1 that serves canned or computed responses.

The demo serves the sample day with it; the tests use it to play broken servers.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    """One response: status, headers and body."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """What the server received (for assertions in tests)."""

    path: str
    headers: dict[str, str]
    #: "GET" or "POST".
    method: str = "GET"
    #: The request body (POST).
    body: bytes = b""


#: A route is a fixed reply or a function of the request (and may also write itself).
Handler = Callable[[Request, BaseHTTPRequestHandler], Reply | None]
Route = Reply | Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a fetch that gave up on a slow body) is not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LocalServer:
    """``with LocalServer(routes) as server: server.url("/feed.xml")``."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._answer(b"")

            def do_POST(self) -> None:
                self._answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _answer(self, body: bytes) -> None:
                request = Request(
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    self.command,
                    body,
                )
                outer.requests.append(request)
                route = outer.routes.get(self.path) or outer.routes.get(urlsplit(self.path).path)
                if route is None:
                    reply: Reply | None = Reply(404, b"not found", {"Content-Type": "text/plain"})
                elif isinstance(route, Reply):
                    reply = route
                else:
                    reply = route(request, self)
                if reply is not None:
                    self._send(reply)

            def _send(self, reply: Reply) -> None:
                self.send_response(reply.status)
                headers = {"Content-Length": str(len(reply.body))} | reply.headers
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        # Another loopback address (127.0.0.2) plays a second machine in the guard's tests.
        self._httpd = _QuietServer((host, 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
