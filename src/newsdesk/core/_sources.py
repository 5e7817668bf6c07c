"""The sources: what the store says of them, one fetch of each to check them, and the
doctor's look at everything a good run needs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from newsdesk import pipeline
from newsdesk.collect import read_health
from newsdesk.core._base import DeskBase
from newsdesk.core._views import SourceCheck, SourceStatus
from newsdesk.doctor import (
    Checkup,
    Finding,
    Verdict,
    config_finding,
    fonts_finding,
    hugo_finding,
    llm_finding,
    source_findings,
    store_finding,
)
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import SourceHealth


class Sources(DeskBase):
    """The sources' part of the desk."""

    async def adoctor(self, *, network: bool = True) -> Checkup:
        """What stands between this machine and a good run, each with what to do: the
        config, the store's schema, fonts, Hugo and, with ``network``, every source
        (fetched once, nothing stored) and the LLM endpoint with its key."""
        findings = [config_finding(self.config)]
        try:
            findings.append(store_finding(self.db_status()))
        except NewsdeskError as err:
            findings.append(Finding("store", Verdict.FAIL, str(err)))
        findings += [fonts_finding(self.config), hugo_finding(self.config)]
        if network:
            checked = await self.acheck_sources()
            findings += source_findings(checked.reports)
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

    def sources(self) -> list[SourceStatus]:
        """Every configured source with its last fetch and its health."""
        states = self.store.fetch_states()
        health = {h.source_id: h for h in read_health(self.config, self.store, self._now())}
        return [SourceStatus(s, states.get(s.id), health[s.id]) for s in self.config.sources]
