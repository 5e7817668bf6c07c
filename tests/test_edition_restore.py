"""Restoring a story: every editor's action on it undone (its pin, drop, move or
demotion, and its text in the editor's words), recorded like the others and written as
the day's next revision; a story with no action in force says so and makes none.  And
publishing an approved revision while a newer draft waits says so, in words."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from newsdesk import EditionStatus, EditorVerb, Newsdesk, load_config
from newsdesk._console import edition_lines, publication_lines
from newsdesk.cli import app
from sample_day import Day, desk_on
from test_editions import cli, lead_document, supported_headline

runner = CliRunner()


def test_a_pinned_story_restored_goes_back_to_where_selection_left_it(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-daily")
        out = next(o for o in before.left_out if o.reason == "not in the top N")
        desk.pin(out.story_id, "ai-daily")
        restored = desk.restore(out.story_id, "ai-daily")
        diff = desk.diff("ai-daily")
        assert desk.run(publish=False).ok
        again = desk.edition("ai-daily")
    view = restored.edition
    assert restored.restored and restored.why_not == ""
    assert [a.verb for a in restored.undone] == [EditorVerb.PIN]
    assert (view.revision, view.status) == (3, EditionStatus.DRAFT)
    assert [e.story_id for e in view.lead] == [e.story_id for e in before.lead]
    back = next(o for o in view.left_out if o.story_id == out.story_id)
    assert (back.reason, back.why) == (out.reason, out.why)
    assert [(a.verb, a.who) for a in view.actions] == [
        (EditorVerb.PIN, "tester"), (EditorVerb.RESTORE, "tester")
    ]  # fmt: skip
    assert "restore " + out.story_id in "\n".join(edition_lines(view))
    assert (diff.old, diff.new) == (2, 3)
    assert {s.story_id: s.change for s in diff.stories}[out.story_id] == "removed"
    assert [e.story_id for e in again.lead] == [e.story_id for e in before.lead]


def test_a_dropped_and_a_demoted_story_come_back_to_their_places(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-daily")
        dropped, demoted = before.lead[1].story_id, before.lead[3].story_id
        desk.drop(dropped, "ai-daily")
        desk.demote(demoted, "ai-daily")
        desk.restore(dropped, "ai-daily")
        after = desk.restore(demoted, "ai-daily").edition
    assert [e.story_id for e in after.lead] == [e.story_id for e in before.lead]
    assert [e.story_id for e in after.more] == [e.story_id for e in before.more]
    assert after.revision == 5


def test_restore_also_undoes_the_editors_words_which_stay_in_the_history(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        written = desk.digest("ai-ribao").entries[0]
        headline = supported_headline(desk, story)
        assert headline != written.headline
        desk.edit_entry(story, lead_document(desk, story, headline=headline))
        desk.move(story, 2, "ai-ribao")
        restored = desk.restore(story, "ai-ribao")
        entry = next(e for e in desk.digest("ai-ribao").entries if e.story_id == story)
        diff = desk.diff("ai-ribao")
    assert [a.verb for a in restored.undone] == [EditorVerb.EDIT, EditorVerb.MOVE]
    assert (entry.headline, entry.written_by) == (written.headline, written.written_by)
    assert restored.edition.lead[0].story_id == story
    edit = restored.edition.actions[0]
    assert edit.content is not None and edit.content.headline == headline  # kept on record
    assert {s.story_id: s.change for s in diff.stories}[story] in {"moved", "edited"}


def test_restoring_a_story_with_no_action_says_so_and_keeps_the_approval(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        view = desk.edition("ai-daily")
        story = view.lead[0].story_id
        untouched = desk.restore(story, "ai-daily")
        desk.pin(view.left_out[0].story_id, "ai-daily")
        desk.drop(story, "ai-daily")
        desk.restore(story, "ai-daily")
        approved = desk.approve("ai-daily")
        twice = desk.restore(story, "ai-daily")
        actions = desk.store.editor_actions("ai-daily", served.day)
        pinned_again = desk.pin(story, "ai-daily")  # after a restore, an action is new
    assert not untouched.restored and untouched.undone == ()
    assert untouched.why_not == f"{story} has no editor's action on ai-daily 2026-05-14 to undo"
    assert untouched.edition.revision == 1
    assert not twice.restored
    assert (twice.edition.revision, twice.edition.status) == (4, EditionStatus.APPROVED)
    assert approved.revision == 4
    assert [a.verb for a in actions] == [EditorVerb.PIN, EditorVerb.DROP, EditorVerb.RESTORE]
    assert (pinned_again.revision, pinned_again.status) == (5, EditionStatus.DRAFT)


def test_cli_restore_says_what_it_undid_or_that_there_was_nothing(served: Day, copied: str) -> None:
    shown = json.loads(runner.invoke(app, cli(served, copied, "edition", "show", "--json")).output)
    story = shown["lead"][0]["story"]
    nothing = runner.invoke(app, cli(served, copied, "edition", "restore", story))
    runner.invoke(app, cli(served, copied, "edition", "drop", story))
    restored = runner.invoke(app, cli(served, copied, "edition", "restore", story))
    as_json = runner.invoke(app, cli(served, copied, "edition", "restore", story, "--json"))
    assert nothing.exit_code == 0, nothing.output
    assert nothing.output.startswith(f"Nothing to restore: {story} has no editor's action")
    assert restored.exit_code == 0, restored.output
    assert f"Restored {story} in ai-ribao 2026-05-14 revision 3: undid drop." in restored.output
    assert "It was left out, now lead #1." in restored.output
    assert "(or add --show)" in " ".join(restored.output.split())
    assert "Editor's actions:" not in restored.output  # the whole edition only with --show
    answer = json.loads(as_json.output)
    assert (answer["restored"], answer["undone"], answer["edition"]["revision"]) == (
        False, [], 3
    )  # fmt: skip


# -- approve, act, publish ----------------------------------------------------------------


def test_publishing_the_approved_revision_says_a_newer_draft_waits(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied, review=True) as desk:
        desk.approve("ai-ribao")
        dropped = desk.edition("ai-ribao").lead[0].story_id
        desk.drop(dropped, "ai-ribao")
        [hugo] = desk.publish(digest="ai-ribao")
        [again] = desk.publish(digest="ai-ribao")
    assert (hugo.status, hugo.revision) == ("published", 1)
    assert hugo.newer_draft == (
        f"revision 2 (drop {dropped} by tester) is a newer draft awaiting approval and was "
        "not published; this publish was of revision 1, the approved one. To publish the "
        "newer one: "
        "`newsdesk edition approve --digest ai-ribao --date 2026-05-14`, then `newsdesk publish`."
    )
    assert again.status == "awaiting approval" and again.newer_draft == ""  # 1 is out now
    lines = [str(line) for line in publication_lines([hugo])]
    assert lines[-1] == f"! ai-ribao 2026-05-14: {hugo.newer_draft}"


def test_a_failed_channel_is_not_said_to_have_put_the_approved_revision_out(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = yaml.safe_load(served.review_path.read_text(encoding="utf-8"))
    (tmp_path / "blocked").write_text("a file where the channel's folder would go")
    config["digests"][0]["publish"] = [{"id": "hugo", "kind": "files", "dir": "blocked/posts"}]
    path = tmp_path / "blocked.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with Newsdesk(load_config(path), store_url=copied, now=lambda: served.evening) as desk:
        desk.approve("ai-ribao")
        desk.drop(desk.edition("ai-ribao").lead[0].story_id, "ai-ribao")
        [hugo] = desk.publish(digest="ai-ribao")
    assert (hugo.status, hugo.revision) == ("failed", 1)
    assert "is a newer draft awaiting approval and was not published" in hugo.newer_draft
    assert "went out" not in hugo.newer_draft
    assert "this publish was of revision 1, the approved one" in hugo.newer_draft


def test_publishing_with_no_newer_draft_says_nothing_more(served: Day, copied: str) -> None:
    with desk_on(served, copied, review=True) as desk:
        desk.approve("ai-ribao")
        [hugo] = desk.publish(digest="ai-ribao")
    assert hugo.status == "published" and hugo.newer_draft == ""


def test_cli_publish_names_the_draft_it_did_not_publish(served: Day, copied: str) -> None:
    shown = json.loads(
        runner.invoke(app, cli(served, copied, "edition", "show", "--json", review=True)).output
    )
    story, out = shown["lead"][0]["story"], shown["left_out"][0]["story"]
    runner.invoke(app, cli(served, copied, "edition", "approve", review=True))
    runner.invoke(app, cli(served, copied, "edition", "pin", out, review=True))
    runner.invoke(app, cli(served, copied, "edition", "drop", story, review=True))
    published = runner.invoke(app, cli(served, copied, "publish", review=True))
    assert published.exit_code == 0, published.output
    assert "AI 日报 (ai-ribao) 2026-05-14 -> hugo: published revision 1" in published.output
    assert f"! AI 日报 (ai-ribao) 2026-05-14: revision 3 (pin {out} by " in published.output
    assert f"drop {story} by " in published.output
    assert "is a newer draft awaiting approval and was not published" in published.output
