"""How a channel sends one request: retried only when the service certainly did not take it.

A post that timed out or met a 5xx may have been posted, and posting it again would show
readers the story twice, so those are the caller's to report as unknown.  What is safe to
send again is a request the service answered with 429 (it says it did nothing) and one
whose connection never opened; those wait as the shared :class:`RetryPolicy` says,
``Retry-After`` included.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from newsdesk._retry import RetryPolicy, retry_after

#: The channels' policy: a short wait or two, since a digest that is late by a minute is
#: better than a run that hangs on one chat.
CHANNEL_RETRY = RetryPolicy(retries=2, backoff=1.0, max_retry_after=60.0)

#: Failures before the request was sent.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def send(
    request: Callable[[], httpx.Response],
    sleep: Callable[[float], None],
    *,
    asked: Callable[[httpx.Response], float | None] = lambda r: retry_after(r.headers),
    policy: RetryPolicy = CHANNEL_RETRY,
) -> httpx.Response:
    """The response to ``request()``, tried again after a 429 or a connection that never
    opened, while ``policy`` allows; ``asked`` reads how long a 429 asks to wait.  The last
    429 is returned for the caller to report; the last connection error is raised."""
    attempt = 0
    while True:
        try:
            response = request()
        except NOT_SENT:
            wait = policy.wait(attempt)
            if wait is None:
                raise
        else:
            if response.status_code != 429:
                return response
            wait = policy.wait(attempt, asked(response))
            if wait is None:
                return response
        attempt += 1
        sleep(wait)
