"""Two open stories told in one vocabulary merge once a later day's report lands.

A big story's first day often falls into pieces by the names outlets use: the quake's
headlines naming the country in one story, those naming the stricken city in another.
No report of the next day need name both for them to be one story: their reports
repeat the same words (quake, rubble, rescuers, survivors) in both, so each is the
other's closest story in vocabulary.  Two events of one kind read alike in vocabulary
too, and stay apart when their reports refuse the join (one frame, two companies).
"""

from __future__ import annotations

from dataclasses import replace

from desk_helpers import NORTHWIND, SOUTHGATE, day_two, embedded, grouped, item, open_pair

from newsdesk.model import GroupResult

#: Day one of a quake, the headlines naming the country …
COUNTRY = [
    "Powerful earthquake strikes southern Belmora",
    "Belmora earthquake: dozens feared dead as buildings collapse",
    "Rescuers search rubble after Belmora earthquake",
    "Belmora quake: survivors pulled from collapsed homes",
    "What we know about the Belmora earthquake",
    "Belmora earthquake death toll rises as rescuers dig",
]
#: … and those naming the city.
CITY = [
    "Quillon earthquake: rescuers dig through rubble",
    "Live: quake flattens buildings in Quillon",
    "Quillon quake survivors sleep in the streets",
    "Quillon earthquake: hospitals overwhelmed with injured",
    "Rescuers pull child alive from Quillon rubble",
    "Quillon quake: collapsed buildings trap families",
]
#: Day two: a report that follows the city's piece and names only the city.
CITY_DAY_TWO = ["Quillon earthquake: rescuers find survivors in rubble of collapsed school"]
#: Day two: other news, nothing of the quake.
ELSEWHERE = [
    "Central bank of Ostria holds rates at 3%",
    "Harlow Rovers sign striker Mateo Quill",
]
#: Day two's reports of the two companies fined alike (NORTHWIND, SOUTHGATE).
FINES_DAY_TWO = ["Northwind Labs to appeal data fine", "Southgate Labs to pay data fine"]


def test_two_pieces_of_one_quake_merge_when_a_days_report_joins_one() -> None:
    result = grouped(open_pair(COUNTRY, CITY, ("s-country", "s-city")) + day_two(CITY_DAY_TWO))

    assert result.merged == {"s-city": "s-country"}  # the older keeps its id
    assert result.assigned == {20: "s-country"}


def test_without_a_report_of_the_day_in_either_nothing_is_read_again() -> None:
    result = grouped(open_pair(COUNTRY, CITY, ("s-country", "s-city")) + day_two(ELSEWHERE))

    assert result.merged == {}


def test_two_companies_fined_alike_stay_two_stories() -> None:
    result = grouped(
        open_pair(NORTHWIND, SOUTHGATE, ("s-north", "s-south")) + day_two(FINES_DAY_TWO)
    )

    assert result.merged == {}
    assert result.assigned == {20: "s-north", 21: "s-south"}


#: One day's two fires, one big and one small, and the big one's report of the evening.
PINECREST = [
    "Wildfire near Pinecrest forces thousands to evacuate",
    "Pinecrest wildfire grows to 10,000 acres",
    "Firefighters battle Pinecrest blaze as winds pick up",
    "Evacuation orders expand as Pinecrest fire spreads",
    "Pinecrest wildfire destroys dozens of homes",
    "Smoke from Pinecrest wildfire blankets the valley",
]
OAKDALE = [
    "Brush fire near Oakdale contained after evacuations",
    "Oakdale brush fire: firefighters halt spread",
    "Evacuation orders lifted as Oakdale fire is contained",
    "Oakdale fire burns 200 acres before crews contain it",
]
PINECREST_EVENING = ["Pinecrest wildfire: firefighters gain ground as winds ease"]


def _stories(result: GroupResult, stored: dict[int, str] | None = None) -> set[frozenset[int]]:
    final = {n: result.merged.get(s, s) for n, s in (stored or {}).items()}
    final |= {n: result.merged.get(s, s) for n, s in result.assigned.items()}
    return {frozenset(n for n in final if final[n] == s) for s in set(final.values())}


def test_a_day_grouped_in_two_runs_ends_as_the_day_grouped_in_one() -> None:
    morning = embedded(
        [item(n, t, hours=n * 0.2) for n, t in enumerate(PINECREST)]
        + [item(10 + n, t, hours=0.1 + n * 0.2) for n, t in enumerate(OAKDALE)]
    )
    evening = embedded([item(30, PINECREST_EVENING[0], hours=10)])

    one_run = _stories(grouped(morning + evening))
    first = grouped(morning)
    stored = [replace(i, story_id=first.assigned[i.id]) for i in morning]
    second = grouped(stored + evening)

    assert one_run == {frozenset({0, 1, 2, 3, 4, 5, 30}), frozenset({10, 11, 12, 13})}
    assert second.merged == {}  # the morning's two fires are not a big story's pieces
    assert _stories(second, first.assigned) == one_run
