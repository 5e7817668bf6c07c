"""The limits a run keeps: in the process (local engine) and in Redis (Celery workers),
one contract for both."""

from __future__ import annotations

import asyncio
import multiprocessing
import uuid
from collections.abc import Iterator

import pytest
import redis

from newsdesk._limits import Limits, LocalLimits, RedisLimits
from newsdesk.exceptions import ExecutionError
from redis_db import REDIS_URL


def _redis_reason() -> str | None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as err:
        return f"Redis not reachable at {REDIS_URL}: {type(err).__name__}"
    return None


@pytest.fixture(params=["local", "redis"])
def limits(request: pytest.FixtureRequest) -> Iterator[Limits]:
    if request.param == "local":
        yield LocalLimits()
        return
    reason = _redis_reason()
    if reason:
        pytest.skip(reason)
    shared = RedisLimits(REDIS_URL)
    yield shared
    shared.close()


def test_a_counter_takes_up_to_its_ceiling_and_no_further(limits: Limits) -> None:
    key = f"budget:test:{uuid.uuid4().hex}"
    assert limits.take(key, 600, 1000)
    assert limits.take(key, 400, 1000)
    assert not limits.take(key, 1, 1000)
    limits.adjust(key, -300)  # a request cost less than its estimate
    assert limits.take(key, 300, 1000)
    assert not limits.take(key, 1, 1000)


def test_turns_on_one_key_come_one_after_another(limits: Limits) -> None:
    key = f"host:test-{uuid.uuid4().hex}"

    async def three() -> None:
        await asyncio.gather(*(limits.turn(key, 0.01) for _ in range(3)))

    asyncio.run(three())  # the order is the contract; the spacing is benchmarked


def test_no_more_blocks_hold_a_keys_slots_than_its_capacity(limits: Limits) -> None:
    key = f"host:test-{uuid.uuid4().hex}"
    inside, peak = 0, 0

    async def one() -> None:
        nonlocal inside, peak
        async with limits.slot(key, 2):
            inside += 1
            peak = max(peak, inside)
            await asyncio.sleep(0.05)
            inside -= 1

    async def six() -> None:
        await asyncio.gather(*(one() for _ in range(6)))

    asyncio.run(six())
    assert peak == 2
    asyncio.run(six())  # every slot was given back


def _take_all(key: str, ceiling: int, tries: int, found: multiprocessing.Queue[int]) -> None:
    shared = RedisLimits(REDIS_URL)
    found.put(sum(shared.take(key, 7, ceiling) for _ in range(tries)))
    shared.close()


def test_two_processes_racing_for_one_budget_share_it_exactly() -> None:
    reason = _redis_reason()
    if reason:
        pytest.skip(reason)
    key, ceiling = f"budget:test:{uuid.uuid4().hex}", 7 * 150
    # Spawned, not forked: a fork of a test process that has run thread pools can hang.
    context = multiprocessing.get_context("spawn")
    found: multiprocessing.Queue[int] = context.Queue()
    racers = [context.Process(target=_take_all, args=(key, ceiling, 200, found)) for _ in range(2)]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(60)
    assert found.get(timeout=5) + found.get(timeout=5) == 150


def test_a_redis_that_does_not_answer_says_what_to_do() -> None:
    unreachable = RedisLimits("redis://127.0.0.1:1/0")
    with pytest.raises(ExecutionError, match=r"Redis at redis://127\.0\.0\.1:1/0 is not reachable"):
        unreachable.take("budget:x", 1, 10)
    with pytest.raises(ExecutionError, match=r"execution\.engine: local"):
        asyncio.run(unreachable.turn("host:x", 1.0))
