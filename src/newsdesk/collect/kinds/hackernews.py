"""Hacker News through its official Firebase API: a list of ids, then one call per item."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any, Literal

from pydantic import Field

from newsdesk.collect._dates import from_timestamp
from newsdesk.collect.kinds._base import (
    ENTRY_ERRORS,
    CollectContext,
    entry_reason,
    number,
    register_kind,
)
from newsdesk.config import AI_KEYWORDS, HttpUrl, SourceBase
from newsdesk.exceptions import FetchError, ParseError
from newsdesk.model import Collected, Entry


class HackerNewsSource(SourceBase):
    """Hacker News through its public Firebase API."""

    kind: Literal["hackernews"]
    api: HttpUrl = "https://hacker-news.firebaseio.com/v0"
    listing: Literal["topstories", "beststories", "newstories"] = "topstories"
    limit: int = Field(100, ge=1, le=500)
    min_points: int = Field(0, ge=0, le=10_000_000)
    item_url: str = "https://news.ycombinator.com/item?id={id}"
    keywords: list[str] = Field(default_factory=lambda: list(AI_KEYWORDS))
    aggregator: bool = True


def parse_item(raw: Any, source: HackerNewsSource) -> Entry | None:
    """An entry for a live story with enough points, else None.

    Raises EntryError (or another of ``ENTRY_ERRORS``) for a malformed item.
    """
    if not isinstance(raw, dict) or raw.get("type") != "story":
        return None
    if raw.get("dead") or raw.get("deleted") or not raw.get("title"):
        return None
    points = number(raw.get("score"), "score")
    if points < source.min_points:
        return None
    return Entry(
        url=source.item_url.format(id=raw["id"]),
        title=str(raw["title"]),
        summary=str(raw.get("text") or ""),
        author=str(raw.get("by") or ""),
        published=from_timestamp(raw.get("time")),
        external_url=str(raw.get("url") or ""),
        metrics={"points": points, "comments": number(raw.get("descendants"), "descendants")},
    )


async def _story(ctx: CollectContext, url: str, source: HackerNewsSource) -> Entry | None:
    response = await ctx.fetcher.get(url, headers=source.headers)
    return parse_item(response.json(), source)


async def collect(source: HackerNewsSource, ctx: CollectContext) -> Collected:
    api = source.api.rstrip("/")
    ids = (await ctx.fetcher.get(f"{api}/{source.listing}.json", headers=source.headers)).json()
    if not isinstance(ids, list):
        raise ParseError(f"{api}/{source.listing}.json is not a list of story ids")
    wanted = [i for i in ids if isinstance(i, int) and not isinstance(i, bool)][: source.limit]
    results = await asyncio.gather(
        *(_story(ctx, f"{api}/item/{i}.json", source) for i in wanted),
        return_exceptions=True,
    )
    failures: list[BaseException] = []
    skipped: Counter[str] = Counter()
    for result in results:
        if isinstance(result, FetchError | ParseError) and not isinstance(result, ENTRY_ERRORS):
            failures.append(result)
        elif isinstance(result, ENTRY_ERRORS):
            skipped[entry_reason(result)] += 1
        elif isinstance(result, BaseException):
            raise result
    if wanted and len(failures) == len(wanted):
        raise failures[0]
    entries = [r for r in results if isinstance(r, Entry)]
    warnings = (f"{len(failures)} of {len(wanted)} stories could not be read",) * bool(failures)
    return Collected(entries=entries, warnings=warnings, skipped=dict(skipped))


register_kind("hackernews", HackerNewsSource, collect, known_as=("hn", "ycombinator"))
