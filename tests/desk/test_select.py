"""Ranking and selection: importance as a share of the day, a lead taken from the top of
the ranking, variety that breaks ties, and a decision for every story."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from desk_helpers import DAY

from newsdesk.config import SelectSettings
from newsdesk.desk._select import day_share, rank_stories, select_stories
from newsdesk.model import (
    EditorAction,
    EditorVerb,
    Placement,
    RankedStory,
    Reason,
    Selection,
    Story,
    ordinal,
    score_text,
)

MAY_14 = date(2026, 5, 14)


def _story(n: int, category: str, importance: float, *, relevance: float = 0.9) -> Story:
    vector = np.zeros(64, dtype=np.float32)
    vector[n % 64] = 1.0
    return Story(
        id=f"s{n:02d}",
        title=f"story {n}",
        titles={"en": f"story {n}", "zh": f"新闻{n}"},
        first_seen=DAY,
        last_updated=DAY,
        item_count=3,
        sources=("a",),
        domains=("a.example",),
        languages=("en", "zh"),
        source_items={"a": 3},
        centroid=vector,
        category=category,
        relevance=relevance,
        importance=importance,
        breakdown={"sources": 0.5},
    )


def _rank(stories: list[Story], published: dict[str, int] | None = None) -> list[RankedStory]:
    return rank_stories(
        stories, language="zh", published=published or {}, novelty_factor=0.2, min_relevance=0.5
    )


def _select(stories: list[Story], **settings: object) -> Selection:
    return select_stories(
        _rank(stories), SelectSettings.model_validate(settings), digest="d", day=MAY_14
    )


def _ids(ranked: list[RankedStory]) -> list[str]:
    return [r.story.id for r in ranked]


def _decision(selection: Selection, story_id: str) -> tuple[Placement, Reason]:
    found = next(d for d in selection.decisions if d.story_id == story_id)
    return found.placement, found.reason


# ranking


def test_scores_spread_over_the_whole_range_whatever_band_importance_sits_in() -> None:
    ranked = _rank([_story(n, "models", 0.30 + n / 100) for n in range(5)])  # 0.30 … 0.34
    assert [r.score for r in ranked] == [0.9, 0.7, 0.5, 0.3, 0.1]
    assert ranked[0].breakdown["importance"] == 0.34 and ranked[0].breakdown["share"] == 0.9


def test_the_days_last_ranked_story_never_scores_zero() -> None:
    ranked = _rank([_story(n, "models", 0.30 + n / 100) for n in range(3)])
    assert [r.score for r in ranked] == pytest.approx([5 / 6, 1 / 2, 1 / 6], abs=1e-4)


def test_equal_importance_is_an_equal_score_and_ties_count_half_itself_included() -> None:
    assert day_share(0.5, [0.2, 0.5, 0.5, 0.9], member=True) == 0.5
    assert day_share(0.4, [0.4], member=True) == 0.5  # alone on its day: its middle


def test_stories_below_the_relevance_minimum_do_not_dilute_the_day() -> None:
    ai = [_story(1, "models", 0.6), _story(2, "models", 0.4)]
    off_topic = [_story(n, "business", 0.5, relevance=0.1) for n in range(10, 20)]
    ranked = _rank(ai + off_topic)
    scores = {r.story.id: r.score for r in ranked}
    assert (scores["s01"], scores["s02"]) == (0.75, 0.25)
    assert scores["s10"] == 0.125  # after the AI stories, at half the last one's score
    assert _ids(ranked)[:2] == ["s01", "s02"]  # and listed after them


def test_stories_below_the_relevance_minimum_score_below_the_last_ai_story_in_order() -> None:
    """Measured against the AI stories, every story less important than them all scored
    1/2(n+1), beside the last AI story's 1/2n (0.013 on a day of 38): the scores of the
    list, read down, fall as it does."""
    ai = [_story(n, "models", 0.5 + n / 100) for n in range(38)]
    off_topic = [_story(n, "business", 0.1 + n / 1000, relevance=0.1) for n in range(40, 45)]
    ranked = _rank(ai + off_topic)
    scores = [r.score for r in ranked]

    assert _ids(ranked)[38:] == ["s44", "s43", "s42", "s41", "s40"]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
    assert scores[37] == pytest.approx(1 / 76, abs=1e-4) and scores[38] < scores[37]


def test_a_published_unchanged_story_is_not_selected_again() -> None:
    stories = [_story(1, "models", 0.9), _story(2, "business", 0.5)]
    ranked = _rank(stories, {"s01": 3})
    selection = select_stories(ranked, SelectSettings(lead=2, more=2), digest="d", day=MAY_14)
    published = next(r for r in ranked if r.story.id == "s01")
    assert _ids(selection.lead) == ["s02"]
    assert published.excluded == Reason.PUBLISHED and published.breakdown["novelty"] == 0.2
    assert _decision(selection, "s01") == (Placement.OUT, Reason.PUBLISHED)


def test_a_published_story_with_new_reports_may_run_again() -> None:
    grown = replace(_story(1, "models", 0.9), item_count=5, source_items={"a": 5})
    ranked = _rank([grown], {"s01": 3})
    assert not ranked[0].excluded and ranked[0].score == 0.5


def test_copies_and_reports_from_sources_the_digest_lacks_do_not_make_it_new() -> None:
    # two more items: one a copy (not an original report), one from source "z"
    grown = replace(_story(1, "models", 0.9), item_count=5, source_items={"a": 3, "z": 1})
    ranked = rank_stories(
        [grown],
        language="en",
        published={"s01": 3},
        novelty_factor=0.2,
        min_relevance=0.5,
        sources={"a"},
    )
    assert ranked[0].excluded == "published unchanged" and ranked[0].reports == 3


def test_a_story_never_assessed_is_not_called_off_topic() -> None:
    ranked = _rank([replace(_story(1, "models", 0.9), relevance=None)])
    assert ranked[0].excluded == "not assessed"


def test_the_digest_language_picks_the_title() -> None:
    assert _rank([_story(1, "models", 0.9)])[0].title == "新闻1"


# selection


def test_stories_below_the_relevance_minimum_never_lead() -> None:
    selection = _select([_story(1, "models", 0.9, relevance=0.1), _story(2, "models", 0.2)])
    assert _ids(selection.lead) == ["s02"]
    assert _decision(selection, "s01") == (Placement.OUT, Reason.NOT_AI)


@pytest.mark.parametrize("seed", range(20))
def test_no_lead_slot_goes_below_twice_the_lead_size(seed: int) -> None:
    rng = random.Random(seed)
    categories = ["models", "products", "business", "papers"]
    stories = [
        _story(n, rng.choice(categories), rng.random(), relevance=rng.choice([0.2, 0.9, 0.9]))
        for n in range(60)
    ]
    stories = [replace(s, centroid=_unit(rng)) for s in stories]
    lead = rng.randint(1, 12)
    selection = _select(
        stories, lead=lead, diversity=rng.random(), max_per_category=rng.randint(1, 4)
    )
    selectable = [r.story.id for r in selection.ranked if not r.excluded]
    assert len(selection.lead) == lead
    assert all(selectable.index(story_id) < 2 * lead for story_id in _ids(selection.lead))


def _unit(rng: random.Random) -> np.ndarray:
    vector = np.array([rng.gauss(0, 1) for _ in range(64)], dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_category_quota_takes_its_best_story_at_any_rank() -> None:
    stories = [_story(n, "models", 0.9 - n / 100) for n in range(10)]
    stories.append(_story(40, "papers", 0.1))  # last of the day
    selection = _select(stories, lead=2, more=0, quotas={"papers": 1})
    assert _ids(selection.lead) == ["s00", "s40"]
    assert _decision(selection, "s40") == (Placement.LEAD, Reason.QUOTA)


def test_news_leads_and_a_guide_or_interview_fills_only_the_slots_left() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(1, 7)]
    guide, interview = stories[0], stories[2]  # ranked first and third
    stories[0] = replace(guide, breakdown={"sources": 0.5, "event": 0.0})
    stories[2] = replace(interview, breakdown={"sources": 0.5, "event": 0.0})

    short_of_news = _select(stories, lead=5, more=1, diversity=0.0)
    assert _ids(short_of_news.lead) == ["s02", "s04", "s05", "s06", "s01"]
    assert _ids(short_of_news.more) == ["s03"]

    day_of_little_news = _select(stories[:3], lead=3, more=0, diversity=0.0)
    assert _ids(day_of_little_news.lead) == ["s02", "s01", "s03"]


def test_on_a_thin_day_a_guide_or_interview_goes_to_more_news_not_the_empty_lead_slots() -> None:
    """A day of four news stories leaves a lead of twelve two thirds empty: an editor
    still leads with the news alone, and runs the guide and the interview after it."""
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(1, 7)]
    for n in (0, 2):  # the best story is a guide, the third an interview
        stories[n] = replace(stories[n], breakdown={"sources": 0.5, "event": 0.0})

    thin = _select(stories, lead=12, more=10, diversity=0.0)

    assert _ids(thin.lead) == ["s02", "s04", "s05", "s06"]
    assert _ids(thin.more) == ["s01", "s03"]
    assert _decision(thin, "s03") == (Placement.MORE, Reason.NOT_NEWS)
    # too little news for a lead of a third of its slots (5 of 15): the best feature
    # makes it up, the other still goes to more news
    short = _select(stories, lead=15, more=10, diversity=0.0)
    assert (_ids(short.lead), _ids(short.more)) == (["s02", "s04", "s05", "s06", "s01"], ["s03"])


def test_diversity_breaks_a_tie_for_the_story_unlike_those_picked() -> None:
    first = _story(1, "models", 0.9)
    twin = replace(_story(2, "business", 0.5), centroid=first.centroid)  # same subject
    other = _story(3, "policy", 0.5)  # as important, about something else
    assert _ids(_select([first, twin, other], lead=2).lead) == ["s01", "s03"]
    assert _ids(_select([first, twin, other], lead=2, diversity=0).lead) == ["s01", "s02"]
    assert _decision(_select([first, twin, other], lead=2), "s02")[1] == Reason.DIVERSITY


def test_diversity_does_not_overturn_a_clear_difference_in_importance() -> None:
    first = _story(1, "models", 0.9)
    follow_up = replace(_story(2, "products", 0.8), centroid=first.centroid)
    smaller = [_story(n, "policy", 0.5 - n / 100) for n in range(3, 9)]
    assert _ids(_select([first, follow_up, *smaller], lead=2).lead) == ["s01", "s02"]


def test_no_category_fills_the_lead_while_others_in_the_window_qualify() -> None:
    stories = [_story(n, "models", 0.9 - n * 0.01) for n in range(8)]
    stories += [_story(10 + n, c, 0.3) for n, c in enumerate(["business", "policy", "papers"])]
    selection = _select(stories, lead=6, more=5)
    categories = [r.story.category for r in selection.lead]
    assert categories.count("models") == 3  # the cap (2) gives way once the others are in
    assert {"business", "policy", "papers"} <= set(categories)
    assert _decision(selection, "s03") == (Placement.MORE, Reason.CATEGORY_CAP)


def test_a_category_may_fill_the_lead_when_nothing_else_qualifies() -> None:
    selection = _select([_story(n, "models", 0.9 - n * 0.01) for n in range(5)], lead=4, more=0)
    assert len(selection.lead) == 4


def test_every_story_has_one_decision_in_ranked_order_saying_where_and_why() -> None:
    stories = [_story(n, ["models", "products"][n % 2], 1 - n / 100) for n in range(12)]
    stories.append(_story(50, "models", 0.99, relevance=0.1))
    selection = _select(stories, lead=2, more=3)
    decisions = selection.decisions
    assert [d.story_id for d in decisions] == _ids(selection.ranked)
    assert [d.rank for d in decisions] == list(range(1, 14))
    got = {d.story_id: (d.placement, d.reason) for d in decisions}
    assert got["s50"] == (Placement.OUT, Reason.NOT_AI)
    assert got["s00"] == got["s01"] == (Placement.LEAD, Reason.TOP)
    assert got["s02"] == (Placement.MORE, Reason.NOT_IN_TOP)  # in the window, outranked
    assert got["s04"] == (Placement.MORE, Reason.BELOW_WINDOW)
    assert got["s11"] == (Placement.OUT, Reason.NOT_IN_TOP)
    assert "the lead (2) and more news (3)" in next(
        d.detail for d in decisions if d.story_id == "s11"
    )


def test_the_reasons_say_a_storys_place_in_words_an_editor_reads() -> None:
    """`edition show` and `stories --explain` print these: "ranked 3rd of the 12 stories
    that qualified", never "#3 of 12 selectable"."""
    stories = [_story(n, ["models", "products"][n % 2], 1 - n / 100) for n in range(12)]
    stories.append(_story(50, "models", 0.99, relevance=0.1))
    selection = _select(stories, lead=2, more=3)
    details = {d.story_id: d.detail for d in selection.decisions}
    assert details["s00"] == (
        "ranked 1st of the 12 stories that qualified (the lead is picked from the top 4)"
    )
    assert details["s02"] == "ranked 3rd: the 2 lead places went to higher-ranked stories"
    assert details["s04"] == "ranked 5th: the lead is picked from the top 4 only"
    assert details["s11"] == (
        "ranked 12th of the 12 stories that qualified: the lead (2) and more news (3) were full"
    )
    assert not any("#" in d or "selectable" in d for d in details.values())


