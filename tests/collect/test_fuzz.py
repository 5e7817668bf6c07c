"""Hostile bytes and text into every parser, the normaliser, the decoder and the date
reader: out come items or a clear ParseError, never another exception.

Bounded: each property runs a fixed number of examples with a deadline each, so the
whole file adds a few seconds to the suite.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.collect._dates import parse_date
from newsdesk.collect._decode import decode_body, sniff_encoding
from newsdesk.collect._normalize import normalize_entry
from newsdesk.collect.kinds._base import ENTRY_ERRORS, read_entries
from newsdesk.collect.kinds.arxiv import parse_arxiv
from newsdesk.collect.kinds.feed import parse_feed, parse_json_feed
from newsdesk.collect.kinds.github_trending import parse_trending
from newsdesk.collect.kinds.hackernews import HackerNewsSource, parse_item
from newsdesk.collect.kinds.hf_papers import parse_daily_papers
from newsdesk.collect.kinds.html import HtmlSource, parse_list_page
from newsdesk.collect.kinds.jsonl import JsonlFields, _entry
from newsdesk.collect.kinds.reddit import parse_listing
from newsdesk.exceptions import ParseError
from newsdesk.model import Entry, Item

FUZZ = settings(
    max_examples=60, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow]
)
URL = "https://hostile.example/feed"

#: Any code point, lone surrogates and controls included.
hostile_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=80)
#: What feeds really put where text goes: markup, references, dates, numbers.
feed_text = st.one_of(
    hostile_text,
    st.sampled_from(
        [
            "&#xD800;",
            "&#0;",
            "&#x110000;",
            "&#99999999;",
            "<b>x</b>",
            "<![CDATA[x]]>",
            "]]>",
            "&amp;",
            "&nbsp;",
            "+9999",
            "Thu, 14 May 2026 09:00:00 +9999",
            "\x00",
            "2026-05-14T09:00:00+99:00",
            "javascript:alert(1)",
            "http://[::1",
            "%00",
        ]
    ),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | feed_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(feed_text, inner, max_size=4),
    max_leaves=12,
)


def _rss(title: str, link: str, date: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item>"
        "<item><title>neighbour</title><link>https://hostile.example/n</link></item>"
        "</channel></rss>"
    )


def _atom(title: str, link: str, date: str, body: str) -> str:
    return (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f'<entry><title>{title}</title><link href="{link}"/><updated>{date}</updated>'
        f'<content type="html">{body}</content></entry></feed>'
    )


feeds = st.one_of(
    st.builds(_rss, feed_text, feed_text, feed_text, feed_text),
    st.builds(_atom, feed_text, feed_text, feed_text, feed_text),
    hostile_text,
)


def _items_or_parse_error(parse: Any, *args: Any) -> list[Entry]:
    try:
        entries = parse(*args)
    except ParseError:
        return []
    assert all(isinstance(e, Entry) for e in entries)
    return list(entries)


@FUZZ
@given(st.binary(max_size=300), st.one_of(st.none(), feed_text))
def test_decoding_any_bytes_gives_text(body: bytes, content_type: str | None) -> None:
    text = decode_body(body, content_type)

    assert isinstance(text, str)
    text.encode("utf-8")  # never a lone surrogate
    assert sniff_encoding(body)


@FUZZ
@given(st.one_of(feed_text, json_values))
def test_reading_a_date_never_raises_nor_keeps_an_impossible_zone(value: object) -> None:
    parsed = parse_date(value)

    assert parsed is None or isinstance(parsed, datetime)
    if parsed is not None and parsed.tzinfo is not None:
        offset = parsed.utcoffset()
        assert offset is not None and abs(offset) < timedelta(days=1)


@FUZZ
@given(
    st.builds(
        Entry,
        url=st.one_of(feed_text, feed_text.map(lambda t: f"https://hostile.example/{t}")),
        title=feed_text,
        summary=feed_text,
        content=feed_text,
        author=feed_text,
        published=st.one_of(st.none(), st.datetimes(), st.datetimes(timezones=st.timezones())),
        external_url=feed_text,
        tags=st.lists(feed_text, max_size=3).map(tuple),
        publisher=feed_text,
        publisher_url=feed_text,
    )
)
def test_normalising_any_entry_gives_a_storable_item_or_none(entry: Entry) -> None:
    item = normalize_entry(entry, source_id="hostile", now=datetime(2026, 5, 14, tzinfo=UTC))

    assert item is None or isinstance(item, Item)
    if item is not None:
        for text in (item.url, item.canonical_url, item.title, item.snippet, item.text,
                     item.author, item.publisher, *item.tags):  # fmt: skip
            assert "\x00" not in text
            text.encode("utf-8")


@FUZZ
@given(feeds)
def test_any_feed_gives_entries_or_a_parse_error(text: str) -> None:
    _items_or_parse_error(parse_feed, text, URL)
    _items_or_parse_error(parse_arxiv, text, URL)


@FUZZ
@given(json_values)
def test_any_json_feed_gives_entries_or_a_parse_error(items: Any) -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "items": items}

    _items_or_parse_error(parse_json_feed, json.dumps(doc), URL)
    _items_or_parse_error(parse_json_feed, json.dumps(items), URL)


def _one_entry_read(read: Any, raw: Any) -> None:
    """A kind's reader either reads an entry or says, as an entry error, why not."""
    with contextlib.suppress(ENTRY_ERRORS):
        read(raw)


