"""Alerts: a short plain-text message on a digest's alert channels, through the channels'
own code (a chat webhook, Telegram, e-mail), and the words of each alert."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from newsdesk._command import command
from newsdesk.config import Config, DigestConfig
from newsdesk.publish import PublishError, make_channel

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AlertSent:
    """What became of an alert on one channel."""

    #: The channel's id.
    channel: str
    #: Whether the service took it.
    ok: bool
    #: Why not, in words for the user ("" when it was sent).
    error: str = ""


def send_alert(config: Config, digest: DigestConfig, text: str) -> list[AlertSent]:
    """Post ``text`` on each of the digest's alert channels (see
    :meth:`Config.alert_channels_of`) under the digest's title; a channel that fails is
    reported and logged, never raised, so one broken channel does not hide the alert on
    the others.  Empty when the digest has no alert channel."""
    heading = f"{digest.title} · newsdesk"
    sent = []
    for channel in config.alert_channels_of(digest):
        if not channel.enabled:
            sent.append(AlertSent(channel.id, False, "the channel is disabled (enabled: false)"))
            continue
        publisher = make_channel(channel, config.base_dir, config.base_dir / ".newsdesk-git")
        try:
            publisher.ready()
            publisher.alert(heading, text)
        except Exception as err:
            said = publisher.said(err)
            if not isinstance(err, PublishError):
                said = f"{type(err).__name__}: {said} (a bug in newsdesk; please report it)"
            log.warning("The alert for %s was not sent on %s: %s", digest.name, channel.id, said)
            sent.append(AlertSent(channel.id, False, said))
        else:
            sent.append(AlertSent(channel.id, True))
    return sent


def _where(digest: DigestConfig, day: date, review_url: str) -> str:
    """Where an editor looks at the day: the desk's page, else the command."""
    if review_url:
        return review_url.format(digest=digest.name, day=day.isoformat())
    return f"`{command()} edition show --digest {digest.name} --date {day}`"


def _local(moment: datetime, digest: DigestConfig) -> str:
    return f"{moment.astimezone(ZoneInfo(digest.timezone)):%Y-%m-%d %H:%M} ({digest.timezone})"


def failed_text(digest: DigestConfig, day: date, slot: datetime, reason: str) -> str:
    """The alert for a scheduled run that failed: nothing was published."""
    return (
        f"The scheduled run of {digest.name} {day} ({_local(slot, digest)}) failed: {reason}\n"
        f"Nothing was published. `{command()} schedule` lists the runs; `{command()} run --date "
        f"{day}` runs the day again by hand."
    )


def draft_text(
    digest: DigestConfig, day: date, revision: int | None, review_url: str,
    publish_at: datetime | None,
) -> str:  # fmt: skip
    """The notice that a scheduled run's draft waits for an editor."""
    which = f" (revision {revision})" if revision else ""
    text = (
        f"The draft of {digest.name} {day}{which} is ready for review: "
        f"{_where(digest, day, review_url)}\n"
        f"Approve it with `{command()} edition approve --digest {digest.name} --date {day}`, "
        f"then `{command()} publish`."
    )
    if publish_at is not None:
        text += (
            f"\nUnless an editor acts on it, it is published unchanged at "
            f"{_local(publish_at, digest)}."
        )
    return text


def published_text(digest: DigestConfig, day: date, revision: int | None) -> str:
    """The notice that a draft nobody acted on was published (or, with no channel to
    publish on, approved and left on the site)."""
    done = (
        "published unchanged"
        if digest.publish
        else "left on the site unchanged; no channel is configured, so nothing was sent"
    )
    return (
        f"Nobody acted on the draft of {digest.name} {day} within "
        f"{digest.auto_publish_after}: revision {revision} was approved by the scheduler "
        f"and {done}."
    )
