"""The MCP server: a :class:`~newsdesk.Newsdesk`'s read-only answers as tools and resources.

Every answer comes from one of the desk's methods; no tool changes the store.  The
tools are plain functions, so the SDK runs each on a worker thread and the store's
queries never hold up the event loop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp_types import ToolAnnotations
from pydantic import Field

from newsdesk import __version__
from newsdesk.assistant._answers import (
    DigestAnswer,
    DigestList,
    SearchAnswer,
    SourceList,
    StoryAnswer,
    StoryList,
    digest_answer,
    digest_info,
    search_answer,
    sources_answer,
    stories_answer,
    story_answer,
)
from newsdesk.core import Newsdesk
from newsdesk.exceptions import ConfigError, NewsdeskError, NotFoundError

INSTRUCTIONS = """\
newsdesk collects the day's AI news from many sources, groups the reports of one event
into a story, ranks the stories and writes a daily digest per configured digest (e.g. a
Chinese one and an English one), every fact checked against its sources.

To tell someone today's news, call get_digest (its `markdown` is the finished text).
To answer "what happened with X", call search_stories with a distinctive word or name
(Chinese words work too), then get_story on a result for every report of it. To see
everything reported on a day, not only what the digest carried, call list_stories.
list_digests names the digests; list_sources says which sources work and which are
failing or stale. Everything here is read-only. Days are YYYY-MM-DD in the digest's
time zone; story ids look like s7594fc864a4 and come from the other answers.
"""

DigestName = Annotated[
    str | None,
    Field(description="a digest's name from list_digests (default: the first configured)"),
]
Day = Annotated[
    dt.date | None,
    Field(description="YYYY-MM-DD, in the digest's time zone (default: its latest day)"),
]
_READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)


@contextmanager
def _told() -> Iterator[None]:
    """A newsdesk error as a tool error: its message is what the assistant reads."""
    try:
        yield
    except NewsdeskError as err:
        raise ToolError(str(err)) from err


@contextmanager
def _read() -> Iterator[None]:
    """A newsdesk error as a resource error, "not found" when it is one."""
    try:
        yield
    except (NotFoundError, ConfigError) as err:
        raise ResourceNotFoundError(str(err)) from err
    except NewsdeskError as err:
        raise ResourceError(str(err)) from err


def make_server(desk: Newsdesk) -> MCPServer:
    """An MCP server answering from ``desk`` (read-only): the tools get_digest,
    list_digests, search_stories, get_story, list_stories and list_sources, and the
    resources ``newsdesk://digests`` and ``digest://{name}/{date}`` (``latest`` for the
    newest day) with the digest's Markdown.

    .. versionadded:: 0.1.0
    """
    server: MCPServer = MCPServer(
        "newsdesk",
        title="newsdesk",
        description="The day's AI news as cited daily digests, and the archive behind them.",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    _add_tools(server, desk)
    _add_resources(server, desk)
    return server


def _digests(desk: Newsdesk) -> DigestList:
    found = []
    for config in desk.config.digests:
        try:
            latest: dt.date | None = desk.digest(config.name).day
        except NotFoundError:
            latest = None
        found.append(digest_info(config, latest))
    return DigestList(digests=found)


def _add_tools(server: MCPServer, desk: Newsdesk) -> None:
    @server.tool(annotations=_READ_ONLY)
    def get_digest(
        digest: DigestName = None,
        date: Day = None,
        style: Annotated[
            str | None,
            Field(description="a Markdown style from list_digests (default: the digest's own)"),
        ] = None,
    ) -> DigestAnswer:
        """A written digest of one day (default: its latest): the day's title and summary
        bullets, each lead story with its headline, summary, insights, link and sources
        (story_id leads to get_story), the "more news" lines, and `markdown`, the whole
        digest as it is published. Use it to tell someone the day's news. The status says
        whether the day is still a draft or was approved or published. Fails with what to
        do when that digest or day was not written."""
        with _told():
            written = desk.digest(digest, date)
            markdown = desk.digest_markdown(written.name, written.day, style)
            return digest_answer(desk.config.digest(written.name), written, markdown)

    @server.tool(annotations=_READ_ONLY)
    def list_digests() -> DigestList:
        """The digests newsdesk writes: each one's name, title, language, Markdown styles
        and newest written day. Use a name with get_digest or list_stories."""
        with _told():
            return _digests(desk)

    @server.tool(annotations=_READ_ONLY)
    def search_stories(
        query: Annotated[
            str,
            Field(
                description="words that must all appear, e.g. `Aster-3` or `芯片 融资`",
                min_length=1,
            ),
        ],
        days: Annotated[
            int | None,
            Field(description="only stories updated in the last this many days", ge=1),
        ] = None,
        limit: Annotated[int, Field(description="at most this many stories", ge=1, le=100)] = 20,
    ) -> SearchAnswer:
        """Search the whole archive (every day, every source, not only what digests
        carried) for stories whose title, or one of whose reports' title or summary,
        holds every word of the query; case does not matter and Chinese works. Newest
        first, each with the reports that matched. Use a distinctive word: a name, a
        product, a number; then get_story for all of a story's reports."""
        with _told():
            return search_answer(desk.search(query, days=days, limit=limit))

    @server.tool(annotations=_READ_ONLY)
    def get_story(
        story_id: Annotated[
            str, Field(description="a story's id, e.g. from get_digest or search_stories")
        ],
    ) -> StoryAnswer:
        """One story: its title in each language, category, importance, and every report
        of it (title, link, publisher, source, language, time, summary), oldest first.
        Use it to cite sources or to see how different outlets told the same event."""
        with _told():
            return story_answer(desk.story(story_id))

    @server.tool(annotations=_READ_ONLY)
    def list_stories(
        date: Annotated[
            dt.date | None,
            Field(description="YYYY-MM-DD (default: today, or the newest day with stories)"),
        ] = None,
        digest: Annotated[
            str | None,
            Field(description="rank as this digest does, and say what its edition carried"),
        ] = None,
        limit: Annotated[int, Field(description="at most this many stories", ge=1, le=200)] = 30,
    ) -> StoryList:
        """Every story of a day, best first, with its rank, score, category, publishers
        and languages; with a digest, ranked as that digest ranks and with `section`
        saying whether its edition carried the story in the lead or in "more news". Use
        it for what was reported beyond the digest, or why something is missing."""
        with _told():
            found = desk.stories(date, digest)
            if date is None and not found.ranked and found.newest is not None:
                found = desk.stories(found.newest, digest)
            return stories_answer(found, digest, limit)

    @server.tool(annotations=_READ_ONLY)
    def list_sources() -> SourceList:
        """Every configured source and its health: ok, low volume, stale, failing, never
        fetched or disabled, with what is wrong and what to try, its last fetch and
        success, failures in a row, items in the last day and per usual day, and the age
        of its newest item. Use it when asked whether the news is complete or a source
        works."""
        with _told():
            return sources_answer(desk.sources())


