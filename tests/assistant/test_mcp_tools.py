"""The MCP server's tools and resources, asked by the SDK's client in-process: what an
assistant gets for each question, and what it is told when it asks for what is not there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar

import anyio
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from newsdesk import Newsdesk
from newsdesk.assistant import make_server

from .sample import SampleDay

T = TypeVar("T")

TOOLS = {"get_digest", "list_digests", "search_stories", "get_story", "list_stories",
         "list_sources"}  # fmt: skip


@pytest.fixture(scope="module")
def desk(sample_day: SampleDay, copied: str) -> Iterator[Newsdesk]:
    with sample_day.desk(copied) as opened:
        yield opened


def ask(desk: Newsdesk, conversation: Callable[[Client], Awaitable[T]]) -> T:
    """What a client connected to the desk's server gets in one conversation."""

    async def go() -> T:
        async with Client(make_server(desk)) as client:
            return await conversation(client)

    return anyio.run(go)


def call(desk: Newsdesk, tool: str, **arguments: Any) -> Any:
    """A tool's structured answer (the call must succeed)."""

    async def conversation(client: Client) -> Any:
        result = await client.call_tool(tool, arguments)
        assert not result.is_error, result.content
        return result.structured_content

    return ask(desk, conversation)


def failure(desk: Newsdesk, tool: str, **arguments: Any) -> str:
    """The text of a tool's error (the call must fail)."""

    async def conversation(client: Client) -> str:
        result = await client.call_tool(tool, arguments)
        assert result.is_error
        return "".join(getattr(block, "text", "") for block in result.content)

    return ask(desk, conversation)


def test_the_tools_are_read_only_and_say_what_they_answer(desk: Newsdesk) -> None:
    async def conversation(client: Client) -> Any:
        return (await client.list_tools()).tools, client.instructions

    tools, instructions = ask(desk, conversation)
    assert {t.name for t in tools} == TOOLS
    for tool in tools:
        assert tool.annotations is not None and tool.annotations.read_only_hint, tool.name
        assert tool.description and len(tool.description) > 80, tool.name
        assert tool.output_schema is not None, tool.name
    assert instructions and "get_digest" in instructions and "search_stories" in instructions


def test_get_digest_is_the_first_digests_latest_day_with_its_markdown(
    desk: Newsdesk, sample_day: SampleDay
) -> None:
    answer = call(desk, "get_digest")
    written = desk.digest()
    assert (answer["digest"], answer["day"]) == ("ai-ribao", sample_day.day.isoformat())
    assert answer["digest_title"] == "AI 日报"
    assert (answer["language"], answer["status"]) == ("zh", "draft")
    assert answer["title"] == written.title and answer["bullets"] == list(written.bullets)
    assert [e["headline"] for e in answer["entries"]] == [e.headline for e in written.entries]
    first = answer["entries"][0]
    assert first["summary"] and first["insights"] and first["url"].startswith("http")
    cited = {s.source for s in written.entries[0].sources}
    assert {s["publisher"] for s in first["sources"]} == cited
    assert [m["story_id"] for m in answer["more"]] == [m.story_id for m in written.more]
    assert answer["markdown"] == desk.digest_markdown()


def test_get_digest_of_the_english_digest_on_a_day_in_another_style(
    desk: Newsdesk, sample_day: SampleDay
) -> None:
    day = sample_day.day.isoformat()
    answer = call(desk, "get_digest", digest="ai-daily", date=day, style="insight")
    assert (answer["digest"], answer["day"], answer["language"]) == ("ai-daily", day, "en")
    assert answer["markdown"] == desk.digest_markdown("ai-daily", sample_day.day, "insight")


@pytest.mark.parametrize(
    ("arguments", "told"),
    [
        ({"digest": "nope"}, "No digest 'nope' in the config (digests: ai-ribao, ai-daily)"),
        (
            {"digest": "ai-daily", "date": "2030-01-01"},
            "No ai-daily digest for 2030-01-01: that day is still to come",
        ),
        ({"style": "nope"}, "No style 'nope'"),
        ({"date": "14 May"}, "Input should be a valid date"),
    ],
)
def test_a_digest_that_is_not_there_is_a_tool_error_saying_why(
    desk: Newsdesk, arguments: dict[str, str], told: str
) -> None:
    assert told in failure(desk, "get_digest", **arguments)


def test_list_digests_names_each_with_its_newest_day(desk: Newsdesk, sample_day: SampleDay) -> None:
    answer = call(desk, "list_digests")
    assert [(d["name"], d["language"], d["latest_day"]) for d in answer["digests"]] == [
        ("ai-ribao", "zh", sample_day.day.isoformat()),
        ("ai-daily", "en", sample_day.day.isoformat()),
    ]
    assert answer["digests"][0]["styles"] == ["ribao", "insight"]


@pytest.mark.parametrize("word", ["深言", "aster-3"])
def test_search_finds_a_story_of_the_day_by_a_word_of_its_headline(
    desk: Newsdesk, word: str
) -> None:
    lead = next(e for e in desk.digest("ai-ribao").entries if "深言" in e.headline)
    assert "aster-3" in lead.headline.lower()
    answer = call(desk, "search_stories", query=word)
    [hit] = [s for s in answer["stories"] if s["id"] == lead.story_id]
    assert hit["matched"] and all(
        word in f"{m['title']} {m['summary']}".lower() for m in hit["matched"]
    )
    assert answer["words"] == [word]


