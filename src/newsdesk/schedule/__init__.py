"""Schedules: each digest's day run at its cron time by the desk server, once.

A digest's ``schedule`` (cron, in its time zone) says when; the store's
``schedule_slots`` say what ran, so a restart or a second server never runs a slot
twice.  ``_cron`` reads schedules, ``_decide`` is the pure decision core (what is due,
missed, dead or ready to publish), ``_alerts`` posts alerts on the digest's channels,
``_status`` is what ``newsdesk schedule`` shows, and ``_scheduler`` carries it out:
``Scheduler(desk).serve(stop)`` is the task a server runs.
"""

from newsdesk.schedule._alerts import AlertSent, send_alert
from newsdesk.schedule._cron import describe, latest_slot, next_slot, slot_day
from newsdesk.schedule._decide import (
    MISSED_LIMIT,
    MOST_DROPPED,
    SCHEDULER_USER,
    STALE_CLAIM,
    Plan,
    SlotRun,
    plan,
    publish_time,
    run_failure,
    why_not_publish,
)
from newsdesk.schedule._scheduler import POLL, Scheduler
from newsdesk.schedule._status import DigestSchedule, digest_schedule

__all__ = [
    "MISSED_LIMIT",
    "MOST_DROPPED",
    "POLL",
    "SCHEDULER_USER",
    "STALE_CLAIM",
    "AlertSent",
    "DigestSchedule",
    "Plan",
    "Scheduler",
    "SlotRun",
    "describe",
    "digest_schedule",
    "latest_slot",
    "next_slot",
    "plan",
    "publish_time",
    "run_failure",
    "send_alert",
    "slot_day",
    "why_not_publish",
]
