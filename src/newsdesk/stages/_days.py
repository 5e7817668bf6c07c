"""Days in a zone, and the folder a digest's day is written to."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk.config import Config
from newsdesk.exceptions import NotFoundError

#: The days newsdesk reads and writes: any news falls within them, and a day's hours in
#: any time zone fall within Python's dates (9999-12-31 in UTC+14 does not).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)


def check_day(day: date) -> date:
    """``day``, or NotFoundError for one outside :data:`FIRST_DAY` to :data:`LAST_DAY`:
    asked for by a command or an address, it is said in words, not a crash."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise NotFoundError(
            f"No day {day} here: newsdesk keeps days from {FIRST_DAY} to {LAST_DAY}."
        )
    return day


def day_window(zone_name: str, day: date | None, now: datetime) -> tuple[datetime, datetime]:
    """Start and end (aware) of a day in a zone; default: the zone's today at ``now``."""
    zone = ZoneInfo(zone_name)
    chosen = check_day(day or now.astimezone(zone).date())
    start = datetime.combine(chosen, time(0), zone)
    return start, start + timedelta(days=1)


def day_end(day: date, zone: str, now: datetime) -> datetime:
    """The last moment of a day in a zone, or ``now`` if that is earlier: a run of a
    past day sees its stories as they stood that evening."""
    midnight = datetime.combine(
        check_day(day) + timedelta(days=1), datetime.min.time(), ZoneInfo(zone)
    )
    return min(midnight - timedelta(seconds=1), now)


def output_folder(config: Config, name: str, day: date) -> Path:
    """Where a digest's day is written: ``output.dir``/name/day."""
    root = Path(config.output.dir)
    if not root.is_absolute():
        root = config.base_dir / root
    return root / name / day.isoformat()
