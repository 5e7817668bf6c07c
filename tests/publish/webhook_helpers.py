"""A local chat webhook and fictional digests for the webhook tests (written for this project).

Imported as ``from webhook_helpers import ...`` (pytest puts this folder on ``sys.path``).

    with Hook("discord") as hook:
        hook.script(Reply(500, b"boom"))          # the next answers, in order
        WebhookPublisher(channel(hook)).publish(edition())
        hook.bodies[0]["content"]                 # what was posted, as JSON
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from datetime import date
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.model import Digest, DigestEntry, MoreLine, Section, SourceLink
from newsdesk.publish import Edition
from newsdesk.publish.webhooks import WebhookChannel

DAY = date(2026, 5, 14)
LABEL = "AI 日报"
PAGE = "https://daily.example.org/ai-ribao/2026-05-14/"
#: Stands for the credential in a real webhook URL; it must never show in an error.
TOKEN = "fictional-token-0000"
KINDS = ("feishu", "dingtalk", "wecom", "slack", "discord")
_JSON = {"Content-Type": "application/json"}


def ok(kind: str, n: int = 1) -> Reply:
    """What each service answers when it posted the message (Discord: the message)."""
    if kind == "feishu":
        return Reply(200, b'{"code":0,"msg":"success","data":{}}', _JSON)
    if kind in ("dingtalk", "wecom"):
        return Reply(200, b'{"errcode":0,"errmsg":"ok"}', _JSON)
    if kind == "slack":
        return Reply(200, b"ok", {"Content-Type": "text/html"})
    return Reply(200, json.dumps({"id": f"13000000000000000{n:02d}"}).encode(), _JSON)


class Hook:
    """``POST /hook`` answered from :meth:`script`, then with the service's "ok".

    ``delay`` slows every answer; request number ``hold`` (from 1) gets no answer until
    the hook stops, and ``held`` is set when it arrives.
    """

    def __init__(self, kind: str, *, delay: float = 0.0, hold: int | None = None) -> None:
        self.kind = kind
        self.delay = delay
        self.hold = hold
        self.held = threading.Event()
        self._stopping = threading.Event()
        self._script: deque[Reply] = deque()
        self._server = LocalServer({"/hook": self._answer})

    @property
    def url(self) -> str:
        return self._server.url(f"/hook?access_token={TOKEN}")

    @property
    def requests(self) -> list[Request]:
        return self._server.requests

    @property
    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in self.requests]

    def query(self, n: int = 0) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.requests[n].path).query)

    def script(self, *replies: Reply) -> None:
        self._script.extend(replies)

    def _answer(self, request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        n = len(self.requests)
        if n == self.hold:
            self.held.set()
            self._stopping.wait(60)
        time.sleep(self.delay)
        return self._script.popleft() if self._script else ok(self.kind, n)

    def __enter__(self) -> Hook:
        self._server.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._server.stop()


def channel(hook: Hook, secret: str = "") -> WebhookChannel:
    return WebhookChannel(id=f"team-{hook.kind}", kind=hook.kind, url=hook.url, secret=secret)


def story(n: int, *, headline: str = "", url: str = "", summary: str = "") -> DigestEntry:
    url = url or f"https://news{n}.example.cn/a/{n}"
    return DigestEntry(
        story_id=f"s{n}",
        headline=headline or f"星河实验室发布 Lumen-{n} 模型",
        url=url,
        summary=summary or f"星河实验室今日发布 Lumen-{n}，称其推理速度提升 {n} 成。",
        insights=(f"第 {n} 条的解读：开源路线仍在加速。", f"第 {n} 条的影响有待观察。"),
        impact="",
        category="models",
        sources=(SourceLink(f"Lumen-{n} 发布", url, "科技前沿", "zh"),),
        written_by="offline",
    )


def long_summary(n: int) -> str:
    """About 500 characters: 30 such stories need several messages on every service."""
    return (
        f"第 {n} 条摘要。" + "研究团队表示，新模型在推理与代码任务上有明显提升，将分阶段开放。" * 15
    )


def five_leads() -> Digest:
    """Five lead stories of about 500 characters: Discord carries three or so a message."""
    return digest([story(n, summary=long_summary(n)) for n in range(1, 6)])


def digest(
    stories: list[DigestEntry] | None = None,
    *,
    language: str = "zh",
    more: tuple[MoreLine, ...] | None = None,
) -> Digest:
    entries = tuple(stories if stories is not None else [story(1), story(2)])
    return Digest(
        name="ai-ribao",
        day=DAY,
        language=language,
        title="星河实验室连发 Lumen 系列模型",
        bullets=tuple(e.headline for e in entries[:3]),
        sections=(Section("大模型", entries),),
        more=more
        if more is not None
        else (MoreLine("s9", "深言发布 Aster-Code 2", "https://news9.example.cn/a/9", "offline"),),
        tags=("AI",),
        seo=("Lumen",),
    )


def edition(the_digest: Digest | None = None, *, label: str = LABEL, page: str = PAGE) -> Edition:
    return Edition(
        digest=the_digest or digest(),
        markdown={},
        html="",
        cover=None,
        page_url=page,
        label=label,
    )


def hostile() -> Edition:
    """Feed text that tries to inject markup, smuggle links and ping everyone."""
    lead = story(
        1,
        headline="<script>alert(1)</script> @everyone [点我](javascript:alert(1))",
        url="https://evil.example/a) [x](javascript:alert(2))",
        summary="@here 请看 ]( javascript:alert(3)) & <b>粗体</b> <!channel> <@U123>",
    )
    more = (MoreLine("s9", "@all 速看 ](javascript:alert(4))", "javascript:alert(4)", "offline"),)
    return edition(digest([lead], more=more))


def text_of(kind: str, body: dict[str, Any]) -> str:
    """A message's visible text in its markup (Feishu: its tags' texts, line by line)."""
    if kind == "feishu":
        lines = body["content"]["post"]["zh_cn"]["content"]
        return "\n".join("".join(tag["text"] for tag in line) for line in lines)
    if kind == "dingtalk":
        return str(body["markdown"]["text"])
    if kind == "wecom":
        return str(body["markdown"]["content"])
    if kind == "slack":
        return "\n\n".join(block["text"]["text"] for block in body["blocks"])
    return str(body["content"])


def targets(kind: str, body: dict[str, Any]) -> list[str]:
    """Where the message's links point (links the markup really forms, not escaped ones)."""
    if kind == "feishu":
        lines = body["content"]["post"]["zh_cn"]["content"]
        return [tag["href"] for line in lines for tag in line if tag["tag"] == "a"]
    if kind == "slack":
        return re.findall(r"<([^|<>]+)\|", text_of(kind, body))
    return re.findall(r"(?<!\\)\]\(([^)]*)\)", text_of(kind, body))
