"""Read the many ways feeds and pages write a date; never raise."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

_AMBIGUOUS_ZONE = re.compile(r"\s+(?:CST|IST|BST|AST)$")
_CHINESE = re.compile(
    r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s*|T)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
#: A month and day with a time but no year, as Chinese list pages write today's news.
_CHINESE_NO_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
#: What may follow a date and time as its zone: UTC, GMT or Z, an offset, or both
#: ("GMT+8", as Chinese pages write it: east of Greenwich, not POSIX's reverse).
_ZONE = re.compile(r"(?:(UTC|GMT|Z)\s*)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?", re.IGNORECASE)
#: RFC 5322's "-0000": the time is UTC, the writer's own zone unknown.
_UNKNOWN_LOCAL = re.compile(r"\s-0000$")
#: Real zones lie within UTC-12 and UTC+14; Python refuses offsets of a day or more.
_MAX_OFFSET = timedelta(hours=18)
#: Unix times above this are in milliseconds (it is the year 5138 in seconds).
_MILLISECONDS = 1e11


def from_timestamp(value: object) -> datetime | None:
    """A Unix time (seconds, or milliseconds when that large) as UTC; None when unusable."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not math.isfinite(seconds) or seconds <= 0:
        return None
    if seconds >= _MILLISECONDS:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _sane(value: datetime | None) -> datetime | None:
    """The value, unless its zone offset is impossible (``+9999``) or it has none at all."""
    if value is None or value.tzinfo is None:
        return value
    try:
        offset = value.utcoffset()
    except ValueError:  # dateutil's tzoffset of a day or more
        return None
    if offset is None or abs(offset) > _MAX_OFFSET:
        return None
    return value


def _zoned(naive: datetime, rest: str) -> datetime:
    """The time a Chinese date's trailing text puts it in ("UTC", "+08:00", "GMT+8"); as
    it is (read in the source's zone later) when the text is no zone or an impossible one."""
    found = _ZONE.fullmatch(rest.strip())
    if not rest.strip() or found is None or not any(found.groups()):
        return naive
    _, sign, hours, minutes = found.groups()
    offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    if offset >= _MAX_OFFSET:
        return naive
    return naive.replace(tzinfo=timezone(-offset if sign == "-" else offset))


def _without_year(match: re.Match[str], now: datetime | None) -> datetime | None:
    """A day written without its year ("12月1日 08:30"): the latest such day in the years
    around ``now`` that is not after tomorrow (a page of late December read on 1 January
    is last year's); None when none is (2月29日 far from a leap year)."""
    now = now or datetime.now(UTC)
    mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
    for year in (now.year + 1, now.year, now.year - 1):
        try:
            when = datetime(year, mo, d, h, mi, s)
        except ValueError:  # 2月29日 in another year, or no such day
            continue
        if when <= now.replace(tzinfo=None) + timedelta(days=1):
            return when
    return None


def parse_date(value: object, now: datetime | None = None) -> datetime | None:
    """A datetime, naive when the text gives no zone; None when unreadable.

    Tries RFC 822 (RSS; "-0000" is UTC), ISO 8601 (Atom, JSON Feed), Chinese
    "2026年5月14日 09:12" (a zone written after it, "UTC" or "+08:00", is kept) and
    "5月14日 09:12" (the latest such day by ``now``, default the real time), then
    dateutil's general parser.  A number (a JSON field holding Unix time) is read as one;
    anything else that is not text gives None.
    """
    if isinstance(value, int | float):
        return from_timestamp(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200 or "\x00" in text:
        return None
    # "CST" is China Standard Time in Chinese feeds but US Central in the email module;
    # ambiguous abbreviations are left out so the source's own time zone applies.
    text = _AMBIGUOUS_ZONE.sub("", text)
    if text.isascii() and text.isdigit() and len(text) in (10, 13):  # Unix s or ms
        return from_timestamp(int(text))
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None and _UNKNOWN_LOCAL.search(text):
            parsed = parsed.replace(tzinfo=UTC)
        return _sane(parsed)
    try:
        return _sane(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    match = _CHINESE.search(text)
    if match:
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
        try:
            return _zoned(datetime(y, mo, d, h, mi, s), text[match.end() :])
        except ValueError:
            return None
    match = _CHINESE_NO_YEAR.search(text)
    if match:
        return _without_year(match, now)
    try:
        return _sane(dateutil_parser.parse(text))
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
