"""Limits that every part of a run respects together: the pace of requests to one host
or one LLM endpoint, and counters with a ceiling (the LLM token budget).

One small protocol, :class:`Limits`, with two implementations: :class:`LocalLimits`
keeps them in this process (a local run, no Redis needed) and :class:`RedisLimits` in
Redis, so N Celery workers together keep the pace and the budget one process would.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any, Protocol

import redis

from newsdesk.exceptions import ExecutionError

#: Every key this module writes in Redis starts with this.
PREFIX = "newsdesk:limits:"
#: How long a budget counter outlives its last use (a run longer than this is rare).
COUNTER_TTL = 2 * 86400

# Both run inside Redis, atomically, on its clock: workers on machines whose clocks differ
# still space their requests by the same seconds.
_TURN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local start = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local spacing = tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.6f', start + spacing),
           'PX', math.ceil((start - now + spacing) * 1000) + 1000)
return string.format('%.6f', start - now)
"""
_TAKE = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount, ceiling = tonumber(ARGV[1]), tonumber(ARGV[2])
if used + amount > ceiling then return 0 end
redis.call('INCRBY', KEYS[1], amount)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
"""


class Limits(Protocol):
    """Paces and ceilings shared by whoever holds the same limits.

    Contract: :meth:`turn` returns when the caller may start, spaced at least
    ``spacing`` seconds after the start before it on ``key``, whichever process made
    it; :meth:`take` is atomic (of many takers racing for the last units one gets them).
    Keys are plain names ("host:example.com", "budget:run:12"); implementations may
    prefix them.
    """

    async def turn(self, key: str, spacing: float) -> None:
        """Wait for this caller's turn on ``key``, ``spacing`` seconds after the last."""
        ...

    def take(self, key: str, amount: int, ceiling: int) -> bool:
        """Add ``amount`` to counter ``key`` unless it would pass ``ceiling``; whether it
        was added."""
        ...

    def adjust(self, key: str, amount: int) -> None:
        """Add ``amount`` (negative: give back) to counter ``key`` whatever its value."""
        ...


class LocalLimits:
    """:class:`Limits` in this process: every thread and event loop of it shares them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._counters: dict[str, int] = {}

    async def turn(self, key: str, spacing: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(key, 0.0))
            self._next[key] = start + spacing
        if start > now:
            await asyncio.sleep(start - now)

    def take(self, key: str, amount: int, ceiling: int) -> bool:
        with self._lock:
            used = self._counters.get(key, 0)
            if used + amount > ceiling:
                return False
            self._counters[key] = used + amount
            return True

    def adjust(self, key: str, amount: int) -> None:
        with self._lock:
            self._counters[key] = self._counters.get(key, 0) + amount


class RedisLimits:
    """:class:`Limits` in the Redis at ``url``, shared by every process using it.

    Raises ExecutionError (saying how to fix it) when Redis does not answer.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._redis = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
        self._turn = self._redis.register_script(_TURN)
        self._take = self._redis.register_script(_TAKE)

    async def turn(self, key: str, spacing: float) -> None:
        wait = float(self._call(lambda: self._turn(keys=[PREFIX + key], args=[spacing])))
        if wait > 0:
            await asyncio.sleep(wait)

    def take(self, key: str, amount: int, ceiling: int) -> bool:
        args = [amount, ceiling, COUNTER_TTL]
        return bool(self._call(lambda: self._take(keys=[PREFIX + key], args=args)))

    def adjust(self, key: str, amount: int) -> None:
        self._call(lambda: self._redis.incrby(PREFIX + key, amount))

    def close(self) -> None:
        self._redis.close()

    def _call(self, command: _Command) -> Any:
        try:
            return command()
        except redis.RedisError as err:
            raise unreachable(self.url, err) from err


class _Command(Protocol):
    def __call__(self) -> Any: ...


def unreachable(url: str, err: Exception) -> ExecutionError:
    """The error for a Redis that does not answer, saying what to do."""
    return ExecutionError(
        f"Redis at {url} is not reachable ({type(err).__name__}: {err}): start it, or set "
        "execution.engine: local to run in this process"
    )
