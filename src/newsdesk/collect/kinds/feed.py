"""RSS 0.9x / 1.0 / 2.0, Atom and JSON Feed.

feedparser reads XML feeds in its forgiving mode (a malformed feed still yields what
entries it can); JSON Feed is read here since it is plain JSON.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any, Literal
from urllib.parse import urljoin
from xml.sax import SAXException, SAXParseException

import feedparser

from newsdesk.collect._dates import parse_date
from newsdesk.collect.kinds._base import (
    CollectContext,
    collected_from,
    not_modified,
    read_entries,
    register_kind,
)
from newsdesk.config import HttpUrl, SourceBase
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry


class FeedSource(SourceBase):
    """RSS 0.9x/1.0/2.0, Atom or JSON Feed at a URL."""

    kind: Literal["feed"]
    url: HttpUrl


_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""", re.I)


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _safe_char_ref(match: re.Match[str]) -> str:
    """A reference to no character (``&#xD800;``, ``&#0;``) becomes U+FFFD, as a browser
    reads it; feedparser's fallback parser crashes on it and takes the feed down."""
    hexa, decimal = match.groups()
    code = int(hexa, 16) if hexa else int(decimal)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return "&#xFFFD;"
    return match.group()


def parse_feed(text: str, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
    """Entries of a feed document; raises ParseError when it is no feed at all.

    A malformed entry is left out and counted in ``skipped`` by reason.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise ParseError(f"{url} returned an empty response instead of a feed")
    if stripped.startswith("{"):
        return parse_json_feed(stripped, url, skipped)
    # The text is already decoded; tell feedparser so it does not guess again.
    declared = _XML_ENCODING.sub(r'\1"utf-8"', stripped, count=1)
    utf8 = _CHAR_REF.sub(_safe_char_ref, declared).encode("utf-8", "replace")
    # No sanitising or URI rewriting: normalisation turns all markup into plain text,
    # and skipping them makes parsing about twice as fast.
    parsed = feedparser.parse(
        utf8,
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = [
        e for e in read_entries(parsed.entries, lambda raw: _xml_entry(raw, url), skipped) if e.url
    ]
    broken = parsed.get("bozo_exception")
    # the parser counts lines of what it read: without the blank lines stripped above, and
    # with feedparser's own XML declaration on a line of its own before a document that
    # has none
    shift = text[: len(text) - len(stripped)].count("\n") - (not stripped.startswith("<?xml"))
    if not parsed.entries:
        if re.match(r"(?is)(<!doctype\s+html|<html)", stripped):
            named = feed_link(stripped, url)
            then = (
                f"the page names its feed at {named}: make that the source's url"
                if named
                else "look for its RSS link"
            )
            raise ParseError(f"{url} returned an HTML page, not a feed; {then}")
        if not parsed.get("version"):
            reason = _xml_problem(broken, shift) if broken else "no RSS, Atom or JSON Feed found"
            raise ParseError(f"{url} is not a readable feed: {reason}")
    if not entries and isinstance(broken, SAXException):
        # Broken XML with no whole entry is no empty feed: a download cut off, a bad byte.
        raise ParseError(f"{url} is not a readable feed: {_xml_problem(broken, shift)}")
    return entries


def feed_title(text: str) -> str:
    """The name a feed gives itself (RSS ``<channel><title>``, Atom ``<feed><title>``, JSON
    Feed ``title``), its spaces folded; "" for none, or for a document that is no feed."""
    stripped = text.lstrip("\ufeff \t\r\n")
    title: object = ""
    if stripped.startswith("{"):
        try:
            document = json.loads(stripped)
        except json.JSONDecodeError:
            return ""
        title = document.get("title", "") if isinstance(document, dict) else ""
    else:
        utf8 = _XML_ENCODING.sub(r'\1"utf-8"', stripped, count=1).encode("utf-8", "replace")
        parsed = feedparser.parse(utf8, sanitize_html=False, resolve_relative_uris=False)
        if parsed.get("version"):
            title = parsed.feed.get("title", "")
    return " ".join(title.split()) if isinstance(title, str) else ""


def _xml_problem(error: object, shift: int = 0) -> str:
    """Where and how a feed's XML breaks, in words: the XML parser says "<unknown>:2:0:
    not well-formed", and "no element found" for a document cut off.  ``shift``: lines to
    add to the parser's count for the line of the feed as it was served."""
    if not isinstance(error, SAXParseException):
        return str(error)
    line = max(1, (error.getLineNumber() or 1) + shift)
    where = f"line {line}, column {(error.getColumnNumber() or 0) + 1}"
    if error.getMessage() == "no element found":
        return f"it ends before its XML is complete (at {where}): cut off on the way, or sent so"
    return f"its XML is broken at {where} ({error.getMessage()})"


#: The ``type`` of a page's ``<link rel="alternate">`` to its feed.
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json"})


class _FeedLinks(HTMLParser):
    """The addresses a page's ``<link rel="alternate" type="application/rss+xml">``
    name: where a site says its feed is (feed autodiscovery)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        given = {k: (v or "") for k, v in attrs}
        rels = given.get("rel", "").lower().split()
        kind = given.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in _FEED_TYPES and given.get("href", "").strip():
            self.found.append(given["href"].strip())


def feed_link(page: str, url: str) -> str:
    """The first feed an HTML page names (absolute), or "": a user who gave a site's
    page as a feed's url learns the address to give instead."""
    parser = _FeedLinks()
    parser.feed(page[:200_000])  # the links are in the head
    parser.close()
    return _absolute(url, parser.found[0]) if parser.found else ""


def _xml_entry(raw: Any, base: str) -> Entry:
    content = ""
    for part in raw.get("content") or []:
        value = part.get("value") or ""
        if len(value) > len(content):
            content = value
    summary = raw.get("summary") or raw.get("description") or ""
    if summary == content:
        summary = ""
    # dict.get: feedparser's own get("updated") maps to "published" with a warning.
    published = parse_date(
        dict.get(raw, "published") or dict.get(raw, "updated") or dict.get(raw, "created")
    )
    outlet = raw.get("source") or {}  # RSS <source url="...">Name</source>, Atom <source>
    return Entry(
        url=_absolute(base, raw.get("link") or _first_link(raw) or raw.get("id") or ""),
        title=raw.get("title") or "",
        summary=summary,
        content=content,
        author=_authors(raw),
        published=published,
        tags=tuple(t.get("term") or "" for t in raw.get("tags") or []),
        publisher=str(outlet.get("title") or ""),
        publisher_url=str(outlet.get("href") or outlet.get("link") or ""),
    )


def outlets_from_authors(entries: list[Entry]) -> list[Entry]:
    """An aggregated feed names an item's outlet as its author when it has no <source>."""
    return [replace(e, publisher=e.author) if e.author and not e.publisher else e for e in entries]


def _absolute(base: str, link: str) -> str:
    """Feeds sometimes give site-relative links ("/2026/05/a.html")."""
    link = link.strip()
    return urljoin(base, link) if link and "://" not in link else link


def _authors(raw: Any) -> str:
    """All authors (feedparser's ``author`` holds only the last of several)."""
    names = [a.get("name") for a in raw.get("authors") or [] if isinstance(a, dict)]
    return ", ".join(n for n in names if n) or raw.get("author") or ""


def _first_link(raw: Any) -> str:
    for link in raw.get("links") or []:
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return str(href)
    return ""


def parse_json_feed(text: str, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
    """Entries of a JSON Feed (https://jsonfeed.org, versions 1 and 1.1)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ParseError(f"{url} is not valid JSON: {err.msg} at line {err.lineno}") from err
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        raise ParseError(f"{url} is JSON but not a JSON Feed (no jsonfeed.org version)")
    items = doc.get("items") or []
    if not isinstance(items, list):
        raise ParseError(f"{url} is a JSON Feed whose items are not a list")
    entries = read_entries(items, lambda raw: _json_entry(raw, url), skipped)
    return [e for e in entries if e.url]


def _json_entry(raw: Any, base: str) -> Entry | None:
    if not isinstance(raw, dict):
        return None
    authors = raw.get("authors") or ([raw["author"]] if raw.get("author") else [])
    if not isinstance(authors, list):
        authors = []
    tags = raw.get("tags") or []
    return Entry(
        url=_absolute(base, str(raw.get("url") or raw.get("external_url") or "")),
        title=str(raw.get("title") or ""),
        summary=str(raw.get("summary") or ""),
        content=str(raw.get("content_html") or raw.get("content_text") or ""),
        author=", ".join(str(a.get("name", "")) for a in authors if isinstance(a, dict)),
        published=parse_date(raw.get("date_published") or raw.get("date_modified")),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
    )


async def collect(source: FeedSource, ctx: CollectContext) -> Collected:
    response = await ctx.get_conditional(source.url, source.headers)
    if response.not_modified:
        return not_modified(ctx.state)
    skipped: Counter[str] = Counter()
    entries = await ctx.parse(response.url, parse_feed, response.text, response.url, skipped)
    if source.aggregator:
        entries = outlets_from_authors(entries)
    return collected_from(response, entries, skipped)


register_kind(
    "feed", FeedSource, collect, known_as=("rss", "atom", "rdf", "jsonfeed", "json_feed", "xml")
)
