"""Scheduled runs: each digest's slot (the time its cron fired) and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class SlotStatus(StrEnum):
    """Where a scheduled slot stands (stored as its value)."""

    #: Claimed; its run is in progress.
    RUNNING = "running"
    #: The first claim's process died; run again, once.
    RETRYING = "retrying"
    #: Written; the draft waits for an editor (``review: required``).
    DRAFTED = "drafted"
    #: The draft's grace period passed; the scheduler is publishing it.
    PUBLISHING = "publishing"
    #: Written and published (``review: none``).
    PUBLISHED = "published"
    #: Written and on the site, and nothing was sent: the digest has no channel, so the
    #: site is all a run (or a lapsed draft, approved unchanged) can be put on.
    ON_SITE = "on-site"
    #: Nobody acted on the draft within ``auto_publish_after``: published unchanged.
    AUTO_PUBLISHED = "auto-published"
    #: An editor acted on the draft: it is theirs to publish.
    REVIEWED = "reviewed"
    #: The day's approved or published edition had nothing new: nothing was written.
    UNCHANGED = "unchanged"
    #: The run failed, or its claim died twice; ``reason`` says why.
    FAILED = "failed"


#: A slot whose work is under way (a process holds it).
HELD_SLOTS = (SlotStatus.RUNNING, SlotStatus.RETRYING, SlotStatus.PUBLISHING)
#: A slot that may still change: held, or a draft waiting for its grace period.
OPEN_SLOTS = (*HELD_SLOTS, SlotStatus.DRAFTED)


@dataclass(frozen=True, slots=True)
class ScheduleSlot:
    """One scheduled run of a digest, as the store records it."""

    #: Digest name.
    digest: str
    #: When its cron fired (UTC): the slot's key with the digest.
    slot: datetime
    #: The digest's day it runs, in the digest's time zone.
    day: date
    #: Where it stands.
    status: SlotStatus
    #: When it was claimed (or last taken over), by the desk's clock (UTC).
    started: datetime
    #: Who holds or held it: "host pid token".
    holder: str
    #: When its run (or its publishing) ended (UTC; None while running).
    finished: datetime | None = None
    #: The run's id in the store's runs (None before it started).
    run_id: int | None = None
    #: The edition revision the run wrote (None when it wrote none).
    revision: int | None = None
    #: Why it failed or what became of it, in words for the user ("" when nothing to say).
    reason: str = ""
