"""The chat model behind the editor: any OpenAI-compatible chat-completions endpoint.

One :class:`ChatClient` per run.  It asks for JSON (sending the reply's JSON schema
where the server takes one, else JSON mode, else nothing: it steps down when a server
refuses ``response_format``), reads the reply the way real models write it (see
``_reply``) and validates it with the caller's pydantic model, giving an invalid reply
one repair request; retries what may pass on a second try (429, 5xx, timeouts, lost
connections) with exponential backoff, honouring ``Retry-After``, a timed-out request
being cancelled (its connection closed) first; keeps at most ``llm.concurrency``
requests in flight, spaced by ``llm.requests_per_minute``; stops at
``llm.budget_tokens`` (both kept by its :class:`~newsdesk._limits.Limits`, which Celery
workers share through Redis, so together they spend one budget); records every call and logs a line
for it; and answers a request it has answered before from a :class:`ReplyCache` without
asking again.  A request whose reply could not be used even after the repair is
remembered as failed for ``llm.retry_failed_after`` seconds, so an unchanged re-run
costs nothing either way.

The retry loop is ours (the SDK's is off) so behaviour does not depend on the SDK version.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, cast
from urllib.parse import urlsplit

from pydantic import BaseModel

from newsdesk._limits import Limits, LocalLimits
from newsdesk._retry import RetryPolicy, retry_after
from newsdesk.config import LLMSettings
from newsdesk.editor._reply import read_reply
from newsdesk.exceptions import BudgetExhausted, LLMReplyError, LLMUnavailable
from newsdesk.model import NOT_TRIED, LLMCall, LLMUsage
from newsdesk.store import Store

if TYPE_CHECKING:  # the SDK is imported where a request is made: a run with no LLM, and
    # every command that starts without one, never pays its half second of import
    from openai.types import CompletionUsage
    from openai.types.chat import ChatCompletionMessageParam

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger("newsdesk")

#: The key sent to a server on this machine or network that wants none (the SDK needs one).
NO_KEY = "no-key"

#: How a reply's JSON is asked for, strictest first: the reply's JSON schema as OpenAI
#: takes it (``json_schema``), as llama-cpp-python takes it (JSON mode with a
#: ``schema``), JSON mode, or only the prompt's words.  A server that refuses one is
#: asked with the next for the rest of the run.
Format = Literal["json_schema", "json_object+schema", "json_object", "none"]
_WEAKER: dict[Format, Format] = {
    "json_schema": "json_object+schema",
    "json_object+schema": "json_object",
    "json_object": "none",
}


class ReplyCache(Protocol):
    """Validated replies by request key (see :func:`cache_key`).

    Contract: ``get`` returns exactly what ``put`` stored under the key, or None.  Both
    are called on the event loop's thread, one at a time, so they must be quick (a local
    database is) and need not be thread-safe.
    """

    def get(self, key: str) -> str | None:
        """The reply saved under ``key``, or None."""

    def put(self, key: str, model: str, reply: str, tokens_in: int, tokens_out: int) -> None:
        """Save a reply and what it cost to make."""


class StoreReplyCache:
    """The store's ``llm_cache`` table as a :class:`ReplyCache`."""

    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._clock = clock or (lambda: datetime.now(UTC))

    def get(self, key: str) -> str | None:
        return self._store.cached_reply(key)

    def put(self, key: str, model: str, reply: str, tokens_in: int, tokens_out: int) -> None:
        self._store.save_reply(key, model, reply, tokens_in, tokens_out, self._clock())


