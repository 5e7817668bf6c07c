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
from functools import lru_cache
from pathlib import Path

import jinja2

from newsdesk.chinese import HAN_CHAR
from newsdesk.config import Config, DigestConfig, RenderSettings
from newsdesk.editor import (
    ORG_SUFFIXES,
    claims_in,
    descriptive,
    name_spans,
    role_group,
    word_bounds,
)
from newsdesk.editor._latin_names import CHINESE_UNITS, UNIT_KINDS
from newsdesk.exceptions import ConfigError
from newsdesk.model import ClaimKind, Digest, DigestEntry, MoreLine, SourceLink
from newsdesk.render._html import WORDS, points_heading, web_link

BUILT_IN_STYLES = ("ribao", "insight", "brief")
#: Feed characters written as entities or escapes every Markdown reads as the character:
#: HTML, backslashes (which would undo the escapes), link brackets, the braces every
#: template delimiter needs (``{{% %}}``, ``{{< >}}``, ``{% %}``, ``{{ }}``, ``{# #}``), and
#: the code and emphasis markers; the strikethrough's (and a fence's) tilde takes
#: CommonMark's own escape of ASCII punctuation, since a renderer that decodes no entity
#: would show "&#126;" where the text has "~".
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
        "~": "\\~",
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


#: What front matter keeps as entities: HTML and template braces, not Markdown's markers.
_FRONT_INERT = str.maketrans({"<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;"})


def front(value: str) -> str:
    """Feed text as a front matter value (a page's title): one line, no HTML or template
    delimiter, but none of :func:`text`'s Markdown escapes, since front matter is YAML
    that themes show as text ("\\~50%" would be the title every list of posts shows)."""
    return " ".join(_ENTITY_START.sub("&amp;", value).translate(_FRONT_INERT).split())


def quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset YAML reads alike)."""
    return json.dumps(value, ensure_ascii=False)


def flow_list(values: Sequence[str]) -> str:
    """A YAML flow sequence of quoted strings, as the seeds write ``tags``."""
    return "[" + ",".join(quoted(v) for v in values) + "]"


def link_labels(sources: Sequence[SourceLink]) -> list[str]:
    """Each report's label in a line of links: its outlet, numbered from the outlet's
    second report on ("具身前沿", "具身前沿 (2)"): two links under one name read as one
    report listed twice."""
    seen: dict[str, int] = {}
    labels = []
    for source in sources:
        seen[source.source] = seen.get(source.source, 0) + 1
        count = seen[source.source]
        labels.append(source.source if count == 1 else f"{source.source} ({count})")
    return labels


def bold_terms(
    value: str, terms: Sequence[str], limit: int = 3, outlets: Sequence[str] = ()
) -> str:
    """The text with up to ``limit`` key terms in bold, each once, in the order given
    (the caller puts first what matters most to the story).

    A term is bolded only where it stands as a whole name: never inside a longer name
    (the 穹云 of 华穹云, the 深言 of 深言科技, or of one of the digest's ``outlets``, whose
    names no finder knows), a word or a name joined by a colon or a dot (M:RA), a title in
    《》, a licence (MIT, CC BY 4.0) or a ticker (06859.HK); a description (上市公司,
    西雅图创业公司) is no name.  A Latin name is bolded with the capitalised words that go
    on naming it (Claude Code).
    """
    names = [*name_spans(value), *_outlet_spans(value, outlets)]
    bounds = word_bounds(value) if HAN_CHAR.search(value) else frozenset()
    chosen: list[tuple[int, int]] = []
    for term in dict.fromkeys(_boldable(t) for t in terms):
        if len(chosen) >= limit:
            break
        if not term:
            continue
        span = _where(value, term, names, bounds)
        if span is not None:  # 深言科技, Corvid AI, SB 1207, Claude Code: the name's whole
            tail = (
                _ORG_SUFFIX.match(value, span[1])
                or _NAME_TAIL.match(value, span[1])
                or (_LATIN_TAIL.match(value, span[1]) if term.isascii() else None)
            )
            span = (span[0], tail.end()) if tail else span
            team = _TEAM.search(term)
            span = (span[0], span[1] - len(team.group())) if team else span  # its leader
        if span is not None and all(span[1] <= a or span[0] >= b for a, b in chosen):
            chosen.append(span)
    marked = value
    for start, end in sorted(chosen, reverse=True):
        marked = f"{marked[:start]}{_OPEN}{marked[start:end]}{_CLOSE}{marked[end:]}"
    return text(marked).replace(_OPEN, "**").replace(_CLOSE, "**")


#: Stand-ins for the bold markers while the text is made inert (they are not text).
_OPEN, _CLOSE = "\x02", "\x03"
_LICENCE = re.compile(
    r"(?:CC[ -]?BY(?:[ -](?:SA|NC|ND))*|MIT|Apache|BSD|L?GPL|AGPL|MPL)(?:[ -]?v?\d[\d.]*)?\b"
)
_LICENCE_AFTER = re.compile(r"\s*(?:v?\d[\d.]*)?\s*(?:协议|许可|[Ll]icen[cs]e)")
_ORG_SUFFIX = re.compile("|".join(sorted(ORG_SUFFIXES - {"团队"}, key=len, reverse=True)))
#: What ends a Latin name that the name finder leaves out: a generic word (Corvid AI,
#: Lumina Labs), a number that is no amount (SB 1207) or the plus of a benchmark's
#: harder version (HumanEval+, not "**HumanEval**+ 88.2").
_NAME_TAIL = re.compile(
    r" (?:AI|Labs?|Inc|Research|Robotics|Capital|Cloud|Technologies|Technology)(?![A-Za-z0-9])"
    r"| \d+(?![\d.,%]|\s*[\u3400-\u9fffA-Za-z$])"
    r"|\++(?![\w+])"
)
#: The capitalised words that go on naming a Latin name ("Claude Code", "Hugging Face").
_LATIN_TAIL = re.compile(r"(?: [A-Z][a-z][A-Za-z0-9]*(?![A-Za-z0-9\-]))+")
#: The marks that join two Latin words into one name ("M:RA", "x.ai").
_JOINERS = frozenset(":.")
#: Editions after a product's name ("Pro 版"), not names of their own.
_EDITIONS = frozenset("pro max plus ultra mini lite air beta preview turbo flash".split())
_TEAM = re.compile(r"(?:团队|课题组)$")


def _boldable(term: str) -> str:
    """The term, or nothing for a description (上市公司) or an edition (Pro)."""
    term = term.strip()
    if (HAN_CHAR.search(term) and descriptive(term)) or term.lower() in _EDITIONS:
        return ""
    return term if len(term) >= 2 else ""


def _where(
    value: str, term: str, names: Sequence[tuple[int, int]], bounds: frozenset[int]
) -> tuple[int, int] | None:
    """The first place the term stands as a whole name in the text."""
    for match in re.finditer(re.escape(term), value):
        span = match.span()
        if _whole_name(value, span, names, bounds) and not _quoted_licence_or_code(value, span):
            return span
    return None


def _whole_name(
    value: str, span: tuple[int, int], names: Sequence[tuple[int, int]], bounds: frozenset[int]
) -> bool:
    """Not inside a longer name, nor a Latin word; next to Chinese text only where a name
    was found or words begin and end (not the 穹云 of 华穹云, nor the 深言 of 深言科技)."""
    start, end = span
    if any(a <= start and end <= b and (a, b) != span for a, b in names):
        return False
    for edge, neighbour in (
        (value[start], value[start - 1 : start]),
        (value[end - 1], value[end : end + 1]),
    ):
        if _WORD_CHAR.match(edge) and _WORD_CHAR.match(neighbour):
            return False
        if _WORD_CHAR.match(edge) and neighbour in _JOINERS and _joined(value, start, end):
            return False
        if (
            HAN_CHAR.match(edge)
            and HAN_CHAR.match(neighbour)
            and span not in names
            and not {start, end} <= bounds
        ):
            return False
    return True


def _joined(value: str, start: int, end: int) -> bool:
    """Whether a colon or a dot joins the span to a Latin word beside it (the RA of M:RA):
    a sentence's full stop has a space or nothing after it."""
    before = value[max(start - 2, 0) : start]
    after = value[end : end + 2]
    return (len(before) == 2 and before[1] in _JOINERS and bool(_WORD_CHAR.match(before[0]))) or (
        len(after) == 2 and after[0] in _JOINERS and bool(_WORD_CHAR.match(after[1]))
    )


