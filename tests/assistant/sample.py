"""The sample day the MCP server's tests ask about.

Imported as ``from .sample import SampleDay``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from newsdesk import Newsdesk, load_config


@dataclass(frozen=True)
class SampleDay:
    """The demo's sample day, run once: its config, its store, the day and that evening."""

    config_path: Path
    store: Path
    day: date
    evening: datetime

    def desk(self, url: str, now: datetime | None = None) -> Newsdesk:
        """A desk on a copy of the day's store, its clock that evening (or ``now``)."""
        moment = now or self.evening
        return Newsdesk(load_config(self.config_path), store_url=url, now=lambda: moment)
