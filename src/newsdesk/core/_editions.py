"""Editions: a digest's day as its editor sees it, and every editor's action on it —
pin, drop, move, edit, restore, approve — with the diff between revisions and their files."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsdesk import pipeline
from newsdesk._command import command
from newsdesk._oswords import os_problem
from newsdesk.collect import store_site_names
from newsdesk.config import DigestConfig
from newsdesk.core._base import DeskBase
from newsdesk.core._views import (
    Candidate,
    DigestState,
    EditionChange,
    EditionDetail,
    EditionDiff,
    EditionEntry,
    EditionView,
    EntryEdit,
    LeftOut,
    StoryPlace,
    StoryRestore,
)
from newsdesk.editor import (
    StoryBrief,
    Verifier,
    diff_digests,
    entry_document,
    entry_from_parts,
    entry_text,
    language_name,
    parse_entry_document,
    unsupported_in,
)
from newsdesk.exceptions import EditionError, NewsdeskError, NotFoundError
from newsdesk.model import (
    Digest,
    EditionStatus,
    EditorAction,
    EditorVerb,
    EntryText,
    Phrase,
    Placement,
    Selection,
    StoredEdition,
    actions_in_force,
)
from newsdesk.stages import output_folder
from newsdesk.stages import site as site_stage
from newsdesk.stages.render import export_files
from newsdesk.stages.select import explain_day
from newsdesk.stages.write import story_brief, write_again

#: A selected story the written digest does not carry, and the usual why: its "more
#: news" line would be a title in another language, and the offline editor does not
#: translate.
_NOT_WRITTEN = Phrase("not_written", "not in the written digest")
_NOT_IN_LANGUAGE = Phrase(
    "not_in_language",
    "no report of it is in the digest's language, and the offline editor does not translate",
)
_GONE = Phrase("gone", "no longer among the day's candidates")

#: What each writer does with a story the digest's language has no report of.
_UNTRANSLATED = {
    "offline": "the offline editor does not translate: its entry keeps the {theirs} "
    "headline, with a line saying it was reported only in {theirs}",
    "llm": "the LLM wrote its entry in {ours} from the {theirs} reports (check it against them)",
}


def _untranslated(language: str, told_in: Sequence[str], written_by: str) -> Phrase | None:
    """What an editor should know of a story the digest's language has no report of, as
    ``written_by`` ("offline" or "llm") wrote it (None for another writer); its values
    are the language codes."""
    how = _UNTRANSLATED.get(written_by)
    if how is None:
        return None
    theirs = " and ".join(language_name(code) for code in told_in) or "another language"
    ours = language_name(language)
    text = f"no report of it is in {ours}: " + how.format(ours=ours, theirs=theirs)
    codes = ", ".join(told_in)
    return Phrase(f"untranslated.{written_by}", text, (("ours", language), ("theirs", codes)))


def language_warning(view: EditionView, story_id: str) -> str:
    """The note :meth:`Editions.edition` gives a story of the day that no report tells
    in the digest's language ("" when there is none), for a pin or move to repeat."""
    for entry in (*view.lead, *view.more):
        if entry.story_id == story_id and "no report of it is in " in entry.why:
            return entry.why[entry.why.index("no report of it is in ") :]
    return ""


def story_place(view: EditionView | None, story_id: str) -> StoryPlace:
    """Where ``view`` has a story: lead or more news and its place there, left out, or
    nowhere (section "") when the day has no such story or no edition."""
    if view is not None:
        for section, entries in (("lead", view.lead), ("more", view.more)):
            for place, entry in enumerate(entries, start=1):
                if entry.story_id == story_id:
                    return StoryPlace(section, place, entry.headline)
        for out in view.left_out:
            if out.story_id == story_id:
                return StoryPlace("left out", 0, out.title)
    return StoryPlace("", 0, "")


def edition_change(before: EditionView | None, after: EditionView, story_id: str) -> EditionChange:
    """What an action on ``story_id`` changed between the edition ``before`` it (None when
    the day had none) and the one ``after``: the story's old and new place, the
    revisions, and what the lead and more news hold now."""
    return EditionChange(
        story_id,
        story_place(before, story_id),
        story_place(after, story_id),
        before.revision if before is not None else 0,
        after.revision,
        len(after.lead),
        len(after.more),
    )


