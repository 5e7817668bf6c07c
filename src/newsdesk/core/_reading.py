"""Reading the store: a day's items and stories, one story, a written digest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from newsdesk.core._base import DeskBase
from newsdesk.core._views import DayItems, DayStories, StoryDetail
from newsdesk.exceptions import ConfigError, NotFoundError
from newsdesk.model import Digest, SearchHit
from newsdesk.stages.select import explain_day, newest_story_day, ranked_day


class Reading(DeskBase):
    """The store read back, as a front end shows it."""

    def items(
        self, day: date | None = None, source: Sequence[str] | None = None, limit: int = 200
    ) -> DayItems:
        """Stored items published on a day (default: today), newest first; ``source``
        keeps those of these source ids or tags (disabled sources included)."""
        zone = ZoneInfo(self.config.timezone)
        chosen = day or self.today()
        ids = None
        if source:
            ids = [s.id for s in self.config.select_sources(list(source), enabled_only=False)]
        start = datetime.combine(chosen, time(0), zone)
        found = self.store.items(start, start + timedelta(days=1), source_ids=ids, limit=limit)
        return DayItems(chosen, tuple(found))

    def stories(
        self, day: date | None = None, digest: str | None = None, *, explain: bool = False
    ) -> DayStories:
        """A day's stories ranked (for ``digest``, with its edition's sections), or with
        ``explain`` each digest's selection of the day and why.

        Raises ConfigError for a digest name the config does not define.
        """
        now = self._now()
        if explain and self.config.digests:
            selections = explain_day(self.store, self.config, digest, day, now)
            shown = selections[0].day if selections else day or self.today()
            return DayStories(shown, (), None, None, tuple(selections))
        found = ranked_day(self.store, self.config, digest, day, now)
        newest = None
        if not found.ranked:
            newest = newest_story_day(self.store, self.config.timezone)
        return DayStories(found.day, tuple(found.ranked), found.sections, newest)

    def story(self, story_id: str) -> StoryDetail:
        """One story and its items.  Raises NotFoundError when there is no such story."""
        found = self.store.story(story_id)
        if found is None:
            raise NotFoundError(
                f"No story {story_id!r}. `newsdesk stories --date YYYY-MM-DD` lists them."
            )
        return StoryDetail(found, tuple(self.store.story_stored_items(story_id)))

    def digest(self, name: str | None = None, day: date | None = None) -> Digest:
        """A written digest (default: the first configured) of a day (default: its latest).

        Raises ConfigError when the config has no such digest, NotFoundError when none
        was written.
        """
        chosen = self._digest_config(name)
        found = self.store.digest(chosen.name, day)
        if found is None:
            when = f" for {day}" if day else ""
            raise NotFoundError(
                f"No {chosen.name} digest{when} yet. `newsdesk run` writes today's; "
                "`newsdesk run --date DAY --no-publish` a past day's from the items stored."
            )
        return found

    def search(self, words: str, limit: int = 20) -> list[SearchHit]:
        """The archive's stories whose title, and items whose title or summary, hold
        ``words`` (any case; Chinese as well as Latin script), newest first: each hit a
        story with its matching reports, or an item not grouped into a story yet.

        Raises ConfigError for nothing to search for.

        .. versionadded:: 0.2.0
        """
        words = words.strip()
        if not words:
            raise ConfigError("Nothing to search for: give a word or a phrase.")
        return self.store.search(words, limit)