def _outlet_spans(value: str, outlets: Sequence[str]) -> list[tuple[int, int]]:
    """Where the outlets' names stand in the text: whole names a term must not cut."""
    return [m.span() for o in outlets if len(o) >= 2 for m in re.finditer(re.escape(o), value)]


def _quoted_licence_or_code(value: str, span: tuple[int, int]) -> bool:
    """Inside a title in 《》, a licence (MIT, CC BY 4.0, Apache 2.0协议) or a code after a
    number (06859.HK)."""
    start, end = span
    licence = _LICENCE.match(value, start)
    return (
        value[:start].count("《") > value[:start].count("》")
        or (licence is not None and licence.end() >= end)
        or bool(_LICENCE_AFTER.match(value, end))
        or value[start - 1 : start] == "."
    )


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
    folder = None
    if settings.templates:
        folder = Path(settings.templates)
        folder = folder if folder.is_absolute() else base_dir / folder
        if not folder.is_dir():
            raise ConfigError(f"render.templates: {folder} is not a folder")
    return _environment(folder)


@lru_cache(maxsize=16)
def _environment(folder: Path | None) -> jinja2.Environment:
    """One environment per templates folder, kept: it keeps each template compiled, and
    compiling took 90% of a render (Jinja still reads a template again once its file
    changes)."""
    loaders: list[jinja2.BaseLoader] = []
    if folder is not None:
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
        text=text,
        front=front,
        url=web_link,
        quoted=quoted,
        flow_list=flow_list,
        link_labels=link_labels,
        bold_terms=bold_terms,
        points_heading=lambda entry, language: points_heading(entry, WORDS[language]),
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
        outlets=sorted({s.source for e in digest.entries for s in e.sources}),
    )
    return Rendered(style, markdown)


def _footer(settings: RenderSettings, digest: Digest) -> str:
    """The configured footer, after the line naming today's unavailable sources."""
    names = ("、" if digest.language == "zh" else ", ").join(digest.unavailable)
    missing = settings.unavailable_footer.replace("{sources}", text(names))
    return "\n\n".join(p for p in (missing if names else "", settings.footer) if p)


def _names(value: str) -> list[str]:
    """The names the verifier finds in a text (organisations, people, products, in either
    script), for bolding: the words that matter, never "CEO", "App" or "The" (a role is a
    claim the verifier checks, not a name; nor is a figure's unit, TFLOPS)."""
    return [
        claim.text
        for claim in claims_in(value)
        if claim.kind is ClaimKind.NAME
        and role_group(claim.text) is None
        and claim.text.lower() not in UNIT_KINDS
        and claim.text not in CHINESE_UNITS
        and len(claim.text) >= 2
        and (not claim.text.isascii() or claim.text[0].isupper() or claim.text[0].isdigit())
    ]


def _slash_date(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"
