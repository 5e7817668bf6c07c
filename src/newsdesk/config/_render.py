"""``output``, ``render`` and ``site``: how digests become files and pages."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsdesk.config._base import ConfigModel


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
