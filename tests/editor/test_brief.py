"""A story's facts count and name publishers, not the feeds they came through."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, brief

from newsdesk.config import WriteSettings
from newsdesk.editor import Report, StoryBrief, offline_entry
from newsdesk.editor._writer import reports_text
from newsdesk.model._record import is_record

#: Tidewater Tech read through its own RSS and through an RSSHub route, and Harborview.
OWN_FEED = replace(
    LUMINA_EN,
    url="https://www.tidewater-tech.example/2026/05/lumina",
    source="Tidewater Tech",
    publisher="Tidewater Tech",
    publisher_key="tidewater-tech.example",
)
VIA_RSSHUB = replace(
    LUMINA_EN,
    title="Lumina's Series B, in numbers",
    url="https://tidewater-tech.example/2026/05/lumina-numbers",
    source="tidewater-hub",
    publisher="tidewater-hub",
    publisher_key="tidewater-tech.example",
)
HARBORVIEW = replace(
    LUMINA_EN,
    url="https://news.harborview.example/lumina",
    source="Harborview",
    publisher="Harborview",
    publisher_key="harborview.example",
)


def test_one_publisher_through_two_feeds_is_one_source() -> None:
    assert brief((OWN_FEED, VIA_RSSHUB)).facts("zh")[0] == "来源：Tidewater Tech。"
    assert brief((OWN_FEED, VIA_RSSHUB, HARBORVIEW)).facts("en")[0] == (
        "From 2 sources: Tidewater Tech, Harborview."
    )


def test_each_outlet_of_an_aggregator_is_a_source_named_as_the_outlet() -> None:
    reports = tuple(
        replace(LUMINA_ZH, url=f"https://mp.weixin.qq.com/s/{n}", source="AI 快讯汇总",
                publisher=outlet, publisher_key=outlet)
        for n, outlet in enumerate(["智能前哨", "模型观察", "光年观察"])
    )  # fmt: skip

    entry = offline_entry(brief(reports), "zh")

    assert entry.insights[0] == "来自 3 个来源：智能前哨、模型观察、光年观察。"
    assert [s.source for s in entry.sources] == ["智能前哨", "模型观察", "光年观察"]


def test_a_linked_article_is_named_by_its_outlet_and_its_points_by_the_site() -> None:
    hn = replace(
        LUMINA_EN,
        url="https://news.ycombinator.com/item?id=41001",
        source="Hacker News",
        kind="hackernews",
        publisher="wire.example.com",
        publisher_key="wire.example.com",
        metrics={"points": 312},
    )

    facts = brief((hn,)).facts("en")

    assert facts[0] == "Source: wire.example.com."
    assert "312 points on Hacker News." in facts
    assert "Hacker News" in brief((hn,)).evidence_texts("en")[-1]  # the LLM may name either


def test_a_report_stored_without_a_publisher_is_published_by_its_source() -> None:
    assert LUMINA_ZH.publisher == ""
    assert brief((LUMINA_ZH, LUMINA_EN)).facts("zh")[0] == "来自 2 个来源：科技前沿、Tech Wire。"


def test_the_llm_is_told_each_reports_publisher() -> None:
    text = reports_text(brief((HARBORVIEW,)), WriteSettings())

    assert text.startswith("[1] Harborview | en |")


def test_the_llm_is_told_each_reports_time_with_its_zone_named() -> None:
    """A time the model repeats must say whose it is, as the digest's own record does."""
    zh = reports_text(brief((HARBORVIEW,)), WriteSettings(), "zh").split("\n")[0]
    en = reports_text(brief((HARBORVIEW,)), WriteSettings(), "en").split("\n")[0]

    assert re.search(r"\| \d{4}-\d\d-\d\d \d\d:\d\d（[^）]+） \|", zh), zh
    assert re.search(r"\| \d{4}-\d\d-\d\d \d\d:\d\d (?:\w+ time|UTC[+-]?[\d:]*) \|", en), en


def test_a_cited_link_is_named_after_the_site_it_opens() -> None:
    """A Hacker News thread on an article is cited as the thread it links to, under the
    aggregator's name; the article's outlet still counts as its publisher."""
    thread = replace(
        LUMINA_EN,
        url="https://news.hackerstack.example/item?id=4410231",
        source="HackerStack",
        kind="hackernews",
        publisher="signalweights.example",
        publisher_key="signalweights.example",
    )
    on_a_subdomain = replace(OWN_FEED, url="https://blog.tidewater-tech.example/p/lumina")
    named_outlet = replace(
        LUMINA_ZH, source="makinotes", publisher="36氪", publisher_key="36氪", kind="jsonl"
    )

    assert thread.link().source == "HackerStack"
    assert thread.link().url == thread.url
    assert thread.outlet == "signalweights.example"
    assert OWN_FEED.link().source == "Tidewater Tech"
    assert on_a_subdomain.link().source == "Tidewater Tech"
    assert named_outlet.link().source == "36氪"


