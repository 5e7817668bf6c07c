"""The newsdesk.yaml file: pydantic models, loading, and messages a user can act on.

Secrets never live in the file: any string may say ``${ENV_VAR}`` (or
``${ENV_VAR:-default}``), and ``NEWSDESK_<SECTION>__<KEY>=value`` overrides a setting
(``NEWSDESK_STORE__URL=postgresql+psycopg://...``).
"""

from __future__ import annotations

import difflib
import functools
import importlib
import operator
import os
import re
import string
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Generic, Literal, TypeVar, get_args, get_origin
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import CoreSchema

from newsdesk.exceptions import ConfigError

DEFAULT_CONFIG_NAME = "newsdesk.yaml"
ENV_PREFIX = "NEWSDESK_"

#: Words that mark an entry as AI news, for sources that carry everything (HN, GitHub).
AI_KEYWORDS: tuple[str, ...] = (
    "AI", "A.I.", "artificial intelligence", "machine learning", "deep learning", "LLM",
    "LLMs", "GPT", "ChatGPT", "OpenAI", "Anthropic", "Claude", "Gemini", "DeepMind",
    "Llama", "Mistral", "Qwen", "DeepSeek", "transformer", "neural", "diffusion",
    "agent", "agents", "RAG", "embedding", "embeddings", "fine-tuning", "inference",
    "model weights", "open-weight", "GPU", "CUDA", "Nvidia", "reinforcement learning",
    "chatbot", "copilot", "multimodal", "robotics", "model", "models", "benchmark",
    "MoE", "FP8", "TFLOPS", "humanoid", "robot", "robots", "人工智能", "大模型", "智能体",
    "机器学习", "深度学习", "具身智能", "机器人", "算力", "芯片",
)  # fmt: skip


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("is not an http(s) URL")
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("is not a time zone name such as 'Asia/Shanghai' or 'UTC'") from None
    return value


