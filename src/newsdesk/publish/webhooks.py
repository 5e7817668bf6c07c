"""Chat webhooks: Feishu/Lark, DingTalk, WeCom (企业微信), Slack and Discord.

Each service gets the digest in its own markup — the title and date, each lead story's
headline linked to its source with the summary (and, for the top stories, the insights),
the "更多动态" one-liners, then the page link — split between stories into messages that fit
its size limit.  Every message after the first starts with the digest's label, so keyword
rules such as DingTalk's 自定义关键词 pass on each.  Text from feeds is escaped for the
markup and its @-mentions are defused, so a headline can neither ping a group nor smuggle in
a link.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from newsdesk.config import WebhookChannel
from newsdesk.publish._base import Edition, PublishError, split_blocks
from newsdesk.render import web_link, words_for

#: Seconds a webhook has to answer one message.
TIMEOUT = 20.0
#: Lead stories whose insights go in; the rest get headline and summary (chat stays short).
INSIGHT_STORIES = 3
#: Feishu/Lark custom bot: "请求体大小不能超过 20k" (open.feishu.cn, 自定义机器人使用指南);
#: counted on the JSON body as sent.
FEISHU_BODY_BYTES = 20_000
#: DingTalk custom robot: "body 大小不合法 … 请保持大小在 20000bytes 以内" (the robot's own
#: error); counted on the JSON body as sent.
DINGTALK_BODY_BYTES = 20_000
#: WeCom group robot: markdown.content "最长不超过 4096 个字节，必须是 utf8 编码"
#: (developer.work.weixin.qq.com/document/path/91770) — bytes, so 汉字 count three.
WECOM_CONTENT_BYTES = 4096
#: Slack Block Kit: a section's text holds at most 3000 characters, a header's 150
#: (docs.slack.dev/reference/block-kit/blocks).
SLACK_SECTION_CHARS = 3000
SLACK_HEADER_CHARS = 150
#: Slack refuses messages whose blocks hold much more than ~13,000 characters in all
#: (``msg_blocks_too_long``, slackapi/bolt-js#2509).  Sections are packed to 3000, so a
#: message has at most nine blocks, far from Slack's 50.
SLACK_MESSAGE_CHARS = 12_000
#: Discord execute webhook: ``content`` is at most 2000 characters
#: (discord.com/developers/docs/resources/webhook#execute-webhook).
DISCORD_CONTENT_CHARS = 2000
#: Longest wait honoured when a service answers 429 with Retry-After (one retry).
MAX_RETRY_WAIT = 60.0

_ZERO_WIDTH_SPACE = "\u200b"
#: Splits Slack messages into their sections (feed text never holds it: see _plain).
_SECTION_BREAK = "\x1e"
#: Any run of whitespace, line and record separators included.
_WHITESPACE = re.compile(r"\s+")
_LINK_TOKEN = re.compile(r"<(https?://[^|<>\s]*)\|([^<>]*)>")
_SLACK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_DISCORD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\*_~`|<>[]"})
#: DingTalk's and WeCom's Markdown honour no backslash escapes; full-width look alike.
_FULL_WIDTH = str.maketrans({"[": "［", "]": "］", "<": "＜", ">": "＞"})
#: Characters left as they are in link targets; the rest (spaces, brackets, quotes,
#: pipes, non-ASCII) are percent-encoded so they cannot end the link.


@dataclass(frozen=True, slots=True)
class _Span:
    """A run of feed or fixed text, linked when ``url`` is set."""

    text: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of a message."""

    spans: tuple[_Span, ...]
    #: A headline: bold, or a heading where the markup has them.
    strong: bool = False


#: One story (or the title, the one-liners, the page link): never split across messages
#: unless it alone exceeds the limit.
_Block = tuple[_Line, ...]


def _plain(text: str) -> str:
    """Feed text on one line, without control or invisible format characters, and with a
    zero-width space after every @ so no @everyone, @here or @all can ping."""
    visible = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    return _WHITESPACE.sub(" ", visible).replace("@", "@" + _ZERO_WIDTH_SPACE)


def _outline(edition: Edition) -> list[_Block]:
    """The digest as blocks of lines, before any markup."""
    digest = edition.digest
    words = words_for(digest.language)
    more, page = words.more, words.full
    blocks: list[_Block] = [(_Line((_Span(digest.title),)),)]
    for n, entry in enumerate(digest.entries):
        lines = [_Line((_Span(entry.headline, entry.url),), strong=True)]
        if entry.summary:
            lines.append(_Line((_Span(entry.summary),)))
        if n < INSIGHT_STORIES:
            lines += [_Line((_Span(f"• {insight}"),)) for insight in entry.insights]
        blocks.append(tuple(lines))
    if digest.more:
        one_liners = [_Line((_Span("• "), _Span(m.text, m.url))) for m in digest.more]
        blocks.append((_Line((_Span(more),), strong=True), *one_liners))
    if edition.page_url:
        blocks.append((_Line((_Span(page, edition.page_url),)),))
    return blocks


