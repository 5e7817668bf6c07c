"""A subreddit's JSON listing, keeping score and comment counts.

Reddit answers anonymous ``.json`` requests with 403 since mid-2026; point ``api`` at
``https://oauth.reddit.com`` with an ``Authorization: Bearer ${REDDIT_TOKEN}`` header, or
read ``https://www.reddit.com/r/<name>/.rss`` with the ``feed`` kind (no scores).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from pydantic import Field

from newsdesk.collect._dates import from_timestamp
from newsdesk.collect.kinds._base import (
    CollectContext,
    collected_from,
    number,
    read_entries,
    register_kind,
)
from newsdesk.config import HttpUrl, SourceBase
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry


class RedditSource(SourceBase):
    """A subreddit's JSON listing."""

    kind: Literal["reddit"]
    subreddit: str
    listing: Literal["hot", "new", "top", "rising"] = "hot"
    limit: int = Field(50, ge=1, le=100)
    min_score: int = Field(0, ge=-10_000_000, le=10_000_000)
    api: HttpUrl = "https://www.reddit.com"
    aggregator: bool = True


def parse_listing(
    doc: Any, url: str, min_score: int = 0, skipped: Counter[str] | None = None
) -> list[Entry]:
    """One entry per post with at least ``min_score``; a malformed one is counted."""
    data = doc.get("data") if isinstance(doc, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    if not isinstance(children, list):
        raise ParseError(f"{url} is not a Reddit listing (no data.children)")
    return read_entries(children, lambda child: _post(child, min_score), skipped)


def _post(child: Any, min_score: int) -> Entry | None:
    post = child.get("data") if isinstance(child, dict) else None
    if not isinstance(post, dict) or post.get("stickied") or not post.get("permalink"):
        return None
    score = number(post.get("score"), "score")
    if score < min_score:
        return None
    return Entry(
        url="https://www.reddit.com" + str(post["permalink"]),
        title=str(post.get("title") or ""),
        summary=str(post.get("selftext") or ""),
        author=str(post.get("author") or ""),
        published=from_timestamp(post.get("created_utc")),
        external_url="" if post.get("is_self") else str(post.get("url") or ""),
        metrics={"score": score, "comments": number(post.get("num_comments"), "num_comments")},
        tags=(str(post["link_flair_text"]),) if post.get("link_flair_text") else (),
    )


async def collect(source: RedditSource, ctx: CollectContext) -> Collected:
    url = (
        f"{source.api.rstrip('/')}/r/{source.subreddit}/{source.listing}.json"
        f"?limit={source.limit}&raw_json=1"
    )
    response = await ctx.fetcher.get(url, headers=source.headers)
    skipped: Counter[str] = Counter()
    entries = parse_listing(response.json(), response.url, source.min_score, skipped)
    return collected_from(response, entries, skipped)


register_kind("reddit", RedditSource, collect, known_as=("subreddit",))
