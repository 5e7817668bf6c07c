"""Days in a zone, and the folder a digest's day is written to."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk.config import Config, folder_of
from newsdesk.model import check_day


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
    return folder_of(config.base_dir, config.output.dir) / name / day.isoformat()
