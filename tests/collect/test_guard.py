"""The network guard: no fetch reaches a non-public address unless a setting allows it.

Real servers on 127.0.0.1 play the internal services a hostile feed points at; a refused
request must never reach them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator

import httpcore
import pytest

from newsdesk.collect import Fetcher, Response, _guard
from newsdesk.collect._guard import GuardedBackend, address_kind
from newsdesk.collect.kinds.feed import FeedSource
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import BlockedAddressError, FetchError, HTTPStatusError


def get(settings: FetchSettings, url: str, headers: dict[str, str] | None = None) -> Response:
    async def go() -> Response:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, headers=headers)

    return asyncio.run(go())


@pytest.fixture
def strict(fast: FetchSettings) -> FetchSettings:
    """The test settings with the guard on, as every user has it by default.

    No test here is about time, and with no retry a local server's accept that a loaded
    machine delays past the quick settings' one second would fail a fetch the guard let
    through, so the timeouts are a user's.
    """
    return fast.model_copy(
        update={
            "allow_private_addresses": False,
            "retries": 0,
            "timeout": 20.0,
            "connect_timeout": 10.0,
        }
    )


@pytest.fixture
def public_127(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 (only) plays a public site, so a redirect from it can be tested."""
    judge = _guard.address_kind
    monkeypatch.setattr(_guard, "address_kind", lambda a: None if a == "127.0.0.1" else judge(a))


@pytest.fixture
def second() -> Iterator[LocalServer]:
    """Another origin: same host, another port."""
    with LocalServer() as running:
        yield running


def spellings(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/admin",
        f"http://2130706433:{port}/admin",  # 127.0.0.1 as one decimal number
        f"http://0x7f000001:{port}/admin",  # in hex
        f"http://017700000001:{port}/admin",  # in octal
        f"http://127.1:{port}/admin",
        f"http://localhost:{port}/admin",
        f"http://0.0.0.0:{port}/admin",
        f"http://0:{port}/admin",
        f"http://[::1]:{port}/admin",
        f"http://[::ffff:127.0.0.1]:{port}/admin",  # IPv4-mapped IPv6
        f"http://[::ffff:7f00:1]:{port}/admin",
    ]


def test_every_spelling_of_this_machine_is_refused(
    server: LocalServer, strict: FetchSettings
) -> None:
    server.routes["/admin"] = Reply(200, b"password=hunter2")
    for url in spellings(int(server.base_url.rsplit(":", 1)[1])):
        with pytest.raises(BlockedAddressError) as caught:
            get(strict, url)
        assert caught.value.url == url
    assert server.requests == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.7/feed", "private network"),
        ("http://192.168.1.1/", "private network"),
        ("http://[fd00::1]/", "private network"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://100.64.0.1/", "reserved"),
        ("http://240.0.0.1/", "reserved"),
        ("http://[::]/", "unspecified"),
        ("http://[2002:7f00:1::]/", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("http://[64:ff9b::a00:7]/", "private network"),  # NAT64 wrapping 10.0.0.7
    ],
)
def test_internal_addresses_are_refused_before_any_connection(
    strict: FetchSettings, url: str, words: str
) -> None:
    with pytest.raises(BlockedAddressError, match=words):
        get(strict, url)


def test_message_names_url_address_and_how_to_allow(
    server: LocalServer, strict: FetchSettings
) -> None:
    url = f"http://2130706433:{server.base_url.rsplit(':', 1)[1]}/feed"
    with pytest.raises(BlockedAddressError) as caught:
        get(strict, url)
    message = str(caught.value)
    assert message.startswith(f"refused to fetch {url}: 2130706433 resolves to 127.0.0.1, ")
    assert "a loopback address (this machine)" in message
    assert "allow_private_addresses: true on the source" in message
    assert "fetch.allow_private_addresses: true" in message
    assert caught.value.address == "127.0.0.1"


def test_public_addresses_pass() -> None:
    assert address_kind("93.184.216.34") is None
    assert address_kind("2606:2800:220:1:248:1893:25c8:1946") is None
    assert address_kind("::ffff:93.184.216.34") is None  # mapped, judged as its IPv4


def test_fetch_allow_private_addresses_allows_every_source(
    server: LocalServer, strict: FetchSettings
) -> None:
    server.routes["/feed"] = Reply(200, b"<rss/>")
    allowed = strict.model_copy(update={"allow_private_addresses": True})
    assert get(allowed, server.url("/feed")).body == b"<rss/>"


def test_a_source_may_allow_private_addresses_for_itself(
    server: LocalServer, strict: FetchSettings
) -> None:
    server.routes["/feed"] = Reply(200, b"<rss/>")
    local = FeedSource(
        id="local-rsshub", kind="feed", url=server.url("/feed"), allow_private_addresses=True
    )
    other = FeedSource(id="other", kind="feed", url=server.url("/feed"))

    async def go() -> tuple[bytes, str]:
        async with Fetcher(strict) as fetcher:
            allowed = await fetcher.for_source(local).get(server.url("/feed"))
            with pytest.raises(BlockedAddressError) as caught:
                await fetcher.for_source(other).get(server.url("/feed"))
            return allowed.body, str(caught.value)

    body, refused = asyncio.run(go())
    assert body == b"<rss/>"
    assert "refused to fetch" in refused
    assert len(server.requests) == 1


def test_redirect_to_an_internal_address_is_refused_and_named(
    server: LocalServer, strict: FetchSettings, public_127: None
) -> None:
    server.routes["/feed"] = Reply(302, headers={"Location": "http://169.254.169.254/latest"})
    with pytest.raises(BlockedAddressError) as caught:
        get(strict, server.url("/feed"))
    assert caught.value.url == "http://169.254.169.254/latest"
    assert str(caught.value).startswith(
        f"refused to fetch http://169.254.169.254/latest (redirected from {server.url('/feed')})"
    )


