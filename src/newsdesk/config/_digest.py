"""``digests`` and the whole file: :class:`Config` and what it checks across sections."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, PrivateAttr, model_validator

from newsdesk.config._base import ConfigModel, Slug, TimeZoneName, check_unique
from newsdesk.config._channels import ChannelConfig
from newsdesk.config._desk import AssessSettings, EmbedSettings, GroupSettings, SelectSettings
from newsdesk.config._editor import LLMSettings, VerifySettings, WriteSettings
from newsdesk.config._fetch import FetchSettings, FulltextSettings, HealthSettings, RSSHubSettings
from newsdesk.config._render import OutputSettings, RenderSettings, SiteSettings
from newsdesk.config._server import ServerSettings
from newsdesk.config._sources import SourceConfig
from newsdesk.config._store import StoreSettings, resolve_store_url
from newsdesk.exceptions import ConfigError


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
    server: ServerSettings = ServerSettings()
    sources: list[SourceConfig] = Field([])
    digests: list[DigestConfig] = Field([])

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)

    @model_validator(mode="after")
    def _check_references(self) -> Config:
        check_unique("sources", [s.id for s in self.sources])
        check_unique("digests", [d.name for d in self.digests])
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
