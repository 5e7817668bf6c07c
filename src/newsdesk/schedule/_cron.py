"""A digest's cron schedule in its own time zone: when it fired last, when it fires next.

Cron fields are read in the digest's zone (``"30 22 * * *"`` in Asia/Shanghai fires at
14:30 UTC); a time that a daylight-saving change skips fires when the clock resumes, one
it repeats fires once (cronsim's reading, as cron's).  Every time returned is UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cronsim import CronSim


def latest_slot(schedule: str, zone: str, now: datetime) -> datetime | None:
    """The newest time the schedule fired at or before ``now`` (None: never, in the
    cron calendar's reach)."""
    local = now.astimezone(ZoneInfo(zone)).replace(microsecond=0) + timedelta(seconds=1)
    fired = next(CronSim(schedule, local, reverse=True), None)
    return None if fired is None else fired.astimezone(UTC)


def next_slot(schedule: str, zone: str, now: datetime) -> datetime | None:
    """The first time the schedule fires after ``now`` (None: never again)."""
    fires = next(CronSim(schedule, now.astimezone(ZoneInfo(zone))), None)
    return None if fires is None else fires.astimezone(UTC)


def slot_day(slot: datetime, zone: str) -> date:
    """The digest's day a slot runs: its date in the digest's zone."""
    return slot.astimezone(ZoneInfo(zone)).date()


def describe(schedule: str) -> str:
    """The schedule in words: "At 22:30 every day"."""
    return CronSim(schedule, datetime(2000, 1, 1, tzinfo=UTC)).explain()