class _Refused(Exception):
    """The service said no (an HTTP error or an error code); ``str()`` is what it said."""


class _Format(ABC):
    """One service's markup, message shape, size measure and answer."""

    #: Display name in messages for the user.
    name: ClassVar[str]
    #: The most a message may measure, in the unit of :meth:`size`.
    budget: ClassVar[int]
    #: What to check when the service refuses.
    hint: ClassVar[str]
    #: Between the lines of a story, and between stories.
    line_break: ClassVar[str] = "\n"
    joiner: ClassVar[str] = "\n\n"

    def __init__(self, secret: str, clock: Callable[[], float]) -> None:
        self.secret = secret
        self.clock = clock

    @abstractmethod
    def escape(self, text: str) -> str:
        """Feed text made inert in this markup (it has been through :func:`_plain`)."""

    def link(self, text: str, url: str) -> str:
        return f"[{text}]({url})"

    def strong(self, text: str) -> str:
        return f"**{text}**"

    def render(self, block: _Block) -> str:
        return self.line_break.join(self._line(line) for line in block)

    def _line(self, line: _Line) -> str:
        parts = []
        for span in line.spans:
            text, url = self.escape(_plain(span.text)), web_link(span.url)
            parts.append(self.link(text, url) if url else text)
        return self.strong("".join(parts)) if line.strong else "".join(parts)

    def pieces(self, blocks: list[str]) -> list[str]:
        """What messages are packed from (Slack packs stories into sections first)."""
        return blocks

    @abstractmethod
    def body(self, text: str, heading: str) -> dict[str, Any]:
        """The JSON to post for one message: ``text`` (packed blocks) under ``heading``."""

    def size(self, body: dict[str, Any]) -> int:
        return len(_encode(body))

    def params(self) -> dict[str, str]:
        """Query parameters added to the webhook URL for each request."""
        return {}

    def answer(self, response: httpx.Response) -> str | None:
        """The message id the service gave, if any; raises :class:`_Refused`."""
        return None


class _Feishu(_Format):
    """``post`` rich text: lines of ``text`` and ``a`` tags.  Stories are first written with
    Slack's ``<url|text>`` tokens so they can be split as text, then read back into tags."""

    name = "Feishu"
    budget = FEISHU_BODY_BYTES
    hint = (
        "Check the webhook URL, the secret (签名校验) and the bot's other security settings: "
        "with 自定义关键词 every message must contain a keyword, e.g. the label {label!r}."
    )

    def escape(self, text: str) -> str:
        return text.translate(_SLACK_ESCAPES)

    def link(self, text: str, url: str) -> str:
        return f"<{url}|{text}>"

    def strong(self, text: str) -> str:
        return text

    def body(self, text: str, heading: str) -> dict[str, Any]:
        lines = [_tags(line) for line in text.split("\n")]
        post = {"zh_cn": {"title": heading, "content": lines}}
        body: dict[str, Any] = {"msg_type": "post", "content": {"post": post}}
        if self.secret:
            timestamp = str(int(self.clock()))
            key = f"{timestamp}\n{self.secret}".encode()
            sign = base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()
            body = {"timestamp": timestamp, "sign": sign, **body}
        return body

    def answer(self, response: httpx.Response) -> str | None:
        reply = _json(response)
        if reply.get("code") != 0:
            raise _Refused(f"code {reply.get('code')}, {reply.get('msg', '')}")
        return None


def _tags(line: str) -> list[dict[str, str]]:
    """A line of ``<url|text>`` tokens and escaped text as Feishu post tags (a token cut
    in two by an over-long story stays plain text)."""
    parts = _LINK_TOKEN.split(line)
    tags = []
    for i in range(0, len(parts), 3):
        if parts[i]:
            tags.append({"tag": "text", "text": _unescape(parts[i])})
        if i + 1 < len(parts):
            tags.append({"tag": "a", "text": _unescape(parts[i + 2]), "href": parts[i + 1]})
    return tags or [{"tag": "text", "text": ""}]


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class _DingTalk(_Format):
    """``markdown``; the title shows in notifications only, so the text repeats it.  A single
    newline does not break a line in DingTalk, hence the blank lines."""

    name = "DingTalk"
    budget = DINGTALK_BODY_BYTES
    hint = (
        "Check the webhook URL (access_token), the secret (加签, starts with SEC) and the "
        "robot's 安全设置: with 自定义关键词 every message must contain one of the keywords, "
        "e.g. the label {label!r} that starts each message."
    )
    line_break = "\n\n"

    def escape(self, text: str) -> str:
        return text.translate(_FULL_WIDTH)

    def strong(self, text: str) -> str:
        return f"#### {text}"

    def body(self, text: str, heading: str) -> dict[str, Any]:
        title = self.escape(heading)
        return {
            "msgtype": "markdown",
            "markdown": {"title": title, "text": f"### {title}\n\n{text}"},
        }

    def params(self) -> dict[str, str]:
        if not self.secret:
            return {}
        timestamp = str(round(self.clock() * 1000))
        signed = hmac.new(
            self.secret.encode(), f"{timestamp}\n{self.secret}".encode(), hashlib.sha256
        )
        return {"timestamp": timestamp, "sign": base64.b64encode(signed.digest()).decode()}

    def answer(self, response: httpx.Response) -> str | None:
        _check_errcode(response)
        return None