@pytest.mark.parametrize(
    ("n", "said"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th"), (112, "112th")],
)  # fmt: skip
def test_a_place_is_an_english_ordinal(n: int, said: str) -> None:
    assert ordinal(n) == said


def _act(verb: EditorVerb, story_id: str, position: int | None = None) -> EditorAction:
    return EditorAction("d", MAY_14, verb, story_id, position, "ed", DAY)


def _edited(stories: list[Story], actions: list[EditorAction], **settings: object) -> Selection:
    chosen = SelectSettings.model_validate(settings)
    return select_stories(_rank(stories), chosen, digest="d", day=MAY_14, actions=actions)


def test_a_dropped_story_is_never_selected_and_the_next_best_takes_its_place() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    selection = _edited(stories, [_act(EditorVerb.DROP, "s00")], lead=2, more=2)
    assert _ids(selection.lead) == ["s01", "s02"] and _ids(selection.more) == ["s03", "s04"]
    assert _decision(selection, "s00") == (Placement.OUT, Reason.DROPPED)


def test_a_pinned_story_leads_whatever_its_rank_and_bumps_the_lowest_lead() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    stories.append(_story(50, "c50", 0.5, relevance=0.1))  # off topic: the editor decides
    selection = _edited(stories, [_act(EditorVerb.PIN, "s50")], lead=2, more=2)
    assert _ids(selection.lead) == ["s00", "s50"] and _ids(selection.more) == ["s01", "s02"]
    assert _decision(selection, "s50") == (Placement.LEAD, Reason.PINNED)
    assert _decision(selection, "s01")[0] is Placement.MORE
    assert _decision(selection, "s03")[0] is Placement.OUT


def test_a_moved_story_takes_its_lead_place_and_the_newest_action_wins() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    actions = [_act(EditorVerb.DROP, "s04"), _act(EditorVerb.MOVE, "s04", 1)]
    selection = _edited(stories, actions, lead=3, more=1)
    assert _ids(selection.lead) == ["s04", "s00", "s01"]
    assert _decision(selection, "s04") == (Placement.LEAD, Reason.MOVED)
    assert _detail(selection, "s04").startswith("moved to 1st in the lead by ed on ")


def test_a_demoted_story_tops_more_news_and_the_next_best_takes_its_lead_place() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(8)]
    actions = [_act(EditorVerb.DEMOTE, "s00"), _act(EditorVerb.DEMOTE, "s07")]
    selection = _edited(stories, actions, lead=2, more=3)
    assert _ids(selection.lead) == ["s01", "s02"]
    assert _ids(selection.more) == ["s00", "s07", "s03"]  # the editor's first, then by rank
    assert _decision(selection, "s00") == (Placement.MORE, Reason.DEMOTED)
    assert _decision(selection, "s07") == (Placement.MORE, Reason.DEMOTED)
    assert _decision(selection, "s04")[0] is Placement.OUT


