"""Publishing: each digest's day to each configured channel, exactly once.

Every (digest, day, channel) is claimed before posting and recorded message by message
(see ``_once.py``): a channel that already published that day is skipped unless forced,
one that failed half-way resumes after what it had posted, a message with no clear
answer is "unknown" and not posted again unless forced, and a channel that fails is
reported with its reason while the others go on.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.config import (
    ChannelConfig,
    EmailChannel,
    FilesChannel,
    GitChannel,
    TelegramChannel,
    WebhookChannel,
)
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    Revise,
)
from newsdesk.publish._once import LEASE, publish_edition
from newsdesk.publish.email import EmailPublisher
from newsdesk.publish.files import FilesPublisher
from newsdesk.publish.git import GitPublisher
from newsdesk.publish.telegram import TelegramPublisher
from newsdesk.publish.webhooks import WebhookPublisher


def make_channel(config: ChannelConfig, base_dir: Path, work_dir: Path) -> Channel:
    """The publisher of a configured channel."""
    if isinstance(config, FilesChannel):
        return FilesPublisher(config, base_dir)
    if isinstance(config, GitChannel):
        return GitPublisher(config, work_dir)
    if isinstance(config, TelegramChannel):
        return TelegramPublisher(config)
    if isinstance(config, EmailChannel):
        return EmailPublisher(config)
    assert isinstance(config, WebhookChannel)
    return WebhookPublisher(config)


__all__ = [
    "LEASE",
    "Channel",
    "Edition",
    "Message",
    "OutcomeUnknown",
    "Part",
    "PublishError",
    "Revise",
    "make_channel",
    "publish_edition",
]
