"""Read the many ways feeds and pages write a date; never raise."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

_AMBIGUOUS_ZONE = re.compile(r"\s+(?:CST|IST|BST|AST)$")
_CHINESE = re.compile(
    r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
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


def parse_date(value: object) -> datetime | None:
    """A datetime, naive when the text gives no zone; None when unreadable.

    Tries RFC 822 (RSS), ISO 8601 (Atom, JSON Feed), Chinese "2026年5月14日 09:12",
    then dateutil's general parser.  A number (a JSON field holding Unix time) is read
    as one; anything else that is not text gives None.
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
        return _sane(parsed)
    try:
        return _sane(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    match = _CHINESE.search(text)
    if match:
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
        try:
            return datetime(y, mo, d, h, mi, s)
        except ValueError:
            return None
    try:
        return _sane(dateutil_parser.parse(text))
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None
