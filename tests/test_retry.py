"""The one retry policy the fetcher, the LLM client and the channels share."""

from __future__ import annotations

import pytest

from newsdesk._retry import RetryPolicy, retry_after
from newsdesk.config import FetchSettings, LLMSettings

MAY_13_8AM = 1778659200.0


def test_the_wait_doubles_with_a_little_jitter_until_the_retries_are_spent() -> None:
    policy = RetryPolicy(retries=3, backoff=1.0)
    for attempt, base in enumerate([1.0, 2.0, 4.0]):
        wait = policy.wait(attempt)
        assert wait is not None and base <= wait <= base * 1.25
    assert policy.wait(3) is None


def test_a_servers_retry_after_is_waited_as_asked_within_the_limit() -> None:
    policy = RetryPolicy(retries=2, backoff=1.0, max_retry_after=60.0)
    assert policy.wait(0, asked=7.0) == 7.0
    assert policy.wait(0, asked=0.0) == 0.0
    assert policy.wait(0, asked=61.0) is None and policy.asks_too_much(61.0)
    assert policy.wait(2, asked=1.0) is None  # the retries are spent all the same
    assert not policy.asks_too_much(None)


def test_no_retries_means_one_attempt() -> None:
    assert RetryPolicy(retries=0).wait(0) is None


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "Wed, 13 May 2026 08:00:30 GMT"}, 30.0),
        ({"retry-after": "Wed, 13 May 2026 07:59:00 GMT"}, 0.0),  # already past
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the finer one wins
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({}, None),
    ],
)
def test_retry_after_reads_seconds_milliseconds_and_http_dates(
    headers: dict[str, str], seconds: float | None
) -> None:
    assert retry_after(headers, now=MAY_13_8AM) == seconds


def test_fetch_and_llm_settings_give_their_policy() -> None:
    fetch = FetchSettings(retries=1, backoff=0.5, max_retry_after=10)
    assert fetch.retry_policy == RetryPolicy(1, 0.5, 10.0)
    llm = LLMSettings(retries=4, backoff=2, max_retry_after=30)
    assert llm.retry_policy == RetryPolicy(4, 2.0, 30.0)
