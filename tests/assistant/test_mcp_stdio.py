"""``newsdesk mcp``: the server on stdin and stdout, as an assistant's client starts it."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app

from .sample import SampleDay

T = TypeVar("T")
SRC = str(Path(newsdesk.__file__).resolve().parents[1])


def over_stdio(
    sample_day: SampleDay, url: str, log: Path, conversation: Callable[[Client], Awaitable[T]]
) -> T:
    """One conversation with ``newsdesk mcp`` started as a subprocess on the store."""
    command = StdioServerParameters(
        command=sys.executable,
        args=["-c", "from newsdesk.cli import main; main()",
              "--config", str(sample_day.config_path), "--db", url, "mcp"],
        env={"PYTHONPATH": SRC},
    )  # fmt: skip

    async def go() -> T:
        with log.open("w") as errors:
            async with Client(stdio_client(command, errlog=errors)) as client:
                return await conversation(client)

    return anyio.run(go)


def test_a_client_lists_the_tools_and_gets_todays_digest(
    sample_day: SampleDay, copied: str, tmp_path: Path
) -> None:
    async def conversation(client: Client) -> tuple[set[str], object]:
        tools = {t.name for t in (await client.list_tools()).tools}
        digest = await client.call_tool("get_digest", {})
        assert not digest.is_error, digest.content
        return tools, digest.structured_content

    tools, digest = over_stdio(sample_day, copied, tmp_path / "stderr.log", conversation)
    assert {"get_digest", "search_stories", "get_story", "list_sources"} <= tools
    assert isinstance(digest, dict)
    assert (digest["digest"], digest["day"]) == ("ai-ribao", sample_day.day.isoformat())
    assert digest["entries"] and digest["markdown"].startswith("---\n")


def test_a_missing_digest_is_a_tool_error_and_the_server_goes_on(
    sample_day: SampleDay, copied: str, tmp_path: Path
) -> None:
    async def conversation(client: Client) -> tuple[str, bool]:
        missing = await client.call_tool("get_digest", {"digest": "ai-weekly"})
        assert missing.is_error
        found = await client.call_tool("search_stories", {"query": "深言"})
        return "".join(getattr(b, "text", "") for b in missing.content), found.is_error

    told, failed_after = over_stdio(sample_day, copied, tmp_path / "stderr.log", conversation)
    assert "No digest 'ai-weekly' in the config (digests: ai-ribao, ai-daily)" in told
    assert not failed_after


def test_a_store_of_an_older_schema_stops_it_before_it_serves(
    sample_day: SampleDay, tmp_path: Path, store_at: Callable[[str, str], None]
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_at(url, "0008")
    result = CliRunner().invoke(
        app, ["--config", str(sample_day.config_path), "--db", url, "mcp"], input=""
    )
    assert result.exit_code == 1
    hint = f"newsdesk --config {sample_day.config_path} db upgrade"
    assert hint in " ".join(result.output.split())
