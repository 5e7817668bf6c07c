"""Which addresses a fetch may reach, checked where the socket is opened.

A feed, a redirect or a link inside a feed item can point anywhere: at this machine
(``http://127.0.0.1:6379/``, ``http://2130706433/``), the local network or the cloud
metadata service at 169.254.169.254.  What matters is the address the connection goes
to, not how the URL spells it, so the check runs in httpcore's network backend: the host
is resolved once, every address is classified, and the socket is opened to an address
that passed.  No second lookup happens between check and connect, so a name that
resolves to a public address for the check and to 127.0.0.1 for the connection
(DNS rebinding) cannot slip through.

Through a proxy the proxy resolves the name, so there the URL's host is resolved and
checked before the request is sent (see ``check_url``); a name that changes its answer
between that check and the proxy's own lookup is the one case this cannot close.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

#: Resolves a host name (or an IP address in any spelling) to IP address strings.
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A host resolved to no address newsdesk may fetch (raised through httpx unchanged)."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        self.host = host
        self.address = address
        #: In words: "a loopback address (this machine)".
        self.kind = kind
        super().__init__(
            f"{address} is {kind}" if host == address else f"{host} resolves to {address}, {kind}"
        )


def address_kind(address: str) -> str | None:
    """Why ``address`` is not a public internet address, in words; None when it is.

    IPv4 addresses carried inside IPv6 (``::ffff:127.0.0.1``, 6to4, NAT64) are judged by
    the IPv4 address they carry.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        carried = ip.ipv4_mapped or ip.sixtofour
        if carried is None and ip in _NAT64:
            carried = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if carried is not None:
            ip = carried
    if ip.is_unspecified:
        return "the unspecified address (it reaches this machine)"
    if ip.is_loopback:
        return "a loopback address (this machine)"
    if ip.is_link_local:
        return "a link-local address (where cloud metadata services answer)"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_reserved:
        return "a reserved address, not on the public internet"
    if ip.is_private:
        return "a private network address"
    if not ip.is_global:
        return "a reserved address, not on the public internet"
    return None


async def resolve_host(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IP literals included)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def check_url(url: httpx.URL, resolve: Resolver = resolve_host) -> None:
    """Refuse a URL whose host resolves to any non-public address (before a proxy).

    A name that does not resolve here is left to the proxy, which may know it (networks
    that only resolve through their proxy are common); an IP address is always checked.
    """
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = await resolve(url.host, port)
    except OSError:
        return
    for address in addresses:
        kind = address_kind(address)
        if kind:
            raise AddressRefused(url.host, address, kind)


class ResolveTimeout(httpcore.ConnectTimeout):
    """The resolver gave no answer in time: the name did not resolve, which a machine
    whose DNS server is out of reach sees for every host, not a slow site."""


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Opens connections only to addresses that passed the check (see the module doc)."""

    def __init__(
        self,
        *,
        allow_private: bool,
        resolve: Resolver = resolve_host,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.allow_private = allow_private
        self._resolve = resolve
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._resolve(host, port)
        except TimeoutError as err:
            raise ResolveTimeout(f"resolving {host} took over {timeout} s") from err
        except OSError as err:
            raise httpcore.ConnectError(f"[Errno {err.errno}] {err.strerror or err}") from err
        usable = [a for a in addresses if self.allow_private or address_kind(a) is None]
        if not usable:
            first = addresses[0]
            raise AddressRefused(host, first, address_kind(first) or "not usable")
        failure: Exception | None = None
        for address in usable:  # the socket goes to the address that was checked
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                failure = err
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("newsdesk does not fetch over Unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One for the process: loading the CA certificates takes ~80 ms of CPU, which a
    worker making a fetcher per task (one per source) would pay thousands of times."""
    return httpx.create_ssl_context()


def guarded_transport(backend: GuardedBackend) -> httpx.AsyncHTTPTransport:
    """httpx's transport with its connection pool opening sockets through ``backend``.

    httpx takes no network backend, so the pool it built is replaced by one that does;
    ``tests/collect/test_guard.py`` fails if a new httpx stops using it.
    """
    transport = httpx.AsyncHTTPTransport(verify=_ssl_context())
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=_ssl_context(),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=backend,
    )
    return transport
