"""Joining stories of headlines: a join its own reports refuse does not happen.

Two stories of one kind of news pool into near-identical wholes; what tells them apart
is that their reports, phrased alike, name different things, and that across languages
only a shared name is evidence of one event.  A place alone is no such name: a city's
snow and its team's match share it and nothing else.
"""

from __future__ import annotations

import numpy as np
import pytest
from desk_helpers import embedded, item

from newsdesk.chinese import is_place
from newsdesk.desk._cluster import (
    _two_events,
    build_representation,
    entity_names,
    mentioned_names,
    only_where,
    only_where_block,
    refused_by_reports,
)
from newsdesk.desk._similarity import TermCache

REPORTS = [
    ("Strong quake strikes Aceh province, buildings damaged", "en"),  # 0: one event …
    ("Strong quake hits Aceh province, homes damaged", "en"),
    ("Strong quake strikes Papua province, buildings damaged", "en"),  # 2: … another
    ("Strong quake hits Papua province, homes damaged", "en"),
    ("Quake in Aceh leaves buildings in ruins", "en"),  # 4: the first, told otherwise
    ("Hospital staff in Aceh treat the injured", "en"),
    ("strong quake strikes the coast, buildings damaged", "en"),  # 6: names nothing
    ("strong quake hits the coast, homes damaged", "en"),
    ("Regulator fines Northwind Labs over data practices", "en"),  # 8: one frame, …
    ("Regulator fines Northwind Labs for data practices", "en"),
    ("Regulator fines Southgate Labs over data practices", "en"),  # 10: … two companies
    ("Regulator fines Southgate Labs for data practices", "en"),
    ("Nvidia unveils its next chip", "en"),  # 12
    ("Nvidia shows a faster chip", "en"),
    ("英伟达发布新一代芯片", "zh"),  # 14: the same company, in Chinese
    ("英伟达新芯片亮相", "zh"),
    ("月之暗面发布新一代芯片", "zh"),  # 16: another company's chip
    ("月之暗面新芯片亮相", "zh"),
    ("Mayor Dana Holt's church damaged in suspicious fire", "en"),  # 18
    ("Holt's Church Damaged In Suspicious Fire", "en"),  # every word capitalised
    ("Vukic stops Okafor in the ninth round", "en"),  # 20: one champion's fight …
    ("Vukic beats Okafor to keep his title", "en"),
    ("Okafor falls as Vukic retains the belt", "en"),
    ("Vukic stops Boos in the sixth round", "en"),  # 23: … and his next one
    ("Vukic beats Boos in Berlin", "en"),
    ("Heavyweight king Vukic stays unbeaten", "en"),  # 25: the champion alone
    ("Vukic keeps his belts", "en"),
    ("Okafor vows to return after loss to Vukic", "en"),  # 27: the first fight again
    ("Vukic defends belts against Okafor", "en"),
]


#: A day of hot-list lines: one city's news of several kinds, and a match of two teams.
HOT_LIST = [
    ("杭州今冬首场降雪如期而至", "zh"),  # 0: the city's first snow …
    ("#杭州初雪#", "zh"),
    ("杭州初雪 西湖一夜白头", "zh"),
    ("杭州队主场绝杀青岛队", "zh"),  # 3: … and its team's match
    ("#浙江男篮战胜福建男篮#", "zh"),  # 4: one match, its teams named by their places
    ("CBA：浙江108比99福建", "zh"),
    ("歌手林晚洛在成都开唱", "zh"),  # 6: a singer's concert in a city …
    ("林晚洛成都演唱会门票秒空", "zh"),
    ("成都新开通两条地铁线", "zh"),  # 8: … and the city's other news
    ("临川发生4.6级地震 震源深度8公里", "zh"),  # 9: a quake …
    ("临川地震瞬间 路人拍下吊灯摇晃", "zh"),  # 10: … and a moment of it
]


class _Batch:
    """The reports read as one grouping batch."""

    def __init__(self, reports: list[tuple[str, str]] = REPORTS) -> None:
        items = embedded([item(n, title, language=lang) for n, (title, lang) in enumerate(reports)])
        cache = TermCache()
        self.rep = build_representation(items, cache)
        self.mentions = mentioned_names(items, cache, self.rep.names.shape[1])
        self.entities = entity_names(self.rep, cache)

    def refused(self, one: list[int], other: list[int]) -> bool:
        return refused_by_reports(self.rep, self.mentions, self.entities, one, other)


def _read() -> _Batch:
    return _Batch()


def test_a_place_is_a_name_the_dictionary_tags_a_place_at_any_level() -> None:
    assert is_place("杭州") and is_place("泰国")
    assert is_place("榕江")  # the county 榕江县, its level dropped as names drop it
    assert not is_place("林晚") and not is_place("腾讯")


def test_stories_whose_reports_share_only_a_place_do_not_join() -> None:
    batch = _Batch(HOT_LIST)
    assert batch.refused([0, 1, 2], [3])  # the snow and the match
    assert batch.refused([6, 7], [8])  # the concert and the metro


def test_two_places_named_together_are_one_match_and_confirm_the_join() -> None:
    assert not _Batch(HOT_LIST).refused([4], [5])


def test_a_place_with_a_word_of_what_happened_does_not_refuse_the_join() -> None:
    """The quake's moment shares its place and its 地震, not its magnitude."""
    assert not _Batch(HOT_LIST).refused([9], [10])


def test_reports_sharing_a_name_beside_the_place_still_join() -> None:
    assert not _Batch(HOT_LIST).refused([6], [7])


def test_one_frame_filled_with_another_place_refuses_the_join() -> None:
    assert _read().refused([0, 1], [2, 3])


def test_a_name_both_frames_share_does_not_make_two_companies_one() -> None:
    assert _read().refused([8, 9], [10, 11])


