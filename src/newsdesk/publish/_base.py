"""What every channel gets, what it posts, and how it says what happened.

A channel receives an :class:`Edition` — the digest with its renderings (Markdown per
style, HTML, plain text, the cover) and its page URL — and cuts it into :class:`Part`\\ s:
what is never posted twice (a story, the title, the cover, a whole post).  It packs the
parts still to post into :class:`Message`\\ s and posts them one at a time, so the record
can say after each one what the service confirmed.  A message the service refused raises
:class:`PublishError`; one it may have taken (a timeout, a 5xx, an answer that cannot be
read) raises :class:`OutcomeUnknown`.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from newsdesk.config import CHANNEL_MODELS, ChannelBase, hide_secrets, not_set
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import Digest, DigestEntry, MoreLine

ELLIPSIS = "…"
#: Longer link targets are left out (the text stays): no message can hold them.
MAX_LINK = 1000


class PublishError(NewsdeskError):
    """The service did not post the message (or it could not be sent at all)."""


class OutcomeUnknown(PublishError):
    """The service may have posted the message: it timed out, failed after reading the
    request, or answered something that cannot be read.  Such a message is recorded as
    "unknown" and not posted again without ``--force``."""


@dataclass(frozen=True, slots=True)
class Edition:
    """A verified digest, rendered for the channels."""

    digest: Digest
    #: Markdown per style name ("ribao", "insight", "brief").
    markdown: dict[str, str]
    #: The body as an HTML fragment (escaped).
    html: str
    #: The cover PNG, or None.
    cover: bytes | None
    #: Absolute URL of the digest's page on the site ("" when there is none).
    page_url: str
    #: The digest's display name ("AI 日报").
    label: str

    @property
    def more(self) -> tuple[MoreLine, ...]:
        return self.digest.more

    @property
    def entries(self) -> list[DigestEntry]:
        return self.digest.entries


@dataclass(frozen=True, slots=True)
class Part:
    """What a channel posts at most once: a story, the title, the cover, a whole post."""

    #: A hash of what the channel posts for it: the same text has the same key.
    key: str
    #: The part in the channel's markup ("" where the channel posts the edition whole).
    text: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One request to the service, carrying whole parts."""

    #: The keys of the parts it carries, in order.
    parts: tuple[str, ...]
    #: Its place among the messages posted this time (from 1), and how many there are.
    number: int
    total: int
    #: What the channel sends, in its own shape (a JSON body, form fields, the edition).
    body: Any


class Revise(StrEnum):
    """What a new revision of a day already published on a channel does there."""

    #: It takes the old one's place (a file, a commit): published like any change.
    REPLACE = "replace"
    #: The messages already posted are edited into it; more are added, extra ones
    #: deleted (Telegram).
    EDIT = "edit"
    #: What went out cannot be changed (a mail, a chat webhook): the new revision goes
    #: out only with ``--force``.
    FORCE = "force"


class Channel(ABC):
    """One configured destination.

    :meth:`parts` must be a pure function of the edition (the same edition, the same
    keys), so the record can tell what was already posted; :meth:`post` raises
    :class:`PublishError` for a message the service refused and :class:`OutcomeUnknown`
    for one it may have taken.
    """

    #: The channel's id in the config.
    id: str
    #: What a new revision of a published day does here (see :class:`Revise`).
    revise: ClassVar[Revise] = Revise.FORCE
    #: The environment variables its settings name that were not set when the config
    #: was read (set by :func:`~newsdesk.publish.make_channel`): it cannot post.
    unset: tuple[str, ...] = ()
    #: The channel's settings (set by :func:`~newsdesk.publish.make_channel`), whose
    #: secrets :meth:`said` hides.
    settings: ChannelBase | None = None

    def said(self, error: BaseException | str) -> str:
        """An error of the channel in words to print, store or log: the secrets of its
        settings hidden (see :func:`~newsdesk.config.hide_secrets`), as a server's answer
        may quote the address, form or login it was sent."""
        text = str(error)
        return text if self.settings is None else hide_secrets(text, self.settings)

    def ready(self) -> None:
        """Raise :class:`PublishError` when a variable the channel needs is not set; its
        parts can still be shown, but nothing posted."""
        if self.unset:
            raise PublishError(f"{self.id}: {not_set(self.unset, 'publish')}")

    @abstractmethod
    def parts(self, edition: Edition) -> list[Part]:
        """The edition cut into what is posted at most once, in order."""

    @abstractmethod
    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        """These parts (some of :meth:`parts`, in order) packed into messages."""

    @abstractmethod
    def post(self, message: Message) -> str:
        """Post one message; returns the id the service gave it (or a path, a commit)."""

    def edit(self, external_id: str, message: Message) -> str:
        """Change a message posted before (``external_id``) into ``message``; returns
        its id.  Only a channel that revises by :attr:`Revise.EDIT` is asked to."""
        raise PublishError(f"{self.id}: this channel cannot change a message it posted.")

    def retract(self, external_id: str) -> None:
        """Delete a message posted before that a new revision no longer needs."""
        raise PublishError(f"{self.id}: this channel cannot delete a message it posted.")

    def alert(self, heading: str, text: str) -> str:
        """Post a short plain-text notice outside any edition's record (a scheduled run
        that failed, a draft to review): ``heading`` on top (the digest's label, so a
        keyword rule passes), then ``text``.  Returns the service's id for it.  Only a
        channel whose config :attr:`~newsdesk.config.ChannelBase.carries_alerts` is asked."""
        raise PublishError(f"{self.id}: this channel cannot carry an alert.")

    def close(self) -> None:
        """Release connections."""
        return None

    def publish(self, edition: Edition) -> list[str]:
        """Post the whole edition, keeping no record (a one-off send, a preview)."""
        try:
            self.ready()
            return [self.post(m) for m in self.messages(edition, self.parts(edition))]
        finally:
            self.close()


