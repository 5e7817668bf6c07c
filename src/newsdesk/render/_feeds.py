"""RSS 2.0, Atom and JSON Feed of a site's digests, with full HTML content and the cover.

Built with lxml (RSS, Atom) and json, so every text is escaped by the serializer; the
HTML content is :func:`digest_html`'s, itself autoescaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

from lxml import etree

from newsdesk.model import Digest

_ATOM = "http://www.w3.org/2005/Atom"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One digest as a feed entry."""

    digest: Digest
    #: Absolute URL of its page.
    url: str
    #: Its body as HTML.
    html: str
    #: When it is dated (the day's morning in the digest's zone).
    published: datetime
    #: Absolute URL of the cover, or "".
    cover: str = ""
    #: Size of the cover in bytes (RSS enclosures need it).
    cover_bytes: int = 0

    @property
    def summary(self) -> str:
        return "\n".join(self.digest.bullets)


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """The feed's own fields."""

    title: str
    #: The site's home page (absolute, ending in "/").
    home: str
    description: str
    language: str


def rss(info: FeedInfo, items: Sequence[FeedItem]) -> bytes:
    """RSS 2.0 with content:encoded and the cover as enclosure."""
    root = etree.Element("rss", version="2.0", nsmap={"content": _CONTENT, "atom": _ATOM})
    channel = etree.SubElement(root, "channel")
    _text(channel, "title", info.title)
    _text(channel, "link", info.home)
    _text(channel, "description", info.description)
    _text(channel, "language", info.language)
    etree.SubElement(
        channel, f"{{{_ATOM}}}link", href=f"{info.home}feed.xml", rel="self",
        type="application/rss+xml",
    )  # fmt: skip
    if items:
        _text(channel, "lastBuildDate", format_datetime(items[0].published))
    for item in items:
        entry = etree.SubElement(channel, "item")
        _text(entry, "title", item.digest.title)
        _text(entry, "link", item.url)
        _text(entry, "guid", item.url).set("isPermaLink", "true")
        _text(entry, "pubDate", format_datetime(item.published))
        _text(entry, "description", item.summary)
        _text(entry, f"{{{_CONTENT}}}encoded", item.html)
        for tag in item.digest.tags:
            _text(entry, "category", tag)
        if item.cover:
            etree.SubElement(
                entry, "enclosure", url=item.cover, length=str(item.cover_bytes), type="image/png"
            )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def atom(info: FeedInfo, items: Sequence[FeedItem]) -> bytes:
    """Atom 1.0 with HTML content and the cover as an enclosure link."""
    root = etree.Element(f"{{{_ATOM}}}feed", nsmap={None: _ATOM})
    root.set("{http://www.w3.org/XML/1998/namespace}lang", info.language)
    _text(root, f"{{{_ATOM}}}id", info.home)
    _text(root, f"{{{_ATOM}}}title", info.title)
    _text(root, f"{{{_ATOM}}}subtitle", info.description)
    updated = items[0].published if items else None
    if updated is not None:
        _text(root, f"{{{_ATOM}}}updated", updated.isoformat())
    etree.SubElement(root, f"{{{_ATOM}}}link", href=info.home, rel="alternate")
    etree.SubElement(root, f"{{{_ATOM}}}link", href=f"{info.home}atom.xml", rel="self")
    author = etree.SubElement(root, f"{{{_ATOM}}}author")
    _text(author, f"{{{_ATOM}}}name", info.title)
    for item in items:
        entry = etree.SubElement(root, f"{{{_ATOM}}}entry")
        _text(entry, f"{{{_ATOM}}}id", item.url)
        _text(entry, f"{{{_ATOM}}}title", item.digest.title)
        _text(entry, f"{{{_ATOM}}}updated", item.published.isoformat())
        _text(entry, f"{{{_ATOM}}}published", item.published.isoformat())
        etree.SubElement(entry, f"{{{_ATOM}}}link", href=item.url, rel="alternate")
        if item.cover:
            etree.SubElement(
                entry, f"{{{_ATOM}}}link", href=item.cover, rel="enclosure", type="image/png",
                length=str(item.cover_bytes),
            )  # fmt: skip
        _text(entry, f"{{{_ATOM}}}summary", item.summary)
        _text(entry, f"{{{_ATOM}}}content", item.html).set("type", "html")
        for tag in item.digest.tags:
            etree.SubElement(entry, f"{{{_ATOM}}}category", term=tag)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))


def json_feed(info: FeedInfo, items: Sequence[FeedItem]) -> bytes:
    """JSON Feed 1.1 with content_html, the cover as image and attachment."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "home_page_url": info.home,
        "feed_url": f"{info.home}feed.json",
        "description": info.description,
        "language": info.language,
        "items": [
            {
                "id": item.url,
                "url": item.url,
                "title": item.digest.title,
                "content_html": item.html,
                "summary": item.summary,
                "date_published": item.published.isoformat(),
                "tags": list(item.digest.tags),
                **(
                    {
                        "image": item.cover,
                        "attachments": [
                            {
                                "url": item.cover,
                                "mime_type": "image/png",
                                "size_in_bytes": item.cover_bytes,
                            }
                        ],
                    }
                    if item.cover
                    else {}
                ),
            }
            for item in items
        ],
    }
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _text(parent: etree._Element, tag: str, value: str) -> etree._Element:
    element = etree.SubElement(parent, tag)
    element.text = _xml_safe(value)
    return element


def _xml_safe(value: str) -> str:
    """XML 1.0 cannot hold most control characters; a feed may have carried some."""
    return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)
