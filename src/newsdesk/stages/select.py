"""select: each digest's lead and "more news" of its day, recorded as its edition.

Also the day's ranking as ``newsdesk stories`` shows it, and selection explained.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from newsdesk.collect import read_health
from newsdesk.config import Config, DigestConfig, not_set, unset_variables, waits_on_tags
from newsdesk.desk import rank_stories, select_stories
from newsdesk.editor import llm_usable
from newsdesk.model import (
    EditorVerb,
    RankedStory,
    Selection,
    UnchangedEdition,
    actions_in_force,
)
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages._days import day_window, output_folder
from newsdesk.store import Store

log = logging.getLogger("newsdesk")


@dataclass(frozen=True, slots=True)
class Selected:
    """The selections select recorded in this run: the editions still to write."""

    #: One per digest with a new or refreshed draft, each with its revision.
    selections: tuple[Selection, ...]
    #: Each digest of the run whose settings name a variable not set, left out, and why
    #: ("ai-daily", "ai-daily: DIGEST_TITLE is not set: ..."); the others ran.
    waiting: tuple[tuple[str, str], ...] = ()
    #: Each source a digest of the run draws on that waits for a variable not set, which
    #: the digest went without ("ai-daily goes without tg: TG_TOKEN is not set: ...").
    without: tuple[str, ...] = ()


class Select:
    """:func:`select` for the run's day and digests, at the run's clock; a digest whose
    settings name a variable not set is left out, saying which, and the others run."""

    name = "select"

    async def run(self, ctx: StageContext) -> StageResult:
        ready, waiting = [], {}
        for digest in ctx.digests or ctx.config.digests:
            missing = unset_variables(digest, exclude=("publish",))  # channels wait alone
            if missing:
                waiting[digest.name] = f"{digest.name}: {not_set(missing, 'run it')}"
            else:
                ready.append(digest)
        found = select(ctx.store, ctx.config, ctx.now, day=ctx.day, digests=ready)
        without = [line for digest in ready for line in going_without(ctx.config, digest)]
        return StageResult(
            counts={s.digest: len(s.lead) + len(s.more) for s in found},
            output=Selected(tuple(found), tuple(waiting.items()), tuple(without)),
            errors=tuple({"digest": name, "error": said} for name, said in waiting.items()),
        )


def digest_sources(config: Config, digest: DigestConfig) -> set[str]:
    """The ids of the sources a digest draws on (its ids and tags; none: every source)."""
    if not digest.sources:
        return {s.id for s in config.sources}
    wanted = set(digest.sources)
    return {s.id for s in config.sources if s.id in wanted or wanted & set(s.tags)}


def going_without(config: Config, digest: DigestConfig) -> list[str]:
    """One line per enabled source the digest draws on that waits for a variable not set
    (or may, when the digest names a tag no source has yet and the source's tags wait):
    the digest is written without it, and its editor should know which variable to set."""
    wanted = digest_sources(config, digest)
    known = {s.id for s in config.sources} | {t for s in config.sources for t in s.tags}
    unknown = bool(set(digest.sources) - known)
    return [
        f"{digest.name} goes without {source.id}: {not_set(names, 'run it')}"
        for index, source in enumerate(config.sources)
        if source.enabled
        and (names := unset_variables(source))
        and (source.id in wanted or (unknown and waits_on_tags(config, index)))
    ]


def unavailable_sources(
    store: Store, config: Config, digest: DigestConfig, now: datetime
) -> tuple[str, ...]:
    """Names of the digest's sources that are failing, stale or waiting for a variable not
    set: its news may be missing."""
    wanted = digest_sources(config, digest)
    mine = [s for s in config.sources if s.id in wanted and s.enabled]
    down = {h.source_id for h in read_health(config, store, now, mine) if h.unavailable}
    return tuple(s.label for s in mine if s.id in down or unset_variables(s))


def rank_for_digest(
    store: Store, config: Config, digest: DigestConfig, start: datetime, end: datetime
) -> list[RankedStory]:
    """The day's stories as this digest ranks them (its sources, language, novelty)."""
    allowed = digest_sources(config, digest)
    stories = [s for s in store.stories(since=start, until=end) if allowed & set(s.sources)]
    published = store.published_counts(digest.name, before=start.date())
    minimum = digest.select.min_relevance
    return rank_stories(
        stories,
        language=digest.language,
        published=published,
        novelty_factor=config.assess.novelty_factor,
        min_relevance=config.assess.relevance_threshold if minimum is None else minimum,
        sources=allowed,
    )


def select(
    store: Store,
    config: Config,
    now: datetime,
    *,
    day: date | None = None,
    digests: Sequence[DigestConfig] | None = None,
) -> list[Selection]:
    """Each digest's lead and "more news" for its day, with the editor's actions applied,
    recorded as its edition: the draft revision is refreshed, and an approved or
    published one is left as it was (a different selection becomes a new draft).
    Returns the selections recorded, each with its revision: those still to write."""
    selections = []
    for digest in digests if digests is not None else config.digests:
        start, _ = day_window(digest.timezone, day, now)
        seen = store.last_action(digest.name, start.date())  # before the actions are read
        selection = _selection(store, config, digest, day, now)
        revision = store.save_edition(selection, now, seen)
        if revision is None:
            log.info(
                "%s %s: nothing new for the approved or published edition, or an "
                "editor's later action already wrote it",
                digest.name,
                selection.day,
            )
            continue
        selections.append(replace(selection, revision=revision))
    return selections


def unchanged_editions(
    store: Store,
    config: Config,
    now: datetime,
    selected: Selected,
    *,
    day: date | None = None,
    digests: Sequence[DigestConfig] | None = None,
) -> tuple[UnchangedEdition, ...]:
    """The run's digests that :func:`select` left as they were (nothing new for their
    approved or published edition), each with its stored revision and folder: a run
    that writes nothing for a digest still says where its day stands."""
    recorded = {s.digest for s in selected.selections} | {name for name, _ in selected.waiting}
    unchanged = []
    for digest in digests if digests else config.digests:
        if digest.name in recorded:
            continue
        start, _ = day_window(digest.timezone, day, now)
        edition = store.edition(digest.name, start.date())
        if edition is None:
            continue
        folder = output_folder(config, digest.name, edition.day)
        unchanged.append(
            UnchangedEdition(
                digest.name, edition.day, edition.revision, edition.status, str(folder)
            )
        )
    return tuple(unchanged)


def _selection(
    store: Store, config: Config, digest: DigestConfig, day: date | None, now: datetime
) -> Selection:
    start, end = day_window(digest.timezone, day, now)
    ranked = rank_for_digest(store, config, digest, start, end)
    actions = store.editor_actions(digest.name, start.date())
    return select_stories(
        ranked,
        digest.select,
        digest=digest.name,
        day=start.date(),
        actions=actions,
        untranslated=None if translates(config) else digest.language,
    )


def translates(config: Config, env: Mapping[str, str] | None = None) -> bool:
    """Whether the digests' writer can tell a story in a language none of its reports is
    in: an LLM is configured and usable (its key set, or a local server), per ``env``
    (default: the process environment)."""
    return llm_usable(config.llm, os.environ if env is None else env)


def explain_day(
    store: Store, config: Config, digest_name: str | None, day: date | None, now: datetime
) -> list[Selection]:
    """Each digest's selection of its day (or the named digest's) as ``select`` makes
    it, with its decision for every story; nothing is stored.

    Raises ConfigError for a digest name the config does not define.
    """
    digests = [config.digest(digest_name)] if digest_name else config.digests
    return [_selection(store, config, digest, day, now) for digest in digests]


@dataclass(frozen=True, slots=True)
class DayRanking:
    """A day's stories as ``newsdesk stories`` shows them."""

    #: The day, in the zone of the digest (or of the config).
    day: date
    #: Stories, best first.
    ranked: list[RankedStory]
    #: Story id -> "lead", "more" or "dropped" (by the editor) in the digest's edition of
    #: the day (None: no digest).
    sections: dict[str, str] | None


def ranked_day(
    store: Store, config: Config, digest_name: str | None, day: date | None, now: datetime
) -> DayRanking:
    """A day's stories, ranked for one digest (with its edition's sections) or overall.

    Raises ConfigError for a digest name the config does not define.
    """
    if digest_name is None:
        start, end = day_window(config.timezone, day, now)
        ranked = rank_stories(
            store.stories(since=start, until=end),
            language="",  # each story's own representative title
            published={},
            novelty_factor=1.0,
            min_relevance=config.assess.relevance_threshold,
        )
        return DayRanking(start.date(), ranked, None)
    digest = config.digest(digest_name)
    start, end = day_window(digest.timezone, day, now)
    ranked = rank_for_digest(store, config, digest, start, end)
    return DayRanking(start.date(), ranked, _sections(store, digest.name, start.date()))


def _sections(store: Store, digest: str, day: date) -> dict[str, str]:
    """Story id -> "lead" or "more" in the digest's edition of the day, or "dropped" for
    a story the editor dropped from it (a blank said nothing of why it is not there)."""
    sections = dict(store.edition_sections(digest, day))
    for story_id, actions in actions_in_force(store.editor_actions(digest, day)).items():
        placing = [a.verb for a in actions if a.verb is not EditorVerb.EDIT]
        if placing and placing[-1] is EditorVerb.DROP and story_id not in sections:
            sections[story_id] = "dropped"
    return sections


def newest_story_day(store: Store, zone: str) -> date | None:
    """The day (in ``zone``) of the most recently updated story, if there is one."""
    newest = store.stories(limit=1)
    return newest[0].last_updated.astimezone(ZoneInfo(zone)).date() if newest else None
