"""The pair score: one function, the same for a pair and for a block, that knows how much
evidence a pair has."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from desk_helpers import embedded, item
from scipy import sparse

from newsdesk.desk import _similarity
from newsdesk.desk._cluster import build_representation
from newsdesk.desk._similarity import (
    PAIR_MODEL,
    PRIOR_ITEMS,
    PRIOR_SPREAD,
    PRIOR_TYPICAL,
    Scores,
    TermCache,
    Weights,
    _sparse_cosines,
    agreement_pairs,
    backgrounds,
    block_final_scores,
    evidence_of,
    figures_differ,
    figures_differ_block,
    final_scores,
    neighbour_profiles,
    pair_scores,
    pair_signals,
    relative,
    story_representation,
)

ITEMS = [
    item(1, "Lumina Labs raises $500 million", "Lumina Labs closed a $500 million round."),
    item(2, "Lumina Labs完成5亿美元融资", "Lumina Labs宣布完成5亿美元C轮融资。", language="zh"),
    item(3, "Orion-5 launches with a 1M context", "Xinghe AI released Orion-5 today."),
    item(4, "Kestrel raises $30 million", "Kestrel raised $30 million in a Series A.", hours=30),
]


def _grid(rows: np.ndarray, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (row, column) pair, row by row."""
    return np.repeat(rows, len(columns)), np.tile(columns, len(rows))


def test_a_pair_scores_the_same_either_way_round() -> None:
    rep = build_representation(embedded(ITEMS), TermCache())
    total = pair_scores(rep, *_grid(np.arange(4), np.arange(4)), Weights()).total.reshape(4, 4)
    assert np.allclose(total, total.T, atol=1e-5)


def test_the_same_deal_in_two_languages_is_likely_one_event_and_a_launch_is_not() -> None:
    rep = build_representation(embedded(ITEMS), TermCache())
    scores = pair_scores(rep, *_grid(np.arange(4), np.arange(4)), Weights()).total.reshape(4, 4)
    assert scores[0, 1] > 0.5 > scores[0, 2]
    assert scores[0, 3] < 0.5  # another round, another amount


def test_evidence_grows_with_words_and_a_chinese_text_counts_its_words() -> None:
    english = evidence_of(np.asarray([0, 1, 10, 100, 400]), np.zeros(5, dtype=bool))
    assert english[0] == 0 and english[-1] == english[-2] == 1
    assert np.all(np.diff(english) >= 0)
    bigrams = evidence_of(np.asarray([16]), np.asarray([True]))
    words = evidence_of(np.asarray([10]), np.asarray([False]))
    assert bigrams == words  # 16 bigrams hold about 10 words


def test_agreement_lifts_a_pair_by_its_evidence_but_never_across_a_money_clash() -> None:
    logit = np.zeros(3, dtype=np.float32)
    direct = Scores(logit, np.asarray([1.0, 0.2, 1.0], np.float32), np.asarray([0, 0, 1], bool))
    lifted = final_scores(direct, np.ones(3, dtype=np.float32), Weights())
    assert lifted[0] > lifted[1] > 0.5  # more text, more lift
    assert lifted[2] == 0.5  # a clash: the direct score stands
    assert PAIR_MODEL.agreement > 0 and PAIR_MODEL.money_clash < 0


def test_agreement_lifts_no_pair_a_day_or_more_apart() -> None:
    """Across days, neighbours agree on a subject that stays in the news, not on one
    happening: the direct score stands."""
    logit = np.zeros(2, dtype=np.float32)
    evidence = np.ones(2, dtype=np.float32)
    direct = Scores(logit, evidence, np.zeros(2, bool), np.asarray([False, True]))
    lifted = final_scores(direct, np.ones(2, dtype=np.float32), Weights())
    assert lifted[0] > 0.5 and lifted[1] == 0.5


def test_a_pair_is_far_from_a_whole_day_apart() -> None:
    """A feed that dates its items by the day puts two days' items exactly a day apart."""
    items = [
        item(0, "Lumina Labs raises $500 million", hours=0),
        item(1, "Lumina Labs raises $500 million in a new round", hours=23),
        item(2, "Lumina Labs closes its $500 million round", hours=24),
    ]
    rep = build_representation(embedded(items), TermCache())
    direct = pair_scores(rep, np.asarray([0, 0]), np.asarray([1, 2]), Weights())
    assert direct.far is not None and direct.far.tolist() == [False, True]


