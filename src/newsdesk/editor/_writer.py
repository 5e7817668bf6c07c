"""The LLM writer: one call per lead story, one for the day, one for the "more" lines.

Each reply is JSON checked by a pydantic model (the client repairs an invalid one
once).  A story whose call fails, or that the token budget leaves unwritten, is written
by the offline editor instead and the digest says so in ``fallbacks``: a digest is
always complete.  Prompts live in ``prompts/<name>.<language>.md``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from string import Template
from typing import TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from newsdesk.config import WriteSettings
from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._edits import edited_entry, edited_lines
from newsdesk.editor._llm import ChatClient
from newsdesk.editor._offline import (
    MAX_SECTIONS,
    DayText,
    offline_day,
    offline_entry,
    offline_more,
    other_section,
)
from newsdesk.exceptions import BudgetExhausted, LLMError
from newsdesk.model import (
    Claim,
    Digest,
    DigestEntry,
    EntryText,
    LLMUsage,
    MoreLine,
    Section,
)

#: Characters of a report's text the "more" prompt shows.
_GLIMPSE = 200
_R = TypeVar("_R", bound=BaseModel)


class StoryReply(BaseModel):
    """One lead entry as the model writes it."""

    headline: str = Field(min_length=2, max_length=200)
    summary: str = Field(min_length=10, max_length=2000)
    insights: list[str] = Field(min_length=1, max_length=6)
    impact: str = ""
    #: A key of the configured taxonomy; another value leaves the desk's category.
    category: str = Field("", max_length=60)


class SectionReply(BaseModel):
    title: str = Field(min_length=1, max_length=120)
    stories: list[int] = Field(min_length=1)


class DayReply(BaseModel):
    """The day's title, bullets, sections, tags and keywords."""

    title: str = Field(min_length=2, max_length=200)
    bullets: list[str] = Field(min_length=1, max_length=12)
    sections: list[SectionReply] = Field(min_length=1, max_length=10)
    tags: list[str] = Field(default_factory=list, max_length=12)
    seo: list[str] = Field(default_factory=list, max_length=15)


class LineReply(BaseModel):
    story: int
    text: str = Field(min_length=2, max_length=300)


class MoreReply(BaseModel):
    """The "more news" one-liners."""

    lines: list[LineReply]


@dataclass(frozen=True, slots=True)
class Prompt:
    """A prompt file: a system part and a user part with ``$placeholders``."""

    system: str
    user: Template

    def messages(self, **values: object) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system},
            {
                "role": "user",
                "content": self.user.substitute({k: str(v) for k, v in values.items()}),
            },
        ]


@cache
def prompt(name: str, language: str) -> Prompt:
    """``prompts/<name>.<language>.md``, split at its ``## system`` and ``## user`` heads."""
    text = (
        resources.files("newsdesk.editor")
        .joinpath(f"prompts/{name}.{language}.md")
        .read_text(encoding="utf-8")
    )
    system, _, user = text.partition("## user")
    return Prompt(system.replace("## system", "", 1).strip(), Template(user.strip()))


def reports_text(brief: StoryBrief, settings: WriteSettings) -> str:
    """The story's reports for a prompt, within the story's character budget.

    Copies are left out (their text is the original's); the primary report comes first
    and each report gets at most ``item_chars``.
    """
    zone = ZoneInfo(brief.timezone)
    budget = settings.story_chars
    blocks = []
    for number, report in enumerate(brief.originals, 1):
        when = (
            report.published.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            if report.published
            else "-"
        )
        head = (
            f"[{number}] {report.outlet} | {report.language} | {when} | {report.url}\n"
            f"{report.title}\n"
        )
        room = min(settings.item_chars, budget - len(head))
        if room <= 0:
            break
        body = report.text[:room]
        blocks.append(head + body)
        budget -= len(head) + len(body)
    facts = "\n".join(brief.facts("en"))
    return "\n\n".join(blocks) + f"\n\n{facts}"


