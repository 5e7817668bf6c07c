"""One retry policy for every HTTP client: the fetcher, the LLM and the channels.

Whether a failure may be retried is the caller's judgement, as only it knows what a
request does: a GET is retried on a 5xx, a chat request on a timeout, but a post to a
channel only when the service certainly did not take it (a 429, a connection that never
opened), since posting twice is worse than posting late.  How long to wait is decided
here, the same way everywhere: the server's own ``Retry-After`` when it sent one and it is
not longer than the policy allows, else exponential backoff with a little jitter so that
clients that failed together do not come back together.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

__all__ = ["RetryPolicy", "retry_after"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often to try again and how long to wait in between."""

    #: Attempts after the first.
    retries: int = 3
    #: Seconds before the first retry; doubled for each one after.
    backoff: float = 1.0
    #: The longest wait a server may ask for; one that asks for more is given up on.
    max_retry_after: float = 120.0

    def wait(self, attempt: int, asked: float | None = None) -> float | None:
        """Seconds to wait after failed attempt number ``attempt`` (0 for the first),
        or None when it is time to give up: the retries are spent, or the server asked
        (``asked``, from :func:`retry_after`) for longer than ``max_retry_after``."""
        if attempt >= self.retries or self.asks_too_much(asked):
            return None
        if asked is not None:
            return asked
        return self.backoff * 2.0**attempt * (1 + random.random() / 4)

    def asks_too_much(self, asked: float | None) -> bool:
        """Whether a server's Retry-After is longer than this policy waits, which the
        caller's message should say, as "try later" is then the server's own advice."""
        return asked is not None and asked > self.max_retry_after


def retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds a server asks to wait: ``retry-after-ms`` (OpenAI and others), or
    ``Retry-After`` in seconds or as an HTTP date; None when it asks nothing readable."""
    milliseconds = _seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = (headers.get("retry-after") or "").strip()
    seconds = _seconds(value)
    if seconds is not None or not value:
        return seconds
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _seconds(value: str | None) -> float | None:
    try:
        seconds = float(value or "")
    except ValueError:
        return None
    return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None