def test_the_fast_score_is_the_model_applied_to_its_features() -> None:
    from dataclasses import astuple

    from newsdesk.desk._similarity import MODEL_INPUTS, direct_scores, pair_signals

    rep = build_representation(embedded(ITEMS), TermCache())
    left, right = np.repeat(np.arange(4), 4), np.tile(np.arange(4), 4)
    signals = pair_signals(rep, left, right)
    coefficients = astuple(PAIR_MODEL)[: len(MODEL_INPUTS)]
    by_features = sum(c * x for c, x in zip(coefficients, signals.features(), strict=True))
    assert np.allclose(direct_scores(PAIR_MODEL, signals).logit, by_features, atol=1e-4)


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = rows.astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_an_item_s_typical_cosine_is_its_median_over_the_rest_of_the_batch() -> None:
    vectors = _unit(np.random.default_rng(3).normal(size=(40, 16)))
    typical, spread = backgrounds(vectors)
    cosines = vectors @ vectors.T
    np.fill_diagonal(cosines, np.nan)
    median = np.nanmedian(cosines, axis=1)
    seen = 39
    expected = (seen * median + PRIOR_ITEMS * PRIOR_TYPICAL) / (seen + PRIOR_ITEMS)
    assert np.allclose(typical, expected, atol=1e-5)
    assert 0 < spread < 1


def test_a_batch_too_small_to_have_a_background_takes_the_prior() -> None:
    typical, spread = backgrounds(_unit(np.ones((1, 8))))
    assert typical.tolist() == [np.float32(PRIOR_TYPICAL)] and spread == PRIOR_SPREAD


def test_a_big_story_does_not_become_its_own_background() -> None:
    rng = np.random.default_rng(5)
    centre = rng.normal(size=64)
    story = _unit(centre + 0.3 * rng.normal(size=(100, 64)))  # a third of the day
    rest = _unit(rng.normal(size=(200, 64)))
    typical, _ = backgrounds(np.vstack([story, rest]))
    assert float(np.max(typical[:100])) < 0.2  # its reports still stand out from the day


def test_the_same_cosine_says_more_on_a_day_of_varied_news_than_on_a_day_of_one_topic() -> None:
    cosine = np.asarray([0.6], dtype=np.float32)
    varied = relative(cosine, np.float32(0.1), np.float32(0.1), 0.05)
    one_topic = relative(cosine, np.float32(0.5), np.float32(0.5), 0.05)
    assert varied > one_topic


def test_a_story_of_one_report_reads_as_that_report() -> None:
    rep = build_representation(embedded(ITEMS), TermCache())
    read = story_representation(rep, [[0], [1], [2], [3]])
    assert np.allclose(read.vectors, rep.vectors, atol=1e-6)
    assert np.allclose(read.words.toarray(), rep.words.toarray(), atol=1e-6)
    assert np.allclose(read.names.toarray(), rep.names.toarray(), atol=1e-6)
    assert np.array_equal(read.evidence, rep.evidence)
    assert np.array_equal(read.typical, rep.typical) and read.spread == rep.spread
    assert np.array_equal(read.cjk, rep.cjk) and np.array_equal(read.currencies, rep.currencies)


def test_a_story_is_its_reports_together_but_has_the_evidence_of_one_report() -> None:
    rep = build_representation(embedded(ITEMS), TermCache())
    read = story_representation(rep, [[0, 1], [2, 3]])
    mean = rep.vectors[0] + rep.vectors[1]
    assert np.allclose(read.vectors[0], mean / np.linalg.norm(mean), atol=1e-6)
    assert read.evidence[0] == np.float32((rep.evidence[0] + rep.evidence[1]) / 2)
    both = (rep.money[2] + rep.money[3]).sign().toarray()
    assert np.array_equal(read.money[1].toarray(), both)  # every amount any report states
    assert read.days[1] == (rep.days[2] + rep.days[3]) / 2


def _block_parts() -> tuple[Any, Any, np.ndarray]:
    """A batch with a cross-language pair, a money clash, a report 30 hours later, an
    undated report and a story column, with the neighbour profiles of all its pairs."""
    undated = replace(
        item(5, "Lumina Labs confirms the $500 million round", "It closed on Monday."), time=None
    )
    rep = build_representation(embedded([*ITEMS, undated]), TermCache())
    n = rep.vectors.shape[0]
    left, right = np.repeat(np.arange(n), n), np.tile(np.arange(n), n)
    off_diagonal = left != right
    left, right = left[off_diagonal], right[off_diagonal]
    direct = pair_scores(rep, left, right, Weights())
    profiles = neighbour_profiles(n, left, right, direct.total, Weights(), {})
    return rep, profiles, np.arange(n)


