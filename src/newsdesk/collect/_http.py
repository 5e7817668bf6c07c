"""The one HTTP client every source kind fetches through.

Polite and robust: a global and a per-host concurrency limit, a minimum delay between
requests to one host, retries with exponential backoff on 5xx/429 honouring
``Retry-After``, conditional GET, a cap on body size and a deadline on the whole response
(a server that trickles bytes forever would defeat a plain read timeout).  Proxies come
from ``fetch.proxy`` or the usual ``HTTP(S)_PROXY`` / ``NO_PROXY`` variables.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

from newsdesk.collect._decode import decode_body
from newsdesk.config import FetchSettings
from newsdesk.exceptions import (
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    ParseError,
    TooLargeError,
)

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


@dataclass(frozen=True, slots=True)
class Response:
    """A complete HTTP response (2xx or 304)."""

    #: Final URL after redirects.
    url: str
    #: 200-299, or 304 for a conditional request that found nothing new.
    status: int
    #: Response headers.
    headers: httpx.Headers
    #: The raw body (never larger than ``fetch.max_bytes``).
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


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _HostGate:
    """Limits concurrency per host and spaces request starts by ``delay`` seconds."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = asyncio.Semaphore(concurrency)
        self.delay = delay
        self.next_start = 0.0
        self.lock = asyncio.Lock()

    async def wait_turn(self) -> None:
        async with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            await asyncio.sleep(start - now)


class Fetcher:
    """Async HTTP GET with the behaviour above.  Use as ``async with Fetcher(...) as f``."""

    def __init__(
        self, settings: FetchSettings, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self._client = httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.timeout, connect=settings.connect_timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            proxy=settings.proxy,
            trust_env=settings.proxy is None,
            transport=transport,
        )
        self._all = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, _HostGate] = {}
        #: Requests made, retries included (for the run summary and tests).
        self.requests = 0

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
        await self._client.aclose()

    def _gate(self, url: str) -> _HostGate:
        host = urlsplit(url).netloc.lower()
        if host not in self._hosts:
            s = self.settings
            limits = s.hosts.get(host.split(":")[0])
            self._hosts[host] = (
                _HostGate(limits.concurrency, limits.delay)
                if limits
                else _HostGate(s.per_host_concurrency, s.per_host_delay)
            )
        return self._hosts[host]

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
        s = self.settings
        attempt = 0
        while True:
            try:
                response = await self._attempt(url, request_headers)
            except FetchError as err:
                if not err.retryable or attempt >= s.retries:
                    raise
                await asyncio.sleep(s.backoff * (2**attempt))
                attempt += 1
                continue
            if response.status < 400:
                return response
            reason = httpx.codes.get_reason_phrase(response.status) or "error"
            retryable = response.status in _RETRY_STATUSES
            wait = s.backoff * (2**attempt) * (1 + random.random() / 4)
            asked = retry_after_seconds(response.headers.get("retry-after"))
            if asked is not None:
                wait = asked
            if retryable and asked is not None and asked > s.max_retry_after:
                raise HTTPStatusError(
                    f"HTTP {response.status} {reason} from {url}: the server asks to wait "
                    f"{asked:.0f} s, more than fetch.max_retry_after ({s.max_retry_after:.0f} s)",
                    url=url,
                    status=response.status,
                )
            if not retryable or attempt >= s.retries:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise HTTPStatusError(
                    f"HTTP {response.status} {reason} from {url}{tries}{_advice(response.status)}",
                    url=url,
                    status=response.status,
                )
            attempt += 1
            await asyncio.sleep(wait)

    async def _attempt(self, url: str, headers: dict[str, str]) -> Response:
        gate = self._gate(url)
        # The host's slot and delay first: a slow host must not sit on global slots.
        async with gate.semaphore:
            await gate.wait_turn()
            async with self._all:
                self.requests += 1
                return await self._request(url, headers)

    async def _request(self, url: str, headers: dict[str, str]) -> Response:
        """One exchange, with httpx's errors translated into ours."""
        try:
            return await asyncio.wait_for(self._read(url, headers), self.settings.timeout)
        except (TimeoutError, httpx.TimeoutException) as err:
            raise FetchTimeoutError(
                f"no complete response from {url} within {self.settings.timeout:g} s "
                "(fetch.timeout)",
                url=url,
            ) from err
        except httpx.TooManyRedirects as err:
            raise FetchError(
                f"too many redirects from {url} (more than {self.settings.max_redirects}); "
                "the site is probably in a redirect loop",
                url=url,
            ) from err
        except httpx.ConnectError as err:
            reason = _reason(err)
            raise FetchError(
                f"could not connect to {_host(url)}: {reason}",
                url=url,
                retryable=reason.endswith("(is the server up?)"),  # unlike an unknown host
            ) from err
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise FetchError(f"{url} is not a URL newsdesk can fetch: {err}", url=url) from err
        except httpx.HTTPError as err:
            raise FetchError(f"request to {url} failed: {_reason(err)}", url=url) from err

    async def _read(self, url: str, headers: dict[str, str]) -> Response:
        cap = self.settings.max_bytes
        async with self._client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise TooLargeError(
                    f"response from {url} is {_megabytes(int(declared))}, over the "
                    f"{_megabytes(cap)} limit (fetch.max_bytes)",
                    url=url,
                )
            chunks: list[bytes] = []
            size = 0
            if response.status_code < 400:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLargeError(
                            f"response from {url} is over the {_megabytes(cap)} limit "
                            "(fetch.max_bytes)",
                            url=url,
                        )
                    chunks.append(chunk)
            return Response(
                url=str(response.url),
                status=response.status_code,
                headers=response.headers,
                body=b"".join(chunks),
            )


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(err: Exception) -> str:
    text = str(err) or type(err).__name__
    if any(m in text for m in ("Connection refused", "Errno 111", "All connection attempts")):
        return "connection refused (is the server up?)"
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "the host name does not resolve (check the URL, or the network)"
    return text


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
