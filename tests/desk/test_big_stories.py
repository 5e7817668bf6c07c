"""Big stories at an aggregator's scale: more headlines than a headline has neighbours.

An aggregator's big story is told by dozens of outlets a day, each wording it its own
way; a new headline's candidate neighbours (``group.neighbours``) are then all of the
story's own, yesterday's included, and the story must still end as one, while another
event of the same company, told in a handful of headlines the same day, stays a story
of its own, and a story that outlets name by the dam in some headlines and by the
country in others is one story.  What grouping does not yet do at this scale is written
down as an expected failure (``docs/benchmarks.md`` gives the mechanism): the other event
of the same company joins the big story.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

import pytest
from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk._group import group_in_days
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params

#: A ferry company's engine fire, day one then day two.
FERRY_FIRE = [
    "Fire breaks out on Larkspur Lines ferry off Tennby",
    "Passengers evacuated as Larkspur ferry catches fire",
    "Live: Larkspur Lines ferry fire near Tennby",
    "Larkspur ferry fire: all 412 passengers safe, coastguard says",
    "Coastguard tows burning Larkspur Lines ferry to Tennby",
    "Larkspur Lines ferry fire started in engine room",
    "Tennby ferry blaze: lifeboats rescue passengers at sea",
    "Larkspur ferry passengers describe smoke-filled decks",
    "Larkspur Lines suspends Tennby crossings after ferry fire",
    "What we know about the Larkspur ferry fire",
    "Larkspur ferry fire: crew praised for calm evacuation",
    "Burning ferry: Larkspur Lines says no one seriously hurt",
    "Larkspur Lines ferry fire investigation opens in Tennby",
    "Larkspur ferry fire: engine maker to join inquiry",
    "Tennby crossings stay cancelled after Larkspur ferry fire",
    "Larkspur Lines chief apologises to ferry fire passengers",
    "Larkspur ferry fire: inspectors board damaged vessel",
    "Larkspur Lines offers refunds after Tennby ferry fire",
    "Ferry fire: Larkspur Lines grounds sister ship for checks",
    "Larkspur ferry fire: engine room fault suspected",
    "Larkspur Lines ferry fire passengers to get compensation",
    "Tennby port reopens a day after Larkspur ferry fire",
    "Larkspur ferry fire: what passengers should do now",
    "Larkspur Lines ferry fire: inquiry to report within a month",
]
#: The same company's other news that second day: a fare rise, another event.
FARE_RISE = [
    "Larkspur Lines to raise ferry fares by 8% from June",
    "Larkspur fare rise: crossing to cost 8% more this summer",
    "Larkspur Lines blames fuel costs for 8% fare increase",
    "Passengers' group attacks Larkspur Lines fare rise",
]
#: Other news of the two days.
OTHERS = [
    "Central bank of Ostria holds rates at 3%",
    "Harlow Rovers sign striker Mateo Quill",
    "Drought forces water limits across Belmarsh",
    "Vintner Group profit falls as sales of wine slow",
    "Museum in Carvel returns stolen painting",
    "Tech firm Quarrel cuts 400 jobs",
    "Heatwave warning issued for the south",
    "Election officials in Dunmore recount ballots",
]


@lru_cache(maxsize=1)
def _items() -> tuple[DeskItem, ...]:
    """The ferry fire half on each day, the fare rise and the others on the second."""
    titles = FERRY_FIRE + FARE_RISE + OTHERS
    half = len(FERRY_FIRE) // 2
    hours = [
        0.5 * n if n < half else 24 + 0.5 * (n - half) if n < len(FERRY_FIRE) else 26 + 0.7 * n
        for n in range(len(titles))
    ]
    raw = [item(n, title, hours=hours[n]) for n, title in enumerate(titles)]
    return tuple(embedded(raw))


def _stories(neighbours: int) -> list[str]:
    params = replace(cluster_params(Config()), neighbours=neighbours)
    result = group_in_days(list(_items()), params, window=timedelta(days=3))
    return [result.assigned[i.id] for i in _items()]


def test_a_story_of_more_headlines_than_neighbours_over_two_days_is_one_story() -> None:
    stories = _stories(neighbours=5)
    fire = Counter(stories[: len(FERRY_FIRE)])
    main, held = fire.most_common(1)[0]
    assert held >= len(FERRY_FIRE) - 2
    others = stories[len(FERRY_FIRE) + len(FARE_RISE) :]
    assert main not in others


@pytest.mark.xfail(
    strict=True,
    reason="not yet: average-link puts 'Passengers' group attacks Larkspur Lines fare rise' "
    "into a piece of the fire (Larkspur Lines and passengers in common), and the fare "
    "rise's other three join the fire story on the story model's prior for a small story "
    "beside a big one, their best item pair with it 0.37 (docs/benchmarks.md)",
)
def test_the_same_companys_other_event_that_day_stays_a_story_of_its_own() -> None:
    stories = _stories(neighbours=20)
    fire = Counter(stories[: len(FERRY_FIRE)]).most_common(1)[0][0]
    fares = stories[len(FERRY_FIRE) : len(FERRY_FIRE) + len(FARE_RISE)]
    assert fire not in fares
    assert len(set(fares)) == 1


#: A dam's collapse named by the dam, the country or both, on one day.
DAM_BY_TWO_NAMES = [
    "Harrowmere Dam bursts, flooding villages across Vesland",  # both names
    "Harrowmere Dam collapse: rescuers search flooded homes",
    "Harrowmere Dam: what we know so far",
    "Why did the Harrowmere Dam fail?",
    "Harrowmere Dam breach: maps of the flood",
    "Thousands evacuated below collapsed Harrowmere Dam",
    "Vesland dam collapse leaves at least 20 dead",
    "Vesland declares emergency after dam bursts",
    "Death toll from Vesland dam failure rises",
    "Vesland flood: bridges swept away, rail line cut",
    "Insurers brace for losses from Vesland dam disaster",
    "Vesland mourns as dam victims are named after Harrowmere breach",  # both names
]


def test_a_story_named_by_its_dam_and_by_its_country_is_one_story() -> None:
    raw = [item(n, title, hours=0.8 * n) for n, title in enumerate(DAM_BY_TWO_NAMES + OTHERS)]
    items = embedded(raw)
    result = group_in_days(items, cluster_params(Config()), window=timedelta(days=3))
    dam = {result.assigned[i.id] for i in items[: len(DAM_BY_TWO_NAMES)]}
    assert len(dam) == 1