def _add_resources(server: MCPServer, desk: Newsdesk) -> None:
    @server.resource(
        "newsdesk://digests",
        name="digests",
        title="The configured digests",
        description="Each digest's name, title, language, styles and newest written day.",
        mime_type="application/json",
    )
    def digests() -> str:
        with _read():
            return _digests(desk).model_dump_json(indent=2)

    for config in desk.config.digests:
        server.resource(
            f"digest://{config.name}/latest",
            name=f"{config.name}-latest",
            title=f"{config.title}: the latest day",
            description=f"The newest {config.name} digest as Markdown.",
            mime_type="text/markdown",
        )(_latest(desk, config.name))

    @server.resource(
        "digest://{name}/{date}",
        name="digest-day",
        title="A digest of a day",
        description="A digest's Markdown for a day (YYYY-MM-DD, or `latest`).",
        mime_type="text/markdown",
    )
    def digest_day(name: str, date: str) -> str:
        with _read():
            return desk.digest_markdown(name, _day(date))


def _latest(desk: Newsdesk, name: str) -> Callable[[], str]:
    def latest() -> str:
        with _read():
            return desk.digest_markdown(name)

    return latest


def _day(value: str) -> dt.date | None:
    """``latest`` (None) or a day."""
    if value == "latest":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ResourceNotFoundError(
            f"{value!r} is not a day: use YYYY-MM-DD, e.g. 2026-05-14, or `latest`."
        ) from None
