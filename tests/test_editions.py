"""Editions with a lifecycle, driven through the Newsdesk object and the CLI: drafts
refreshed by a run, approved and published revisions never changed, the editor's pin,
drop and move kept across runs, and review before publishing.

The demo's sample day is served and run once (``served``); each test works on its own
copy of that store (``copied``).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newsdesk import (
    EditionError,
    EditionStatus,
    EditorAction,
    EditorVerb,
    Newsdesk,
    NotFoundError,
    load_config,
)
from newsdesk._console import edition_lines
from newsdesk.cli import app
from newsdesk.core import EditionView
from sample_day import Day, desk_on

runner = CliRunner()


def test_a_run_refreshes_the_draft_in_its_revision(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-ribao")
        assert (before.revision, before.status) == (1, EditionStatus.DRAFT)
        assert desk.run(publish=False).ok
        after = desk.edition("ai-ribao")
        written = desk.digest("ai-ribao")
    assert (after.revision, after.status) == (1, EditionStatus.DRAFT)
    assert [e.story_id for e in after.lead] == [e.story_id for e in before.lead]
    assert written.revision == 1


def test_each_editors_action_on_a_draft_is_a_revision_and_diff_shows_what_it_did(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-daily")
        dropped, moved = before.lead[1], before.lead[5]
        after_drop = desk.drop(dropped.story_id, "ai-daily")
        after_move = desk.move(moved.story_id, 1, "ai-daily")
        by_move = desk.diff("ai-daily")
        by_drop = desk.diff("ai-daily", old=1, new=2)
        assert desk.run(publish=False).ok  # no action since: the newest draft is refreshed
        again = desk.edition("ai-daily")
        first = desk.store.digest("ai-daily", served.day, 1)
    assert [(v.revision, v.status) for v in (after_drop, after_move, again)] == [
        (2, EditionStatus.DRAFT), (3, EditionStatus.DRAFT), (3, EditionStatus.DRAFT),
    ]  # fmt: skip
    assert (by_drop.old, by_drop.new, by_move.old, by_move.new) == (1, 2, 2, 3)
    removed = {c.story_id: c.change for c in by_drop.stories}
    assert removed[dropped.story_id] == "removed"
    moves = {c.story_id: (c.change, c.after) for c in by_move.stories}
    assert moves[moved.story_id] == ("moved", "lead 1")
    assert dropped.story_id not in moves  # the move's diff is the move's alone
    assert first is not None and dropped.story_id in {e.story_id for e in first.entries}


def test_diff_of_a_move_up_by_one_names_the_story_the_editor_moved(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        lead = [e.story_id for e in desk.edition("ai-daily").lead]
        written = desk.store.digest("ai-daily", served.day)
        assert written is not None
        section = next(s.entries for s in written.sections if len(s.entries) > 1)
        higher, lower = section[0].story_id, section[1].story_id  # neighbours in the file
        desk.move(lower, lead.index(higher) + 1, "ai-daily")
        diff = desk.diff("ai-daily")
    assert [(c.story_id, c.change) for c in diff.stories] == [(lower, "moved")]


def test_diff_counts_places_in_the_lead_order_that_show_and_move_use(
    served: Day, copied: str
) -> None:
    """The written file groups the lead by category; the editor sees and moves stories in
    the lead's own order, so diff names the places `edition show` shows and `move --to`
    took, not the file's."""
    with desk_on(served, copied) as desk:
        eighth = desk.edition("ai-daily").lead[7].story_id
        desk.move(eighth, 3, "ai-daily")
        shown = [e.story_id for e in desk.edition("ai-daily").lead]
        diff = desk.diff("ai-daily")
    assert shown.index(eighth) == 2
    moved = {c.story_id: (c.change, c.before, c.after) for c in diff.stories}
    assert moved[eighth] == ("moved", "lead 8", "lead 3")


@pytest.mark.parametrize("status", [EditionStatus.PUBLISHED, EditionStatus.APPROVED])
def test_a_run_never_changes_an_approved_or_published_revision(
    served: Day, copied: str, status: EditionStatus
) -> None:
    with desk_on(served, copied) as desk:
        if status is EditionStatus.PUBLISHED:
            assert {p.status for p in desk.publish(digest="ai-ribao")} == {"published"}
        else:
            desk.approve("ai-ribao")
        first = desk.digest("ai-ribao")
        assert (first.revision, first.status) == (1, status)
        assert desk.run(publish=False).ok  # nothing new: nothing written
        assert desk.digest("ai-ribao") == first
        assert desk.edition("ai-ribao").revision == 1
        dropped = first.entries[0].story_id
        desk.store.record_action(
            EditorAction("ai-ribao", served.day, EditorVerb.DROP, dropped, None, "tester",
                         served.evening)
        )  # fmt: skip
        assert desk.run(publish=False).ok  # new material: a new draft revision
        second = desk.digest("ai-ribao")
        shown = desk.edition("ai-ribao")
        kept = desk.store.all_digests("ai-ribao")
    assert (second.revision, second.status) == (2, EditionStatus.DRAFT)
    assert (shown.revision, shown.status) == (2, EditionStatus.DRAFT)
    assert dropped not in {e.story_id for e in second.entries}
    if status is EditionStatus.PUBLISHED:  # readers keep the published revision
        assert kept == [first]


