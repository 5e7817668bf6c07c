"""The one object every front end uses: the CLI today, a web app and workers next.

A :class:`Newsdesk` owns the config, the store, the clock, the embedder and the progress
reporting, so a front end only chooses what to call and how to show what comes back.
Each method is one user action; it returns records and prints nothing.  The actions
that wait on the network (``arun``, ``afetch``, ``acheck_sources``) are coroutines, with
thin synchronous wrappers for callers without an event loop.  The stages
themselves live in :mod:`newsdesk.stages`, run in order by :mod:`newsdesk.pipeline`.
"""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import TextIO
from zoneinfo import ZoneInfo

from newsdesk import pipeline
from newsdesk.accounts import Accounts
from newsdesk.collect import read_health
from newsdesk.config import (
    Config,
    DigestConfig,
    SourceConfig,
    load_config,
    resolve_store_url,
)
from newsdesk.desk import ClassifyEvaluation, ClusterEvaluation, Embedder
from newsdesk.doctor import (
    Checkup,
    Finding,
    Verdict,
    config_finding,
    fonts_finding,
    hugo_finding,
    llm_finding,
    source_findings,
    store_finding,
)
from newsdesk.editor import (
    StoryBrief,
    StoryChange,
    TextChange,
    TextClaim,
    Verifier,
    VerifyEvaluation,
    diff_digests,
    entry_document,
    entry_text,
    evaluate_verification,
    parse_entry_document,
    read_verify_file,
    unsupported_in,
)
from newsdesk.exceptions import (
    ConfigError,
    EditionError,
    EvalError,
    NewsdeskError,
    NotFoundError,
)
from newsdesk.model import (
    Digest,
    EditionStatus,
    EditorAction,
    EditorVerb,
    EntryText,
    FetchState,
    Placement,
    Publication,
    RankedStory,
    RunSummary,
    Selection,
    SourceHealth,
    SourceReport,
    StoredEdition,
    StoredItem,
    Story,
)
from newsdesk.progress import NullProgress, Progress
from newsdesk.render import render_markdown
from newsdesk.schedule import AlertSent, DigestSchedule, digest_schedule, send_alert
from newsdesk.stages import day_end, make_embedder, output_folder
from newsdesk.stages import publish as publish_stage
from newsdesk.stages import site as site_stage
from newsdesk.stages.evaluate import classify_file, evaluate_file
from newsdesk.stages.render import export_files, render_stored, revision_cover
from newsdesk.stages.select import explain_day, newest_story_day, ranked_day
from newsdesk.stages.write import story_brief
from newsdesk.store import (
    SchemaStatus,
    SchemaUpgrade,
    SqlStore,
    open_store,
    store_schema,
    upgrade_store,
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """One configured source as ``sources`` lists it."""

    #: The source as configured.
    source: SourceConfig
    #: What the store remembers of its fetches (None: never fetched).
    state: FetchState | None
    #: Its health as of the desk's clock.
    health: SourceHealth


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What ``check_sources`` found: one fetch of each source, and what the store says."""

    #: One report per source checked, ok or failed.
    reports: tuple[SourceReport, ...]
    #: The stored health of the sources (empty when there is no store yet).
    health: tuple[SourceHealth, ...]


@dataclass(frozen=True, slots=True)
class DayItems:
    """The stored items published on one day."""

    #: The day, in the config's zone.
    day: date
    #: Newest first.
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class DayStories:
    """A day's stories, ranked overall or for one digest, or each digest's decisions."""

    #: The day, in the zone of the digest (or of the config).
    day: date
    #: Stories, best first (empty when ``selections`` answers instead).
    ranked: tuple[RankedStory, ...]
    #: Story id -> "lead" or "more" in the digest's edition of the day (None: no digest).
    sections: dict[str, str] | None
    #: With no stories on ``day``: the newest day that has some, if any.
    newest: date | None
    #: With ``explain``: each digest's selection, with its decision for every story.
    selections: tuple[Selection, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryDetail:
    """One story with every item it holds."""

    #: The story.
    story: Story
    #: Its items, as stored.
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A story a search found, with those of its items that matched."""

    #: The story.
    story: Story
    #: Its items whose title or summary holds the words, oldest first (empty when the
    #: story's own title matched and none of its items did).
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What :meth:`Newsdesk.search` found."""

    #: The words searched for, each to be found (the query split on spaces).
    words: tuple[str, ...]
    #: Stories updated at or after this time only (None: the whole archive).
    since: datetime | None
    #: The stories found, newest first.
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True, slots=True)
class BuiltSite:
    """The static site as ``build_site`` left it."""

    #: The site's folder.
    folder: Path
    #: Every file written into it (pages, feeds, covers).
    files: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class ClassifyReport:
    """``eval_classify``: the verdicts, and what could not be read."""

    #: One verdict per good line, in input order.
    evaluation: ClassifyEvaluation
    #: How many good lines were judged.
    items: int
    #: One message per line that was skipped.
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EditionEntry:
    """A story an edition carries, in the lead or in "more news"."""

    #: The story's id.
    story_id: str
    #: Its headline as written (its title when the revision is not written yet).
    headline: str
    #: Why it is there: selection's reason, or the editor's pin or move.
    reason: str
    #: The reason in a sentence.
    why: str
    #: Who wrote it: "llm", "offline" or "editor" ("" when not written yet).
    written_by: str = ""
    #: Claims its sources do not support that the editor wrote and chose to keep.
    kept_unsupported: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A candidate of the day the edition does not carry, and why."""

    #: The story's id.
    story_id: str
    #: Its title in the digest's language.
    title: str
    #: Selection's reason (or "dropped" by the editor).
    reason: str
    #: The reason in a sentence.
    why: str


@dataclass(frozen=True, slots=True)
class EditionView:
    """One digest's day as ``edition show`` shows it: its newest revision."""

    #: Digest name.
    digest: str
    #: The day, in the digest's time zone.
    day: date
    #: The revision's number (1 = the day's first).
    revision: int
    #: Draft, approved or published.
    status: EditionStatus
    #: Lead stories, in order.
    lead: tuple[EditionEntry, ...]
    #: "More news" stories, in order.
    more: tuple[EditionEntry, ...]
    #: The day's other candidates, best first, each with why.
    left_out: tuple[LeftOut, ...]
    #: What editors did to this day's edition, oldest first.
    actions: tuple[EditorAction, ...]
    #: What each channel carries of the day: its status and revision.
    channels: tuple[Publication, ...] = ()
    #: Who approved this revision ("" when nobody has; "scheduler" when it published a
    #: draft nobody acted on), and when (UTC).
    approved_by: str = ""
    approved_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EntryEdit:
    """What became of an editor's text for one entry."""

    #: The story's id.
    story_id: str
    #: True when the text was recorded and the draft written again with it.
    saved: bool
    #: Why nothing was saved ("" when it was).
    why_not: str
    #: The claims of the text that its story's sources do not support; saved only when
    #: the editor chose to keep them, and then shown in the verification report.
    unsupported: tuple[TextClaim, ...]
    #: The edition afterwards.
    edition: EditionView


@dataclass(frozen=True, slots=True)
class EditionDiff:
    """What changed from one written revision of a digest's day to another."""

    digest: str
    day: date
    #: The older revision's number and status.
    old: int
    old_status: EditionStatus
    #: The newer revision's number and status.
    new: int
    new_status: EditionStatus
    #: The day's own parts that changed: its title and bullets.
    day_changes: tuple[TextChange, ...]
    #: Each story that came, went, moved or was told differently.
    stories: tuple[StoryChange, ...]


#: The editor acting in the current context (see :meth:`Newsdesk.acting_as`).
_ACTING: ContextVar[str | None] = ContextVar("newsdesk_acting", default=None)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


class Newsdesk:
    """newsdesk's one entry point: what the CLI, a web app and workers all call.

    The store is opened on first use and closed by :meth:`close` (or leaving a ``with``
    block); the embedder is made on first use and reused.  ``now`` is the clock of
    everything that asks "what day is it" (default: the real time in UTC); ``progress``
    receives what long stages are doing (default: nothing is shown).
    """

    def __init__(
        self,
        config: Config,
        *,
        store_url: str | None = None,
        now: Callable[[], datetime] = _utc_now,
        progress: Progress | None = None,
        user: str | None = None,
    ) -> None:
        self.config = config
        self._user = user or _os_user()
        #: Where the store is (default: the config's ``store.url``).
        self.store_url = store_url or config.store_url()
        self._now = now
        self._progress = progress or NullProgress()
        self._store: SqlStore | None = None
        self._embedder: Embedder | None = None

    @property
    def store(self) -> SqlStore:
        """The store, opened on first use (a new database is created at the current
        schema).  Raises StoreError when its schema is older or newer than this
        newsdesk's: :meth:`db_upgrade` upgrades an older one."""
        if self._store is None:
            self._store = open_store(self.store_url)
        return self._store

    @property
    def user(self) -> str:
        """Who the editor's actions are recorded as: the one :meth:`acting_as` names in
        this context, else the desk's user (default: the OS user)."""
        return _ACTING.get() or self._user

    @contextmanager
    def acting_as(self, user: str) -> Iterator[None]:
        """Record the actions taken inside as ``user`` (a web request's editor).  A
        context variable, so concurrent requests, and the threads they run in, each keep
        their own."""
        token = _ACTING.set(user)
        try:
            yield
        finally:
            _ACTING.reset(token)

    @property
    def accounts(self) -> Accounts:
        """The editor accounts of the desk server, kept in the store."""
        return Accounts(self.store, self._now)

    @property
    def embedder(self) -> Embedder:
        """The configured embedder, made on first use."""
        if self._embedder is None:
            self._embedder = make_embedder(self.config.embed)
        return self._embedder

    def close(self) -> None:
        """Close the store and the embedder, if they were opened."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._embedder is not None:
            self._embedder.close()
            self._embedder = None

    def __enter__(self) -> Newsdesk:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def now(self) -> datetime:
        """The desk's clock: what every "when" of its actions is recorded at (UTC)."""
        return self._now()

    def today(self, zone: str | None = None) -> date:
        """Today in a zone (default: the config's), by the desk's clock."""
        return self._now().astimezone(ZoneInfo(zone or self.config.timezone)).date()

    # -- the store's schema ----------------------------------------------------------

    def db_status(self) -> SchemaStatus:
        """The store's schema revision, the newest this newsdesk knows, and the migrations
        :meth:`db_upgrade` would apply.  Changes nothing (makes no database)."""
        return store_schema(self.store_url)

    async def adoctor(self, *, network: bool = True) -> Checkup:
        """What stands between this machine and a good run, each with what to do: the
        config, the store's schema, fonts, Hugo and, with ``network``, every source
        (fetched once, nothing stored) and the LLM endpoint with its key."""
        findings = [config_finding(self.config)]
        try:
            findings.append(store_finding(self.db_status()))
        except NewsdeskError as err:
            findings.append(Finding("store", Verdict.FAIL, str(err)))
        findings += [fonts_finding(self.config), hugo_finding(self.config)]
        if network:
            checked = await self.acheck_sources()
            findings += source_findings(checked.reports)
            findings.append(await asyncio.to_thread(llm_finding, self.config))
        return Checkup(tuple(findings))

    def doctor(self, *, network: bool = True) -> Checkup:
        """:meth:`adoctor` for callers without an event loop."""
        return asyncio.run(self.adoctor(network=network))

    def db_upgrade(self) -> SchemaUpgrade:
        """Bring the store to the newest schema (a new one is created); a no-op when it is
        current, and safe with other processes opening or upgrading it at once.

        Raises StoreError when its schema is newer than this newsdesk's.
        """
        return upgrade_store(self.store_url)

    # -- collecting and running ------------------------------------------------------

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
        digest: str | None = None,
    ) -> RunSummary:
        """The whole pipeline for today, or for ``day`` (a past day, from the store).

        ``offline`` has the offline editor write even with an LLM configured;
        ``publish=False`` stops at the written digests; ``digest`` selects, writes and
        publishes that digest alone (default: every configured one).  Raises ConfigError
        for a day still to come, an ``only`` that names no source, or an unknown digest.
        """
        if day is not None and day > self.today():
            raise ConfigError(f"--date {day} is still to come; a run writes today or a past day.")
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
    ) -> RunSummary:
        """:meth:`arun` for callers without an event loop."""
        return asyncio.run(
            self.arun(
                day=day,
                publish=publish,
                offline=offline,
                only=only,
                command=command,
                digest=digest,
            )
        )

    # -- sources ---------------------------------------------------------------------

    async def acheck_sources(self, only: Sequence[str] | None = None) -> SourceCheck:
        """Fetch each enabled source once and say what works; stores nothing."""
        reports = await pipeline.acheck(self.config, only=only, progress=self._progress)
        return SourceCheck(tuple(reports), tuple(self._stored_health()))

    def check_sources(self, only: Sequence[str] | None = None) -> SourceCheck:
        """:meth:`acheck_sources` for callers without an event loop."""
        return asyncio.run(self.acheck_sources(only))

    def _stored_health(self) -> list[SourceHealth]:
        """What the store says of the sources' health; nothing when there is no store yet."""
        url = self.store_url
        if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
            return []  # a check stores nothing, not even an empty database
        try:
            return read_health(self.config, self.store, self._now())
        except NewsdeskError:
            return []

    def sources(self) -> list[SourceStatus]:
        """Every configured source with its last fetch and its health."""
        states = self.store.fetch_states()
        health = {h.source_id: h for h in read_health(self.config, self.store, self._now())}
        return [SourceStatus(s, states.get(s.id), health[s.id]) for s in self.config.sources]

    # -- reading the store -----------------------------------------------------------

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
        since = None if days is None else self._now() - timedelta(days=days)
        found = self.store.search_stories(words, since, limit)
        hits = tuple(SearchHit(story, tuple(items)) for story, items in found)
        return SearchResult(words, since, hits)

    def _digest_config(self, name: str | None) -> DigestConfig:
        if not self.config.digests:
            raise ConfigError(
                "No digests in the config: add one under `digests:` (see docs/configuration.md)."
            )
        return self.config.digest(name) if name else self.config.digests[0]

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

    # -- editions --------------------------------------------------------------------

    def _edition_day(self, digest: DigestConfig, day: date | None) -> StoredEdition:
        found = self.store.edition(digest.name, day)
        if found is None:
            when = f" for {day}" if day else ""
            raise NotFoundError(
                f"No {digest.name} edition{when} yet. `newsdesk run --no-publish` makes "
                "today's draft; `newsdesk run --date DAY --no-publish` a past day's."
            )
        return found

    def _day_clock(self, day: date) -> datetime:
        """The clock a run of ``day`` ranks by: that evening, or now if earlier."""
        return day_end(day, self.config.timezone, self._now())

    def edition(self, digest: str | None = None, day: date | None = None) -> EditionView:
        """The newest revision of a digest's (default: the first) edition of a day
        (default: its latest): lead, more news, and the candidates left out, each with
        why.  Raises NotFoundError when the day has no edition.

        .. versionadded:: 0.1.0
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        clock = self._day_clock(stored.day)
        [selection] = explain_day(self.store, self.config, chosen.name, stored.day, clock)
        decisions = {d.story_id: d for d in selection.decisions}
        titles = {r.story.id: r.title for r in selection.ranked}
        told: dict[str, tuple[str, str]] = {}
        kept: dict[str, list[str]] = {}
        written = self.store.digest(chosen.name, stored.day, stored.revision)
        if written is not None:
            told = {e.story_id: (e.headline, e.written_by) for e in written.entries}
            told |= {m.story_id: (m.text, m.written_by) for m in written.more}
            for issue in written.verification.issues:
                where = issue.where.split(" ")
                if issue.action == "kept" and len(where) > 1:
                    kept.setdefault(where[1], []).append(issue.claim.text)

        def entry(story_id: str) -> EditionEntry:
            decision = decisions.get(story_id)
            headline, written_by = told.get(story_id, ("", ""))
            return EditionEntry(
                story_id,
                headline or titles.get(story_id, story_id),
                decision.reason.value if decision else "",
                decision.detail if decision else "no longer among the day's candidates",
                written_by,
                tuple(dict.fromkeys(kept.get(story_id, []))),
            )

        carried = set(stored.lead) | set(stored.more)
        left_out = tuple(
            LeftOut(d.story_id, titles[d.story_id], d.reason.value, d.detail)
            for d in selection.decisions
            if d.story_id not in carried and d.placement is Placement.OUT
        )
        return EditionView(
            digest=chosen.name,
            day=stored.day,
            revision=stored.revision,
            status=stored.status,
            lead=tuple(entry(s) for s in stored.lead),
            more=tuple(entry(s) for s in stored.more),
            left_out=left_out,
            actions=tuple(self.store.editor_actions(chosen.name, stored.day)),
            channels=tuple(self.store.publications(chosen.name, stored.day)),
            approved_by=stored.approved_by,
            approved_at=stored.approved_at,
        )

    async def aedit_selection(
        self,
        verb: EditorVerb,
        story_id: str,
        *,
        digest: str | None = None,
        day: date | None = None,
        position: int | None = None,
    ) -> EditionView:
        """Record an editor's pin, drop or move of a story of a digest's day (default:
        its latest edition), select the day again with it, and write and verify the
        draft again.  An approved or published revision is never changed: the action
        makes a new draft revision.  Every later run applies the action too.

        Raises NotFoundError when the day has no edition or the story is not among its
        candidates, EditionError for a lead place outside the lead.
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        clock = self._day_clock(stored.day)
        [selection] = explain_day(self.store, self.config, chosen.name, stored.day, clock)
        if story_id not in {r.story.id for r in selection.ranked}:
            raise NotFoundError(
                f"Story {story_id!r} is not among the {chosen.name} candidates of "
                f"{stored.day}. `newsdesk edition show --digest {chosen.name} --date "
                f"{stored.day}` lists them."
            )
        if verb is EditorVerb.MOVE and not 1 <= (position or 0) <= chosen.select.lead:
            raise EditionError(
                f"--to {position}: the {chosen.name} lead has places 1 to {chosen.select.lead}."
            )
        action = EditorAction(
            chosen.name, stored.day, verb, story_id, position, self.user, self._now()
        )
        return await self._apply(chosen, stored.day, action)

    async def _apply(self, digest: DigestConfig, day: date, action: EditorAction) -> EditionView:
        """Record an editor's action, then select and write the day's draft again."""
        self.store.record_action(action)
        clock = self._day_clock(day)
        await pipeline.arewrite(
            self.config, self.store, digest, day, clock, progress=self._progress
        )
        return self.edition(digest.name, day)

    def _written_entry(
        self, digest: DigestConfig, story_id: str, day: date | None
    ) -> tuple[StoredEdition, EntryText, bool]:
        """The day's edition, what it says of the story now, and whether it is a lead
        entry (else a "more news" line)."""
        stored = self._edition_day(digest, day)
        written = self.store.digest(digest.name, stored.day, stored.revision)
        if written is None:
            raise EditionError(
                f"{digest.name} {stored.day} revision {stored.revision} is not written yet: "
                f"`newsdesk run --date {stored.day} --no-publish` writes it."
            )
        for entry in written.entries:
            if entry.story_id == story_id:
                return stored, entry_text(entry), True
        for line in written.more:
            if line.story_id == story_id:
                return stored, entry_text(line), False
        raise NotFoundError(
            f"Story {story_id!r} is not in the {digest.name} edition of {stored.day}. "
            f"`newsdesk edition show --digest {digest.name} --date {stored.day}` lists its "
            "stories; `edition pin` brings a left-out one in."
        )

    def entry_document(
        self, story_id: str, digest: str | None = None, day: date | None = None
    ) -> str:
        """The text file an editor edits for one story of a digest's day: its entry (or
        "more news" line) as written now, its sources listed as comments."""
        chosen = self._digest_config(digest)
        stored, text, lead = self._written_entry(chosen, story_id, day)
        brief = self._brief(chosen, stored.day, story_id)
        about = [
            f"Story {story_id} of {chosen.name} {stored.day}, revision {stored.revision} "
            f"({stored.status.value}). What you write is checked against its sources:",
            *(f"  {r.source}: {r.title} <{r.url}>" for r in brief.reports),
        ]
        return entry_document(text, lead=lead, about=about)

    def _brief(self, digest: DigestConfig, day: date, story_id: str) -> StoryBrief:
        [selection] = explain_day(self.store, self.config, digest.name, day, self._day_clock(day))
        for ranked in selection.ranked:
            if ranked.story.id == story_id:
                return story_brief(self.store, self.config, digest, ranked, day)
        raise NotFoundError(
            f"Story {story_id!r} is no longer among the {digest.name} candidates of {day}."
        )

    async def aedit_entry(
        self,
        story_id: str,
        document: str,
        *,
        digest: str | None = None,
        day: date | None = None,
        keep_unsupported: bool = False,
    ) -> EntryEdit:
        """Tell a story of a digest's day in the editor's words (``document`` as
        :meth:`entry_document` gives it, edited), on this and every later run.

        Its claims are checked against the story's sources first: with any unsupported
        one nothing is saved unless ``keep_unsupported``, and what is kept is listed in
        the digest's verification report.  An empty document changes nothing.  Raises
        EditionError for a document that cannot be read.
        """
        chosen = self._digest_config(digest)
        stored, before, lead = self._written_entry(chosen, story_id, day)
        text = parse_entry_document(document, lead=lead)
        if text is None or text == before:
            why = "the file was left empty" if text is None else "the text is unchanged"
            return EntryEdit(story_id, False, why, (), self.edition(chosen.name, stored.day))
        brief = self._brief(chosen, stored.day, story_id)
        evidence = Verifier({story_id: brief}, chosen.language, []).evidence(story_id)
        claims = tuple(unsupported_in(text, evidence, lead=lead))
        if claims and not keep_unsupported:
            why = f"{len(claims)} claim(s) its sources do not support"
            return EntryEdit(story_id, False, why, claims, self.edition(chosen.name, stored.day))
        action = EditorAction(
            chosen.name, stored.day, EditorVerb.EDIT, story_id, None, self.user, self._now(),
            content=text,
        )  # fmt: skip
        view = await self._apply(chosen, stored.day, action)
        return EntryEdit(story_id, True, "", claims, view)

    def edit_entry(
        self,
        story_id: str,
        document: str,
        *,
        digest: str | None = None,
        day: date | None = None,
        keep_unsupported: bool = False,
    ) -> EntryEdit:
        """:meth:`aedit_entry` for callers without an event loop."""
        return asyncio.run(
            self.aedit_entry(
                story_id, document, digest=digest, day=day, keep_unsupported=keep_unsupported
            )
        )

    def export(
        self,
        digest: str | None = None,
        day: date | None = None,
        *,
        revision: int | None = None,
        folder: Path | None = None,
    ) -> list[Path]:
        """Write the files a revision of a digest's day (default: its newest) was rendered
        with, as the store keeps them, into ``folder`` (default: the day's output folder).
        Raises NotFoundError when that revision has no files kept."""
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        number = stored.revision if revision is None else revision
        files = self.store.edition_files(chosen.name, stored.day, number)
        if not files:
            raise NotFoundError(
                f"{chosen.name} {stored.day} revision {number} has no rendered files in the "
                f"store (its revisions are 1 to {stored.revision}; one rendered before the "
                "store kept files has none)."
            )
        target = folder or output_folder(self.config, chosen.name, stored.day)
        try:
            return export_files(files, target)
        except OSError as err:
            raise NewsdeskError(f"Could not write the files: {err}") from err

    def diff(
        self,
        digest: str | None = None,
        day: date | None = None,
        *,
        old: int | None = None,
        new: int | None = None,
    ) -> EditionDiff:
        """What changed between two written revisions of a digest's day (default: the
        newest and the one before it).  Raises NotFoundError for a revision that was
        never written, EditionError when the day has only one."""
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        newer = stored.revision if new is None else new
        older = newer - 1 if old is None else old
        if older < 1:
            raise EditionError(
                f"{chosen.name} {stored.day} has only revision {stored.revision}: "
                "nothing to compare it with yet."
            )
        for revision in (newer, older):
            if not 1 <= revision <= stored.revision:
                raise NotFoundError(
                    f"{chosen.name} {stored.day} has no revision {revision}: its revisions "
                    f"are 1 to {stored.revision}."
                )
        pair = []
        for revision in (older, newer):
            written = self.store.digest(chosen.name, stored.day, revision)
            if written is None:
                raise NotFoundError(
                    f"{chosen.name} {stored.day} revision {revision} was never written."
                )
            pair.append(written)
        day_changes, stories = diff_digests(pair[0], pair[1])
        return EditionDiff(
            chosen.name, stored.day, older, pair[0].status, newer, pair[1].status,
            day_changes, stories,
        )  # fmt: skip

    def pin(self, story_id: str, digest: str | None = None, day: date | None = None) -> EditionView:
        """Keep a story in the lead of a digest's day, on this and every later run."""
        return asyncio.run(self.aedit_selection(EditorVerb.PIN, story_id, digest=digest, day=day))

    def drop(
        self, story_id: str, digest: str | None = None, day: date | None = None
    ) -> EditionView:
        """Keep a story out of a digest's day, on this and every later run."""
        return asyncio.run(self.aedit_selection(EditorVerb.DROP, story_id, digest=digest, day=day))

    def move(
        self, story_id: str, position: int, digest: str | None = None, day: date | None = None
    ) -> EditionView:
        """Put a story at a place (1 = first) of a digest's lead, on every later run too."""
        return asyncio.run(
            self.aedit_selection(
                EditorVerb.MOVE, story_id, digest=digest, day=day, position=position
            )
        )

    def approve(self, digest: str | None = None, day: date | None = None) -> EditionView:
        """Approve the newest revision of a digest's day (default: its latest), so it may
        be published when the digest's review is required; approving twice is harmless.
        The approval records who gave it (:attr:`user`) and when.

        Raises NotFoundError when the day has no edition, EditionError when the revision
        is already published or not written yet.
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        where = f"--digest {chosen.name} --date {stored.day}"
        if stored.status is EditionStatus.PUBLISHED:
            raise EditionError(
                f"{chosen.name} {stored.day} revision {stored.revision} is already published; "
                "a run with new stories or an editor's action makes a new draft to approve."
            )
        written = self.store.digest(chosen.name, stored.day)
        if written is None or written.revision != stored.revision:
            raise EditionError(
                f"{chosen.name} {stored.day} revision {stored.revision} is not written yet: "
                f"`newsdesk run --date {stored.day} --no-publish` writes it, then "
                f"`newsdesk edition approve {where}`."
            )
        self.store.set_edition_status(
            chosen.name, stored.day, stored.revision, EditionStatus.APPROVED, self._now(),
            who=self.user,
        )  # fmt: skip
        return self.edition(chosen.name, stored.day)

    # -- rendering and publishing ----------------------------------------------------

    def render(
        self, day: date | None = None, digest: str | None = None, style: str | None = None
    ) -> list[Path]:
        """Render written digests (each configured one, or ``digest``) of a day (default:
        each one's latest) as Markdown into the output folder; returns the files."""
        chosen = [self.config.digest(digest)] if digest else self.config.digests
        found = [(d, self.store.digest(d.name, day)) for d in chosen]
        if not any(written for _, written in found):
            raise NotFoundError("No written digest to render. `newsdesk run` writes one.")
        paths = []
        for digest_config, written in found:
            if written is None:
                continue
            try:
                paths += render_stored(
                    self.store, self.config, digest_config, written, self._now(), style
                )
            except OSError as err:
                raise NewsdeskError(f"Could not write the Markdown: {err}") from err
        return paths

    def publish(
        self,
        day: date | None = None,
        digest: str | None = None,
        channel: str | None = None,
        *,
        force: bool = False,
    ) -> list[Publication]:
        """Publish written digests (default: each one's latest) on their channels, each
        message once unless ``force``.  Raises NotFoundError when there is nothing to
        publish (no written digest with a channel, or with ``channel``)."""
        results = publish_stage.publish(
            self.store, self.config, self._now(), day=day, digest=digest, channel=channel,
            force=force,
        )  # fmt: skip
        if not results:
            which = f" {channel!r}" if channel else ""
            raise NotFoundError(
                f"Nothing to publish: no written digest with a channel{which} (see `publish:`)."
            )
        return results

    def build_site(self) -> BuiltSite:
        """The HTML archive of the written digests, with its RSS, Atom and JSON feeds."""
        try:
            folder, files = site_stage.build_site(self.store, self.config)
        except OSError as err:
            raise NewsdeskError(f"Could not write the site: {err}") from err
        return BuiltSite(folder, tuple(files))

    # -- schedules -------------------------------------------------------------------

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

    # -- evaluating ------------------------------------------------------------------

    def eval_cluster(self, path: Path, out: Path | None = None) -> ClusterEvaluation:
        """Group a labelled file as a run would and score it (B-cubed); with ``out``,
        write each item's predicted cluster there.  Raises EvalError for a bad file."""
        with _output(out) as handle:
            result = evaluate_file(path, self.config, self.embedder)
            if handle is not None:
                result.write_predictions(handle)
        return result

    def eval_classify(self, path: Path, out: Path | None = None) -> ClassifyReport:
        """Judge each item of a file as a one-item story (relevance, category); with
        ``out``, write each verdict there.  Bad lines are skipped and reported."""
        with _output(out) as handle:
            result, read = classify_file(path, self.config, self.embedder)
            if handle is not None:
                result.write_predictions(handle)
        return ClassifyReport(result, len(read.records), tuple(read.problems))

    def eval_verify(self, path: Path) -> VerifyEvaluation:
        """Check every number, name and link of generated texts against their sources."""
        return evaluate_verification(read_verify_file(path))


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO | None]:
    """An optional output file, opened before the work so a bad path fails first."""
    if path is None:
        yield None
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as err:
        raise EvalError(f"Cannot write {path}: {err.strerror or err}") from err
    with handle:
        yield handle


def open_newsdesk(
    config_path: Path | None,
    *,
    db: str | None = None,
    now: Callable[[], datetime] = _utc_now,
    progress: Progress | None = None,
) -> Newsdesk:
    """A :class:`Newsdesk` on a config file (None: the default settings); ``db`` (a path
    or URL, relative to the working directory) overrides its ``store.url``.

    Raises ConfigError when the file is missing or invalid.
    """
    config = load_config(config_path) if config_path is not None else Config()
    url = resolve_store_url(db, Path.cwd()) if db else None
    return Newsdesk(config, store_url=url, now=now, progress=progress)


__all__ = [
    "BuiltSite",
    "ClassifyReport",
    "DayItems",
    "DayStories",
    "EditionEntry",
    "EditionView",
    "LeftOut",
    "Newsdesk",
    "SearchHit",
    "SearchResult",
    "SourceCheck",
    "SourceStatus",
    "StoryDetail",
    "open_newsdesk",
]
