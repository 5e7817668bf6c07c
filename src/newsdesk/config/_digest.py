"""``digests`` and the whole file: :class:`Config` and what it checks across sections."""

from __future__ import annotations

import difflib
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, PrivateAttr, ValidationInfo, model_validator

from newsdesk._command import command
from newsdesk.config._base import ConfigModel, Slug, TimeZoneName, check_unique
from newsdesk.config._channels import ChannelConfig
from newsdesk.config._desk import AssessSettings, EmbedSettings, GroupSettings, SelectSettings
from newsdesk.config._editor import LLMSettings, VerifySettings, WriteSettings
from newsdesk.config._execution import ExecutionSettings
from newsdesk.config._fetch import FetchSettings, FulltextSettings, HealthSettings, RSSHubSettings
from newsdesk.config._render import OutputSettings, RenderSettings, SiteSettings
from newsdesk.config._schedule import CronSchedule, Duration, parse_duration
from newsdesk.config._server import ServerSettings
from newsdesk.config._sources import SourceConfig
from newsdesk.config._store import StoreSettings, resolve_store_url
from newsdesk.exceptions import ConfigError

#: The validation context's key that is true when a source's ``tags`` name a variable
#: not set (``_load.py``): a digest may then name a tag no source has yet.
TAGS_WAIT = "tags_wait"


