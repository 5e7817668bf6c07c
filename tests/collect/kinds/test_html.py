"""The html kind: list pages read with CSS selectors from the config."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from kind_helpers import fixture_bytes, fixture_text, run_collect

from newsdesk.collect.kinds import html
from newsdesk.collect.kinds.html import HtmlSource, parse_list_page
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.exceptions import ParseError
from newsdesk.model import Entry, FetchState

PAGE = "https://www.chenghu-ai.example/zh/news/"
CST = timezone(timedelta(hours=8))


def _source(url: str = PAGE, **overrides: Any) -> HtmlSource:
    fields: dict[str, Any] = {
        "item": "li.news-item",
        "title": "h3.news-title",
        "date": ".news-date",
        "summary": "p.news-summary",
    }
    return HtmlSource(id="chenghu-news", kind="html", url=url, **(fields | overrides))


def test_html_list_page_entries_have_title_link_date_and_summary() -> None:
    entries = parse_list_page(fixture_text("html_list_page.html"), PAGE, _source())

    assert entries == [
        Entry(
            url="https://www.chenghu-ai.example/zh/news/2026-05-14-chenghu-2.html",
            title="澄湖智能发布 Chenghu-2 大模型",
            summary="新模型在中文理解评测中 位列第一，并开放 API 申请。",
            published=datetime(2026, 5, 14, 10, 0, tzinfo=CST),
        ),
        Entry(
            url="https://www.chenghu-ai.example/en/news/harbor-bank",
            title="Chenghu AI partners with Harbor Bank on fraud detection & risk",
            summary="A two-year agreement covering retail payments.",
            published=datetime(2026, 5, 12, 16, 45),
        ),
        Entry(
            url="https://partner.example/press/joint-lab?from=chenghu",
            title="Joint lab with Partner University opens in Suzhou",
            published=datetime(2026, 5, 10),
        ),
    ]


def test_html_skips_items_without_a_link() -> None:
    entries = parse_list_page(fixture_text("html_list_page.html"), PAGE, _source())

    assert "系统维护公告（无详情页）" not in [e.title for e in entries]


def test_html_chinese_date_text_without_zone_stays_naive() -> None:
    second = parse_list_page(fixture_text("html_list_page.html"), PAGE, _source())[1]

    assert second.published is not None
    assert second.published.tzinfo is None


def test_html_without_link_selector_takes_href_of_title_element() -> None:
    source = _source(title="h3.news-title a", link="", date=None, summary=None)

    entries = parse_list_page(fixture_text("html_list_page.html"), PAGE, source)

    assert [e.url for e in entries][:2] == [
        "https://www.chenghu-ai.example/zh/news/2026-05-14-chenghu-2.html",
        "https://www.chenghu-ai.example/en/news/harbor-bank",
    ]
    assert all(e.published is None and e.summary == "" for e in entries)


def test_html_base_href_wins_over_page_url_for_relative_links() -> None:
    page = (
        '<html><head><base href="https://cdn.chenghu-ai.example/archive/"></head><body>'
        '<div class="card"><a href="post-1.html">Archived post</a></div></body></html>'
    )
    source = _source(item="div.card", title="a", date=None, summary=None)

    entries = parse_list_page(page, PAGE, source)

    assert [e.url for e in entries] == ["https://cdn.chenghu-ai.example/archive/post-1.html"]


def test_html_reports_clear_error_when_selectors_match_nothing() -> None:
    source = _source(item="article.post")

    with pytest.raises(ParseError) as caught:
        parse_list_page(fixture_text("html_list_page.html"), PAGE, source)

    message = str(caught.value)
    assert "no entries matched item='article.post'" in message
    assert PAGE in message and "layout may have changed" in message
    assert caught.value.source_id == "chenghu-news"


def test_html_rejects_invalid_css_selector_with_its_text() -> None:
    with pytest.raises(ParseError, match=r"the CSS selector 'li\[' is not valid"):
        parse_list_page(fixture_text("html_list_page.html"), PAGE, _source(item="li["))


def test_html_rejects_blank_page() -> None:
    with pytest.raises(ParseError, match="returned an empty page"):
        parse_list_page("  \n\t ", PAGE, _source())


def test_html_reads_xhtml_page_with_xml_declaration() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>公告</title></head><body>'
        '<ul><li class="news-item"><h3 class="news-title"><a href="/n/1.html">旧站公告</a>'
        "</h3></li></ul></body></html>"
    )

    entries = parse_list_page(page, PAGE, _source(date=None, summary=None))

    assert [(e.title, e.url) for e in entries] == [
        ("旧站公告", "https://www.chenghu-ai.example/n/1.html")
    ]


def test_collect_resolves_links_against_the_fetched_url(
    server: LocalServer, fast: FetchSettings
) -> None:
    body = fixture_bytes("html_list_page.html")
    server.routes["/zh/news/"] = Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})

    collected = run_collect(html.collect, _source(server.url("/zh/news/")), fast)

    assert [e.url for e in collected.entries] == [
        server.url("/zh/news/2026-05-14-chenghu-2.html"),
        server.url("/en/news/harbor-bank"),
        "https://partner.example/press/joint-lab?from=chenghu",
    ]
    assert collected.entries[0].title == "澄湖智能发布 Chenghu-2 大模型"


def test_collect_with_stored_last_modified_gets_304_as_not_modified(
    server: LocalServer, fast: FetchSettings
) -> None:
    stamp = "Thu, 14 May 2026 02:00:00 GMT"

    def route(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        if request.headers.get("if-modified-since") == stamp:
            return Reply(304)
        body = fixture_bytes("html_list_page.html")
        return Reply(200, body, {"Content-Type": "text/html", "Last-Modified": stamp})

    server.routes["/news"] = route
    source = _source(server.url("/news"))

    first = run_collect(html.collect, source, fast)
    second = run_collect(
        html.collect, source, fast, state=FetchState(source.id, last_modified=first.last_modified)
    )

    assert (len(first.entries), first.last_modified) == (3, stamp)
    assert second.not_modified is True and second.entries == []
    assert second.last_modified == stamp
