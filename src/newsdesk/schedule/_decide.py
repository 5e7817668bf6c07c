"""The scheduler's decisions, pure: given the config, the slots the store recorded and the
time, what is due, what to take over, what to give up, and what to publish.

Nothing here reads the store or the clock (as reader's ``Decider``): the
:class:`~newsdesk.schedule.Scheduler` gathers the inputs and carries the decisions out,
so every rule is tested with plain values.

The rules:

- Only a digest's **latest** slot (its newest cron time at or before now) is ever run.
  One that fired while this scheduler was watching runs at once.  One that fired before
  it started (the server was down) runs once on start if the digest's schedule ran before
  (a schedule new to the store starts with its next slot) and it fired at most
  :data:`MISSED_LIMIT` ago; older slots, and every slot but the latest, never run.
- A slot recorded is never run again; a digest with a slot in progress starts no other.
- A claim whose process died (gone from this machine, or held over :data:`STALE_CLAIM`)
  is run again once, if it is still its digest's latest slot and within the limit;
  otherwise, or when its second run dies too, it is recorded as failed.
- A draft of a scheduled run is published once ``auto_publish_after`` has passed since
  its run ended, unless an editor acted on it (:func:`why_not_publish`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from newsdesk.config import Config, DigestConfig
from newsdesk.model import (
    Digest,
    EditionStatus,
    EditorAction,
    Outcome,
    RunSummary,
    ScheduleSlot,
    SlotStatus,
    SourceReport,
    StoredEdition,
)
from newsdesk.schedule._cron import latest_slot, slot_day

#: The oldest a missed slot may be and still run on start: its news would be stale.
MISSED_LIMIT = timedelta(days=1)
#: A claim held longer than this is taken to be dead (its process hung, or ran on
#: another machine that stopped); a process of this machine is known dead at once.
STALE_CLAIM = timedelta(hours=6)
#: A run whose verifier dropped more than this share of the claims it checked failed:
#: what is left says too little its sources support.
MOST_DROPPED = 0.5
#: Who the scheduler's approvals are recorded as.
SCHEDULER_USER = "scheduler"
#: Failed sources named in a failure's reason; the rest are counted.
_NAMED = 3


@dataclass(frozen=True, slots=True)
class SlotRun:
    """A slot to run now."""

    #: Digest name.
    digest: str
    #: When its cron fired (UTC).
    slot: datetime
    #: The digest's day it runs, in the digest's zone.
    day: date
    #: True when it fired before this scheduler started watching (the server was down).
    missed: bool = False
    #: The holder of a claim whose process died: this run takes it over (None: a new claim).
    retry_of: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What one pass of the scheduler does."""

    #: Slots to claim and run, in config order.
    runs: tuple[SlotRun, ...] = ()
    #: Drafts whose grace period is over (or whose publishing process died): publish them
    #: unless an editor acted.
    publish: tuple[ScheduleSlot, ...] = ()
    #: Dead claims not run again, each with why.
    give_up: tuple[tuple[ScheduleSlot, str], ...] = ()


def plan(
    config: Config,
    last: Mapping[str, ScheduleSlot],
    open_slots: Sequence[ScheduleSlot],
    now: datetime,
    started: datetime,
    gone: Callable[[str], bool],
) -> Plan:
    """What is due at ``now`` for a scheduler that began watching at ``started``.

    Args:
        last: each digest's newest recorded slot (``Store.last_slots``).
        open_slots: every slot held or drafted (``Store.schedule_slots`` with
            ``OPEN_SLOTS``).
        gone: whether a holder ("host pid token") is a process of this machine that no
            longer runs.
    """
    runs: list[SlotRun] = []
    publish: list[ScheduleSlot] = []
    give_up: list[tuple[ScheduleSlot, str]] = []
    for digest in config.digests:
        if digest.schedule is None:
            continue
        latest = latest_slot(digest.schedule, digest.timezone, now)
        mine = [s for s in open_slots if s.digest == digest.name]
        busy = False
        for held in (s for s in mine if s.status in (SlotStatus.RUNNING, SlotStatus.RETRYING)):
            if not _dead(held, now, gone):
                busy = True
            elif (why := _no_retry(held, latest, now)) is not None:
                give_up.append((held, why))
            else:
                runs.append(SlotRun(digest.name, held.slot, held.day, retry_of=held.holder))
                busy = True
        publish += [s for s in mine if _publish_due(s, digest, now, gone)]
        if busy or latest is None:
            continue
        recorded = digest.name in last and last[digest.name].slot >= latest
        if recorded:
            continue
        day = slot_day(latest, digest.timezone)
        if latest >= started:
            runs.append(SlotRun(digest.name, latest, day))
        elif digest.name in last and now - latest <= MISSED_LIMIT:
            runs.append(SlotRun(digest.name, latest, day, missed=True))
    return Plan(tuple(runs), tuple(publish), tuple(give_up))


