"""Digests as Markdown, in the styles users publish today (Jinja2 templates).

``ribao`` is the "AI 日报" blog post (front matter, themed sections, linked headlines,
"深度解读 & 洞察", "更多动态"), ``insight`` the "AI洞察日报" day (three fixed headings,
bold titles and key terms), ``brief`` an English daily in the same spirit.  A folder in
``render.templates`` holding ``<style>.md.j2`` replaces a built-in template or adds a
style.  Text that came from feeds is escaped so it cannot open HTML, break a link, format
itself or run as a shortcode, Liquid or Nunjucks tag in the Hugo, Jekyll or Hexo site the
post goes to (those engines read the file before Markdown does, so an entity is the only
escape all of them leave alone).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2

from newsdesk.config import Config, DigestConfig, RenderSettings
from newsdesk.editor import claims_in
from newsdesk.exceptions import ConfigError
from newsdesk.model import ClaimKind, Digest, DigestEntry, MoreLine
from newsdesk.render._html import web_link

BUILT_IN_STYLES = ("ribao", "insight", "brief")
#: Feed characters written as entities or escapes every Markdown reads as the character:
#: HTML, backslashes (which would undo the escapes), link brackets, the braces every
#: template delimiter needs (``{{% %}}``, ``{{< >}}``, ``{% %}``, ``{{ }}``, ``{# #}``), and
#: the code, strikethrough and emphasis markers.
_INERT = str.maketrans(
    {
        "<": "&lt;",
        ">": "&gt;",
        "\\": "&#92;",
        "[": "\\[",
        "]": "\\]",
        "{": "&#123;",
        "}": "&#125;",
        "`": "&#96;",
        "~": "&#126;",
        "*": "&#42;",
    }
)
#: An ampersand that would start an entity (``&amp;`` would read as ``&``).
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: An underscore formats unless a letter or digit stands on both sides (``snake_case``).
_LOOSE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
#: What a line may start with that Markdown reads as a block once the markers above are
#: entities: a heading, a list item, a rule or a table row (CommonMark wants the space
#: after a marker).
_BLOCK_START = re.compile(r"#{1,6}(?:\s|$)|[-+]\s|[-=]{3}|\|")
_NUMBERED = re.compile(r"(\d{1,9})[.)](?=\s|$)")
_WORD_CHAR = re.compile(r"[A-Za-z0-9\-_]")


def text(value: str) -> str:
    """Feed text made inert in Markdown: no raw HTML, no brackets that open or end a
    link, no template delimiter, no emphasis or code, one line, and nothing at its start
    that Markdown reads as a block (a heading, a quote, a list, a fence, a rule)."""
    inert = _ENTITY_START.sub("&amp;", value).translate(_INERT)
    inert = _LOOSE_UNDERSCORE.sub("&#95;", inert)
    flat = " ".join(inert.split())
    numbered = _NUMBERED.match(flat)
    if numbered:  # "1. " is a list: "1\. " is the number
        return f"{numbered.group(1)}\\{flat[numbered.end(1) :]}"
    return "\\" + flat if _BLOCK_START.match(flat) else flat


def quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset YAML reads alike)."""
    return json.dumps(value, ensure_ascii=False)


def flow_list(values: Sequence[str]) -> str:
    """A YAML flow sequence of quoted strings, as the seeds write ``tags``."""
    return "[" + ",".join(quoted(v) for v in values) + "]"


def bold_terms(value: str, terms: Sequence[str], limit: int = 3) -> str:
    """The text with up to ``limit`` key terms in bold, each at its first occurrence."""
    out = text(value)
    done = 0
    for term in sorted(dict.fromkeys(t for t in terms if t), key=len, reverse=True):
        if done >= limit:
            break
        at = _whole(out, term)
        if at < 0 or "**" in out[max(0, at - 2) : at + len(term) + 2]:
            continue
        out = f"{out[:at]}**{term}**{out[at + len(term) :]}"
        done += 1
    return out


def _whole(value: str, term: str) -> int:
    """Where the term first stands on its own (a Latin term not inside a longer word)."""
    for match in re.finditer(re.escape(term), value):
        before = value[match.start() - 1 : match.start()]
        after = value[match.end() : match.end() + 1]
        if not (_WORD_CHAR.match(before) and _WORD_CHAR.match(term[0])) and not (
            _WORD_CHAR.match(after) and _WORD_CHAR.match(term[-1])
        ):
            return match.start()
    return -1


