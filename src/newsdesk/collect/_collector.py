"""Collect every enabled source once: fetch, parse, normalise, store.

A source that fails is recorded on its row and in the report; it never stops the others.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from newsdesk.collect._fulltext import Extractor, fetch_article
from newsdesk.collect._http import Fetcher
from newsdesk.collect._normalize import normalize_entry
from newsdesk.collect.kinds import KINDS, CollectContext
from newsdesk.collect.kinds._base import ENTRY_ERRORS, entry_reason
from newsdesk.config import Config, SourceConfig, as_written, not_set, unset_variables
from newsdesk.exceptions import SourceError, StoreError
from newsdesk.model import (
    Collected,
    Entry,
    FetchState,
    FulltextReport,
    Item,
    Outcome,
    SourceReport,
    StoredItem,
    UpsertCounts,
)
from newsdesk.progress import Progress
from newsdesk.store import Store

log = logging.getLogger(__name__)


def keyword_filter(keywords: Sequence[str]) -> Callable[[Entry], bool]:
    """A predicate: does the entry's title or summary mention any keyword?

    Latin keywords match whole words ("AI" must not match "said"); CJK ones match anywhere.
    """
    if not keywords:
        return lambda entry: True
    latin = [k for k in keywords if k.isascii()]
    cjk = [k for k in keywords if not k.isascii()]
    pattern = (
        # ASCII word boundaries: "AI" must match in "字节跳动AI团队" but not in "said".
        re.compile(
            r"(?<![\w])(?:" + "|".join(map(re.escape, latin)) + r")(?![\w])", re.I | re.ASCII
        )
        if latin
        else None
    )

    def matches(entry: Entry) -> bool:
        text = f"{entry.title}\n{entry.summary}"
        return bool(pattern and pattern.search(text)) or any(k in text for k in cjk)

    return matches


#: Why the normaliser left an entry out.
NO_LINK_OR_TITLE = "no usable link or title"
#: Why the store left an item out (it logs the database's own words).
REFUSED = "refused by the database"


def to_items(
    source: SourceConfig, entries: Sequence[Entry], zone: ZoneInfo
) -> tuple[list[Item], Counter[str]]:
    """Filter by the source's keywords and normalise, each entry on its own.

    Returns the items and, by reason, the wanted entries left out.
    """
    wanted = keyword_filter(source.keywords)
    items: list[Item] = []
    skipped: Counter[str] = Counter()
    for entry in entries:
        try:
            if not wanted(entry):
                continue
            item = normalize_entry(
                entry,
                source_id=source.id,
                source_name=source.label,
                language_hint=source.language,
                zone=zone,
                aggregator=source.aggregator,
            )
        except ENTRY_ERRORS as err:
            log.debug("source %s: entry not normalised", source.id, exc_info=True)
            skipped[entry_reason(err)] += 1
            continue
        if item is None:
            skipped[NO_LINK_OR_TITLE] += 1
        else:
            items.append(item)
    return items, skipped


@dataclass(frozen=True, slots=True)
class SourceRead:
    """One source read and normalised, or the reason it could not be."""

    collected: Collected | None
    items: list[Item]
    error: str | None
    warnings: tuple[str, ...]
    #: Entries left out, by reason (the kind's and the normaliser's).
    skipped: dict[str, int]


async def read_source(source: SourceConfig, ctx: CollectContext, zone: ZoneInfo) -> SourceRead:
    """Run the source's kind and normalise; a failure becomes a message, never an exception."""
    missing = unset_variables(source)
    if missing:
        return SourceRead(None, [], not_set(missing, "fetch"), (), {})
    try:
        collected = await KINDS[source.kind](source, ctx)
        items, skipped = to_items(source, collected.entries, zone)
    except SourceError as err:
        return SourceRead(None, [], as_written(str(err), source), (), {})
    except Exception as err:  # a parser tripping on hostile input must not end the run
        log.debug("source %s crashed", source.id, exc_info=True)
        message = f"unexpected {type(err).__name__} while reading the source: {err}"
        return SourceRead(None, [], as_written(message, source), (), {})
    skipped.update(collected.skipped)
    warnings = tuple(as_written(warning, source) for warning in collected.warnings)
    return SourceRead(collected, items, None, warnings, dict(skipped))


def newest(items: Sequence[Item]) -> datetime | None:
    """The newest publication time among the items (None when none is dated)."""
    return max((i.published for i in items if i.published is not None), default=None)


def _next_state(state: FetchState, read: SourceRead, error: str | None) -> FetchState:
    now = datetime.now(UTC)
    collected = read.collected
    if collected is None or error is not None:
        return replace(
            state,
            last_fetched=now,
            last_status=Outcome.FAILED.value,
            last_error=error,
            consecutive_failures=state.consecutive_failures + 1,
        )
    if collected.not_modified:  # nothing read: what the last full fetch saw still holds
        return replace(
            state,
            etag=collected.etag,
            last_modified=collected.last_modified,
            last_fetched=now,
            last_success=now,
            last_status=Outcome.NOT_MODIFIED.value,
            last_error=None,
            consecutive_failures=0,
        )
    return replace(
        state,
        etag=collected.etag,
        last_modified=collected.last_modified,
        last_fetched=now,
        last_success=now,
        last_status=Outcome.OK.value,
        last_error=None,
        consecutive_failures=0,
        last_entries=len(collected.entries),
        last_newest=newest(read.items),
        last_skipped=read.skipped,
    )


