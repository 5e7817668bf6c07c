"""Hacker News through its official Firebase API: a list of ids, then one call per item."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from newsdesk.collect.kinds._base import CollectContext
from newsdesk.config import HackerNewsSource
from newsdesk.exceptions import FetchError, ParseError
from newsdesk.model import Collected, Entry


def parse_item(raw: Any, source: HackerNewsSource) -> Entry | None:
    """An entry for a live story with enough points, else None."""
    if not isinstance(raw, dict) or raw.get("type") != "story":
        return None
    if raw.get("dead") or raw.get("deleted") or not raw.get("title"):
        return None
    points = int(raw.get("score") or 0)
    if points < source.min_points:
        return None
    published = datetime.fromtimestamp(int(raw["time"]), UTC) if raw.get("time") else None
    return Entry(
        url=source.item_url.format(id=raw["id"]),
        title=str(raw["title"]),
        summary=str(raw.get("text") or ""),
        author=str(raw.get("by") or ""),
        published=published,
        external_url=str(raw.get("url") or ""),
        metrics={"points": points, "comments": int(raw.get("descendants") or 0)},
    )


async def _story(ctx: CollectContext, url: str, source: HackerNewsSource) -> Entry | None:
    response = await ctx.fetcher.get(url, headers=source.headers)
    return parse_item(response.json(), source)


async def collect(source: HackerNewsSource, ctx: CollectContext) -> Collected:
    api = source.api.rstrip("/")
    ids = (await ctx.fetcher.get(f"{api}/{source.listing}.json", headers=source.headers)).json()
    if not isinstance(ids, list):
        raise ParseError(f"{api}/{source.listing}.json is not a list of story ids")
    wanted = [i for i in ids if isinstance(i, int)][: source.limit]
    results = await asyncio.gather(
        *(_story(ctx, f"{api}/item/{i}.json", source) for i in wanted),
        return_exceptions=True,
    )
    failures = [r for r in results if isinstance(r, BaseException)]
    for failure in failures:
        if not isinstance(failure, FetchError | ParseError):
            raise failure
    if wanted and len(failures) == len(wanted):
        raise failures[0]
    entries = [r for r in results if isinstance(r, Entry)]
    warnings = (f"{len(failures)} of {len(wanted)} stories could not be read",) * bool(failures)
    return Collected(entries=entries, warnings=warnings)
