"""A local server standing in for the Telegram Bot API, for the publisher tests.

Imported as ``from bot_api import ...`` (pytest puts this folder on ``sys.path``).
It answers send, edit and delete as the Bot API does: a new message gets the next id,
an edited one keeps its own.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs

from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.publish.telegram import TelegramChannel, TelegramPublisher

_METHODS = ("sendPhoto", "sendMessage", "editMessageText", "editMessageMedia")


class BotAPI:
    def __init__(self) -> None:
        self.next_id = 100
        self.fail_with: tuple[int, str] | None = None
        #: The ``parameters`` a failure carries (a group's ``migrate_to_chat_id``).
        self.fail_parameters: dict[str, object] | None = None
        #: Answer this many requests, then fail the rest (None: never).
        self.fail_after: int | None = None
        self.answered = 0
        #: Answer this many requests with 429 "retry after ``retry_after``" first.
        self.rate_limited = 0
        self.retry_after = 3
        #: The message ids deleteMessage was asked to delete.
        self.deleted: list[str] = []
        routes = {f"/botTOKEN/{m}": self.answer for m in _METHODS}
        routes["/botTOKEN/deleteMessage"] = self.delete
        self.server = LocalServer(routes)  # type: ignore[arg-type]

    def answer(self, request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        if self.rate_limited:
            self.rate_limited -= 1
            body = {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {self.retry_after}",
                "parameters": {"retry_after": self.retry_after},
            }
            return Reply(429, json.dumps(body).encode())
        if self.fail_after is not None and self.answered >= self.fail_after:
            body = {"ok": False, "error_code": 500, "description": "Internal Server Error"}
            return Reply(500, json.dumps(body).encode())
        self.answered += 1
        if self.fail_with is not None:
            status, description = self.fail_with
            body = {"ok": False, "error_code": status, "description": description}
            if self.fail_parameters is not None:
                body["parameters"] = self.fail_parameters
            return Reply(status, json.dumps(body).encode())
        fields = form(request)
        if "message_id" in fields:
            return ok({"message_id": int(fields["message_id"])})
        self.next_id += 1
        return ok({"message_id": self.next_id})

    def delete(self, request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        self.deleted.append(form(request)["message_id"])
        return ok(True)

    @property
    def calls(self) -> list[str]:
        """The Bot API methods asked for, in order."""
        return [r.path.rsplit("/", 1)[1] for r in self.server.requests]


def ok(result: object) -> Reply:
    body = json.dumps({"ok": True, "result": result}).encode()
    return Reply(200, body, {"Content-Type": "application/json"})


def form(request: Request) -> dict[str, str]:
    """The request's fields (of a multipart one, the plain ones: not the photo)."""
    if request.headers.get("content-type", "").startswith("multipart/"):
        fields = re.findall(rb'name="(\w+)"\r\n\r\n([^\r]*)\r\n', request.body)
        return {name.decode(): value.decode() for name, value in fields}
    return {k: v[0] for k, v in parse_qs(request.body.decode()).items()}


def telegram(api: BotAPI, sleep: Callable[[float], None] = time.sleep) -> TelegramPublisher:
    config = TelegramChannel(
        id="tg", kind="telegram", bot_token="TOKEN", chat_id="@ai_daily_test",
        api_base=api.server.url(""),
    )  # fmt: skip
    return TelegramPublisher(config, sleep=sleep)
