"""``newsdesk serve``: the desk server's app on uvicorn, stopped gracefully."""

from __future__ import annotations

import uvicorn

from newsdesk.core import Newsdesk
from newsdesk.web._app import create_app
from newsdesk.web._auth import check_listen

#: Seconds the server waits for requests in flight once told to stop.
REQUESTS_GRACE = 30


def serve(desk: Newsdesk, *, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve ``desk`` on ``host``:``port`` until SIGINT or SIGTERM.

    On that signal the server stops taking requests, gives those in flight
    :data:`REQUESTS_GRACE` seconds, then waits for a run it started to finish (its
    stages are recorded as they go; a server killed before it finished leaves the run
    "abandoned", and the next run of the day redoes only what is not stored yet).

    Raises AccountError for a ``host`` beyond this machine while the desk has no
    account, StoreError when the store cannot be opened.
    """
    check_listen(host, desk.accounts.exist())
    config = uvicorn.Config(
        create_app(desk, host=host),
        host=host,
        port=port,
        timeout_graceful_shutdown=REQUESTS_GRACE,
        log_level="info",
    )
    uvicorn.Server(config).run()
    desk.wait_for_runs()  # a second Ctrl+C skips the app's own wait; this one stays
