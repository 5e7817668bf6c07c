"""The scheduler: each digest's day run at its cron time, once, by whichever desk server
claims the slot first; drafts nobody acted on published after their grace period; a
failed run alerted with its reason.

:func:`~newsdesk.schedule._decide.plan` decides; :class:`Scheduler` gathers what it
decides from (the store, the clock) and carries it out through the :class:`Newsdesk`'s
own actions — ``arun``, ``approve``, ``publish`` — so a scheduled run is the run an
editor would start.  A run blocks for minutes (its CPU-bound stages run in their
coroutine), so :meth:`Scheduler.serve` does each pass in a worker thread: a server's
event loop stays free for its requests.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from newsdesk.config import Config, DigestConfig
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import (
    NOT_PUBLISHED,
    OPEN_SLOTS,
    Digest,
    EditionStatus,
    RunSummary,
    ScheduleSlot,
    SlotStatus,
)
from newsdesk.schedule._alerts import draft_text, failed_text, published_text
from newsdesk.schedule._decide import (
    SCHEDULER_USER,
    Plan,
    SlotRun,
    plan,
    publish_time,
    run_failure,
    why_not_publish,
)
from newsdesk.store._leases import holder_gone, lease_holder

if TYPE_CHECKING:
    from newsdesk.core import Newsdesk

log = logging.getLogger(__name__)

#: Seconds between two passes of :meth:`Scheduler.serve`.
POLL = 30.0
#: What a scheduled run of a digest with no channel did not do, in its record and the log.
NOTHING_SENT = "no channel is configured, so nothing was sent"


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a slot's run came to, before it is recorded."""

    status: SlotStatus
    reason: str = ""
    run_id: int | None = None
    revision: int | None = None


def _noted(outcome: _Outcome, note: str) -> _Outcome:
    """The outcome with a note on how its run came about after its reason."""
    return replace(outcome, reason="; ".join(r for r in (outcome.reason, note) if r))


