"""The one HTTP client every source kind fetches through.

Polite and robust: a global and a per-host concurrency limit, a minimum delay between
requests to one host, retries with exponential backoff on 5xx/429 honouring
``Retry-After``, conditional GET, a cap on decompressed body size and a deadline on the
whole response (a server that trickles bytes forever would defeat a plain read timeout).
Proxies come from ``fetch.proxy`` or the usual ``HTTP(S)_PROXY`` / ``NO_PROXY`` variables.

Safe with addresses that come from feeds: no connection goes to a loopback, private or
link-local address unless the source allows it (``_guard.py``), and redirects are followed
here, hop by hop, so a source's own headers (an API key, a cookie) never travel to another
origin and an error names the hop that failed.
"""

from __future__ import annotations

import asyncio
import copy
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

import httpx

from newsdesk._limits import Limits, LocalLimits
from newsdesk._retry import retry_after
from newsdesk.collect._decode import decode_body
from newsdesk.collect._guard import (
    AddressRefused,
    GuardedBackend,
    Resolver,
    ResolveTimeout,
    check_url,
    guarded_transport,
    resolve_host,
)
from newsdesk.collect._inflate import ContentDecoder, DecodeError
from newsdesk.config import FetchSettings, SourceConfig
from newsdesk.exceptions import (
    BlockedAddressError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    ParseError,
    TooLargeError,
)

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Response:
    """A complete HTTP response (2xx or 304)."""

    #: Final URL after redirects.
    url: str
    #: 200-299, or 304 for a conditional request that found nothing new.
    status: int
    #: Response headers.
    headers: httpx.Headers
    #: The body, decompressed (never larger than ``fetch.max_bytes``).
    body: bytes

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        """The body decoded with the header, declared or detected charset."""
        return decode_body(self.body, self.headers.get("content-type"))

    def json(self) -> Any:
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as err:
            raise ParseError(
                f"{self.url} did not return JSON ({err.msg} at line {err.lineno})"
            ) from err


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


#: What a refused private address's error tells (``sources check`` says it once, as the
#: advice of every source that meets it).
PRIVATE_ADVICE = (
    "newsdesk fetches only public internet addresses; if this source is meant to reach it "
    "(a local RSSHub, an intranet feed), set allow_private_addresses: true on the source, "
    "or fetch.allow_private_addresses: true for all sources"
)


class _HostGate:
    """A host's ``concurrency`` and the ``delay`` between its request starts, both kept
    by the fetcher's limits (shared by every worker on Redis); the semaphore keeps this
    process's waiters off the shared limits until one of its own could start."""

    def __init__(self, key: str, concurrency: int, delay: float) -> None:
        self.key = key
        self.concurrency = concurrency
        self.semaphore = asyncio.Semaphore(concurrency)
        self.delay = delay


class _Shared:
    """What every view of one Fetcher shares: clients, limits and the request count."""

    def __init__(self, settings: FetchSettings, limits: Limits) -> None:
        self.limits = limits
        self.clients: dict[bool, httpx.AsyncClient] = {}
        self.all = asyncio.Semaphore(settings.concurrency)
        self.hosts: dict[str, _HostGate] = {}
        self.requests = 0


