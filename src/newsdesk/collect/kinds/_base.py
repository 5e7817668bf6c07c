"""What every source kind implements, and the context it is given."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.collect._http import Fetcher, Response
from newsdesk.config import RSSHubSettings
from newsdesk.model import Collected, FetchState


@dataclass(frozen=True, slots=True)
class CollectContext:
    """What a kind may use: the shared fetcher and the source's remembered state."""

    #: The run's HTTP client.
    fetcher: Fetcher
    #: Conditional-GET validators and health of this source.
    state: FetchState
    #: Folder that relative paths (jsonl files) are resolved against.
    base_dir: Path
    #: The RSSHub instance settings.
    rsshub: RSSHubSettings

    async def get_conditional(self, url: str, headers: dict[str, str]) -> Response:
        """GET with the stored ETag / Last-Modified; a 304 comes back as a Response."""
        return await self.fetcher.get(
            url, etag=self.state.etag, last_modified=self.state.last_modified, headers=headers
        )


#: A kind reads one configured source and returns its entries.
Collector = Callable[[Any, CollectContext], Awaitable[Collected]]


def collected_from(response: Response, entries: list[Any]) -> Collected:
    """Collected entries with the response's validators kept for the next request."""
    return Collected(
        entries=entries,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )


def not_modified(state: FetchState) -> Collected:
    """The server's 304: nothing new, the validators stay."""
    return Collected(
        entries=[], not_modified=True, etag=state.etag, last_modified=state.last_modified
    )