def _check_slug(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", value):
        raise ValueError("must be lowercase letters, digits, '-' or '_' (e.g. 'openai-news')")
    return value


HttpUrl = Annotated[str, AfterValidator(_check_http_url)]
TimeZoneName = Annotated[str, AfterValidator(_check_timezone)]
Slug = Annotated[str, AfterValidator(_check_slug)]
Language = Literal["zh", "en", "auto"]


class ConfigModel(BaseModel):
    """A section of the file: unknown keys are errors, values never change once read."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


_M = TypeVar("_M", bound=ConfigModel)


class Registry(Generic[_M]):
    """The config models of one extension point (source kinds, channels), by ``kind``.

    A kind's module registers its model when it is imported.  The built-in modules are
    imported the first time the models are needed, when a config is first validated, so
    this module imports no collector and no publisher.  In an annotation
    (``Annotated[SourceBase, SOURCE_MODELS]``) it is the union of the registered models,
    told apart by their ``kind``.
    """

    def __init__(self, what: str, builtins: str) -> None:
        #: What the extension point is called in messages ("source", "channel").
        self.what = what
        self._builtins = builtins
        self._models: dict[str, type[_M]] = {}

    def register(self, kind: str, model: type[_M]) -> None:
        """Accept ``kind: <kind>`` in the config, read as ``model``."""
        if kind in self._models:
            raise ValueError(f"the {self.what} kind {kind!r} is registered twice")
        self._models[kind] = model

    @property
    def models(self) -> Mapping[str, type[_M]]:
        """Each kind's model, in the order registered (several kinds may share one)."""
        importlib.import_module(self._builtins)
        return MappingProxyType(self._models)

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        models = functools.reduce(operator.or_, dict.fromkeys(self.models.values()))
        return handler.generate_schema(Annotated[models, Field(discriminator="kind")])


class StoreSettings(ConfigModel):
    """Where items live: a SQLite path URL (default) or a PostgreSQL URL."""

    url: str = "sqlite:///newsdesk.db"


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


class SourceBase(ConfigModel):
    """What every source has; each kind's model adds its own keys (``collect/kinds/``)."""

    id: Slug
    name: str = Field("", max_length=200)
    enabled: bool = True
    language: Language = "auto"
    weight: float = Field(1.0, ge=0, le=10)
    tags: list[str] = []
    timezone: TimeZoneName | None = None
    fulltext: bool = False
    keywords: list[str] = []
    headers: dict[str, str] = {}
    aggregator: bool = Field(
        False, description="carries many outlets: an item's publisher is its own outlet"
    )
    allow_private_addresses: bool = Field(
        False, description="may fetch loopback, private and link-local addresses (a local RSSHub)"
    )
    kind: str = Field(description="a registered kind; its model reads the rest of the source")

    @property
    def label(self) -> str:
        return self.name or self.id


#: The config model of each source kind, registered by the kind's module.
SOURCE_MODELS: Registry[SourceBase] = Registry("source", "newsdesk.collect.kinds")
#: A configured source, read as its kind's model.
SourceConfig = Annotated[SourceBase, SOURCE_MODELS]


#: Organisations and models whose news matters to most readers (``assess.major_names``).
MAJOR_NAMES: tuple[str, ...] = (
    "OpenAI", "ChatGPT", "GPT", "Anthropic", "Claude", "Google", "DeepMind", "Gemini",
    "Meta", "Llama", "Microsoft", "Copilot", "Apple", "Nvidia", "英伟达", "Amazon", "AWS",
    "xAI", "Grok", "Mistral", "DeepSeek", "深度求索", "Qwen", "通义", "阿里", "Alibaba",
    "字节", "ByteDance", "豆包", "腾讯", "Tencent", "混元", "百度", "Baidu", "文心", "Kimi",
    "月之暗面", "Moonshot", "智谱", "Zhipu", "GLM", "MiniMax", "阶跃星辰", "华为", "Huawei",
    "昇腾", "Hugging Face", "Tesla", "特斯拉", "宇树", "Unitree", "Figure",
)  # fmt: skip
#: Title words that report a happening: a release, launch, deal, move or incident
#: (``assess.event_words``); "实测" and "来了" are how Chinese outlets head a launch.
EVENT_WORDS: tuple[str, ...] = (
    "发布", "推出", "上线", "开源", "官宣", "宣布", "首发", "亮相", "问世", "来了", "新品",
    "实测", "首测", "更新", "升级", "融资", "收购", "并购", "估值", "营收", "财报", "涨价",
    "降价", "成立", "合并", "离职", "出走", "加入", "入职", "出任", "任命", "停产", "曝光",
    "爆火", "刷屏", "登顶", "launch", "launches", "launched", "release", "releases",
    "released", "unveils", "unveiled", "announces", "announced", "introduces", "ships",
    "open-sources", "raises", "raised", "acquires", "acquired", "acquisition", "funding",
    "joins", "leaves", "resigns", "appoints", "IPO",
)  # fmt: skip
#: Title words of pieces that are not news of the day however big their subject: guides,
#: tips, columns and roundups (``assess.feature_words``).
FEATURE_WORDS: tuple[str, ...] = (
    "教程", "指南", "技巧", "玩法", "入门", "保姆级", "手把手", "怎么选", "周报", "书单",
    "面试题", "weekly", "daily", "tips", "how to", "tutorial", "guide",
)  # fmt: skip


def _unique(what: str, names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"{what}: {name!r} appears twice; each must be unique")
        seen.add(name)


class EmbedSettings(ConfigModel):
    """Where item vectors come from: the bundled encoder, or an embeddings API."""

    kind: Literal["use", "openai"] = "use"
    base_url: HttpUrl | None = Field(None, description="for kind openai: e.g. .../v1")
    model: str = "text-embedding-3-small"
    api_key: str | None = None
    batch: int = Field(64, ge=1, le=2048)

    @model_validator(mode="after")
    def _needs_url(self) -> EmbedSettings:
        if self.kind == "openai" and not self.base_url:
            raise ValueError(
                "base_url is required when kind is 'openai' (e.g. https://api.openai.com/v1)"
            )
        return self


class GroupSettings(ConfigModel):
    """How items become stories."""

    window_days: float = Field(3, gt=0, le=30, description="stories stay open this long")
    threshold: float = Field(
        0.5, gt=0, lt=1, description="least mean probability of one event for clusters to join"
    )
    neighbours: int = Field(20, ge=1, le=200)
    profile_size: int = Field(10, ge=1, le=100)
    profile_floor: float = Field(0.2, ge=0, lt=1)
    duplicate_threshold: float = Field(0.85, gt=0, le=1, description="share contained")


class CategoryConfig(ConfigModel):
    """One category of the taxonomy."""

    key: Slug
    zh: str
    en: str
    description: str = Field(description="what belongs here, in words; the classifier reads it")
    keywords: list[str] = Field([], description="a title or text naming one leans this way")
    sources: list[str] = Field([], description="source ids, tags or kinds that lean this way")


def _default_categories() -> list[CategoryConfig]:
    from importlib import resources

    text = resources.files("newsdesk").joinpath("desk/taxonomy.yaml").read_text(encoding="utf-8")
    return [CategoryConfig.model_validate(c) for c in yaml.safe_load(text)]


class ImportanceWeights(ConfigModel):
    """How much each signal adds to a story's importance (each signal is in [0, 1])."""

    sources: float = Field(0.30, ge=0, le=10)
    domains: float = Field(0.10, ge=0, le=10)
    authority: float = Field(0.15, ge=0, le=10)
    recency: float = Field(0.15, ge=0, le=10)
    engagement: float = Field(0.15, ge=0, le=10)
    names: float = Field(0.15, ge=0, le=10)
    event: float = Field(0.15, ge=0, le=10)


class AssessSettings(ConfigModel):
    """How stories are judged: AI relevance, category and importance."""

    relevance_threshold: float = Field(0.5, ge=0, le=1)
    categories: list[CategoryConfig] = Field(default_factory=_default_categories)
    major_names: list[str] = Field(
        default_factory=lambda: list(MAJOR_NAMES),
        description="organisations and models that make a story matter more",
    )
    event_words: list[str] = Field(
        default_factory=lambda: list(EVENT_WORDS),
        description="title words that report a release, launch, deal, move or incident",
    )
    feature_words: list[str] = Field(
        default_factory=lambda: list(FEATURE_WORDS),
        description="title words of guides, tips, columns and roundups (not events)",
    )
    importance: ImportanceWeights = ImportanceWeights()
    recency_half_life_hours: float = Field(24, gt=0, le=8760)
    novelty_factor: float = Field(
        0.2, ge=0, le=1, description="importance kept by a story already published unchanged"
    )

    @model_validator(mode="after")
    def _unique_keys(self) -> AssessSettings:
        if not self.categories:
            raise ValueError("categories: give at least one category")
        _unique("categories", [c.key for c in self.categories])
        return self


class SelectSettings(ConfigModel):
    """How a digest picks its stories from the ranked ones."""

    lead: int = Field(12, ge=0, le=100)
    more: int = Field(10, ge=0, le=200)
    min_relevance: float | None = Field(None, ge=0, le=1, description="default: assess's")
    max_per_category: int | None = Field(None, ge=1, le=100, description="default: a third of lead")
    diversity: float = Field(
        0.1, ge=0, le=1, description="MMR weight of unlikeness; breaks near-ties, 0 = off"
    )
    quotas: dict[str, Annotated[int, Field(ge=1, le=100)]] = Field(
        {}, description="category key -> lead slots its best stories take at any rank"
    )

    @model_validator(mode="after")
    def _quotas_fit(self) -> SelectSettings:
        if sum(self.quotas.values()) > self.lead:
            raise ValueError(
                f"quotas reserve {sum(self.quotas.values())} lead slots but lead is "
                f"{self.lead}: lower a quota or raise lead"
            )
        return self


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
    concurrency: int = Field(4, ge=1, le=64)
    max_tokens: int = Field(2000, ge=16, le=1_000_000, description="reply limit per call")
    budget_tokens: int | None = Field(None, ge=1, le=10**12, description="tokens in + out per run")
    json_mode: bool = Field(True, description="ask for response_format json_object")
    prices: dict[str, ModelPrice] = Field({}, description="model -> price per 1M tokens")
    currency: str = Field("USD", description="what prices are in, for the summary")


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


class OutputSettings(ConfigModel):
    """Where written digests go (relative paths are from the config file's folder)."""

    dir: str = Field("output", description="each digest writes <dir>/<name>/<date>/")


def _default_insight_headings() -> dict[str, list[str]]:
    return {
        "AI技术底座": ["models", "open_source", "papers", "compute"],
        "行业动态": ["products", "robotics", "voices", "policy"],
        "产业商业": ["business"],
    }


class CoverSettings(ConfigModel):
    """The day's cover image."""

    enabled: bool = True
    width: int = Field(1200, ge=300, le=4000)
    height: int = Field(630, ge=200, le=4000)
    font: str | None = Field(None, description="a CJK font file; default: fonts-noto-cjk")
    font_bold: str | None = Field(None, description="its bold; default: the same as font")


class RenderSettings(ConfigModel):
    """How digests become Markdown (see ``newsdesk.render``)."""

    templates: str | None = Field(
        None, description="a folder whose <style>.md.j2 files replace the built-in ones"
    )
    footer: str = Field("", description="Markdown or HTML after the digest (e.g. a group card)")
    unavailable_footer: str = Field(
        "",
        description="a line naming the digest's sources that failed or went stale that day, "
        "with {sources} where the names go (empty: none)",
    )
    cover_base_url: str = Field(
        "", description="coverImage is this + <name>/<date>/cover.png; empty: cover.png"
    )
    cover: CoverSettings = CoverSettings()
    insight_headings: dict[str, list[str]] = Field(
        default_factory=_default_insight_headings,
        description="insight style: heading -> the category keys filed under it, in order",
    )


class SiteSettings(ConfigModel):
    """The static HTML archive ``newsdesk site`` builds."""

    dir: str = Field("site", description="where the site is written (relative: to the config)")
    base_url: str | None = Field(
        None,
        description="where it is served; feeds and messages link there (unset: no page links, "
        "feeds point at http://localhost:8000/)",
    )
    title: str = Field("", description="default: the first digest's title")
    description: str = "AI news, every story with its sources"
    language: Literal["zh", "en"] | None = Field(None, description="default: the first digest's")


class VerifySettings(ConfigModel):
    """What happens to a claim the sources do not support."""

    policy: Literal["repair", "drop"] = Field(
        "repair", description="repair: one LLM rewrite, then drop what is still unsupported"
    )


class ChannelBase(ConfigModel):
    """What every channel has; each channel's model adds its own keys (``publish/``)."""

    id: Slug = Field(description="names the channel in publish --channel and the records")
    enabled: bool = True
    kind: str = Field(description="a registered channel; its model reads the rest")

    @property
    def markdown_style(self) -> str:
        """A style the channel posts besides the digest's own ("": none of its own)."""
        return ""


#: The config model of each channel kind, registered by the channel's module.
CHANNEL_MODELS: Registry[ChannelBase] = Registry("channel", "newsdesk.publish")
#: A configured channel, read as its kind's model.
ChannelConfig = Annotated[ChannelBase, CHANNEL_MODELS]


def check_placeholders(value: str, allowed: tuple[str, ...]) -> str:
    """A pattern may use only these {placeholders}; a typo fails when the config loads."""
    for _, field, _, _ in string.Formatter().parse(value):
        if field is not None and field not in allowed:
            names = ", ".join("{" + a + "}" for a in allowed)
            raise ValueError(f"unknown placeholder {{{field}}}: use {names}")
    return value


class DigestConfig(ConfigModel):
    """One edition configured over the shared sources (e.g. Chinese and English)."""

    model_config = ConfigDict(defer_build=True)  # until the channels have registered

    name: Slug
    title: str
    language: Literal["zh", "en"] = "zh"
    timezone: TimeZoneName = "Asia/Shanghai"
    style: str = Field(
        "ribao", description="ribao / insight / brief, or a template of render.templates"
    )
    styles: list[str] = Field([], description="more styles to render the same digest in")
    category: str = Field("", description="front matter category; default: the title")
    tags: list[str] = Field([], description="front matter tags before the day's own")
    seo: list[str] = Field([], description="SEO keywords before the day's own")
    sources: list[str] = Field([], description="source ids or tags; empty = all sources")
    select: SelectSettings = SelectSettings()
    verify: VerifySettings = VerifySettings()
    publish: list[ChannelConfig] = Field([], description="where each edition goes")
    review: Literal["none", "required"] = Field(
        "none", description="required: nothing is published until an editor approves"
    )


class Config(ConfigModel):
    """The whole newsdesk.yaml."""

    model_config = ConfigDict(defer_build=True)  # until the kinds have registered

    timezone: TimeZoneName = "Asia/Shanghai"
    store: StoreSettings = StoreSettings()
    fetch: FetchSettings = FetchSettings()
    fulltext: FulltextSettings = FulltextSettings()
    rsshub: RSSHubSettings = RSSHubSettings()
    embed: EmbedSettings = EmbedSettings()
    group: GroupSettings = GroupSettings()
    assess: AssessSettings = AssessSettings()
    llm: LLMSettings = LLMSettings()
    write: WriteSettings = WriteSettings()
    output: OutputSettings = OutputSettings()
    render: RenderSettings = RenderSettings()
    site: SiteSettings = SiteSettings()
    health: HealthSettings = HealthSettings()
    sources: list[SourceConfig] = []
    digests: list[DigestConfig] = []

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)

    @model_validator(mode="after")
    def _check_references(self) -> Config:
        _unique("sources", [s.id for s in self.sources])
        _unique("digests", [d.name for d in self.digests])
        known = {s.id for s in self.sources} | {t for s in self.sources for t in s.tags}
        for digest in self.digests:
            for ref in digest.sources:
                if ref not in known:
                    raise ValueError(f"digest {digest.name!r} names unknown source or tag {ref!r}")
            categories = {c.key for c in self.assess.categories}
            for key in digest.select.quotas:
                if key not in categories:
                    raise ValueError(
                        f"digest {digest.name!r}: select.quotas names unknown category {key!r}; "
                        f"use one of {', '.join(sorted(categories))}"
                    )
        return self

    @property
    def base_dir(self) -> Path:
        """The folder of the config file; relative paths in it are resolved from here."""
        return self._base_dir

    def select_sources(
        self, selectors: list[str] | None = None, *, enabled_only: bool = True
    ) -> list[SourceConfig]:
        """Sources in file order, optionally only those with these ids or tags.

        Raises ConfigError naming a selector that matches no source (or only disabled ones).
        """
        pool = [s for s in self.sources if s.enabled or not enabled_only]
        if not selectors:
            return pool
        for selector in selectors:
            if not any(selector == s.id or selector in s.tags for s in pool):
                known = any(selector == s.id or selector in s.tags for s in self.sources)
                hint = "is disabled (enabled: false)" if known else "is not a source id or tag"
                raise ConfigError(f"--source {selector!r} {hint}. `newsdesk sources` lists them.")
        wanted = set(selectors)
        return [s for s in pool if s.id in wanted or wanted & set(s.tags)]

    def source(self, source_id: str) -> SourceConfig:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise ConfigError(f"No source {source_id!r} in the config. `newsdesk sources` lists them.")

    def digest(self, name: str) -> DigestConfig:
        for digest in self.digests:
            if digest.name == name:
                return digest
        known = ", ".join(d.name for d in self.digests) or "none configured"
        raise ConfigError(f"No digest {name!r} in the config (digests: {known}).")

    def store_url(self) -> str:
        """The store URL with a relative SQLite path made relative to the config file."""
        return resolve_store_url(self.store.url, self._base_dir)


