"""What an editor's action changed, told in a line or two instead of the whole edition."""

from __future__ import annotations

from datetime import date

from newsdesk import EditionStatus
from newsdesk._console import change_lines, place_sentence
from newsdesk.core import EditionEntry, EditionView, LeftOut, edition_change, story_place


def _entry(story: str, headline: str) -> EditionEntry:
    return EditionEntry(story, headline, "score", "ranked by score")


def _view(revision: int, lead: list[str], more: list[str], left: list[str]) -> EditionView:
    headlines = {
        "s1": "晨星发布新模型",
        "s2": "Harbor Labs opens its weights",
        "s3": "芯片出口新规",
    }
    return EditionView(
        digest="ai-ribao",
        day=date(2026, 5, 14),
        revision=revision,
        status=EditionStatus.DRAFT,
        lead=tuple(_entry(s, headlines[s]) for s in lead),
        more=tuple(_entry(s, headlines[s]) for s in more),
        left_out=tuple(LeftOut(s, headlines[s], "dropped", "dropped by the editor") for s in left),
        actions=(),
    )


def test_a_story_is_found_in_the_lead_in_more_news_among_those_left_out_or_nowhere() -> None:
    view = _view(1, ["s1", "s2"], ["s3"], [])
    assert (story_place(view, "s2").section, story_place(view, "s2").place) == ("lead", 2)
    assert (story_place(view, "s3").section, story_place(view, "s3").place) == ("more", 1)
    assert story_place(_view(1, ["s1"], [], ["s3"]), "s3").section == "left out"
    assert story_place(view, "s9").section == "" and story_place(None, "s1").section == ""


def test_a_drop_is_told_with_its_headline_its_old_place_and_what_the_edition_holds() -> None:
    before = _view(1, ["s1", "s2"], ["s3"], [])
    after = _view(2, ["s2"], ["s3"], ["s1"])
    change = edition_change(before, after, "s1")
    assert (change.old_revision, change.new_revision, change.lead, change.more) == (1, 2, 1, 1)
    first, second = change_lines(change, "dropped", "ai-ribao", "2026-05-14")
    assert first == "Dropped s1 「晨星发布新模型」: was lead #1, now left out; revision 2 written."
    assert second.startswith("The lead now holds 1 story, more news 1. The whole edition: ")
    assert second.endswith("edition show --digest ai-ribao --date 2026-05-14 (or add --show).")


def test_a_move_names_both_places_and_an_action_that_changed_nothing_says_so() -> None:
    before = _view(3, ["s1", "s2"], ["s3"], [])
    moved = edition_change(before, _view(4, ["s3", "s1", "s2"], [], []), "s3")
    [line, _] = change_lines(moved, "moved to place 1", "ai-ribao", "2026-05-14")
    assert line.startswith("Moved s3 「芯片出口新规」: was more news #1, now lead #1; revision 4")
    same = edition_change(before, before, "s2")
    assert change_lines(same, "pinned", "ai-ribao", "2026-05-14") == [
        "Nothing changed: s2 is pinned already; revision 3 stands."
    ]


def test_where_a_restore_left_a_story_reads_as_a_sentence_whether_it_moved_or_not() -> None:
    """`edition restore` says it after what it undid: "It still lead #1." was no sentence."""
    moved = edition_change(_view(2, ["s1"], [], ["s3"]), _view(3, ["s3", "s1"], [], []), "s3")
    stayed = edition_change(_view(2, ["s1"], [], []), _view(3, ["s1"], [], []), "s1")
    assert place_sentence(moved) == "It was left out, now lead #1."
    assert place_sentence(stayed) == "It is still lead #1."
