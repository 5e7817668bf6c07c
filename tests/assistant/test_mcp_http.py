"""The MCP server over streamable HTTP, routed inside a host app as ``newsdesk serve``
routes it (behind the desk's access rules), served by uvicorn on 127.0.0.1 in a thread."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
import httpx
import httpx2
import pytest
from fastapi import FastAPI
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from live import serving
from newsdesk import Newsdesk
from newsdesk.assistant import mcp_http
from newsdesk.web._auth import install_auth, reader

from .sample import SampleDay

T = TypeVar("T")
HELLO = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
ACCEPT = {"Accept": "application/json, text/event-stream"}


def host_app(desk: Newsdesk) -> FastAPI:
    """A host app as :class:`~newsdesk.assistant.McpHttp` says to build one: the desk's
    access rules, its own routes, MCP's beside them, the session manager in its lifespan."""
    mcp = mcp_http(desk, guard=reader)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        with desk:
            async with mcp.running():
                yield

    api = FastAPI(lifespan=lifespan)
    install_auth(api, desk)

    @api.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    api.router.routes.extend(mcp.routes)
    return api


@pytest.fixture(scope="module")
def base_url(sample_day: SampleDay, copied: str) -> Iterator[str]:
    """The one-person desk (no accounts) on the sample day."""
    with serving(host_app(sample_day.desk(copied))) as url:
        yield url


def over_http(base_url: str, conversation: Callable[[Client], Awaitable[T]], token: str = "") -> T:
    async def go() -> T:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with httpx2.AsyncClient(headers=headers) as http:
            transport = streamable_http_client(f"{base_url}/mcp", http_client=http)
            async with Client(transport) as client:
                return await conversation(client)

    return anyio.run(go)


async def todays_digest(client: Client) -> tuple[set[str], Any]:
    tools = {t.name for t in (await client.list_tools()).tools}
    digest = await client.call_tool("get_digest", {"digest": "ai-daily"})
    assert not digest.is_error, digest.content
    return tools, digest.structured_content


def test_a_client_lists_the_tools_and_gets_todays_digest(
    base_url: str, sample_day: SampleDay
) -> None:
    tools, digest = over_http(base_url, todays_digest)
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


def test_a_request_naming_another_host_or_sent_by_another_site_is_refused(
    base_url: str,
) -> None:
    """A web page cannot reach the one-person desk on loopback by DNS rebinding."""
    rebound = httpx.post(
        f"{base_url}/mcp", json=HELLO, headers=ACCEPT | {"Host": "news.attacker.example"}
    )
    assert rebound.status_code == 403
    assert "answers only on this machine" in rebound.json()["detail"]
    page = httpx.post(
        f"{base_url}/mcp", json=HELLO, headers=ACCEPT | {"Origin": "http://attacker.example"}
    )
    assert (page.status_code, page.text) == (403, "Invalid Origin header")


@pytest.fixture(scope="module")
def guarded(
    sample_day: SampleDay, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """A desk with an editor account, served; its base URL and the editor's API token."""
    path = tmp_path_factory.mktemp("accounts") / "newsdesk.db"
    shutil.copy(sample_day.store, path)
    desk = sample_day.desk(f"sqlite:///{path}")
    desk.accounts.add("mei", "a long enough password")
    token = desk.accounts.new_token("mei")
    with serving(host_app(desk)) as url:
        yield url, token


def test_with_accounts_reading_needs_an_api_token(guarded: tuple[str, str]) -> None:
    base_url, token = guarded
    anonymous = httpx.post(f"{base_url}/mcp", json=HELLO, headers=ACCEPT)
    assert anonymous.status_code == 401
    assert anonymous.json() == {"detail": "Sign in (or send an API token) to read this desk."}
    assert anonymous.headers["www-authenticate"] == "Bearer"
    wrong = httpx.post(
        f"{base_url}/mcp", json=HELLO, headers=ACCEPT | {"Authorization": "Bearer nd_nope"}
    )
    assert wrong.status_code == 401 and "not valid" in wrong.json()["detail"]
    _, digest = over_http(base_url, todays_digest, token=token)
    assert digest["digest"] == "ai-daily"