class Writer:
    """Writes a digest's text with a chat model, falling back story by story."""

    def __init__(
        self,
        client: ChatClient | None,
        settings: WriteSettings,
        language: str,
        category_names: Mapping[str, str],
    ) -> None:
        self.client = client
        self.settings = settings
        self.language = language
        self.category_names = category_names
        self.fallbacks: list[str] = []

    async def entry(self, brief: StoryBrief) -> DigestEntry:
        """A lead entry; the offline one when the model cannot write it."""
        offline = offline_entry(brief, self.language)
        if self.client is None:
            return offline
        messages = prompt("story", self.language).messages(
            day=brief.day.isoformat(),
            category=brief.ranked.story.category or "-",
            categories="\n".join(f"- {key}: {name}" for key, name in self.category_names.items()),
            count=len(brief.originals),
            reports=reports_text(brief, self.settings),
        )
        reply = await self._ask("story", messages, StoryReply, _named(brief), "written offline")
        if reply is None:
            return offline
        return _entry_from(reply, offline, self.category_names)

    async def rewrite(
        self, entry: DigestEntry, brief: StoryBrief, claims: Sequence[Claim]
    ) -> DigestEntry | None:
        """The entry rewritten without these claims (the verifier's repair), or None."""
        if self.client is None:
            return None
        current = {
            "headline": entry.headline,
            "summary": entry.summary,
            "insights": list(entry.insights),
            "impact": entry.impact,
        }
        messages = prompt("repair", self.language).messages(
            reports=reports_text(brief, self.settings),
            entry=json.dumps(current, ensure_ascii=False, indent=1),
            claims="\n".join(f"- {c.text} ({c.kind.value}): {c.sentence}" for c in claims),
        )
        reply = await self._ask(
            "repair",
            messages,
            StoryReply,
            f"repair of {_named(brief)}",
            "its unsupported sentences were dropped instead",
        )
        return None if reply is None else _entry_from(reply, entry, self.category_names)

    async def day(
        self,
        entries: Sequence[DigestEntry],
        day: date,
        digest_title: str,
        major_names: Sequence[str],
    ) -> DayText:
        """Title, bullets, sections, tags and keywords of the day."""
        offline = offline_day(
            entries, self.category_names, digest_title, major_names, self.language
        )
        if self.client is None or not any(e.written_by == "llm" for e in entries):
            return offline
        lines = [
            f"[{n}] {self.category_names.get(e.category, e.category)} | {e.headline} - {e.summary}"
            for n, e in enumerate(entries, 1)
        ]
        messages = prompt("day", self.language).messages(
            day=day.isoformat(), digest=digest_title, entries="\n".join(lines)
        )
        reply = await self._ask(
            "day", messages, DayReply, "the day's title and sections", "written offline"
        )
        if reply is None:
            return offline
        return DayText(
            title=reply.title.strip(),
            bullets=tuple(b.strip() for b in reply.bullets if b.strip()),
            sections=_sections(reply.sections, entries, offline, self.language),
            tags=tuple(dict.fromkeys(t.strip() for t in reply.tags if t.strip())) or offline.tags,
            seo=tuple(dict.fromkeys(k.strip() for k in reply.seo if k.strip())) or offline.seo,
        )

    async def more(self, briefs: Sequence[StoryBrief]) -> list[MoreLine]:
        """The "more news" lines, written in one call."""
        offline = [offline_more(b, self.language) for b in briefs]
        if self.client is None or not briefs:
            return offline
        stories = "\n".join(
            f"[{n}] {b.ranked.title} - {b.primary.text[:_GLIMPSE]}" for n, b in enumerate(briefs, 1)
        )
        messages = prompt("more", self.language).messages(stories=stories)
        reply = await self._ask(
            "more", messages, MoreReply, "the more-news lines", "written offline"
        )
        if reply is None:
            return offline
        written = {line.story: line.text.strip() for line in reply.lines}
        return [
            replace(line, text=written[n], written_by="llm", detail="") if written.get(n) else line
            for n, line in enumerate(offline, 1)
        ]

    async def _ask(
        self,
        purpose: str,
        messages: list[dict[str, str]],
        reply: type[_R],
        what: str,
        instead: str,
    ) -> _R | None:
        """The reply, or None with a line in ``fallbacks`` saying what was done instead."""
        assert self.client is not None
        try:
            return await self.client.complete(purpose, messages, reply)
        except BudgetExhausted:
            self.fallbacks.append(f"{what}: token budget spent; {instead}")
        except LLMError as err:
            self.fallbacks.append(f"{what}: {err}; {instead}")
        return None

    def usage(self) -> LLMUsage:
        return self.client.usage() if self.client is not None else LLMUsage()


