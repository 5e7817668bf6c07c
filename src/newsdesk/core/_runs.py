"""Collecting and running: the pipeline over the desk's store."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date

from newsdesk import pipeline
from newsdesk.core._base import DeskBase
from newsdesk.exceptions import ConfigError
from newsdesk.model import RunSummary


class Runs(DeskBase):
    """Runs of the pipeline."""

    async def afetch(self, only: Sequence[str] | None = None) -> RunSummary:
        """Collect the enabled sources (or ``only`` these ids or tags) into the store."""
        return await pipeline.afetch(self.config, self.store, only=only, progress=self._progress)

    def fetch(self, only: Sequence[str] | None = None) -> RunSummary:
        """:meth:`afetch` for callers without an event loop."""
        return asyncio.run(self.afetch(only))

    async def arun(
        self,
        *,
        day: date | None = None,
        publish: bool = True,
        offline: bool = False,
        only: Sequence[str] | None = None,
        command: str = "run",
    ) -> RunSummary:
        """The whole pipeline for today, or for ``day`` (a past day, from the store).

        ``offline`` has the offline editor write even with an LLM configured;
        ``publish=False`` stops at the written digests.  Raises ConfigError for a day
        still to come, or an ``only`` that names no source.
        """
        if day is not None and day > self.today():
            raise ConfigError(f"--date {day} is still to come; a run writes today or a past day.")
        return await pipeline.arun(
            self.config,
            self.store,
            command=command,
            only=only,
            progress=self._progress,
            now=self._now(),
            day=day,
            embedder=self.embedder,
            offline=offline,
            publish=publish,
        )

    def run(
        self,
        *,
        day: date | None = None,
        publish: bool = True,
        offline: bool = False,
        only: Sequence[str] | None = None,
        command: str = "run",
    ) -> RunSummary:
        """:meth:`arun` for callers without an event loop."""
        return asyncio.run(
            self.arun(day=day, publish=publish, offline=offline, only=only, command=command)
        )