def test_reports_of_one_event_that_share_a_name_do_not_refuse_it() -> None:
    assert not _read().refused([0, 1], [4, 5])


def test_a_title_in_title_case_names_nothing_the_other_report_does_not_say() -> None:
    batch = _read()
    assert not batch.refused([18], [19])
    assert not batch.refused([19], [18])


def test_a_pair_that_differs_is_outweighed_by_more_pairs_that_share_a_name() -> None:
    batch = _read()
    assert batch.refused([0, 1], [2])
    assert not batch.refused([0, 1], [2, 4, 5])


def test_reports_that_name_nothing_neither_refuse_nor_confirm() -> None:
    batch = _read()
    assert not batch.refused([6, 7], [0, 1])
    assert not batch.refused([6], [7])


def test_a_chinese_and_an_english_story_join_only_on_a_shared_name() -> None:
    batch = _read()
    assert not batch.refused([12, 13], [14, 15])  # 英伟达 is Nvidia
    assert batch.refused([12, 13], [16, 17])  # 月之暗面 is not
    assert not batch.refused([12, 13], [6, 7, 16])  # both mostly English


def test_whether_reports_refuse_a_join_does_not_depend_on_its_order() -> None:
    batch = _read()
    for one, other in (([0, 1], [2, 3]), ([0, 1], [4, 5]), ([0, 1], [2, 4, 5]), ([12], [16])):
        assert batch.refused(one, other) == batch.refused(other, one)


def test_one_protagonist_with_a_counterpart_of_its_own_on_each_side_is_two_events() -> None:
    """Most pairs agree (a headline naming only Vukic fits both fights), but most reports
    of each story name an opponent the other story never mentions."""
    assert _read().refused([20, 21, 22, 25], [23, 24, 26])


def test_pieces_of_one_event_naming_the_same_counterpart_join() -> None:
    assert not _read().refused([20, 21, 22, 25], [27, 28])


def test_figures_and_words_written_in_lower_case_elsewhere_are_no_entities() -> None:
    titles = ["Quake Toll Rises To 41", "the toll rises again", "Toll in Kessary passes 50"]
    items = embedded([item(n, title) for n, title in enumerate(titles)])
    cache = TermCache()
    entities = entity_names(build_representation(items, cache), cache)
    assert entities[cache.names["kessary"]]
    assert not entities[cache.names["toll"]]  # Title Case names it once, two write it
    assert not entities[cache.names["#41"]] and not entities[cache.names["#50"]]


def test_a_report_mentions_its_names_and_its_words_that_are_names_elsewhere() -> None:
    items = embedded(
        [item(0, "Aceh quake: rescuers search the rubble"), item(1, "Quake in Aceh leaves ruins")]
    )
    cache = TermCache()
    rep = build_representation(items, cache)
    mentions = mentioned_names(items, cache, rep.names.shape[1])
    aceh = cache.names["aceh"]
    assert rep.names[0, aceh] > 0  # opening the headline, "Aceh" is named as the other names it
    assert mentions[0, aceh] == 1 and mentions[1, aceh] == 1
    assert "rubble" not in cache.names  # words that are no name anywhere stay out


#: Headlines of one city: reports that share only where they happened, and reports of
#: one happening there.
ONE_CITY = [
    ("洛阳新体育馆正式启用", "zh"),  # 0: the stadium …
    ("洛阳老城墙点亮灯光秀", "zh"),  # 1: … and the light show: only the city in common
    ("洛阳一商场起火 消防疏散百余人", "zh"),  # 2: a fire …
    ("#洛阳商场起火#", "zh"),  # 3: … told as a hashtag: the city and 起火
    ("洛阳一驾校教练车撞上护栏", "zh"),  # 4: 洛阳一 begins this one and the fire's
    ("#河南洛阳两车相撞#", "zh"),  # 5: two places: more than a where
    ("洛阳牡丹文化节开幕", "zh"),
]


def _pairs(batch: _Batch, pairs: list[tuple[int, int]]) -> list[bool]:
    left = np.asarray([a for a, _ in pairs], dtype=np.intp)
    right = np.asarray([b for _, b in pairs], dtype=np.intp)
    return only_where(batch.rep, batch.mentions, left, right).tolist()


def test_two_headlines_that_share_only_their_city_share_only_a_where() -> None:
    assert _pairs(_Batch(ONE_CITY), [(0, 1), (1, 0), (0, 6)]) == [True, True, True]


def test_a_word_of_what_happened_beside_the_city_is_more_than_a_where() -> None:
    assert _pairs(_Batch(ONE_CITY), [(2, 3)]) == [False]


def test_half_of_the_city_is_no_word_of_what_happened() -> None:
    """The fire and the crash both write 洛阳一: the bigram 阳一 is the place's edge."""
    assert _pairs(_Batch(ONE_CITY), [(2, 4)]) == [True]


def test_reports_that_share_a_name_or_nothing_at_all_are_not_placed() -> None:
    hot = _Batch(HOT_LIST)
    assert _pairs(hot, [(6, 7), (0, 9)]) == [False, False]  # 林晚洛; nothing in common


def test_the_block_of_a_large_component_marks_the_same_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_two_events, "_BLOCK_PAIRS", 5)  # a slice of one row at a time
    batch = _Batch(ONE_CITY)
    everyone = np.arange(len(ONE_CITY), dtype=np.intp)
    block = only_where_block(batch.rep, batch.mentions, everyone, everyone)
    left, right = np.repeat(everyone, len(everyone)), np.tile(everyone, len(everyone))
    pairwise = only_where(batch.rep, batch.mentions, left, right)
    assert np.array_equal(block.ravel(), pairwise) and block.any()