def test_demoted_stories_stay_in_more_news_when_a_pin_bumps_the_lead() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    actions = [_act(EditorVerb.DEMOTE, "s01"), _act(EditorVerb.PIN, "s05")]
    selection = _edited(stories, actions, lead=2, more=2)
    assert _ids(selection.lead) == ["s00", "s05"]
    assert _ids(selection.more) == ["s01", "s02"]
    assert _decision(selection, "s01") == (Placement.MORE, Reason.DEMOTED)


def test_a_pin_after_a_demotion_puts_the_story_back_in_the_lead() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(4)]
    actions = [_act(EditorVerb.DEMOTE, "s00"), _act(EditorVerb.PIN, "s00")]
    selection = _edited(stories, actions, lead=2, more=1)
    assert _ids(selection.lead) == ["s00", "s01"]
    assert _decision(selection, "s00") == (Placement.LEAD, Reason.PINNED)


def test_a_feature_passed_over_for_news_is_told_so_not_a_category_cap() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(1, 7)]
    stories[0] = replace(stories[0], breakdown={"sources": 0.5, "event": 0.0})  # best, a guide

    selection = _select(stories, lead=3, more=3, diversity=0.0)

    assert _ids(selection.lead) == ["s02", "s03", "s04"]
    found = next(d for d in selection.decisions if d.story_id == "s01")
    assert (found.placement, found.reason) == (Placement.MORE, Reason.NOT_NEWS)
    assert "news of the day" in found.detail and "max_per_category" not in found.detail


