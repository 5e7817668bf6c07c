"""The date formats feeds and list pages really use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.collect._dates import parse_date

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu, 14 May 2026 09:12:00 +0800", datetime(2026, 5, 14, 9, 12, tzinfo=CST)),
        ("Thu, 14 May 2026 01:12:00 GMT", datetime(2026, 5, 14, 1, 12, tzinfo=UTC)),
        ("2026-05-14T09:12:00+08:00", datetime(2026, 5, 14, 9, 12, tzinfo=CST)),
        ("2026-05-14T01:12:00Z", datetime(2026, 5, 14, 1, 12, tzinfo=UTC)),
        ("2026-05-14 09:12:00", datetime(2026, 5, 14, 9, 12)),
        ("2026-05-14", datetime(2026, 5, 14)),
        ("2026年05月14日 09:12", datetime(2026, 5, 14, 9, 12)),
        ("2026年5月4日", datetime(2026, 5, 4)),
        ("1778720400", datetime(2026, 5, 14, 1, 0, tzinfo=UTC)),
        ("May 14, 2026 9:12 AM", datetime(2026, 5, 14, 9, 12)),
    ],
)
def test_parse_date(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [None, "", "   ", "yesterday-ish", "2026年13月40日"])
def test_unreadable_dates_are_none(text: str | None) -> None:
    assert parse_date(text) is None


def test_ambiguous_cst_is_left_to_the_source_zone() -> None:
    assert parse_date("Thu, 14 May 2026 09:00:00 CST") == datetime(2026, 5, 14, 9, 0)


def test_an_impossible_zone_offset_is_unreadable_not_an_error() -> None:
    assert parse_date("Thu, 14 May 2026 09:00:00 +9999") is None


@pytest.mark.parametrize("text", ["2026-05-14T09:00:00+99:00", "2026-05-14 09:00 +2500"])
def test_an_impossible_offset_elsewhere_is_dropped_with_its_zone(text: str) -> None:
    parsed = parse_date(text)

    assert parsed is not None and parsed.tzinfo is None  # the source's own zone applies


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1778745600, datetime(2026, 5, 14, 8, 0, tzinfo=UTC)),
        (1778745600000, datetime(2026, 5, 14, 8, 0, tzinfo=UTC)),
        (1778745600.5, datetime(2026, 5, 14, 8, 0, 0, 500000, tzinfo=UTC)),
    ],
)
def test_a_number_is_read_as_unix_time(value: float, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", [True, [2026, 5, 14], {"y": 2026}, float("inf"), float("nan"), -5, 10**30]
)
def test_a_value_that_is_no_date_is_none(value: object) -> None:
    assert parse_date(value) is None
