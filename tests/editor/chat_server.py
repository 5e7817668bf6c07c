"""A chat-completions endpoint on 127.0.0.1 that answers from a script, for editor tests.

    with ChatServer() as chat:
        chat.script(answer('{"title": "..."}'), failure(503), answer("{}", delay=0.5))
        settings = LLMSettings(base_url=chat.base_url, ...)
        ...
        assert chat.bodies[0]["model"] == "test-model"

Answers are given in order, one per request; a request beyond the script gets a 500 that
says so.  :class:`MemoryCache` is a :class:`ReplyCache` in a dict.
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
            time.sleep(scripted.delay)
            return Reply(scripted.status, scripted.body, scripted.headers)
        finally:
            with self._lock:
                self._in_flight -= 1

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