#: Builds a configured channel's publisher from its config, the config file's folder
#: (relative paths) and the working folder (checkouts).
ChannelMaker = Callable[[Any, Path, Path], Channel]

#: The publisher maker of each registered channel kind.
CHANNELS: dict[str, ChannelMaker] = {}


def register_channel(
    kind: str, model: type[ChannelBase], make: ChannelMaker, known_as: tuple[str, ...] = ()
) -> None:
    """Make ``kind`` a channel: ``model`` reads its config, ``make`` builds its publisher.

    A channel's module calls this at its end; ``model`` is a :class:`ChannelBase` whose
    ``kind`` is a ``Literal`` holding ``kind`` (one model may serve several kinds);
    ``known_as``: what people call the service, for a wrong ``kind``'s suggestion.
    """
    CHANNEL_MODELS.register(kind, model, known_as)
    CHANNELS[kind] = make


def part_key(*pieces: str | bytes) -> str:
    """A short hash of a part's content (unambiguous: each piece is length-prefixed)."""
    digest = hashlib.sha256()
    for piece in pieces:
        data = piece.encode() if isinstance(piece, str) else piece
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()[:24]


def group_blocks(
    blocks: Sequence[str], limit: int, joiner: str = "\n\n", measure: Callable[[str], int] = len
) -> list[list[int]]:
    """Indexes of the blocks each message holds: as many whole blocks as fit in ``limit``.

    A block is never cut; one that does not fit alone gets a message of its own (the
    channel fits each block beforehand, see :func:`fit`).
    """
    groups: list[list[int]] = []
    current = ""
    for i, block in enumerate(blocks):
        if groups and measure(f"{current}{joiner}{block}") <= limit:
            groups[-1].append(i)
            current = f"{current}{joiner}{block}"
        else:
            groups.append([i])
            current = block
    return groups


def fit(
    render: Callable[[list[str]], str],
    texts: Sequence[str],
    limit: int,
    measure: Callable[[str], int] = len,
) -> str:
    """``render(texts)``, the longest text cut with an ellipsis (as little as will do)
    until the rendering measures within ``limit`` (escaping and markup are measured too,
    since ``render`` adds them).

    Returns the shortest rendering when even one-character texts are too long.
    """
    texts = list(texts)
    while measure(render(texts)) > limit:
        longest = max(range(len(texts)), key=lambda i: len(texts[i]), default=-1)
        if longest < 0 or len(texts[longest]) <= 1:
            break
        texts = _cut_longest(render, texts, longest, limit, measure)
    return render(texts)


def _cut_longest(
    render: Callable[[list[str]], str],
    texts: list[str],
    longest: int,
    limit: int,
    measure: Callable[[str], int],
) -> list[str]:
    """The texts with the longest one cut to its longest prefix that fits (or to "…")."""
    text = texts[longest]

    def cut(keep: int) -> list[str]:
        return [*texts[:longest], text[:keep].rstrip() + ELLIPSIS, *texts[longest + 1 :]]

    low, high = 0, len(text) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if measure(render(cut(middle))) <= limit:
            low = middle
        else:
            high = middle - 1
    return cut(low)


def link_target(url: str) -> str:
    """The link's target, or "" when it is too long for any message."""
    return url if len(url) <= MAX_LINK else ""