def in_zone(timezone: str, *reports: Report) -> StoryBrief:
    """The brief of a story told by ``reports`` for a digest kept in ``timezone``."""
    chosen = brief(reports)
    return replace(chosen, timezone=timezone)


@pytest.mark.parametrize(
    ("timezone", "zh", "en"),
    [
        ("Asia/Shanghai", "最早报道于 2026-05-14 09:30（北京时间）。",
         "First reported 2026-05-14 09:30 Beijing time."),
        ("Asia/Hong_Kong", "最早报道于 2026-05-14 09:30（香港时间）。",
         "First reported 2026-05-14 09:30 Hong Kong time."),
        ("UTC", "最早报道于 2026-05-14 01:30（UTC）。", "First reported 2026-05-14 01:30 UTC."),
        ("Asia/Tokyo", "最早报道于 2026-05-14 10:30（UTC+9）。",
         "First reported 2026-05-14 10:30 UTC+9."),
        ("America/New_York", "后续报道：该事件最早报道于 2026-05-13 21:30（UTC-4），2 小时前。",
         "Follow-up: first reported 2026-05-13 21:30 UTC-4, 2 hours ago."),
        ("Asia/Kolkata", "最早报道于 2026-05-14 07:00（UTC+5:30）。",
         "First reported 2026-05-14 07:00 UTC+5:30."),
    ],
)  # fmt: skip
def test_first_reported_is_told_in_the_digests_zone_and_names_it(
    timezone: str, zh: str, en: str
) -> None:
    """LUMINA_ZH was published at 01:30 UTC: each digest tells the time in its own zone,
    named as its readers name it, the offset of that day (New York keeps summer time)."""
    story = in_zone(timezone, LUMINA_ZH)
    assert zh in story.facts("zh")
    assert en in story.facts("en")


def test_a_follow_up_names_the_zone_of_its_first_report() -> None:
    earlier = replace(LUMINA_ZH, published=datetime(2026, 5, 12, 15, 0, tzinfo=UTC))
    assert "后续报道：该事件最早报道于 2026-05-12 23:00（北京时间），1 天前。" in (
        brief((LUMINA_ZH, earlier)).facts("zh")
    )  # 34 h 30 min before the day's report: a whole day
    assert "Follow-up: first reported 2026-05-12 23:00 Beijing time, 1 day ago." in (
        brief((LUMINA_ZH, earlier)).facts("en")
    )


@pytest.mark.parametrize(
    ("hours", "zh", "en"),
    [
        (7, "7 小时前", "7 hours ago"),
        (1, "1 小时前", "1 hour ago"),
        (0.5, "30 分钟前", "30 minutes ago"),
        (23.9, "23 小时前", "23 hours ago"),
        (24, "1 天前", "1 day ago"),
        (49, "2 天前", "2 days ago"),
    ],
)
def test_a_follow_ups_age_is_the_time_that_passed_not_the_dates_crossed(
    hours: float, zh: str, en: str
) -> None:
    """The day's report came out at 00:20 Beijing time; one of the evening before is
    hours old, not "1 天前" for having a date before the day's."""
    news = replace(LUMINA_ZH, published=datetime(2026, 5, 13, 16, 20, tzinfo=UTC))
    earlier = replace(LUMINA_ZH, published=news.published - timedelta(hours=hours))
    story = brief((news, earlier))
    assert any(f.startswith("后续报道：") and f.endswith(f"，{zh}。") for f in story.facts("zh"))
    assert any(f.startswith("Follow-up:") and f.endswith(f", {en}.") for f in story.facts("en"))


def test_a_follow_up_alone_on_its_day_is_aged_from_the_days_start() -> None:
    """A story whose every report is of the day before is aged from the day's first
    moment: 20:00 the evening before is 4 hours before it."""
    evening = replace(LUMINA_ZH, published=datetime(2026, 5, 13, 12, 0, tzinfo=UTC))
    assert "后续报道：该事件最早报道于 2026-05-13 20:00（北京时间），4 小时前。" in (
        brief((evening,)).facts("zh")
    )


def test_a_report_dated_without_an_hour_is_told_by_its_day_alone() -> None:
    """A source giving only a date is stored as midnight in the digest's zone: the day,
    with no hour nobody reported and so no zone to name."""
    day_only = replace(LUMINA_ZH, published=datetime(2026, 5, 13, 16, 0, tzinfo=UTC))
    assert "最早报道于 2026-05-14。" in brief((day_only,)).facts("zh")
    assert "First reported 2026-05-14." in brief((day_only,)).facts("en")


def test_each_first_reported_line_is_the_stories_record() -> None:
    for timezone in ("Asia/Shanghai", "UTC", "Asia/Kolkata", "America/New_York"):
        story = in_zone(timezone, LUMINA_ZH)
        for language in ("zh", "en"):
            assert all(is_record(fact) for fact in story.facts(language))