class DigestConfig(ConfigModel):
    """One edition configured over the shared sources (e.g. Chinese and English)."""

    model_config = ConfigDict(defer_build=True)  # until the channels have registered

    name: Slug
    title: str
    language: Literal["zh", "en"] = "zh"
    timezone: TimeZoneName = "Asia/Shanghai"
    style: str = Field(
        "ribao",
        description="ribao / insight / brief, or a template of render.templates; "
        "default: ribao for a Chinese digest, brief for an English one",
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
    schedule: CronSchedule | None = Field(
        None, description='cron in the digest\'s timezone: "30 22 * * *" runs its day at 22:30'
    )
    auto_publish_after: Duration | None = Field(
        None, description="with review: required, publish a scheduled draft nobody acted on"
    )
    alerts: list[Slug] | None = Field(
        None, description="channel ids for alerts; default: every one of alert_channels"
    )

    @model_validator(mode="before")
    @classmethod
    def _style_of_its_language(cls, data: object) -> object:
        """An English digest with no ``style`` is rendered as the English daily: the
        ribao style's headings (深度解读 & 洞察, 更多动态) are Chinese."""
        if isinstance(data, dict) and "style" not in data and data.get("language") == "en":
            return {**data, "style": "brief"}
        return data

    @model_validator(mode="after")
    def _check_schedule(self) -> DigestConfig:
        if self.auto_publish_after is not None:
            if self.review != "required":
                raise ValueError(
                    f"digest {self.name!r}: auto_publish_after publishes a draft nobody "
                    "reviewed, so it needs review: required (with review: none every run "
                    "publishes at once); remove it or set review: required"
                )
            if self.schedule is None:
                raise ValueError(
                    f"digest {self.name!r}: auto_publish_after applies to the drafts of "
                    'scheduled runs; set a schedule too, e.g. schedule: "30 22 * * *"'
                )
        return self

    @property
    def grace(self) -> timedelta | None:
        """``auto_publish_after`` as a duration (None when not set)."""
        return parse_duration(self.auto_publish_after) if self.auto_publish_after else None


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
    execution: ExecutionSettings = ExecutionSettings()
    sources: list[SourceConfig] = Field([])
    digests: list[DigestConfig] = Field([])
    alert_channels: list[ChannelConfig] = Field(
        [], description="where scheduled runs' failures and drafts to review are posted"
    )

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _path: Path | None = PrivateAttr(default=None)
    _stamp: tuple[int, int, int] | None = PrivateAttr(default=None)
    _unset_env: dict[str, str] = PrivateAttr(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _digests_take_the_zone(cls, data: object) -> object:
        """A digest without a ``timezone`` of its own takes the file's: the day the
        stories are chosen from and the day the digest is dated, scheduled and shown in
        are then one."""
        if not isinstance(data, dict) or "timezone" not in data:
            return data
        digests = data.get("digests")
        if not isinstance(digests, list):
            return data
        zone = data["timezone"]
        taken = [
            {**d, "timezone": zone} if isinstance(d, dict) and "timezone" not in d else d
            for d in digests
        ]
        return {**data, "digests": taken}

    @model_validator(mode="after")
    def _check_references(self, info: ValidationInfo) -> Config:
        check_unique("sources", [s.id for s in self.sources])
        check_unique("digests", [d.name for d in self.digests])
        check_unique("alert_channels", [c.id for c in self.alert_channels])
        for n, channel in enumerate(self.alert_channels):
            if not channel.carries_alerts:
                raise ValueError(
                    f"alert_channels[{n}]: a {channel.kind!r} channel cannot carry an alert; "
                    "use a chat webhook (feishu, dingtalk, wecom, slack, discord), telegram "
                    "or email"
                )
        known = {s.id for s in self.sources} | {t for s in self.sources for t in s.tags}
        # A source whose tags wait for a variable not set may carry a tag no other has:
        # the digest naming it goes without that source until it is set (select says so).
        # A name close to a known one is still a typo, whatever waits.
        tags_wait = bool((info.context or {}).get(TAGS_WAIT))
        for digest in self.digests:
            for ref in digest.sources:
                if ref in known:
                    continue
                near = difflib.get_close_matches(ref, sorted(known), n=1)
                if tags_wait and not near:
                    continue
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                raise ValueError(
                    f"digest {digest.name!r} names unknown source or tag {ref!r}{hint}"
                )
            self._check_alerts(digest)
            categories = {c.key for c in self.assess.categories}
            for key in digest.select.quotas:
                if key not in categories:
                    raise ValueError(
                        f"digest {digest.name!r}: select.quotas names unknown category {key!r}; "
                        f"use one of {', '.join(sorted(categories))}"
                    )
        return self

    def _check_alerts(self, digest: DigestConfig) -> None:
        """A digest's ``alerts`` name its own channels or ``alert_channels`` that can carry
        an alert, and no id names both."""
        own = {c.id: c for c in digest.publish}
        shared = {c.id: c for c in self.alert_channels}
        for channel_id in digest.alerts or ():
            if channel_id in own and channel_id in shared:
                raise ValueError(
                    f"digest {digest.name!r}: alerts names {channel_id!r}, which is both one "
                    "of its publish channels and one of alert_channels; rename one of them"
                )
            channel = own.get(channel_id) or shared.get(channel_id)
            if channel is None:
                known = ", ".join([*own, *shared]) or "none configured"
                raise ValueError(
                    f"digest {digest.name!r}: alerts names unknown channel {channel_id!r}; "
                    f"name one of its publish channels or of alert_channels ({known})"
                )
            if not channel.carries_alerts:
                raise ValueError(
                    f"digest {digest.name!r}: alerts names {channel_id!r}, a {channel.kind!r} "
                    "channel, which cannot carry an alert; use a chat webhook, telegram or "
                    "email channel"
                )

    def alert_channels_of(self, digest: DigestConfig) -> list[ChannelConfig]:
        """The channels a digest's alerts go to: those its ``alerts`` names (its own or of
        ``alert_channels``), or every one of ``alert_channels`` when it names none."""
        if digest.alerts is None:
            return list(self.alert_channels)
        channels = {c.id: c for c in [*self.alert_channels, *digest.publish]}
        return [channels[channel_id] for channel_id in digest.alerts]

    @property
    def base_dir(self) -> Path:
        """The folder of the config file; relative paths in it are resolved from here."""
        return self._base_dir

    @property
    def path(self) -> Path | None:
        """The file this config was read from (None: made in code, or from text)."""
        return self._path

    @property
    def stamp(self) -> tuple[int, int, int] | None:
        """The file's inode, size and change time when it was read: another process
        that rewrites it changes them (None: not read from a file)."""
        return self._stamp

    @property
    def unset_env(self) -> dict[str, str]:
        """The variables a source or channel names that were not set when the file was
        read (the key's path: the variable); that source or channel fails when used."""
        return dict(self._unset_env)

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
                raise ConfigError(
                    f"--source {selector!r} {hint}. `{command()} sources` lists them."
                )
        wanted = set(selectors)
        return [s for s in pool if s.id in wanted or wanted & set(s.tags)]

    def source(self, source_id: str) -> SourceConfig:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise ConfigError(
            f"No source {source_id!r} in the config. `{command()} sources` lists them."
        )

    def digest(self, name: str) -> DigestConfig:
        for digest in self.digests:
            if digest.name == name:
                return digest
        known = ", ".join(d.name for d in self.digests) or "none configured"
        raise ConfigError(f"No digest {name!r} in the config (digests: {known}).")

    def store_url(self) -> str:
        """The store URL with a relative SQLite path made relative to the config file."""
        return resolve_store_url(self.store.url, self._base_dir)
