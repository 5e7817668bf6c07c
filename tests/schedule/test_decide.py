"""The scheduler's decisions as plain functions: the config, the recorded slots and the
time in, what to run, take over, give up and publish out.  No store, no clock."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import yaml

from newsdesk.config import Config, parse_config
from newsdesk.model import (
    OPEN_SLOTS,
    Claim,
    ClaimKind,
    DeskReport,
    Digest,
    DigestEntry,
    EditionStatus,
    EditorAction,
    EditorVerb,
    FulltextReport,
    Outcome,
    RunSummary,
    ScheduleSlot,
    Section,
    SlotStatus,
    SourceReport,
    StoredEdition,
    VerificationIssue,
    VerificationReport,
)
from newsdesk.schedule import (
    MISSED_LIMIT,
    STALE_CLAIM,
    Plan,
    SlotRun,
    latest_slot,
    next_slot,
    plan,
    run_failure,
    why_not_publish,
)
from newsdesk.schedule._alerts import failed_text

#: ai-ribao's "30 22 * * *" in Asia/Shanghai fires at 14:30 UTC.
SLOT = datetime(2026, 5, 14, 14, 30, tzinfo=UTC)
DAY = date(2026, 5, 14)
#: When the scheduler under test started watching: before the slot fired.
STARTED = SLOT - timedelta(hours=1)
ME, DEAD, ALIVE = "desk 100 aaaa", "desk 200 bbbb", "desk 300 cccc"


def config(**digest: Any) -> Config:
    settings = {"name": "ai-ribao", "title": "AI 日报", "schedule": "30 22 * * *"} | digest
    digests = [settings, {"name": "ai-daily", "title": "AI Daily"}]
    return parse_config(yaml.safe_dump({"digests": digests}, allow_unicode=True))


def slot(
    status: SlotStatus, at: datetime = SLOT, *, holder: str = ALIVE, **values: Any
) -> ScheduleSlot:
    values.setdefault("started", at)
    if status not in (SlotStatus.RUNNING, SlotStatus.RETRYING):
        values.setdefault("finished", at + timedelta(minutes=1))
    day = (at + timedelta(hours=8)).date()
    return ScheduleSlot("ai-ribao", at, day, status, holder=holder, **values)


def decide(
    now: datetime,
    recorded: Sequence[ScheduleSlot] = (),
    *,
    started: datetime = STARTED,
    settings: Config | None = None,
) -> Plan:
    """What a scheduler that started at ``started`` does at ``now`` with these records."""
    last = {}
    for s in sorted(recorded, key=lambda s: s.slot):
        last[s.digest] = s
    open_slots = [s for s in recorded if s.status in OPEN_SLOTS]
    return plan(settings or config(), last, open_slots, now, started, lambda h: h == DEAD)


# -- when a schedule fires ---------------------------------------------------------------


def test_a_cron_time_is_read_in_the_digests_zone() -> None:
    assert latest_slot("30 22 * * *", "Asia/Shanghai", SLOT) == SLOT
    assert latest_slot("30 22 * * *", "Asia/Shanghai", SLOT - timedelta(seconds=1)) == (
        SLOT - timedelta(days=1)
    )
    assert next_slot("30 22 * * *", "Asia/Shanghai", SLOT) == SLOT + timedelta(days=1)
    assert latest_slot("30 22 * * *", "UTC", SLOT) == SLOT - timedelta(hours=16)


def test_a_slot_is_due_at_its_cron_time_and_not_before() -> None:
    assert decide(SLOT - timedelta(seconds=1)).runs == ()
    assert decide(SLOT).runs == (SlotRun("ai-ribao", SLOT, DAY),)
    assert decide(SLOT + timedelta(minutes=5)).runs == (SlotRun("ai-ribao", SLOT, DAY),)


def test_a_digest_without_a_schedule_never_runs() -> None:
    assert decide(SLOT, settings=config(schedule=None)).runs == ()


def test_a_recorded_slot_is_never_due_again() -> None:
    for status in SlotStatus:
        if status not in (SlotStatus.RUNNING, SlotStatus.RETRYING):
            assert decide(SLOT + timedelta(hours=1), [slot(status)]).runs == ()


# -- missed slots --------------------------------------------------------------------------


def test_only_the_latest_missed_slot_runs_on_start() -> None:
    earlier = slot(SlotStatus.PUBLISHED, SLOT - timedelta(days=3))
    now = SLOT + timedelta(hours=10)  # down over the 12th, 13th and 14th's slots

    due = decide(now, [earlier], started=now)

    assert due.runs == (SlotRun("ai-ribao", SLOT, DAY, missed=True),)


def test_a_missed_slot_older_than_a_day_is_not_run() -> None:
    earlier = slot(SlotStatus.PUBLISHED, SLOT - timedelta(days=3))
    weekly = config(schedule="30 22 * * 4")  # Thursdays; 2026-05-14 is one
    now = SLOT + MISSED_LIMIT + timedelta(minutes=1)

    assert decide(now, [earlier], started=now, settings=weekly).runs == ()
    assert decide(SLOT + MISSED_LIMIT, [earlier], started=now, settings=weekly).runs != ()


def test_a_new_schedule_starts_with_its_next_slot() -> None:
    now = SLOT + timedelta(hours=1)

    assert decide(now, [], started=now).runs == ()


# -- claims whose process died ---------------------------------------------------------


def test_a_live_claim_keeps_its_digest_busy() -> None:
    hourly = config(schedule="0 * * * *")
    running = slot(SlotStatus.RUNNING, SLOT - timedelta(minutes=90), holder=ALIVE)

    assert decide(SLOT + timedelta(minutes=1), [running], settings=hourly) == Plan()
    assert decide(SLOT, [], settings=hourly).runs == (
        SlotRun("ai-ribao", SLOT - timedelta(minutes=30), DAY),
    )


def test_a_claim_whose_process_died_is_run_again_once() -> None:
    dead = slot(SlotStatus.RUNNING, holder=DEAD)

    due = decide(SLOT + timedelta(minutes=30), [dead])

    assert due.runs == (SlotRun("ai-ribao", SLOT, DAY, retry_of=DEAD),)


def test_a_claim_held_past_the_stale_limit_counts_as_dead() -> None:
    hung = slot(SlotStatus.RUNNING, holder="other-host 7 dddd", started=SLOT)

    assert decide(SLOT + STALE_CLAIM, [hung]).runs == ()
    stale = decide(SLOT + STALE_CLAIM + timedelta(minutes=1), [hung])
    assert stale.runs == (SlotRun("ai-ribao", SLOT, DAY, retry_of="other-host 7 dddd"),)


def test_a_retry_that_died_too_is_given_up() -> None:
    dead = slot(SlotStatus.RETRYING, holder=DEAD)

    due = decide(SLOT + timedelta(minutes=30), [dead])

    assert due.runs == ()
    [(given_up, why)] = due.give_up
    assert given_up == dead and why.startswith("its run stopped twice before it finished")


def test_a_dead_claim_of_an_older_slot_is_given_up_and_the_latest_runs() -> None:
    dead = slot(SlotStatus.RUNNING, SLOT - timedelta(days=1), holder=DEAD)

    due = decide(SLOT + timedelta(minutes=1), [dead])

    assert [why for _, why in due.give_up] == [
        f"its run stopped before it finished ({DEAD}); a later slot runs instead"
    ]
    assert due.runs == (SlotRun("ai-ribao", SLOT, DAY),)


# -- publishing a draft nobody acted on ----------------------------------------------------


def test_a_draft_is_due_for_publishing_when_its_grace_period_ends() -> None:
    settings = config(review="required", auto_publish_after="2h")
    draft = slot(SlotStatus.DRAFTED)  # its run ended at 14:31
    ends = SLOT + timedelta(minutes=1, hours=2)

    assert decide(ends - timedelta(seconds=1), [draft], settings=settings).publish == ()
    assert decide(ends, [draft], settings=settings).publish == (draft,)
    assert decide(ends, [draft], settings=config(review="required")).publish == ()


def test_an_auto_publish_whose_process_died_is_taken_over() -> None:
    settings = config(review="required", auto_publish_after="2h")
    publishing = slot(SlotStatus.PUBLISHING, holder=DEAD, started=SLOT + timedelta(hours=2))

    assert decide(SLOT + timedelta(hours=3), [publishing], settings=settings).publish == (
        publishing,
    )


def edition(
    status: EditionStatus = EditionStatus.DRAFT, revision: int = 1, by: str = "ada"
) -> StoredEdition:
    approved = by if status is not EditionStatus.DRAFT else ""
    return StoredEdition("ai-ribao", DAY, revision, status, ("s1",), (), SLOT, approved)


def action(at: datetime, verb: EditorVerb = EditorVerb.DROP) -> EditorAction:
    return EditorAction("ai-ribao", DAY, verb, "s1", None, "ada", at)


@pytest.mark.parametrize(
    ("found", "actions", "why"),
    [
        (edition(), [], ""),
        (edition(), [action(SLOT - timedelta(minutes=5))], ""),  # the run applied it
        (
            edition(),
            [action(SLOT + timedelta(minutes=40), EditorVerb.EDIT)],
            "ada acted on the draft (edit s1 at 2026-05-14 15:10 UTC): it is theirs to publish",
        ),
        (edition(EditionStatus.APPROVED), [], "ada approved revision 1: it is theirs to publish"),
        (edition(EditionStatus.PUBLISHED), [], "revision 1 was published by hand"),
        # a scheduler that approved it died before publishing: the next one goes on
        (edition(EditionStatus.APPROVED, by="scheduler"), [], ""),
        (edition(EditionStatus.PUBLISHED, by="scheduler"), [], ""),
        (edition(revision=2), [], "the draft is now revision 2, not the one the run wrote"),
        (None, [], "its edition is no longer in the store"),
    ],
)
def test_a_draft_is_published_only_if_nobody_acted_since_its_run_began(
    found: StoredEdition | None, actions: list[EditorAction], why: str
) -> None:
    assert why_not_publish(slot(SlotStatus.DRAFTED, revision=1), found, actions) == why


# -- when a run failed -------------------------------------------------------------------


def summary(*outcomes: Outcome, desk_error: str | None = None) -> RunSummary:
    sources = [
        SourceReport(f"src{n}", o, error="HTTP 503" if o is Outcome.FAILED else None)
        for n, o in enumerate(outcomes)
    ]
    return RunSummary(1, "schedule", sources, FulltextReport(), SLOT, 1.0, desk_error=desk_error)


def written(claims: int = 10, dropped: int = 0, *, entries: int = 1) -> Digest:
    claim = Claim(ClaimKind.NUMBER, "5亿", "融资5亿。")
    issues = tuple(
        VerificationIssue(f"story s{n} summary", claim, "dropped") for n in range(dropped)
    )
    entry = DigestEntry(
        "s1", "标题", "https://a.example/1", "摘要", (), "", "models", (), "offline"
    )
    sections = (Section("模型", (entry,) * entries),)
    return Digest(
        "ai-ribao", DAY, "zh", "标题", (), sections, (), (), (),
        verification=VerificationReport(texts=5, claims=claims, issues=issues),
    )  # fmt: skip


def test_a_run_that_went_well_has_no_failure() -> None:
    assert run_failure(summary(Outcome.OK, Outcome.FAILED), written(10, 5), None) == ""


def test_every_source_failing_is_a_failure_naming_them() -> None:
    failed = summary(*[Outcome.FAILED] * 5)

    assert run_failure(failed, written(), None) == (
        "every source failed to fetch: src0 (HTTP 503); src1 (HTTP 503); src2 (HTTP 503); "
        "and 2 more"
    )
    # a past day's run collects nothing itself: the collecting run before it counts
    assert run_failure(summary(), written(), failed).startswith("every source failed")


def test_a_stopped_run_is_a_failure_with_its_reason() -> None:
    stopped = summary(Outcome.OK, desk_error="llm.required is set and the LLM cannot be used")

    assert run_failure(stopped, None, None) == (
        "the run stopped: llm.required is set and the LLM cannot be used"
    )


def test_a_digest_waiting_for_a_variable_is_a_failure_saying_what_to_export() -> None:
    said = "ai-ribao: RIBAO_LEAD is not set: export RIBAO_LEAD=..., then run it again."
    waiting = replace(summary(Outcome.OK), desk=DeskReport(waiting=(said,)))

    assert run_failure(waiting, None, None) == said


def test_the_verifier_dropping_most_claims_is_a_failure() -> None:
    assert run_failure(summary(Outcome.OK), written(10, 6), None) == (
        "the verifier dropped 6 of the 10 claims written (numbers, names, links) that its "
        "sources do not support"
    )


def test_a_digest_with_no_story_is_a_failure() -> None:
    assert run_failure(summary(Outcome.OK), written(0, entries=0), None) == (
        "no story of 2026-05-14 made it into the digest"
    )


@pytest.mark.parametrize(
    "reason",
    [
        pytest.param(
            lambda: run_failure(summary(*[Outcome.FAILED] * 5), written(), None), id="fetch"
        ),
        pytest.param(lambda: run_failure(summary(Outcome.OK), written(10, 6), None), id="dropped"),
        pytest.param(
            lambda: run_failure(summary(Outcome.OK), written(0, entries=0), None), id="no story"
        ),
        pytest.param(
            lambda: run_failure(summary(Outcome.OK, desk_error="x"), None, None), id="stopped"
        ),
    ],
)
def test_each_failure_this_module_words_reads_in_chinese_in_a_chinese_alert(
    reason: Callable[[], str],
) -> None:
    """The alert of a Chinese digest reads the recorded English reason back by its shape
    (schedule/_alerts.py): a reworded failure here must be reworded there too."""
    said = reason()
    alert = failed_text(config().digests[0], DAY, SLOT, said)

    assert said not in alert and re.search("失败：[^a-z]*[\u4e00-\u9fff]", alert), alert
