"""The arXiv export API: newest submissions in the configured categories."""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal
from urllib.parse import urlencode

from pydantic import Field

from newsdesk.collect.kinds._base import CollectContext, collected_from, register_kind
from newsdesk.collect.kinds.feed import parse_feed
from newsdesk.config import HttpUrl, SourceBase
from newsdesk.model import Collected, Entry


class ArxivSource(SourceBase):
    """The arXiv export API, newest submissions in some categories."""

    kind: Literal["arxiv"]
    api: HttpUrl = "https://export.arxiv.org/api/query"
    categories: list[str] = Field(min_length=1)
    max_results: int = Field(50, ge=1, le=500)


_VERSION = re.compile(r"v\d+$")
#: arXiv categories ("cs.CL", "stat.ML", "quant-ph", "hep-th"), not MSC/ACM codes.
_CATEGORY = re.compile(r"[a-z-]+(?:\.[A-Za-z-]+)?")


def query_url(source: ArxivSource) -> str:
    query = " OR ".join(f"cat:{c}" for c in source.categories)
    params = {
        "search_query": query,
        "sortBy": "submittedDate",
        "sortOrder": "descending",
        "start": 0,
        "max_results": source.max_results,
    }
    return f"{source.api}?{urlencode(params)}"


def abstract_url(url: str) -> str:
    """``http://arxiv.org/abs/2605.01234v2`` -> ``https://arxiv.org/abs/2605.01234``.

    One paper, one item: a new version is an update of the same entry.
    """
    return _VERSION.sub("", url.replace("http://", "https://", 1))


def parse_arxiv(text: str, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
    entries = []
    for entry in parse_feed(text, url, skipped):
        tags = tuple(t for t in entry.tags if _CATEGORY.fullmatch(t))
        entries.append(
            Entry(
                url=abstract_url(entry.url),
                title=entry.title,
                summary=entry.summary or entry.content,
                author=entry.author,
                published=entry.published,
                tags=tags,
            )
        )
    return entries


async def collect(source: ArxivSource, ctx: CollectContext) -> Collected:
    response = await ctx.fetcher.get(query_url(source), headers=source.headers)
    skipped: Counter[str] = Counter()
    entries = await ctx.parse(response.url, parse_arxiv, response.text, response.url, skipped)
    return collected_from(response, entries, skipped)


register_kind("arxiv", ArxivSource, collect)
