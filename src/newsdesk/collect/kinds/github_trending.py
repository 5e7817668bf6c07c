"""The GitHub trending page: repositories with stars gained today and their language."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Literal
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from pydantic import Field

from newsdesk.collect.kinds._base import CollectContext, collected_from, read_entries, register_kind
from newsdesk.config import AI_KEYWORDS, HttpUrl, SourceBase
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry


class GitHubTrendingSource(SourceBase):
    """The GitHub trending page."""

    kind: Literal["github_trending"]
    url: HttpUrl = "https://github.com/trending"
    since: Literal["daily", "weekly", "monthly"] = "daily"
    programming_language: str | None = None
    keywords: list[str] = Field(default_factory=lambda: list(AI_KEYWORDS))


def _count(text: str) -> int:
    digits = re.sub(r"[^0-9]", "", text)[:15]  # a count, not a pasted number of pages
    return int(digits) if digits else 0


def _first_text(node: etree._Element, selector: str) -> str:
    found = node.cssselect(selector)
    return " ".join(str(found[0].text_content()).split()) if found else ""


def parse_trending(text: str, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
    """One entry per ``article.Box-row``; stars today, total stars and forks as metrics."""
    try:
        root = lxml.html.document_fromstring(text or "<html></html>", base_url=url)
    except (etree.ParserError, ValueError) as err:
        raise ParseError(f"{url} is not an HTML page: {err}") from err
    # Each row's link is made absolute on its own: one bad href must not fail the page.
    entries = read_entries(
        root.cssselect("article.Box-row"), lambda r: _repository(r, url), skipped
    )
    if not entries and "Box-row" not in text:
        raise ParseError(f"{url} does not look like the GitHub trending page any more")
    return entries


def _repository(row: Any, base: str) -> Entry | None:
    links = row.cssselect("h2 a")
    if not links or not links[0].get("href"):
        return None
    href = urljoin(base, links[0].get("href").strip()).rstrip("/")
    name = "/".join(href.split("/")[-2:])
    language = _first_text(row, "[itemprop=programmingLanguage]")
    metrics = {
        "stars_today": _count(_first_text(row, "span.d-inline-block.float-sm-right")),
        "stars": _count(_first_text(row, 'a[href$="/stargazers"]')),
        "forks": _count(_first_text(row, 'a[href$="/forks"]')),
    }
    return Entry(
        url=href,
        title=name,
        summary=_first_text(row, "p"),
        metrics=metrics,
        tags=(language,) if language else (),
    )


async def collect(source: GitHubTrendingSource, ctx: CollectContext) -> Collected:
    base = source.url.rstrip("/")
    lang = f"/{source.programming_language}" if source.programming_language else ""
    response = await ctx.fetcher.get(f"{base}{lang}?since={source.since}", headers=source.headers)
    skipped: Counter[str] = Counter()
    entries = await ctx.parse(response.url, parse_trending, response.text, response.url, skipped)
    return collected_from(response, entries, skipped)


register_kind("github_trending", GitHubTrendingSource, collect, known_as=("github", "trending"))
