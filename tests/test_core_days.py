"""A digest's days are its own zone's: a command given a digest judges "today", "still
to come" and "the newest day" in that zone, not in the config's (here UTC) nor UTC's.

At 20:00 UTC on 14 May it is already 15 May in Tokyo: the Tokyo digest's today."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsdesk import Newsdesk, parse_config
from newsdesk.exceptions import ConfigError, NotFoundError

CONFIG = """
timezone: UTC
digests:
  - {name: tokyo, title: Tokyo Daily, language: en, timezone: Asia/Tokyo}
  - {name: london, title: London Daily, language: en, timezone: Europe/London}
"""
EVENING = datetime(2026, 5, 14, 20, 0, tzinfo=UTC)  # 05:00 on the 15th in Tokyo
TOKYO_TODAY, UTC_TODAY = date(2026, 5, 15), date(2026, 5, 14)


@pytest.fixture
def desk(tmp_path: Path) -> Newsdesk:
    return Newsdesk(
        parse_config(CONFIG, base_dir=tmp_path),
        store_url=f"sqlite:///{tmp_path / 'desk.db'}",
        now=lambda: EVENING,
    )


def test_the_last_day_a_run_of_every_digest_writes_is_the_easternmost_digests_today(
    desk: Newsdesk,
) -> None:
    with desk:
        assert desk.today() == UTC_TODAY
        assert desk.today("Asia/Tokyo") == TOKYO_TODAY
        assert desk.latest_today() == TOKYO_TODAY


def test_a_digests_own_today_is_no_day_to_come_but_its_tomorrow_is(desk: Newsdesk) -> None:
    """``digest show`` and ``edition show`` of the Tokyo digest's today offer a run of it
    (the config's zone is still on the 14th); of its tomorrow, they say it is to come."""
    with desk:
        for show in (desk.digest, desk.edition):
            with pytest.raises(NotFoundError) as today:
                show("tokyo", TOKYO_TODAY)
            assert "still to come" not in str(today.value)
            assert f"run --date {TOKYO_TODAY}" in str(today.value)
            with pytest.raises(NotFoundError) as tomorrow:
                show("tokyo", date(2026, 5, 16))
            assert f"still to come (today is {TOKYO_TODAY})" in str(tomorrow.value)
            with pytest.raises(NotFoundError) as london:
                show("london", TOKYO_TODAY)  # 21:00 on the 14th in London
            assert f"still to come (today is {UTC_TODAY})" in str(london.value)


def test_a_run_is_refused_only_a_day_to_come_in_its_digests_zone(desk: Newsdesk) -> None:
    with desk:
        with pytest.raises(ConfigError, match="--date 2026-05-16 is still to come"):
            desk.run(day=date(2026, 5, 16), digest="tokyo")
        with pytest.raises(ConfigError, match="--date 2026-05-15 is still to come"):
            desk.run(day=TOKYO_TODAY, digest="london")
        with pytest.raises(ConfigError, match="--date 2026-05-16 is still to come"):
            desk.run(day=date(2026, 5, 16))  # every digest: even Tokyo's is the 15th


def test_stories_of_a_digest_default_to_its_today(desk: Newsdesk) -> None:
    with desk:
        assert desk.stories(digest="tokyo", explain=True).day == TOKYO_TODAY
        assert desk.stories(digest="london", explain=True).day == UTC_TODAY
        assert desk.stories(digest="tokyo").day == TOKYO_TODAY
