"""Joining stories of headlines: a join the reports themselves contradict is refused.

Two stories of one kind of news pool into near-identical wholes; what tells them apart
is that their reports, phrased alike, name different things.
"""

from __future__ import annotations

from desk_helpers import embedded, item

from newsdesk.desk._cluster import build_representation, contradicted
from newsdesk.desk._similarity import Representation, TermCache

TITLES = [
    "Strong quake strikes Aceh province, buildings damaged",  # 0: one event …
    "Strong quake hits Aceh province, homes damaged",
    "Strong quake strikes Papua province, buildings damaged",  # 2: … another, same words
    "Strong quake hits Papua province, homes damaged",
    "Quake in Aceh leaves buildings in ruins",  # 4: the first event, told otherwise
    "Hospital staff in Aceh treat the injured",
    "strong quake strikes the coast, buildings damaged",  # 6: names nothing
    "strong quake hits the coast, homes damaged",
    "Regulator fines Northwind Labs over data practices",  # 8: one frame, two companies
    "Regulator fines Northwind Labs for data practices",
    "Regulator fines Southgate Labs over data practices",
    "Regulator fines Southgate Labs for data practices",
]


def _read() -> Representation:
    return build_representation(
        embedded([item(n, title) for n, title in enumerate(TITLES)]), TermCache()
    )


def test_one_template_filled_with_another_place_contradicts_the_join() -> None:
    assert contradicted(_read(), [0, 1], [2, 3])


def test_a_name_both_frames_share_does_not_make_two_companies_one() -> None:
    assert contradicted(_read(), [8, 9], [10, 11])


def test_reports_of_one_event_that_share_a_name_do_not_contradict_it() -> None:
    assert not contradicted(_read(), [0, 1], [4, 5])


def test_a_pair_that_differs_is_outweighed_by_more_pairs_that_share_a_name() -> None:
    rep = _read()
    assert contradicted(rep, [0, 1], [2])
    assert not contradicted(rep, [0, 1], [2, 4, 5])


def test_reports_that_name_nothing_neither_contradict_nor_confirm() -> None:
    rep = _read()
    assert not contradicted(rep, [6, 7], [0, 1])
    assert not contradicted(rep, [6], [7])


def test_whether_a_join_is_contradicted_does_not_depend_on_its_order() -> None:
    rep = _read()
    for one, other in (([0, 1], [2, 3]), ([0, 1], [4, 5]), ([0, 1], [2, 4, 5])):
        assert contradicted(rep, one, other) == contradicted(rep, other, one)