class _WeCom(_Format):
    """``markdown``, its content measured in UTF-8 bytes."""

    name = "WeCom"
    budget = WECOM_CONTENT_BYTES
    hint = "Check the webhook URL (its key=…) in the group robot's settings."

    def escape(self, text: str) -> str:
        return text.translate(_FULL_WIDTH)

    def body(self, text: str, heading: str) -> dict[str, Any]:
        content = f"### {self.escape(heading)}\n{text}"
        return {"msgtype": "markdown", "markdown": {"content": content}}

    def size(self, body: dict[str, Any]) -> int:
        return len(body["markdown"]["content"].encode())

    def answer(self, response: httpx.Response) -> str | None:
        _check_errcode(response)
        return None


class _Slack(_Format):
    """Block Kit: a header, then ``mrkdwn`` sections each holding whole stories."""

    name = "Slack"
    budget = SLACK_MESSAGE_CHARS
    hint = (
        "Check the webhook URL; Slack turns it off when the app is removed or the channel archived."
    )
    joiner = _SECTION_BREAK

    def escape(self, text: str) -> str:
        return text.translate(_SLACK_ESCAPES)

    def link(self, text: str, url: str) -> str:
        return f"<{url}|{text}>"

    def strong(self, text: str) -> str:
        return f"*{text}*"

    def pieces(self, blocks: list[str]) -> list[str]:
        return split_blocks(blocks, SLACK_SECTION_CHARS)

    def body(self, text: str, heading: str) -> dict[str, Any]:
        header = {"type": "plain_text", "text": heading[:SLACK_HEADER_CHARS]}
        sections = [
            {"type": "section", "text": {"type": "mrkdwn", "text": section}}
            for section in text.split(_SECTION_BREAK)
        ]
        blocks = [{"type": "header", "text": header}, *sections]
        return {"text": self.escape(heading), "blocks": blocks}

    def size(self, body: dict[str, Any]) -> int:
        return sum(len(block["text"]["text"]) for block in body["blocks"])


class _Discord(_Format):
    """``content`` Markdown; ``?wait=true`` so the answer carries the message id."""

    name = "Discord"
    budget = DISCORD_CONTENT_CHARS
    hint = (
        "Check the webhook URL; it stops working when the webhook is deleted in the "
        "channel's settings."
    )

    def escape(self, text: str) -> str:
        return text.translate(_DISCORD_ESCAPES)

    def body(self, text: str, heading: str) -> dict[str, Any]:
        return {
            "content": f"**{self.escape(heading)}**\n{text}",
            # No @everyone, @here, role or user pings, whatever the text says.
            "allowed_mentions": {"parse": []},
            # SUPPRESS_EMBEDS: a dozen link previews would bury the digest.
            "flags": 4,
        }

    def size(self, body: dict[str, Any]) -> int:
        return len(body["content"])

    def params(self) -> dict[str, str]:
        return {"wait": "true"}

    def answer(self, response: httpx.Response) -> str | None:
        """With ``wait=true`` the answer is the message; a 204 (no body) carries no id."""
        if not response.content:
            return None
        message_id = _json(response).get("id")
        return str(message_id) if message_id else None


_FORMATS: dict[str, type[_Format]] = {
    "feishu": _Feishu,
    "dingtalk": _DingTalk,
    "wecom": _WeCom,
    "slack": _Slack,
    "discord": _Discord,
}


