"""The days newsdesk reads and writes, checked where a day comes in."""

from __future__ import annotations

from datetime import date

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
