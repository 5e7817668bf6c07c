"""The MCP server over streamable HTTP, routed inside a host app as ``newsdesk serve``
routes it, served by uvicorn on 127.0.0.1 in a thread."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
import httpx
import pytest
import uvicorn
from assistant_helpers import SampleDay
from fastapi import FastAPI
from mcp import Client

from newsdesk.assistant import mcp_http

T = TypeVar("T")


def host_app(sample_day: SampleDay, url: str) -> FastAPI:
    """A host app as :class:`~newsdesk.assistant.McpHttp` says to build one: its own
    routes, MCP's beside them, and the session manager run in its lifespan."""
    desk = sample_day.desk(url)
    mcp = mcp_http(desk)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        with desk:
            async with mcp.running():
                yield

    api = FastAPI(lifespan=lifespan)

    @api.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    api.router.routes.extend(mcp.routes)
    return api


@pytest.fixture(scope="module")
def base_url(sample_day: SampleDay, copied: str) -> Iterator[str]:
    """The host app served on a free port of 127.0.0.1 until the module's tests are done."""
    config = uvicorn.Config(
        host_app(sample_day, copied), host="127.0.0.1", port=0, log_level="warning", ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def over_http(base_url: str, conversation: Callable[[Client], Awaitable[T]]) -> T:
    async def go() -> T:
        async with Client(f"{base_url}/mcp") as client:
            return await conversation(client)

    return anyio.run(go)


def test_a_client_lists_the_tools_and_gets_todays_digest(
    base_url: str, sample_day: SampleDay
) -> None:
    async def conversation(client: Client) -> tuple[set[str], Any]:
        tools = {t.name for t in (await client.list_tools()).tools}
        digest = await client.call_tool("get_digest", {"digest": "ai-daily"})
        assert not digest.is_error, digest.content
        return tools, digest.structured_content

    tools, digest = over_http(base_url, conversation)
    assert {"get_digest", "search_stories", "get_story", "list_sources"} <= tools
    assert (digest["digest"], digest["day"], digest["language"]) == (
        "ai-daily", sample_day.day.isoformat(), "en"
    )  # fmt: skip
    assert digest["entries"] and digest["markdown"].startswith("---\n")


def test_search_and_a_story_with_its_sources_in_chinese(base_url: str) -> None:
    async def conversation(client: Client) -> tuple[Any, Any]:
        found = await client.call_tool("search_stories", {"query": "深言 Aster-3"})
        first = found.structured_content["stories"][0]
        story = await client.call_tool("get_story", {"story_id": first["id"]})
        return found.structured_content, story.structured_content

    found, story = over_http(base_url, conversation)
    assert found["words"] == ["深言", "Aster-3"] and found["stories"]
    assert any("深言" in item["title"] for item in story["items"])
    assert len({item["source_id"] for item in story["items"]}) > 1


def test_the_host_apps_own_routes_still_answer(base_url: str) -> None:
    assert httpx.get(f"{base_url}/healthz").json() == {"status": "ok"}


def test_a_request_naming_another_host_is_refused(base_url: str) -> None:
    """A web page cannot reach the loopback desk by DNS rebinding."""
    hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    accept = {"Accept": "application/json, text/event-stream"}
    refused = httpx.post(
        f"{base_url}/mcp", json=hello, headers=accept | {"Host": "news.attacker.example"}
    )
    assert (refused.status_code, refused.text) == (421, "Invalid Host header")
    evil = httpx.post(
        f"{base_url}/mcp", json=hello, headers=accept | {"Origin": "http://attacker.example"}
    )
    assert (evil.status_code, evil.text) == (403, "Invalid Origin header")