class Scheduler:
    """Runs the configured digests' schedules on one desk.

    Start it from a server as one task, and stop it by setting the event::

        stop = asyncio.Event()
        task = asyncio.create_task(Scheduler(desk).serve(stop))
        ...
        stop.set(); await task      # a run in progress finishes first

    ``review_url`` is where the review notice sends an editor: a pattern with
    ``{digest}`` and ``{day}`` (default: the review page under ``server.url``, else the
    ``newsdesk edition show`` command).
    ``before_pass`` is called at the start of each pass, in its thread: a server reads
    its config file again there, so a schedule saved while nobody is using the server
    is run all the same.  Several schedulers may serve one store (two servers, a
    restart): each slot is claimed in the store and runs once.
    """

    def __init__(
        self,
        desk: Newsdesk,
        *,
        review_url: str = "",
        poll: float = POLL,
        before_pass: Callable[[], object] | None = None,
    ) -> None:
        self.desk = desk
        self.review_url = review_url
        self.poll = poll
        self.before_pass = before_pass
        #: This scheduler in the store's records: "host pid token".
        self.holder = lease_holder()
        #: When it began watching (a slot that fired earlier was missed).
        self.started = desk.now()
        self._halt = threading.Event()

    def plan(self) -> Plan:
        """What is due now, from the store's records (changes nothing)."""
        store = self.desk.store
        open_slots = store.schedule_slots(statuses=OPEN_SLOTS)
        return plan(
            self.desk.config, store.last_slots(), open_slots, self.desk.now(), self.started,
            holder_gone,
        )  # fmt: skip

    def tick(self) -> list[ScheduleSlot]:
        """One pass: call ``before_pass``, then carry out what is due now; returns the
        slots it recorded.  Blocks while a run lasts: call it from a thread (as
        :meth:`serve` does), not from a running event loop."""
        if self.before_pass is not None:
            self.before_pass()
        return self.carry_out(self.plan())

    def carry_out(self, due: Plan) -> list[ScheduleSlot]:
        """Give up the dead claims, publish the lapsed drafts, then run the due slots (a
        slot another scheduler claimed first is left to it); returns the slots recorded.
        Stops before the next run once :meth:`serve` is stopping."""
        done = [self._give_up(slot, why) for slot, why in due.give_up]
        done += [self._auto_publish(slot) for slot in due.publish]
        for run in due.runs:
            if self._halt.is_set():
                break
            done.append(self._run(run))
        return [s for s in done if s is not None]

    async def serve(self, stop: asyncio.Event) -> None:
        """Pass every :attr:`poll` seconds until ``stop`` is set, each pass in a worker
        thread.  On stop, a run in progress finishes (a process killed mid-run leaves
        its claim, which the next start runs again) and no other starts."""
        stopping = asyncio.ensure_future(stop.wait())
        try:
            while not stop.is_set():
                work = asyncio.ensure_future(asyncio.to_thread(self._pass))
                await asyncio.wait({work, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if not work.done():
                    self._halt.set()
                    await work
                    break
                await asyncio.wait({stopping}, timeout=self.poll)
        finally:
            self._halt.set()
            stopping.cancel()

    def _pass(self) -> None:
        """A pass whose failure (the store unreachable a moment) is logged, not fatal:
        the next pass tries again."""
        try:
            self.tick()
        except Exception:
            log.exception("The scheduler's pass failed; it tries again in %.0f s", self.poll)

    def scheduled(self) -> list[str]:
        """The digests with a schedule, which the server says it watches as it starts."""
        return [d.name for d in self.desk.config.digests if d.schedule]

    # -- a slot's run ----------------------------------------------------------------

    def _run(self, due: SlotRun) -> ScheduleSlot | None:
        """Claim the slot (or take over a dead claim), run its day, record and alert."""
        store, now = self.desk.store, self.desk.now()
        if due.retry_of is None:
            claimed = store.claim_slot(due.digest, due.slot, due.day, self.holder, now)
        else:
            claimed = store.take_slot(
                due.digest, due.slot, was=SlotStatus.RUNNING, was_held_by=due.retry_of,
                status=SlotStatus.RETRYING, holder=self.holder, now=now,
            )  # fmt: skip
        if not claimed:
            log.info("%s %s: another scheduler has this slot", due.digest, due.slot)
            return None
        held = ScheduleSlot(due.digest, due.slot, due.day, SlotStatus.RUNNING, now, self.holder)
        digest = self.desk.config.digest(due.digest)
        kind = "missed " if due.missed else "retried " if due.retry_of else ""
        log.info("Running the %sscheduled %s %s (slot %s)", kind, due.digest, due.day, due.slot)
        try:
            outcome = self._outcome(digest, due.day)
        except NewsdeskError as err:
            outcome = _Outcome(SlotStatus.FAILED, str(err))
        except Exception as err:  # a bug must not stop the schedule: logged, and alerted
            log.exception("The scheduled run of %s %s failed", due.digest, due.day)
            why = f"an unexpected error ({type(err).__name__}: {err})"
            outcome = _Outcome(SlotStatus.FAILED, why)
        if due.missed:
            outcome = _noted(outcome, "run late, on start: no scheduler was running when it fired")
        elif due.retry_of:
            outcome = _noted(outcome, f"run again: its first run's process ({due.retry_of}) died")
        recorded = self._record(held, outcome)
        if outcome.status is SlotStatus.FAILED:
            self._alert(digest, partial(failed_text, digest, due.day, due.slot, outcome.reason))
        elif outcome.status is SlotStatus.DRAFTED:
            at = publish_time(recorded, digest)
            url = self.review_url or review_page(self.desk.config)
            self._alert(digest, partial(draft_text, digest, due.day, outcome.revision, url, at))
        return recorded

    def _outcome(self, digest: DigestConfig, day: date) -> _Outcome:
        """Write the digest's day; then, as its review says, leave the draft or publish."""
        summary, written, failure = asyncio.run(self._write(digest, day))
        revision = written.revision if written else None
        if failure:
            return _Outcome(SlotStatus.FAILED, failure, summary.run_id, revision)
        if written is None:
            stored = self.desk.store.edition(digest.name, day)
            if stored is None or stored.status is EditionStatus.DRAFT:
                return _Outcome(SlotStatus.FAILED, _unwritten(summary, digest, day), summary.run_id)
            why = f"revision {stored.revision} is {stored.status.value}; nothing new to write"
            return _Outcome(SlotStatus.UNCHANGED, why, summary.run_id, stored.revision)
        if digest.review == "required":
            return _Outcome(SlotStatus.DRAFTED, "", summary.run_id, revision)
        status, why = self._publish(digest, day, on_site=True)  # the run's site stage
        return _Outcome(status, why, summary.run_id, revision)

    async def _write(
        self, digest: DigestConfig, day: date
    ) -> tuple[RunSummary, Digest | None, str]:
        """The digest's day selected, written and verified (not published), and why the
        run failed ("" when it did not).  A past day (the server was down) is written
        from the store after collecting what the sources have now.  Past and current are
        the digest's: its day may be over while the config's zone is still on it."""
        desk = self.desk
        today = desk.today(digest.timezone)
        fetched = await desk.afetch() if day < today else None
        current = day == today
        summary = await desk.arun(
            day=None if current else day, digest=digest.name, publish=False, command="schedule"
        )
        written = next((w.digest for w in summary.digests if w.digest.name == digest.name), None)
        return summary, written, run_failure(summary, written, fetched)

    def _publish(self, digest: DigestConfig, day: date, *, on_site: bool) -> tuple[SlotStatus, str]:
        """Publish the day on the digest's channels and rebuild the site: published, or
        failed naming each channel that did not take it.  A digest with no channel is
        only put on the site (on-site: nothing was sent), or failed when the site could
        not be rebuilt, since the site is then all it has; ``on_site`` says it is there
        already (the run that wrote it, or its approval, rebuilt the site), and a second
        build of the whole archive would only redo the first."""
        results = self.desk.publish(day, digest.name) if digest.publish else []
        try:
            if digest.publish or not on_site:
                self.desk.build_site()
        except NewsdeskError as err:
            if not digest.publish:
                return SlotStatus.FAILED, f"the site was not rebuilt: {err}"
            log.warning("The site was not rebuilt after publishing: %s", err)
        if not digest.publish:
            log.info("%s %s is on the site; %s", digest.name, day, NOTHING_SENT)
            return SlotStatus.ON_SITE, f"on the site; {NOTHING_SENT}"
        failed = [r for r in results if r.status in NOT_PUBLISHED]
        if failed:
            return SlotStatus.FAILED, "publishing failed: " + "; ".join(
                f"{r.channel}: {r.status.value}" + (f" ({r.error})" if r.error else "")
                for r in failed
            )
        return SlotStatus.PUBLISHED, ""

    # -- drafts, dead claims, records ------------------------------------------------

    def _auto_publish(self, slot: ScheduleSlot) -> ScheduleSlot | None:
        """Publish a lapsed draft unchanged, approved as the scheduler, unless an editor
        acted on it (then it is theirs, and the slot says so)."""
        store, now = self.desk.store, self.desk.now()
        taken = store.take_slot(
            slot.digest, slot.slot, was=slot.status, was_held_by=slot.holder,
            status=SlotStatus.PUBLISHING, holder=self.holder, now=now,
        )  # fmt: skip
        if not taken:
            return None
        held = replace(slot, status=SlotStatus.PUBLISHING, started=now, holder=self.holder)
        digest = self.desk.config.digest(slot.digest)
        edition = store.edition(slot.digest, slot.day)
        why = why_not_publish(slot, edition, store.editor_actions(slot.digest, slot.day))
        if why:
            log.info("%s %s is left to the editors: %s", slot.digest, slot.day, why)
            return self._record(held, _Outcome(SlotStatus.REVIEWED, why))
        try:
            approved_now = edition is not None and edition.status is EditionStatus.DRAFT
            if approved_now:
                with self.desk.acting_as(SCHEDULER_USER):
                    self.desk.approve(slot.digest, slot.day)  # with no channel, to the site
            status, said = self._publish(digest, slot.day, on_site=approved_now)
        except NewsdeskError as err:
            status, said = SlotStatus.FAILED, str(err)
        if status is SlotStatus.FAILED:
            reason = f"publishing the draft nobody acted on failed: {said}"
            self._alert(digest, partial(failed_text, digest, slot.day, slot.slot, reason))
            return self._record(held, _Outcome(status, reason))
        approved = f"nobody acted within {digest.auto_publish_after}: approved by {SCHEDULER_USER}"
        self._alert(digest, partial(published_text, digest, slot.day, slot.revision))
        if status is SlotStatus.ON_SITE:
            return self._record(held, _Outcome(status, f"{approved}; {said}"))
        reason = f"{approved} and published unchanged"
        return self._record(held, _Outcome(SlotStatus.AUTO_PUBLISHED, reason))

    def _give_up(self, slot: ScheduleSlot, why: str) -> ScheduleSlot | None:
        """Record a dead claim that is not run again as failed, and alert."""
        store, now = self.desk.store, self.desk.now()
        taken = store.take_slot(
            slot.digest, slot.slot, was=slot.status, was_held_by=slot.holder,
            status=SlotStatus.FAILED, holder=self.holder, now=now,
        )  # fmt: skip
        if not taken:
            return None
        log.warning("The scheduled run of %s %s is given up: %s", slot.digest, slot.day, why)
        digest = self.desk.config.digest(slot.digest)
        self._alert(digest, partial(failed_text, digest, slot.day, slot.slot, why))
        held = replace(slot, started=now, holder=self.holder)
        return self._record(held, _Outcome(SlotStatus.FAILED, why))

    def _record(self, held: ScheduleSlot, outcome: _Outcome) -> ScheduleSlot:
        """What became of a slot we hold, in the store; returns it as recorded."""
        now = self.desk.now()
        finished = self.desk.store.finish_slot(
            held.digest, held.slot, self.holder, outcome.status, now, run_id=outcome.run_id,
            revision=outcome.revision, reason=outcome.reason,
        )  # fmt: skip
        if not finished:
            log.warning(
                "%s %s was taken over while this scheduler held it; the record is the "
                "other's", held.digest, held.slot,
            )  # fmt: skip
        return replace(
            held,
            status=outcome.status,
            finished=now,
            run_id=outcome.run_id if outcome.run_id is not None else held.run_id,
            revision=outcome.revision if outcome.revision is not None else held.revision,
            reason=outcome.reason,
        )

    def _alert(self, digest: DigestConfig, text: Callable[..., str]) -> None:
        """Send the alert ``text()`` gives, in the digest's language; one with nowhere to
        go is logged, in English as the rest of the log (``text(language="en")``)."""
        if not self.desk.config.alert_channels_of(digest):
            log.warning("%s has no alert channel: %s", digest.name, text(language="en"))
        self.desk.alert(digest.name, text())


def review_page(config: Config) -> str:
    """The review desk's page of a digest's day under ``server.url``, as a pattern of
    ``{digest}`` and ``{day}`` ("" when unset): an editor told of a draft on a phone opens
    it there, where a command would need a shell on the server."""
    if config.server.url is None:
        return ""
    return config.server.url.rstrip("/") + "/review?digest={digest}&date={day}"


def _unwritten(summary: RunSummary, digest: DigestConfig, day: date) -> str:
    """Why a run wrote nothing of the day: most often no story of it was stored yet (the
    schedule fires before its day's news is in), which says when to schedule it."""
    selections = summary.desk.selections if summary.desk else ()
    if any(s.digest == digest.name and not s.ranked for s in selections):
        return (
            f"no story of {day} was stored when it ran: its sources had published nothing "
            f"of that day yet ({digest.timezone}); a daily digest is best scheduled late in "
            "its day, when the day's news is in"
        )
    return f"nothing was written for {digest.name} {day}"
