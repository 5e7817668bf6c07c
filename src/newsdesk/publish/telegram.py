"""The ``telegram`` channel: the cover as a photo with the day's bullets as its caption,
then the digest in HTML messages (Bot API, ``parse_mode=HTML``).

Messages are split only between stories, and every line is whole HTML, so no message
can end inside ``<a>`` or ``<b>`` (the Bot API refuses those for ever).  A story too long
for one message has its longest text cut with an ellipsis until it fits.
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

import httpx
from pydantic import Field, field_validator

from newsdesk._retry import retry_after
from newsdesk.config import SECRET, ChannelBase
from newsdesk.publish._base import (
    ELLIPSIS,
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    Revise,
    fit,
    group_blocks,
    link_target,
    part_key,
    register_channel,
)
from newsdesk.publish._http import NOT_SENT, maybe_taken, said, send
from newsdesk.render import Block, Line, Role, Span, outline, web_link


class TelegramChannel(ChannelBase):
    """A Telegram channel or group through the Bot API."""

    kind: Literal["telegram"]
    bot_token: str = Field(description="write ${TELEGRAM_BOT_TOKEN}", json_schema_extra=SECRET)
    chat_id: str = Field(description="@channel or a numeric chat id")
    api_base: str = Field("https://api.telegram.org", description="or a local Bot API server")

    @field_validator("chat_id", mode="before")
    @classmethod
    def _numeric_id(cls, value: object) -> object:
        """A group's id as YAML reads it unquoted (``chat_id: -1001234567890``, as
        getUpdates shows it) is that id, not an error asking for a string."""
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @property
    def carries_alerts(self) -> bool:
        return True


#: Bot API limits (core.telegram.org/bots/api: sendMessage text 1–4096 characters,
#: a photo caption 0–1024).  Counted on the HTML as sent, which is never shorter than
#: the text Telegram counts after parsing the tags.
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_TIMEOUT = 30.0
#: A title longer than this is cut in the caption (escaping may double its length).
_CAPTION_TITLE = 200


#: What the messages show of the outline: no section titles, other sources or tags (the
#: page has them), and the bullets only in the cover's caption.  A story's record (who
#: reported it, when) is left to the page too, and shown when there is no page.  The
#: notice says why the stories have no summary (told only in another language).
_SHOWN = frozenset(
    {
        Role.TITLE,
        Role.DATELINE,
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
#: The markup around a line of each role (its text escaped in between).
_AROUND = {
    Role.TITLE: ("<b>", "</b>"),
    Role.HEADLINE: ("<b>", "</b>"),
    Role.INSIGHT: ("• ", ""),
    Role.NOTICE: ("<i>", "</i>"),
    Role.IMPACT: ("<i>", "</i>"),
    Role.MORE_HEADING: ("<b>", "</b>"),
    Role.MORE: ("• ", ""),
}


def _html(block: Block) -> str:
    lines = []
    for line in block.lines:
        before, after = _AROUND.get(line.role, ("", ""))
        lines.append(before + "".join(_linked(span) for span in line.spans) + after)
    return "\n".join(lines)


def _linked(span: Span) -> str:
    """A link, or the bare text when the URL is not a web link (Telegram refuses those)."""
    target = link_target(web_link(span.url))
    if not target:
        return html.escape(span.text)
    return f'<a href="{html.escape(target, quote=True)}">{html.escape(span.text)}</a>'


def _block(block: Block) -> str:
    """The block as HTML within one message, the longest text cut if need be."""
    return fit(lambda texts: _html(block.retold(texts)), block.texts, MESSAGE_LIMIT)


def _apart(block: Block) -> list[Block]:
    """A story whole, but the one-liners each on their own (the heading with the first:
    never alone at a message's end), so a long list is split between links."""
    heading, *lines = block.lines
    if heading.role is not Role.MORE_HEADING:
        return [block]
    return [Block((heading, lines[0])), *(Block((line,)) for line in lines[1:])]


def message_blocks(edition: Edition) -> list[str]:
    """The digest as Telegram HTML, one block per story and per one-liner (messages split
    only between)."""
    roles = _SHOWN if edition.page_url else _SHOWN | {Role.RECORD}
    blocks = outline(edition.digest, label=edition.label, page_url=edition.page_url, roles=roles)
    return [_block(part) for block in blocks for part in _apart(block)]


def caption(edition: Edition) -> str:
    """The photo's caption: the title and as many bullets as fit."""
    d = edition.digest
    title = d.title if len(d.title) <= _CAPTION_TITLE else d.title[: _CAPTION_TITLE - 1] + ELLIPSIS
    text = f"<b>{html.escape(title)}</b>"
    for bullet in d.bullets:
        line = f"\n• {html.escape(bullet)}"
        if len(text) + len(line) > CAPTION_LIMIT:
            break
        text += line
    return text


def _reply(response: httpx.Response, what: str) -> int:
    """The message id in a Bot API answer; raises with what the answer said.

    A 5xx, or a success whose body is not a Bot API reply, may come after the message was
    posted, so those are :class:`OutcomeUnknown`; anything else that is not ``ok`` was
    refused.
    """
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        other = f"an answer that is not a Bot API reply: {said(response)!r}"
        if response.is_success or maybe_taken(response):
            raise OutcomeUnknown(f"{what}: {other} (HTTP {response.status_code}).")
        raise PublishError(f"{what}: {other} (HTTP {response.status_code}).")
    if body.get("ok") is True:
        result = body.get("result")
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if isinstance(message_id, int) and not isinstance(message_id, bool):
            return message_id
        raise OutcomeUnknown(f"{what}: the answer says ok but carries no message id: {body!r:.200}")
    told = str(body.get("description") or f"HTTP {response.status_code}")
    if maybe_taken(response):
        raise OutcomeUnknown(f"{what}: {told} (HTTP {response.status_code}).")
    if moved := _migrated(body):
        raise _moved_to(what, told, moved)
    hint = " (check bot_token)" if response.status_code == 401 else (
        " (is the bot a member/admin of the chat? check chat_id)"
        if response.status_code in (400, 403) else ""
    )  # fmt: skip
    raise PublishError(f"{what}: {told}{hint}")


def _moved_to(what: str, told: object, moved: str) -> PublishError:
    """The refusal of a call to a group Telegram moved, naming the id to set."""
    return PublishError(f'{what}: {told} (its chat_id is now "{moved}": set it on the channel)')


def _migrated(body: dict[str, object]) -> str | None:
    """The new id of a group Telegram upgraded to a supergroup, as its refusal gives it.

    The upgrade changes a group's id (``-4…`` becomes ``-100…``) and every later call to
    the old one is refused; the answer names the new id, which no other place shows the
    group's owner, so the error passes it on."""
    parameters = body.get("parameters")
    moved = parameters.get("migrate_to_chat_id") if isinstance(parameters, dict) else None
    return str(moved) if isinstance(moved, int) and not isinstance(moved, bool) else None


def _asked(response: httpx.Response) -> float | None:
    """How long a Bot API 429 asks to wait: its ``parameters.retry_after``, else the
    header."""
    try:
        wait = response.json()["parameters"]["retry_after"]
    except (ValueError, KeyError, TypeError):
        return retry_after(response.headers)
    if isinstance(wait, int | float) and not isinstance(wait, bool) and wait >= 0:
        return float(wait)
    return retry_after(response.headers)


def _ids(external_id: str) -> tuple[str, str]:
    """The chat and message id of what :meth:`TelegramPublisher.post` returned."""
    chat, _, message_id = external_id.rpartition(":")
    return chat, message_id


def _unchanged(response: httpx.Response) -> bool:
    """An edit the message already had (made before, its answer lost), or a deletion of a
    message already gone: nothing left to do."""
    try:
        told = str(response.json().get("description", ""))
    except (ValueError, AttributeError):
        return False
    return response.status_code == 400 and (
        "message is not modified" in told or "message to delete not found" in told
    )


def _done(response: httpx.Response, what: str) -> None:
    """Raises unless the Bot API answered ``{"ok": true}`` (as deleteMessage does)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and body.get("ok") is True:
        return
    told = body.get("description") if isinstance(body, dict) else said(response)
    if isinstance(body, dict) and (moved := _migrated(body)):
        raise _moved_to(what, told, moved)
    raise PublishError(f"{what}: {told or f'HTTP {response.status_code}'}")


def _photo(edition: Edition) -> Part | None:
    """The cover with its caption, sent first (None without a cover)."""
    if edition.cover is None:
        return None
    text = caption(edition)
    return Part(part_key("photo", text, edition.cover), text)


class TelegramPublisher(Channel):
    """Posts through ``{api_base}/bot<token>/`` (a local Bot API server works the same).

    A new revision of a day edits the messages already in the chat (the photo's cover
    and caption too), adds what does not fit in them and deletes those left over, so
    readers see one digest, not two.
    """

    revise = Revise.EDIT

    def __init__(
        self, config: TelegramChannel, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.id = config.id
        self.config = config
        self._client: httpx.Client | None = None
        self._sleep = sleep

    def parts(self, edition: Edition) -> list[Part]:
        photo = _photo(edition)
        texts = [Part(part_key("text", block), block) for block in message_blocks(edition)]
        return texts if photo is None else [photo, *texts]

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        chat = self.config.chat_id
        sends: list[tuple[tuple[str, ...], tuple[str, dict[str, Any], dict[str, Any] | None]]] = []
        photo = _photo(edition)
        texts = [p for p in parts if p != photo]
        if photo is not None and photo in parts:
            assert edition.cover is not None
            data = {"chat_id": chat, "caption": photo.text, "parse_mode": "HTML"}
            files = {"photo": ("cover.png", edition.cover, "image/png")}
            sends.append(((photo.key,), ("sendPhoto", data, files)))
        for group in group_blocks([p.text for p in texts], MESSAGE_LIMIT):
            text = "\n\n".join(texts[i].text for i in group)
            form = {"chat_id": chat, "text": text, "parse_mode": "HTML"}
            form["disable_web_page_preview"] = "true"
            sends.append((tuple(texts[i].key for i in group), ("sendMessage", form, None)))
        return [Message(keys, n, len(sends), body) for n, (keys, body) in enumerate(sends, 1)]

    def post(self, message: Message) -> str:
        method, data, files = message.body
        return self._call(method, data, files, self._where(message))

    def edit(self, external_id: str, message: Message) -> str:
        """The message posted as ``external_id`` made into ``message``: its text, or the
        photo's cover and caption."""
        method, data, files = message.body
        chat, message_id = _ids(external_id)
        target = {"chat_id": chat, "message_id": message_id}
        if method == "sendPhoto":
            media = {"type": "photo", "media": "attach://photo"}
            media |= {"caption": data["caption"], "parse_mode": "HTML"}
            form = target | {"media": json.dumps(media)}
            return self._call("editMessageMedia", form, files, self._where(message))
        form = target | {k: v for k, v in data.items() if k != "chat_id"}
        return self._call("editMessageText", form, None, self._where(message))

    def alert(self, heading: str, text: str) -> str:
        """One HTML message: ``heading`` in bold, then ``text``, both escaped."""
        lines = (Line(Role.TITLE, (Span(heading),)), Line(Role.SUMMARY, (Span(text),)))
        body = _block(Block(lines))
        form = {"chat_id": self.config.chat_id, "text": body}
        form |= {"parse_mode": "HTML", "disable_web_page_preview": "true"}
        try:
            return self._call("sendMessage", form, None, "")
        finally:
            self.close()

    def retract(self, external_id: str) -> None:
        chat, message_id = _ids(external_id)
        self._call("deleteMessage", {"chat_id": chat, "message_id": message_id}, None, "")

    def _where(self, message: Message) -> str:
        return f" (message {message.number} of {message.total})" if message.total > 1 else ""

    def _call(
        self, method: str, data: dict[str, Any], files: dict[str, Any] | None, where: str
    ) -> str:
        what = f"Telegram {method} to {self.config.chat_id}{where}"
        url = f"{self.config.api_base.rstrip('/')}/bot{self.config.bot_token}/{method}"
        if self._client is None:
            self._client = httpx.Client(timeout=_TIMEOUT)
        client = self._client
        try:
            response = send(
                lambda: client.post(url, data=data, files=files), self._sleep, asked=_asked
            )
        except NOT_SENT as err:
            raise PublishError(f"{what}: could not connect: {err}") from err
        except httpx.TransportError as err:  # the request may have been read
            raise OutcomeUnknown(f"{what}: no answer ({type(err).__name__}: {err}).") from err
        if method.startswith(("edit", "delete")) and _unchanged(response):
            return f"{self.config.chat_id}:{data['message_id']}"
        if method == "deleteMessage":
            _done(response, what)
            return ""
        return f"{self.config.chat_id}:{_reply(response, what)}"

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


register_channel(
    "telegram", TelegramChannel, lambda config, *_: TelegramPublisher(config), known_as=("tg",)
)