def unusable(read: SourceRead) -> str | None:
    """Why a source that answered gave nothing to use: every record it holds was left
    out (not merely filtered by its keywords), so a check must not call it ok."""
    collected = read.collected
    if collected is None or collected.not_modified or read.items or not read.skipped:
        return None
    normalised = sum(read.skipped.values()) - sum(collected.skipped.values())
    if len(collected.entries) > normalised:  # some were left out by the keywords
        return None
    total = sum(read.skipped.values())
    reason = max(read.skipped, key=lambda r: read.skipped[r])  # the first of the most
    more = "; and other reasons" if len(read.skipped) > 1 else ""
    return f"no usable records: all {total} were skipped ({reason}{more})"


def _outcome(collected: Collected | None) -> Outcome:
    if collected is None:
        return Outcome.FAILED
    return Outcome.NOT_MODIFIED if collected.not_modified else Outcome.OK


async def collect_sources(
    config: Config,
    store: Store,
    fetcher: Fetcher,
    sources: Sequence[SourceConfig],
    progress: Progress,
) -> list[SourceReport]:
    """Collect ``sources`` concurrently and store their items; reports in config order."""
    store.sync_sources(sources)
    states = store.fetch_states([s.id for s in sources])
    progress.stage("fetch", len(sources))

    async def one(source: SourceConfig) -> SourceReport:
        started = time.monotonic()
        state = states.get(source.id) or FetchState(source_id=source.id)
        zone = ZoneInfo(source.timezone or config.timezone)
        ctx = CollectContext(
            fetcher.for_source(source), state, config.base_dir, config.rsshub,
            config.fetch.parse_timeout, zone,
        )  # fmt: skip
        read = await read_source(source, ctx, zone)
        collected, error, counts = read.collected, read.error, UpsertCounts()
        if collected is not None:
            try:
                counts = store.upsert_items(read.items, datetime.now(UTC))
            except StoreError as err:
                collected, error = None, as_written(str(err), source)
        if counts.rejected:
            read = replace(read, skipped=read.skipped | {REFUSED: counts.rejected})
        store.save_fetch_state(_next_state(state, read, error))
        report = SourceReport(
            source_id=source.id,
            outcome=_outcome(collected),
            entries=len(collected.entries) if collected else 0,
            counts=counts,
            error=error,
            warnings=read.warnings,
            seconds=time.monotonic() - started,
            skipped=read.skipped if collected else {},
            newest=newest(read.items),
        )
        progress.advance(source.label, ok=report.outcome is not Outcome.FAILED)
        return report

    return list(await asyncio.gather(*(one(s) for s in sources)))


async def check_sources(
    config: Config,
    fetcher: Fetcher,
    sources: Sequence[SourceConfig],
    progress: Progress,
) -> list[SourceReport]:
    """Fetch and parse each source once, unconditionally, storing nothing."""
    progress.stage("check", len(sources))

    async def one(source: SourceConfig) -> SourceReport:
        started = time.monotonic()
        zone = ZoneInfo(source.timezone or config.timezone)
        ctx = CollectContext(
            fetcher.for_source(source), FetchState(source.id), config.base_dir, config.rsshub,
            config.fetch.parse_timeout, zone,
        )  # fmt: skip
        read = await read_source(source, ctx, zone)
        error = read.error or unusable(read)
        report = SourceReport(
            source_id=source.id,
            outcome=Outcome.FAILED if error else _outcome(read.collected),
            entries=len(read.items),
            error=error,
            warnings=read.warnings,
            seconds=time.monotonic() - started,
            skipped=read.skipped,
            newest=newest(read.items),
        )
        progress.advance(source.label, ok=report.outcome is not Outcome.FAILED)
        return report

    return list(await asyncio.gather(*(one(s) for s in sources)))


def fulltext_pending(
    config: Config,
    store: Store,
    sources: Sequence[SourceConfig],
    *,
    only: Collection[int] | None = None,
) -> list[StoredItem]:
    """The items :func:`collect_fulltext` would extract now (at most ``fulltext.limit``,
    newest first)."""
    settings = config.fulltext
    ids = [s.id for s in sources if s.fulltext]
    return store.items_needing_fulltext(ids, settings.min_chars, settings.limit, only=only)


async def collect_fulltext(
    config: Config,
    store: Store,
    fetcher: Fetcher,
    sources: Sequence[SourceConfig],
    progress: Progress,
    *,
    only: Collection[int] | None = None,
) -> FulltextReport:
    """Extract article text for snippet-only items of sources with ``fulltext: true``
    (of the items ``only`` names, when given)."""
    by_id = {s.id: s for s in sources if s.fulltext}
    settings = config.fulltext
    pending = fulltext_pending(config, store, sources, only=only)
    progress.stage("full text", len(pending))
    gate = asyncio.Semaphore(settings.concurrency)
    extracted = failed = postponed = 0

    async def one(index: int, extractor: Extractor) -> None:
        nonlocal extracted, failed, postponed
        item = pending[index]
        async with gate:
            # A link inside a feed is the feed's word: guarded as its source is.
            source_fetcher = fetcher.for_source(by_id[item.item.source_id])
            text, status = await fetch_article(source_fetcher, item, extractor)
        if status is None:  # the stage's time ran out: the next run tries it
            postponed += 1
        else:
            store.save_fulltext(item.id, text, status)
            extracted += bool(text)
            failed += not text
        progress.advance(item.item.title[:40], ok=bool(text))

    if pending:
        async with Extractor(settings) as extractor:
            await asyncio.gather(*(one(i, extractor) for i in range(len(pending))))
    return FulltextReport(extracted=extracted, failed=failed, postponed=postponed)
