"""What every source kind implements, and the context it is given."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from newsdesk.collect._http import Fetcher, Response
from newsdesk.config import SOURCE_MODELS, RSSHubSettings, SourceBase
from newsdesk.exceptions import EntryError, ParseError
from newsdesk.model import Collected, Entry, FetchState

_T = TypeVar("_T")

log = logging.getLogger(__name__)

#: What reading one malformed entry raises: the entry is skipped, never its neighbours.
ENTRY_ERRORS: tuple[type[Exception], ...] = (
    EntryError,
    ValueError,  # UnicodeError and int("many") among them
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
)

UTC_ZONE = ZoneInfo("UTC")

#: Longest validator kept; real ETags are short hashes, dates 29 characters.
MAX_VALIDATOR_CHARS = 512
_VALIDATOR = re.compile(r"[\x20-\x7e]+")


def valid_validator(value: str | None) -> str | None:
    """An ETag or Last-Modified fit to send back, else None.

    A header holding non-ASCII or control characters, or tens of kilobytes, cannot be
    sent (or is refused by the server), and would break every later fetch if kept.
    """
    if not value or len(value) > MAX_VALIDATOR_CHARS or not _VALIDATOR.fullmatch(value):
        return None
    return value


def entry_reason(err: Exception) -> str:
    """Words for why an entry was skipped: ours when we know, else the error's kind."""
    if isinstance(err, EntryError):
        return str(err)
    return f"unreadable entry ({type(err).__name__})"


def read_entries(
    raws: Iterable[Any],
    read: Callable[[Any], Entry | None],
    skipped: Counter[str] | None = None,
) -> list[Entry]:
    """``read`` each raw entry on its own; a malformed one is counted in ``skipped``.

    ``read`` returns None for an entry the kind leaves out on purpose (a dead story,
    too few points), which is not counted.
    """
    entries = []
    for raw in raws:
        try:
            entry = read(raw)
        except ENTRY_ERRORS as err:
            log.debug("entry skipped: %s", err, exc_info=True)
            if skipped is not None:
                skipped[entry_reason(err)] += 1
            continue
        if entry is not None:
            entries.append(entry)
    return entries


def number(value: Any, what: str) -> int:
    """A whole count from JSON (``12``, ``12.0``, ``"12"``, null as 0), else EntryError."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise EntryError(f"{what} is not a number")
    try:
        result = round(float(value))
    except (TypeError, ValueError, OverflowError):
        raise EntryError(f"{what} is not a number") from None
    return result


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
    #: Seconds one parse may take (``fetch.parse_timeout``).
    parse_timeout: float = 30.0
    #: The source's time zone: what "today" is for a source of one file a day.
    zone: ZoneInfo = UTC_ZONE

    async def parse(self, url: str, read: Callable[..., _T], *args: Any) -> _T:
        """``read(*args)`` in a worker thread, within :attr:`parse_timeout`.

        A parse of a response within the size cap is quick (feedparser reads 10 MB in about
        2 s); one that is not fails the source with a message, and the run goes on while
        the thread finishes on its own (a thread cannot be stopped).  Other sources keep
        fetching meanwhile: the event loop is never held by a parse.
        """
        try:
            return await asyncio.wait_for(asyncio.to_thread(read, *args), self.parse_timeout)
        except TimeoutError:
            raise ParseError(
                f"reading {url} took over {self.parse_timeout:g} s (fetch.parse_timeout); "
                "the response may be far larger or more nested than a feed should be"
            ) from None

    async def get_conditional(self, url: str, headers: dict[str, str]) -> Response:
        """GET with the stored ETag / Last-Modified; a 304 comes back as a Response.

        A validator stored before it was checked is dropped here rather than sent.
        """
        return await self.fetcher.get(
            url,
            etag=valid_validator(self.state.etag),
            last_modified=valid_validator(self.state.last_modified),
            headers=headers,
        )


#: A kind reads one configured source and returns its entries.
Collector = Callable[[Any, CollectContext], Awaitable[Collected]]

#: The collector of each registered kind.
KINDS: dict[str, Collector] = {}


def register_kind(
    kind: str, model: type[SourceBase], collect: Collector, known_as: tuple[str, ...] = ()
) -> None:
    """Make ``kind`` a source kind: ``model`` reads its config, ``collect`` its entries.

    A kind's module calls this once, at its end.  ``model`` is a :class:`SourceBase` with
    ``kind: Literal["<kind>"]``; ``collect(source, ctx)`` receives a ``model``.
    ``known_as``: what people call what it reads, for a wrong ``kind``'s suggestion.
    """
    SOURCE_MODELS.register(kind, model, known_as)
    KINDS[kind] = collect


def collected_from(
    response: Response, entries: list[Entry], skipped: Counter[str] | None = None
) -> Collected:
    """Collected entries with the response's validators kept (when sane) for next time."""
    return Collected(
        entries=entries,
        etag=valid_validator(response.headers.get("etag")),
        last_modified=valid_validator(response.headers.get("last-modified")),
        skipped=dict(skipped or {}),
    )


def not_modified(state: FetchState) -> Collected:
    """The server's 304: nothing new, the validators stay."""
    return Collected(
        entries=[],
        not_modified=True,
        etag=valid_validator(state.etag),
        last_modified=valid_validator(state.last_modified),
    )
