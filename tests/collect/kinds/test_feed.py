"""The feed kind: RSS 0.91 / 1.0 / 2.0, Atom, JSON Feed, broken feeds, encodings, 304s."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler

import pytest
from kind_helpers import fixture_bytes, fixture_text, run_collect

from newsdesk.collect.kinds import feed
from newsdesk.collect.kinds.feed import FeedSource, feed_title, parse_feed, parse_json_feed
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.exceptions import ParseError
from newsdesk.model import Entry, FetchState

URL = "https://feeds.example/feed"
CST = timezone(timedelta(hours=8))


def test_rss2_entries_keep_link_title_author_date_and_categories() -> None:
    first, second = parse_feed(fixture_text("feed_rss2.xml"), URL)[:2]

    assert first.title == "Lumen Labs releases Aurora-7B, an open-weight reasoning model"
    assert first.url == (
        "https://news.lumenlabs.example/2026/05/aurora-7b?utm_source=rss&utm_medium=feed"
    )
    assert first.author == "Mira Okafor"
    assert first.published == datetime(2026, 5, 14, 9, 30, tzinfo=CST)
    assert first.published.utcoffset() == timedelta(hours=8)
    assert first.tags == ("Models", "Open Source")
    assert second == Entry(
        url="https://news.lumenlabs.example/2026/05/tianshu",
        title="星河智能发布「天枢」多模态大模型",
        summary="<p>天枢支持图像、语音与文本输入，<b>上下文长度</b>达 100 万 token。</p>",
        author="林晓",
        published=datetime(2026, 5, 13, 22, 5, tzinfo=UTC),
        tags=("大模型",),
    )


def test_rss2_entry_keeps_content_encoded_as_content() -> None:
    first = parse_feed(fixture_text("feed_rss2.xml"), URL)[0]

    assert first.summary == "Aurora-7B matches larger models on maths benchmarks."
    assert first.content == (
        "<p>Aurora-7B matches larger models on maths benchmarks.</p>"
        "<p>The weights are released under a permissive licence, together with the "
        "training recipe.</p>"
    )


def test_rss2_permalink_guid_stands_in_for_missing_link() -> None:
    third = parse_feed(fixture_text("feed_rss2.xml"), URL)[2]

    assert third.url == "https://news.lumenlabs.example/2026/05/gpu-cluster"
    assert third.published == datetime(2026, 5, 12, 22, 0, tzinfo=UTC)
    assert third.published.utcoffset() == timedelta(hours=-4)


def test_rss2_drops_items_without_any_link() -> None:
    titles = [e.title for e in parse_feed(fixture_text("feed_rss2.xml"), URL)]

    assert "内部测试条目（无链接）" not in titles
    assert titles[1:] == [
        "星河智能发布「天枢」多模态大模型",
        "Lumen Labs brings a 4,096-GPU cluster online",
    ]


def test_atom_entry_uses_alternate_link_not_enclosure() -> None:
    entries = parse_feed(fixture_text("feed_atom.xml"), URL)

    assert entries[0] == Entry(
        url="https://blog.quillrobotics.example/posts/fold-anything",
        title="Teaching a warehouse arm to fold <em>anything</em>",
        summary="Our policy learns folding from forty demonstrations.",
        content=(
            "<p>Our policy learns folding from forty demonstrations.</p>"
            "<p>It generalises to towels, shirts and paper bags it has never seen.</p>"
        ),
        author="Tomás Ferreira",
        published=datetime(2026, 5, 14, 3, 15, tzinfo=UTC),
        tags=("robotics", "imitation-learning"),
    )


def test_atom_entry_without_published_falls_back_to_updated() -> None:
    second = parse_feed(fixture_text("feed_atom.xml"), URL)[1]

    assert second.title == "具身智能：从仿真到真机的迁移经验"
    assert second.author == "周一鸣"
    assert second.summary == "<p>我们总结了域随机化的三条经验。</p>"
    assert second.published == datetime(2026, 5, 12, 9, 0, tzinfo=CST)


def test_rss1_rdf_reads_dc_creator_date_and_subject() -> None:
    first, second = parse_feed(fixture_text("feed_rss1.rdf"), URL)

    assert first == Entry(
        url="https://papers.northwind.example/2026/0514-sparse-attention",
        title="Sparse attention at one million tokens",
        summary="A block-sparse kernel that keeps recall above 95%.",
        author="Priya Raman",
        published=datetime(2026, 5, 14, 8, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        tags=("attention",),
    )
    assert second.title == "智能体长期记忆的评测基准"
    assert second.author == "陈思远"
    # A bare date has no zone: naive, read later in the source's time zone.
    assert second.published == datetime(2026, 5, 13)
    assert second.published.tzinfo is None


def test_rss091_entries_have_titles_links_and_no_date() -> None:
    entries = parse_feed(fixture_text("feed_rss091.xml"), URL)

    assert [(e.title, e.published) for e in entries] == [
        ("Café chatbot passes the barista test", None),
        ("Notes on tiny language models", None),
    ]
    assert entries[0].url == "http://oldorchard.example/digest/cafe-chatbot.html"
    assert entries[0].summary == "A fictional café lets a chatbot take orders."


def test_json_feed_reads_items_authors_tags_and_external_url() -> None:
    entries = parse_feed(fixture_text("feed_jsonfeed.json"), URL)

    assert entries == [
        Entry(
            url="https://cobalt.example/weekly/118",
            title="第 118 期：推理成本一年下降九成",
            summary="本期关注推理芯片与量化。",
            content="<p>本期关注推理芯片与量化。</p><p>另附三篇论文解读。</p>",
            author="吴桐, Lena Fischer",
            published=datetime(2026, 5, 14, 8, 0, tzinfo=CST),
            tags=("推理", "芯片"),
        ),
        Entry(
            url="https://research.fernhill.example/posts/reward-models",
            title="Why reward models drift",
            content="A plain-text note on reward model drift.",
            author="Sam Whitlock",
            published=datetime(2026, 5, 13, 16, 45, tzinfo=UTC),
        ),
    ]


def test_json_feed_rejects_json_without_version() -> None:
    with pytest.raises(ParseError, match="not a JSON Feed"):
        parse_feed('{"items": [{"url": "https://a.example/1", "title": "x"}]}', URL)


def test_json_feed_reports_invalid_json_with_line() -> None:
    with pytest.raises(ParseError, match=r"not valid JSON: .* at line 2"):
        parse_json_feed('{"version": "https://jsonfeed.org/version/1",\n "items": [,]}', URL)


def test_malformed_xml_still_yields_entries() -> None:
    entries = parse_feed(fixture_text("feed_malformed.xml"), URL)

    assert [(e.title, e.url.rsplit("/", 1)[1]) for e in entries] == [
        ("Fast & cheap: distilling Orca-3 into 1B parameters", "distill-orca"),
        ("模型评测 & 排行榜的陷阱", "leaderboards"),
    ]
    assert entries[1].published == datetime(2026, 5, 10, 20, 0, tzinfo=CST)


def test_malformed_bytes_without_entries_raise_clear_parse_error() -> None:
    text = fixture_bytes("feed_broken.xml").decode("utf-8", "replace")

    with pytest.raises(ParseError, match=f"{URL} is not a readable feed: .*not well-formed"):
        parse_feed(text, URL)


def test_a_feed_cut_off_before_any_whole_entry_fails_saying_so_not_ok_and_empty() -> None:
    """A download cut off mid-way (or a server that stopped writing) leaves an entry with
    no link: "ok, 0 entries" hid it as an empty feed."""
    cut = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>GPT'

    with pytest.raises(ParseError, match=f"{URL} is not a readable feed: it ends before"):
        parse_feed(cut, URL)


def test_where_the_xml_breaks_is_said_by_line_not_in_the_parsers_words() -> None:
    with pytest.raises(ParseError) as raised:
        parse_feed('<?xml version="1.0"?>\n<rss>\x01<channel></channel></rss>', URL)

    assert "<unknown>" not in str(raised.value)
    assert "its XML is broken at line 2" in str(raised.value)


@pytest.mark.parametrize(
    ("served", "line"),
    [
        ("this is <not a feed", 1),
        ("<rss>\n<channel>\n<title>Wire</title><item><title>GPT</item></channel></rss>", 3),
        ("\n\n<?xml version='1.0'?>\n<rss>\n<channel><item></rss>", 5),
    ],
)
def test_the_line_where_the_xml_breaks_is_the_line_of_the_feed_as_served(
    served: str, line: int
) -> None:
    """The parser reads the feed with a declaration of its own put on a line before it
    when it has none, and without its leading blank lines; the line said is the one you
    see when you open the url."""
    with pytest.raises(ParseError) as raised:
        parse_feed(served, URL)

    assert f"at line {line}, column" in str(raised.value)


def test_html_page_instead_of_feed_raises_parse_error_mentioning_html() -> None:
    with pytest.raises(ParseError, match="returned an HTML page, not a feed"):
        parse_feed(fixture_text("feed_html_page.html"), URL)


def test_empty_feed_is_ok_with_zero_entries() -> None:
    assert parse_feed(fixture_text("feed_empty.xml"), URL) == []


def _source(server: LocalServer, path: str) -> FeedSource:
    return FeedSource(id="test-feed", kind="feed", url=server.url(path))


@pytest.mark.parametrize(
    ("name", "content_type", "count", "first_title"),
    [
        ("feed_rss2.xml", "application/rss+xml; charset=utf-8", 3, "Lumen Labs releases Aurora"),
        ("feed_atom.xml", "application/atom+xml", 2, "Teaching a warehouse arm"),
        ("feed_rss1.rdf", "application/rdf+xml", 2, "Sparse attention at one million"),
        ("feed_rss091.xml", "text/xml", 2, "Café chatbot passes"),
        ("feed_jsonfeed.json", "application/feed+json", 2, "第 118 期：推理成本"),
        ("feed_malformed.xml", "application/xml", 2, "Fast & cheap: distilling"),
        ("feed_empty.xml", "application/rss+xml", 0, ""),
    ],
    ids=["rss2", "atom", "rss1", "rss091", "jsonfeed", "malformed", "empty"],
)
def test_collect_reads_each_feed_format_from_the_server(
    server: LocalServer,
    fast: FetchSettings,
    name: str,
    content_type: str,
    count: int,
    first_title: str,
) -> None:
    server.routes["/feed"] = Reply(200, fixture_bytes(name), {"Content-Type": content_type})

    collected = run_collect(feed.collect, _source(server, "/feed"), fast)

    assert len(collected.entries) == count
    titles = [e.title for e in collected.entries]
    assert (titles[0] if titles else "").startswith(first_title)
    assert collected.not_modified is False


def test_collect_reports_html_page_as_parse_error(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/"] = Reply(
        200, fixture_bytes("feed_html_page.html"), {"Content-Type": "text/html"}
    )

    with pytest.raises(ParseError, match="HTML page"):
        run_collect(feed.collect, _source(server, "/"), fast)


def test_collect_reads_gbk_feed_declared_only_in_xml(
    server: LocalServer, fast: FetchSettings
) -> None:
    body = fixture_bytes("feed_gbk.xml")
    assert b'encoding="gbk"' in body and "赤松".encode("gbk") in body
    server.routes["/gbk.xml"] = Reply(200, body, {"Content-Type": "application/rss+xml"})

    entries = run_collect(feed.collect, _source(server, "/gbk.xml"), fast).entries

    assert [e.title for e in entries] == [
        "赤松科技发布新一代推理芯片“凌云二号”",
        "开源社区“百川汇”上线中文指令数据集",
    ]
    assert entries[0].summary == "新芯片能效比上一代提升三倍，支持千亿参数模型部署。"
    assert entries[0].published == datetime(2026, 5, 14, 11, 0, tzinfo=CST)


def test_collect_with_stored_etag_gets_304_as_not_modified(
    server: LocalServer, fast: FetchSettings
) -> None:
    etag, stamp = '"rss-v7"', "Thu, 14 May 2026 02:00:00 GMT"

    def route(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        headers = {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": stamp}
        return Reply(200, fixture_bytes("feed_rss2.xml"), headers)

    server.routes["/feed.xml"] = route
    source = _source(server, "/feed.xml")

    first = run_collect(feed.collect, source, fast)
    state = FetchState(source.id, etag=first.etag, last_modified=first.last_modified)
    second = run_collect(feed.collect, source, fast, state=state)

    assert (first.etag, first.last_modified, len(first.entries)) == (etag, stamp, 3)
    assert "if-none-match" not in server.requests[0].headers
    assert server.requests[1].headers["if-none-match"] == etag
    assert server.requests[1].headers["if-modified-since"] == stamp
    assert second.not_modified is True
    assert second.entries == []
    assert (second.etag, second.last_modified) == (etag, stamp)


def test_empty_body_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="empty response"):
        parse_feed("  \n", "https://x.example/feed")


def test_html_page_with_a_title_is_not_a_feed() -> None:
    page = "<!doctype html><html><head><title>Home</title></head><body>hi</body></html>"
    with pytest.raises(ParseError, match="HTML page, not a feed"):
        parse_feed(page, "https://x.example/feed")


def test_an_html_page_that_names_its_feed_says_where_the_feed_is() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Heron Lab</title>"
        '<link rel="stylesheet" href="/site.css">'
        '<link rel="alternate" type="application/rss+xml" title="Heron" href="/blog/rss.xml">'
        "</head><body>news</body></html>"
    )
    with pytest.raises(ParseError) as caught:
        parse_feed(page, "https://heron.example/blog/")
    assert str(caught.value) == (
        "https://heron.example/blog/ returned an HTML page, not a feed; the page names its "
        "feed at https://heron.example/blog/rss.xml: make that the source's url"
    )


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    rss = (
        '<rss version="2.0"><channel><title>t</title><item><title>a</title>'
        "<link>/2026/05/a.html</link></item></channel></rss>"
    )
    [entry] = parse_feed(rss, "https://site.example/feed.xml")
    assert entry.url == "https://site.example/2026/05/a.html"


def test_an_entry_with_an_empty_date_is_undated_without_a_warning() -> None:
    text = (
        '<rss version="2.0"><channel><title>t</title><item><title>Undated</title>'
        "<link>https://a.example/1</link><pubDate></pubDate></item></channel></rss>"
    )

    [entry] = parse_feed(text, "https://a.example/feed")  # warnings are errors in tests

    assert entry.published is None


@pytest.mark.parametrize(
    "document",
    [
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        "<title>\n  Tidewater   Tech </title><item><title>One</title></item></channel></rss>",
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>Tidewater Tech</title>"
        "<entry><title>One</title></entry></feed>",
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Tidewater Tech", "items": []}',
    ],
)
def test_a_feed_is_named_by_its_own_title_whatever_its_format(document: str) -> None:
    assert feed_title(document) == "Tidewater Tech"


@pytest.mark.parametrize(
    "document",
    [
        "<rss version='2.0'><channel><item><title>One</title></item></channel></rss>",
        "<!doctype html><html><head><title>Tidewater Tech</title></head></html>",
        '{"title": ["not", "a", "name"]}',
        "{not json",
        "",
    ],
)
def test_a_feed_without_a_title_or_no_feed_names_nothing(document: str) -> None:
    assert feed_title(document) == ""
