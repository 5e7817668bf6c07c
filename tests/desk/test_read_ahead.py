"""Reading a batch's texts ahead, half in a forked process: the same readings, the same
terms, the same vocabularies as reading them one by one."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.desk import _read_ahead
from newsdesk.desk._read_ahead import MIN_TEXTS, read_text, read_texts
from newsdesk.desk._similarity import TermCache

#: Headlines and leads of our own, in both scripts, varied by a number so that a batch
#: has more than MIN_TEXTS distinct texts.
_TITLES = (
    "Lumina Labs raises ${n} million for Orion-{n} chips",
    "Kessary quake: magnitude 5.{n} tremor hits the coast on March {n}",
    "星河科技发布 Nimbus {n} 大模型，参数达{n}亿",
    "#雾港定档#第{n}季",
    "Yellen: rates to stay low through {n}",
    "月之暗面完成{n}亿美元融资，估值超过{n}0亿美元",
)
_LEADS = ("", "The company said on Monday that {n} engineers joined. 公司表示将扩大团队。")


def _batch(size: int) -> list[tuple[str, str]]:
    texts = [
        (title.format(n=n), lead.format(n=n))
        for n in range(size)
        for title in _TITLES
        for lead in _LEADS
    ]
    return texts[:size]


def test_a_large_batch_reads_the_same_in_two_processes_as_in_one() -> None:
    texts = _batch(MIN_TEXTS + 37)
    assert read_texts(texts) == [read_text(title, text) for title, text in texts]


def test_a_batch_reads_the_same_when_no_process_can_be_forked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_process(*args: object, **kwargs: object) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(_read_ahead, "ProcessPoolExecutor", no_process)
    texts = _batch(MIN_TEXTS)
    assert read_texts(texts) == [read_text(title, text) for title, text in texts]


def test_terms_read_ahead_are_the_terms_read_one_by_one_with_the_same_ids() -> None:
    """The vocabularies number words as text_terms meets them, read ahead or not, so
    every item's ids, counts and openers are the same."""
    texts = _batch(MIN_TEXTS + 5)
    ahead, one_by_one = TermCache(), TermCache()
    ahead.read_ahead(texts)
    for item, (title, text) in enumerate(texts):
        a, b = ahead.text_terms(item, title, text), one_by_one.text_terms(item, title, text)
        assert np.array_equal(a.word_ids, b.word_ids)
        assert np.array_equal(a.word_counts, b.word_counts)
        assert np.array_equal(a.name_ids, b.name_ids)
        assert np.array_equal(a.money_ids, b.money_ids)
        assert a.currencies == b.currencies
        assert ahead.title_openers(title) == one_by_one.title_openers(title)
    assert ahead.words == one_by_one.words
    assert ahead.names == one_by_one.names


def test_a_small_batch_is_read_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under MIN_TEXTS a forked reader would cost more than it saves."""

    def forked(*args: object, **kwargs: object) -> None:
        raise AssertionError("a small batch forked a reader")

    monkeypatch.setattr(_read_ahead, "ProcessPoolExecutor", forked)
    texts = _batch(MIN_TEXTS - 1)
    assert read_texts(texts) == [read_text(title, text) for title, text in texts]