def _detail(selection: Selection, story_id: str) -> str:
    return next(d.detail for d in selection.decisions if d.story_id == story_id)


def test_one_pin_that_pushes_a_story_out_is_told_in_the_singular() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    one = _edited(stories, [_act(EditorVerb.PIN, "s05")], lead=2, more=2)
    two = _edited(
        stories, [_act(EditorVerb.PIN, "s05"), _act(EditorVerb.PIN, "s04")], lead=2, more=2
    )
    assert _detail(one, "s03") == (
        "a story the editor pinned took a lead slot, and more news had no room left"
    )
    assert _detail(two, "s03") == "stories the editor pinned filled the lead and more news"


# a writer that does not translate


def _told_only_in(story: Story, language: str) -> Story:
    return replace(story, titles={language: story.title}, languages=(language,))


def _untranslated(stories: list[Story], actions: list[EditorAction] = ()) -> Selection:
    return select_stories(
        _rank(stories),
        SelectSettings.model_validate({"lead": 2, "more": 3}),
        digest="d",
        day=MAY_14,
        actions=list(actions),
        untranslated="zh",
    )


def test_more_news_passes_over_a_story_its_writer_cannot_tell_for_the_next() -> None:
    """An offline Chinese digest has no line for an English-only story: more news takes
    the next story instead, so every selected story is written, and says why."""
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(8)]
    stories[3] = _told_only_in(stories[3], "en")
    selection = _untranslated(stories)
    assert _ids(selection.more) == ["s02", "s04", "s05"]
    assert _decision(selection, "s03") == (Placement.OUT, Reason.UNTOLD)
    assert "no report of it is in the digest's language" in _detail(selection, "s03")
    assert _decision(selection, "s06") == (Placement.OUT, Reason.NOT_IN_TOP)