@FUZZ
@given(
    json_values,
    st.dictionaries(
        st.sampled_from(["score", "time", "title", "id", "type", "descendants", "url", "by"]),
        json_values,
    ),
)
def test_any_hacker_news_item_is_read_or_skipped(raw: Any, fields: dict[str, Any]) -> None:
    source = HackerNewsSource(id="hn", kind="hackernews")
    _one_entry_read(lambda r: parse_item(r, source), raw)
    _one_entry_read(lambda r: parse_item(r, source), {"type": "story", "title": "t", **fields})


@FUZZ
@given(json_values, st.dictionaries(st.sampled_from(["url", "title", "pub", "views"]), json_values))
def test_any_jsonl_record_is_read_or_skipped(raw: Any, fields: dict[str, Any]) -> None:
    mapping = JsonlFields(published="pub", metrics=["views"])
    entries = read_entries([raw, fields, {"url": "u", "title": "t"}], lambda r: _entry(r, mapping))

    assert entries[-1].title == "t"  # the neighbour always survives


@FUZZ
@given(json_values, json_values)
def test_any_papers_or_listing_document_gives_entries_or_a_parse_error(
    doc: Any, inner: Any
) -> None:
    _items_or_parse_error(parse_daily_papers, doc, URL)
    _items_or_parse_error(parse_daily_papers, [{"paper": inner}, {"paper": {"id": inner}}], URL)
    _items_or_parse_error(parse_listing, doc, URL)
    _items_or_parse_error(parse_listing, {"data": {"children": [{"data": inner}]}}, URL)


def _page(link: str, title: str, date: str) -> str:
    return (
        f'<html><head><base href="{link}"></head><body>'
        f'<article class="Box-row"><h2><a href="{link}">{title}</a></h2><p>{title}</p></article>'
        f'<div class="item"><a href="{link}">{title}</a><time datetime="{date}">{date}</time></div>'
        "</body></html>"
    )


@FUZZ
@given(st.one_of(st.builds(_page, feed_text, feed_text, feed_text), hostile_text))
def test_any_page_gives_entries_or_a_parse_error(text: str) -> None:
    source = HtmlSource(id="page", kind="html", url=URL, item="div.item", title="a", date="time")
    _items_or_parse_error(parse_trending, text, URL)
    _items_or_parse_error(parse_list_page, text, URL, source)
