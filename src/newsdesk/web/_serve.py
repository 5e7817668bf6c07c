"""``newsdesk serve``: the desk server's app on uvicorn, stopped gracefully."""

from __future__ import annotations

import logging
import socket

import uvicorn

from newsdesk.core import Newsdesk
from newsdesk.exceptions import NewsdeskError
from newsdesk.web._app import create_app
from newsdesk.web._auth import check_listen

log = logging.getLogger("newsdesk")

#: Seconds the server waits for requests in flight once told to stop.
REQUESTS_GRACE = 30


def serve(desk: Newsdesk, *, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve ``desk`` on ``host``:``port`` until SIGINT or SIGTERM (then raised again
    once it has stopped: KeyboardInterrupt for Ctrl+C).

    On that signal the server stops taking requests, gives those in flight
    :data:`REQUESTS_GRACE` seconds, then waits for a run it started to finish (its
    stages are recorded as they go; a server killed before it finished leaves the run
    "abandoned", and the next run of the day redoes only what is not stored yet).

    Raises AccountError for a ``host`` beyond this machine while the desk has no
    account, StoreError when the store cannot be opened, NewsdeskError when the address
    cannot be listened on.
    """
    check_listen(host, desk.accounts.exist())
    check_free(host, port)
    config = uvicorn.Config(
        create_app(desk, host=host),
        host=host,
        port=port,
        timeout_graceful_shutdown=REQUESTS_GRACE,
        log_level="info",
    )
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)  # its own start and stop
    try:
        _Server(config).run()
    except KeyboardInterrupt:  # uvicorn raises the Ctrl+C it held once it has stopped
        desk.wait_for_runs()
        raise
    desk.wait_for_runs()  # a second Ctrl+C skips the app's own wait; this one stays


class _Server(uvicorn.Server):
    """uvicorn's server, saying where it listens as one line of the desk's log (English,
    as every line of that log is: the desk's language is its pages' and its alerts')."""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        bound = [s.getsockname() for server in self.servers for s in server.sockets]
        if self.started and bound:
            host, port = bound[0][0], bound[0][1]
            where = f"[{host}]" if ":" in host else host
            log.info("newsdesk is serving http://%s:%s (Ctrl+C stops it)", where, port)


def check_free(host: str, port: int) -> None:
    """Raise NewsdeskError when ``host``:``port`` cannot be listened on (a server is
    there already, a name that resolves to no address of this machine), before the app
    and its scheduler start: uvicorn would log its error and exit with code 3, which
    no newsdesk exit code means.  Binds as uvicorn's asyncio server does, then lets go:
    every address of the name with SO_REUSEADDR, an IPv6 one for IPv6 alone (``::``
    beside a server on 127.0.0.1 is free), a family the machine lacks skipped.  A server
    that takes the port between this check and uvicorn's bind still meets uvicorn's
    error."""
    try:
        for family, kind, proto, _, address in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        ):
            try:
                probe = socket.socket(family, kind, proto)
            except OSError:
                continue  # as asyncio: no such family here (IPv6 turned off)
            with probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
    except OSError as err:
        why = (err.strerror or str(err)).lower()
        where = f"[{host}]" if ":" in host else host
        raise NewsdeskError(
            f"Cannot listen on {where}:{port}: {why}. Is another server there? "
            "Stop it, or choose another --port."
        ) from err
