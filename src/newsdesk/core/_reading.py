"""Reading the store: a day's items and stories, one story, a written digest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from newsdesk._command import command
from newsdesk.core._base import DeskBase
from newsdesk.core._views import DayItems, DayStories, SearchHit, SearchResult, StoryDetail
from newsdesk.exceptions import ConfigError, NotFoundError
from newsdesk.model import FIRST_DAY, Digest, RankedStory, Selection
from newsdesk.render import render_markdown
from newsdesk.stages.render import revision_cover
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
        newest = None
        if not found:
            latest = self.store.items(source_ids=ids, limit=1)
            if latest:
                when = latest[0].item.published or latest[0].first_seen
                newest = when.astimezone(zone).date()
        return DayItems(chosen, tuple(found), None if newest == chosen else newest)

    def stories(
        self, day: date | None = None, digest: str | None = None, *, explain: bool = False
    ) -> DayStories:
        """A day's stories ranked (for ``digest``, with its edition's sections), or with
        ``explain`` each digest's selection of the day and why.

        Raises ConfigError for a digest name the config does not define.
        """
        now = self._now()
        # the digest's days when one is named: its today, its newest day with stories
        zone = self.config.digest(digest).timezone if digest else self.config.timezone
        if explain and self.config.digests:
            found_days = explain_day(self.store, self.config, digest, day, now)
            selections = [self._as_written(s) for s in found_days]
            shown = selections[0].day if selections else day or self.today(zone)
            if any(s.ranked for s in selections):
                return DayStories(shown, (), None, None, tuple(selections))
            newest = newest_story_day(self.store, zone)
            return DayStories(
                shown, (), None, self._other(newest, shown), tuple(selections), newest is not None
            )
        found = ranked_day(self.store, self.config, digest, day, now)
        if found.ranked:
            return DayStories(found.day, tuple(found.ranked), found.sections, None)
        newest = newest_story_day(self.store, zone)
        return DayStories(
            found.day, (), found.sections, self._other(newest, found.day), stored=newest is not None
        )

    def _as_written(self, selection: Selection) -> Selection:
        """The selection with each story titled as its day's written digest shows it (an
        entry's headline, a "more news" line), so an explanation names the story the
        reader sees rather than an older report's title."""
        written = self.store.digest(selection.digest, selection.day)
        if written is None:
            return selection
        shown = {e.story_id: e.headline for e in written.entries}
        shown |= {m.story_id: m.text for m in written.more}

        def titled(stories: Sequence[RankedStory]) -> list[RankedStory]:
            return [replace(r, title=shown.get(r.story.id) or r.title) for r in stories]

        return replace(
            selection,
            lead=titled(selection.lead),
            more=titled(selection.more),
            ranked=titled(selection.ranked),
        )

    @staticmethod
    def _other(newest: date | None, shown: date) -> date | None:
        """The newest day with stories, for a day that shows none, unless it is that day
        (a digest whose sources have nothing on it): pointing there again says nothing."""
        return None if newest == shown else newest

    def story(self, story_id: str) -> StoryDetail:
        """One story and its items (the id of a story merged into another gives that
        one).  Raises NotFoundError when there is no such story."""
        found = self.store.story(story_id)
        if found is None:
            raise NotFoundError(
                f"No story {story_id!r}. `{command()} stories --date YYYY-MM-DD` lists them."
            )
        return StoryDetail(found, tuple(self.store.story_stored_items(found.id)))

    def digest(self, name: str | None = None, day: date | None = None) -> Digest:
        """A written digest (default: the first configured) of a day (default: its latest).

        Raises ConfigError when the config has no such digest, NotFoundError when none
        was written.
        """
        chosen = self._digest_config(name)
        found = self.store.digest(chosen.name, day)
        if found is None:
            when = f" for {day}" if day else ""
            if self._to_come(day, chosen.timezone):
                raise NotFoundError(
                    f"No {chosen.name} digest{when}: {self._to_come_words(chosen.timezone)}"
                )
            raise NotFoundError(
                f"No {chosen.name} digest{when} yet. `{command()} run` writes today's; "
                f"`{command()} run --date {day or 'DAY'} --no-publish` a past day's from the "
                "items stored."
            )
        return found

    def search(self, query: str, *, days: int | None = None, limit: int = 20) -> SearchResult:
        """Stories of the archive whose title, or one of whose items' title and summary,
        holds every word of ``query`` (split on spaces; case-insensitive; Chinese and
        English alike), newest first, each with the items that matched.  ``days`` keeps
        the stories updated in that many last days (by the desk's clock).

        Raises ConfigError for a query with no word, or a ``days`` or ``limit`` below 1.

        .. versionadded:: 0.1.0
        """
        words = tuple(dict.fromkeys(query.split()))
        if not words:
            raise ConfigError("A search needs a word to look for, e.g. `Aster-3` or `芯片`.")
        if days is not None and days < 1:
            raise ConfigError(f"days {days}: search at least the last day (days 1 or more).")
        if limit < 1:
            raise ConfigError(f"limit {limit}: ask for at least one story.")
        now = self._now()
        # back past the first day newsdesk keeps: the whole archive, as with none
        whole = days is not None and days > (now.date() - FIRST_DAY).days
        since = None if days is None or whole else now - timedelta(days=days)
        found = self.store.search_stories(words, since, limit)
        hits = tuple(SearchHit(story, tuple(items)) for story, items in found)
        return SearchResult(words, since, hits)

    def digest_markdown(
        self, name: str | None = None, day: date | None = None, style: str | None = None
    ) -> str:
        """A written digest (default: the first configured) of a day (default: its latest)
        as Markdown in a style (default: the digest's own), exactly as its channels are
        given it.

        Raises ConfigError for a digest or style the config does not define,
        NotFoundError when none was written.
        """
        chosen = self._digest_config(name)
        written = self.digest(chosen.name, day)
        cover = "cover.png" if revision_cover(self.store, self.config, written) else ""
        rendered = render_markdown(written, style or chosen.style, self.config, chosen, cover=cover)
        return rendered.markdown
