"""Article text for items whose feed carries only a snippet (trafilatura)."""

from __future__ import annotations

import asyncio

import trafilatura

from newsdesk.collect._http import Fetcher
from newsdesk.collect._normalize import clean_text
from newsdesk.exceptions import FetchError
from newsdesk.model import StoredItem


def extract_article(html: str, url: str) -> str:
    """The main text of an article page, or "" when none can be found."""
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True
    )
    return clean_text(text or "")


async def fetch_article(fetcher: Fetcher, item: StoredItem) -> tuple[str, str]:
    """(text, status) for one item; never raises for a bad page."""
    try:
        response = await fetcher.get(item.item.url)
    except FetchError as err:
        return "", f"failed: {err}"
    text = await asyncio.to_thread(extract_article, response.text, response.url)
    if len(text) <= len(item.item.text):
        return "", "failed: no article text found on the page"
    return text, "ok"
