"""Selection: the best stories, varied categories, nothing the digest already ran unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
from desk_helpers import DAY

from newsdesk.config import SelectSettings
from newsdesk.desk._select import rank_stories, select_stories
from newsdesk.model import Story


def _story(n: int, category: str, importance: float, *, relevance: float = 0.9) -> Story:
    vector = np.zeros(8, dtype=np.float32)
    vector[n % 8] = 1.0
    return Story(
        id=f"s{n}",
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


def _rank(stories: list[Story], published: dict[str, int] | None = None) -> list:  # type: ignore[type-arg]
    return rank_stories(
        stories, language="zh", published=published or {}, novelty_factor=0.2, min_relevance=0.5
    )


def test_a_published_unchanged_story_is_not_selected_again() -> None:
    ranked = _rank([_story(1, "models", 0.9), _story(2, "business", 0.5)], {"s1": 3})
    selection = select_stories(
        ranked, SelectSettings(lead=2, more=2), digest="d", day=date(2026, 5, 14)
    )
    assert [r.story.id for r in selection.lead] == ["s2"]
    assert ranked[-1].excluded == "published unchanged"
    assert ranked[-1].breakdown["novelty"] == 0.2


def test_a_published_story_with_new_reports_may_run_again() -> None:
    grown = replace(_story(1, "models", 0.9), item_count=5, source_items={"a": 5})
    ranked = _rank([grown], {"s1": 3})
    assert not ranked[0].excluded and ranked[0].score == 0.9


def test_copies_and_reports_from_sources_the_digest_lacks_do_not_make_it_new() -> None:
    # two more items: one a copy (not an original report), one from source "z"
    grown = replace(_story(1, "models", 0.9), item_count=5, source_items={"a": 3, "z": 1})
    ranked = rank_stories(
        [grown],
        language="en",
        published={"s1": 3},
        novelty_factor=0.2,
        min_relevance=0.5,
        sources={"a"},
    )
    assert ranked[0].excluded == "published unchanged" and ranked[0].reports == 3


def test_a_story_never_assessed_is_not_called_off_topic() -> None:
    ranked = _rank([replace(_story(1, "models", 0.9), relevance=None)])
    assert ranked[0].excluded == "not assessed"


def test_no_category_fills_the_lead_while_others_qualify() -> None:
    stories = [_story(n, "models", 0.9 - n * 0.01) for n in range(8)]
    stories += [
        _story(10 + n, other, 0.3) for n, other in enumerate(["business", "policy", "papers"])
    ]
    selection = select_stories(
        _rank(stories), SelectSettings(lead=6, more=5), digest="d", day=date(2026, 5, 14)
    )
    categories = [r.story.category for r in selection.lead]
    assert categories[:5].count("models") == 2  # the cap: a third of the lead
    assert {"business", "policy", "papers"} <= set(categories[:5])
    assert categories[5] == "models"  # nothing else is left to take the last place
    assert [r.story.category for r in selection.more] == ["models"] * 5


def test_a_category_may_fill_the_lead_when_nothing_else_qualifies() -> None:
    stories = [_story(n, "models", 0.9 - n * 0.01) for n in range(5)]
    selection = select_stories(
        _rank(stories), SelectSettings(lead=4, more=0), digest="d", day=date(2026, 5, 14)
    )
    assert len(selection.lead) == 4


def test_stories_below_the_relevance_minimum_are_never_selected() -> None:
    ranked = _rank([_story(1, "models", 0.9, relevance=0.1)])
    selection = select_stories(ranked, SelectSettings(), digest="d", day=date(2026, 5, 14))
    assert selection.lead == [] and ranked[0].excluded == "not AI"


def test_the_digest_language_picks_the_title() -> None:
    assert _rank([_story(1, "models", 0.9)])[0].title == "新闻1"


def test_diversity_prefers_a_story_unlike_those_already_picked() -> None:
    twin = replace(_story(2, "business", 0.80), centroid=_story(1, "models", 0.9).centroid)
    other = _story(3, "policy", 0.75)  # a little less important, about something else
    ranked = _rank([_story(1, "models", 0.9), twin, other])
    picked = select_stories(
        ranked, SelectSettings(lead=2, more=1), digest="d", day=date(2026, 5, 14)
    )
    assert [r.story.id for r in picked.lead] == ["s1", "s3"]
    plain = select_stories(
        ranked, SelectSettings(lead=2, more=1, diversity=0), digest="d", day=date(2026, 5, 14)
    )
    assert [r.story.id for r in plain.lead] == ["s1", "s2"]
