"""The sources: what the store says of them, one fetch of each to check them, and the
doctor's look at everything a good run needs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk import pipeline
from newsdesk.collect import read_health, read_locally
from newsdesk.core._base import DeskBase
from newsdesk.core._views import SourceCheck, SourceStatus
from newsdesk.doctor import (
    Checkup,
    Finding,
    Verdict,
    channel_findings,
    config_finding,
    fonts_finding,
    hugo_finding,
    llm_finding,
    schedule_findings,
    source_findings,
    store_finding,
)
from newsdesk.exceptions import NewsdeskError, NotFoundError
from newsdesk.model import SourceHealth, SourceReport


class Sources(DeskBase):
    """The sources' part of the desk."""

    async def adoctor(self, *, network: bool = True) -> Checkup:
        """What stands between this machine and a good run, each with what to do: the
        config, the store's schema, fonts, Hugo, the folders and repositories posts go to
        and, with ``network``, every source
        (fetched once, nothing stored) and the LLM endpoint with its key."""
        findings = [config_finding(self.config)]
        try:
            findings.append(store_finding(self.db_status()))
        except NewsdeskError as err:
            findings.append(Finding("store", Verdict.FAIL, str(err)))
        findings += [fonts_finding(self.config), hugo_finding(self.config)]
        findings += await asyncio.to_thread(channel_findings, self.config, network=network)
        findings += schedule_findings(self.config)
        if network:
            checked = await self.acheck_sources()
            kinds = {s.id: s.kind for s in self.config.sources}
            local = read_locally(self.config.sources)
            findings += source_findings(checked.reports, kinds, local)
            findings.append(await asyncio.to_thread(llm_finding, self.config))
        return Checkup(tuple(findings))

    def doctor(self, *, network: bool = True) -> Checkup:
        """:meth:`adoctor` for callers without an event loop."""
        return asyncio.run(self.adoctor(network=network))

    async def acheck_sources(self, only: Sequence[str] | None = None) -> SourceCheck:
        """Fetch each enabled source once and say what works; stores nothing."""
        reports = await pipeline.acheck(self.config, only=only, progress=self._progress)
        return SourceCheck(tuple(reports), tuple(self._stored_health()))

    def check_sources(self, only: Sequence[str] | None = None) -> SourceCheck:
        """:meth:`acheck_sources` for callers without an event loop."""
        return asyncio.run(self.acheck_sources(only))

    def _stored_health(self) -> list[SourceHealth]:
        """What the store says of the sources' health; nothing when there is no store yet."""
        url = self.store_url
        if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
            return []  # a check stores nothing, not even an empty database
        try:
            return read_health(self.config, self.store, self._now())
        except NewsdeskError:
            return []

    def sources(self, *, days: int = 0) -> list[SourceStatus]:
        """Every configured source with its last fetch and its health; with ``days``, the
        items it published on each of the last ``days`` days (today the last), in the
        config's zone: a source added today that lists a week of posts shows that week,
        not one day of them all (an item with no time counts on the day it was first
        seen)."""
        states = self.store.fetch_states()
        now = self._now()
        health = {h.source_id: h for h in read_health(self.config, self.store, now)}
        counts: dict[str, list[int]] = {}
        if days > 0:
            zone = ZoneInfo(self.config.timezone)
            first = self.today() - timedelta(days=days - 1)
            since = datetime.combine(first, time(0), zone)
            for source_id, published in self.store.item_times(since):
                index = (published.astimezone(zone).date() - first).days
                if 0 <= index < days:
                    counts.setdefault(source_id, [0] * days)[index] += 1
        return [
            SourceStatus(s, states.get(s.id), health[s.id], tuple(counts.get(s.id, [0] * days)))
            for s in self.config.sources
        ]

    async def acheck_source(self, source_id: str) -> SourceReport:
        """Fetch one source once (enabled or not) and say what it gave; stores nothing.
        Raises NotFoundError for a source the config does not define."""
        if source_id not in {s.id for s in self.config.sources}:
            raise NotFoundError(f"No source {source_id!r} in the config.")
        [report] = await pipeline.acheck(
            self.config, only=[source_id], enabled_only=False, progress=self._progress
        )
        return report

    def check_source(self, source_id: str) -> SourceReport:
        """:meth:`acheck_source` for callers without an event loop."""
        return asyncio.run(self.acheck_source(source_id))
