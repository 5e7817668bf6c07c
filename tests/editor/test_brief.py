"""A story's facts count and name publishers, not the feeds they came through."""

from __future__ import annotations

from dataclasses import replace

from editor_helpers import LUMINA_EN, LUMINA_ZH, brief

from newsdesk.config import WriteSettings
from newsdesk.editor import offline_entry
from newsdesk.editor._writer import reports_text

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
        "Reported by 2 outlets: Tidewater Tech, Harborview."
    )


def test_each_outlet_of_an_aggregator_is_a_source_named_as_the_outlet() -> None:
    reports = tuple(
        replace(LUMINA_ZH, url=f"https://mp.weixin.qq.com/s/{n}", source="AI 快讯汇总",
                publisher=outlet, publisher_key=outlet)
        for n, outlet in enumerate(["智能前哨", "模型观察", "光年观察"])
    )  # fmt: skip

    entry = offline_entry(brief(reports), "zh")

    assert entry.insights[0] == "3 家媒体报道：智能前哨、模型观察、光年观察。"
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
    assert brief((LUMINA_ZH, LUMINA_EN)).facts("zh")[0] == "2 家媒体报道：科技前沿、Tech Wire。"


def test_the_llm_is_told_each_reports_publisher() -> None:
    text = reports_text(brief((HARBORVIEW,)), WriteSettings())

    assert text.startswith("[1] Harborview | en |")


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