def test_search_with_no_word_or_nothing_found(desk: Newsdesk) -> None:
    assert "at least 1 character" in failure(desk, "search_stories", query="")
    assert "A search needs a word" in failure(desk, "search_stories", query="   ")
    assert call(desk, "search_stories", query="不存在的词")["stories"] == []


def test_get_story_gives_every_report_with_its_source(desk: Newsdesk) -> None:
    lead = desk.digest("ai-daily").entries[0]
    answer = call(desk, "get_story", story_id=lead.story_id)
    detail = desk.story(lead.story_id)
    assert answer["id"] == lead.story_id and answer["titles"] == detail.story.titles
    assert len(answer["items"]) == detail.story.item_count > 1
    assert {i["url"] for i in answer["items"]} >= {s.url for s in lead.sources}
    assert {i["source_id"] for i in answer["items"]} == set(detail.story.sources)
    assert all(i["title"] and i["language"] in {"zh", "en"} for i in answer["items"])
    assert "No story 's000'" in failure(desk, "get_story", story_id="s000")


def test_list_stories_ranks_a_day_as_the_digest_does(desk: Newsdesk, sample_day: SampleDay) -> None:
    answer = call(desk, "list_stories", digest="ai-ribao", limit=5)
    found = desk.stories(digest="ai-ribao")
    assert answer["day"] == sample_day.day.isoformat() and answer["digest"] == "ai-ribao"
    assert [s["id"] for s in answer["stories"]] == [r.story.id for r in found.ranked[:5]]
    assert [s["rank"] for s in answer["stories"]] == [1, 2, 3, 4, 5]
    assert answer["stories"][0]["section"] == "lead"


def test_list_stories_with_no_date_falls_back_to_the_newest_day(
    sample_day: SampleDay, copied: str
) -> None:
    with sample_day.desk(copied, sample_day.evening + timedelta(days=3)) as later:
        assert later.stories().ranked == ()
        answer = call(later, "list_stories")
        assert answer["day"] == sample_day.day.isoformat() and answer["stories"]
        assert answer["stories"][0]["section"] is None


def test_list_sources_gives_each_sources_health(desk: Newsdesk) -> None:
    answer = call(desk, "list_sources")
    statuses = {s.source.id: s for s in desk.sources()}
    assert [s["id"] for s in answer["sources"]] == list(statuses)
    for source in answer["sources"]:
        status = statuses[source["id"]]
        assert source["health"] == status.health.status.value
        assert source["last_fetched"] is not None and source["failures"] == 0
        assert source["items_per_day"] == round(status.health.per_day, 1)


def test_the_resources_are_each_digests_markdown(desk: Newsdesk, sample_day: SampleDay) -> None:
    async def conversation(client: Client) -> Any:
        listed = (await client.list_resources()).resources
        templates = (await client.list_resource_templates()).resource_templates
        latest = await client.read_resource("digest://ai-daily/latest")
        on_day = await client.read_resource(f"digest://ai-ribao/{sample_day.day}")
        digests = await client.read_resource("newsdesk://digests")
        return listed, templates, latest.contents[0], on_day.contents[0], digests.contents[0]

    listed, templates, latest, on_day, digests = ask(desk, conversation)
    assert [str(r.uri) for r in listed] == [
        "newsdesk://digests", "digest://ai-ribao/latest", "digest://ai-daily/latest"
    ]  # fmt: skip
    assert [t.uri_template for t in templates] == ["digest://{name}/{date}"]
    assert (latest.mime_type, latest.text) == ("text/markdown", desk.digest_markdown("ai-daily"))
    assert on_day.text == desk.digest_markdown("ai-ribao", sample_day.day)
    assert '"name": "ai-ribao"' in digests.text and digests.mime_type == "application/json"


@pytest.mark.parametrize(
    ("uri", "told"),
    [
        ("digest://ai-daily/2030-01-01", "No ai-daily digest for 2030-01-01"),
        ("digest://ai-daily/yesterday", "'yesterday' is not a day"),
        ("digest://nope/latest", "No digest 'nope' in the config"),
    ],
)
def test_a_resource_that_is_not_there_says_why(desk: Newsdesk, uri: str, told: str) -> None:
    async def conversation(client: Client) -> MCPError:
        with pytest.raises(MCPError) as raised:
            await client.read_resource(uri)
        return raised.value

    assert told in str(ask(desk, conversation))


def test_no_tool_changes_the_store(sample_day: SampleDay, tmp_path: Any) -> None:
    path = tmp_path / "newsdesk.db"
    path.write_bytes(sample_day.store.read_bytes())

    def dump() -> list[str]:
        with sqlite3.connect(path) as conn:
            return list(conn.iterdump())

    before = dump()
    with sample_day.desk(f"sqlite:///{path}") as desk:
        story = desk.digest().entries[0].story_id
        for tool, arguments in [
            ("get_digest", {}), ("list_digests", {}), ("search_stories", {"query": "AI"}),
            ("get_story", {"story_id": story}), ("list_stories", {"digest": "ai-ribao"}),
            ("list_sources", {}),
        ]:  # fmt: skip
            call(desk, tool, **arguments)
    assert dump() == before
