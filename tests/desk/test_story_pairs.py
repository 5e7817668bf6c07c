"""Joining pieces of a big story told in headlines: story pairs scored as story pairs.

Average-link leaves a big story's headlines in pieces when outlets word it apart; the
story join reads two pieces with a model fitted on pairs of such pieces
(:mod:`newsdesk.desk._story_pairs`), so a headline that the item-pair model's pooled score
left alone joins its story, while a strike elsewhere stays a story of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest
from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk import _sparse, _story_pairs
from newsdesk.desk._cluster import (
    _story_join,
    both_wordless,
    build_representation,
    mentioned_names,
)
from newsdesk.desk._group import group_in_days
from newsdesk.desk._similarity import TermCache
from newsdesk.desk._story_pairs import (
    FEATURES,
    POOLED_ONLY,
    STORY_MODEL,
    StoryPairModel,
    load_story_model,
    once_a_day,
    outlet_days,
    story_pair_features,
)
from newsdesk.model import DeskItem
from newsdesk.stages.group import cluster_params

OUTLETS = [
    *("wire", "globe", "post", "courier", "herald", "times"),
    *("daily", "tribune", "record", "chronicle", "star", "ledger"),
]
PORT_STRIKE = [
    "Castrell dock workers strike over pay",
    "Port strike halts shipping in Castrell",
    "Castrell port at standstill as dockers walk out",
    "Dockers' union begins 72-hour stoppage",
    "Cargo ships queue off Castrell as strike bites",
    "Castrell strike: what it means for your deliveries",
    "Union leader Ivo Marek: 'Our members have had enough'",
    "Government calls port strike talks",
    "Castrell dockers vote to extend walkout",
    "Port operator says strike costs millions a day",
    "Strike at Castrell port enters second day",
    "Castrell port strike: ships diverted to other harbours",
    "Strike-hit Castrell port faces growing backlog",  # 12: alone, pair by pair
    "Dockers picket Castrell gates on third day of strike",
    "Supermarkets warn of shortages as port strike drags on",
    "Shops run short of fruit as Castrell dock strike drags on",
    "Castrell port strike: talks collapse as walkout continues",
    "Exporters count cost of Castrell dock walkout",
    "Port strike: Castrell dockers reject new pay offer",
    "Empty shelves loom as Castrell port strike continues",
    "Car makers halt lines as Castrell port strike bites",
    "Castrell dock strike: pay talks to resume on Monday",
]
ELSEWHERE = [
    "Central bank raises rates by a quarter point",
    "Striker Banu signs for Rovers in record deal",
    "New museum of science opens in the capital",
    "Drought forces water rationing in southern farms",
    "Tech giant recalls laptops over battery fires",
    "Parliament passes new data privacy law",
    "Film festival opens with a silent comedy",
    "Airline strike grounds hundreds of flights",
    "Scientists map the genome of a rare orchid",
    "Mayor unveils plan for free city buses",
    "Heatwave warnings issued for the weekend",
    "Chess champion retains title in tiebreak",
]
BUS_STRIKE = [
    "Velmar bus drivers strike over rosters",
    "Bus strike leaves Velmar commuters stranded",
    "Velmar bus drivers' union calls one-day walkout",
    "No buses in Velmar as drivers strike",
    "Velmar council urges bus strike talks",
]


def _day(story: list[str], others: list[str]) -> list[DeskItem]:
    """A story's headlines (keys from 0) told by the outlets in turn over a morning, and
    other headlines (keys from 100) by the outlets starting further on."""
    day = [
        item(n, title, hours=n * 0.7, source=OUTLETS[n % len(OUTLETS)])
        for n, title in enumerate(story)
    ]
    return day + [
        item(100 + n, title, hours=n, source=OUTLETS[(n + 5) % len(OUTLETS)])
        for n, title in enumerate(others)
    ]


def _group(others: list[str], model: StoryPairModel = STORY_MODEL) -> dict[int, str]:
    day = _day(PORT_STRIKE, others)
    config = Config()
    params = replace(cluster_params(config), story_model=model)
    return group_in_days(embedded(day), params, window=timedelta(days=3)).assigned


def _main_story(assigned: dict[int, str]) -> str:
    return Counter(assigned[n] for n in range(len(PORT_STRIKE))).most_common(1)[0][0]


def test_a_headline_of_a_big_story_left_alone_pair_by_pair_joins_it() -> None:
    before = _group(ELSEWHERE, POOLED_ONLY)
    assert before[12] != _main_story(before)  # the pooled item-pair score kept it apart
    after = _group(ELSEWHERE)
    story = _main_story(after)
    assert after[12] == story
    assert all(after[100 + n] != story for n in range(len(ELSEWHERE)))


def test_a_strike_elsewhere_stays_a_story_of_its_own() -> None:
    assigned = _group(ELSEWHERE + BUS_STRIKE)
    port = _main_story(assigned)
    bus = {assigned[100 + len(ELSEWHERE) + n] for n in range(len(BUS_STRIKE))}
    assert port not in bus
    assert len(bus) == 1


def test_an_outlet_listing_each_event_once_a_day_counts_against_a_join() -> None:
    days = np.asarray([0.2, 0.7, 1.3, 0.4, np.nan])
    codes = outlet_days(["wire", "wire", "wire", "globe", ""], days)
    assert codes[0] == codes[1] != codes[2]  # the same outlet on another day
    assert codes[3] not in (codes[0], codes[2]) and codes[4] == -1
    items = embedded([item(n, title) for n, title in enumerate(PORT_STRIKE[:6])])
    rep = build_representation(items, TermCache())
    outlets = outlet_days(["wire", "post", "wire", "post", "post", "herald"], np.zeros(6))
    stories = [[0, 1], [2], [3, 4], [5]]
    once = once_a_day(outlets, np.asarray([0, 0, 1, 2, 2, 3]))  # each item's story
    assert np.allclose(once, [1, 1 / 3, 1, 1 / 3, 1 / 3, 1])  # two of post's three in one story
    a, b = np.asarray([0, 2, 2]), np.asarray([1, 3, 0])
    features = story_pair_features(rep, outlets, once, stories, a, b, np.zeros(3, np.float32),
                                   np.zeros(3, np.float32))  # fmt: skip
    same_outlet = features[:, FEATURES.index("same_outlet")]
    # item 2's outlet reported in story 0 that day; post did too, but it repeats itself
    assert np.allclose(same_outlet, [1.0, 0.0, 1 / 3])


def test_one_story_split_in_two_reads_as_close_across_as_within() -> None:
    items = embedded([item(n, title) for n, title in enumerate(PORT_STRIKE + ELSEWHERE[:6])])
    rep = build_representation(items, TermCache())
    port = list(range(len(PORT_STRIKE)))
    stories = [port[::2], port[1::2], list(range(len(PORT_STRIKE), len(items)))]
    outlets = outlet_days([""] * len(items), rep.days)
    features = story_pair_features(rep, outlets, np.zeros(len(items)), stories,
                                   np.asarray([0, 0]), np.asarray([1, 2]),
                                   np.zeros(2, np.float32), np.zeros(2, np.float32))  # fmt: skip
    between = features[:, FEATURES.index("between")]
    within = features[:, FEATURES.index("within")]
    assert between[0] > 0.7 * within[0]  # two halves of one story
    assert between[1] < 0.3 * within[1]  # the story against unrelated news


def test_story_pair_features_are_the_same_floats_read_a_pair_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pairs are read a chunk at a time so that a big batch's gathered rows stay small;
    the chunk changes no feature by a bit."""
    items = embedded([item(n, title) for n, title in enumerate(PORT_STRIKE + ELSEWHERE[:6])])
    rep = build_representation(items, TermCache())
    port = list(range(len(PORT_STRIKE)))
    stories = [port[::2], port[1::2], list(range(len(PORT_STRIKE), len(items)))]
    outlets = outlet_days(["wire", "post"] * (len(items) // 2) + ["wire"] * (len(items) % 2),
                          rep.days)  # fmt: skip
    a, b = np.asarray([0, 0, 1]), np.asarray([1, 2, 2])
    zeros = np.zeros(3, np.float32)

    def read() -> np.ndarray:
        return story_pair_features(rep, outlets, np.ones(len(items)), stories, a, b, zeros, zeros)

    whole = read()
    monkeypatch.setattr(_story_pairs, "_PAIR_CHUNK", 1)
    monkeypatch.setattr(_sparse, "_ROWS_CHUNK", 2)
    assert np.array_equal(read(), whole)
    assert whole[:, FEATURES.index("words_between")].any()  # the sparse rows were read


def test_a_storys_report_pair_counts_are_the_sums_of_its_pieces() -> None:
    """The join keeps each pair of pieces' counts of contradicting, confirming and
    place-only report pairs, and reads a story grown from pieces by their sums: the
    counts reading its whole report list would give."""
    items = embedded([item(n, title) for n, title in enumerate(PORT_STRIKE + ELSEWHERE[:6])])
    terms = TermCache()
    rep = build_representation(items, terms)
    mentions = mentioned_names(items, terms, rep.names.shape[1])
    first = [np.arange(0, 3), np.arange(3, 5), np.arange(5, 9), np.arange(9, len(items))]
    pieces = [[0, 2], [3], [1]]
    a, b = np.asarray([0, 0, 1]), np.asarray([1, 2, 2])
    kept = _story_join._PieceTallies(len(first))
    summed = _story_join._tally(rep, mentions, None, first, pieces, a, b, kept)
    whole = [np.concatenate([first[p] for p in piece]) for piece in pieces]
    read = _story_join._report_pair_tally(
        rep, mentions, [whole[i] for i in a], [whole[j] for j in b]
    )
    assert np.array_equal(summed, read) and len(kept.keys) == 2 + 2 + 1
    assert summed.sum() > 0  # some pair counted something
    again = _story_join._tally(rep, mentions, None, first, pieces, a, b, kept)
    assert np.array_equal(again, summed) and len(kept.keys) == 5  # read once


def test_the_shipped_model_weighs_every_feature_this_code_reads() -> None:
    model = load_story_model()
    assert model != POOLED_ONLY
    assert len(model.coefficients) == len(FEATURES)


DATELINES = [
    "21 July 2013 Last updated at 11 : 11 GMT",
    "23 July 2013 Last updated at 13 : 42 GMT",
    "22 July 2013 Last updated at 17 : 50 GMT",
    "May 2 , 2013 , 1 : 12 PM",
    "Saturday , August 24 , 2013",
    "Friday , March 08 , 2013",
]


def test_datelines_with_no_words_join_no_story() -> None:
    """A dateline or a timestamp alone says nothing of its event (its vector and its
    month and time-zone names are close to every other dateline's), so neither
    average-link nor the story join puts two of them together: each stays alone, the
    three "Last updated" lines of three days too."""
    day = _day(DATELINES, ELSEWHERE)
    assigned = group_in_days(embedded(day), cluster_params(Config()), window=timedelta(days=3))
    stories = Counter(assigned.assigned[n] for n in range(len(DATELINES)))
    assert len(stories) == len(DATELINES)


def test_two_reports_are_wordless_only_when_neither_has_a_word() -> None:
    titles = [*DATELINES[:2], *PORT_STRIKE[:1]]
    rep = build_representation(embedded([item(n, t) for n, t in enumerate(titles)]), TermCache())
    left, right = np.asarray([0, 0, 2]), np.asarray([1, 2, 2])
    assert both_wordless(rep, left, right).tolist() == [True, False, False]
