"""What ``newsdesk schedule`` shows: each scheduled digest's next run and its last runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from newsdesk.config import Config, DigestConfig
from newsdesk.model import ScheduleSlot
from newsdesk.schedule._cron import describe, next_slot
from newsdesk.schedule._decide import publish_time


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """One scheduled digest: when it runs, what a run does, and how its runs went."""

    #: Digest name.
    digest: str
    #: Its cron schedule, as configured.
    schedule: str
    #: The schedule in words ("At 22:30 every day").
    description: str
    #: The zone the schedule is read in (the digest's).
    timezone: str
    #: "required": a run stops at a draft for an editor; "none": it publishes.
    review: str
    #: How long a scheduled draft waits for an editor before it is published (None:
    #: never).
    auto_publish_after: str | None
    #: The channels it is published on (none: a run sends nothing, as ``publish`` would
    #: refuse it; each edition only goes on the site, and its slot is on-site).
    channels: tuple[str, ...]
    #: The channels its alerts go to.
    alerts: tuple[str, ...]
    #: When it runs next, in its zone (None: the schedule never fires again).
    next_run: datetime | None
    #: Its recorded runs, the newest slot first.
    runs: tuple[ScheduleSlot, ...]
    #: When the newest run's draft is published unless an editor acts (None: no draft
    #: waits).
    publishes_at: datetime | None = None


def digest_schedule(
    config: Config, digest: DigestConfig, runs: Sequence[ScheduleSlot], now: datetime
) -> DigestSchedule:
    """The schedule of a digest that has one, as of ``now``."""
    assert digest.schedule is not None
    zone = ZoneInfo(digest.timezone)
    upcoming = next_slot(digest.schedule, digest.timezone, now)
    waiting = publish_time(runs[0], digest) if runs else None
    return DigestSchedule(
        digest=digest.name,
        schedule=digest.schedule,
        description=describe(digest.schedule),
        timezone=digest.timezone,
        review=digest.review,
        auto_publish_after=digest.auto_publish_after or None,
        channels=tuple(c.id for c in digest.publish),
        alerts=tuple(c.id for c in config.alert_channels_of(digest)),
        next_run=upcoming.astimezone(zone) if upcoming else None,
        runs=tuple(runs),
        publishes_at=waiting.astimezone(zone) if waiting else None,
    )
