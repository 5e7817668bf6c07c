"""The bundled sample day (``data/sample_day.yaml``) and its rendering as real feeds.

The YAML holds fictional sources and items written for newsdesk; each source is served in
its own format so the demo exercises the same parsers as a real run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import format_datetime
from html import escape
from importlib import resources
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

from newsdesk._tables import load_table

SampleKind = Literal["rss", "atom", "jsonfeed", "html", "hn"]
_FEED_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "jsonfeed": "application/feed+json; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class SampleSource:
    """A fictional publication of the sample day."""

    id: str
    name: str
    kind: SampleKind
    language: str
    homepage: str
    weight: float
    naive_times: bool
    general_news: bool


@dataclass(frozen=True)
class SampleItem:
    """One article of the sample day; ``story`` is its gold event label."""

    key: str
    source: str
    story: str
    title: str
    url: str
    published: datetime
    author: str
    summary: str
    content: str
    points: int
    comments: int
    link: str


@dataclass(frozen=True)
class SampleDay:
    """Everything in the sample file."""

    day: date
    timezone: str
    sources: list[SampleSource]
    items: list[SampleItem]

    def items_of(self, source_id: str) -> list[SampleItem]:
        return sorted(
            (i for i in self.items if i.source == source_id),
            key=lambda i: i.published,
            reverse=True,
        )


def load_sample_day() -> SampleDay:
    text = resources.files("newsdesk.demo").joinpath("data/sample_day.yaml").read_text("utf-8")
    raw: dict[str, Any] = load_table(text)
    sources = [
        SampleSource(
            id=s["id"],
            name=s["name"],
            kind=s["kind"],
            language=s["language"],
            homepage=s["homepage"],
            weight=float(s.get("weight", 1.0)),
            naive_times=bool(s.get("naive_times", False)),
            general_news=bool(s.get("general_news", False)),
        )
        for s in raw["sources"]
    ]
    items = [
        SampleItem(
            key=i["key"],
            source=i["source"],
            story=i["story"],
            title=i["title"],
            url=i["url"],
            published=datetime.fromisoformat(str(i["published"])),
            author=i.get("author") or "",
            summary=i.get("summary") or "",
            content=i.get("content") or "",
            points=int(i.get("points") or 0),
            comments=int(i.get("comments") or 0),
            link=i.get("link") or "",
        )
        for i in raw["items"]
    ]
    return SampleDay(date.fromisoformat(str(raw["date"])), raw["timezone"], sources, items)


def _paragraphs(text: str) -> str:
    """Plain sample text as the HTML a CMS would put in a feed."""
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _naive(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def render_rss(source: SampleSource, items: list[SampleItem]) -> bytes:
    ET.register_namespace("content", "http://purl.org/rss/1.0/modules/content/")
    ET.register_namespace("dc", "http://purl.org/dc/elements/1.1/")
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = source.name
    ET.SubElement(channel, "link").text = source.homepage
    ET.SubElement(channel, "description").text = f"{source.name} — latest"
    for item in items:
        node = ET.SubElement(channel, "item")
        ET.SubElement(node, "title").text = item.title
        ET.SubElement(node, "link").text = item.url
        ET.SubElement(node, "guid", isPermaLink="true").text = item.url
        ET.SubElement(node, "description").text = item.summary
        if item.content:
            encoded = "{http://purl.org/rss/1.0/modules/content/}encoded"
            ET.SubElement(node, encoded).text = _paragraphs(item.content)
        if item.author:
            ET.SubElement(node, "{http://purl.org/dc/elements/1.1/}creator").text = item.author
        stamp = _naive(item.published) if source.naive_times else format_datetime(item.published)
        ET.SubElement(node, "pubDate").text = stamp
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + bytes(ET.tostring(rss, encoding="utf-8"))


def render_atom(source: SampleSource, items: list[SampleItem]) -> bytes:
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}title").text = source.name
    ET.SubElement(feed, f"{{{ns}}}id").text = source.homepage
    ET.SubElement(feed, f"{{{ns}}}link", href=source.homepage)
    newest = max((i.published for i in items), default=datetime(2026, 1, 1))
    ET.SubElement(feed, f"{{{ns}}}updated").text = newest.isoformat()
    for item in items:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}title").text = item.title
        ET.SubElement(entry, f"{{{ns}}}link", href=item.url, rel="alternate")
        ET.SubElement(entry, f"{{{ns}}}id").text = item.url
        stamp = _naive(item.published) if source.naive_times else item.published.isoformat()
        ET.SubElement(entry, f"{{{ns}}}published").text = stamp
        ET.SubElement(entry, f"{{{ns}}}updated").text = stamp
        if item.author:
            author = ET.SubElement(entry, f"{{{ns}}}author")
            ET.SubElement(author, f"{{{ns}}}name").text = item.author
        ET.SubElement(entry, f"{{{ns}}}summary", type="html").text = item.summary
        if item.content:
            ET.SubElement(entry, f"{{{ns}}}content", type="html").text = _paragraphs(item.content)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + bytes(ET.tostring(feed, encoding="utf-8"))


def render_json_feed(source: SampleSource, items: list[SampleItem]) -> bytes:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": source.name,
        "home_page_url": source.homepage,
        "items": [
            {
                "id": item.url,
                "url": item.url,
                "title": item.title,
                "summary": item.summary,
                "content_html": _paragraphs(item.content) if item.content else item.summary,
                "date_published": (
                    _naive(item.published) if source.naive_times else item.published.isoformat()
                ),
                "authors": [{"name": item.author}] if item.author else [],
            }
            for item in items
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def render_list_page(source: SampleSource, items: list[SampleItem], zone: str) -> bytes:
    """A news list page such as many Chinese sites have instead of a feed.

    Like most such pages it shows local times without a zone (the source's ``timezone``).
    """
    rows = []
    for item in items:
        stamp = item.published.astimezone(ZoneInfo(zone)).strftime("%Y年%m月%d日 %H:%M")
        rows.append(
            '<li class="news-item">'
            f'<h3 class="news-title"><a href="{escape(item.url)}">{escape(item.title)}</a></h3>'
            f'<span class="news-time">{stamp}</span>'
            f'<p class="news-desc">{escape(item.summary)}</p></li>'
        )
    page = (
        f'<!doctype html><html lang="zh"><head><meta charset="utf-8">'
        f"<title>{escape(source.name)}</title></head><body>"
        f'<header><a href="/">首页</a></header><ul class="news-list">{"".join(rows)}</ul>'
        "<footer>© 2026</footer></body></html>"
    )
    return page.encode("utf-8")


def hn_story_id(item: SampleItem) -> int:
    """The story id is in the discussion URL (``...item?id=4410231``)."""
    return int(parse_qs(urlsplit(item.url).query)["id"][0])


def hn_documents(items: list[SampleItem]) -> dict[str, bytes]:
    """``/v0/topstories.json`` and ``/v0/item/<id>.json`` for an HN-like source."""
    ranked = sorted(items, key=lambda i: i.points, reverse=True)
    ids = {item.key: hn_story_id(item) for item in items}
    docs = {"/v0/topstories.json": json.dumps([ids[i.key] for i in ranked]).encode()}
    for item in items:
        story: dict[str, Any] = {
            "id": ids[item.key],
            "type": "story",
            "by": item.author or "anon",
            "time": int(item.published.timestamp()),
            "title": item.title,
            "score": item.points,
            "descendants": item.comments,
        }
        if item.link:
            story["url"] = item.link
        else:
            story["text"] = item.summary
        docs[f"/v0/item/{ids[item.key]}.json"] = json.dumps(story, ensure_ascii=False).encode()
    return docs


def source_documents(
    source: SampleSource, items: list[SampleItem], zone: str
) -> dict[str, tuple[bytes, str]]:
    """Path (under the source's prefix) -> (body, content type)."""
    if source.kind == "hn":
        return {p: (b, "application/json") for p, b in hn_documents(items).items()}
    if source.kind == "html":
        return {"/news/": (render_list_page(source, items, zone), _FEED_TYPES["html"])}
    renderers = {
        "rss": ("/feed.xml", render_rss),
        "atom": ("/atom.xml", render_atom),
        "jsonfeed": ("/feed.json", render_json_feed),
    }
    path, render = renderers[source.kind]
    return {path: (render(source, items), _FEED_TYPES[source.kind])}
