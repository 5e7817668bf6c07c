"""Copies (reposts, syndication, a hot list quoting a summary) link to their original."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

import numpy as np
from desk_helpers import item

from newsdesk.desk import DeskItem, find_duplicates
from newsdesk.desk._dedup import (
    DEDUP_CHARS,
    LEAD_CHARS,
    SHINGLE,
    _band_pairs,
    _flat_codes,
    _shared,
    shingle_hashes,
    states_new_facts,
)
from newsdesk.desk._text import nfkc

ARTICLE = item(
    1,
    "云帆机器人发布第三代人形机器人Atlas-3",
    "云帆机器人今日在深圳发布第三代人形机器人Atlas-3，身高1.72米，全身42个自由度，"
    "单次充电可连续工作6小时，售价19.8万元，首批500台将于9月交付汽车工厂。公司创始人"
    "陈若海表示，Atlas-3的灵巧手可完成拧螺丝、插线束等精细装配动作。",
    language="zh",
)


def _later(n: int, hours: float = 2, **changes: Any) -> DeskItem:
    assert ARTICLE.time is not None
    return replace(
        ARTICLE,
        id=n,
        key=f"https://copy.example/{n}",
        source_id=f"copier-{n}",
        time=ARTICLE.time + timedelta(hours=hours),
        **changes,
    )


def test_a_repost_with_a_prefix_and_a_footer_is_a_copy_of_the_original() -> None:
    repost = _later(2, title="【转载】" + ARTICLE.title, text=ARTICLE.text + "（来源：云帆官方）")
    assert find_duplicates([ARTICLE, repost], 0.85) == {2: 1}


def test_a_hot_list_entry_carrying_only_the_lead_is_a_copy() -> None:
    lead = ARTICLE.text[:90]
    entry = _later(3, title=ARTICLE.title + " | 来源：云帆机器人", text=lead)
    assert find_duplicates([ARTICLE, entry], 0.85) == {3: 1}


def test_a_longer_article_that_grew_from_a_flash_is_not_a_copy() -> None:
    flash = replace(ARTICLE, text=ARTICLE.text[:60])
    grown = _later(4, text=ARTICLE.text + "分析人士认为，这一价格将迫使同行在下半年调整定价策略。")
    assert find_duplicates([flash, grown], 0.85) == {}


def test_copies_of_copies_point_at_the_first_original() -> None:
    first = _later(5, hours=1, title="【转载】" + ARTICLE.title)
    second = _later(6, hours=3, title="【转载】" + ARTICLE.title)
    found = find_duplicates([second, first, ARTICLE], 0.85)
    assert found == {5: 1, 6: 1}


def test_bare_titles_are_never_called_copies() -> None:
    a = item(7, "Orion-5 is out")
    b = replace(a, id=8, key="https://x.example/8", source_id="other")
    assert find_duplicates([a, b], 0.85) == {}


def test_items_already_grouped_are_not_checked_again() -> None:
    repost = _later(9, title="【转载】" + ARTICLE.title, story_id="s-existing")
    assert find_duplicates([ARTICLE, repost], 0.85) == {}


def test_two_texts_from_one_template_are_not_copies() -> None:
    body = (
        "This guide walks through installing dependencies, downloading the weights and "
        "running a first prompt on a single GPU, then serving the model behind an API."
    )
    first = item(
        20, "A practical guide to fine-tuning Willow-11", body.replace("the weights", "Willow-11")
    )
    second = replace(
        first,
        id=21,
        key="https://other.example/21",
        title="A practical guide to fine-tuning Jasper-13",
        text=body.replace("the weights", "Jasper-13"),
        source_id="other",
    )
    assert find_duplicates([first, second], 0.85) == {}


def test_a_copy_may_not_state_another_amount() -> None:
    amended = _later(22, text=ARTICLE.text.replace("19.8万元", "29.8万元"))
    assert find_duplicates([ARTICLE, amended], 0.85) == {}


def test_two_chinese_texts_from_one_template_are_not_copies() -> None:
    body = (
        "公司今日发布大模型一体机，预装自研推理框架，单台可支持千亿参数模型部署，"
        "面向政务、金融和制造业客户，首批产品将于下月交付，并提供三年免费升级服务。"
    )
    first = item(30, "华为发布大模型一体机，开箱即用", body, language="zh")
    second = replace(
        first,
        id=31,
        key="https://other.example/31",
        source_id="other",
        title="联想发布大模型一体机，开箱即用",
    )
    assert find_duplicates([first, second], 0.85) == {}


def test_rows_agreeing_on_a_band_pair_each_later_row_with_the_five_earliest() -> None:
    """Band candidates: in a group of rows with one band in common, every row but the
    earliest is paired with the (at most five) earliest rows before it."""
    signatures = np.arange(12 * 64, dtype=np.uint32).reshape(12, 64)  # nothing shared
    signatures[[0, 2, 3], :4] = 7  # band 0: rows 0, 2, 3
    signatures[4:, 60:] = 9  # band 15: rows 4-11
    rank = np.asarray([2, 0, 1, 3, 11, 10, 9, 8, 7, 6, 5, 4])  # row 2, then 0, then 3
    later, earlier = _band_pairs(signatures, rank)
    pairs = set(zip(later.tolist(), earlier.tolist(), strict=True))
    by_rank = [11, 10, 9, 8, 7, 6, 5, 4]  # rows 4-11, earliest first
    expected = {(0, 2), (3, 2), (3, 0)} | {
        (by_rank[p], by_rank[e]) for p in range(1, 8) for e in range(min(p, 5))
    }
    assert pairs == expected
    assert len(later) == len(pairs)  # each pair once


def test_the_shared_shingles_of_two_texts_are_counted_exactly() -> None:
    """Containment is counted by binary search in the other text's sorted hashes: the
    count must be the number of hashes both hold, whatever their sizes."""
    rng = np.random.default_rng(3)
    for size_a, size_b in ((50, 80), (80, 50), (1, 1), (30, 0), (200, 3)):
        a = np.unique(rng.integers(0, 300, size_a)).astype(np.uint32)
        b = np.unique(rng.integers(0, 300, size_b)).astype(np.uint32)
        assert _shared(a, b) == len(np.intersect1d(a, b))


def test_a_later_item_states_new_facts_by_a_headline_name_or_a_figure_the_earlier_lacks() -> None:
    footer = _later(2, text=ARTICLE.text + "（来源：云帆官方）")
    renamed = _later(3, title=ARTICLE.title.replace("云帆", "星河"))
    repriced = _later(4, text=ARTICLE.text.replace("19.8万元", "21.5万元"))
    fewer = _later(5, text=ARTICLE.text.split("，身高")[0] + "。")
    assert not states_new_facts(footer, ARTICLE)
    assert states_new_facts(renamed, ARTICLE)
    assert states_new_facts(repriced, ARTICLE)
    assert not states_new_facts(fewer, ARTICLE)  # figures it leaves out are no new ones
    assert states_new_facts(ARTICLE, fewer)


def _flat(text: str) -> str:
    """What copy-finding shingles of a text, as the store's min-hashes were made: its
    NFKC form in lower case without anything a regular expression's ``[\\W_]`` matches."""
    return re.sub(r"[\W_]+", "", nfkc(text).lower())


