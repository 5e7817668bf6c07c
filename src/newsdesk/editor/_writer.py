"""The LLM writer: one call per lead story, one for the day, one for the "more" lines.

Each reply is JSON checked by a pydantic model (the client repairs an invalid one
once); the models take the other names real models give their fields (``title`` for
``headline``, ``content`` for ``summary``, ``points`` for ``insights``...).  A story
whose call fails, that the token budget leaves unwritten, or whose verified entry is
not fit to publish (``_quality``: wrong language, the prompt written back, no insight)
is written by the offline editor instead and the digest says so in ``fallbacks``: a
digest is always complete.  The day's title, bullets and sections are written from the
verified entries, not the drafts.  Prompts live in ``prompts/<name>.<language>.md``.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from string import Template
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from pydantic import AliasChoices, BaseModel, Field, field_validator

from newsdesk.config import WriteSettings
from newsdesk.editor._brief import StoryBrief, language_name, zoned_stamp
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
from newsdesk.editor._quality import entry_problem, without_echoed_impact, words
from newsdesk.editor._reply import distinct
from newsdesk.editor._verify import Verifier, verify_digest
from newsdesk.exceptions import BudgetExhausted, LLMError, LLMUnavailable
from newsdesk.model import (
    Claim,
    Digest,
    DigestEntry,
    EntryText,
    LLMUsage,
    MoreLine,
    Section,
    VerificationReport,
)

#: Characters of a report's text the "more" prompt shows.
_GLIMPSE = 200
_R = TypeVar("_R", bound=BaseModel)


def _texts(value: Any) -> Any:
    """A list of texts as models write one: a lone string is a list of one, a repeated
    item counts once."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return distinct(value)
    return value


