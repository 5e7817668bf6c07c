"""Publishers, not feeds: every item keeps the outlet that published it.

An ordinary feed publishes its own items; an aggregator (a file or route of many outlets,
Hacker News, Reddit) carries other outlets' items, each keeping its own outlet.  One
outlet seen through two feeds has one key, so corroboration counts it once.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsdesk.collect._collector import to_items
from newsdesk.collect._http import Fetcher
from newsdesk.collect._publisher import (
    entry_publisher,
    outlet_name,
    publisher_key,
    site_names,
    spelled_name,
    store_site_names,
)
from newsdesk.collect.kinds import KINDS, CollectContext
from newsdesk.collect.kinds.feed import FeedSource, parse_feed
from newsdesk.collect.kinds.hackernews import HackerNewsSource, parse_item
from newsdesk.collect.kinds.jsonl import JsonlSource
from newsdesk.collect.kinds.reddit import RedditSource, parse_listing
from newsdesk.collect.kinds.rsshub import RSSHubSource
from newsdesk.config import FetchSettings, RSSHubSettings, SourceConfig
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import Entry, FetchState, Item

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UTC8 = ZoneInfo("Asia/Shanghai")
XML = {"Content-Type": "application/xml; charset=utf-8"}


def _items(source: SourceConfig, entries: list[Entry]) -> list[Item]:
    items, skipped = to_items(source, entries, UTC8)
    assert not skipped
    return items


def _collect(source: SourceConfig, fast: FetchSettings, rsshub: str = "") -> list[Item]:
    """Collect one source as a run does (its kind, then normalisation)."""

    async def go() -> list[Entry]:
        async with Fetcher(fast) as fetcher:
            settings = RSSHubSettings(instance=rsshub) if rsshub else RSSHubSettings()
            ctx = CollectContext(fetcher, FetchState(source.id), FIXTURES, settings)
            return (await KINDS[source.kind](source, ctx)).entries

    return _items(source, asyncio.run(go()))


def _publishers(items: list[Item]) -> list[tuple[str, str]]:
    return [(i.publisher, i.publisher_key) for i in items]


# -- files of many outlets -------------------------------------------------------------


def test_jsonl_file_of_three_outlets_gives_three_publishers(fast: FetchSettings) -> None:
    source = JsonlSource(
        id="digest-file",
        kind="jsonl",
        path="publisher_aggregator.jsonl",
        fields={"url": "link", "published": "pub_date", "publisher": "source"},
    )

    items = _collect(source, fast)

    assert _publishers(items) == [
        ("智能前哨", "智能前哨"),
        ("模型观察", "模型观察"),
        ("Tidewater Tech", "tidewater-tech.example"),
        ("智能前哨", "智能前哨"),  # its second article, the name's stray spaces dropped
    ]
    assert len({i.publisher_key for i in items}) == 3


def test_jsonl_publisher_field_is_read_by_default(tmp_path: Path, fast: FetchSettings) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"url": "https://mp.weixin.qq.com/s/xyz", "title": "标题", "publisher": "模型观察"}\n',
        "utf-8",
    )
    source = JsonlSource(id="file", kind="jsonl", path=str(tmp_path / "a.jsonl"))

    assert _publishers(_collect(source, fast)) == [("模型观察", "模型观察")]


def test_jsonl_without_a_publisher_field_is_published_by_the_source(fast: FetchSettings) -> None:
    source = JsonlSource(id="imports", kind="jsonl", path="jsonl_items.jsonl", name="My Imports")

    items = _collect(source, fast)

    assert {i.publisher for i in items} == {"My Imports"}


def test_accounts_on_one_platform_are_distinct_publishers() -> None:
    # Every WeChat account publishes on mp.weixin.qq.com: the host says nothing of who.
    assert publisher_key("智能前哨", "https://mp.weixin.qq.com/s/a") == "智能前哨"
    assert publisher_key("模型观察", "https://mp.weixin.qq.com/s/b") == "模型观察"


# -- one outlet through two feeds ------------------------------------------------------


def test_outlet_read_through_its_own_rss_and_an_rsshub_route_is_one_publisher(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/tidewater/ai"] = Reply(
        200, (FIXTURES / "publisher_rsshub_route.xml").read_bytes(), XML
    )
    own = FeedSource(id="tidewater", name="Tidewater Tech", kind="feed", url="https://x.example")
    route = RSSHubSource(id="tidewater-hub", kind="rsshub", route="/tidewater/ai")

    own_items = _items(
        own, parse_feed((FIXTURES / "publisher_site_feed.xml").read_text("utf-8"), own.url)
    )
    route_items = _collect(route, fast, rsshub=server.base_url)

    assert {i.publisher_key for i in own_items + route_items} == {"tidewater-tech.example"}
    assert own_items[0].publisher == "Tidewater Tech"
    assert route_items[0].publisher == "tidewater-hub"  # the route is named by its id
    assert route_items[0].author == "Sam Ortiz"  # an ordinary feed's author is a byline


def test_publisher_names_fold_case_and_spaces_when_no_own_site_is_known() -> None:
    wechat = "https://mp.weixin.qq.com/s/a"

    assert publisher_key("Model Watch", wechat) == publisher_key(" model  watch ", wechat)
    assert publisher_key("ＡＩ前哨", "") == publisher_key("ai前哨", "") == "ai前哨"


def test_site_host_is_the_key_with_or_without_www() -> None:
    assert publisher_key("Tidewater", "https://www.tidewater-tech.example/a") == (
        publisher_key("Tidewater Tech (RSSHub)", "https://tidewater-tech.example/b")
    )


# -- aggregator feeds ------------------------------------------------------------------


def test_aggregator_route_keeps_each_items_outlet(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/flash/ai"] = Reply(
        200, (FIXTURES / "publisher_aggregator_route.xml").read_bytes(), XML
    )
    source = RSSHubSource(id="flash", kind="rsshub", route="/flash/ai", aggregator=True)

    items = _collect(source, fast, rsshub=server.base_url)

    assert _publishers(items) == [
        ("Tidewater Tech", "tidewater-tech.example"),  # its <source url="...">Name</source>
        ("智能前哨", "智能前哨"),  # the outlet the route gives as author
        ("news.harborview.example", "news.harborview.example"),  # only the article's host
    ]


def test_rss_source_element_names_the_outlet_of_an_item() -> None:
    entry = parse_feed((FIXTURES / "publisher_aggregator_route.xml").read_text("utf-8"), "x")[0]

    assert (entry.publisher, entry.publisher_url) == (
        "Tidewater Tech",
        "https://www.tidewater-tech.example/",
    )


def test_source_not_marked_aggregator_publishes_what_it_carries() -> None:
    source = FeedSource(id="flash", name="AI 快讯汇总", kind="feed", url="https://flash.example")
    entries = parse_feed((FIXTURES / "publisher_aggregator_route.xml").read_text("utf-8"), "x")

    publishers = _publishers(_items(source, entries))

    assert publishers[0] == ("Tidewater Tech", "tidewater-tech.example")  # <source> still counts
    assert publishers[2] == ("AI 快讯汇总", "news.harborview.example")


# -- discussion sites ------------------------------------------------------------------

HN_STORY = {
    "id": 41001, "type": "story", "by": "kitepilot", "time": 1778745600,
    "title": "Fernhill open-sources a 3B model that runs on a phone",
    "url": "https://www.fernhill.example/posts/pocket-3b", "score": 312, "descendants": 148,
}  # fmt: skip
HN_ASK = {
    "id": 41002, "type": "story", "by": "quietloop", "time": 1778740215,
    "title": "Ask HN: How do you evaluate RAG pipelines?", "text": "Our evals disagree.",
    "score": 95, "descendants": 60,
}  # fmt: skip


def _hn(raw: dict[str, Any], **extra: Any) -> Item:
    source = HackerNewsSource(id="hn", name="Hacker News", kind="hackernews", **extra)
    entry = parse_item(raw, source)
    assert entry is not None
    return _items(source, [entry])[0]


def test_hacker_news_link_is_published_by_the_linked_outlet() -> None:
    item = _hn(HN_STORY)

    assert (item.publisher, item.publisher_key) == ("fernhill.example", "fernhill.example")
    assert item.url == "https://news.ycombinator.com/item?id=41001"  # still the discussion


def test_a_link_to_a_shared_host_is_published_by_the_account_there() -> None:
    repos = [
        _hn(HN_STORY | {"id": 41003 + n, "url": f"https://github.com/{owner}/tool"})
        for n, owner in enumerate(["fernhill-labs", "quietloop"])
    ]
    assert [i.publisher_key for i in repos] == ["github.com/fernhill-labs", "github.com/quietloop"]


def test_hacker_news_own_post_is_published_by_hacker_news() -> None:
    assert _publishers([_hn(HN_ASK)]) == [("Hacker News", "hackernews")]


def test_hacker_news_marked_not_aggregator_publishes_every_item_itself() -> None:
    assert _hn(HN_STORY, aggregator=False).publisher == "Hacker News"


def test_reddit_link_post_is_published_by_the_linked_outlet() -> None:
    listing = {
        "data": {
            "children": [
                {"data": {"permalink": "/r/LocalLLaMA/comments/1/pocket_3b/", "title": "3B",
                          "url": "https://www.fernhill.example/posts/pocket-3b", "score": 10}},
                {"data": {"permalink": "/r/LocalLLaMA/comments/2/question/", "title": "Q?",
                          "is_self": True, "score": 5}},
            ]
        }
    }  # fmt: skip
    source = RedditSource(id="localllama", kind="reddit", subreddit="LocalLLaMA")

    items = _items(source, parse_listing(listing, "x"))

    assert _publishers(items) == [
        ("fernhill.example", "fernhill.example"),
        ("localllama", "localllama"),  # a self post: the subreddit publishes it
    ]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (Entry(url="https://a.example/1", title="t"), ("Feed", "a.example")),
        (Entry(url="https://a.example/1", title="t", publisher="Other"), ("Other", "a.example")),
        (
            Entry(url="https://agg.example/1", title="t", publisher_url="https://www.b.example/"),
            ("b.example", "b.example"),
        ),
    ],
    ids=["own", "named-outlet", "outlet-url-only"],
)
def test_entry_publisher(entry: Entry, expected: tuple[str, str]) -> None:
    got = entry_publisher(entry, url=entry.url, external="", source_name="Feed", aggregator=False)

    assert got == expected


def test_a_host_named_outlet_takes_the_name_its_site_goes_by() -> None:
    names = site_names(
        [
            ("Frontier Dispatch", "https://www.frontierdispatch.example/news/a"),
            ("frontierdispatch.example", "https://www.frontierdispatch.example/news/b"),
            ("Hacker News", "https://news.ycombinator.com/item?id=1"),
        ]
    )
    assert names == {"frontierdispatch.example": "Frontier Dispatch"}  # shared hosts lend none
    assert outlet_name("frontierdispatch.example", names) == "Frontier Dispatch"
    assert outlet_name("Frontier Dispatch", names) == "Frontier Dispatch"
    assert outlet_name("github.com/owner", names) == "github.com/owner"  # an account


def test_an_unconfigured_outlet_is_named_as_the_reports_spell_its_host() -> None:
    titles = [
        "EvalCommons: 11 of 30 AIME problems appear verbatim",
        "知名学者Elena Marsh长文：预训练的性价比降了4倍",
        "12小时GitHub星标破9600",
        "Corvid AI launches its agent",
    ]
    assert outlet_name("evalcommons.example", {}, titles) == "EvalCommons"
    assert outlet_name("elenamarsh.example", {}, titles) == "Elena Marsh"
    assert outlet_name("github.example", {}, titles) == "GitHub"
    assert outlet_name("corvid-ai.example", {}, titles) == "Corvid AI"


def test_no_name_is_made_up_from_a_host() -> None:
    titles = ["The nature of scaling laws", "Ft. Worth lab opens", "Eval, Commons"]
    assert spelled_name("nature.example", titles) == ""  # a common word, not a name
    assert spelled_name("ft.example", titles) == ""  # too short to tell
    assert spelled_name("evalcommons.example", titles) == ""  # not adjacent words
    assert outlet_name("nature.example", {}, titles) == "nature.example"


def test_one_outlet_under_its_host_and_its_name_counts_once() -> None:
    """The key, not the name, identifies an outlet: renaming a host-named report changes
    what readers see, never how many publishers a story has."""
    own = entry_publisher(
        Entry(title="t", url="https://www.fd.example/a"),
        url="https://www.fd.example/a",
        external="",
        source_name="Frontier Dispatch",
        aggregator=False,
    )
    linked = entry_publisher(
        Entry(title="t", url="https://news.ycombinator.com/item?id=1"),
        url="https://news.ycombinator.com/item?id=1",
        external="https://fd.example/a",
        source_name="Hacker News",
        aggregator=True,
    )
    assert own[1] == linked[1] == "fd.example"
    names = site_names([(own[0], "https://www.fd.example/a")])
    assert outlet_name(linked[0], names) == own[0]


def test_a_host_takes_the_name_the_stores_items_of_it_bear() -> None:
    counts = [
        ("frontierdispatch.example", "Frontier Dispatch", 40),
        ("frontierdispatch.example", "frontierdispatch.example", 3),  # a link to it
        ("frontierdispatch.example", "FD Weekly", 2),  # a rarer name of the same site
        ("news.ycombinator.com", "Hacker News", 9),  # a shared host lends no name
        ("github.com/owner", "Owner", 4),  # an account, not a site
        ("智能前哨", "智能前哨", 5),  # an outlet keyed by its name
    ]
    assert store_site_names(counts) == {"frontierdispatch.example": "Frontier Dispatch"}


def test_a_name_spread_over_many_hosts_is_no_sites_name() -> None:
    """A feed of many outlets named after itself: no host holds most of its items."""
    counts = [
        ("a.example", "Roundup File", 3),
        ("b.example", "Roundup File", 3),
        ("c.example", "Roundup File", 2),
        ("d.example", "Delta Labs", 2),
        ("d.example", "Roundup File", 1),
    ]
    assert store_site_names(counts) == {"d.example": "Delta Labs"}
