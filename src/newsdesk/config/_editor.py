"""``llm``, ``write`` and a digest's ``verify``: how the editor writes and checks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsdesk._retry import RetryPolicy
from newsdesk.config._base import ConfigModel, HttpUrl


class ModelPrice(ConfigModel):
    """What a model costs, in the currency you think in, per million tokens."""

    input: float = Field(0, ge=0, le=1_000_000)
    output: float = Field(0, ge=0, le=1_000_000)


class LLMSettings(ConfigModel):
    """An OpenAI-compatible chat-completions endpoint for the editor.

    No ``base_url`` or no key in ``api_key_env`` means the offline editor writes the digest.
    """

    base_url: HttpUrl | None = Field(None, description="e.g. https://api.deepseek.com/v1")
    model: str = "gpt-4o-mini"
    api_key_env: str = Field("OPENAI_API_KEY", description="environment variable with the key")
    temperature: float = Field(0.3, ge=0, le=2)
    timeout: float = Field(60, gt=0, le=3600, description="seconds per request")
    retries: int = Field(3, ge=0, le=10, description="on 429, 5xx, timeouts and lost connections")
    backoff: float = Field(
        1.0, ge=0, le=60, description="first wait in seconds; doubles each retry"
    )
    max_retry_after: float = Field(
        60.0,
        ge=0,
        le=3600,
        description="longest Retry-After waited; a server asking more is out of quota, and "
        "the run writes offline rather than stall",
    )
    concurrency: int = Field(4, ge=1, le=64)
    requests_per_minute: float | None = Field(
        None,
        gt=0,
        le=100_000,
        description="requests started per minute at most (the endpoint's rate limit), by "
        "every worker together on the celery engine; none: no limit",
    )
    max_tokens: int = Field(
        2000,
        ge=16,
        le=1_000_000,
        description="reply limit per call; a Chinese entry in JSON takes about 600-1000",
    )
    budget_tokens: int | None = Field(None, ge=1, le=10**12, description="tokens in + out per run")
    json_mode: bool = Field(True, description="ask for JSON with response_format")
    json_schema: bool = Field(
        True,
        description="send the reply's JSON schema (response_format json_schema); a server "
        "that refuses it is asked for json_object, then for nothing",
    )
    retry_failed_after: float = Field(
        86400,
        ge=0,
        le=10**8,
        description="seconds a request whose reply was unusable is not asked again "
        "(0: ask every run)",
    )
    stream: bool = Field(
        False,
        description="stream replies, so a request given up at llm.timeout stops the server's "
        "work (local llama.cpp/Ollama servers finish an unstreamed reply first)",
    )
    required: bool = Field(
        False, description="fail the run (exit 1) before writing when the LLM cannot be used"
    )
    prices: dict[str, ModelPrice] = Field({}, description="model -> price per 1M tokens")
    currency: str = Field("USD", description="what prices are in, for the summary")

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(self.retries, self.backoff, self.max_retry_after)


class WriteSettings(ConfigModel):
    """How much of the sources the writer reads per story."""

    story_chars: int = Field(
        3500,
        ge=500,
        le=1_000_000,
        description="source text per lead story; a Chinese character is about a token, "
        "English about four characters a token, so 12 stories stay under 60k tokens",
    )
    item_chars: int = Field(
        1500, ge=200, le=1_000_000, description="of which at most this per item"
    )


class VerifySettings(ConfigModel):
    """What happens to a claim the sources do not support."""

    policy: Literal["repair", "drop"] = Field(
        "repair", description="repair: one LLM rewrite, then drop what is still unsupported"
    )
