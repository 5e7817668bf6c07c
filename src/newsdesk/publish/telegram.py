"""The ``telegram`` channel: the cover as a photo with the day's bullets as its caption,
then the digest in HTML messages split between stories (Bot API, ``parse_mode=HTML``)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import httpx

from newsdesk.config import TelegramChannel
from newsdesk.publish._base import Edition, PublishError, split_blocks
from newsdesk.render import web_link, words_for

#: Bot API limits (core.telegram.org/bots/api: sendMessage text 1–4096 characters,
#: a photo caption 0–1024).  Counted on the HTML as sent, which is never shorter than
#: the text Telegram counts after parsing the tags.
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_TIMEOUT = 30.0
#: A title longer than this is cut in the caption (escaping may double its length).
_CAPTION_TITLE = 200


def _link(url: str, text: str) -> str:
    """A link, or the bare text when the URL is not a web link (Telegram refuses those)."""
    target = web_link(url)
    if not target:
        return html.escape(text)
    return f'<a href="{html.escape(target, quote=True)}">{html.escape(text)}</a>'


def message_blocks(edition: Edition) -> list[str]:
    """The digest as Telegram HTML, one block per story (messages split only between)."""
    d = edition.digest
    words = words_for(d.language)
    blocks = [f"<b>{html.escape(d.title)}</b>\n{html.escape(edition.label)} · {d.day.isoformat()}"]
    for entry in d.entries:
        lines = [f"<b>{_link(entry.url, entry.headline)}</b>"]
        if entry.summary:
            lines.append(html.escape(entry.summary))
        lines += [f"• {html.escape(i)}" for i in entry.insights]
        if entry.impact:
            lines.append(f"<i>{words.impact}{html.escape(entry.impact)}</i>")
        blocks.append("\n".join(lines))
    if d.more:
        blocks.append(f"<b>{words.more}</b>")
        blocks += [f"• {_link(m.url, m.text)}" for m in d.more]
    if edition.page_url:
        blocks.append(_link(edition.page_url, words.full))
    return blocks


def caption(edition: Edition) -> str:
    """The photo's caption: the title and as many bullets as fit."""
    d = edition.digest
    title = d.title if len(d.title) <= _CAPTION_TITLE else d.title[: _CAPTION_TITLE - 1] + "…"
    text = f"<b>{html.escape(title)}</b>"
    for bullet in d.bullets:
        line = f"\n• {html.escape(bullet)}"
        if len(text) + len(line) > CAPTION_LIMIT:
            break
        text += line
    return text


class TelegramPublisher:
    """Posts through ``{api_base}/bot<token>/`` (a local Bot API server works the same)."""

    def __init__(self, config: TelegramChannel) -> None:
        self.id = config.id
        self.config = config

    def _call(
        self,
        client: httpx.Client,
        method: str,
        data: dict[str, Any],
        files: dict[str, Any] | None = None,
    ) -> str:
        url = f"{self.config.api_base.rstrip('/')}/bot{self.config.bot_token}/{method}"
        try:
            response = client.post(url, data=data, files=files)
            body = response.json()
        except (httpx.HTTPError, ValueError) as err:
            raise PublishError(f"Telegram {method} to {self.config.chat_id} failed: {err}") from err
        if not body.get("ok"):
            said = body.get("description") or f"HTTP {response.status_code}"
            hint = " (check bot_token)" if response.status_code == 401 else (
                " (is the bot a member/admin of the chat? check chat_id)"
                if response.status_code in (400, 403) else ""
            )  # fmt: skip
            raise PublishError(f"Telegram {method} to {self.config.chat_id}: {said}{hint}")
        return f"{self.config.chat_id}:{body['result']['message_id']}"

    def publish(self, edition: Edition, resume: Sequence[str] = ()) -> list[str]:
        with httpx.Client(timeout=_TIMEOUT) as client:
            return self._post(client, edition, list(resume))

    def _post(self, client: httpx.Client, edition: Edition, ids: list[str]) -> list[str]:
        chat = self.config.chat_id
        sends: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = []
        if edition.cover is not None:
            sends.append(
                (
                    "sendPhoto",
                    {"chat_id": chat, "caption": caption(edition), "parse_mode": "HTML"},
                    {"photo": ("cover.png", edition.cover, "image/png")},
                )
            )
        for text in split_blocks(message_blocks(edition), MESSAGE_LIMIT):
            form = {"chat_id": chat, "text": text, "parse_mode": "HTML"}
            sends.append(("sendMessage", form | {"disable_web_page_preview": "true"}, None))
        for method, data, files in sends[len(ids) :]:
            try:
                ids.append(self._call(client, method, data, files))
            except PublishError as err:
                raise PublishError(str(err), sent=ids) from err
        return ids
