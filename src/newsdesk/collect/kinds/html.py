"""A list page without a feed, read with CSS selectors from the config."""

from __future__ import annotations

import re

import lxml.html
from cssselect import SelectorError
from lxml import etree

from newsdesk.collect._dates import parse_date
from newsdesk.collect.kinds._base import CollectContext, collected_from, not_modified
from newsdesk.config import HtmlSource
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry

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


def parse_list_page(text: str, url: str, source: HtmlSource) -> list[Entry]:
    """One entry per ``item`` match that has a title and a link."""
    if not text.strip():
        raise ParseError(f"{url} returned an empty page", source_id=source.id)
    # lxml refuses str input that carries an encoding declaration (XHTML pages do).
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, base_url=url)
    except (etree.ParserError, ValueError) as err:
        raise ParseError(f"{url} is not an HTML page: {err}", source_id=source.id) from err
    root.make_links_absolute(url, resolve_base_href=True)
    entries = []
    for node in _select(root, source.item, source.id):
        titles = _select(node, source.title, source.id)
        links = _select(node, source.link, source.id) if source.link else []
        link_node = links[0] if links else (titles[0] if titles else None)
        href = link_node.get("href") if link_node is not None else None
        if not titles or not href:
            continue
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
        entries.append(
            Entry(url=href, title=_text(titles[0]), summary=summary, published=published)
        )
    if not entries:
        raise ParseError(
            f"no entries matched item={source.item!r} with a title and link on {url}; "
            "the page layout may have changed",
            source_id=source.id,
        )
    return entries


async def collect(source: HtmlSource, ctx: CollectContext) -> Collected:
    response = await ctx.get_conditional(source.url, source.headers)
    if response.not_modified:
        return not_modified(ctx.state)
    return collected_from(response, parse_list_page(response.text, response.url, source))