def _dead(held: ScheduleSlot, now: datetime, gone: Callable[[str], bool]) -> bool:
    return gone(held.holder) or now - held.started > STALE_CLAIM


def _no_retry(held: ScheduleSlot, latest: datetime | None, now: datetime) -> str | None:
    """Why a dead claim is not run again (None: it is, once)."""
    if held.status is SlotStatus.RETRYING:
        return f"its run stopped twice before it finished ({held.holder} was the second)"
    if latest is not None and held.slot < latest:
        return f"its run stopped before it finished ({held.holder}); a later slot runs instead"
    if now - held.slot > MISSED_LIMIT:
        return f"its run stopped before it finished ({held.holder}) over a day ago"
    return None


def _publish_due(
    slot: ScheduleSlot, digest: DigestConfig, now: datetime, gone: Callable[[str], bool]
) -> bool:
    """A draft past its grace period, or an auto-publish whose process died."""
    if slot.status is SlotStatus.PUBLISHING:
        return _dead(slot, now, gone)
    grace = digest.grace
    return (
        slot.status is SlotStatus.DRAFTED
        and grace is not None
        and slot.finished is not None
        and now >= slot.finished + grace
    )


def publish_time(slot: ScheduleSlot, digest: DigestConfig) -> datetime | None:
    """When a drafted slot is published unless an editor acts (None: never)."""
    grace = digest.grace
    if slot.status is not SlotStatus.DRAFTED or grace is None or slot.finished is None:
        return None
    return slot.finished + grace


def why_not_publish(
    slot: ScheduleSlot, edition: StoredEdition | None, actions: Sequence[EditorAction]
) -> str:
    """Why the draft a scheduled run made may not be published unchanged ("" when it may):
    an editor approved, published, pinned, dropped, moved or edited since its run began
    (for a draft whose publishing process died, since its run ended), or it is no longer
    the newest revision."""
    if edition is None:
        return "its edition is no longer in the store"
    revision = edition.revision
    if edition.approved_by == SCHEDULER_USER and revision == slot.revision:
        return ""  # a scheduler approved it and died before it was published
    if edition.status is EditionStatus.APPROVED:
        who = edition.approved_by or "an editor"
        return f"{who} approved revision {revision}: it is theirs to publish"
    if edition.status is EditionStatus.PUBLISHED:
        return f"revision {revision} was published by hand"
    if revision != slot.revision:
        return f"the draft is now revision {revision}, not the one the run wrote"
    since = slot.started if slot.status is SlotStatus.DRAFTED else slot.finished or slot.started
    acted = [a for a in actions if a.at >= since]
    if acted:
        a = acted[-1]
        return (
            f"{a.who} acted on the draft ({a.verb.value} {a.story_id} at "
            f"{a.at:%Y-%m-%d %H:%M} UTC): it is theirs to publish"
        )
    return ""


def run_failure(summary: RunSummary, written: Digest | None, fetched: RunSummary | None) -> str:
    """Why a scheduled run failed, in words ("" when it did not): every source failed,
    the run stopped (an LLM that ``llm.required`` and could not be used, an endpoint
    down), the digest waits for a variable its settings name, or the verifier dropped
    most of what was written.  ``fetched`` is the
    collecting run before a past day's run, if there was one."""
    sources = (fetched or summary).sources
    if sources and all(r.outcome is Outcome.FAILED for r in sources):
        return f"every source failed to fetch: {_failed_sources(sources)}"
    if summary.desk_error:
        return f"the run stopped: {summary.desk_error}"
    if summary.desk is not None and summary.desk.waiting:
        return "; ".join(summary.desk.waiting)
    if written is None:
        return ""
    if not written.entries and not written.more:
        return f"no story of {written.day} made it into the digest"
    report = written.verification
    if report.claims and report.dropped > report.claims * MOST_DROPPED:
        return (
            f"the verifier dropped {report.dropped} of the {report.claims} claims written "
            "(numbers, names, links) that its sources do not support"
        )
    return ""


def _failed_sources(sources: Sequence[SourceReport]) -> str:
    named = [f"{r.source_id} ({r.error or 'failed'})" for r in sources[:_NAMED]]
    more = len(sources) - _NAMED
    return "; ".join(named) + (f"; and {more} more" if more > 0 else "")