class Fetcher:
    """Async HTTP GET with the behaviour above.  Use as ``async with Fetcher(...) as f``.

    ``transport`` replaces the connection layer (then each hop's host is resolved and
    checked before it is sent, as with a proxy); ``resolve`` replaces the DNS lookup;
    ``limits`` space the requests to a host (default: within this fetcher only).
    """

    def __init__(
        self,
        settings: FetchSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        resolve: Resolver = resolve_host,
        limits: Limits | None = None,
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._resolve = resolve
        self._proxies = {} if settings.proxy else _environment_proxies()
        #: Connections go through a proxy, which resolves names itself: check before.
        self._check_first = transport is not None or bool(settings.proxy or self._proxies)
        self._allow_private = settings.allow_private_addresses
        self._shared = _Shared(settings, limits or LocalLimits())

    def for_source(self, source: SourceConfig) -> Fetcher:
        """This fetcher as ``source`` may use it (its ``allow_private_addresses``)."""
        view = copy.copy(self)
        view._allow_private = self._allow_private or source.allow_private_addresses
        return view

    @property
    def requests(self) -> int:
        """Requests made, retries and redirects included (for the run summary and tests)."""
        return self._shared.requests

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for client in self._shared.clients.values():
            await client.aclose()

    def _client(self) -> httpx.AsyncClient:
        """One client per address policy, so no pooled connection crosses policies."""
        clients = self._shared.clients
        if self._allow_private not in clients:
            s = self.settings
            backend = GuardedBackend(allow_private=self._allow_private, resolve=self._resolve)
            clients[self._allow_private] = httpx.AsyncClient(
                headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
                timeout=httpx.Timeout(s.timeout, connect=s.connect_timeout),
                follow_redirects=False,
                proxy=s.proxy,
                # httpx reads no proxy variables once given a transport: these are them.
                mounts={
                    pattern: httpx.AsyncHTTPTransport(proxy=proxy) if proxy else None
                    for pattern, proxy in self._proxies.items()
                },
                transport=self._transport or guarded_transport(backend),
            )
        return clients[self._allow_private]

    def _gate(self, url: str) -> _HostGate:
        host = urlsplit(url).netloc.lower()
        hosts = self._shared.hosts
        if host not in hosts:
            s = self.settings
            limits = s.hosts.get(host.split(":")[0])
            hosts[host] = (
                _HostGate(f"host:{host}", limits.concurrency, limits.delay)
                if limits
                else _HostGate(f"host:{host}", s.per_host_concurrency, s.per_host_delay)
            )
        return hosts[host]

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """GET ``url``; a 304 comes back as a Response, every failure as FetchError."""
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        policy = self.settings.retry_policy
        attempt = 0
        while True:
            try:
                response = await self._attempt(url, request_headers)
            except FetchError as err:
                wait = policy.wait(attempt) if err.retryable else None
                if wait is None:
                    raise
                attempt += 1
                await asyncio.sleep(wait)
                continue
            if response.status < 400:
                return response
            where = _where([url] if response.url == url else [url, response.url])
            reason = httpx.codes.get_reason_phrase(response.status) or "error"
            retryable = response.status in _RETRY_STATUSES
            asked = retry_after(response.headers) if retryable else None
            if policy.asks_too_much(asked):
                raise HTTPStatusError(
                    f"HTTP {response.status} {reason} from {where}: the server asks to wait "
                    f"{asked:.0f} s, more than fetch.max_retry_after "
                    f"({policy.max_retry_after:.0f} s)",
                    url=response.url,
                    status=response.status,
                )
            wait = policy.wait(attempt, asked) if retryable else None
            if wait is None:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise HTTPStatusError(
                    f"HTTP {response.status} {reason} from {where}{tries}"
                    + _advice(response.status),
                    url=response.url,
                    status=response.status,
                )
            attempt += 1
            await asyncio.sleep(wait)

    async def _attempt(self, url: str, headers: dict[str, str]) -> Response:
        gate = self._gate(url)
        # The host's slot and delay first: a slow host must not sit on global slots.
        async with gate.semaphore, self._shared.limits.slot(gate.key, gate.concurrency):
            if gate.delay > 0:
                await self._shared.limits.turn(gate.key, gate.delay)
            async with self._shared.all:
                return await self._request(url, headers)

    async def _request(self, url: str, headers: dict[str, str]) -> Response:
        """Follow ``url`` to a response within ``fetch.timeout``, redirects included."""
        trail = [url]
        try:
            return await asyncio.wait_for(self._follow(trail, headers), self.settings.timeout)
        except TimeoutError as err:
            raise FetchTimeoutError(
                f"no complete response from {_where(trail)} within "
                f"{self.settings.timeout:g} s (fetch.timeout)",
                url=trail[-1],
            ) from err

    async def _follow(self, trail: list[str], headers: dict[str, str]) -> Response:
        """GET each hop in turn; ``trail`` grows by each redirect target."""
        for _ in range(self.settings.max_redirects + 1):
            # The source's headers (a key, a cookie) are for its own origin only.
            sent = headers if _same_origin(trail[0], trail[-1]) else {}
            result = await self._hop(trail, sent)
            if isinstance(result, Response):
                return result
            trail.append(result)
        raise FetchError(
            f"too many redirects from {trail[0]} (more than {self.settings.max_redirects}); "
            "the site is probably in a redirect loop",
            url=trail[0],
        )

    async def _hop(self, trail: list[str], headers: dict[str, str]) -> Response | str:
        """One exchange: the response, or the URL it redirects to; errors name this hop."""
        url = trail[-1]
        where = _where(trail)
        self._shared.requests += 1
        try:
            if self._check_first and not self._allow_private:
                await check_url(httpx.URL(url), self._resolve)
            async with self._client().stream("GET", url, headers=headers) as response:
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_STATUSES and location:
                    return _redirect_target(response, location, where)
                return await self._read(response, where)
        except AddressRefused as err:
            raise BlockedAddressError(
                f"refused to fetch {where}: {err}. {PRIVATE_ADVICE}",
                url=url,
                address=err.address,
            ) from err
        except httpx.TimeoutException as err:
            if _unresolved(err):
                raise FetchError(
                    f"could not connect to {_host(url)}: the host name does not resolve (no "
                    f"answer within {self.settings.connect_timeout:g} s, fetch.connect_timeout)"
                    + _redirected(trail),
                    url=url,
                ) from err
            raise FetchTimeoutError(
                f"no complete response from {where} within {self.settings.timeout:g} s "
                "(fetch.timeout)",
                url=url,
            ) from err
        except httpx.ConnectError as err:
            reason = _reason(err)
            raise FetchError(
                f"could not connect to {_host(url)}: {reason}" + _redirected(trail),
                url=url,
                retryable=reason.endswith("(is the server up?)"),  # unlike an unknown host
            ) from err
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise FetchError(f"{where} is not a URL newsdesk can fetch: {err}", url=url) from err
        except (httpx.LocalProtocolError, UnicodeEncodeError) as err:
            # The message quotes the header, whose value may be a token: it is not repeated.
            what = (
                "is not ASCII (a curly quote or a non-breaking space pasted with a token?)"
                if isinstance(err, UnicodeEncodeError)
                else "HTTP forbids (often a line break after a token pasted or read from a file)"
            )
            raise FetchError(
                f"request to {where} was not sent: one of the source's headers holds a "
                f"character that {what}; check the source's headers and the variables they name",
                url=url,
            ) from err
        except httpx.HTTPError as err:
            raise FetchError(f"request to {where} failed: {_reason(err)}", url=url) from err

    async def _read(self, response: httpx.Response, where: str) -> Response:
        """The body, decompressed and counted as it streams, or TooLargeError."""
        cap = self.settings.max_bytes
        url = str(response.url)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLargeError(
                f"response from {where} is {_megabytes(int(declared))}, over the "
                f"{_megabytes(cap)} limit (fetch.max_bytes)",
                url=url,
            )
        chunks: list[bytes] = []
        size = 0
        if response.status_code < 400:
            try:
                async for piece in _decoded(response):
                    size += len(piece)
                    if size > cap:
                        raise TooLargeError(
                            f"response from {where} is over the {_megabytes(cap)} limit "
                            "once decompressed (fetch.max_bytes)",
                            url=url,
                        )
                    chunks.append(piece)
            except DecodeError as err:
                encoding = response.headers.get("content-encoding")
                raise FetchError(
                    f"response from {where} could not be decompressed "
                    f"(Content-Encoding: {encoding}): {err}",
                    url=url,
                ) from err
        return Response(
            url=url, status=response.status_code, headers=response.headers, body=b"".join(chunks)
        )


async def _decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as it streams, decoded in bounded pieces (never httpx's unbounded ones)."""
    decoder = ContentDecoder(response.headers.get("content-encoding"))
    async for raw in response.aiter_raw():
        for piece in decoder.feed(raw):
            yield piece
    for piece in decoder.flush():
        yield piece


def _environment_proxies() -> dict[str, str | None]:
    """``HTTP(S)_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as httpx mount patterns.

    As httpx reads them (``None``: no proxy for that host), which it does only for a
    client it builds the transport of.
    """
    found = getproxies()
    bypass = [host.strip() for host in found.get("no", "").split(",") if host.strip()]
    if "*" in bypass:
        return {}
    patterns: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            proxy = found[scheme]
            patterns[f"{scheme}://"] = proxy if "://" in proxy else f"http://{proxy}"
    if not patterns:
        return {}
    for host in bypass:
        if "://" in host:
            patterns[host] = None
        elif ":" in host:  # an IPv6 address
            patterns[f"all://[{host.strip('[]')}]"] = None
        elif host.lower() == "localhost" or host.replace(".", "").isdigit():
            patterns[f"all://{host}"] = None
        else:  # example.com and .example.com: the domain and every name under it
            patterns[f"all://*{host}"] = None
    return patterns


def _redirect_target(response: httpx.Response, location: str, where: str) -> str:
    try:
        target = response.url.join(location)
    except httpx.InvalidURL as err:
        raise FetchError(
            f"{where} redirects to {location!r}, which is not a URL", url=str(response.url)
        ) from err
    if target.scheme not in ("http", "https"):
        raise FetchError(
            f"{where} redirects to {location}, which is not an http(s) URL",
            url=str(response.url),
        )
    return str(target)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = httpx.URL(url)
    return parts.scheme, parts.host, parts.port


def _same_origin(first: str, hop: str) -> bool:
    """Does ``hop`` belong to the origin of ``first`` (an upgrade to https included)?

    As httpx keeps credentials across http→https on one host with default ports: the same
    server, over a better channel.
    """
    scheme, host, port = _origin(first)
    hop_origin = _origin(hop)
    return hop_origin == (scheme, host, port) or (
        scheme == "http" and port is None and hop_origin == ("https", host, None)
    )


def _where(trail: list[str]) -> str:
    """The hop that failed, and the URL it was reached from."""
    return trail[-1] + _redirected(trail)


def _redirected(trail: list[str]) -> str:
    return f" (redirected from {trail[0]})" if len(trail) > 1 else ""


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(err: Exception) -> str:
    text = str(err) or type(err).__name__
    if any(m in text for m in ("Connection refused", "Errno 111", "All connection attempts")):
        return "connection refused (is the server up?)"
    if _unresolved(err) or "Name or service not known" in text or "nodename nor servname" in text:
        return "the host name does not resolve (check the URL, or the network)"
    return text


def _unresolved(err: BaseException | None) -> bool:
    """Whether the resolver failed somewhere under ``err``: told by its exception, not its
    words, which differ by cause and system (offline, glibc says "Temporary failure in
    name resolution", EAI_AGAIN; Windows "getaddrinfo failed"), or gave no answer in time."""
    while err is not None:
        if isinstance(err, socket.gaierror | ResolveTimeout):
            return True
        err = err.__cause__ or err.__context__
    return False


def _advice(status: int) -> str:
    if status == 404:
        return "; the address may have moved, check the source's url"
    if status in (401, 403):
        return "; the site refuses newsdesk (it may need a key, a cookie or another User-Agent)"
    if status == 429:
        return "; the site is rate-limiting, fetch less often"
    if status >= 500:
        return "; the site has a problem, it may work later"
    return ""
