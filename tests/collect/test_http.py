"""The fetcher against a real HTTP server on 127.0.0.1 playing every kind of bad server."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler

import pytest

from newsdesk.collect import Fetcher
from newsdesk.collect._http import Response
from newsdesk.config import FetchSettings, HostLimits
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.exceptions import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    ParseError,
    TooLargeError,
)


def get(settings: FetchSettings, url: str, **kwargs: str) -> Response:
    async def go() -> Response:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, **kwargs)

    return asyncio.run(go())


def sequence(*replies: Reply):  # type: ignore[no-untyped-def]
    """A route answering with each reply in turn, then the last one forever."""
    calls = iter(replies)
    last: list[Reply] = []

    def route(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        reply = next(calls, None) or last[0]
        last[:] = [reply]
        return reply

    return route


def test_returns_body_and_sends_user_agent(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/feed"] = Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml"})
    response = get(fast.model_copy(update={"user_agent": "newsdesk-test/1"}), server.url("/feed"))
    assert response.status == 200
    assert response.body == b"<rss/>"
    assert server.requests[0].headers["user-agent"] == "newsdesk-test/1"


def test_conditional_get_sends_validators_and_304_is_not_modified(
    server: LocalServer, fast: FetchSettings
) -> None:
    def route(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(200, b"<rss/>", {"ETag": '"v1"'})

    server.routes["/feed"] = route
    first = get(fast, server.url("/feed"))
    second = get(fast, server.url("/feed"), etag=first.headers["etag"])
    assert not first.not_modified
    assert second.not_modified and second.body == b""
    assert server.requests[1].headers["if-none-match"] == '"v1"'


def test_if_modified_since_is_sent(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/feed"] = Reply(304)
    get(fast, server.url("/feed"), last_modified="Wed, 13 May 2026 08:00:00 GMT")
    assert server.requests[0].headers["if-modified-since"] == "Wed, 13 May 2026 08:00:00 GMT"


def test_404_fails_at_once_with_status_and_advice(server: LocalServer, fast: FetchSettings) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        get(fast, server.url("/gone"))
    assert caught.value.status == 404
    assert "HTTP 404 Not Found" in str(caught.value)
    assert "may have moved" in str(caught.value)
    assert len(server.requests) == 1


def test_500_then_success_is_retried(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/flaky"] = sequence(Reply(500), Reply(503), Reply(200, b"ok"))
    assert get(fast, server.url("/flaky")).body == b"ok"
    assert len(server.requests) == 3


def test_persistent_500_fails_after_retries(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/down"] = Reply(500)
    with pytest.raises(HTTPStatusError, match=r"HTTP 500 .* after 3 attempts"):
        get(fast, server.url("/down"))
    assert len(server.requests) == 1 + fast.retries


def test_429_waits_as_long_as_retry_after_says(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/busy"] = sequence(Reply(429, headers={"Retry-After": "1"}), Reply(200, b"ok"))
    started = time.monotonic()
    assert get(fast, server.url("/busy")).body == b"ok"
    assert time.monotonic() - started >= 0.95


def test_429_asking_too_long_a_wait_fails_with_reason(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/busy"] = Reply(429, headers={"Retry-After": "3600"})
    with pytest.raises(HTTPStatusError, match="asks to wait 3600 s"):
        get(fast, server.url("/busy"))
    assert len(server.requests) == 1


def test_response_that_never_ends_times_out(server: LocalServer, fast: FetchSettings) -> None:
    def trickle(request: Request, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "10000")
        handler.end_headers()
        try:
            for _ in range(100):
                handler.wfile.write(b"<")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return

    server.routes["/slow"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"within 1 s \(fetch.timeout\)"):
        get(fast.model_copy(update={"timeout": 1.0}), server.url("/slow"))
    assert time.monotonic() - started < 3


def test_oversized_response_is_refused_by_content_length(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/big"] = Reply(200, b"x" * 300_000)
    with pytest.raises(TooLargeError, match=r"over the 0.2 MB limit \(fetch.max_bytes\)"):
        get(fast, server.url("/big"))


def test_oversized_response_without_length_is_cut_while_streaming(
    server: LocalServer, fast: FetchSettings
) -> None:
    def chunked(request: Request, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(50):
                handler.wfile.write(b"y" * 10_000)
        except OSError:
            return
        handler.close_connection = True

    server.routes["/stream"] = chunked
    with pytest.raises(TooLargeError):
        get(fast, server.url("/stream"))


def gzip_of_zeros(size: int) -> bytes:
    """gzip of ``size`` zero bytes, made without holding them."""
    compressor = zlib.compressobj(9, wbits=31)
    block = bytes(1_000_000)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + compressor.flush()


def test_gzip_chain_bomb_is_cut_at_the_cap_without_inflating_it(
    server: LocalServer, fast: FetchSettings
) -> None:
    """2 KB of ``gzip, gzip`` on the wire once inflated to gigabytes before the cap looked."""
    bomb = gzip.compress(gzip_of_zeros(200_000_000))
    assert len(bomb) < 20_000
    headers = {"Content-Encoding": "gzip, gzip", "Content-Type": "application/rss+xml"}
    server.routes["/bomb"] = Reply(200, bomb, headers)
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match=r"over the 0.2 MB limit once decompressed"):
            get(fast, server.url("/bomb"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000


def test_compressed_body_is_decompressed(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/feed"] = Reply(200, gzip.compress(b"<rss/>"), {"Content-Encoding": "gzip"})
    assert get(fast, server.url("/feed")).body == b"<rss/>"


def test_undecodable_body_names_url_and_encoding(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/feed"] = Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match=r"could not be decompressed \(Content-Encoding: gzip\)"):
        get(fast, server.url("/feed"))


def test_redirect_loop_is_reported(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/a"] = Reply(302, headers={"Location": "/b"})
    server.routes["/b"] = Reply(302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirect loop"):
        get(fast, server.url("/a"))


def test_redirect_is_followed_and_final_url_kept(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/old"] = Reply(301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(200, b"here")
    response = get(fast, server.url("/old"))
    assert response.url == server.url("/new")
    assert response.body == b"here"


def test_connection_refused_says_so(fast: FetchSettings) -> None:
    with LocalServer() as closed:
        url = closed.url("/feed")
    with pytest.raises(FetchError, match=r"could not connect to 127.0.0.1:\d+: .*is the server up"):
        get(fast.model_copy(update={"retries": 0}), url)


def test_gbk_page_without_charset_header_decodes(server: LocalServer, fast: FetchSettings) -> None:
    page = "<html><head><title>大模型新闻</title></head><body>深言科技发布新模型</body></html>"
    server.routes["/gbk"] = Reply(200, page.encode("gbk"), {"Content-Type": "text/html"})
    assert "深言科技发布新模型" in get(fast, server.url("/gbk")).text


def test_per_host_delay_spaces_requests(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/x"] = Reply(200, b"ok")
    settings = fast.model_copy(
        update={"hosts": {"127.0.0.1": HostLimits(concurrency=4, delay=0.3)}}
    )

    async def go() -> float:
        async with Fetcher(settings) as fetcher:
            started = time.monotonic()
            await asyncio.gather(*(fetcher.get(server.url("/x")) for _ in range(3)))
            return time.monotonic() - started

    assert asyncio.run(go()) >= 0.55


def test_json_error_names_the_url(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/api"] = Reply(200, b"{not json", {"Content-Type": "application/json"})
    with pytest.raises(ParseError, match="did not return JSON"):
        get(fast, server.url("/api")).json()


def test_proxy_from_environment_is_used(
    server: LocalServer, fast: FetchSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.base_url)
    server.routes["http://feeds.example/rss"] = Reply(200, b"via proxy")
    assert get(fast, "http://feeds.example/rss").body == b"via proxy"
    assert server.requests[0].path == "http://feeds.example/rss"


def test_configured_proxy_wins_over_environment(
    server: LocalServer, fast: FetchSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:1")
    server.routes["http://feeds.example/rss"] = Reply(200, b"configured")
    settings = fast.model_copy(update={"proxy": server.base_url})
    assert get(settings, "http://feeds.example/rss").body == b"configured"


def test_refused_connection_is_retried(fast: FetchSettings) -> None:
    with LocalServer() as closed:
        url = closed.url("/feed")

    async def go() -> int:
        async with Fetcher(fast) as fetcher:
            with pytest.raises(FetchError):
                await fetcher.get(url)
            return fetcher.requests

    assert asyncio.run(go()) == 1 + fast.retries
