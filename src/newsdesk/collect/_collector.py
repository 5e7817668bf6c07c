"""Collect every enabled source once: fetch, parse, normalise, store.

A source that fails is recorded on its row and in the report; it never stops the others.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from newsdesk.collect._fulltext import fetch_article
from newsdesk.collect._http import Fetcher
from newsdesk.collect._normalize import normalize_entry
from newsdesk.collect.kinds import KINDS, CollectContext
from newsdesk.config import Config, SourceConfig
from newsdesk.exceptions import SourceError, StoreError
from newsdesk.model import (
    Collected,
    Entry,
    FetchState,
    FulltextReport,
    Item,
    Outcome,
    SourceReport,
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


def to_items(source: SourceConfig, entries: Sequence[Entry], zone: ZoneInfo) -> list[Item]:
    """Filter by the source's keywords and normalise; entries without link or title drop."""
    wanted = keyword_filter(source.keywords)
    items = []
    for entry in entries:
        if not wanted(entry):
            continue
        item = normalize_entry(
            entry,
            source_id=source.id,
            source_name=source.label,
            language_hint=source.language,
            zone=zone,
        )
        if item is not None:
            items.append(item)
    return items


async def collect_one(
    source: SourceConfig, ctx: CollectContext
) -> tuple[Collected | None, str | None]:
    """Run the source's kind; a failure becomes a message, never an exception."""
    try:
        return await KINDS[source.kind](source, ctx), None
    except SourceError as err:
        return None, str(err)
    except Exception as err:  # a parser tripping on hostile input must not end the run
        log.debug("source %s crashed", source.id, exc_info=True)
        return None, f"unexpected {type(err).__name__} while reading the source: {err}"


def _next_state(state: FetchState, collected: Collected | None, error: str | None) -> FetchState:
    now = datetime.now(UTC)
    if collected is None:
        return replace(
            state,
            last_fetched=now,
            last_status=Outcome.FAILED.value,
            last_error=error,
            consecutive_failures=state.consecutive_failures + 1,
        )
    return replace(
        state,
        etag=collected.etag,
        last_modified=collected.last_modified,
        last_fetched=now,
        last_success=now,
        last_status=(Outcome.NOT_MODIFIED if collected.not_modified else Outcome.OK).value,
        last_error=None,
        consecutive_failures=0,
    )


async def collect_sources(
    config: Config,
    store: Store,
    fetcher: Fetcher,
    sources: Sequence[SourceConfig],
    progress: Progress,
) -> list[SourceReport]:
    """Collect ``sources`` concurrently and store their items; reports in config order."""
    store.sync_sources(sources)
    states = store.fetch_states()
    progress.stage("fetch", len(sources))

    async def one(source: SourceConfig) -> SourceReport:
        started = time.monotonic()
        state = states.get(source.id) or FetchState(source_id=source.id)
        ctx = CollectContext(fetcher, state, config.base_dir, config.rsshub)
        collected, error = await collect_one(source, ctx)
        counts = UpsertCounts()
        if collected is not None:
            zone = ZoneInfo(source.timezone or config.timezone)
            items = to_items(source, collected.entries, zone)
            try:
                counts = store.upsert_items(items, datetime.now(UTC))
            except StoreError as err:
                collected, error = None, str(err)
        store.save_fetch_state(_next_state(state, collected, error))
        report = SourceReport(
            source_id=source.id,
            outcome=(
                Outcome.FAILED
                if collected is None
                else Outcome.NOT_MODIFIED
                if collected.not_modified
                else Outcome.OK
            ),
            entries=len(collected.entries) if collected else 0,
            counts=counts,
            error=error,
            warnings=collected.warnings if collected else (),
            seconds=time.monotonic() - started,
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
        ctx = CollectContext(fetcher, FetchState(source.id), config.base_dir, config.rsshub)
        collected, error = await collect_one(source, ctx)
        zone = ZoneInfo(source.timezone or config.timezone)
        items = to_items(source, collected.entries, zone) if collected else []
        report = SourceReport(
            source_id=source.id,
            outcome=Outcome.OK if collected else Outcome.FAILED,
            entries=len(items),
            error=error,
            warnings=collected.warnings if collected else (),
            seconds=time.monotonic() - started,
        )
        progress.advance(source.label, ok=report.outcome is not Outcome.FAILED)
        return report

    return list(await asyncio.gather(*(one(s) for s in sources)))


async def collect_fulltext(
    config: Config,
    store: Store,
    fetcher: Fetcher,
    sources: Sequence[SourceConfig],
    progress: Progress,
) -> FulltextReport:
    """Extract article text for snippet-only items of sources with ``fulltext: true``."""
    ids = [s.id for s in sources if s.fulltext]
    settings = config.fulltext
    pending = store.items_needing_fulltext(ids, settings.min_chars, settings.limit)
    progress.stage("full text", len(pending))
    gate = asyncio.Semaphore(settings.concurrency)
    extracted = failed = 0

    async def one(index: int) -> None:
        nonlocal extracted, failed
        item = pending[index]
        async with gate:
            text, status = await fetch_article(fetcher, item)
        store.save_fulltext(item.id, text, status)
        if text:
            extracted += 1
        else:
            failed += 1
        progress.advance(item.item.title[:40], ok=bool(text))

    await asyncio.gather(*(one(i) for i in range(len(pending))))
    return FulltextReport(extracted=extracted, failed=failed)
