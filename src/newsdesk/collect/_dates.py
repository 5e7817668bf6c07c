"""Read the many ways feeds and pages write a date; never raise."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

_AMBIGUOUS_ZONE = re.compile(r"\s+(?:CST|IST|BST|AST)$")
_CHINESE = re.compile(
    r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)


def parse_date(value: str | None) -> datetime | None:
    """A datetime, naive when the text gives no zone; None when unreadable.

    Tries RFC 822 (RSS), ISO 8601 (Atom, JSON Feed), Chinese "2026年5月14日 09:12",
    then dateutil's general parser.
    """
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    # "CST" is China Standard Time in Chinese feeds but US Central in the email module;
    # ambiguous abbreviations are left out so the source's own time zone applies.
    text = _AMBIGUOUS_ZONE.sub("", text)
    if text.isdigit() and len(text) in (10, 13):  # Unix time in seconds or milliseconds
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
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
        return dateutil_parser.parse(text)
    except (ValueError, OverflowError, TypeError):
        return None
