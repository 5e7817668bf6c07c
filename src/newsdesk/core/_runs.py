"""Collecting and running: the pipeline over the desk's store, in the foreground or in a
thread of its own, and the runs as the store records them, stage by stage."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import date

from newsdesk import pipeline
from newsdesk.core._base import DeskBase
from newsdesk.core._views import StartedRun
from newsdesk.exceptions import ConfigError, NotFoundError
from newsdesk.model import RunRecord, RunSummary, check_day


class Runs(DeskBase):
    """Runs of the pipeline."""

    async def afetch(self, only: Sequence[str] | None = None) -> RunSummary:
        """Collect the enabled sources (or ``only`` these ids or tags) into the store, on
        the workers when ``execution.engine`` is celery."""
        return await pipeline.afetch(
            self.config, self.store, only=only, progress=self._progress,
            performer=self._performer(offline=False),
        )  # fmt: skip

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
        digest: str | None = None,
        on_start: Callable[[int], None] | None = None,
    ) -> RunSummary:
        """The whole pipeline for today, or for ``day`` (a past day, from the store).

        ``offline`` has the offline editor write even with an LLM configured;
        ``publish=False`` stops at the written digests; ``digest`` selects, writes and
        publishes that digest alone (default: every configured one).  ``on_start`` is
        given the run's id as soon as it is recorded.  With ``execution.engine: celery``
        the stages are tasks on ``newsdesk worker`` processes, recorded the same way.

        Raises ConfigError for a day still to come, a digest the config does not define,
        or an ``only`` that names no source; ExecutionError when the celery engine's
        Redis or workers do not answer.
        """
        self._check_day(day, digest)
        chosen = (self.config.digest(digest),) if digest else ()
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
            digests=chosen,
            on_start=on_start,
            performer=self._performer(offline=offline),
        )

    def run(
        self,
        *,
        day: date | None = None,
        publish: bool = True,
        offline: bool = False,
        only: Sequence[str] | None = None,
        command: str = "run",
        digest: str | None = None,
        on_start: Callable[[int], None] | None = None,
    ) -> RunSummary:
        """:meth:`arun` for callers without an event loop."""
        return asyncio.run(
            self.arun(
                day=day, publish=publish, offline=offline, only=only, command=command,
                digest=digest, on_start=on_start,
            )
        )  # fmt: skip

    def _performer(self, *, offline: bool) -> pipeline.Performer:
        """How this desk's runs are carried out: here, or on the Celery workers."""
        if self.config.execution.engine == "local":
            return pipeline.perform
        from newsdesk.workers import CeleryEngine  # Celery is imported only where it works

        engine = CeleryEngine(self.config, self.store_url, offline=offline)
        return engine.perform

    def work(self, *, queues: Sequence[str] | None = None, concurrency: int | None = None) -> None:
        """Be a Celery worker of ``execution.broker`` until stopped: take the tasks of
        runs from ``queues`` (default: every queue), ``concurrency`` at a time (default:
        ``execution.concurrency``), for this desk's store.  Raises ExecutionError when
        Redis does not answer, ConfigError for a queue newsdesk does not use."""
        from newsdesk.workers import QUEUES, start_worker

        start_worker(
            self.config.execution,
            self.store_url,
            queues=queues or QUEUES,
            concurrency=concurrency,
        )

    def _check_day(self, day: date | None, digest: str | None = None) -> None:
        """Refuse a day still to come: after today in the zone of the digest run (of
        any digest for a run of all), so a digest ahead of the config's zone may be
        run for its own today."""
        today = self.today(self.config.digest(digest).timezone) if digest else self.latest_today()
        if day is not None and day > today:
            raise ConfigError(f"--date {day} is still to come; a run writes today or a past day.")
        if day is not None:
            check_day(day)  # before the run starts: a day before the calendar fails it

    # -- in the background -----------------------------------------------------------

    def start_run(
        self,
        *,
        digest: str | None = None,
        day: date | None = None,
        publish: bool = True,
        offline: bool = False,
        command: str = "run",
    ) -> StartedRun:
        """Start :meth:`run` in a thread of its own and return as soon as the run is
        recorded, with its id: its progress is read with :meth:`run_record` while it
        goes.  One run at a time: :meth:`wait_for_runs` waits for it.

        Raises RunningError while a run this desk started is going, ConfigError for a
        day still to come or a digest the config does not define.
        """
        self._check_day(day, digest)
        chosen = self.config.digest(digest) if digest else None
        writes = day or self.today(chosen.timezone if chosen else None)
        label = f"The run of {chosen.name if chosen else 'every digest'} for {writes}"

        def work(on_start: Callable[[int], None]) -> object:
            return self.run(
                day=day, publish=publish, offline=offline, command=command, digest=digest,
                on_start=on_start,
            )  # fmt: skip

        run_id = self._background.start(work, label)
        return StartedRun(run_id, chosen.name if chosen else None, writes, publish)

    def running(self) -> int | None:
        """The id of the run :meth:`start_run` started that is still going, or None."""
        return self._background.running()

    def wait_for_runs(self, timeout: float | None = None) -> bool:
        """Wait for the run :meth:`start_run` started to finish (at most ``timeout``
        seconds); True when none is going any more."""
        return self._background.wait(timeout)

    # -- the record ------------------------------------------------------------------

    def runs(
        self,
        *,
        day: date | None = None,
        digest: str | None = None,
        limit: int = 50,
        before: int | None = None,
    ) -> list[RunRecord]:
        """The run history, newest first (of runs writing ``day``, and ``digest``), each
        run with its stages, their times and counts; ``before`` (a run id) pages back.  A
        run whose process is gone shows as abandoned.  Raises NotFoundError for a digest
        the config does not define."""
        if digest is not None and digest not in {d.name for d in self.config.digests}:
            known = ", ".join(d.name for d in self.config.digests) or "none configured"
            raise NotFoundError(f"No digest {digest!r} (digests: {known}).")
        return self.store.runs(self._now(), day=day, digest=digest, limit=limit, before=before)

    def run_record(self, run_id: int) -> RunRecord:
        """One run with the stages it has finished so far, read from the store: a run
        going in another process shows its progress too.  Raises NotFoundError."""
        # an id past what a database row holds is no run either (not the driver's overflow)
        found = self.store.run(run_id, self._now()) if 0 < run_id < 2**63 else None
        if found is None:
            raise NotFoundError(f"No run {run_id}. The run history lists them.")
        return found

    def day_run(self, digest: str | None = None, day: date | None = None) -> RunRecord:
        """The newest run writing a digest's (default: the first) day (default: today in
        its zone), as far as it has got.  Raises NotFoundError when none was recorded."""
        chosen = self._digest_config(digest)
        wanted = day or self.today(chosen.timezone)
        for found in self.store.runs(self._now(), day=wanted, limit=20):
            if found.writes(chosen.name):
                return found
        raise NotFoundError(f"No run of {chosen.name} for {wanted} yet.")
