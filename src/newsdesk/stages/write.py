"""write: each selected digest's entries and more lines, by the LLM or the offline
editor, as a draft.

The drafts are not stored: verify checks them first (with the same writer, which can
rewrite what the sources do not support, and then writes the day's title, bullets and
sections from the checked entries) and stores the result.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from newsdesk.collect import outlet_name, site_names, store_site_names
from newsdesk.config import Config, DigestConfig
from newsdesk.editor import (
    ChatClient,
    Report,
    StoryBrief,
    Writer,
    client_from_settings,
    draft_digest,
    entry_text,
)
from newsdesk.exceptions import EditionError, LLMError
from newsdesk.model import (
    Digest,
    EditorVerb,
    EntryText,
    LLMUsage,
    RankedStory,
    Selection,
    StoredItem,
)
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages.select import Selected
from newsdesk.store import Store

log = logging.getLogger("newsdesk")


@dataclass(frozen=True, slots=True)
class Draft:
    """One digest as written, before it is verified."""

    #: The selection it was written from (digest, day, revision).
    selection: Selection
    #: The text as written.
    digest: Digest
    #: Its stories with their reports: what verify checks the text against.
    briefs: tuple[StoryBrief, ...]
    #: The writer, which verify asks to rewrite an unsupported claim.
    writer: Writer
    #: The LLM calls writing it took.
    usage: LLMUsage


@dataclass(frozen=True, slots=True)
class Drafts:
    """What write made in this run."""

    #: One per selection with stories, in the selections' order.
    drafts: tuple[Draft, ...]


class Write:
    """Write every selection of the run that has stories; an empty one is skipped, as an
    empty draft would hide the digest of the last real day.

    Without an LLM endpoint (or with the run offline) the offline editor writes, and so
    it does for an endpoint whose key is not set, saying why in a warning.
    """

    name = "write"

    async def run(self, ctx: StageContext) -> StageResult:
        client, unused = ctx.tools.chat(ctx.store, ctx.now)
        drafts = []
        for selection in ctx.input(Selected).selections:
            if not selection.lead and not selection.more:
                log.info("%s %s: no stories, nothing to write", selection.digest, selection.day)
                continue
            ctx.progress.stage(f"write {selection.digest}", 1)
            drafts.append(await write_draft(ctx.store, ctx.config, selection, client))
            ctx.progress.advance(selection.digest)
        usage = [d.usage for d in drafts]
        return StageResult(
            counts={
                "digests": len(drafts),
                "llm_requests": sum(u.requests for u in usage),
                "tokens_in": sum(u.tokens_in for u in usage),
                "tokens_out": sum(u.tokens_out for u in usage),
            },
            errors=tuple(
                {"digest": d.digest.name, "fallback": f}
                for d in drafts
                for f in ([unused] if unused else []) + d.writer.fallbacks
            ),
            output=Drafts(tuple(drafts)),
        )


async def write_draft(
    store: Store, config: Config, selection: Selection, client: ChatClient | None
) -> Draft:
    """One selection written, its stories' reports read from the store."""
    digest = config.digest(selection.digest)
    sites = store_site_names(store.publisher_counts())
    lead = [story_brief(store, config, digest, r, selection.day, sites) for r in selection.lead]
    more = [story_brief(store, config, digest, r, selection.day, sites) for r in selection.more]
    writer = Writer(client, config.write, digest.language, category_names(config, digest))
    before = writer.usage()
    draft = await draft_digest(
        writer,
        lead,
        more,
        name=digest.name,
        day=selection.day,
        edits=editor_texts(store, digest.name, selection.day),
    )
    return Draft(selection, draft, (*lead, *more), writer, usage_since(before, writer.usage()))


def editor_texts(store: Store, digest: str, day: date) -> dict[str, EntryText]:
    """Story id -> the editor's newest text for it on that day, unless a restore came
    after it (the writer tells the story again)."""
    texts: dict[str, EntryText] = {}
    for a in store.editor_actions(digest, day):
        if a.verb is EditorVerb.RESTORE:
            texts.pop(a.story_id, None)
        elif a.verb is EditorVerb.EDIT and a.content is not None:
            texts[a.story_id] = a.content
    return texts


