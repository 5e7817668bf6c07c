"""Hugging Face daily papers (``/api/daily_papers``), keeping upvotes and comments."""

from __future__ import annotations

from typing import Any

from newsdesk.collect._dates import parse_date
from newsdesk.collect.kinds._base import CollectContext, collected_from
from newsdesk.config import HFPapersSource
from newsdesk.exceptions import ParseError
from newsdesk.model import Collected, Entry


def parse_daily_papers(doc: Any, url: str) -> list[Entry]:
    if not isinstance(doc, list):
        raise ParseError(f"{url} did not return a list of papers")
    entries = []
    for raw in doc:
        paper = raw.get("paper") if isinstance(raw, dict) else None
        if not isinstance(paper, dict) or not paper.get("id"):
            continue
        authors = [a.get("name", "") for a in paper.get("authors") or [] if isinstance(a, dict)]
        entries.append(
            Entry(
                url=f"https://huggingface.co/papers/{paper['id']}",
                title=str(raw.get("title") or paper.get("title") or ""),
                summary=str(paper.get("summary") or ""),
                author=", ".join(a for a in authors if a),
                published=parse_date(raw.get("publishedAt") or paper.get("publishedAt")),
                metrics={
                    "upvotes": int(paper.get("upvotes") or 0),
                    "comments": int(raw.get("numComments") or 0),
                },
                tags=tuple(str(k) for k in paper.get("ai_keywords") or [])[:8],
            )
        )
    return entries


async def collect(source: HFPapersSource, ctx: CollectContext) -> Collected:
    separator = "&" if "?" in source.url else "?"
    response = await ctx.fetcher.get(
        f"{source.url}{separator}limit={source.limit}", headers=source.headers
    )
    return collected_from(response, parse_daily_papers(response.json(), response.url))
