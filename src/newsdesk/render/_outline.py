"""A digest as an outline: blocks of lines, each line saying what it is.

The terminal, the e-mail's text part, Telegram and the chat webhooks all draw the digest
from :func:`outline`, so they agree on what a story says and in which words; each one
only chooses the roles it shows and marks them up.  :func:`outline_text` is the plain
drawing the terminal and the e-mail share.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from newsdesk.model import Digest, DigestEntry, MoreLine
from newsdesk.render._html import Words, points_heading, words_for


class Role(StrEnum):
    """What a line of the outline is, so each channel can mark it up or leave it out."""

    #: The day's title.
    TITLE = "title"
    #: The digest's label and day ("AI 日报 · 2026-05-14").
    DATELINE = "dateline"
    #: Said once above the stories: how many no report tells in the digest's language
    #: (``Digest.notice``; their entries then have no summary).
    NOTICE = "notice"
    #: One of the day's summary bullets.
    BULLET = "bullet"
    #: A themed section's title, at the head of its first story.
    SECTION = "section"
    #: A lead story's headline, linked to its source.
    HEADLINE = "headline"
    #: A lead story's facts-only summary.
    SUMMARY = "summary"
    #: "深度解读 & 洞察：" before the insights ("另据报道：" before an offline entry's
    #: details, "报道还提到：" before one outlet's, or the linked report's).
    INSIGHTS_HEADING = "insights-heading"
    #: One of a story's insights.
    INSIGHT = "insight"
    #: Who reported a story and when ("6 个来源报道：…。最早报道于 …。"): its record, no
    #: insight, so under no heading.
    RECORD = "record"
    #: "影响：" and the impact line.
    IMPACT = "impact"
    #: "来源：", before the story's other reports.
    SOURCES_HEADING = "sources-heading"
    #: Another report of the story: its outlet and title, linked.
    SOURCE = "source"
    #: "更多动态", before the one-liners.
    MORE_HEADING = "more-heading"
    #: A "更多动态" one-liner, linked, and its detail after a colon (as the Markdown has it).
    MORE = "more"
    #: The link to the digest's page.
    PAGE = "page"
    #: "标签：" and the digest's tags.
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text (from a feed, a model or the fixed words), linked when ``url`` is set."""

    #: The text as written, never escaped: each channel escapes it for its markup.
    text: str
    #: Where it links to, as the digest has it ("" for none); channels check it.
    url: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the digest."""

    #: What it is.
    role: Role
    #: Its text, in runs.
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Block:
    """Lines that belong together — the title, one story, the one-liners, the page link —
    and that a channel never splits across messages."""

    #: The lines, in order.
    lines: tuple[Line, ...]

    @property
    def texts(self) -> list[str]:
        """Every span's text, in order (what a channel cuts when the block is too long)."""
        return [span.text for line in self.lines for span in line.spans]

    def retold(self, texts: Sequence[str]) -> Block:
        """The block with :attr:`texts` replaced, in order (say, cut to fit a message)."""
        told = iter(texts)
        return Block(
            tuple(
                Line(line.role, tuple(Span(next(told), span.url) for span in line.spans))
                for line in self.lines
            )
        )


def outline(
    digest: Digest,
    *,
    label: str = "",
    page_url: str = "",
    insight_stories: int | None = None,
    roles: Collection[Role] = frozenset(Role),
) -> list[Block]:
    """The digest as blocks: the title (and its notice), each lead story, the one-liners,
    the tags and the page link, in the digest's words.

    Args:
        label: The digest's display name; with it the title gets a dateline.
        page_url: The digest's page; with it the outline ends with a link there.
        insight_stories: Only the first this many lead stories keep their insights and
            impact (None: all), for channels that must stay short.
        roles: The lines to keep; a block left with none goes.
    """
    words = words_for(digest.language)
    title = [_line(Role.TITLE, digest.title)]
    if label:
        title.append(_line(Role.DATELINE, f"{label} · {digest.day}"))
    if digest.notice:
        title.append(_line(Role.NOTICE, digest.notice))
    title += [_line(Role.BULLET, bullet) for bullet in digest.bullets]
    blocks = [tuple(title)]
    told = 0
    for section in digest.sections:
        for n, entry in enumerate(section.entries):
            heading = (_line(Role.SECTION, section.title),) if n == 0 else ()
            deep = insight_stories is None or told < insight_stories
            blocks.append(heading + _story(entry, words, deep=deep))
            told += 1
    if digest.more:
        more = [_more_line(m, words) for m in digest.more]
        blocks.append((_line(Role.MORE_HEADING, words.more), *more))
    if digest.tags:
        tags = (Span(words.tags + words.colon), Span(", ".join(digest.tags)))
        blocks.append((Line(Role.TAGS, tags),))
    if page_url:
        blocks.append((Line(Role.PAGE, (Span(words.full, page_url),)),))
    kept = [tuple(line for line in lines if line.role in roles) for lines in blocks]
    return [Block(lines) for lines in kept if lines]