def resolve_store_url(value: str, base_dir: Path) -> str:
    """Accept a plain path or a SQLAlchemy URL; relative SQLite paths go under base_dir."""
    if "://" not in value:
        return f"sqlite:///{(base_dir / value).resolve()}"
    prefix = "sqlite:///"
    if value.startswith(prefix) and not value.startswith(prefix + "/"):
        rest = value[len(prefix) :]
        if rest and rest != ":memory:":
            return prefix + str((base_dir / rest).resolve())
    return value


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def interpolate_env(data: Any, env: Mapping[str, str], path: str = "") -> Any:
    """Replace ``${VAR}`` / ``${VAR:-default}`` in every string of the parsed YAML."""
    if isinstance(data, dict):
        return {k: interpolate_env(v, env, _join(path, str(k))) for k, v in data.items()}
    if isinstance(data, list):
        return [interpolate_env(v, env, f"{path}[{i}]") for i, v in enumerate(data)]
    if not isinstance(data, str):
        return data

    def substitute(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        raise ConfigError(
            f"{path}: environment variable {name} is not set. "
            f"Export it (export {name}=...) or write ${{{name}:-default}}."
        )

    return _ENV_REF.sub(substitute, data)


def apply_env_overrides(data: dict[str, Any], env: Mapping[str, str]) -> dict[str, Any]:
    """Apply ``NEWSDESK_SECTION__KEY=value`` (and ``NEWSDESK_TIMEZONE``) as YAML scalars."""
    for name, raw in sorted(env.items()):
        if not name.startswith(ENV_PREFIX):
            continue
        keys = [k.lower() for k in name[len(ENV_PREFIX) :].split("__")]
        if len(keys) == 1 and keys[0] not in _TOP_LEVEL_SCALARS:
            continue  # NEWSDESK_CONFIG, NEWSDESK_DB and the like belong to the CLI
        node = data
        for key in keys[:-1]:
            child = node.setdefault(key, {})
            if not isinstance(child, dict):
                raise ConfigError(f"{name}: {key!r} is not a section, so it cannot be overridden")
            node = child
        node[keys[-1]] = yaml.safe_load(raw) if raw else raw
    return data


_TOP_LEVEL_SCALARS = frozenset({"timezone"})


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _location(loc: tuple[int | str, ...]) -> str:
    """('sources', 3, 'feed', 'url') -> 'sources[3].url' (the union's tag is dropped)."""
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _is_tag(loc[:i], part):
            out = _join(out, part)
    return out


def _describe(error: Mapping[str, Any], data: Any) -> str:
    loc = tuple(error["loc"])
    where = _location(loc)
    kind = error["type"]
    value = error.get("input")
    message = str(error["msg"]).removeprefix("Value error, ")
    if not loc:
        return message
    if kind == "missing":
        return f"{where}: missing; this key is required"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = _lookup(data, loc[:-1])
        allowed = _allowed_keys(error, parent)
        hint = difflib.get_close_matches(key, allowed, n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
        return f"{where}: unknown key{suggestion}"
    registry = _registry_at(loc[:-1])
    if kind == "union_tag_invalid" and registry:
        tag = value.get("kind") if isinstance(value, dict) else value
        return f"{where}.kind: {tag!r} is not a {registry.what} kind; expected one of {_kinds(registry)}"  # noqa: E501
    if kind == "union_tag_not_found" and registry:
        return f"{where}.kind: missing; expected one of {_kinds(registry)}"
    if kind in _RANGE_ERRORS:
        bounds = _allowed_range(loc)
        if bounds:
            return f"{where}: {value!r} is out of range; it must be {bounds}"
    if kind == "value_error" and loc and not isinstance(value, dict | list):
        return f"{where}: {value!r} {message}"
    if isinstance(value, dict | list):
        return f"{where}: {message}"
    return f"{where}: {value!r} is wrong: {message[0].lower() + message[1:]}"


def _kinds(registry: Registry[Any]) -> str:
    return ", ".join(registry.models)


def _is_tag(loc: tuple[int | str, ...], part: str) -> bool:
    """Whether ``part`` after ``loc`` is a union's tag: ``feed`` after ('sources', 3)."""
    registry = _registry_at(loc[:-1]) if loc and isinstance(loc[-1], int) else None
    return registry is not None and part in registry.models


def _registry_at(loc: tuple[int | str, ...]) -> Registry[Any] | None:
    """The registry whose models the list at ``loc`` holds (``sources``, ``publish``)."""
    model = _model_at(loc[:-1]) if loc else None
    field = model.model_fields.get(str(loc[-1])) if model else None
    return _registry_of(field.annotation) if field else None


def _lookup(data: Any, loc: tuple[int | str, ...]) -> Any:
    node = data
    for part in loc:
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
    return node


def _allowed_keys(error: Mapping[str, Any], parent: Any) -> list[str]:
    model = _model_at(tuple(error["loc"])[:-1])
    return list(model.model_fields) if model else []


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model whose fields the key at ``loc`` holds (None: not a model's field)."""
    model: type[BaseModel] | None = Config
    registry: Registry[Any] | None = None
    keyed = False
    for part in loc:
        if isinstance(part, int) or keyed:
            keyed = False  # a list index or a mapping's key (a host name)
            continue
        if registry is not None:  # the union's tag: the kind's model holds what follows
            model, registry = registry.models.get(str(part)), None
            continue
        field = model.model_fields.get(str(part)) if model else None
        if field is None:
            return None
        annotation = field.annotation
        registry = _registry_of(annotation)
        inner = [a for a in get_args(annotation) if isinstance(a, type)]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
        else:
            # list[CategoryConfig], dict[str, HostLimits]: the models they hold.
            models = [a for a in inner if issubclass(a, BaseModel)]
            if models:
                model = models[0]
                keyed = get_origin(annotation) is dict
    return model


def _registry_of(annotation: Any) -> Registry[Any] | None:
    """The registry of ``list[SourceConfig]`` and ``list[ChannelConfig]``, else None."""
    for arg in get_args(annotation):
        for meta in getattr(arg, "__metadata__", ()):
            if isinstance(meta, Registry):
                return meta
    return None


_RANGE_ERRORS = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})


def _allowed_range(loc: tuple[int | str, ...]) -> str | None:
    """'at least 0 and at most 60' from a numeric field's bounds, for range errors."""
    model = _model_at(loc[:-1])
    field = model.model_fields.get(str(loc[-1])) if model else None
    if field is None:
        return None
    words = {"ge": "at least", "gt": "more than", "le": "at most", "lt": "less than"}
    bounds = [
        f"{words[name]} {_number(getattr(rule, name))}"
        for rule in field.metadata
        for name in words
        if getattr(rule, name, None) is not None
    ]
    return " and ".join(bounds) or None


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping.

    Plain YAML lets the last one win silently: a second ``sources: []`` dropped every
    source with no word.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # keys merged in with << may be overridden; that is their use
            key = self.construct_object(key_node, deep=deep)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key; the base class says so
                break
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"the key {key!r} is given twice (first at line {first.start_mark.line + 1});"
                    " remove or merge one of them",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


def parse_config(
    text: str, *, base_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> Config:
    """Validate YAML text; raise :class:`ConfigError` listing every wrong key."""
    env = os.environ if env is None else env
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader) or {}  # a SafeLoader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"The config is not valid YAML{where}: {problem}") from err
    if not isinstance(data, dict):
        raise ConfigError("The config must be a mapping of settings (key: value), not a list.")
    data = apply_env_overrides(interpolate_env(data, env), env)
    try:
        config = Config.model_validate(data)
    except ValidationError as err:
        problems = [_describe(e, data) for e in err.errors()]
        raise ConfigError("The config has errors:", problems) from err
    config._base_dir = (base_dir or Path.cwd()).resolve()
    return config


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a config file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"No config file at {path}. Run `newsdesk init` to write a starter "
            "newsdesk.yaml, or pass --config PATH."
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"Cannot read the config file {path}: {err}") from err
    try:
        return parse_config(text, base_dir=path.parent, env=env)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err.args[0]}", err.problems) from err