def cache_key(settings: LLMSettings, messages: list[dict[str, str]], reply: type[BaseModel]) -> str:
    """What makes a reply reusable: model, temperature, messages and the shape asked for."""
    request = {
        "model": settings.model,
        "temperature": settings.temperature,
        "messages": messages,
        "schema": reply.model_json_schema(),
    }
    text = json.dumps(request, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def failure_key(settings: LLMSettings, key: str) -> str:
    """Where a failed reply to the request ``key`` is remembered.  Unlike a good reply,
    a failure depends on ``max_tokens`` and on whether JSON was asked for: raising
    ``llm.max_tokens`` or changing ``llm.json_mode`` or ``llm.json_schema`` asks again.
    (How the server took the request — the step down from a refused schema — is found
    again each run and does not count.)"""
    text = f"failed\n{key}\n{settings.max_tokens}\n{settings.json_mode}\n{settings.json_schema}"
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _Answer:
    """One successful exchange, before its content is validated."""

    content: str
    tokens_in: int
    tokens_out: int
    seconds: float
    #: The model stopped at ``llm.max_tokens``: the JSON is probably cut short.
    truncated: bool


@dataclass(frozen=True, slots=True)
class _Failure:
    """What a failed attempt means: the user's message, and whether to try again."""

    #: A few words for the call record ("timeout", "HTTP 503").
    outcome: str
    #: What went wrong, naming the endpoint.
    message: str
    #: What the user can do about it.
    advice: str
    retryable: bool = False
    #: Seconds the server asked us to wait (Retry-After), if it did.
    wait: float | None = None


#: Calls in a row that failed after their retries before the run stops asking.
STOP_AFTER_FAILURES = 3


def estimate_tokens(text: str) -> int:
    """About what tokenizers make of news text: a token per Chinese character, one per
    four other characters."""
    han = sum("\u3400" <= c <= "\u9fff" for c in text)
    return han + (len(text) - han + 3) // 4


class _NotChat(Exception):
    """A 200 response whose body is not a chat completion (an HTML page, say)."""


class ChatClient:
    """Structured chat completions with the behaviour described above.

    Create it inside the event loop that uses it (the write stage's, around a
    batch) and close it before that loop ends, with ``await aclose()`` or ``async with``.
    ``usage()`` still answers after closing.  ``clock`` dates remembered failures;
    ``limits`` keep the pace and the token budget under ``budget_key`` (default: this
    client's own, one run's).
    """

    def __init__(
        self,
        settings: LLMSettings,
        api_key: str,
        cache: ReplyCache | None = None,
        clock: Callable[[], datetime] | None = None,
        *,
        limits: Limits | None = None,
        budget_key: str = "budget",
    ) -> None:
        if settings.base_url is None:
            raise ValueError("ChatClient needs llm.base_url; client_from_settings checks it")
        self.settings = settings
        self.base_url = settings.base_url.rstrip("/")
        import openai

        self._api = openai.AsyncOpenAI(
            base_url=self.base_url, api_key=api_key, timeout=settings.timeout, max_retries=0
        )
        self._cache = cache
        self._clock = clock or (lambda: datetime.now(UTC))
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._calls: list[LLMCall] = []
        self._limits = limits or LocalLimits()
        self._budget_key = budget_key
        self._budget_exhausted = False
        self._failures_in_row = 0
        #: How JSON is asked for now: lowered for the run when the server refuses it.
        self.response_format: Format = "json_schema" if settings.json_schema else "json_object"
        if not settings.json_mode:
            self.response_format = "none"
        #: Why no more requests are made this run (set after a final failure), or None.
        self.stopped: str | None = None

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._api.close()

    def usage(self) -> LLMUsage:
        """Every call so far, with the cost estimated from ``llm.prices``."""
        cost = 0.0
        for call in self._calls:
            price = self.settings.prices.get(call.model)
            if price is not None:
                cost += (call.tokens_in * price.input + call.tokens_out * price.output) / 1e6
        return LLMUsage(tuple(self._calls), cost, self._budget_exhausted, self.settings.currency)

    async def complete(self, purpose: str, messages: list[dict[str, str]], reply: type[T]) -> T:
        """The model's answer to ``messages`` as a ``reply``.

        ``purpose`` names the call in the usage record ("story", "day"...).  The caller's
        system prompt should ask for JSON only; the reply's schema or JSON mode is asked
        for too (``llm.json_schema``, ``llm.json_mode``).

        Raises:
            LLMUnavailable: the endpoint failed, after retries where retrying may help.
            LLMReplyError: the reply was not valid ``reply`` JSON, even after one repair,
                now or (remembered) in the last ``llm.retry_failed_after`` seconds.
            BudgetExhausted: ``llm.budget_tokens`` is spent (cache hits are still served).
        """
        key = cache_key(self.settings, messages, reply)
        cached = self._cached(key, reply)
        if cached is not None:
            self._calls.append(LLMCall(purpose, self.settings.model, 0, 0, 0.0, cached=True))
            return cached
        failed_key = failure_key(self.settings, key)
        self._raise_if_failed_before(purpose, failed_key)
        first = await self._request(purpose, messages, reply)
        parsed, problem = self._accept(purpose, first, reply)
        answers = [first]
        if parsed is None:
            repair = [
                *messages,
                {"role": "assistant", "content": first.content},
                {
                    "role": "user",
                    "content": f"That reply could not be used: {problem}. Answer again with "
                    "the corrected JSON only: no explanation, no code fence.",
                },
            ]
            answers.append(await self._request("repair", repair, reply))
            parsed, problem = self._accept("repair", answers[-1], reply)
            if parsed is None:
                hint = "; raise llm.max_tokens" if answers[-1].truncated else ""
                message = (
                    f"The chat model {self.settings.model!r} at {self.base_url} did not "
                    f"return the JSON asked for ({purpose}), even after one repair: "
                    f"{problem}{hint}"
                )
                self._remember_failure(failed_key, message, answers)
                raise LLMReplyError(message)
        if self._cache is not None:
            self._cache.put(
                key,
                self.settings.model,
                parsed.model_dump_json(),
                sum(a.tokens_in for a in answers),
                sum(a.tokens_out for a in answers),
            )
        return parsed

    def _cached(self, key: str, reply: type[T]) -> T | None:
        text = None if self._cache is None else self._cache.get(key)
        if text is None:
            return None
        return read_reply(text, reply).value  # None: a validator changed since, ask again

    def _raise_if_failed_before(self, purpose: str, key: str) -> None:
        """Raise the remembered failure of this very request, while it is remembered."""
        ttl = self.settings.retry_failed_after
        text = None if self._cache is None or ttl == 0 else self._cache.get(key)
        if text is None:
            return
        try:
            record = json.loads(text)
            when = datetime.fromisoformat(record["at"])
            message = str(record["failure"])
        except (ValueError, KeyError, TypeError):
            return
        age = (self._clock() - when).total_seconds()
        if age >= ttl:
            return
        self._calls.append(
            LLMCall(purpose, self.settings.model, 0, 0, 0.0, cached=True, outcome="failed before")
        )
        log.info("LLM %s: failed the same way at %s; not asked again", purpose, when.isoformat())
        raise LLMReplyError(
            f"{message} (remembered from {when:%Y-%m-%d %H:%M} UTC; asked again "
            f"{ttl:g} s after, see llm.retry_failed_after)"
        )

    def _remember_failure(self, key: str, message: str, answers: list[_Answer]) -> None:
        if self._cache is None or self.settings.retry_failed_after == 0:
            return
        record = {"failure": message, "at": self._clock().isoformat()}
        self._cache.put(
            key,
            self.settings.model,
            json.dumps(record, ensure_ascii=False),
            sum(a.tokens_in for a in answers),
            sum(a.tokens_out for a in answers),
        )

    def _accept(self, purpose: str, answer: _Answer, reply: type[T]) -> tuple[T | None, str]:
        """Read and record an answer: the parsed reply, or None and what was wrong."""
        read = read_reply(answer.content, reply, truncated=answer.truncated)
        if read.value is not None:
            self._record(purpose, answer, "salvaged" if read.salvaged else "ok")
            return read.value, ""
        outcome = "invalid JSON" if read.not_json else "wrong JSON shape"
        problem = read.problem
        if answer.truncated:
            outcome = "cut off at llm.max_tokens"
            problem = f"it was cut off at {self.settings.max_tokens} tokens ({problem})"
        self._record(purpose, answer, outcome)
        return None, problem

    def _record(self, purpose: str, answer: _Answer, outcome: str) -> None:
        call = LLMCall(
            purpose,
            self.settings.model,
            answer.tokens_in,
            answer.tokens_out,
            answer.seconds,
            outcome=outcome,
        )
        self._calls.append(call)
        _log_call(call)

    def _record_failure(self, purpose: str, seconds: float, outcome: str) -> None:
        call = LLMCall(purpose, self.settings.model, 0, 0, seconds, outcome=outcome)
        self._calls.append(call)
        _log_call(call)

    async def _request(
        self, purpose: str, messages: list[dict[str, str]], reply: type[BaseModel]
    ) -> _Answer:
        """One chat request, retried as far as ``llm.retries`` allows."""
        import openai

        s = self.settings
        estimate = estimate_tokens(" ".join(m["content"] for m in messages))
        async with self._slots:
            if self.stopped is not None:
                self._calls.append(LLMCall(purpose, s.model, 0, 0, 0.0, outcome=NOT_TRIED))
                raise LLMUnavailable(self.stopped)
            self._check_budget(estimate)
            started = time.monotonic()
            attempt = 0
            spent = 0
            try:
                while True:
                    if s.requests_per_minute:
                        await self._limits.turn(f"llm:{self.base_url}", 60 / s.requests_per_minute)
                    try:
                        # The SDK's timeout is per read; this bounds the whole exchange,
                        # and cancelling the request closes its connection.
                        async with asyncio.timeout(s.timeout):
                            completion = await self._create(messages, reply)
                        break
                    except (TimeoutError, openai.APIError, _NotChat) as err:
                        if self._refuses_format(err):
                            self._record_failure(
                                purpose, time.monotonic() - started, "response_format refused"
                            )
                            self.response_format = _WEAKER[self.response_format]
                            continue
                        failure = self._failure(err)
                        wait = (
                            s.retry_policy.wait(attempt, failure.wait)
                            if failure.retryable
                            else None
                        )
                        if wait is None:
                            self._record_failure(
                                purpose, time.monotonic() - started, failure.outcome
                            )
                            message = _giving_up(failure, attempt + 1, s.retry_policy)
                            self._stop_if_hopeless(failure, message)
                            raise LLMUnavailable(message) from err
                        log.info(
                            "LLM %s: %s; trying again in %.1f s", purpose, failure.outcome, wait
                        )
                        attempt += 1
                        await asyncio.sleep(wait)
                self._failures_in_row = 0
                content, finish_reason, usage = completion
                # A server that reports no usage is counted by estimate, so the budget holds.
                tokens_in = usage.prompt_tokens if usage else estimate
                tokens_out = usage.completion_tokens if usage else estimate_tokens(content)
                spent = tokens_in + tokens_out
            finally:
                if self.settings.budget_tokens is not None:
                    self._limits.adjust(self._budget_key, spent - estimate)
        return _Answer(
            content=content,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            seconds=time.monotonic() - started,
            truncated=finish_reason == "length",
        )

    def _refuses_format(self, err: Exception) -> bool:
        """An error about ``response_format``: the server cannot take JSON asked for the
        way we did, and a weaker way remains.  Most say 400; a FastAPI server 422, and
        llama-cpp-python's 500, with the field named."""
        import openai

        if self.response_format == "none" or not isinstance(err, openai.APIStatusError):
            return False
        said = f"{err.message} {err.body}".lower()
        return err.status_code in (400, 422, 500) and any(
            word in said for word in ("response_format", "json_schema", "json_object")
        )

    def _stop_if_hopeless(self, failure: _Failure, message: str) -> None:
        """After a failure retrying cannot fix (a bad key, no quota) or several in a row,
        the rest of the run is written offline instead of waiting on a dead endpoint."""
        self._failures_in_row += 1
        if not failure.retryable or self._failures_in_row >= STOP_AFTER_FAILURES:
            self.stopped = f"{message} (no further LLM calls this run)"

    def _check_budget(self, estimate: int) -> None:
        """Reserve the estimate of a request, or refuse it when the budget cannot pay for
        it, counting the ones in flight (the reservation is settled when it ends)."""
        budget = self.settings.budget_tokens
        if budget is not None and not self._limits.take(self._budget_key, estimate, budget):
            self._budget_exhausted = True
            raise BudgetExhausted(
                f"The LLM token budget of this run ({budget:,} tokens, llm.budget_tokens) is "
                "spent; the rest is written offline. Raise llm.budget_tokens to allow more."
            )

    async def _create(
        self, messages: list[dict[str, str]], reply: type[BaseModel]
    ) -> tuple[str, str | None, CompletionUsage | None]:
        """The reply's text, why it ended ("length": at max_tokens) and its usage."""
        from openai.types.chat import ChatCompletion

        s = self.settings
        request: dict[str, Any] = {
            "model": s.model,
            "messages": cast("list[ChatCompletionMessageParam]", messages),
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "response_format": _response_format(self.response_format, reply),
        }
        if s.stream:
            return await self._streamed(request)
        completion = await self._api.chat.completions.create(**request)
        if not isinstance(completion, ChatCompletion):  # the SDK hands back a non-JSON body
            raise _NotChat
        choice = completion.choices[0] if completion.choices else None
        content = (choice.message.content if choice else None) or ""
        return content, choice.finish_reason if choice else None, completion.usage

    async def _streamed(
        self, request: dict[str, Any]
    ) -> tuple[str, str | None, CompletionUsage | None]:
        """A streamed request read to its end.  Cancelling it (``llm.timeout``) closes the
        connection, which stops a server's generation (llama.cpp, Ollama and vLLM stop
        when the client is gone; a reply not streamed is finished first)."""
        from openai.types.chat import ChatCompletionChunk

        stream = await self._api.chat.completions.create(
            **request, stream=True, stream_options={"include_usage": True}
        )
        parts: list[str] = []
        finish_reason: str | None = None
        usage: CompletionUsage | None = None
        async with stream:
            async for chunk in stream:
                if not isinstance(chunk, ChatCompletionChunk):
                    raise _NotChat
                usage = chunk.usage or usage
                for choice in chunk.choices:
                    parts.append(choice.delta.content or "")
                    finish_reason = choice.finish_reason or finish_reason
        return "".join(parts), finish_reason, usage

    def _failure(self, err: Exception) -> _Failure:
        """What a failed attempt means, in words naming the endpoint and what to check."""
        import openai

        s = self.settings
        where = f"The chat model {s.model!r} at {self.base_url}"
        if isinstance(err, TimeoutError | openai.APITimeoutError):
            return _Failure(
                "timeout",
                f"{where} did not answer within {s.timeout:g} s (llm.timeout)",
                "a slow local model may need a larger llm.timeout",
                retryable=True,
            )
        if isinstance(err, openai.APIConnectionError):
            reason = str(err.__cause__ or err) or type(err).__name__
            return _Failure(
                "connection failed",
                f"Could not connect to {self.base_url}: {reason}",
                "is the server up? check llm.base_url",
                retryable=True,
            )
        if not isinstance(err, openai.APIStatusError):  # a 200, but not a chat completion
            return _Failure(
                "not a chat reply",
                f"{where} answered with something that is not a chat completion",
                "check that llm.base_url is the provider's OpenAI-compatible API (most end in /v1)",
            )
        status, said = err.status_code, _detail(err.body)
        http = f"HTTP {status}" + (f": {said}" if said else "")
        if status == 402 or _code(err.body) == "insufficient_quota":
            return _Failure(
                f"HTTP {status}",
                f"{where} says the account has no credit left ({http})",
                f"top it up, or use another key in {s.api_key_env}",
            )
        if status == 429:
            return _Failure(
                "HTTP 429",
                f"{where} is rate-limiting ({http})",
                "lower llm.concurrency, or try later",
                retryable=True,
                wait=retry_after(err.response.headers),
            )
        if status >= 500 or status == 408:
            return _Failure(
                f"HTTP {status}",
                f"{where} has a problem ({http})",
                "it may work later",
                retryable=True,
            )
        if status == 401:
            return _Failure(
                "HTTP 401",
                f"{self.base_url} refused the API key in {s.api_key_env} ({http})",
                "check that the key is right and belongs to this provider",
            )
        if status == 403:
            return _Failure(
                "HTTP 403",
                f"{where} refused access ({http})",
                f"check that the key in {s.api_key_env} may use this model",
            )
        if status == 404:
            return _Failure(
                "HTTP 404",
                f"{where} was not found ({http})",
                "check llm.base_url (most end in /v1) and that llm.model is a model "
                "this provider serves",
            )
        advice = "check llm.model and the other llm settings"
        if "response_format" in said or "json" in said.lower():
            advice = "if the server has no JSON mode, set llm.json_mode: false"
        elif "max_completion_tokens" in said or "temperature" in said:
            advice = (
                "this model refuses max_tokens or a chosen temperature (some reasoning "
                "models do): set llm.temperature to 1, or pick a model that takes both"
            )
        return _Failure(f"HTTP {status}", f"{where} refused the request ({http})", advice)


#: Schema keywords left out of what is sent: upper limits are checked on arrival, as a
#: server that turns a schema into a grammar (llama.cpp) cannot compile a string of up
#: to 2000 characters spelled out one optional character at a time.  Lower limits stay:
#: they are cheap, and keep a small model from answering with the prompt's skeleton of
#: empty strings.
_CHECKED_ON_ARRIVAL = frozenset({"maxLength", "maxItems", "title"})


def reply_schema(reply: type[BaseModel]) -> dict[str, Any]:
    """The shape of a reply as sent to the server: fields, types, which are required and
    their lower limits, without the upper ones (see ``_CHECKED_ON_ARRIVAL``)."""

    def shape(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: shape(v)
                for k, v in node.items()
                if k not in _CHECKED_ON_ARRIVAL or isinstance(v, dict)
            }
        if isinstance(node, list):
            return [shape(v) for v in node]
        return node

    schema: dict[str, Any] = shape(reply.model_json_schema())
    return schema


def _response_format(mode: Format, reply: type[BaseModel]) -> Any:
    """The request's ``response_format`` for the way JSON is asked for."""
    import openai

    if mode == "json_schema":
        schema = {"name": reply.__name__, "schema": reply_schema(reply), "strict": False}
        return {"type": "json_schema", "json_schema": schema}
    if mode == "json_object+schema":
        return {"type": "json_object", "schema": reply_schema(reply)}
    if mode == "json_object":
        return {"type": "json_object"}
    return openai.omit


def _log_call(call: LLMCall) -> None:
    """The progress line of one call."""
    log.info(
        "LLM %s: %s in %.1f s, %d tokens in, %d out",
        call.purpose,
        call.outcome,
        call.seconds,
        call.tokens_in,
        call.tokens_out,
    )


def _giving_up(failure: _Failure, attempts: int, policy: RetryPolicy) -> str:
    """The user's message: what went wrong, how often we tried, what to do."""
    text = failure.message
    if policy.asks_too_much(failure.wait):
        text += (
            f", and asks to wait {failure.wait:.0f} s, longer than llm.max_retry_after "
            f"({policy.max_retry_after:.0f} s)"
        )
    elif failure.retryable and attempts > 1:
        text += f", after {attempts} attempts"
    return f"{text}; {failure.advice}"


def client_from_settings(
    settings: LLMSettings,
    env: Mapping[str, str],
    cache: ReplyCache | None = None,
    *,
    limits: Limits | None = None,
    budget_key: str = "budget",
) -> ChatClient | None:
    """The configured chat client, or None when the offline editor should write.

    No ``llm.base_url`` means offline.  The key is ``env[llm.api_key_env]``.  A server on
    this machine or the local network needs none (Ollama, vLLM and llama.cpp run without
    one): a loopback or private address, or a one-word host such as ``localhost`` or a
    compose service ``ollama``, gets a placeholder key when none is set.  Any other host
    without a key means offline, as if no LLM were configured.  ``limits`` and
    ``budget_key`` are the client's (see :class:`ChatClient`).
    """
    if not llm_usable(settings, env):
        return None
    key = env.get(settings.api_key_env, "").strip() or NO_KEY
    return ChatClient(settings, key, cache, limits=limits, budget_key=budget_key)


def require_llm(client: ChatClient | None, why: str) -> None:
    """What ``llm.required`` asks: raise unless the LLM can be used, before anything is
    written.  ``client`` is the run's (None when there is none), ``why`` what
    :func:`why_offline` said.

    Raises:
        LLMUnavailable: there is no client (no ``llm.base_url``, no key), or it stopped
            asking after a failure retrying cannot fix (unreachable, HTTP 401...).
    """
    if client is None:
        reason = why or "no llm.base_url is configured"
    elif client.stopped is not None:
        reason = client.stopped
    else:
        return
    raise LLMUnavailable(
        f"llm.required is set and the LLM cannot be used: {reason}. Stopped before writing "
        "the digest; fix the llm settings, or unset llm.required to write offline instead."
    )


def llm_usable(settings: LLMSettings, env: Mapping[str, str]) -> bool:
    """Whether the writer has an LLM to ask: ``llm.base_url`` is set and, where the
    server needs one, its key is in ``env``."""
    return settings.base_url is not None and not why_offline(settings, env)


def why_offline(settings: LLMSettings, env: Mapping[str, str]) -> str:
    """Why a configured LLM cannot be used, in one line for the run's summary; "" when it
    can, or when none is configured (no ``llm.base_url`` writes offline on purpose).

    Today that is a remote endpoint whose key variable is not set: the run still writes
    offline, but says so rather than passing for a run without an LLM.
    """
    if settings.base_url is None:
        return ""
    if env.get(settings.api_key_env, "").strip():
        return ""
    if _is_local(urlsplit(settings.base_url).hostname or ""):
        return ""
    return (
        f"llm.api_key_env {settings.api_key_env} is not set: written offline "
        f"(export the key for {settings.base_url}, or run --offline)"
    )


def _is_local(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host or host.endswith(".localhost")
    return address.is_loopback or address.is_private


def _detail(body: object) -> str:
    """The server's own words about an error, on one short line."""
    said: Any = body.get("message", "") if isinstance(body, Mapping) else body or ""
    return " ".join(str(said).split())[:200]


def _code(body: object) -> str:
    return str(body.get("code") or "") if isinstance(body, Mapping) else ""
