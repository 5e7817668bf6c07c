"""The chat client against a real chat-completions server on 127.0.0.1 playing each case."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from chat_server import ChatServer, MemoryCache, Scripted, answer, failure
from pydantic import BaseModel, Field

from newsdesk.config import LLMSettings, ModelPrice
from newsdesk.editor._llm import (
    NO_KEY,
    ChatClient,
    ReplyCache,
    StoreReplyCache,
    cache_key,
    client_from_settings,
    reply_schema,
)
from newsdesk.editor._reply import json_text
from newsdesk.exceptions import BudgetExhausted, LLMError, LLMReplyError, LLMUnavailable
from newsdesk.store import SqlStore

MESSAGES = [
    {"role": "system", "content": "You are a news editor. Reply with JSON only."},
    {"role": "user", "content": "深言科技发布 Aster 模型，融资 5 亿元。"},
]
GOOD = '{"title": "深言科技发布 Aster", "points": ["融资 5 亿元"]}'


class Headline(BaseModel):
    title: str
    points: list[str]


@pytest.fixture
def chat() -> Iterator[ChatServer]:
    with ChatServer() as running:
        yield running


@pytest.fixture
def settings(chat: ChatServer) -> LLMSettings:
    """Quick settings: short timeout, tiny backoff, two retries."""
    return LLMSettings(
        base_url=chat.base_url, model="test-model", timeout=2, retries=2, backoff=0.01
    )


def ask(
    settings: LLMSettings,
    cache: ReplyCache | None = None,
    times: int = 1,
    clock: Callable[[], datetime] | None = None,
) -> tuple[ChatClient, list[Headline | LLMError]]:
    """Ask ``times`` in one event loop, as the pipeline does; errors are returned, not raised."""

    async def go() -> tuple[ChatClient, list[Headline | LLMError]]:
        async with ChatClient(settings, "sk-test", cache, clock) as client:
            results: list[Headline | LLMError] = []
            for _ in range(times):
                try:
                    results.append(await client.complete("story", MESSAGES, Headline))
                except LLMError as err:
                    results.append(err)
            return client, results

    return asyncio.run(go())


# -- replies ------------------------------------------------------------------------


def test_a_valid_reply_is_parsed_and_recorded(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(answer(GOOD, tokens_in=120, tokens_out=30))
    client, [result] = ask(settings)
    assert result == Headline(title="深言科技发布 Aster", points=["融资 5 亿元"])
    [call] = client.usage().calls
    assert (call.purpose, call.model, call.tokens_in, call.tokens_out) == (
        "story",
        "test-model",
        120,
        30,
    )
    assert call.outcome == "ok" and not call.cached and call.seconds > 0


def test_the_request_asks_for_json_with_the_configured_model(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer(GOOD))
    ask(settings)
    [body] = chat.bodies
    assert body["model"] == "test-model" and body["messages"] == MESSAGES
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {
            "name": "Headline",
            "schema": reply_schema(Headline),
            "strict": False,
        },
    }
    assert (body["temperature"], body["max_tokens"]) == (0.3, 2000)
    assert chat.requests[0].headers["authorization"] == "Bearer sk-test"


def test_the_schema_sent_has_the_fields_types_and_lower_limits_but_not_the_upper() -> None:
    """A server turning a schema into a grammar (llama.cpp) cannot compile a 2000-character
    limit, checked when the reply arrives; a lower limit keeps a small model from
    answering with empty strings."""

    class Limited(BaseModel):
        title: str = Field(min_length=2, max_length=2000)
        points: list[str] = Field(min_length=1, max_length=6)

    assert reply_schema(Limited) == {
        "properties": {
            "title": {"minLength": 2, "type": "string"},
            "points": {"items": {"type": "string"}, "minItems": 1, "type": "array"},
        },
        "required": ["title", "points"],
        "type": "object",
    }


def test_without_json_mode_no_response_format_is_sent(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer(GOOD))
    ask(settings.model_copy(update={"json_mode": False}))
    assert "response_format" not in chat.bodies[0]


@pytest.mark.parametrize(
    "content",
    [
        f"```json\n{GOOD}\n```",
        f"```\n{GOOD}\n```",
        f"Here it is:\n```JSON\n{GOOD}\n```\n",
        f"<think>The user wants a headline.</think>\n{GOOD}",
    ],
)
def test_code_fences_and_reasoning_are_stripped(content: str) -> None:
    assert json_text(content) == GOOD


def test_a_fenced_reply_is_accepted_without_repair(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(answer(f"```json\n{GOOD}\n```"))
    _, [result] = ask(settings)
    assert isinstance(result, Headline)
    assert len(chat.requests) == 1


def test_invalid_json_gets_one_repair_that_quotes_the_error(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer("标题：深言科技发布 Aster"), answer(GOOD))
    client, [result] = ask(settings)
    assert isinstance(result, Headline)
    _, repair = chat.bodies
    assert repair["messages"][:2] == MESSAGES
    assert repair["messages"][2] == {"role": "assistant", "content": "标题：深言科技发布 Aster"}
    assert "Invalid JSON" in repair["messages"][3]["content"]
    assert "JSON only" in repair["messages"][3]["content"]
    calls = client.usage().calls
    assert [(c.purpose, c.outcome) for c in calls] == [("story", "invalid JSON"), ("repair", "ok")]


def test_a_reply_of_the_wrong_shape_is_repaired_naming_the_field(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer('{"title": "深言科技发布 Aster"}'), answer(GOOD))
    client, [result] = ask(settings)
    assert isinstance(result, Headline)
    assert "points: Field required" in chat.bodies[1]["messages"][3]["content"]
    assert client.usage().calls[0].outcome == "wrong JSON shape"


def test_invalid_twice_is_a_reply_error_after_two_requests(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer("not json"), answer('{"title": 5, "points": []}'))
    _, [result] = ask(settings)
    assert isinstance(result, LLMReplyError)
    assert "even after one repair" in str(result) and "title" in str(result)
    assert len(chat.requests) == 2


def test_a_reply_cut_off_at_max_tokens_says_so(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(*[answer('{"title": "深言', finish_reason="length")] * 2)
    client, [result] = ask(settings)
    assert isinstance(result, LLMReplyError) and "raise llm.max_tokens" in str(result)
    assert "cut off at 2000 tokens" in chat.bodies[1]["messages"][3]["content"]
    assert client.usage().calls[0].outcome == "cut off at llm.max_tokens"


def test_a_200_that_is_not_a_chat_completion_is_unavailable(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(Scripted(200, b"<html>login</html>", {"Content-Type": "text/html"}))
    _, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable) and "not a chat completion" in str(result)
    assert len(chat.requests) == 1


# -- retries ------------------------------------------------------------------------


def test_429_waits_as_long_as_retry_after_asks(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(failure(429, "Rate limit reached", headers={"Retry-After": "1"}), answer(GOOD))
    started = time.monotonic()
    client, [result] = ask(settings)
    assert isinstance(result, Headline)
    assert time.monotonic() - started >= 0.95
    assert len(chat.requests) == 2
    [call] = client.usage().calls
    assert call.seconds >= 0.95  # the wait counts in the call's time


def test_429_asking_to_wait_over_a_minute_fails_at_once(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(failure(429, "Rate limit reached", headers={"Retry-After": "3600"}))
    _, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable)
    assert "asks to wait 3600 s" in str(result)
    assert len(chat.requests) == 1


def test_429_for_an_empty_account_is_not_retried(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(failure(429, "You exceeded your current quota", code="insufficient_quota"))
    _, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable) and "no credit left" in str(result)
    assert "OPENAI_API_KEY" in str(result)
    assert len(chat.requests) == 1


def test_5xx_is_retried_then_succeeds(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(failure(503, "overloaded"), failure(502), answer(GOOD))
    client, [result] = ask(settings)
    assert isinstance(result, Headline)
    assert len(chat.requests) == 3
    assert client.usage().requests == 1  # one call, however many attempts


def test_5xx_after_every_retry_is_unavailable(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(*[failure(500, "internal error")] * 3)
    client, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable)
    assert "HTTP 500: internal error" in str(result) and "after 3 attempts" in str(result)
    assert client.usage().calls[0].outcome == "HTTP 500"


def test_a_timeout_is_retried_then_unavailable(chat: ChatServer, settings: LLMSettings) -> None:
    # a timeout a loaded machine still meets when connecting and sending, far below the
    # server's delay
    chat.script(*[answer(GOOD, delay=2.0)] * 2)
    slow = settings.model_copy(update={"timeout": 0.5, "retries": 1})
    client, [result] = ask(slow)
    assert isinstance(result, LLMUnavailable)
    assert "did not answer within 0.5 s (llm.timeout)" in str(result)
    assert "after 2 attempts" in str(result)
    assert len(chat.await_requests(2)) == 2
    assert client.usage().calls[0].outcome == "timeout"


def test_a_refused_connection_is_retried_then_unavailable(settings: LLMSettings) -> None:
    # A bound socket that never listens refuses every connection and, unlike a server's
    # port once it is closed, cannot be taken by another test's server meanwhile.
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{held.getsockname()[1]}/v1"
        client, [result] = ask(settings.model_copy(update={"base_url": closed, "retries": 1}))
    assert isinstance(result, LLMUnavailable)
    assert f"Could not connect to {closed}" in str(result) and "llm.base_url" in str(result)
    assert client.usage().calls[0].outcome == "connection failed"


def test_401_fails_at_once_naming_the_endpoint_and_the_key(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(failure(401, "Incorrect API key provided"))
    _, [result] = ask(settings.model_copy(update={"api_key_env": "DEEPSEEK_API_KEY"}))
    assert isinstance(result, LLMUnavailable)
    assert str(result) == (
        f"{chat.base_url} refused the API key in DEEPSEEK_API_KEY (HTTP 401: Incorrect API "
        "key provided); check that the key is right and belongs to this provider"
    )
    assert len(chat.requests) == 1


def test_404_names_the_model_and_what_to_check(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(failure(404, "The model `gpt-9` does not exist"))
    _, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable)
    assert "'test-model'" in str(result) and chat.base_url in str(result)
    assert "check llm.base_url" in str(result) and "llm.model" in str(result)
    assert len(chat.requests) == 1


@pytest.mark.parametrize(
    ("said", "advice"),
    [
        ("Unsupported parameter: 'max_tokens'. Use 'max_completion_tokens'", "takes both"),
        ("invalid temperature: only 1 is allowed for this model", "llm.temperature to 1"),
        ("messages: must not be empty", "check llm.model"),
    ],
)
def test_a_400_fails_at_once_with_advice_matching_the_server_words(
    chat: ChatServer, settings: LLMSettings, said: str, advice: str
) -> None:
    chat.script(failure(400, said))
    _, [result] = ask(settings)
    assert isinstance(result, LLMUnavailable)
    assert f"HTTP 400: {said}" in str(result) and advice in str(result)
    assert len(chat.requests) == 1


# -- concurrency, cache, budget, cost -----------------------------------------------


def test_no_more_than_concurrency_requests_are_in_flight(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(*[answer(GOOD, delay=0.15)] * 4)

    async def go() -> list[Headline]:
        async with ChatClient(settings.model_copy(update={"concurrency": 2}), "sk") as client:
            asks = [client.complete("story", MESSAGES, Headline) for _ in range(4)]
            return await asyncio.gather(*asks)

    assert len(asyncio.run(go())) == 4
    assert chat.most_in_flight == 2


def test_a_second_run_with_the_same_cache_makes_no_request(
    chat: ChatServer, settings: LLMSettings, store: SqlStore
) -> None:
    chat.script(answer(f"```json\n{GOOD}\n```", tokens_in=120, tokens_out=30))
    cache = StoreReplyCache(store, lambda: datetime(2026, 5, 14, 22, tzinfo=UTC))
    ask(settings, cache)
    again, [result] = ask(settings, cache)
    assert result == Headline(title="深言科技发布 Aster", points=["融资 5 亿元"])
    assert len(chat.requests) == 1
    usage = again.usage()
    assert usage.requests == 0 and usage.tokens_in == usage.tokens_out == 0
    assert [(c.purpose, c.cached) for c in usage.calls] == [("story", True)]
    stored = store.cached_reply(cache_key(settings, MESSAGES, Headline))
    assert stored is not None and json.loads(stored) == json.loads(GOOD)


def test_a_repaired_reply_is_cached_as_the_reply(chat: ChatServer, settings: LLMSettings) -> None:
    cache = MemoryCache()
    chat.script(answer("nope"), answer(GOOD))
    ask(settings, cache)
    assert [json.loads(r) for r in cache.replies.values()] == [json.loads(GOOD)]


def test_the_cache_key_changes_with_model_temperature_messages_and_shape(
    settings: LLMSettings,
) -> None:
    class Other(BaseModel):
        title: str

    key = cache_key(settings, MESSAGES, Headline)
    assert key == cache_key(settings.model_copy(update={"retries": 0}), MESSAGES, Headline)
    assert key != cache_key(settings.model_copy(update={"model": "other"}), MESSAGES, Headline)
    assert key != cache_key(settings.model_copy(update={"temperature": 0}), MESSAGES, Headline)
    assert key != cache_key(settings, MESSAGES[:1], Headline)
    assert key != cache_key(settings, MESSAGES, Other)


def test_a_spent_budget_stops_the_next_call(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(answer(GOOD, tokens_in=90, tokens_out=20), answer(GOOD))
    client, [first, second] = ask(settings.model_copy(update={"budget_tokens": 100}), times=2)
    assert isinstance(first, Headline)
    assert isinstance(second, BudgetExhausted)
    assert "100 tokens" in str(second) and "llm.budget_tokens" in str(second)
    assert len(chat.requests) == 1
    usage = client.usage()
    assert usage.budget_exhausted and usage.requests == 1


def test_cache_hits_are_served_when_the_budget_is_spent(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    chat.script(answer(GOOD, tokens_in=90, tokens_out=20))
    client, [first, second] = ask(settings.model_copy(update={"budget_tokens": 100}), cache, 2)
    assert isinstance(first, Headline) and isinstance(second, Headline)
    assert not client.usage().budget_exhausted


def test_cost_is_estimated_from_the_model_price_per_million_tokens(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer(GOOD, tokens_in=200_000, tokens_out=50_000))
    prices = {"test-model": ModelPrice(input=2.0, output=8.0), "other": ModelPrice(input=99)}
    client, _ = ask(settings.model_copy(update={"prices": prices}))
    assert client.usage().cost == pytest.approx(0.4 + 0.4)


def test_a_model_without_a_price_costs_nothing(chat: ChatServer, settings: LLMSettings) -> None:
    chat.script(answer(GOOD, tokens_in=200_000, tokens_out=50_000))
    client, _ = ask(settings)
    assert client.usage().cost == 0


# -- settings -----------------------------------------------------------------------


def test_no_base_url_means_the_offline_editor() -> None:
    assert client_from_settings(LLMSettings(), {"OPENAI_API_KEY": "sk-1"}) is None


def test_a_remote_endpoint_without_a_key_means_the_offline_editor() -> None:
    remote = LLMSettings(base_url="https://api.deepseek.com", api_key_env="DEEPSEEK_API_KEY")
    assert client_from_settings(remote, {}) is None
    assert client_from_settings(remote, {"DEEPSEEK_API_KEY": "  "}) is None


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:11434/v1",
        "http://localhost:8080/v1",
        "http://[::1]:8000/v1",
        "http://192.168.1.20:8000/v1",
        "http://ollama:11434/v1",
    ],
)
def test_a_local_server_needs_no_key(base_url: str) -> None:
    async def make() -> ChatClient | None:
        client = client_from_settings(LLMSettings(base_url=base_url), {})
        if client is not None:
            await client.aclose()
        return client

    assert asyncio.run(make()) is not None


def test_the_key_comes_from_the_configured_variable(chat: ChatServer) -> None:
    settings = LLMSettings(base_url=chat.base_url, api_key_env="QWEN_KEY")
    chat.script(answer(GOOD), answer(GOOD))

    async def go(env: dict[str, str]) -> None:
        client = client_from_settings(settings, env)
        assert client is not None
        async with client:
            await client.complete("story", MESSAGES, Headline)

    asyncio.run(go({"QWEN_KEY": "sk-qwen\n"}))
    asyncio.run(go({}))
    keys = [r.headers["authorization"] for r in chat.requests]
    assert keys == ["Bearer sk-qwen", f"Bearer {NO_KEY}"]


# -- what real models return ----------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        f"Sure! Here is the JSON you asked for:\n{GOOD}\nLet me know if you need more.",
        f"```json\n{GOOD}",
        f'{{"story": {GOOD}}}',
        GOOD.replace("Aster", "Aster\n"),
    ],
    ids=["prose-around", "fence-never-closed", "wrapped-in-an-object", "raw-newline-in-string"],
)
def test_json_inside_prose_a_fence_or_a_wrapper_is_read_without_repair(
    chat: ChatServer, settings: LLMSettings, content: str
) -> None:
    chat.script(answer(content))
    _, [result] = ask(settings)
    assert isinstance(result, Headline) and result.points == ["融资 5 亿元"]
    assert len(chat.requests) == 1


def test_a_reply_cut_off_keeps_its_complete_fields_without_repair(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cut = '{"title": "深言科技发布 Aster", "points": ["融资 5 亿元", "发布于'
    chat.script(answer(cut, finish_reason="length"))
    client, [result] = ask(settings)
    assert result == Headline(title="深言科技发布 Aster", points=["融资 5 亿元"])
    assert len(chat.requests) == 1
    assert [c.outcome for c in client.usage().calls] == ["salvaged"]
    assert client.usage().failed == 0


def test_a_reply_cut_off_before_a_required_field_is_repaired(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(
        answer('{"title": "深言科技发布 Aster", "poi', finish_reason="length"), answer(GOOD)
    )
    client, [result] = ask(settings)
    assert isinstance(result, Headline)
    assert "points: Field required" in chat.bodies[1]["messages"][3]["content"]
    assert client.usage().calls[0].outcome == "cut off at llm.max_tokens"


@pytest.mark.parametrize("status", [400, 422, 500])
def test_a_server_refusing_the_schema_is_asked_more_simply_for_the_rest_of_the_run(
    chat: ChatServer, settings: LLMSettings, status: int
) -> None:
    """OpenAI takes a json_schema, llama-cpp-python a schema in JSON mode (and says 500
    to the other), some servers only JSON mode, a few nothing at all."""
    chat.script(
        failure(status, "response_format type json_schema is not supported"),
        failure(status, "response_format: extra field schema not permitted"),
        failure(status, "response_format json_object is not supported by this model"),
        answer(GOOD),
        answer(GOOD),
    )
    client, results = ask(settings, times=2)
    assert all(isinstance(r, Headline) for r in results)
    sent = [b.get("response_format") for b in chat.bodies]
    assert [f and f["type"] for f in sent] == [
        "json_schema", "json_object", "json_object", None, None
    ]  # fmt: skip
    assert sent[1] == {"type": "json_object", "schema": reply_schema(Headline)}
    assert sent[2] == {"type": "json_object"}
    outcomes = [c.outcome for c in client.usage().calls]
    assert outcomes == [*["response_format refused"] * 3, "ok", "ok"]


def test_a_server_error_not_about_the_format_is_retried_as_before(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(failure(500, "out of memory"), answer(GOOD))
    ask(settings)
    assert [b["response_format"]["type"] for b in chat.bodies] == ["json_schema"] * 2


def test_without_json_schema_json_mode_is_asked_for(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer(GOOD))
    ask(settings.model_copy(update={"json_schema": False}))
    assert chat.bodies[0]["response_format"] == {"type": "json_object"}


# -- failures remembered ------------------------------------------------------------


def test_an_unusable_reply_is_remembered_and_the_same_request_not_sent_again(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    chat.script(answer("nope"), answer("still nope"))
    _, [first] = ask(settings, cache)
    again, [second] = ask(settings, cache)
    assert isinstance(first, LLMReplyError) and isinstance(second, LLMReplyError)
    assert len(chat.requests) == 2
    assert str(first) in str(second) and "llm.retry_failed_after" in str(second)
    usage = again.usage()
    assert [(c.cached, c.outcome) for c in usage.calls] == [(True, "failed before")]
    assert usage.requests == usage.failed == 0


def test_a_remembered_failure_is_asked_again_after_retry_failed_after(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    start = datetime(2026, 5, 14, 22, tzinfo=UTC)
    chat.script(answer("nope"), answer("still nope"), answer(GOOD))
    remembering = settings.model_copy(update={"retry_failed_after": 3600})
    ask(remembering, cache, clock=lambda: start)
    _, [soon] = ask(remembering, cache, clock=lambda: start + timedelta(minutes=59))
    _, [later] = ask(remembering, cache, clock=lambda: start + timedelta(hours=1))
    assert isinstance(soon, LLMReplyError) and isinstance(later, Headline)
    assert len(chat.requests) == 3


def test_raising_max_tokens_asks_again_despite_a_remembered_failure(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    chat.script(answer("nope", finish_reason="length"), answer("nope", finish_reason="length"))
    ask(settings, cache)
    chat.script(answer(GOOD))
    _, [result] = ask(settings.model_copy(update={"max_tokens": 4000}), cache)
    assert isinstance(result, Headline) and len(chat.requests) == 3


def test_retry_failed_after_zero_remembers_no_failure(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    chat.script(answer("nope"), answer("still nope"), answer(GOOD))
    forgetting = settings.model_copy(update={"retry_failed_after": 0})
    ask(forgetting, cache)
    assert cache.replies == {}
    _, [result] = ask(forgetting, cache)
    assert isinstance(result, Headline)


def test_an_endpoint_failure_is_not_remembered(chat: ChatServer, settings: LLMSettings) -> None:
    cache = MemoryCache()
    chat.script(failure(401, "bad key"), answer(GOOD))
    ask(settings, cache)
    assert cache.replies == {}
    _, [result] = ask(settings, cache)
    assert isinstance(result, Headline)


# -- what the run is told -----------------------------------------------------------


def test_usage_counts_requests_sent_cached_and_failed(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cache = MemoryCache()
    chat.script(answer(GOOD), answer("nope"), answer(GOOD))

    async def go() -> ChatClient:
        async with ChatClient(settings, "sk", cache) as client:
            await client.complete("story", MESSAGES, Headline)
            await client.complete("story", MESSAGES, Headline)
            await client.complete("day", MESSAGES[:1], Headline)
            return client

    usage = asyncio.run(go()).usage()
    assert (len(usage.calls), usage.requests, usage.failed) == (4, 3, 1)


def test_every_call_logs_a_progress_line(
    chat: ChatServer, settings: LLMSettings, caplog: pytest.LogCaptureFixture
) -> None:
    chat.script(failure(503), answer("nope"), answer(GOOD, tokens_in=120, tokens_out=30))
    with caplog.at_level(logging.INFO, logger="newsdesk"):
        ask(settings)
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "LLM story: HTTP 503; trying again in " + lines[0].split(" in ")[-1]
    assert lines[1].startswith("LLM story: invalid JSON in ")
    assert lines[2].startswith("LLM repair: ok in ") and lines[2].endswith("120 tokens in, 30 out")


# -- streaming ----------------------------------------------------------------------


def test_a_streamed_reply_is_read_whole_with_its_usage(
    chat: ChatServer, settings: LLMSettings
) -> None:
    chat.script(answer(GOOD, tokens_in=120, tokens_out=30))
    client, [result] = ask(settings.model_copy(update={"stream": True}))
    assert result == Headline(title="深言科技发布 Aster", points=["融资 5 亿元"])
    body = chat.bodies[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    [call] = client.usage().calls
    assert (call.outcome, call.tokens_in, call.tokens_out) == ("ok", 120, 30)


def test_a_streamed_reply_cut_at_max_tokens_is_salvaged(
    chat: ChatServer, settings: LLMSettings
) -> None:
    cut = '{"title": "深言科技发布 Aster", "points": ["融资 5 亿元", "发'
    chat.script(answer(cut, finish_reason="length"))
    client, [result] = ask(settings.model_copy(update={"stream": True}))
    assert isinstance(result, Headline) and result.points == ["融资 5 亿元"]
    assert client.usage().calls[0].outcome == "salvaged"


def test_a_streamed_request_given_up_stops_the_servers_generation(
    chat: ChatServer, settings: LLMSettings
) -> None:
    """The connection is closed when the client gives up, so a local server stops
    generating instead of finishing a reply nobody waits for before the retry."""
    chat.script(answer(GOOD, delay=3.0), answer(GOOD))
    streamed = settings.model_copy(update={"stream": True, "timeout": 0.5, "retries": 1})
    started = time.monotonic()
    _, [result] = ask(streamed)
    assert isinstance(result, Headline)
    deadline = time.monotonic() + 3
    while chat.abandoned == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert chat.abandoned == 1
    assert time.monotonic() - started < 2.5  # the first reply was never waited for