def _reference_hashes(text: str, limit: int = DEDUP_CHARS) -> np.ndarray:
    """A text's shingle hashes computed one shingle at a time, as the store's min-hashes
    were made: the polynomial hash (base 1,000,003) of the 4 code points modulo 2**32,
    then MurmurHash3's finaliser, sorted and distinct."""
    flat = _flat(text)[:limit]
    flat = flat.ljust(SHINGLE, "\0") if flat else flat
    found = set()
    for start in range(len(flat) - SHINGLE + 1):
        h = 0
        for char in flat[start : start + SHINGLE]:
            h = (h * 1_000_003 + ord(char)) % 2**32
        h ^= h >> 16
        h = (h * 0x85EBCA6B) % 2**32
        h ^= h >> 13
        h = (h * 0xC2B2AE35) % 2**32
        h ^= h >> 16
        found.add(h)
    return np.asarray(sorted(found), dtype=np.uint32)


def test_shingle_hashes_are_the_stored_definition_whatever_the_batch() -> None:
    """Min-hashes are stored with items and compared with later days' ones, so a text's
    shingle hashes must stay what they were, however many texts are hashed with it:
    short and empty texts, code points past 16 bits, and a text past the limit."""
    texts = [ARTICLE.title, ARTICLE.text, "", "AI", "𠮷野家 ﬁne-tuning 𠮷野家", ARTICLE.text * 3]
    batched = shingle_hashes(texts)
    for text, hashes in zip(texts, batched, strict=True):
        assert hashes.dtype == np.uint32
        assert np.array_equal(hashes, _reference_hashes(text))
    assert np.array_equal(
        shingle_hashes([texts[1]], LEAD_CHARS)[0], _reference_hashes(texts[1], LEAD_CHARS)
    )


