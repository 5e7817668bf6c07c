"""Hugging Face daily papers (``/api/daily_papers``), keeping upvotes and comments."""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from pydantic import Field

from newsdesk.collect._dates import parse_date
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


class HFPapersSource(SourceBase):
    """Hugging Face daily papers API."""

    kind: Literal["hf_papers"]
    url: HttpUrl = "https://huggingface.co/api/daily_papers"
    limit: int = Field(50, ge=1, le=100)


def parse_daily_papers(doc: Any, url: str, skipped: Counter[str] | None = None) -> list[Entry]:
    """One entry per paper; a malformed one is counted in ``skipped``, never its neighbours."""
    if not isinstance(doc, list):
        raise ParseError(f"{url} did not return a list of papers")
    return read_entries(doc, _paper, skipped)


def _paper(raw: Any) -> Entry | None:
    paper = raw.get("paper") if isinstance(raw, dict) else None
    if not isinstance(paper, dict) or not paper.get("id"):
        return None
    authors = [a.get("name", "") for a in paper.get("authors") or [] if isinstance(a, dict)]
    keywords = paper.get("ai_keywords") or []
    return Entry(
        url=f"https://huggingface.co/papers/{paper['id']}",
        title=str(raw.get("title") or paper.get("title") or ""),
        summary=str(paper.get("summary") or ""),
        author=", ".join(str(a) for a in authors if a),
        published=parse_date(raw.get("publishedAt") or paper.get("publishedAt")),
        metrics={
            "upvotes": number(paper.get("upvotes"), "upvotes"),
            "comments": number(raw.get("numComments"), "numComments"),
        },
        tags=tuple(str(k) for k in keywords)[:8] if isinstance(keywords, list) else (),
    )


async def collect(source: HFPapersSource, ctx: CollectContext) -> Collected:
    separator = "&" if "?" in source.url else "?"
    response = await ctx.fetcher.get(
        f"{source.url}{separator}limit={source.limit}", headers=source.headers
    )
    skipped: Counter[str] = Counter()
    return collected_from(
        response, parse_daily_papers(response.json(), response.url, skipped), skipped
    )


register_kind("hf_papers", HFPapersSource, collect, known_as=("huggingface", "hf", "papers"))
