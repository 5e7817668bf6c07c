"""The scheduler's part of the desk: where each scheduled digest stands, and alerts."""

from __future__ import annotations

from newsdesk.core._base import DeskBase
from newsdesk.schedule import AlertSent, DigestSchedule, digest_schedule, send_alert


class Schedules(DeskBase):
    """Scheduled runs and the alerts about them."""

    def schedule_status(self, digest: str | None = None, limit: int = 5) -> list[DigestSchedule]:
        """Each digest with a ``schedule`` (or only ``digest``): its next run in its zone
        and its ``limit`` newest scheduled runs with their outcomes.  Empty when no digest
        has a schedule.  Raises ConfigError for a digest the config does not define."""
        chosen = [self.config.digest(digest)] if digest else self.config.digests
        now = self._now()
        return [
            digest_schedule(self.config, d, self.store.schedule_slots(d.name, limit=limit), now)
            for d in chosen
            if d.schedule
        ]

    def alert(self, digest: str, text: str) -> list[AlertSent]:
        """Post a short plain-text alert on a digest's alert channels (its ``alerts``, or
        every one of ``alert_channels``); returns what each channel did with it (nothing
        is raised for a channel that fails).  Raises ConfigError for an unknown digest."""
        return send_alert(self.config, self.config.digest(digest), text)
