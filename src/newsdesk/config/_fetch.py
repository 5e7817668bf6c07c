"""``fetch``, ``fulltext``, ``health`` and ``rsshub``: how sources are read."""

from __future__ import annotations

from pydantic import Field

from newsdesk._retry import RetryPolicy
from newsdesk.config._base import ConfigModel, HttpUrl


class HostLimits(ConfigModel):
    """Limits for one host that tolerates more (an API) or less (a small blog)."""

    concurrency: int = Field(2, ge=1, le=64)
    delay: float = Field(0.5, ge=0, le=60)


class FetchSettings(ConfigModel):
    """How the HTTP fetcher behaves; the defaults are polite to small sites."""

    user_agent: str = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)"
    timeout: float = Field(20.0, gt=0, le=600, description="seconds for one whole response")
    connect_timeout: float = Field(10.0, gt=0, le=120)
    retries: int = Field(3, ge=0, le=10)
    backoff: float = Field(1.0, ge=0, le=60, description="first retry delay; doubles each time")
    max_retry_after: float = Field(120.0, ge=0, le=3600, description="longest Retry-After honoured")
    concurrency: int = Field(16, ge=1, le=256)
    per_host_concurrency: int = Field(2, ge=1, le=64)
    per_host_delay: float = Field(
        0.5, ge=0, le=60, description="seconds between requests to a host"
    )
    max_bytes: int = Field(
        10_000_000, ge=1024, le=500_000_000, description="decompressed bytes of one response"
    )
    max_redirects: int = Field(5, ge=0, le=20)
    parse_timeout: float = Field(
        30.0, gt=0, le=600, description="seconds to read one response as its kind's entries"
    )
    proxy: str | None = None
    hosts: dict[str, HostLimits] = Field({}, description="per-host limits by host name")
    allow_private_addresses: bool = Field(
        False,
        description="every source may fetch loopback, private and link-local addresses",
    )

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(self.retries, self.backoff, self.max_retry_after)


class FulltextSettings(ConfigModel):
    """Article extraction for sources that only carry snippets."""

    concurrency: int = Field(4, ge=1, le=32)
    min_chars: int = Field(400, ge=0, le=100_000, description="extract when the text is shorter")
    limit: int = Field(200, ge=0, le=10_000, description="most articles extracted per run")
    timeout: float = Field(
        10.0, gt=0, le=300, description="seconds to extract one page; a slower page fails"
    )
    stage_timeout: float = Field(
        300.0, gt=0, le=86_400, description="seconds for a run's full text; the rest waits"
    )


class HealthSettings(ConfigModel):
    """When a source counts as stale or quiet (``newsdesk sources``, the run summary)."""

    window_days: int = Field(30, ge=1, le=365, description="days of the items-per-day baseline")
    stale_factor: float = Field(
        4.0, ge=1, le=100, description="stale after this many usual intervals with nothing new"
    )
    stale_min_hours: float = Field(
        48.0, ge=1, le=8760, description="never stale sooner than this after its last new item"
    )
    old_days: float = Field(
        14.0, ge=1, le=3650, description="a fetch whose newest entry is older serves old items"
    )
    low_volume: float = Field(
        0.25, ge=0, le=1, description="low volume below this share of its usual day"
    )


class RSSHubSettings(ConfigModel):
    """The RSSHub instance that ``rsshub`` sources use unless they name their own."""

    instance: HttpUrl = "https://rsshub.app"
    access_key: str | None = None