def test_redirect_to_a_decimal_loopback_is_refused(
    server: LocalServer, strict: FetchSettings, public_127: None
) -> None:
    port = server.base_url.rsplit(":", 1)[1]
    server.routes["/feed"] = Reply(302, headers={"Location": f"http://2130706434:{port}/admin"})
    with pytest.raises(BlockedAddressError, match=r"resolves to 127\.0\.0\.2, a loopback"):
        get(strict, server.url("/feed"))
    assert [r.path for r in server.requests] == ["/feed"]


def test_source_headers_do_not_follow_a_redirect_to_another_origin(
    server: LocalServer, second: LocalServer, fast: FetchSettings
) -> None:
    secrets = {"X-Api-Key": "k-123", "Authorization": "Bearer t", "Cookie": "session=s"}
    server.routes["/feed"] = Reply(302, headers={"Location": second.url("/feed")})
    second.routes["/feed"] = Reply(200, b"<rss/>")
    assert get(fast, server.url("/feed"), headers=secrets).body == b"<rss/>"
    assert server.requests[0].headers["x-api-key"] == "k-123"
    arrived = second.requests[0].headers
    assert not {"x-api-key", "authorization", "cookie"} & set(arrived)
    assert arrived["user-agent"] == fast.user_agent


def test_source_headers_stay_on_a_redirect_within_the_origin(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/old"] = Reply(301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(200, b"ok")
    get(fast, server.url("/old"), headers={"X-Api-Key": "k-123"})
    assert [r.headers.get("x-api-key") for r in server.requests] == ["k-123", "k-123"]


def test_headers_are_not_sent_back_after_visiting_another_origin(
    server: LocalServer, second: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/feed"] = Reply(302, headers={"Location": second.url("/hop")})
    second.routes["/hop"] = Reply(302, headers={"Location": server.url("/final")})
    server.routes["/final"] = Reply(200, b"ok")
    get(fast, server.url("/feed"), headers={"X-Api-Key": "k-123"})
    assert "x-api-key" not in second.requests[0].headers


def test_failed_redirect_target_is_reported_under_its_own_url(
    server: LocalServer, fast: FetchSettings
) -> None:
    with LocalServer() as closed:
        gone = closed.url("/feed")
    server.routes["/feed"] = Reply(302, headers={"Location": gone})
    with pytest.raises(FetchError) as caught:
        get(fast.model_copy(update={"retries": 0}), server.url("/feed"))
    host = gone.split("/")[2]
    assert str(caught.value).startswith(f"could not connect to {host}: ")
    assert str(caught.value).endswith(f"(redirected from {server.url('/feed')})")
    assert caught.value.url == gone


def test_error_status_of_a_redirect_target_names_the_target(
    server: LocalServer, second: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/feed"] = Reply(302, headers={"Location": second.url("/moved")})
    with pytest.raises(HTTPStatusError) as caught:
        get(fast, server.url("/feed"))
    assert str(caught.value).startswith(
        f"HTTP 404 Not Found from {second.url('/moved')} (redirected from {server.url('/feed')})"
    )
    assert caught.value.url == second.url("/moved")


def test_redirect_to_another_scheme_is_refused(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/feed"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="redirects to file:///etc/passwd, which is not an http"):
        get(fast, server.url("/feed"))


def test_through_a_proxy_internal_targets_are_refused_before_sending(
    server: LocalServer, strict: FetchSettings
) -> None:
    server.routes["http://feeds.example/rss"] = Reply(200, b"via proxy")
    through = strict.model_copy(update={"proxy": server.base_url})
    assert get(through, "http://feeds.example/rss").body == b"via proxy"
    with pytest.raises(BlockedAddressError, match="link-local"):
        get(through, "http://169.254.169.254/latest")
    assert [r.path for r in server.requests] == ["http://feeds.example/rss"]


class _Recorder(httpcore.AsyncNetworkBackend):
    """Records where connections were opened; opens none."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.opened.append(host)
        raise httpcore.ConnectError("recorded")


def test_connection_goes_to_the_address_that_was_checked() -> None:
    """DNS rebinding: a name answers public for one lookup and 127.0.0.1 for the next."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    lookups: list[str] = []

    async def rebinding(host: str, port: int) -> list[str]:
        lookups.append(host)
        return next(answers)

    recorder = _Recorder()
    backend = GuardedBackend(allow_private=False, resolve=rebinding, inner=recorder)

    async def go() -> None:
        with pytest.raises(httpcore.ConnectError):
            await backend.connect_tcp("rebind.example", 80)
        with pytest.raises(_guard.AddressRefused, match=r"127\.0\.0\.1"):
            await backend.connect_tcp("rebind.example", 80)

    asyncio.run(go())
    assert recorder.opened == ["93.184.216.34"]  # never the name: no second lookup
    assert lookups == ["rebind.example", "rebind.example"]  # one per connection


def test_only_the_public_addresses_of_a_mixed_answer_are_used() -> None:
    async def mixed(host: str, port: int) -> list[str]:
        return ["127.0.0.1", "93.184.216.34"]

    recorder = _Recorder()
    backend = GuardedBackend(allow_private=False, resolve=mixed, inner=recorder)
    with pytest.raises(httpcore.ConnectError):
        asyncio.run(backend.connect_tcp("mixed.example", 443))
    assert recorder.opened == ["93.184.216.34"]
