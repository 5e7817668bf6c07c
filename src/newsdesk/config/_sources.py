"""``sources``: what every source has, and the registry of source kinds."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, PrivateAttr

from newsdesk.config._base import ConfigModel, Language, Slug, TimeZoneName
from newsdesk.config._registry import Registry

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


class SourceBase(ConfigModel):
    """What every source has; each kind's model adds its own keys (``collect/kinds/``)."""

    id: Slug
    name: str = Field("", max_length=200)
    #: The keys the file writes with a ${VAR}, as written: what is shown of them, as the
    #: variable may hold a secret (a private feed's key in its url).
    _written: dict[str, str] = PrivateAttr(default_factory=dict)
    #: What each ${VAR} its keys name held when the file was read (``${VAR}``: value),
    #: to be put back as written wherever an address or an error is shown or stored.
    _secrets: dict[str, str] = PrivateAttr(default_factory=dict)
    enabled: bool = True
    language: Language = "auto"
    weight: float = Field(1.0, ge=0, le=10)
    tags: list[str] = Field([])
    timezone: TimeZoneName | None = None
    fulltext: bool = False
    keywords: list[str] = Field([])
    headers: dict[str, str] = Field({})
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