def test_more_news_fills_its_room_with_stories_its_writer_cannot_tell_when_none_else_is_left() -> (
    None
):
    """A slot is never left empty for want of a story in the digest's language: when the
    stories it can tell run out, those it cannot fill the rest, after them (the digest's
    notice says what they are), and none is said to be passed over."""
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(5)]
    stories[2] = _told_only_in(stories[2], "en")
    stories[4] = _told_only_in(stories[4], "en")
    selection = _untranslated(stories)
    assert _ids(selection.more) == ["s03", "s02", "s04"]
    assert Reason.UNTOLD not in {d.reason for d in selection.decisions}


def test_stories_its_writer_cannot_tell_beyond_the_room_of_more_news_are_not_in_the_top() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(6)]
    for n in (2, 3, 5):
        stories[n] = _told_only_in(stories[n], "en")
    selection = _untranslated(stories)
    assert _ids(selection.more) == ["s04", "s02", "s03"]
    assert Reason.UNTOLD not in {d.reason for d in selection.decisions}
    assert _decision(selection, "s05") == (Placement.OUT, Reason.NOT_IN_TOP)


def test_a_writer_that_translates_keeps_the_story_in_more_news() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(8)]
    stories[3] = _told_only_in(stories[3], "en")
    selection = _edited(stories, [], lead=2, more=3)
    assert _ids(selection.more) == ["s02", "s03", "s04"]