def category_names(config: Config, digest: DigestConfig) -> dict[str, str]:
    """Category key -> its name in the digest's language."""
    return {c.key: getattr(c, digest.language) for c in config.assess.categories}


def usage_since(before: LLMUsage, after: LLMUsage) -> LLMUsage:
    """The calls (and their cost) of a client between two readings of its usage."""
    return LLMUsage(
        calls=after.calls[len(before.calls) :],
        cost=after.cost - before.cost,
        budget_exhausted=after.budget_exhausted,
        currency=after.currency,
    )


def story_brief(
    store: Store,
    config: Config,
    digest: DigestConfig,
    ranked: RankedStory,
    day: date,
    sites: Mapping[str, str] | None = None,
) -> StoryBrief:
    """A selected story with its reports, primary first: the one whose title the story
    carries, else its earliest original; copies last.  A report known by its host only
    takes the name its site goes by in the story, else in ``sites`` (the store's, see
    :func:`~newsdesk.collect.store_site_names`; read here when not given)."""
    sources = {s.id: s for s in config.sources}

    def report(stored: StoredItem, copy: bool) -> Report:
        item = stored.item
        source = sources.get(item.source_id)
        text, summary = _report_text(item.text, item.snippet)
        return Report(
            title=item.title,
            url=item.url,
            source=source.label if source else item.source_id,
            language=item.language,
            published=item.published,
            text=text,
            copy=copy,
            metrics=dict(item.metrics),
            kind=source.kind if source else "",
            publisher=item.publisher,
            publisher_key=item.publisher_key,
            summary=summary,
        )

    copies = store.copies_in_story(ranked.story.id)
    reports = [report(s, s.id in copies) for s in store.story_stored_items(ranked.story.id)]
    if sites is None:
        sites = store_site_names(store.publisher_counts())
    names = {**sites, **site_names((r.outlet, r.url) for r in reports)}
    titles = [r.title for r in reports]
    reports = [replace(r, publisher=outlet_name(r.publisher, names, titles)) for r in reports]
    reports.sort(key=lambda r: (r.copy, r.title != ranked.title, r.published is None))
    return StoryBrief(ranked, tuple(reports), day, digest.timezone)


def _report_text(text: str, snippet: str) -> tuple[str, str]:
    """The report's text, with its feed's summary first when the text does not hold it
    (a source whose "content" is a verdict such as "疑似 PR 稿" and whose summary is the
    story), and that summary ("" when the text holds it or there is none)."""
    if not text or not snippet or snippet[:20] in text:
        return text or snippet, ""
    return f"{snippet}\n\n{text}", snippet


async def write_again(
    config: Config,
    digest: DigestConfig,
    brief: StoryBrief,
    *,
    lead: bool,
    env: Mapping[str, str] | None = None,
) -> EntryText:
    """One lead entry (or "more news" line) written afresh by the LLM: its cache is not
    read, so the model is asked again.  Not verified here; the caller checks it.

    Raises EditionError when there is no LLM to ask (none configured, or its key is
    not set in ``env``, default the process environment), LLMError when its answer
    cannot be used.
    """
    key_env = os.environ if env is None else env
    client = client_from_settings(config.llm, key_env)
    if client is None:
        why = (
            "no LLM is configured (llm.base_url)"
            if config.llm.base_url is None
            else f"the LLM's key variable {config.llm.api_key_env} is not set"
        )
        raise EditionError(f"Cannot have it written again: {why}. Edit its text instead.")
    writer = Writer(client, config.write, digest.language, category_names(config, digest))
    try:
        if lead:
            entry = writer.fit(await writer.entry(brief), brief)
            written_by, text = entry.written_by, entry_text(entry)
        else:
            [line] = await writer.more([brief])
            written_by, text = line.written_by, entry_text(line)
    finally:
        await client.aclose()
    if written_by != "llm":
        why = "; ".join(writer.fallbacks) or "it answered nothing usable"
        raise LLMError(f"The LLM did not write it again: {why}.")
    return text