def _encode(body: dict[str, Any]) -> bytes:
    """The JSON as sent: UTF-8, not ``\\uXXXX`` escapes that would triple 汉字's size."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        reply = response.json()
    except ValueError as err:
        raise _Refused(f"an answer that is not JSON: {response.text[:200]!r}") from err
    if not isinstance(reply, dict):
        raise _Refused(f"an unexpected answer: {response.text[:200]!r}")
    return reply


def _check_errcode(response: httpx.Response) -> None:
    """DingTalk and WeCom: ``{"errcode": 0, "errmsg": "ok"}`` on success."""
    reply = _json(response)
    if reply.get("errcode") != 0:
        raise _Refused(f"errcode {reply.get('errcode')}, {reply.get('errmsg', '')}")


def _pack(
    form: _Format, blocks: list[str], heading: Callable[[int, int], str]
) -> list[dict[str, Any]]:
    """Message bodies that each fit the service's budget, split only between blocks.

    :func:`split_blocks` counts characters; where the service counts bytes or the whole
    JSON body, the character limit is lowered until every message measures within budget.
    """
    pieces = form.pieces(blocks)
    limit = form.budget
    while limit >= form.budget // 8:
        texts = split_blocks(pieces, limit, form.joiner)
        bodies = [form.body(t, heading(i, len(texts))) for i, t in enumerate(texts, 1)]
        worst = max((form.size(b) for b in bodies), default=0)
        if worst <= form.budget:
            return bodies
        limit = min(limit - 1, limit * form.budget // worst)
    raise PublishError(
        f"The digest's label is too long for a {form.name} message; shorten it in the config."
    )


class WebhookPublisher:
    """Posts an edition to a chat webhook as one or more messages.

    Returns one id per message: the service's message id where it gives one (Discord),
    else ``"<kind>:<n>"``.  ``clock`` (seconds since the epoch) signs Feishu and DingTalk
    requests; ``sleep`` waits out a 429.
    """

    def __init__(
        self,
        config: WebhookChannel,
        client: httpx.Client | None = None,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.id = config.id
        self.config = config
        self._client = client
        self._format = _FORMATS[config.kind](config.secret, clock)
        self._sleep = sleep

    def publish(self, edition: Edition, resume: Sequence[str] = ()) -> list[str]:
        form = self._format
        label, day = edition.label, edition.digest.day.isoformat()

        def heading(i: int, n: int) -> str:
            return f"{label} · {day}" + (f" ({i}/{n})" if n > 1 else "")

        bodies = _pack(form, [form.render(b) for b in _outline(edition)], heading)
        if self._client is not None:
            return self._send_all(self._client, bodies, label, list(resume))
        with httpx.Client(timeout=TIMEOUT) as client:
            return self._send_all(client, bodies, label, list(resume))

    def _send_all(
        self, client: httpx.Client, bodies: list[dict[str, Any]], label: str, ids: list[str]
    ) -> list[str]:
        """Post the bodies after the ``ids`` already posted; a failure carries those sent."""
        for n, body in enumerate(bodies, 1):
            if n <= len(ids):
                continue
            where = f"message {n} of {len(bodies)}" if len(bodies) > 1 else "the message"
            posted = f" Messages 1–{n - 1} were posted." if n > 1 else ""
            try:
                response = self._post(client, body)
                if not response.is_success:
                    raise _Refused(f"HTTP {response.status_code}: {_said(response)}")
                ids.append(self._format.answer(response) or f"{self.config.kind}:{n}")
            except _Refused as err:
                hint = self._format.hint.format(label=label)
                raise PublishError(
                    f"{self._who()} refused {where}: {err}.{posted} {hint}", sent=ids
                ) from err
            except httpx.TimeoutException as err:
                raise PublishError(
                    f"{self._who()} did not answer {where} in time.{posted} "
                    "Check the network, or try again later.",
                    sent=ids,
                ) from err
            except httpx.TransportError as err:
                raise PublishError(
                    f"{self._who()} could not be reached for {where}: {err}.{posted} "
                    "Check the webhook URL and the network.",
                    sent=ids,
                ) from err
        return ids

    def _post(self, client: httpx.Client, body: dict[str, Any]) -> httpx.Response:
        """One request; a 429 with a short enough Retry-After is waited out and tried again."""
        for attempt in range(2):
            # Merged by hand: httpx's ``params=`` would drop the URL's own access_token/key.
            url = httpx.URL(self.config.url).copy_merge_params(self._format.params())
            response = client.post(
                url,
                content=_encode(body),
                headers={"Content-Type": "application/json; charset=utf-8"},
            )
            wait = _retry_after(response)
            if attempt or wait is None:
                break
            self._sleep(wait)
        return response

    def _who(self) -> str:
        """The channel and the host (the URL itself is a credential)."""
        host = httpx.URL(self.config.url).host or "no host"
        return f"Channel {self.id!r} ({self._format.name}, {host})"


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait before retrying a 429, or None when it is not one worth waiting for."""
    if response.status_code != 429:
        return None
    try:
        wait = float(response.headers.get("Retry-After", "1"))
    except ValueError:
        wait = 1.0
    return wait if wait <= MAX_RETRY_WAIT else None


def _said(response: httpx.Response) -> str:
    """What the service said in an error answer, briefly."""
    try:
        reply = response.json()
    except ValueError:
        reply = None
    if isinstance(reply, dict):
        for key in ("msg", "errmsg", "message", "error"):
            if reply.get(key):
                return str(reply[key])
    return response.text.strip()[:200] or response.reason_phrase
