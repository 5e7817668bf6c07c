"""Digests as HTML (feeds' content, the site's pages, e-mail), autoescaped.

Every piece of text came from a feed or a model, so Jinja2 escapes all of it and links
pass :func:`safe_url`: a feed holding ``<script>`` or a ``javascript:`` link shows it as
text or drops the link, never runs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import jinja2

from newsdesk.model import Digest, DigestEntry


@dataclass(frozen=True, slots=True)
class Words:
    """The fixed words of a page, per language."""

    insights: str
    #: The heading of an entry's points when they are details the offline editor took
    #: from the reports, not analysis (``DigestEntry.extracted``).
    details: str
    #: The same when one outlet told the story (``DigestEntry.one_outlet``), or they all
    #: come from the report the headline links to (``DigestEntry.from_its_link``).
    details_one: str
    impact: str
    sources: str
    more: str
    search: str
    categories: str
    tags: str
    archive: str
    no_results: str
    theme: str
    #: The link to the digest's page from a message.
    full: str
    #: After a word that a list or a value follows ("来源：", "Tags: ").
    colon: str
    #: Between two sentences on one line (none after "。").
    between: str
    #: Over a story's list of links: how many reports it holds, each outlet's every one,
    #: so that it reads apart from the record's count of sources ("来自 6 个来源").
    reports: str
    #: The same for one report.
    report_one: str
    #: Before a story's links on one line (the brief's "Links: [Compute Wire](…), …"):
    #: not "Sources", after a record that counts its sources ("From 6 sources: …") and
    #: names fewer than its links, an outlet's second report and a repost included.
    links: str


WORDS = {
    "zh": Words(
        "深度解读 & 洞察：", "另据报道：", "报道还提到：", "影响：", "来源", "更多动态",
        "搜索标题或内容", "分类", "标签", "往期", "没有找到", "深色 / 浅色", "全文与来源", "：", "",
        "{count} 篇报道", "1 篇报道", "报道链接",
    ),
    "en": Words(
        "Why it matters:", "Also reported:", "The report also says:", "Impact: ", "Sources",
        "More news", "Search titles and text", "Categories", "Tags", "Archive", "Nothing found",
        "Dark / light", "Full digest and sources", ": ", " ",
        "{count} reports", "1 report", "Links",
    ),
}  # fmt: skip


def points_heading(entry: DigestEntry, words: Words) -> str:
    """The heading over an entry's points: analysis, or the details taken from its
    reports (from its one report, when one outlet told it or all come from the report
    its headline links to)."""
    if not entry.extracted:
        return words.insights
    return words.details_one if entry.one_outlet or entry.from_its_link else words.details


def reports_label(entry: DigestEntry, words: Words) -> str:
    """The summary over an entry's links: its reports counted as reports."""
    count = len(entry.sources)
    return words.report_one if count == 1 else words.reports.format(count=count)


def safe_url(value: str) -> str:
    """http(s) and relative links as they are; anything else (javascript:, data:) is ""."""
    parts = urlsplit(value.strip())
    if parts.scheme.lower() in ("http", "https"):
        return value.strip()
    if not parts.scheme and not parts.netloc:
        return value.strip()
    return ""


#: What stays as it is in a link target; anything else that could end a link in
#: Markdown or chat markup (spaces, brackets, quotes) is percent-encoded.
_URL_SAFE = "/:?#@!$&'*+,;=%~-._"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def web_link(value: str) -> str:
    """An absolute http(s) link target that cannot end its link early; "" otherwise."""
    value = value.strip()
    if not value.lower().startswith(("http://", "https://")) or _CONTROL.search(value):
        return ""
    return quote(value, safe=_URL_SAFE)


def html_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsdesk.render", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["safe_url"] = safe_url
    env.globals["points_heading"] = points_heading
    env.globals["reports_label"] = reports_label
    return env


_ENV = html_environment()


def words_for(language: str) -> Words:
    return WORDS.get(language, WORDS["en"])


def digest_html(digest: Digest, cover: str = "") -> str:
    """The digest's body as an HTML fragment (no page around it)."""
    template = _ENV.get_template("digest.html.j2")
    return template.render(digest=digest, cover=cover, words=words_for(digest.language))