def test_pin_drop_and_move_are_recorded_and_survive_a_rerun(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-daily")
        pinned = next(o.story_id for o in before.left_out if o.reason == "not in the top N")
        dropped = before.lead[1].story_id
        moved = before.lead[5].story_id
        desk.pin(pinned, "ai-daily")
        desk.drop(dropped, "ai-daily")
        after = desk.move(moved, 1, "ai-daily")
        written = desk.digest("ai-daily")
        assert desk.run(publish=False).ok
        again = desk.edition("ai-daily")
    lead = [e.story_id for e in after.lead]
    assert lead[0] == moved and pinned in lead and dropped not in lead
    assert len(lead) == len(before.lead)
    assert next(o for o in after.left_out if o.story_id == dropped).why.startswith(
        "dropped by tester"
    )
    assert next(e for e in after.lead if e.story_id == pinned).reason == "pinned"
    entries = {e.story_id for e in written.entries}  # the draft was written again
    assert pinned in entries and dropped not in entries
    assert [(a.verb, a.who) for a in after.actions] == [
        (EditorVerb.PIN, "tester"),
        (EditorVerb.DROP, "tester"),
        (EditorVerb.MOVE, "tester"),
    ]
    assert [e.story_id for e in again.lead] == lead
    assert again.revision == 4  # one revision for each action; the re-run refreshes the last


def test_an_action_on_a_published_day_starts_a_new_draft(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        desk.publish(digest="ai-ribao")
        first = desk.digest("ai-ribao")
        after = desk.drop(first.entries[-1].story_id, "ai-ribao")
        assert (after.revision, after.status) == (2, EditionStatus.DRAFT)
        assert desk.store.all_digests("ai-ribao") == [first]
        [again] = desk.publish(digest="ai-ribao")  # review is none: the new draft goes out
        second = desk.digest("ai-ribao")
    assert again.status == "published"
    assert (second.revision, second.status) == (2, EditionStatus.PUBLISHED)


def test_an_action_the_story_already_has_makes_no_revision_and_keeps_the_approval(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        view = desk.edition("ai-daily")
        pinned, moved = view.left_out[0].story_id, view.lead[4].story_id
        desk.pin(pinned, "ai-daily")
        desk.move(moved, 2, "ai-daily")
        approved = desk.approve("ai-daily")
        again = [desk.pin(pinned, "ai-daily"), desk.move(moved, 2, "ai-daily")]
        actions = desk.store.editor_actions("ai-daily", served.day)
        elsewhere = desk.move(moved, 3, "ai-daily")  # a different place is a change
    assert (approved.revision, approved.status) == (3, EditionStatus.APPROVED)
    assert [(v.revision, v.status) for v in again] == [(3, EditionStatus.APPROVED)] * 2
    assert [(a.verb, a.story_id) for a in actions] == [
        (EditorVerb.PIN, pinned), (EditorVerb.MOVE, moved),
    ]  # fmt: skip
    assert (elsewhere.revision, elsewhere.status) == (4, EditionStatus.DRAFT)
    assert [e.story_id for e in elsewhere.lead].index(moved) == 2


def test_an_unknown_story_or_place_is_refused(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        with pytest.raises(NotFoundError, match="not among the ai-ribao candidates"):
            desk.pin("s000", "ai-ribao")
        lead = desk.edition("ai-ribao").lead[0].story_id
        with pytest.raises(EditionError, match="places 1 to 12"):
            desk.move(lead, 13, "ai-ribao")


def test_review_required_blocks_publish_until_approved(served: Day, copied: str) -> None:
    with desk_on(served, copied, review=True) as desk:
        summary = desk.run()
        assert summary.ok  # the run stops at the draft, and says that it waits
        assert [(p.channel, p.status, p.external_ids) for p in summary.publications] == [
            ("hugo", "awaiting approval", ())
        ]
        assert "edition approve --digest ai-ribao" in (summary.publications[0].error or "")
        assert not desk.edition("ai-ribao").on_site  # a draft waiting for its approval
        [waiting] = desk.publish(digest="ai-ribao")
        assert waiting.status == "awaiting approval"
        assert "newsdesk edition approve --digest ai-ribao" in (waiting.error or "")
        approved = desk.approve("ai-ribao")
        assert approved.status is EditionStatus.APPROVED
        assert (approved.approved_by, approved.approved_at) == ("tester", served.evening)
        [published] = desk.publish(digest="ai-ribao")
        assert published.status == "published"
        assert desk.edition("ai-ribao").status is EditionStatus.PUBLISHED
        assert desk.edition("ai-ribao").on_site
        with pytest.raises(EditionError, match="already published"):
            desk.approve("ai-ribao")


def test_a_digest_awaiting_approval_does_not_hold_back_the_others(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = yaml.safe_load(served.review_path.read_text(encoding="utf-8"))
    config["digests"][1]["publish"] = [{"id": "daily-files", "kind": "files", "dir": "daily"}]
    path = tmp_path / "both.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with Newsdesk(load_config(path), store_url=copied, now=lambda: served.evening) as desk:
        results = {(p.digest, p.status) for p in desk.publish()}
    assert results == {("ai-ribao", "awaiting approval"), ("ai-daily", "published")}


# -- the CLI -------------------------------------------------------------------------


def cli(served: Day, url: str, *args: str, review: bool = False) -> list[str]:
    config = served.review_path if review else served.config_path
    return ["--config", str(config), "--db", url, *args, "--date", served.day.isoformat()]


def test_cli_edition_show_json_keeps_its_keys(served: Day, copied: str) -> None:
    result = runner.invoke(app, cli(served, copied, "edition", "show", "--json"))
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert list(shown) == [
        "digest", "date", "revision", "status", "approved_by", "approved_at", "notice", "lead",
        "more", "left_out",
    ]  # fmt: skip
    assert (shown["digest"], shown["revision"], shown["status"]) == ("ai-ribao", 1, "draft")
    assert {"story", "headline", "why"} <= set(shown["lead"][0])
    assert set(shown["left_out"][0]) == {"story", "why"}
    text = runner.invoke(app, cli(served, copied, "edition", "show", "--digest", "ai-daily"))
    # ai-daily has no channel and no required review: its draft is what the site shows
    assert "ai-daily 2026-05-14 — revision 1, on the site (a draft: " in text.output


def test_edition_show_says_the_written_digests_notice_under_its_heading(
    served: Day, copied: str
) -> None:
    """The notice (its stories told only in another language, so no summaries) is said
    by `edition show` as by `digest show`, once, before the stories; --json gives it."""
    notice = "2 of the 22 stories below were reported only in Chinese so far."
    with desk_on(served, copied) as desk:
        written = desk.digest("ai-daily", served.day)
        desk.store.save_digest(replace(written, notice=notice), served.evening)
        view = desk.edition("ai-daily")
    shown = edition_lines(view)
    assert view.notice == notice
    assert shown[1] == notice and shown.count(notice) == 1
    args = cli(served, copied, "edition", "show", "--digest", "ai-daily", "--json")
    assert json.loads(runner.invoke(app, args).output)["notice"] == notice


def test_edition_show_lists_only_stories_the_written_digest_carries_and_says_why_not(
    served: Day, copied: str
) -> None:
    """The sample day's English digest, written offline, has no line for a Chinese-only
    story: more news passes over them for the next, so every story the edition lists is
    in the written digest, and those passed over are left out saying why."""
    args = cli(served, copied, "edition", "show", "--digest", "ai-daily", "--json")
    shown = json.loads(runner.invoke(app, args).output)
    with desk_on(served, copied) as desk:
        written = desk.digest("ai-daily", served.day)
    carried = {e.story_id for e in written.entries} | {m.story_id for m in written.more}
    listed = {e["story"] for e in [*shown["lead"], *shown["more"]]}
    passed = [o for o in shown["left_out"] if "more news took the next story" in o["why"]]

    assert listed == carried and len(written.more) == len(shown["more"]) == 10
    assert passed, "the sample day has Chinese-only stories good enough for more news"
    untold = "but no report of it is in the digest's language and the offline editor does not"
    assert all(o["why"].startswith("ranked ") and untold in o["why"] for o in passed)


def _chinese_only(desk: Newsdesk, view: EditionView) -> str:
    """A story left out of the day that only Chinese reports tell."""
    return next(
        o.story_id
        for o in view.left_out
        if (story := desk.store.story(o.story_id)) is not None and story.languages == ("zh",)
    )


def test_pinning_a_story_no_english_report_tells_says_what_the_writer_did(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = _chinese_only(desk, desk.edition("ai-daily"))
    pinned = runner.invoke(
        app, cli(served, copied, "edition", "pin", story, "--digest", "ai-daily")
    )
    assert pinned.exit_code == 0, pinned.output
    with desk_on(served, copied) as desk:
        view = desk.edition("ai-daily")
        entry = next(e for e in view.lead if e.story_id == story)
        written = next(e for e in desk.digest("ai-daily").entries if e.story_id == story)
    note = (
        "no report of it is in English: the offline editor does not translate: its entry "
        "keeps the Chinese headline, with a line saying it was reported only in Chinese"
    )
    assert entry.written_by == "offline" and note in entry.why
    assert f"Note: {story}: {note}." in pinned.output
    # and that is what the written digest says of it
    assert written.summary == "Reported only in Chinese so far; the headline links the original."
    assert any("\u4e00" <= c <= "\u9fff" for c in written.headline)  # its Chinese headline


def test_a_move_outside_the_lead_names_the_places_the_day_has(served: Day, copied: str) -> None:
    """A day with few stories fills less of the lead than select.lead allows: a move is
    told the places that day's lead has (one more for a story moved in from outside)."""
    config = load_config(served.config_path)
    roomy = [
        d.model_copy(update={"select": d.select.model_copy(update={"lead": 60})})
        for d in config.digests
    ]
    config = config.model_copy(update={"digests": roomy})
    with Newsdesk(config, store_url=copied, now=lambda: served.evening) as desk:
        [selection] = desk.stories(served.day, "ai-daily", explain=True).selections
        held = len(selection.lead)
        lead = {r.story.id for r in selection.lead}
        inside = selection.lead[0].story.id
        outside = next(r.story.id for r in selection.ranked if r.story.id not in lead)
        with pytest.raises(EditionError) as low:
            desk.move(inside, 0, "ai-daily", served.day)
        with pytest.raises(EditionError) as past:
            desk.move(outside, held + 2, "ai-daily", served.day)
    assert held < 60
    assert str(low.value) == (
        f"--to 0: the ai-daily lead of {served.day} has places 1 to {held} ({served.day}'s "
        f"lead holds {held} stories; select.lead is 60)."
    )
    assert f"has places 1 to {held + 1} (" in str(past.value)


def test_stories_of_a_digest_say_a_story_the_editor_dropped_was_dropped(
    served: Day, copied: str
) -> None:
    """The digest column was blank for a dropped story, as for one never chosen."""
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao", served.day).lead[0].story_id
        desk.drop(story, "ai-ribao", served.day)
        found = desk.stories(served.day, "ai-ribao")
    assert found.sections is not None and found.sections[story] == "dropped"
    listed = runner.invoke(app, cli(served, copied, "stories", "--digest", "ai-ribao", "--json"))
    [row] = [r for r in json.loads(listed.output) if r["id"] == story]
    assert row["section"] == "dropped"


def test_cli_pin_drop_move_say_what_changed_in_a_few_lines_not_the_whole_edition(
    served: Day, copied: str
) -> None:
    """An action tells the story's old and new place, the revision it wrote and how to
    see the whole edition; the full listing (~80 lines) is printed only with --show."""
    shown = json.loads(runner.invoke(app, cli(served, copied, "edition", "show", "--json")).output)
    first, second = shown["lead"][0]["story"], shown["lead"][1]["story"]
    out = shown["left_out"][0]["story"]
    pinned = runner.invoke(app, cli(served, copied, "edition", "pin", out))
    assert pinned.exit_code == 0, pinned.output
    said = " ".join(pinned.output.split())
    assert f"Pinned {out} 「" in said and "」: was left out, now lead #" in said
    assert re.search(r"The lead now holds \d+ stories, more news \d+\.", said)
    assert "edition show --digest ai-ribao --date 2026-05-14 (or add --show)" in said
    assert len(pinned.output.splitlines()) <= 6 and "Left out (" not in pinned.output
    dropped = runner.invoke(app, cli(served, copied, "edition", "drop", first))
    said = " ".join(dropped.output.split())
    assert dropped.exit_code == 0 and f"Dropped {first} 「" in said
    assert "」: was lead #1, now left out; revision" in said
    moved = runner.invoke(app, cli(served, copied, "edition", "move", second, "--to", "3"))
    said = " ".join(moved.output.split())
    assert moved.exit_code == 0 and "」: was lead #1, now lead #3; revision" in said
    assert "The lead now holds" in said
    full = runner.invoke(app, cli(served, copied, "edition", "demote", second, "--show"))
    assert full.exit_code == 0 and "Left out (" in full.output  # the whole edition
    assert f"demote {second}" in full.output and f"Demoted {second} 「" in full.output
    bad = runner.invoke(app, cli(served, copied, "edition", "pin", "s000"))
    assert bad.exit_code == 2 and "not among" in bad.output


def test_cli_actions_say_the_revision_they_wrote_or_that_nothing_changed(
    served: Day, copied: str
) -> None:
    """A second drop of the same story writes nothing, and says so; with --json the
    edition is the output and the words go to stderr."""
    shown = json.loads(runner.invoke(app, cli(served, copied, "edition", "show", "--json")).output)
    first = shown["lead"][0]["story"]
    dropped = runner.invoke(app, cli(served, copied, "edition", "drop", first))
    again = runner.invoke(app, cli(served, copied, "edition", "drop", first))
    moved = runner.invoke(app, cli(served, copied, "edition", "move", first, "--to", "2", "--json"))

    revision = shown["revision"]
    assert f"now left out; revision {revision + 1} written." in " ".join(dropped.output.split())
    assert (
        f"Nothing changed: {first} is dropped already; revision {revision + 1} stands."
        in " ".join(again.output.split())
    )
    assert again.exit_code == 0
    assert json.loads(moved.stdout)["revision"] == revision + 2
    assert f"was left out, now lead #2; revision {revision + 2} written." in " ".join(
        moved.stderr.split()
    )


def test_cli_run_says_the_draft_waits_for_approval_and_how_to_give_it(
    served: Day, copied: str
) -> None:
    config = ["--config", str(served.review_path), "--db", copied]
    ran = runner.invoke(app, [*config, "run", "--date", served.day.isoformat()])
    assert ran.exit_code == 0, ran.output
    said = " ".join(ran.output.split())
    assert (
        "AI 日报 (ai-ribao) 2026-05-14 waits for an editor's approval; not sent to hugo: "
        "revision 1 is a draft" in said
    )
    hint = f"newsdesk --config {served.review_path} --db {copied} edition approve --digest ai-ribao"
    assert "".join(hint.split()) in "".join(ran.output.split())


def test_cli_publish_refuses_then_approve_lets_it_through(served: Day, copied: str) -> None:
    """A draft that waits for an editor is no failure: a publish on a schedule (cron, a
    systemd timer) exits 0 and says what waits and how to approve it."""
    refused = runner.invoke(app, cli(served, copied, "publish", review=True))
    assert refused.exit_code == 0
    said = " ".join(refused.output.split())
    assert "2026-05-14 waits for an editor's approval; not sent to hugo: revision 1 is a" in said
    hint = f"newsdesk --config {served.review_path} --db {copied} edition approve --digest ai-ribao"
    assert "".join(hint.split()) in "".join(refused.output.split())  # typed as printed
    approved = runner.invoke(app, cli(served, copied, "edition", "approve", review=True))
    assert approved.exit_code == 0 and "Approved ai-ribao 2026-05-14 revision 1" in approved.output
    shown = runner.invoke(app, cli(served, copied, "edition", "show", review=True))
    assert "revision 1, approved\nApproved by " in shown.output
    published = runner.invoke(app, cli(served, copied, "publish", review=True))
    assert published.exit_code == 0, published.output


# -- the editor's own words, and what changed between revisions -----------------------


def lead_document(desk: Newsdesk, story: str, **parts: str) -> str:
    """The entry's file as the editor would leave it, with some parts rewritten."""
    entry = next(e for e in desk.digest("ai-ribao").entries if e.story_id == story)
    text = {
        "headline": entry.headline,
        "summary": entry.summary,
        "insights": "\n".join(f"- {i}" for i in entry.insights),
        "impact": entry.impact,
    } | parts
    return "\n".join(f"## {name}\n{value}\n" for name, value in text.items())


def supported_headline(desk: Newsdesk, story: str) -> str:
    """A headline its sources support: the title of one of its reports."""
    return desk.story(story).items[-1].item.title


def test_an_edit_in_supported_words_is_written_and_survives_a_rerun(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        headline = supported_headline(desk, story)
        assert f"## headline\n{desk.digest('ai-ribao').entries[0].headline}" in (
            desk.entry_document(story, "ai-ribao")
        )
        edit = desk.edit_entry(story, lead_document(desk, story, headline=headline))
        assert edit.saved and not edit.unsupported
        assert edit.edition.lead[0].written_by == "editor"
        shown = "\n".join(edition_lines(edit.edition)).splitlines()
        assert desk.run(publish=False).ok
        entry = desk.digest("ai-ribao").entries[0]
        actions = desk.edition("ai-ribao").actions
    assert (entry.story_id, entry.headline, entry.written_by) == (story, headline, "editor")
    assert [(a.verb, a.story_id, a.who) for a in actions] == [(EditorVerb.EDIT, story, "tester")]
    assert actions[0].content is not None and actions[0].content.headline == headline
    # `edition show` says so on a line of its own, not run on into the why
    why = shown.index(f"   1. {story}  {headline}") + 1
    assert shown[why + 1] == "      Written by the editor."


def test_an_invented_number_is_shown_and_kept_only_when_the_editor_insists(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        invented = "该公司同日宣布获得 987 亿美元融资。"
        document = lead_document(desk, story, summary=invented)
        refused = desk.edit_entry(story, document)
        assert not refused.saved and refused.edition.actions == ()
        assert [(c.where, c.claim.kind.value) for c in refused.unsupported] == [
            ("summary", "number")
        ]
        kept = desk.edit_entry(story, document, keep_unsupported=True)
        written = desk.digest("ai-ribao")
    assert kept.saved and "987" in kept.edition.lead[0].kept_unsupported[0]
    assert written.entries[0].summary == invented  # the editor's words, never cut
    [issue] = [i for i in written.verification.issues if i.action == "kept"]
    assert issue.where == f"story {story} summary" and "987" in issue.claim.text


def test_an_empty_or_unchanged_file_changes_nothing(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        empty = desk.edit_entry(story, "# only a comment\n")
        same = desk.edit_entry(story, lead_document(desk, story))
        with pytest.raises(EditionError, match="'## title' is not a part"):
            desk.edit_entry(story, "## title\nA title\n")
    assert (empty.saved, empty.why_not) == (False, "the file was left empty")
    assert (same.saved, same.why_not) == (False, "the text is unchanged")
    assert (empty.why_key, same.why_key) == ("empty", "unchanged")


def test_a_more_news_line_is_edited_as_a_line(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").more[0].story_id
        document = desk.entry_document(story, "ai-ribao")
        assert "## line" in document and "## summary" not in document
        line = supported_headline(desk, story)
        detail = next(m for m in desk.digest("ai-ribao").more if m.story_id == story).detail
        edit = desk.edit_entry(story, f"## line\n{line}\n")  # the detail's heading left out
        kept = next(m for m in desk.digest("ai-ribao").more if m.story_id == story)
        emptied = desk.edit_entry(story, f"## line\n{line}\n## detail\n")
        written = next(m for m in desk.digest("ai-ribao").more if m.story_id == story)
    assert detail and edit.saved and (kept.text, kept.detail) == (line, detail)
    assert emptied.saved and (written.text, written.detail, written.written_by) == (
        line,
        "",
        "editor",
    )


def test_an_edit_of_a_published_day_is_a_new_draft_and_diff_shows_it(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        assert {p.status for p in desk.publish(digest="ai-ribao")} == {"published"}
        with pytest.raises(EditionError, match="only revision 1"):
            desk.diff("ai-ribao")
        first = desk.digest("ai-ribao")
        dropped, story = [e.story_id for e in desk.edition("ai-ribao").lead[:2]]
        headline = supported_headline(desk, story)
        edit = desk.edit_entry(story, lead_document(desk, story, headline=headline))
        desk.drop(dropped, "ai-ribao")
        diff = desk.diff("ai-ribao", old=1)
        published = desk.store.digest("ai-ribao", served.day, 1)
        now = [e.story_id for e in desk.edition("ai-ribao").lead].index(story) + 1
    assert (edit.edition.revision, edit.edition.status) == (2, EditionStatus.DRAFT)
    assert published == first  # the published revision is never changed
    # the edit made revision 2, the drop 3
    assert (diff.old, diff.old_status, diff.new, diff.new_status) == (
        1, EditionStatus.PUBLISHED, 3, EditionStatus.DRAFT,
    )  # fmt: skip
    changes = {c.story_id: c for c in diff.stories}
    assert changes[dropped].change == "removed" and changes[dropped].before == "lead 1"
    edited = changes[story]
    # the drop shifts it up, which is no move of its own: where the lead shows it
    assert now == 1
    assert (edited.change, edited.before, edited.after) == ("edited", "lead 2", "lead 1")
    old_headline = next(e.headline for e in first.entries if e.story_id == story)
    assert ("headline", old_headline, headline) in {
        (t.part, t.before, t.after) for t in edited.texts
    }
    assert edited.written_by == "editor"


def scripted_editor(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR as a script that writes the file this returns over the entry (no terminal,
    as from a script), and the folder where a text edit does not save is kept."""
    replacement = folder / "replacement.md"
    editor = folder / "editor.py"
    editor.write_text(
        "import pathlib, sys\n"
        f"pathlib.Path(sys.argv[1]).write_text(pathlib.Path({str(replacement)!r}).read_text())\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return replacement


def test_cli_edit_opens_the_editor_and_refuses_unsupported_claims(
    served: Day, copied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replacement = scripted_editor(tmp_path, monkeypatch)
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        replacement.write_text(
            lead_document(desk, story, summary="参与者共 4321 人。"), encoding="utf-8"
        )
    refused = runner.invoke(app, cli(served, copied, "edition", "edit", story))
    assert refused.exit_code == 1  # not saved; but a refusal in words, not a failure
    assert "Error:" not in refused.output
    assert "Not saved: a claim its sources do not support. The verifier checks" in " ".join(
        refused.output.split()
    )
    assert "summary: '4321' (number)" in refused.output and "--keep-unsupported" in refused.output
    kept = runner.invoke(
        app, cli(served, copied, "edition", "edit", story, "--keep-unsupported", "--show")
    )
    assert kept.exit_code == 0, kept.output
    assert "keeping 1 unsupported claim." in kept.output and "Kept unsupported: 4321" in (
        kept.output
    )
    monkeypatch.setenv("EDITOR", "true")  # quits without saving
    untouched = runner.invoke(app, cli(served, copied, "edition", "edit", story))
    assert untouched.exit_code == 0 and "Nothing changed: the file was not saved." in (
        untouched.output
    )


def test_cli_edit_without_a_terminal_keeps_the_text_it_refused_and_reads_it_back(
    served: Day, copied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a script (no terminal to ask "[e]dit again, [k]eep them"), a refused text
    is written to a file the message names, and --file PATH (or - for stdin) takes an
    entry without opening an editor; with no terminal and no $EDITOR, the entry to edit
    is written to a file instead of starting vi where no one can use it."""
    replacement = scripted_editor(tmp_path, monkeypatch)
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        invented = lead_document(desk, story, summary="参与者共 4321 人。")
        supported = lead_document(desk, story, headline=supported_headline(desk, story))
    replacement.write_text(invented, encoding="utf-8")

    refused = runner.invoke(app, cli(served, copied, "edition", "edit", story))

    assert refused.exit_code == 1
    kept = Path(refused.output.split("Your text is in ")[1].split(":")[0])
    assert kept.parent == tmp_path and kept.read_text(encoding="utf-8") == invented
    said = " ".join(refused.output.split())
    assert "rephrase it or take it out there" in said and f"--file {kept}" in said
    assert "--keep-unsupported to save" in said and "Error:" not in said

    again = runner.invoke(app, cli(served, copied, "edition", "edit", story, "--file", str(kept)))
    assert again.exit_code == 1 and f"Your text is in {kept}:" in again.output
    assert kept.read_text(encoding="utf-8") == invented  # the user's file, untouched

    monkeypatch.delenv("EDITOR")
    nowhere = runner.invoke(app, cli(served, copied, "edition", "edit", story))
    assert nowhere.exit_code == 2 and "No terminal to open an editor in" in nowhere.output
    shown = Path(nowhere.output.split("the entry is in ")[1].split(". ")[0])
    assert "\n## headline\n" in shown.read_text(encoding="utf-8")

    piped = runner.invoke(
        app, cli(served, copied, "edition", "edit", story, "--file", "-"), input=supported
    )
    assert piped.exit_code == 0, piped.output
    assert f"Saved your text for {story} in ai-ribao 2026-05-14 revision 2" in piped.output


def test_cli_edit_of_a_file_in_another_form_says_where_the_form_is(
    served: Day, copied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A --file written without the headings is refused, and the message names a file
    holding the entry in the form --file reads, to write the text into."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
    loose = tmp_path / "loose.md"
    loose.write_text("A headline with no heading above it\n", encoding="utf-8")

    refused = runner.invoke(
        app, cli(served, copied, "edition", "edit", story, "--file", str(loose))
    )

    assert refused.exit_code == 2
    said = " ".join(refused.output.split())
    assert "Text before the first heading" in said
    template = Path(said.split("in the form --file reads, is in ")[1].split(": ")[0])
    assert f"pass it with --file {template}." in said
    assert "\n## headline\n" in template.read_text(encoding="utf-8")


def test_cli_diff_prints_changes_and_json(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        desk.approve("ai-ribao")
        dropped = desk.edition("ai-ribao").lead[0]
        desk.drop(dropped.story_id, "ai-ribao")
    text = runner.invoke(app, cli(served, copied, "edition", "diff"))
    assert text.exit_code == 0, text.output
    assert "ai-ribao 2026-05-14: revision 1 (approved) → revision 2 (draft)" in text.output
    assert f"  - {dropped.story_id}  removed from lead 1: {dropped.headline}" in text.output
    shown = json.loads(runner.invoke(app, cli(served, copied, "edition", "diff", "--json")).output)
    assert list(shown) == ["digest", "date", "from", "to", "day", "stories"]
    assert shown["from"] == {"revision": 1, "status": "approved"}
    assert {"story": dropped.story_id, "change": "removed"}.items() <= shown["stories"][-1].items()
    missing = runner.invoke(app, cli(served, copied, "edition", "diff", "--to", "7"))
    assert (
        missing.exit_code == 2 and "has no revision 7: its revisions are 1 to 2" in missing.output
    )


def test_diff_after_one_drop_lists_the_drop_and_what_took_its_place_not_every_shift(
    served: Day, copied: str
) -> None:
    """Dropping the lead's second story lifts every story after it one place; those
    shifts are no changes.  What changed: the drop, and the stories that came into the
    lead or into more news to fill the gap."""
    with desk_on(served, copied) as desk:
        before = desk.digest("ai-daily")
        dropped = before.entries[1].story_id
        desk.drop(dropped, "ai-daily")
        after = desk.digest("ai-daily")
    shown = runner.invoke(app, cli(served, copied, "edition", "diff", "--digest", "ai-daily"))

    assert shown.exit_code == 0, shown.output
    changes = [line.split()[:2] for line in shown.output.splitlines() if line[:4] in
               ("  + ", "  - ", "  ~ ")]  # fmt: skip
    lead_before = {e.story_id for e in before.entries}
    came = [e.story_id for e in after.entries if e.story_id not in lead_before]
    assert ["-", dropped] in changes
    assert came and all(["~", story] in changes for story in came)
    assert len(changes) <= 4, shown.output  # the drop, its replacement, more news' new line


# -- publishing a later revision ------------------------------------------------------


def test_an_approved_revision_goes_out_while_a_later_draft_waits(served: Day, copied: str) -> None:
    with desk_on(served, copied, review=True) as desk:
        desk.approve("ai-ribao")
        dropped = desk.edition("ai-ribao").lead[0].story_id
        desk.drop(dropped, "ai-ribao")
        [hugo] = desk.publish(digest="ai-ribao")
        view = desk.edition("ai-ribao")
        first = desk.store.digest("ai-ribao", served.day, 1)
    assert (hugo.status, hugo.revision) == ("published", 1)
    assert first is not None and first.status is EditionStatus.PUBLISHED
    assert (view.revision, view.status) == (2, EditionStatus.DRAFT)
    assert [(p.channel, p.revision) for p in view.channels] == [("hugo", 1)]
    assert "  hugo: published, revision 1 (the newest is 2)" in edition_lines(view)


def test_a_later_revision_replaces_the_days_files(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        [first] = desk.publish(digest="ai-ribao")
        dropped = desk.digest("ai-ribao").entries[0]
        desk.drop(dropped.story_id, "ai-ribao")
        [second] = desk.publish(digest="ai-ribao")
        view = desk.edition("ai-ribao")
    assert (first.revision, second.status, second.revision) == (1, "published", 2)
    assert view.status is EditionStatus.PUBLISHED and view.channels[0].revision == 2
    [page] = [Path(p) for p in second.external_ids if p.endswith(".md")]
    assert dropped.headline not in page.read_text(encoding="utf-8")


def test_each_revision_keeps_its_own_files_and_publishing_takes_them(
    served: Day, copied: str, tmp_path: Path
) -> None:
    with desk_on(served, copied, review=True) as desk:
        desk.approve("ai-ribao")
        first = desk.store.edition_files("ai-ribao", served.day, 1)
        desk.drop(desk.edition("ai-ribao").lead[0].story_id, "ai-ribao")
        second = desk.store.edition_files("ai-ribao", served.day, 2)
        [hugo] = desk.publish(digest="ai-ribao")
        exported = desk.export("ai-ribao", revision=1, folder=tmp_path / "rev1")
        with pytest.raises(NotFoundError, match="revision 5 has no rendered files"):
            desk.export("ai-ribao", revision=5)
    assert {"digest.json", "verification.json", "ribao.md", "insight.md", "cover.png"} <= set(first)
    assert first["cover.png"] != second["cover.png"]  # the title changed with the lead
    assert hugo.revision == 1
    [page] = [Path(p) for p in hugo.external_ids if p.endswith(".md")]
    assert (page.parent / "cover.png").read_bytes() == first[
        "cover.png"
    ]  # revision 1's, not the newer draft's
    assert {p.name: p.read_bytes() for p in exported} == first


def test_cli_export_prints_the_files(served: Day, copied: str, tmp_path: Path) -> None:
    done = runner.invoke(app, cli(served, copied, "edition", "export", "--to", str(tmp_path)))
    assert done.exit_code == 0, done.output
    assert str(tmp_path / "ribao.md") in done.output.splitlines()


def test_cli_approve_of_a_digest_with_no_channel_does_not_send_the_editor_to_publish(
    served: Day, copied: str
) -> None:
    """`publish` would answer "Nothing to publish": the approval says why instead."""
    approved = runner.invoke(app, cli(served, copied, "edition", "approve", "--digest", "ai-daily"))
    assert approved.exit_code == 0, approved.output
    assert "Approved ai-daily 2026-05-14 revision 1" in approved.output
    assert "publish." not in approved.output
    assert "ai-daily has no channel: add one under its `publish:`" in approved.output


def test_diff_from_a_revision_never_written_names_the_revisions_there_are(
    served: Day, copied: str
) -> None:
    """--from 0 once a day has three revisions is no "only revision 3": it names 1 to 3."""
    with desk_on(served, copied) as desk:
        lead = desk.edition("ai-daily").lead
        desk.drop(lead[1].story_id, "ai-daily")
        desk.drop(lead[2].story_id, "ai-daily")
        with pytest.raises(NotFoundError) as from_zero:
            desk.diff("ai-daily", old=0)
        with pytest.raises(NotFoundError) as to_first:
            desk.diff("ai-daily", new=1)

    assert str(from_zero.value).endswith("has no revision 0: its revisions are 1 to 3.")
    assert "revision 1 is its first" in str(to_first.value) and "1 to 3" in str(to_first.value)


def test_edit_from_a_file_that_is_missing_or_not_text_says_so_in_words(
    served: Day, copied: str, tmp_path: Path
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
    latin = tmp_path / "entry.txt"
    latin.write_bytes("Résumé".encode("latin-1"))
    edit = ("edition", "edit", story, "--file")

    missing = runner.invoke(app, cli(served, copied, *edit, str(tmp_path / "nope.txt")))
    not_text = runner.invoke(app, cli(served, copied, *edit, str(latin)))

    assert missing.exit_code == 2 and not_text.exit_code == 2
    said = " ".join(missing.output.split()) + " " + " ".join(not_text.output.split())
    assert "Errno" not in said and "codec" not in said
    assert f"Could not read {tmp_path / 'nope.txt'}: there is no such file." in said
    assert "it is not UTF-8 text (byte 0xe9 at position 1); save it as UTF-8" in said
