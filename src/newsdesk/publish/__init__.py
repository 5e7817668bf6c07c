"""Publishing: each digest's day to each configured channel, exactly once.

Every (digest, day, channel) is recorded with its status and the ids the service gave
back; a channel that already published that day is skipped unless forced, one that
failed half-way resumes after what it had posted, and one that fails is reported with
its reason while the others go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from newsdesk.config import (
    ChannelConfig,
    EmailChannel,
    FilesChannel,
    GitChannel,
    TelegramChannel,
    WebhookChannel,
)
from newsdesk.model import Publication
from newsdesk.publish._base import Channel, Edition, PublishError, split_blocks
from newsdesk.publish.email import EmailPublisher
from newsdesk.publish.files import FilesPublisher
from newsdesk.publish.git import GitPublisher
from newsdesk.publish.telegram import TelegramPublisher
from newsdesk.publish.webhooks import WebhookPublisher
from newsdesk.store import Store


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


def publish_edition(
    store: Store, channels: Sequence[Channel], edition: Edition, now: datetime, *, force: bool
) -> list[Publication]:
    """Publish on each channel not yet done (all with ``force``), recording each result."""
    d = edition.digest
    results = []
    for channel in channels:
        done = store.publication(d.name, d.day, channel.id)
        if done is not None and done.status == "published" and not force:
            results.append(replace(done, status="already published"))
            continue
        resume = done.external_ids if done is not None and done.status == "failed" else ()
        try:
            ids = channel.publish(edition, () if force else resume)
        except PublishError as err:
            result = Publication(d.name, d.day, channel.id, "failed", err.sent, str(err), now)
        except (OSError, ValueError) as err:  # a bad path or header: this channel only
            reason = f"{type(err).__name__}: {err}"
            result = Publication(d.name, d.day, channel.id, "failed", (), reason, now)
        else:
            result = Publication(d.name, d.day, channel.id, "published", tuple(ids), None, now)
        store.save_publication(result, now)
        results.append(result)
    return results


__all__ = [
    "Channel",
    "Edition",
    "PublishError",
    "make_channel",
    "publish_edition",
    "split_blocks",
]
