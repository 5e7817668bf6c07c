"""A list page without a feed, read with CSS selectors from the config."""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal
from urllib.parse import urljoin

import lxml.html
from cssselect import SelectorError
from lxml import etree
from pydantic import Field

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


class HtmlSource(SourceBase):
    """A list page without a feed, read with CSS selectors."""

    kind: Literal["html"]
    url: HttpUrl
    item: str = Field(description="CSS selector of one entry on the page")
    title: str = Field(description="selector of the title, inside an entry")
    link: str = Field("a", description="selector of the element whose href is the link")
    date: str | None = Field(None, description="selector of the date (datetime attr or text)")
    summary: str | None = None


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _select(node: lxml.html.HtmlElement, selector: str, source_id: str) -> list[etree._Element]:
    try:
        found: list[etree._Element] = node.cssselect(selector)
    except SelectorError as err:
        raise ParseError(
            f"the CSS selector {selector!r} is not valid: {err}", source_id=source_id
        ) from err
    return found


def _text(node: etree._Element) -> str:
    return " ".join(str(node.text_content()).split()) if hasattr(node, "text_content") else ""


def parse_list_page(
    text: str, url: str, source: HtmlSource, skipped: Counter[str] | None = None
) -> list[Entry]:
    """One entry per ``item`` match that has a title and a link.

    A malformed match is counted in ``skipped``; a bad selector fails the source.
    """
    if not text.strip():
        raise ParseError(f"{url} returned an empty page", source_id=source.id)
    # lxml refuses str input that carries an encoding declaration (XHTML pages do).
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, base_url=url)
    except (etree.ParserError, ValueError) as err:
        raise ParseError(f"{url} is not an HTML page: {err}", source_id=source.id) from err
    base = _base_href(root, url)
    # Selectors are checked once up front, so a bad one fails the source, not each item.
    for selector in (source.title, source.link, source.date, source.summary):
        if selector:
            _select(root, selector, source.id)
    nodes = _select(root, source.item, source.id)
    entries = read_entries(nodes, lambda node: _list_entry(node, base, source), skipped)
    if not entries:
        raise ParseError(
            f"no entries matched item={source.item!r} with a title and link on {url}; "
            "the page layout may have changed",
            source_id=source.id,
        )
    return entries


def _base_href(root: lxml.html.HtmlElement, url: str) -> str:
    """The page's ``<base href>`` resolved against its URL (the URL when none or bad)."""
    found = root.xpath("//base[@href]")
    if not found:
        return url
    try:
        return urljoin(url, str(found[0].get("href")).strip())
    except ValueError:
        return url


def _list_entry(node: lxml.html.HtmlElement, base: str, source: HtmlSource) -> Entry | None:
    titles = _select(node, source.title, source.id)
    links = _select(node, source.link, source.id) if source.link else []
    link_node = links[0] if links else (titles[0] if titles else None)
    href = link_node.get("href") if link_node is not None else None
    if not titles or not href:
        return None
    published = None
    if source.date:
        dates = _select(node, source.date, source.id)
        if dates:
            raw = dates[0].get("datetime") or dates[0].get("title") or _text(dates[0])
            published = parse_date(raw)
    summary = ""
    if source.summary:
        summaries = _select(node, source.summary, source.id)
        summary = _text(summaries[0]) if summaries else ""
    return Entry(
        url=urljoin(base, str(href).strip()),
        title=_text(titles[0]),
        summary=summary,
        published=published,
    )


async def collect(source: HtmlSource, ctx: CollectContext) -> Collected:
    response = await ctx.get_conditional(source.url, source.headers)
    if response.not_modified:
        return not_modified(ctx.state)
    skipped: Counter[str] = Counter()
    entries = await ctx.parse(
        response.url, parse_list_page, response.text, response.url, source, skipped
    )
    return collected_from(response, entries, skipped)


register_kind("html", HtmlSource, collect, known_as=("page", "web", "webpage", "scrape"))