def _line(role: Role, text: str) -> Line:
    return Line(role, (Span(text),))


def _more_line(line: MoreLine, words: Words) -> Line:
    """A one-liner as the Markdown styles write it: its link, then its detail (the
    offline editor's source sentence) after a colon."""
    detail = (Span(words.colon + line.detail),) if line.detail else ()
    return Line(Role.MORE, (Span(line.text, line.url), *detail))


def _story(entry: DigestEntry, words: Words, *, deep: bool) -> tuple[Line, ...]:
    lines = [Line(Role.HEADLINE, (Span(entry.headline, entry.url),))]
    if entry.summary:
        lines.append(_line(Role.SUMMARY, entry.summary))
    if deep and entry.analysis:
        lines.append(_line(Role.INSIGHTS_HEADING, points_heading(entry, words)))
        lines += [_line(Role.INSIGHT, insight) for insight in entry.analysis]
    if deep and entry.impact:
        lines.append(Line(Role.IMPACT, (Span(words.impact), Span(entry.impact))))
    if deep and entry.record:
        lines.append(_line(Role.RECORD, words.between.join(entry.record)))
    others = [s for s in entry.sources if s.url != entry.url]
    if others:
        lines.append(_line(Role.SOURCES_HEADING, words.sources + words.colon.rstrip()))
        lines += [
            Line(Role.SOURCE, (Span(f"{s.source}{words.colon}{s.title}", s.url),)) for s in others
        ]
    return tuple(lines)


#: What starts a line of each role in plain text (the title is underlined, a headline is
#: a third-level heading).
_MARKS = {
    Role.BULLET: "- ",
    Role.SECTION: "## ",
    Role.INSIGHT: "- ",
    Role.SOURCE: "  · ",
    Role.MORE_HEADING: "## ",
    Role.MORE: "- ",
}
#: The lines a list item follows without a blank line: the items before it, its label.
_CLOSE_AFTER = {
    Role.BULLET: {Role.BULLET},
    Role.INSIGHT: {Role.INSIGHT, Role.INSIGHTS_HEADING},
    Role.SOURCE: {Role.SOURCE, Role.SOURCES_HEADING},
    Role.MORE: {Role.MORE},
}


def outline_text(blocks: Sequence[Block]) -> str:
    """The outline as plain text with Markdown-like headings, for the terminal and for
    mail readers that show no HTML: links follow their text in ``<>``, a headline's on a
    line of its own."""
    out: list[str] = []
    previous: Role | None = None
    for line in (line for block in blocks for line in block.lines):
        if previous is not None and previous not in _CLOSE_AFTER.get(line.role, ()):
            out.append("")
        out += _plain(line)
        previous = line.role
    return "\n".join(out) + "\n"


#: A title's underline is its width in a terminal, up to a mail line's.
_UNDERLINE_MAX = 78


def _columns(text: str) -> int:
    """The columns a terminal gives the text: two for a wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _plain(line: Line) -> list[str]:
    if line.role is Role.TITLE:
        title = _text(line)
        return [title, "=" * min(_UNDERLINE_MAX, max(10, _columns(title)))]
    if line.role is Role.HEADLINE:  # its link below it, where a long URL reads best
        return [f"### {_text(line)}", *(f"    {span.url}" for span in line.spans if span.url)]
    spans = (f"{s.text} <{s.url}>" if s.url else s.text for s in line.spans)
    return [_MARKS.get(line.role, "") + "".join(spans)]


def _text(line: Line) -> str:
    return "".join(span.text for span in line.spans)
