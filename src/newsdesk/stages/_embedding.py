"""The embedder a run uses, and the taxonomy embedded with it."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from newsdesk.config import Config, EmbedSettings
from newsdesk.desk import (
    Embedder,
    OpenAIEmbedder,
    Taxonomy,
    UniversalSentenceEncoder,
    build_taxonomy,
)


def make_embedder(settings: EmbedSettings) -> Embedder:
    """The configured embedder (the bundled encoder unless ``embed.kind`` says otherwise)."""
    if settings.kind == "openai":
        assert settings.base_url is not None
        return OpenAIEmbedder(
            settings.base_url, settings.model, settings.api_key or None, batch=settings.batch
        )
    return _bundled_encoder(settings.precision)


@lru_cache(maxsize=2)
def _bundled_encoder(precision: Literal["float", "int8"]) -> UniversalSentenceEncoder:
    return UniversalSentenceEncoder(precision=precision)


_TAXONOMIES: dict[tuple[str, str], Taxonomy] = {}


def taxonomy(config: Config, embedder: Embedder) -> Taxonomy:
    """The embedded taxonomy, made once per process for each set of categories."""
    key = (embedder.name, repr([c.model_dump() for c in config.assess.categories]))
    if key not in _TAXONOMIES:
        _TAXONOMIES[key] = build_taxonomy(config.assess.categories, embedder)
    return _TAXONOMIES[key]