def _in_language(
    lines: Sequence[MoreLine], briefs: Sequence[StoryBrief], language: str
) -> list[MoreLine]:
    """The "more news" lines a reader of the digest can read: an offline line of a story
    no report tells in the digest's language would be a foreign title, and the offline
    editor never translates (an LLM line is written in the language)."""
    told = {b.story_id for b in briefs if b.reported_in(language)}
    return [m for m in lines if m.written_by != "offline" or m.story_id in told]


def _named(brief: StoryBrief) -> str:
    """A story as a reader recognises it: its title, shortened."""
    title = brief.ranked.title
    return f"story “{title[:40]}{'…' if len(title) > 40 else ''}”"


def _entry_from(
    reply: StoryReply, base: DigestEntry, category_names: Mapping[str, str]
) -> DigestEntry:
    """The entry the reply writes.  Its category counts only when it is a key of the
    digest's taxonomy (a model may answer with a name, or invent one)."""
    insights = tuple(i.strip() for i in reply.insights if i.strip())
    category = reply.category.strip().lower()
    return replace(
        base,
        headline=reply.headline.strip(),
        summary=reply.summary.strip(),
        insights=insights[:4],
        impact=reply.impact.strip(),
        category=category if category in category_names else base.category,
        written_by="llm",
    )


def _sections(
    replies: Sequence[SectionReply],
    entries: Sequence[DigestEntry],
    offline: DayText,
    language: str,
) -> tuple[Section, ...]:
    """The model's sections, each entry placed once; what it left out goes where the
    offline grouping put it."""
    placed: set[int] = set()
    sections: list[Section] = []
    for reply in replies:
        members = []
        for number in reply.stories:
            if 1 <= number <= len(entries) and number not in placed:
                placed.add(number)
                members.append(entries[number - 1])
        if members:
            sections.append(Section(reply.title.strip(), tuple(members)))
    left = [e for n, e in enumerate(entries, 1) if n not in placed]
    for offline_section in offline.sections:
        missing = tuple(e for e in offline_section.entries if e in left)
        if missing:
            sections.append(Section(offline_section.title, missing))
    merged: dict[str, list[DigestEntry]] = {}  # one section per title
    for section in sections:
        merged.setdefault(section.title, []).extend(section.entries)
    titled = list(merged.items())
    if len(titled) > MAX_SECTIONS:  # the seeds have 3–7: the smallest tail goes together
        tail = [e for _, members in titled[MAX_SECTIONS - 1 :] for e in members]
        titled = [*titled[: MAX_SECTIONS - 1], (other_section(language), tail)]
    return tuple(Section(title, tuple(members)) for title, members in titled)


async def write_digest(
    writer: Writer,
    lead: Sequence[StoryBrief],
    more: Sequence[StoryBrief],
    *,
    name: str,
    day: date,
    digest_title: str,
    major_names: Sequence[str],
    edits: Mapping[str, EntryText] | None = None,
) -> Digest:
    """The draft digest: entries in parallel (the client limits concurrency), then the
    day's parts and the "more" lines.  A story the editor wrote (``edits``, by story id)
    is told in their words, and the day's title and sections are made from them."""
    edits = edits or {}

    async def told(brief: StoryBrief) -> DigestEntry:
        edit = edits.get(brief.ranked.story.id)
        if edit is None:
            return await writer.entry(brief)
        return edited_entry(brief, edit, writer.language)

    entries = list(await asyncio.gather(*(told(b) for b in lead)))
    day_text, lines = await asyncio.gather(
        writer.day(entries, day, digest_title, major_names), writer.more(more)
    )
    lines = edited_lines(_in_language(lines, more, writer.language), edits)
    return Digest(
        name=name,
        day=day,
        language=writer.language,
        title=day_text.title,
        bullets=day_text.bullets,
        sections=day_text.sections,
        more=tuple(lines),
        tags=day_text.tags,
        seo=day_text.seo,
        usage=writer.usage(),
        fallbacks=tuple(writer.fallbacks),
    )
