"""Digests as HTML (feeds' content, the site's pages, e-mail), autoescaped.

Every piece of text came from a feed or a model, so Jinja2 escapes all of it and links
pass :func:`safe_url`: a feed holding ``<script>`` or a ``javascript:`` link shows it as
text or drops the link, never runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import jinja2

from newsdesk.model import Digest


@dataclass(frozen=True, slots=True)
class Words:
    """The fixed words of a page, per language."""

    insights: str
    impact: str
    sources: str
    more: str
    search: str
    categories: str
    tags: str
    archive: str
    no_results: str
    theme: str


WORDS = {
    "zh": Words(
        "深度解读 & 洞察：", "影响：", "来源", "更多动态", "搜索标题或内容", "分类", "标签",
        "往期", "没有找到", "深色 / 浅色",
    ),
    "en": Words(
        "Why it matters:", "Impact: ", "Sources", "More news", "Search titles and text",
        "Categories", "Tags", "Archive", "Nothing found", "Dark / light",
    ),
}  # fmt: skip


def safe_url(value: str) -> str:
    """http(s) and relative links as they are; anything else (javascript:, data:) is ""."""
    parts = urlsplit(value.strip())
    if parts.scheme.lower() in ("http", "https"):
        return value.strip()
    if not parts.scheme and not parts.netloc:
        return value.strip()
    return ""


def html_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsdesk.render", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["safe_url"] = safe_url
    return env


_ENV = html_environment()


def words_for(language: str) -> Words:
    return WORDS.get(language, WORDS["en"])


def digest_html(digest: Digest, cover: str = "") -> str:
    """The digest's body as an HTML fragment (no page around it)."""
    template = _ENV.get_template("digest.html.j2")
    return template.render(digest=digest, cover=cover, words=words_for(digest.language))
