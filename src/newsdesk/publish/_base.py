"""What every channel gets and gives back.

A channel receives an :class:`Edition` — the digest with its renderings (Markdown per
style, HTML, plain text, the cover) and its page URL — and returns the ids the service
gave what it posted (message ids, a commit hash, file paths).  A failure raises
:class:`PublishError` with words for the user; the other channels go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from newsdesk.exceptions import NewsdeskError
from newsdesk.model import Digest, DigestEntry, MoreLine


class PublishError(NewsdeskError):
    """A channel could not publish; the digest stays unpublished there.

    ``sent`` holds the ids of the messages it did post before failing, so the next run
    resumes after them instead of posting them twice.
    """

    def __init__(self, message: str, sent: Sequence[str] = ()) -> None:
        self.sent = tuple(sent)
        super().__init__(message)


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


class Channel(Protocol):
    """One configured destination."""

    #: The channel's id in the config.
    id: str

    def publish(self, edition: Edition, resume: Sequence[str] = ()) -> list[str]:
        """Post the edition; returns the external ids of what was posted.

        ``resume`` are the ids of messages an earlier, failed attempt already posted: a
        channel that posts several messages skips that many and returns them first.
        """


def split_blocks(blocks: Sequence[str], limit: int, joiner: str = "\n\n") -> list[str]:
    """Messages of at most ``limit`` characters, split only between blocks (stories).

    A single block longer than the limit is cut at the last line break (or space) that
    fits, and goes on in the next message.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        while len(block) > limit:
            cut = block.rfind("\n", 0, limit)
            cut = cut if cut > 0 else block.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                messages.append(current)
                current = ""
            messages.append(block[:cut].rstrip())
            block = block[cut:].lstrip()
        trial = f"{current}{joiner}{block}" if current else block
        if len(trial) <= limit:
            current = trial
        else:
            messages.append(current)
            current = block
    if current:
        messages.append(current)
    return messages