class Editions(DeskBase):
    """The editor's desk."""

    def configured_digests(self) -> list[DigestState]:
        """Every configured digest, with the newest revision of its latest day."""
        return [DigestState(d, self.store.edition(d.name)) for d in self.config.digests]

    def editions(
        self, digest: str | None = None, limit: int = 60, *, empty: bool = False
    ) -> list[StoredEdition]:
        """A digest's (default: the first) days, newest first: each one's newest
        revision and where it stands.  A day whose run found no story (one just after
        midnight) has nothing to read or publish, so it is listed only when ``empty``."""
        return self.store.edition_days(self._digest_config(digest).name, limit, empty=empty)

    def edition(self, digest: str | None = None, day: date | None = None) -> EditionView:
        """The newest revision of a digest's (default: the first) edition of a day
        (default: its latest): lead, more news, and the candidates left out, each with
        why.  Raises NotFoundError when the day has no edition.

        .. versionadded:: 0.1.0
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        written = self.store.digest(chosen.name, stored.day, stored.revision)
        return self._view(chosen, stored, self._selection(chosen, stored.day), written)

    def edition_detail(self, digest: str | None = None, day: date | None = None) -> EditionDetail:
        """What a review desk shows of a digest's (default: the first) day (default: its
        latest): :meth:`edition`, the newest revision's text as written, and every
        candidate of the day, best first, with its score and the signals behind it, its
        reports (publisher, language, time) and where selection put it and why.  Raises
        NotFoundError when the day has no edition."""
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        written = self.store.digest(chosen.name, stored.day, stored.revision)
        selection = self._selection(chosen, stored.day)
        view = self._view(chosen, stored, selection, written)
        reports = self.store.story_reports([r.story.id for r in selection.ranked])
        labels = {s.id: s.label for s in self.config.sources}
        candidates = tuple(
            Candidate(
                ranked,
                decision,
                tuple(
                    r if r.publisher else replace(r, publisher=labels.get(r.source_id, ""))
                    for r in reports.get(ranked.story.id, ())
                ),
            )
            for ranked, decision in zip(selection.ranked, selection.decisions, strict=True)
        )
        sites = store_site_names(self.store.publisher_counts())
        return EditionDetail(view, written, candidates, sites)

    def _selection(self, digest: DigestConfig, day: date) -> Selection:
        """The digest's selection of its day as a run would make it now, explained."""
        clock = self._day_clock(day)
        [selection] = explain_day(self.store, self.config, digest.name, day, clock)
        return selection

    def _view(
        self,
        chosen: DigestConfig,
        stored: StoredEdition,
        selection: Selection,
        written: Digest | None,
    ) -> EditionView:
        decisions = {d.story_id: d for d in selection.decisions}
        titles = {r.story.id: r.title for r in selection.ranked}
        languages = {r.story.id: r.story.languages for r in selection.ranked}
        told: dict[str, tuple[str, str]] = {}
        kept: dict[str, list[str]] = {}
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
            first = (decision.phrase or Phrase("", decision.detail)) if decision else _GONE
            said = [first]
            told_in = languages.get(story_id, (chosen.language,))
            foreign = chosen.language not in told_in
            why = first.text
            if written is not None and story_id not in told:
                said += [_NOT_WRITTEN, _NOT_IN_LANGUAGE] if foreign else [_NOT_WRITTEN]
                why += f"; {_NOT_WRITTEN.text}" + (f": {_NOT_IN_LANGUAGE.text}" if foreign else "")
            elif foreign and (note := _untranslated(chosen.language, told_in, written_by)):
                said.append(note)
                why += "; " + note.text
            return EditionEntry(
                story_id,
                headline or titles.get(story_id, story_id),
                decision.reason.value if decision else "",
                why,
                written_by,
                tuple(dict.fromkeys(kept.get(story_id, []))),
                tuple(said),
            )

        carried = set(stored.lead) | set(stored.more)
        left_out = tuple(
            LeftOut(
                d.story_id,
                titles[d.story_id],
                d.reason.value,
                d.detail,
                (d.phrase or Phrase("", d.detail),),
            )
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
            notice=written.notice if written is not None else "",
            zone=chosen.timezone,
            on_site=written is not None  # an edition never written is on no page
            and (
                stored.status is EditionStatus.PUBLISHED
                or (
                    not chosen.publish
                    and (chosen.review != "required" or stored.status is not EditionStatus.DRAFT)
                )
            ),
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
        """Record an editor's pin, drop, move or demotion of a story of a digest's day (default:
        its latest edition), select the day again with it, and write and verify the
        draft again, as the day's next revision (the one before is kept as it was
        written, so :meth:`diff` shows what the action did).  Every later run applies
        the action too.  An action the story already has (a second pin, a move to the
        place it was moved to) changes nothing and makes no revision.

        Raises NotFoundError when the day has no edition or the story is not among its
        candidates, EditionError for a lead place outside the lead.
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        selection = self._selection(chosen, stored.day)
        if story_id not in {r.story.id for r in selection.ranked}:
            raise NotFoundError(
                f"Story {story_id!r} is not among the {chosen.name} candidates of "
                f"{stored.day}. `{command()} edition show --digest {chosen.name} --date "
                f"{stored.day}` lists them."
            )
        if verb is EditorVerb.MOVE:
            _check_place(chosen, stored.day, selection, story_id, position or 0)
        if self._standing(chosen.name, stored.day, story_id) == (verb, position):
            return self.edition(chosen.name, stored.day)
        action = EditorAction(
            chosen.name, stored.day, verb, story_id, position, self.user, self._now()
        )
        return await self._apply(chosen, stored.day, action)

    def _standing(
        self, digest: str, day: date, story_id: str
    ) -> tuple[EditorVerb, int | None] | None:
        """The newest pin, drop, move or demotion of a story of a digest's day: an action
        that repeats it changes nothing, so it is not recorded and makes no revision (a
        second click of "pin" would be a copy of the day, and after an approval a draft
        to approve again)."""
        placing = [
            (a.verb, a.position)
            for a in self.store.editor_actions(digest, day)
            if a.story_id == story_id and a.verb is not EditorVerb.EDIT
        ]
        return placing[-1] if placing else None

    async def arestore(
        self, story_id: str, *, digest: str | None = None, day: date | None = None
    ) -> StoryRestore:
        """Undo every editor's action on a story of a digest's day (default: its latest
        edition) — its pin, drop, move or demotion, and its text in the editor's words —
        so that selection places it and the writer tells it as they would with no
        editor, on this and every later run.  Recorded like any action (who, when) and
        written as the day's next revision.  A story with no action in force changes
        nothing and makes no revision.  The undone actions stay in the store's history.

        Raises NotFoundError when the day has no edition.

        .. versionadded:: 0.2.0
        """
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        undone = actions_in_force(self.store.editor_actions(chosen.name, stored.day)).get(
            story_id, ()
        )
        if not undone:
            why = f"{story_id} has no editor's action on {chosen.name} {stored.day} to undo"
            view = self.edition(chosen.name, stored.day)
            return StoryRestore(story_id, False, why, (), view, "no_action")
        action = EditorAction(
            chosen.name, stored.day, EditorVerb.RESTORE, story_id, None, self.user, self._now()
        )
        view = await self._apply(chosen, stored.day, action)
        return StoryRestore(story_id, True, "", undone, view)

    def restore(
        self, story_id: str, digest: str | None = None, day: date | None = None
    ) -> StoryRestore:
        """:meth:`arestore` for callers without an event loop."""
        return asyncio.run(self.arestore(story_id, digest=digest, day=day))

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
                f"`{command()} run --date {stored.day} --no-publish` writes it."
            )
        for entry in written.entries:
            if entry.story_id == story_id:
                return stored, entry_text(entry), True
        for line in written.more:
            if line.story_id == story_id:
                return stored, entry_text(line), False
        raise NotFoundError(
            f"Story {story_id!r} is not in the {digest.name} edition of {stored.day}. "
            f"`{command()} edition show --digest {digest.name} --date {stored.day}` lists its "
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
        for ranked in self._selection(digest, day).ranked:
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
        the digest's verification report.  An empty document changes nothing, and a
        part whose heading the document leaves out keeps its text.  Raises
        EditionError for a document that cannot be read.
        """
        chosen = self._digest_config(digest)
        stored, before, lead = self._written_entry(chosen, story_id, day)
        text = parse_entry_document(document, lead=lead, base=before)
        if text is None:
            view = self.edition(chosen.name, stored.day)
            return EntryEdit(story_id, False, "the file was left empty", (), view, None, "empty")
        return await self._save_text(chosen, stored, story_id, before, text, lead, keep_unsupported)

    async def aedit_entry_text(
        self,
        story_id: str,
        parts: Mapping[str, str | Sequence[str]],
        *,
        digest: str | None = None,
        day: date | None = None,
        keep_unsupported: bool = False,
    ) -> EntryEdit:
        """:meth:`aedit_entry` from the text's parts by name rather than a document: for
        a lead entry ``headline``, ``summary``, ``insights`` (a list) and ``impact``,
        for a "more news" line ``line`` and ``detail``; a part not given keeps its text.
        Checked and kept the same way.

        Raises EditionError for a part the entry does not have or an empty headline.

        .. versionadded:: 0.2.0
        """
        chosen = self._digest_config(digest)
        stored, before, lead = self._written_entry(chosen, story_id, day)
        text = entry_from_parts(parts, lead=lead, base=before)
        return await self._save_text(chosen, stored, story_id, before, text, lead, keep_unsupported)

    def edit_entry_text(
        self,
        story_id: str,
        parts: Mapping[str, str | Sequence[str]],
        *,
        digest: str | None = None,
        day: date | None = None,
        keep_unsupported: bool = False,
    ) -> EntryEdit:
        """:meth:`aedit_entry_text` for callers without an event loop."""
        return asyncio.run(
            self.aedit_entry_text(
                story_id, parts, digest=digest, day=day, keep_unsupported=keep_unsupported
            )
        )

    async def aregenerate_entry(
        self, story_id: str, *, digest: str | None = None, day: date | None = None
    ) -> EntryEdit:
        """Have the LLM write one entry (or "more news" line) of a digest's day again,
        asking afresh rather than from its cache.  The new text is checked against the
        story's sources like an editor's: when every claim is supported it is kept as
        the entry's text on this and every later run; otherwise nothing is saved and the
        result carries the text and its unsupported claims, to fix and save with
        :meth:`aedit_entry_text`.

        Raises EditionError when no LLM is configured (or its key is not set), LLMError
        when it gives no usable entry.

        .. versionadded:: 0.2.0
        """
        chosen = self._digest_config(digest)
        stored, before, lead = self._written_entry(chosen, story_id, day)
        brief = self._brief(chosen, stored.day, story_id)
        text = await write_again(self.config, chosen, brief, lead=lead)
        return await self._save_text(chosen, stored, story_id, before, text, lead, False)

    def regenerate_entry(
        self, story_id: str, *, digest: str | None = None, day: date | None = None
    ) -> EntryEdit:
        """:meth:`aregenerate_entry` for callers without an event loop."""
        return asyncio.run(self.aregenerate_entry(story_id, digest=digest, day=day))

    async def _save_text(
        self,
        chosen: DigestConfig,
        stored: StoredEdition,
        story_id: str,
        before: EntryText,
        text: EntryText,
        lead: bool,
        keep_unsupported: bool,
    ) -> EntryEdit:
        """Check the editor's text against the story's sources and, unless it is
        unchanged or has unsupported claims the editor did not choose to keep, record it
        and write the day's draft again with it."""
        if text == before:
            view = self.edition(chosen.name, stored.day)
            return EntryEdit(story_id, False, "the text is unchanged", (), view, text, "unchanged")
        brief = self._brief(chosen, stored.day, story_id)
        evidence = Verifier({story_id: brief}, chosen.language, []).evidence(story_id)
        claims = tuple(unsupported_in(text, evidence, lead=lead))
        if claims and not keep_unsupported:
            why = (
                "a claim its sources do not support"
                if len(claims) == 1
                else f"{len(claims)} claims its sources do not support"
            )
            view = self.edition(chosen.name, stored.day)
            return EntryEdit(story_id, False, why, claims, view, text, "unsupported")
        action = EditorAction(
            chosen.name, stored.day, EditorVerb.EDIT, story_id, None, self.user, self._now(),
            content=text,
        )  # fmt: skip
        view = await self._apply(chosen, stored.day, action)
        return EntryEdit(story_id, True, "", claims, view, text)

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
            raise NewsdeskError(f"Could not write the files: {os_problem(err)}") from err

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
        if old is None and older < 1 and stored.revision == 1:
            raise EditionError(
                f"{chosen.name} {stored.day} has only revision {stored.revision}: "
                "nothing to compare it with yet."
            )
        if old is None and newer == 1:
            raise NotFoundError(
                f"{chosen.name} {stored.day} revision 1 is its first: nothing before it to "
                f"compare it with (its revisions are 1 to {stored.revision}; give --from)."
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
        actions = self.store.editor_actions(
            chosen.name, stored.day, after_revision=older, through_revision=newer
        )
        leads = [self.store.edition(chosen.name, stored.day, n) for n in (older, newer)]
        day_changes, stories = diff_digests(
            pair[0],
            pair[1],
            {a.story_id for a in actions},
            (leads[0].lead if leads[0] else (), leads[1].lead if leads[1] else ()),
        )
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

    def demote(
        self, story_id: str, digest: str | None = None, day: date | None = None
    ) -> EditionView:
        """Take a story out of the lead of a digest's day and put it at the top of "more
        news", on this and every later run (a pin or move of it later puts it back).

        .. versionadded:: 0.2.0
        """
        return asyncio.run(
            self.aedit_selection(EditorVerb.DEMOTE, story_id, digest=digest, day=day)
        )

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
        The approval records who gave it (:attr:`user`) and when.  A digest with no
        channel has its site rebuilt, since the approved revision goes there.

        Raises NotFoundError when the day has no edition, EditionError when the revision
        is already published or not written yet, NewsdeskError when the approval was
        recorded but the site could not be rebuilt.
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
        if written is None and not self.store.edition_sections(chosen.name, stored.day):
            # an early scheduled run's empty draft: running it again now writes no more
            me = command()
            raise EditionError(
                f"{chosen.name} {stored.day} revision {stored.revision} holds no story: its run "
                "had none of that day to select, so there is nothing to approve. "
                f"`{me} stories {where} --explain` shows the day's stories; "
                f"`{me} run --date {stored.day} --no-publish` writes it again once its sources "
                "have published."
            )
        if written is None or written.revision != stored.revision:
            raise EditionError(
                f"{chosen.name} {stored.day} revision {stored.revision} is not written yet: "
                f"`{command()} run --date {stored.day} --no-publish` writes it, then "
                f"`{command()} edition approve {where}`."
            )
        self.store.set_edition_status(
            chosen.name, stored.day, stored.revision, EditionStatus.APPROVED, self._now(),
            who=self.user,
        )  # fmt: skip
        if not chosen.publish:
            self._approved_to_site(chosen, stored.day)
        return self.edition(chosen.name, stored.day)

    def _approved_to_site(self, chosen: DigestConfig, day: date) -> None:
        """Put an approved revision of a digest with no channel on the site, which is
        all such a digest has: its drafts are kept off it until approved."""
        try:
            site_stage.build_site(self.store, self.config)
        except OSError as err:
            raise NewsdeskError(
                f"{chosen.name} {day} is approved, but the site was not rebuilt: "
                f"{os_problem(err)}. `{command()} site` rebuilds it."
            ) from err


def _check_place(
    chosen: DigestConfig, day: date, selection: Selection, story_id: str, position: int
) -> None:
    """Refuse a lead place the day does not have: a short day's lead (few stories
    qualified) holds fewer than ``select.lead``, and a story moved in from outside it
    takes one more place, up to ``select.lead``.  A place past the end would be
    recorded as asked but shown last."""
    held = [r.story.id for r in selection.lead]
    places = min(len(held) + (story_id not in held), chosen.select.lead)
    if 1 <= position <= places:
        return
    short = (
        f" ({day}'s lead holds {len(held)} stories; select.lead is {chosen.select.lead})"
        if places < chosen.select.lead
        else ""
    )
    raise EditionError(
        f"--to {position}: the {chosen.name} lead of {day} has places 1 to {places}{short}."
    )
