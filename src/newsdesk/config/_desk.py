"""``embed``, ``group``, ``assess`` and a digest's ``select``: how items become ranked stories."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from newsdesk._tables import load_table
from newsdesk.config._base import ConfigModel, HttpUrl, Slug, check_unique

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


class EmbedSettings(ConfigModel):
    """Where item vectors come from: the bundled encoder, or an embeddings API."""

    kind: Literal["use", "openai"] = "use"
    base_url: HttpUrl | None = Field(None, description="for kind openai: e.g. .../v1")
    model: str = "text-embedding-3-small"
    api_key: str | None = None
    batch: int = Field(64, ge=1, le=2048)
    precision: Literal["float", "int8"] = Field(
        "float",
        description="for kind use: float, or int8 (a fifth faster, vectors within cosine 0.9998)",
    )

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
    return [CategoryConfig.model_validate(c) for c in load_table(text)]


class ImportanceWeights(ConfigModel):
    """How much each signal adds to a story's importance (each signal is in [0, 1])."""

    sources: float = Field(0.30, ge=0, le=10)
    domains: float = Field(0.10, ge=0, le=10)
    authority: float = Field(0.15, ge=0, le=10)
    recency: float = Field(0.15, ge=0, le=10)
    engagement: float = Field(0.15, ge=0, le=10)
    names: float = Field(0.15, ge=0, le=10)
    size: float = Field(0.15, ge=0, le=10)
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
        check_unique("categories", [c.key for c in self.categories])
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
