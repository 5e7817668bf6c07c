"""Chat webhooks: Feishu/Lark, DingTalk, WeCom (企业微信), Slack and Discord.

Each service gets the digest in its own markup — the title and date, each lead story's
headline linked to its source with the summary (and, for the top stories, the insights
and impact), the "更多动态" one-liners, then the page link — split between stories into
messages that fit its size limit (a story too long for one message has its longest text
cut with an ellipsis).  Every message after the first starts with the digest's label, so
keyword rules such as DingTalk's 自定义关键词 pass on each.  Text from feeds is escaped
for the markup and its @-mentions are defused, so a headline can neither ping a group
nor smuggle in a link.

The markup and limits of each service are ``_chat.py``'s; this module is the channel:
its config, packing the parts into messages, posting them, and reading the answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

import httpx
from pydantic import Field

from newsdesk.config import SECRET, ChannelBase
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    part_key,
    register_channel,
)
from newsdesk.publish._chat import (
    _FORMATS,
    _encode,
    _Format,
    _Refused,
    _Unreadable,
)
from newsdesk.publish._http import maybe_taken, said, send
from newsdesk.render import Block, Line, Role, Span


class WebhookChannel(ChannelBase):
    """A chat webhook: each kind gets its own message format and size limit."""

    kind: Literal["feishu", "dingtalk", "wecom", "slack", "discord"]
    url: str = Field(description="the webhook URL the chat app gave you", json_schema_extra=SECRET)
    secret: str = Field(
        "", description="feishu and dingtalk: the signing secret, if set", json_schema_extra=SECRET
    )

    @property
    def carries_alerts(self) -> bool:
        return True


#: Seconds a webhook has to answer one message.
TIMEOUT = 20.0


def _pack(
    form: _Format, blocks: list[str], heading: Callable[[int, int], str]
) -> list[tuple[list[int], dict[str, Any]]]:
    """Message bodies (with the blocks each holds) that each fit the service's budget,
    split only between blocks.

    Blocks are packed by characters; where the service counts bytes or the whole JSON
    body, the character limit is lowered until every message measures within budget.
    """
    limit = form.budget
    while limit >= form.budget // 8:
        groups = form.group(blocks, limit)
        bodies = [
            (g, form.body(text, heading(i, len(groups)))) for i, (g, text) in enumerate(groups, 1)
        ]
        worst = max((form.size(b) for _, b in bodies), default=0)
        if worst <= form.budget:
            return bodies
        limit = min(limit - 1, limit * form.budget // worst)
    raise PublishError(
        f"The digest's label is too long for a {form.name} message; shorten it in the config."
    )


class WebhookPublisher(Channel):
    """Posts an edition to a chat webhook as one or more messages.

    Each message's id is the service's message id where it gives one (Discord), else
    ``"<kind>:<n>"``.  ``clock`` (seconds since the epoch) signs Feishu and DingTalk
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
        self._own_client = client is None
        self._format = _FORMATS[config.kind](config.secret, clock)
        self._sleep = sleep

    def parts(self, edition: Edition) -> list[Part]:
        blocks = self._format.draw(edition)
        return [Part(part_key(self.config.kind, block), block) for block in blocks]

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        label, day = edition.label, edition.digest.day.isoformat()

        def heading(i: int, n: int) -> str:
            return f"{label} · {day}" + (f" ({i}/{n})" if n > 1 else "")

        bodies = _pack(self._format, [p.text for p in parts], heading)
        return [
            Message(tuple(parts[i].key for i in group), n, len(bodies), (body, label))
            for n, (group, body) in enumerate(bodies, 1)
        ]

    def alert(self, heading: str, text: str) -> str:
        """One message: ``text`` line by line under ``heading``, escaped like feed text."""
        lines = [Line(Role.SUMMARY, (Span(line),)) for line in text.splitlines() or [""]]
        body = self._format.body(self._format.render(Block(tuple(lines))), heading)
        try:
            return self.post(Message((), 1, 1, (body, heading)))
        finally:
            self.close()

    def post(self, message: Message) -> str:
        body, label = message.body
        n, total = message.number, message.total
        where = f"message {n} of {total}" if total > 1 else "the message"
        posted = f" Messages 1–{n - 1} were posted." if n > 1 else ""
        hint = self._format.hint.format(label=label)
        if self._client is None:
            self._client = httpx.Client(timeout=TIMEOUT)
        try:
            response = self._post(self._client, body)
            if maybe_taken(response):
                raise _Unreadable(f"HTTP {response.status_code}: {said(response).rstrip('.')}")
            if not response.is_success:
                raise _Refused(f"HTTP {response.status_code}: {said(response).rstrip('.')}")
            return self._format.answer(response) or f"{self.config.kind}:{n}"
        except _Unreadable as err:
            raise OutcomeUnknown(
                f"{self._who()} failed on {where} after it was sent: {err}.{posted} It may "
                f"have been posted all the same. {hint}"
            ) from err
        except _Refused as err:
            raise PublishError(f"{self._who()} refused {where}: {err}.{posted} {hint}") from err
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as err:
            raise PublishError(
                f"{self._who()} could not be reached for {where}: {err}.{posted} "
                "Check the webhook URL and the network.",
            ) from err
        except httpx.TimeoutException as err:
            raise OutcomeUnknown(
                f"{self._who()} did not answer {where} in time.{posted} It may have been "
                "posted all the same. Check the network, or try again later.",
            ) from err
        except httpx.TransportError as err:
            raise OutcomeUnknown(
                f"{self._who()} dropped the connection on {where}: {err}.{posted} It may have "
                "been posted all the same. Check the network.",
            ) from err

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None

    def _post(self, client: httpx.Client, body: dict[str, Any]) -> httpx.Response:
        """One message, sent again only where the channels' retry policy allows."""

        def request() -> httpx.Response:
            # Signed afresh on each try; merged by hand, as httpx's ``params=`` would drop
            # the URL's own access_token/key.
            url = httpx.URL(self.config.url).copy_merge_params(self._format.params())
            return client.post(
                url,
                content=_encode(body),
                headers={"Content-Type": "application/json; charset=utf-8"},
            )

        return send(request, self._sleep)

    def _who(self) -> str:
        """The channel and the host (the URL itself is a credential)."""
        host = httpx.URL(self.config.url).host or "no host"
        return f"Channel {self.id!r} ({self._format.name}, {host})"


#: What people call the services whose kind is spelt otherwise.
_KNOWN_AS = {"feishu": ("lark",), "wecom": ("wechat_work", "weixin_work", "qywx")}

for _kind in _FORMATS:
    register_channel(
        _kind,
        WebhookChannel,
        lambda config, *_: WebhookPublisher(config),
        known_as=_KNOWN_AS.get(_kind, ()),
    )