@dataclass(frozen=True, slots=True)
class InsightGroup:
    """One fixed heading of the insight style and what is filed under it."""

    heading: str
    entries: tuple[DigestEntry, ...]
    more: tuple[MoreLine, ...]


def insight_groups(digest: Digest, headings: dict[str, list[str]]) -> list[InsightGroup]:
    """Entries and one-liners under the configured headings; unlisted categories go to
    the last heading."""
    names = list(headings)
    home = {key: name for name, keys in headings.items() for key in keys}

    def heading_of(category: str) -> str:
        return home.get(category, names[-1])

    return [
        InsightGroup(
            name,
            tuple(e for e in digest.entries if heading_of(e.category) == name),
            tuple(m for m in digest.more if heading_of(m.category) == name),
        )
        for name in names
    ]


@dataclass(frozen=True, slots=True)
class Rendered:
    """One digest in one style."""

    style: str
    markdown: str


def environment(settings: RenderSettings, base_dir: Path) -> jinja2.Environment:
    """Templates from the user's folder first, then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if settings.templates:
        folder = Path(settings.templates)
        folder = folder if folder.is_absolute() else base_dir / folder
        if not folder.is_dir():
            raise ConfigError(f"render.templates: {folder} is not a folder")
        loaders.append(jinja2.FileSystemLoader(folder))
    loaders.append(jinja2.PackageLoader("newsdesk.render", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # Markdown, not HTML: the filters below escape what feeds wrote
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        text=text, url=web_link, quoted=quoted, flow_list=flow_list, bold_terms=bold_terms
    )
    return env


def render_markdown(
    digest: Digest,
    style: str,
    config: Config,
    digest_config: DigestConfig,
    *,
    cover: str = "",
) -> Rendered:
    """The digest in one style; ``cover`` is the cover's URL or relative path."""
    env = environment(config.render, config.base_dir)
    try:
        template = env.get_template(f"{style}.md.j2")
    except jinja2.TemplateNotFound:
        known = ", ".join(BUILT_IN_STYLES)
        raise ConfigError(
            f"No style {style!r}: the built-in styles are {known}; others need "
            f"{style}.md.j2 in render.templates"
        ) from None
    except jinja2.TemplateSyntaxError as err:
        raise ConfigError(f"Template {style}.md.j2, line {err.lineno}: {err.message}") from err
    category_names = {c.key: getattr(c, digest.language) for c in config.assess.categories}
    terms = list(config.assess.major_names)
    markdown = template.render(
        digest=digest,
        day=digest.day,
        slash_date=_slash_date(digest.day),
        category=digest_config.category or digest_config.title,
        digest_title=digest_config.title,
        tags=list(dict.fromkeys(text(t) for t in [*digest_config.tags, *digest.tags])),
        seo=list(dict.fromkeys(text(k) for k in [*digest_config.seo, *digest.seo])),
        cover=cover,
        summary_block="\n".join(f"- {text(b)}" for b in digest.bullets),
        footer=_footer(config.render, digest),
        category_names=category_names,
        groups=insight_groups(digest, config.render.insight_headings),
        terms=terms,
        names=_names,
    )
    return Rendered(style, markdown)


def _footer(settings: RenderSettings, digest: Digest) -> str:
    """The configured footer, after the line naming today's unavailable sources."""
    names = ("、" if digest.language == "zh" else ", ").join(digest.unavailable)
    missing = settings.unavailable_footer.replace("{sources}", text(names))
    return "\n\n".join(p for p in (missing if names else "", settings.footer) if p)


def _names(value: str) -> list[str]:
    """The names the verifier finds in a text (organisations, people, products, in either
    script), for bolding: the words that matter, never "CEO", "App" or "The"."""
    return [
        claim.text
        for claim in claims_in(value)
        if claim.kind is ClaimKind.NAME
        and len(claim.text) >= 2
        and (not claim.text.isascii() or claim.text[0].isupper() or claim.text[0].isdigit())
    ]


def _slash_date(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"
