"""Limits that every part of a run respects together: the pace of requests to one host
or one LLM endpoint, the requests in flight to one host, and counters with a ceiling (the
LLM token budget).

One small protocol, :class:`Limits`, with two implementations: :class:`LocalLimits`
keeps them in this process (a local run, no Redis needed) and :class:`RedisLimits` in
Redis, so N Celery workers together keep the pace and the budget one process would.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

import redis

from newsdesk.exceptions import ExecutionError

#: Every key this module writes in Redis starts with this.
PREFIX = "newsdesk:limits:"
#: How long a budget counter outlives its last use (a run longer than this is rare).
COUNTER_TTL = 2 * 86400
#: How long a slot's lease lasts unless its holder renews it (every third of that): a
#: killed worker's slots come free this long after it died.
LEASE_SECONDS = 30.0
#: Longest pause between two tries for a full key's slot.
SLOT_POLL = 0.25

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
# A key's slots are a sorted set of holders scored by when their lease ends.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[3]) * 1000))
return 1
"""
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) * 1000))
return 1
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
    it; :meth:`slot` lets at most ``capacity`` blocks on ``key`` run at once, whichever
    processes run them; :meth:`take` is atomic (of many takers racing for the last units
    one gets them).
    Keys are plain names ("host:example.com", "budget:run:12"); implementations may
    prefix them.
    """

    async def turn(self, key: str, spacing: float) -> None:
        """Wait for this caller's turn on ``key``, ``spacing`` seconds after the last."""
        ...

    def slot(self, key: str, capacity: int) -> AbstractAsyncContextManager[None]:
        """Hold one of ``capacity`` slots on ``key`` while the block runs (waiting for
        one first)."""
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
        self._held: dict[str, int] = {}

    async def turn(self, key: str, spacing: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(key, 0.0))
            self._next[key] = start + spacing
        if start > now:
            await asyncio.sleep(start - now)

    @asynccontextmanager
    async def slot(self, key: str, capacity: int) -> AsyncIterator[None]:
        # Polled, as the holders may be on other threads' event loops.
        wait = 0.005
        while not self._hold(key, capacity):
            await asyncio.sleep(wait)
            wait = min(wait * 2, SLOT_POLL)
        try:
            yield
        finally:
            with self._lock:
                self._held[key] -= 1

    def _hold(self, key: str, capacity: int) -> bool:
        with self._lock:
            if self._held.get(key, 0) >= capacity:
                return False
            self._held[key] = self._held.get(key, 0) + 1
            return True

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

    A slot is a lease of ``lease_seconds`` renewed every third of that while its block
    runs, so the slots of a process that died come free by themselves.

    Raises ExecutionError (saying how to fix it) when Redis does not answer.
    """

    def __init__(self, url: str, *, lease_seconds: float = LEASE_SECONDS) -> None:
        self.url = url
        self.lease_seconds = lease_seconds
        self._redis = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
        self._turn = self._redis.register_script(_TURN)
        self._take = self._redis.register_script(_TAKE)
        self._acquire = self._redis.register_script(_ACQUIRE)
        self._renew = self._redis.register_script(_RENEW)

    async def turn(self, key: str, spacing: float) -> None:
        wait = float(self._call(lambda: self._turn(keys=[PREFIX + key], args=[spacing])))
        if wait > 0:
            await asyncio.sleep(wait)

    @asynccontextmanager
    async def slot(self, key: str, capacity: int) -> AsyncIterator[None]:
        name, holder = f"{PREFIX}slots:{key}", uuid.uuid4().hex
        args: list[str | int | float] = [capacity, holder, self.lease_seconds]
        wait = 0.01
        while not self._call(lambda: self._acquire(keys=[name], args=args)):
            await asyncio.sleep(wait)
            wait = min(wait * 2, SLOT_POLL)
        renewing = asyncio.create_task(self._keep(name, holder))
        try:
            yield
        finally:
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing
            self._call(lambda: self._redis.zrem(name, holder))

    async def _keep(self, name: str, holder: str) -> None:
        """Renew ``holder``'s lease on ``name`` until cancelled."""
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            self._call(lambda: self._renew(keys=[name], args=[holder, self.lease_seconds]))

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
