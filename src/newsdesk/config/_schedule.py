"""A digest's ``schedule`` and ``auto_publish_after``: cron expressions and durations,
checked when the file loads."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Annotated

from cronsim import CronSim, CronSimError
from pydantic import AfterValidator

#: The shortest and longest grace ``auto_publish_after`` takes.
MIN_GRACE = timedelta(minutes=1)
MAX_GRACE = timedelta(days=7)
_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?")


def _check_cron(value: str) -> str:
    fields = value.split()
    if len(fields) != 5:
        raise ValueError(
            f"is not a cron schedule: it has {len(fields)} fields where cron has 5 (minute "
            'hour day-of-month month day-of-week), e.g. "30 22 * * *" for 22:30 every day'
        )
    try:
        CronSim(value, datetime(2000, 1, 1, tzinfo=UTC))
    except CronSimError as err:
        raise ValueError(
            f'is not a cron schedule ({str(err).lower()}); e.g. "30 22 * * *" is 22:30 every '
            'day, "0 8 * * 1-5" 08:00 on weekdays'
        ) from None
    return " ".join(fields)


def parse_duration(value: str) -> timedelta:
    """ "2h", "90m", "1h30m" or "1d" as a timedelta.  Raises ValueError otherwise."""
    match = _DURATION.fullmatch(value.strip())
    if not value.strip() or match is None:
        raise ValueError(
            'is not a duration: write hours and minutes such as "2h", "90m" or "1h30m"'
        )
    days, hours, minutes = (int(part or 0) for part in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def _check_duration(value: str) -> str:
    grace = parse_duration(value)
    if not MIN_GRACE <= grace <= MAX_GRACE:
        raise ValueError("is out of range; it must be at least 1m and at most 7d")
    return value.strip()


#: Five cron fields, read in the digest's time zone.
CronSchedule = Annotated[str, AfterValidator(_check_cron)]
#: A duration such as "2h" or "1h30m", from a minute to a week.
Duration = Annotated[str, AfterValidator(_check_duration)]