def test_a_large_block_is_scored_by_the_same_model_as_its_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The block path reads coefficients from tables and goes a slice of rows at a time;
    its scores are the model's, pair by pair (direct + agreement lift), to float rounding."""
    monkeypatch.setattr(_similarity, "_BLOCK_CHUNK", 4)  # slices of one row: several
    rep, profiles, everyone = _block_parts()
    for rows, columns in ((everyone, everyone), (everyone[:2], everyone[1:])):
        left, right = _grid(rows, columns)
        direct = pair_scores(rep, left, right, Weights())
        agreement = agreement_pairs(profiles, left, right)
        expected = final_scores(direct, agreement, Weights()).reshape(len(rows), len(columns))
        found = block_final_scores(rep, profiles, rows, columns, Weights())
        assert found.shape == expected.shape and found.dtype == np.float32  # sigmoid's floats
        assert np.allclose(found, expected, atol=1e-6)
    assert direct.clash.any()  # the $500 million and $30 million rounds: no lift


def test_a_blocks_scores_are_the_same_floats_whatever_rows_share_a_sparse_product(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The block's sparse products (names, names across scripts, neighbours, amounts) are
    made for several slices of rows at once and handed out a slice at a time; every
    score is the very float a product per slice gives, the block's last slice shorter."""
    monkeypatch.setattr(_similarity, "_BLOCK_CHUNK", 4)
    rep, profiles, everyone = _block_parts()
    for rows, columns in ((everyone, everyone), (everyone[:2], everyone[1:])):
        found = {}
        for chunks in (1, 2, 3, 64):
            monkeypatch.setattr(_similarity, "_PRODUCT_CHUNKS", chunks)
            found[chunks] = block_final_scores(rep, profiles, rows, columns, Weights())
        assert all(np.array_equal(found[1], block) for block in found.values())
    assert (rep.currencies != 0).sum() >= 2 and rep.cjk.any() and not rep.cjk.all()


def _one_thread(work: Any, parts: Any) -> list[Any]:
    return [work(part) for part in parts]


def test_scores_are_the_same_floats_on_two_threads_as_on_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A block's halves, and a batch's chunks of pairs, are scored on two threads when
    there are enough of them: each part computes what it computes alone, so every signal
    and score is the very float of one thread."""
    monkeypatch.setattr(_similarity, "_BLOCK_CHUNK", 5)  # slices of one row: five chunks
    monkeypatch.setattr(_similarity, "_THREAD_CHUNKS", 2)  # two halves of them
    monkeypatch.setattr(_similarity, "_PAIR_CHUNK", 3)  # pairs in chunks of three
    rep, profiles, everyone = _block_parts()
    left, right = _grid(everyone, everyone)
    two = (
        block_final_scores(rep, profiles, everyone, everyone, Weights()),
        pair_signals(rep, left, right),
        agreement_pairs(profiles, left, right),
    )
    monkeypatch.setattr(_similarity, "on_two_threads", _one_thread)
    one = (
        block_final_scores(rep, profiles, everyone, everyone, Weights()),
        pair_signals(rep, left, right),
        agreement_pairs(profiles, left, right),
    )
    monkeypatch.setattr(_similarity, "_THREAD_CHUNKS", 100)  # the block whole
    whole = block_final_scores(rep, profiles, everyone, everyone, Weights())
    assert np.array_equal(two[0], one[0]) and np.array_equal(two[0], whole)
    assert np.array_equal(two[2], one[2])
    for name in ("semantic", "standout", "words", "names", "clash"):
        assert np.array_equal(getattr(two[1], name), getattr(one[1], name))
    assert (rep.currencies != 0).sum() >= 2 and rep.cjk.any() and not rep.cjk.all()


def test_a_blocks_scores_are_the_same_floats_whatever_order_its_columns_come_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Columns a day or more from some row (here the report 30 hours later, and the three
    before it seen from that report) are read as one slice when they run without a gap,
    as earlier days' stories do, and by their indices otherwise; a score is the same
    float either way, and agreement lifts no pair a day apart or across a money clash."""
    monkeypatch.setattr(_similarity, "_BLOCK_CHUNK", 10)  # slices of two rows
    rep, _, everyone = _block_parts()
    neighbours = np.random.default_rng(2).random((5, 5)).astype(np.float32)
    np.fill_diagonal(neighbours, 0)  # every pair has third parties to agree on
    profiles = sparse.csr_matrix(neighbours)
    gapped = np.asarray([0, 4, 1, 2, 3])  # the undated report among them
    assert isinstance(_similarity._as_slice(_similarity._columns_apart(rep.days, rep.days)), slice)
    apart = _similarity._columns_apart(rep.days, rep.days[gapped])
    assert not isinstance(_similarity._as_slice(apart), slice)
    whole = block_final_scores(rep, profiles, everyone, everyone, Weights())
    assert np.array_equal(block_final_scores(rep, profiles, everyone, gapped, Weights()),
                          whole[:, gapped])  # fmt: skip
    left, right = _grid(everyone, everyone)
    direct = pair_scores(rep, left, right, Weights())
    expected = final_scores(direct, agreement_pairs(profiles, left, right), Weights())
    assert np.allclose(whole.ravel(), expected, atol=1e-6)
    lifted = agreement_pairs(profiles, left, right) > 0
    assert (direct.clash & lifted).any() and (direct.far & lifted).any()


def test_a_pairs_cosine_is_the_same_float_whatever_pairs_are_read_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pairs' vectors are gathered a small chunk at a time (cache-sized); a cosine must
    not depend on where its pair falls, or grouping would change with the chunk."""
    rng = np.random.default_rng(5)
    vectors = rng.standard_normal((40, 512)).astype(np.float32)
    a, b = rng.integers(0, 40, 300), rng.integers(0, 40, 300)
    whole = np.einsum("ij,ij->i", vectors[a], vectors[b])
    monkeypatch.setattr(_similarity, "_COSINE_CHUNK", 7)  # chunks that split the pairs unevenly
    assert np.array_equal(_similarity._row_cosines(vectors, a, b), whole)


def test_a_block_of_common_words_is_the_sparse_product() -> None:
    """Terms that many rows share are multiplied out densely, the rest sparsely."""
    rng = np.random.default_rng(11)
    dense_a = rng.random((30, 50)) * (rng.random((30, 50)) < 0.2)
    dense_b = rng.random((40, 50)) * (rng.random((40, 50)) < 0.2)
    dense_a[:, :3], dense_b[:, :3] = rng.random((30, 3)), rng.random((40, 3))  # in every row
    a = sparse.csr_matrix(dense_a.astype(np.float32))
    b = sparse.csr_matrix(dense_b.astype(np.float32))
    assert np.allclose(_sparse_cosines(a, b), dense_a @ dense_b.T, atol=1e-5)
    rare = sparse.csr_matrix(np.eye(5, 50, dtype=np.float32))
    assert np.array_equal(_sparse_cosines(rare, rare), np.eye(5, dtype=np.float32))


def test_across_languages_only_the_names_both_scripts_write_count() -> None:
    """A Chinese headline's own names (程国梁, 沈州) cannot meet an English report: they
    neither add to nor thin out what the two share, in a pair, a block or a story."""
    items = [
        item(1, "Lumina Labs raises $500 million"),
        item(2, "沈州程国梁：Lumina Labs完成5亿美元融资", language="zh"),
        item(3, "Lumina Labs完成5亿美元融资", language="zh"),
    ]
    rep = build_representation(embedded(items), TermCache())
    left, right = np.asarray([0, 0, 1]), np.asarray([1, 2, 2])
    names = pair_signals(rep, left, right).names
    assert names[0] == pytest.approx(names[1]) == pytest.approx(1.0)  # en–zh, with or without
    assert names[2] < 1.0  # zh–zh: their Chinese names count
    no_neighbours = sparse.csr_matrix((3, 3), dtype=np.float32)
    block = block_final_scores(rep, no_neighbours, np.arange(3), np.arange(3), Weights())
    pairs = pair_scores(rep, left, right, Weights())
    expected = final_scores(pairs, np.zeros(len(left), dtype=np.float32), Weights())
    assert np.allclose(block[left, right], expected, atol=1e-5)
    stories = story_representation(rep, [[0], [1, 2]])
    assert pair_signals(stories, np.asarray([0]), np.asarray([1])).names[0] == pytest.approx(1.0)


def _names_cosine(titles: list[str]) -> float:
    items = embedded([item(n, title) for n, title in enumerate(titles)])
    rep = build_representation(items, TermCache())
    return float(pair_signals(rep, np.asarray([0]), np.asarray([1])).names[0])


def test_a_headlines_opening_name_counts_where_other_reports_name_it() -> None:
    quake = ["Kessary earthquake: at least 30 killed", "Death toll from Kessary quake rises"]
    assert _names_cosine(quake) > 0.5


def test_an_opening_word_that_others_write_in_lower_case_stays_a_word() -> None:
    jury = [
        "Jury finds office gunman guilty",
        "Jury Convicts Man In Shooting",
        "The jury heard from witnesses",
        "A jury acquits the driver",
    ]
    assert _names_cosine(jury) == 0


def test_two_magnitudes_or_two_milestones_are_two_events_but_two_amounts_may_be_one() -> None:
    """A quake's magnitude and the mark a count crossed are the same in every report of
    the event; a round's size and its valuation are two amounts of one deal."""
    titles = [
        "青原发生5.3级地震",  # 0
        "#青原5.3级地震#",  # 1
        "青原再发4.2级余震",  # 2
        "远山谣票房破5亿",  # 3
        "暮色长河票房破10亿",  # 4
        "星河智能完成5亿美元融资",  # 5
        "星河智能估值达50亿美元",  # 6
    ]
    items = [item(n, title, language="zh") for n, title in enumerate(titles)]
    rep = build_representation(embedded(items), TermCache())
    left, right = np.asarray([0, 0, 3, 5, 0]), np.asarray([1, 2, 4, 6, 3])
    assert figures_differ(rep, left, right).tolist() == [False, True, True, False, False]
    block = figures_differ_block(rep, np.arange(len(items)), np.arange(len(items)))
    assert np.array_equal(block[left, right], figures_differ(rep, left, right))
    assert np.array_equal(block, block.T)


def test_a_magnitude_revised_by_a_tenth_or_two_is_still_one_quake() -> None:
    """A first estimate is revised (a preliminary 5.9 made 5.7) and agencies round apart;
    a figure further off is another quake, in English as in Chinese."""
    titles = [
        "Magnitude 5.9 quake shakes Tarvel valley",  # 0
        "Tarvel quake downgraded to 5.7",  # 1 (no magnitude word by the figure: a count)
        "5.7-magnitude earthquake rattles Tarvel",  # 2
        "Tarvel hit by 4.8 aftershock",  # 3
        "塔维尔发生5.8级地震",  # 4
    ]
    items = [item(n, title, language="zh" if n == 4 else "en") for n, title in enumerate(titles)]
    rep = build_representation(embedded(items), TermCache())
    left, right = np.asarray([0, 0, 2, 0, 3]), np.asarray([1, 2, 4, 3, 4])
    assert figures_differ(rep, left, right).tolist() == [False, False, False, True, True]
    block = figures_differ_block(rep, np.arange(len(items)), np.arange(len(items)))
    assert np.array_equal(block[left, right], figures_differ(rep, left, right))
    signals = pair_signals(rep, left, right)
    assert signals.clash.tolist() == [False, False, False, True, True]


def test_two_games_of_one_team_with_two_scores_are_two_events() -> None:
    titles = [
        "Harbour City beat Vell Rangers 27-20 to clinch playoff spot",  # 0
        "Rangers lose 20-27 to Harbour City",  # 1
        "Harbour City clinch playoff berth with 31-24 victory over Dunmore",  # 2
    ]
    items = [item(n, title) for n, title in enumerate(titles)]
    rep = build_representation(embedded(items), TermCache())
    left, right = np.asarray([0, 0]), np.asarray([1, 2])
    assert figures_differ(rep, left, right).tolist() == [False, True]


def test_a_headline_naming_a_people_names_its_place_where_the_batch_names_it() -> None:
    """Outlets swap a place for its people's adjective ("Tarvelian", "Tarveli"): beside
    reports naming Tarvel, the adjective is the same name; with no such report it stays
    what it was, and an article's names are left as they are."""
    titles = [
        "Rail workers walk out in Tarvel",  # 0
        "Most trains cancelled as Tarvelian railways strike",  # 1
        "Ministers of two Orsanese parties meet",  # 2: no Orsa named in the batch
    ]
    items = [item(n, title) for n, title in enumerate(titles)]
    article = item(
        3, "Talks as Tarvelian unions meet", "Unions met ministers in the capital on Friday."
    )
    cache = TermCache()
    rep = build_representation(embedded([*items, article]), cache)
    names = rep.names.toarray()
    place = cache.names["tarvel"]
    assert names[0, place] > 0 and names[1, place] > 0
    assert names[3, place] == 0  # an article keeps its own spelling
    assert "orsanese" in cache.tokens(2)[1] and names[2, cache.names["orsanese"]] > 0
