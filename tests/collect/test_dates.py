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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-14 09:12 UTC", datetime(2026, 5, 14, 9, 12, tzinfo=UTC)),
        ("2026-05-14T09:12:00 UTC", datetime(2026, 5, 14, 9, 12, tzinfo=UTC)),
        ("2026-05-14 09:12 Z", datetime(2026, 5, 14, 9, 12, tzinfo=UTC)),
        ("2026-05-14 09:12 +08:00", datetime(2026, 5, 14, 9, 12, tzinfo=CST)),
        ("2026/05/14 09:12:00 GMT+8", datetime(2026, 5, 14, 9, 12, tzinfo=CST)),
        ("2026年5月14日 09:12 GMT+0800", datetime(2026, 5, 14, 9, 12, tzinfo=CST)),
        (
            "2026-05-14 09:12 -0500",
            datetime(2026, 5, 14, 9, 12, tzinfo=timezone(-timedelta(hours=5))),
        ),
        ("Thu, 14 May 2026 09:12:00 -0000", datetime(2026, 5, 14, 9, 12, tzinfo=UTC)),
    ],
)
def test_a_zone_written_after_a_date_is_kept(text: str, expected: datetime) -> None:
    """Only a time with no zone is the source's to place: one that says UTC, an offset,
    or RFC 5322's "-0000" (UTC, the writer's zone unknown) is that time."""
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2026-05-14 09:12 来源：新华社", "2026-05-14 09:12（北京时间）"])
def test_words_after_a_date_leave_it_to_the_source_zone(text: str) -> None:
    assert parse_date(text) == datetime(2026, 5, 14, 9, 12)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("5月14日 09:12", datetime(2026, 5, 20, tzinfo=UTC), datetime(2026, 5, 14, 9, 12)),
        ("12月31日 23:50", datetime(2027, 1, 1, 2, tzinfo=UTC), datetime(2026, 12, 31, 23, 50)),
        ("1月1日 00:10", datetime(2026, 12, 31, 20, tzinfo=UTC), datetime(2027, 1, 1, 0, 10)),
        ("2月29日", datetime(2027, 3, 1, tzinfo=UTC), None),  # none lately: undated
        ("5月14日", datetime(2026, 5, 20, tzinfo=UTC), datetime(2026, 5, 14)),
    ],
)
def test_a_chinese_day_without_a_year_is_its_latest_not_after_tomorrow(
    text: str, now: datetime, expected: datetime | None
) -> None:
    assert parse_date(text, now) == expected