class StoryReply(BaseModel):
    """One lead entry as the model writes it."""

    headline: str = Field(
        min_length=2,
        max_length=200,
        validation_alias=AliasChoices("headline", "title", "heading", "标题"),
    )
    summary: str = Field(
        min_length=10,
        max_length=2000,
        validation_alias=AliasChoices("summary", "content", "body", "text", "摘要"),
    )
    insights: list[str] = Field(
        min_length=1,
        max_length=6,
        validation_alias=AliasChoices(
            "insights", "analysis", "points", "insight", "key_points", "解读", "洞察"
        ),
    )
    impact: str = Field("", validation_alias=AliasChoices("impact", "影响"))
    #: A key of the configured taxonomy; another value leaves the desk's category.
    category: str = Field("", max_length=60, validation_alias=AliasChoices("category", "分类"))

    @field_validator("insights", mode="before")
    @classmethod
    def _insights(cls, value: Any) -> Any:
        return _texts(value)

    @field_validator("impact", "category", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value


class SectionReply(BaseModel):
    title: str = Field(min_length=1, max_length=120)
    stories: list[int] = Field(min_length=1)


class DayReply(BaseModel):
    """The day's title, bullets, sections, tags and keywords."""

    title: str = Field(
        min_length=2, max_length=200, validation_alias=AliasChoices("title", "headline", "标题")
    )
    bullets: list[str] = Field(
        min_length=1,
        max_length=12,
        validation_alias=AliasChoices("bullets", "points", "highlights", "summary", "要点"),
    )
    sections: list[SectionReply] = Field(min_length=1, max_length=10)
    tags: list[str] = Field(default_factory=list, max_length=12)
    seo: list[str] = Field(
        default_factory=list, max_length=15, validation_alias=AliasChoices("seo", "keywords")
    )

    @field_validator("bullets", "tags", "seo", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _texts(value)


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

    def words(self) -> set[str]:
        """The words of the prompt's own text (its instructions and the reply's
        placeholders), without what is filled in."""
        own = re.sub(r"\$\w+", " ", self.user.template)
        return words(f"{self.system}\n{own}")

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


def reports_text(brief: StoryBrief, settings: WriteSettings, language: str = "en") -> str:
    """The story's reports for a prompt, within the story's character budget.

    Copies are left out (their text is the original's); the primary report comes first
    and each report gets at most ``item_chars``.  Each one's time names its zone in the
    prompt's ``language`` ("2026-05-14 10:00（北京时间）"), as the digest does: a time the
    model repeats without it would be read in the reader's zone.
    """
    zone = ZoneInfo(brief.timezone)
    budget = settings.story_chars
    blocks = []
    for number, report in enumerate(brief.originals, 1):
        when = zoned_stamp(report.published.astimezone(zone), language) if report.published else "-"
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
        self._fallbacks: list[str] = []
        #: What was not asked for because the endpoint had failed for good.
        self._not_asked: list[str] = []

    @property
    def fallbacks(self) -> list[str]:
        """Why parts were written offline, a line each; what was not asked for once the
        endpoint had failed for good is one line, saying why."""
        lines = list(self._fallbacks)
        if self._not_asked and self.client is not None and self.client.stopped:
            named = ", ".join(self._not_asked[:3]) + (" …" if len(self._not_asked) > 3 else "")
            lines.append(
                f"the LLM was not asked for {len(self._not_asked)} more parts ({named}), "
                f"written offline: {self.client.stopped}"
            )
        return lines

    def untold(self, line: str) -> None:
        """Say in ``fallbacks`` that stories were left untold in the digest's language."""
        self._fallbacks.append(line)

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
            reports=reports_text(brief, self.settings, self.language),
        )
        reply = await self._ask("story", messages, StoryReply, _named(brief), "written offline")
        if reply is None:
            return offline
        return _entry_from(reply, offline, self.category_names)

    def fit(self, entry: DigestEntry, brief: StoryBrief) -> DigestEntry:
        """A verified LLM entry as it may be published: an impact line that only repeats
        the prompt is left out; an entry not fit to publish (see ``_quality``) is the
        offline editor's instead, with a line in ``fallbacks`` saying why."""
        if entry.written_by != "llm":
            return entry
        prompt_words = set().union(*(prompt("story", lang).words() for lang in ("zh", "en")))
        source_words = words("\n".join(brief.evidence_texts(self.language)))
        entry = without_echoed_impact(entry, prompt_words, source_words)
        problem = entry_problem(entry, self.language, prompt_words, source_words)
        if not problem:
            return entry
        self._fallbacks.append(f"{_named(brief)}: {problem}; written offline")
        return offline_entry(brief, self.language)

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
            reports=reports_text(brief, self.settings, self.language),
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
            self._fallbacks.append(f"{what}: token budget spent; {instead}")
        except LLMUnavailable as err:
            if str(err) == self.client.stopped:
                self._not_asked.append(what)
            else:
                self._fallbacks.append(f"{what}: {err}; {instead}")
        except LLMError as err:
            self._fallbacks.append(f"{what}: {err}; {instead}")
        return None

    def usage(self) -> LLMUsage:
        return self.client.usage() if self.client is not None else LLMUsage()


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


async def draft_digest(
    writer: Writer,
    lead: Sequence[StoryBrief],
    more: Sequence[StoryBrief],
    *,
    name: str,
    day: date,
    edits: Mapping[str, EntryText] | None = None,
) -> Digest:
    """The entries (in parallel: the client limits concurrency) and the "more" lines as
    written, not yet checked, the entries in one untitled section.  A story the editor
    wrote (``edits``, by story id) is told in their words.  The day's title, bullets and
    sections are left for :func:`verify_written`, which writes them from the entries as
    they will be published.

    .. versionadded:: 0.1 (issue #14)
    """
    edits = edits or {}

    async def told(brief: StoryBrief) -> DigestEntry:
        edit = edits.get(brief.ranked.story.id)
        if edit is None:
            return await writer.entry(brief)
        return edited_entry(brief, edit, writer.language)

    stories = asyncio.gather(*(told(b) for b in lead))  # asked first, in their order
    entries, lines = await asyncio.gather(stories, writer.more(more))
    written = tuple(entries)
    return Digest(
        name=name,
        day=day,
        language=writer.language,
        title="",
        bullets=(),
        sections=(Section("", written),) if written else (),
        more=tuple(edited_lines(lines, edits)),
        tags=(),
        seo=(),
        usage=writer.usage(),
        fallbacks=tuple(writer.fallbacks),
    )


async def verify_written(
    draft: Digest,
    writer: Writer,
    verifier: Verifier,
    *,
    policy: str = "repair",
    digest_title: str,
    major_names: Sequence[str],
) -> Digest:
    """A draft (:func:`draft_digest`) checked and completed, in this order: the entries
    are checked (and under ``policy`` "repair" rewritten once by ``writer``), an entry
    not fit to publish is written offline (:meth:`Writer.fit`), and only then are the
    day's title, bullets and sections written, from the entries as published; those and
    the "more" lines are checked last.  The digest carries one report of it all.

    .. versionadded:: 0.1 (issue #14)
    """
    names = writer.category_names
    checked = await verify_digest(
        replace(draft, more=()), verifier, names, policy=policy, rewrite=writer.rewrite
    )
    entries = [writer.fit(e, verifier.briefs[e.story_id]) for e in checked.entries]
    refitted = {
        after.story_id
        for before, after in zip(checked.entries, entries, strict=True)
        if before.written_by != after.written_by
    }
    day_text = await writer.day(entries, draft.day, digest_title, major_names)
    digest = _with_day(draft, day_text)
    digest = await _verified_day(digest, checked.verification, verifier, names, entries, refitted)
    digest = _untold_once(digest, verifier.briefs, digest_title, writer)
    return replace(digest, usage=writer.usage(), fallbacks=tuple(writer.fallbacks))


def _untold_once(
    digest: Digest, briefs: Mapping[str, StoryBrief], digest_title: str, writer: Writer
) -> Digest:
    """The digest saying once, at the top, that several of its stories (a lead entry or
    a "more news" line) are told in no report in its language, instead of the same line
    under each of their headlines; a day of such stories only is titled so, as its
    headlines are in another language.  The run's summary says it too (``fallbacks``),
    and what would have them written.  One such story keeps its own line
    (:meth:`StoryBrief.language_note`)."""
    language = digest.language

    def foreign(story_id: str, written_by: str) -> bool:
        brief = briefs.get(story_id)
        return written_by == "offline" and brief is not None and not brief.reported_in(language)

    untold = {e.story_id for e in digest.entries if foreign(e.story_id, e.written_by)}
    untold |= {m.story_id for m in digest.more if foreign(m.story_id, m.written_by)}
    if len(untold) < 2:
        return digest
    zh = language == "zh"
    codes = dict.fromkeys(r.language for sid in untold for r in briefs[sid].originals)
    named = [language_name(code, chinese=zh) for code in codes]
    count, total = len(untold), len(digest.entries) + len(digest.more)
    if zh:
        told_in = "、".join(named)
        scope = f"以下 {total} 条新闻" if count == total else f"以下 {total} 条中有 {count} 条"
        notice = f"{scope}目前只有{told_in}报道，本期未作翻译，标题链接原文。"
        title = f"{digest_title}：{count} 条新闻只有{told_in}报道"
    else:
        told_in = " and ".join(named)
        scope = (
            f"All {count} stories below were"
            if count == total
            else f"{count} of the {total} stories below were"
        )
        links = (
            "each headline links its original"
            if count == total
            else "their headlines link the originals"
        )
        notice = (
            f"{scope} reported only in {told_in} so far, and this digest is written "
            f"without translation: {links}."
        )
        title = f"{digest_title}: {count} stories reported only in {told_in}"
    fix = (
        f" (set llm.base_url to have them written in {language_name(language)})"
        if writer.client is None
        else ""
    )
    writer.untold(
        f"{count} of {total} stories have no report in {language_name(language)} and the "
        f"offline editor does not translate: their entries keep the original headlines{fix}"
    )
    sections = tuple(
        replace(
            s,
            entries=tuple(replace(e, summary="") if e.story_id in untold else e for e in s.entries),
        )
        for s in digest.sections
    )
    more = tuple(replace(m, detail="") if m.story_id in untold else m for m in digest.more)
    return replace(
        digest,
        sections=sections,
        more=more,
        notice=notice,
        title=title if count == total else digest.title,
    )


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
    verifier: Verifier | None = None,
    policy: str = "repair",
) -> Digest:
    """:func:`draft_digest` then, with a ``verifier``, :func:`verify_written`; without
    one the day's parts are written from the unchecked entries and the digest is the
    unchecked draft."""
    draft = await draft_digest(writer, lead, more, name=name, day=day, edits=edits)
    if verifier is not None:
        return await verify_written(
            draft,
            writer,
            verifier,
            policy=policy,
            digest_title=digest_title,
            major_names=major_names,
        )
    day_text = await writer.day(draft.entries, day, digest_title, major_names)
    return replace(_with_day(draft, day_text), usage=writer.usage())


def _with_day(draft: Digest, day_text: DayText) -> Digest:
    return replace(
        draft,
        title=day_text.title,
        bullets=day_text.bullets,
        sections=day_text.sections,
        tags=day_text.tags,
        seo=day_text.seo,
    )


async def _verified_day(
    digest: Digest,
    first: VerificationReport,
    verifier: Verifier,
    category_names: Mapping[str, str],
    entries: Sequence[DigestEntry],
    refitted: set[str],
) -> Digest:
    """The digest with its day-level texts and "more" lines checked (dropping what is
    unsupported), and one report: the entries' first check, then what this one found
    outside the entries already checked (an entry written offline after it, one of
    ``refitted``, is new)."""
    final = await verify_digest(digest, verifier, category_names, policy="drop")
    checked_before = {e.story_id for e in entries} - refitted
    later = tuple(
        issue
        for issue in final.verification.issues
        if not any(issue.where.startswith(f"story {sid} ") for sid in checked_before)
    )
    report = VerificationReport(
        texts=final.verification.texts,
        claims=final.verification.claims,
        issues=first.issues + later,
        rewritten=first.rewritten,
    )
    return replace(final, verification=report)
