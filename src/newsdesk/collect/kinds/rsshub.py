"""An RSSHub route: the instance builds the feed, newsdesk reads it as any feed.

Routes that gather many outlets (news flashes, hot lists) are marked ``aggregator``; they
name each item's outlet as its author when they have no ``<source>``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Literal
from urllib.parse import urlencode, urlsplit

from pydantic import model_validator

from newsdesk.collect.kinds._base import CollectContext, collected_from, not_modified, register_kind
from newsdesk.collect.kinds.feed import outlets_from_authors, parse_feed
from newsdesk.config import HttpUrl, RSSHubSettings, SourceBase
from newsdesk.model import Collected


class RSSHubSource(SourceBase):
    """An RSSHub route, served by the configured (or this source's) instance."""

    kind: Literal["rsshub"]
    route: str
    instance: HttpUrl | None = None

    @model_validator(mode="after")
    def _route_is_path(self) -> RSSHubSource:
        if not self.route.startswith("/"):
            raise ValueError(f"route {self.route!r} must start with '/' (e.g. '/36kr/newsflashes')")
        return self


def route_url(source: RSSHubSource, settings: RSSHubSettings) -> str:
    """Instance + route, signed with the instance's access key when one is set.

    RSSHub accepts ``code=md5(path + key)`` (the route without its query string), which
    keeps the key itself out of logs.
    """
    instance = (source.instance or settings.instance).rstrip("/")
    url = instance + source.route
    if settings.access_key:
        path = urlsplit(source.route).path
        code = hashlib.md5((path + settings.access_key).encode()).hexdigest()
        url += ("&" if "?" in url else "?") + urlencode({"code": code})
    return url


async def collect(source: RSSHubSource, ctx: CollectContext) -> Collected:
    response = await ctx.get_conditional(route_url(source, ctx.rsshub), source.headers)
    if response.not_modified:
        return not_modified(ctx.state)
    skipped: Counter[str] = Counter()
    entries = await ctx.parse(response.url, parse_feed, response.text, response.url, skipped)
    if source.aggregator:
        entries = outlets_from_authors(entries)
    return collected_from(response, entries, skipped)


register_kind("rsshub", RSSHubSource, collect)
