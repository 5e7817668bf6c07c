"""A chat-completions endpoint on 127.0.0.1 that answers from a script, for editor tests.

    with ChatServer() as chat:
        chat.script(answer('{"title": "..."}'), failure(503), answer("{}", delay=0.5))
        settings = LLMSettings(base_url=chat.base_url, ...)
        ...
        assert chat.bodies[0]["model"] == "test-model"

Answers are given in order, one per request; a request beyond the script gets a 500 that
says so.  A request with ``"stream": true`` gets a 200 answer as server-sent events, its
content in :data:`STREAM_PIECES` pieces with the delay spread between them, as a local
model generates; a client that hangs up part-way is counted in ``abandoned``.
:class:`MemoryCache` is a :class:`ReplyCache` in a dict.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any

from newsdesk.demo._server import LocalServer, Reply, Request

#: Pieces a streamed answer is sent in.
STREAM_PIECES = 10


@dataclass(frozen=True)
class Scripted:
    """One answer: an HTTP status, headers and body, sent after ``delay`` seconds."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def answer(
    content: str,
    *,
    tokens_in: int = 10,
    tokens_out: int = 5,
    finish_reason: str = "stop",
    delay: float = 0.0,
) -> Scripted:
    """A 200 chat completion whose message is ``content``."""
    completion = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1778720400,
        "model": "scripted",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": tokens_in,
            "completion_tokens": tokens_out,
            "total_tokens": tokens_in + tokens_out,
        },
    }
    return Scripted(
        200, json.dumps(completion).encode(), {"Content-Type": "application/json"}, delay
    )


def failure(
    status: int,
    message: str = "",
    *,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> Scripted:
    """An error in the OpenAI shape: ``{"error": {"message", "type", "code"}}``."""
    error = {"message": message, "type": "test_error", "code": code}
    body = json.dumps({"error": error}).encode()
    return Scripted(status, body, {"Content-Type": "application/json"} | (headers or {}))


class MemoryCache:
    """A :class:`ReplyCache` in a dict: ``replies[key]`` is what was put."""

    def __init__(self) -> None:
        self.replies: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.replies.get(key)

    def put(self, key: str, model: str, reply: str, tokens_in: int, tokens_out: int) -> None:
        self.replies[key] = reply


class ChatServer:
    """``POST {base_url}/chat/completions`` answered from :meth:`script`."""

    def __init__(self) -> None:
        self._script: deque[Scripted] = deque()
        self._lock = threading.Lock()
        self._in_flight = 0
        #: The most requests it was answering at once.
        self.most_in_flight = 0
        #: Streamed answers the client hung up on before their end.
        self.abandoned = 0
        self._server = LocalServer({"/v1/chat/completions": self._answer})

    @property
    def base_url(self) -> str:
        return self._server.url("/v1")

    @property
    def requests(self) -> list[Request]:
        """Every request received, in order (headers lower-cased)."""
        return self._server.requests

    def await_requests(self, count: int, within: float = 5.0) -> list[Request]:
        """The requests once ``count`` have arrived: a client that gave up on a slow answer
        may hang up before the server's thread has read what it sent."""
        deadline = time.monotonic() + within
        while len(self._server.requests) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self._server.requests

    @property
    def bodies(self) -> list[dict[str, Any]]:
        """The JSON body of every request: model, messages, temperature..."""
        return [json.loads(r.body) for r in self._server.requests]

    def script(self, *answers: Scripted) -> None:
        """Queue answers for the next requests."""
        self._script.extend(answers)

    def _answer(self, request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        with self._lock:
            scripted = self._script.popleft() if self._script else None
            self._in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self._in_flight)
        try:
            if scripted is None:
                return Reply(500, b'{"error": {"message": "the test script has no answer left"}}')
            if scripted.status == 200 and json.loads(request.body).get("stream"):
                self._stream(scripted, handler)
                return None
            time.sleep(scripted.delay)
            return Reply(scripted.status, scripted.body, scripted.headers)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _stream(self, scripted: Scripted, handler: BaseHTTPRequestHandler) -> None:
        """The answer as server-sent events: content pieces, the finish, the usage."""
        completion = json.loads(scripted.body)
        [choice] = completion["choices"]
        content = choice["message"]["content"]
        size = -(-len(content) // STREAM_PIECES) or 1
        pieces = [content[i : i + size] for i in range(0, len(content), size)]
        head = {k: completion[k] for k in ("id", "created", "model")}
        head["object"] = "chat.completion.chunk"
        events = [
            head | {"choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
            for p in pieces
        ]
        finish = choice["finish_reason"]
        events.append(head | {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        events.append(head | {"choices": [], "usage": completion["usage"]})
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            for event in events:
                time.sleep(scripted.delay / STREAM_PIECES)
                handler.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                handler.wfile.flush()
            handler.wfile.write(b"data: [DONE]\n\n")
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            with self._lock:
                self.abandoned += 1

    def __enter__(self) -> ChatServer:
        self._server.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.stop()
