"""A subreddit's JSON listing, keeping score and comment counts.

Reddit answers anonymous ``.json`` requests with 403 since mid-2026; point ``api`` at
``https://oauth.reddit.com`` with an ``Authorization: Bearer ${REDDIT_TOKEN}`` header, or
read ``https://www.reddit.com/r/<name>/.rss`` with the ``feed`` kind (no scores).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsdesk.collect.kinds._base import CollectContext, collected_from
from newsdesk.config import RedditSource
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry


def parse_listing(doc: Any, url: str, min_score: int = 0) -> list[Entry]:
    children = doc.get("data", {}).get("children") if isinstance(doc, dict) else None
    if not isinstance(children, list):
        raise ParseError(f"{url} is not a Reddit listing (no data.children)")
    entries = []
    for child in children:
        post = child.get("data") if isinstance(child, dict) else None
        if not isinstance(post, dict) or post.get("stickied") or not post.get("permalink"):
            continue
        score = int(post.get("score") or 0)
        if score < min_score:
            continue
        created = post.get("created_utc")
        entries.append(
            Entry(
                url="https://www.reddit.com" + str(post["permalink"]),
                title=str(post.get("title") or ""),
                summary=str(post.get("selftext") or ""),
                author=str(post.get("author") or ""),
                published=datetime.fromtimestamp(float(created), UTC) if created else None,
                external_url="" if post.get("is_self") else str(post.get("url") or ""),
                metrics={"score": score, "comments": int(post.get("num_comments") or 0)},
                tags=(str(post["link_flair_text"]),) if post.get("link_flair_text") else (),
            )
        )
    return entries


async def collect(source: RedditSource, ctx: CollectContext) -> Collected:
    url = (
        f"{source.api.rstrip('/')}/r/{source.subreddit}/{source.listing}.json"
        f"?limit={source.limit}&raw_json=1"
    )
    response = await ctx.fetcher.get(url, headers=source.headers)
    return collected_from(response, parse_listing(response.json(), response.url, source.min_score))
