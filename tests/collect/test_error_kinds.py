"""The fetcher's failures are read back into their kind and details from their words, so
that the desk's pages word them in their own language; these come from real exchanges
with a local server, so a message reworded without its reader fails here."""

from __future__ import annotations

import asyncio

import pytest

from newsdesk.collect import Fetcher
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import FetchError
from newsdesk.model import Phrase, work_error_phrase


def failure(settings: FetchSettings, url: str) -> Phrase:
    async def go() -> None:
        async with Fetcher(settings) as fetcher:
            await fetcher.get(url)

    with pytest.raises(FetchError) as caught:
        asyncio.run(go())
    return work_error_phrase(str(caught.value))


def test_an_http_status_is_read_back_with_its_status_and_address(
    server: LocalServer, fast: FetchSettings
) -> None:
    said = failure(fast, server.url("/gone"))
    assert said.key == "work.http_gone"
    assert dict(said.values) == {
        "status": "404", "reason": "Not Found", "where": server.url("/gone"), "attempts": ""
    }  # fmt: skip


def test_a_server_error_keeps_how_often_it_was_tried(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/down"] = Reply(500)
    said = failure(fast, server.url("/down"))
    assert said.key == "work.http_server"
    assert dict(said.values)["attempts"] == str(1 + fast.retries)


def test_a_long_wait_asked_for_is_its_own_kind(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/busy"] = Reply(429, headers={"Retry-After": "3600"})
    said = failure(fast, server.url("/busy"))
    assert said.key == "work.http_wait"
    assert dict(said.values)["asked"] == "3600"


def test_a_redirect_loop_a_refused_connection_and_a_large_body_are_read_back(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/a"] = Reply(302, headers={"Location": "/b"})
    server.routes["/b"] = Reply(302, headers={"Location": "/a"})
    server.routes["/big"] = Reply(200, b"x" * 300_000)
    server.routes["/zip"] = Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"})
    with LocalServer() as closed:
        gone = closed.url("/feed")

    assert failure(fast, server.url("/a")).key == "work.redirects"
    assert failure(fast, server.url("/big")).key == "work.too_large"
    assert failure(fast, server.url("/zip")).key == "work.decompress"
    refused = failure(fast.model_copy(update={"retries": 0}), gone)
    assert refused.key == "work.refused"
    assert dict(refused.values)["host"] == gone.split("/")[2]


def test_words_of_no_known_kind_are_kept_as_they_are() -> None:
    said = work_error_phrase("every source failed twice")
    assert said == Phrase("", "every source failed twice")


def test_a_workers_retried_failure_keeps_the_error_it_wraps() -> None:
    said = work_error_phrase("could not connect to wire.example: boom (after 3 tries)")
    assert said.key == "work.tries"
    assert dict(said.values) == {"error": "could not connect to wire.example: boom", "tries": "3"}