#: Pieces whose flat form depends on their neighbours, or that change length in it: a
#: final sigma (before a space or a stop), combining accents (after a space too),
#: Hangul jamo that compose, full-width letters and digits, ligatures, a squared word, a
#: circled digit, a dotted capital I, a long s, a Kelvin sign, a character past 16 bits.
_AWKWARD = [
    "ΟΔΟΣ", "σ", ".", ":", "'", " ", "\u0301", "\u0327", "e\u0301", "\u1100\u1161\u11a8",
    "ＡＩ", "２０２６", "，", "　", "ﬁne", "㍿", "①", "İ", "ſ", "\u212a", "𠮷", "谷歌", "云",
    "7", "-", "Nvidia", "\u0b47\u0b3e", "😀", "𝟘", "_",
]  # fmt: skip


def test_the_characters_shingled_are_those_of_the_stored_definition() -> None:
    """A text's letters and digits are read from as much of it as its limit needs, and
    must be the start of the whole text's flat form (the min-hashes made from them are
    stored): awkward characters at the cut and anywhere else, and every limit."""
    texts = [
        ARTICLE.text * 2,
        "ΟΔΟΣ " * 60 + "end",
        "ΟΔΟΣ.ΟΔΟΣ'Α:" * 60,
        "A long road. " * 40 + "ΟΔΟΣ\u0301 x",
        "谷歌云" * 100 + " ＡＩ ２０２６ " * 20,
        " \u0301" * 200,
        "\u1100\u1161 \u11a8" * 100,
    ]
    for after in (".", "'", ":", "\u0301", "\u11a8", " ", "7", "谷", "\u3000"):
        # a head cut before ``after`` would end its flat form where the limit ends
        for limit in (4, LEAD_CHARS):
            texts.append("-" * (2 * limit - 1) + "Α" * (limit - 1) + "Σ" + after + "β" * 9)
            texts.append("-" * (2 * limit - 1) + "a" * (limit - 1) + "e" + after + "b" * 9)
            texts.append("-" * (2 * limit - 1) + "가" * (limit - 1) + "\u1100\u1161" + after)
    rng = random.Random(20261207)
    texts += ["".join(rng.choices(_AWKWARD, k=rng.randint(0, 300))) for _ in range(400)]
    for limit in (1, 4, LEAD_CHARS, 100, DEDUP_CHARS):
        codes, counts = _flat_codes(texts, limit)
        assert codes.dtype == np.uint32
        flat = "".join(map(chr, codes.tolist()))
        assert len(flat) == counts.sum()
        starts = np.cumsum(counts) - counts
        for text, start, count in zip(texts, starts.tolist(), counts.tolist(), strict=True):
            assert flat[start : start + count] == _flat(text)[:limit]