def test_a_story_below_the_last_more_news_line_is_not_said_to_be_passed_over() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(8)]
    stories[7] = _told_only_in(stories[7], "en")
    selection = _untranslated(stories)
    assert _decision(selection, "s07") == (Placement.OUT, Reason.NOT_IN_TOP)


def test_the_editor_may_still_demote_or_pin_a_story_its_writer_cannot_tell() -> None:
    stories = [_story(n, f"c{n}", 0.9 - n / 100) for n in range(8)]
    stories[3] = _told_only_in(stories[3], "en")
    stories[4] = _told_only_in(stories[4], "en")
    selection = _untranslated(
        stories, [_act(EditorVerb.DEMOTE, "s03"), _act(EditorVerb.PIN, "s04")]
    )
    assert "s03" in _ids(selection.more) and "s04" in _ids(selection.lead)


def test_a_score_shows_three_significant_digits_where_the_days_last_stories_lie() -> None:
    assert [score_text(s) for s in (0.9868, 0.5, 1 / 76, 0.01247, 0.05, 0.09996, 0.0)] == [
        "0.987", "0.500", "0.0132", "0.0125", "0.0500", "0.100", "0.000"
    ]  # fmt: skip


def test_a_tiny_score_is_shown_as_a_decimal_not_in_exponent_notation() -> None:
    """After 200 AI stories, the 1000th story below the AI threshold scores 1.25e-06:
    the desk and the console show a decimal to three significant digits."""
    assert [score_text(s) for s in (0.0004, 6.25e-06, 1.25e-06)] == [
        "0.000400", "0.00000625", "0.00000125"
    ]  # fmt: skip


def test_a_story_below_the_relevance_minimum_scores_below_a_published_ai_story() -> None:
    """The list falls, read down, when an AI story above it was published unchanged (its
    score times the novelty factor): an off-topic story scored 0.125 below its 0.05."""
    stories = [_story(1, "models", 0.9), _story(2, "models", 0.5)]
    off_topic = [_story(3, "business", 0.2, relevance=0.1)]
    ranked = _rank(stories + off_topic, {"s02": 3})

    assert _ids(ranked) == ["s01", "s02", "s03"]
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)
    assert ranked[2].score < ranked[1].score == pytest.approx(0.05)


def test_on_a_day_of_no_ai_story_the_others_score_below_a_lone_ai_storys_half() -> None:
    """With no AI story to rank below, an off-topic story scored up to 1 - 1/2m, as
    high as the day's best AI story would: they score as if below a lone AI story."""
    ranked = _rank([_story(n, "business", 0.1 + n / 10, relevance=0.1) for n in range(3)])

    assert [r.score for r in ranked] == pytest.approx([5 / 12, 1 / 4, 1 / 12], abs=1e-4)
