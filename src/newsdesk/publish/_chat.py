"""How each chat service wants the digest: its markup, its size limits, its answer.

Feishu/Lark, DingTalk, WeCom (企业微信), Slack and Discord each get the edition's outline
(:func:`newsdesk.render.outline`: the title, each lead story's headline linked to its
source with the summary and, for the top stories, the insights and impact, the "更多动态"
one-liners, the page link; the date is in each message's heading) in their own markup,
with text from feeds escaped and its @-mentions defused.
Posting it is ``webhooks.py``'s.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from newsdesk.publish._base import (
    Edition,
    fit,
    group_blocks,
    link_target,
)
from newsdesk.render import Block, Line, Role, outline, web_link

#: Lead stories whose insights and impact go in; the rest get headline and summary (chat
#: stays short).
INSIGHT_STORIES = 3
#: What a chat message shows of the outline: no dateline (each message's heading has the
#: label and day), no bullets, section titles, other sources or tags (the page has them).
#: A story's record (who reported it, when) is the page's too, and shown when there is no
#: page: the reader would have no other word of who reported it.  The notice says why the
#: stories have no summary (told only in another language).
_SHOWN = frozenset(
    {
        Role.TITLE,
        Role.NOTICE,
        Role.HEADLINE,
        Role.SUMMARY,
        Role.INSIGHT,
        Role.IMPACT,
        Role.MORE_HEADING,
        Role.MORE,
        Role.PAGE,
    }
)
#: Lines drawn strong: bold, or a heading where the markup has them.
_STRONG = frozenset({Role.HEADLINE, Role.MORE_HEADING})
#: Lines that are items of a list.
_ITEMS = frozenset({Role.INSIGHT, Role.MORE})
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


def _plain(text: str) -> str:
    """Feed text on one line, without control or invisible format characters, and with a
    zero-width space after every @ so no @everyone, @here or @all can ping."""
    visible = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    return _WHITESPACE.sub(" ", visible).replace("@", "@" + _ZERO_WIDTH_SPACE)


class _Refused(Exception):
    """The service said no (an HTTP error or an error code); ``str()`` is what it said."""


class _Unreadable(_Refused):
    """A success whose body is not what the service answers: it may have posted."""


class _Format(ABC):
    """One service's markup, message shape, size measure and answer."""

    #: Display name in messages for the user.
    name: ClassVar[str]
    #: The most a message may measure, in the unit of :meth:`size`.
    budget: ClassVar[int]
    #: The most one story may measure (:meth:`measure`), leaving room for the heading.
    block_budget: ClassVar[int]
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

    def measure(self, text: str) -> int:
        """A block's size in the unit the service counts (characters unless it says bytes)."""
        return len(text)

    def draw(self, edition: Edition) -> list[str]:
        """The edition's outline in this markup, a text per block (the title, a story...)."""
        blocks = outline(
            edition.digest,
            page_url=edition.page_url,
            insight_stories=INSIGHT_STORIES,
            roles=_SHOWN if edition.page_url else _SHOWN | {Role.RECORD},
        )
        return [self.render(block) for block in blocks]

    def render(self, block: Block) -> str:
        """The block in this markup, its longest text cut until it fits one message."""

        def shown(texts: list[str]) -> str:
            lines = [self._line(line) for line in block.retold(texts).lines]
            return self.line_break.join(lines)

        return fit(shown, block.texts, self.block_budget, self.measure)

    def _line(self, line: Line) -> str:
        parts = []
        for span in line.spans:
            shown, url = self.escape(_plain(span.text)), link_target(web_link(span.url))
            parts.append(self.link(shown, url) if url else shown)
        drawn = ("• " if line.role in _ITEMS else "") + "".join(parts)
        return self.strong(drawn) if line.role in _STRONG else drawn

    def group(self, blocks: list[str], limit: int) -> list[tuple[list[int], str]]:
        """Each message's blocks (indexes) and text, packed within ``limit`` characters."""
        groups = group_blocks(blocks, limit, self.joiner)
        return [(g, self.joiner.join(blocks[i] for i in g)) for g in groups]

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
    block_budget = FEISHU_BODY_BYTES * 4 // 5
    hint = (
        "Check the webhook URL, the secret (签名校验) and the bot's other security settings: "
        "with 自定义关键词 every message must contain a keyword, e.g. the label {label!r}."
    )

    def escape(self, text: str) -> str:
        return text.translate(_SLACK_ESCAPES)

    def measure(self, text: str) -> int:
        return len(text.encode())

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
    block_budget = DINGTALK_BODY_BYTES * 4 // 5
    hint = (
        "Check the webhook URL (access_token), the secret (加签, starts with SEC) and the "
        "robot's 安全设置: with 自定义关键词 every message must contain one of the keywords, "
        "e.g. the label {label!r} that starts each message."
    )
    line_break = "\n\n"

    def escape(self, text: str) -> str:
        return text.translate(_FULL_WIDTH)

    def measure(self, text: str) -> int:
        return len(text.encode())

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
    block_budget = WECOM_CONTENT_BYTES * 7 // 8
    hint = "Check the webhook URL (its key=…) in the group robot's settings."

    def escape(self, text: str) -> str:
        return text.translate(_FULL_WIDTH)

    def measure(self, text: str) -> int:
        return len(text.encode())

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
    block_budget = SLACK_SECTION_CHARS
    hint = (
        "Check the webhook URL; Slack turns it off when the app is removed or the channel archived."
    )

    def escape(self, text: str) -> str:
        return text.translate(_SLACK_ESCAPES)

    def link(self, text: str, url: str) -> str:
        return f"<{url}|{text}>"

    def strong(self, text: str) -> str:
        return f"*{text}*"

    def group(self, blocks: list[str], limit: int) -> list[tuple[list[int], str]]:
        """Stories packed into sections of at most 3000 characters, then sections into
        messages."""
        sections = group_blocks(blocks, SLACK_SECTION_CHARS)
        texts = ["\n\n".join(blocks[i] for i in section) for section in sections]
        return [
            ([i for k in g for i in sections[k]], _SECTION_BREAK.join(texts[k] for k in g))
            for g in group_blocks(texts, limit, _SECTION_BREAK)
        ]

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
    block_budget = DISCORD_CONTENT_CHARS * 9 // 10
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
        raise _Unreadable(f"an answer that is not JSON: {response.text[:200]!r}") from err
    if not isinstance(reply, dict):
        raise _Unreadable(f"an unexpected answer: {response.text[:200]!r}")
    return reply


def _check_errcode(response: httpx.Response) -> None:
    """DingTalk and WeCom: ``{"errcode": 0, "errmsg": "ok"}`` on success."""
    reply = _json(response)
    if reply.get("errcode") != 0:
        raise _Refused(f"errcode {reply.get('errcode')}, {reply.get('errmsg', '')}")
