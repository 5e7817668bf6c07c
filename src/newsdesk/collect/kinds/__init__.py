"""Source kinds, keyed by the ``kind`` of a source in the config.

Each kind is a module with ``collect(source, ctx) -> Collected`` and pure parsing
functions beside it, so parsers test without a network.
"""

from __future__ import annotations

from newsdesk.collect.kinds import (
    arxiv,
    feed,
    github_trending,
    hackernews,
    hf_papers,
    html,
    jsonl,
    reddit,
    rsshub,
)
from newsdesk.collect.kinds._base import CollectContext, Collector

KINDS: dict[str, Collector] = {
    "feed": feed.collect,
    "html": html.collect,
    "rsshub": rsshub.collect,
    "hackernews": hackernews.collect,
    "github_trending": github_trending.collect,
    "hf_papers": hf_papers.collect,
    "arxiv": arxiv.collect,
    "reddit": reddit.collect,
    "jsonl": jsonl.collect,
}

__all__ = ["KINDS", "CollectContext", "Collector"]
