"""The ``retold`` set of ``bench/labelled.py``: the verifier's digest entries written from
makinotes items, read as ``bench/categories.py`` reports them.

Its figures say how the model reads a retelling of a labelled item only if each entry
carries its item's label, is held back with its item's day, is split as a run reads an
entry, and is never fitted on.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import labelled
from fit_categories import fitted_rows


def test_a_chinese_entry_is_its_first_sentence_over_the_rest() -> None:
    entry = "星河实验室发布新模型“北辰-4”，上下文扩展到200万token。数学基准领先。\n点评：升级。"
    assert labelled.retold_entry(entry) == (
        "星河实验室发布新模型“北辰-4”，上下文扩展到200万token。",
        "数学基准领先。\n点评：升级。",
    )


def test_an_english_entry_splits_at_its_first_full_stop_and_keeps_its_take() -> None:
    entry = "Nimbus Labs released Vela 2, a 7B model. It tops two benchmarks.\nTake: small wins."
    assert labelled.retold_entry(entry) == (
        "Nimbus Labs released Vela 2, a 7B model.",
        "It tops two benchmarks.\nTake: small wins.",
    )
    # a version number's full stop ends no sentence
    assert labelled.retold_entry("Vela 2.5 ships today")[0] == "Vela 2.5 ships today"


def test_the_link_the_verifier_fills_in_is_no_word_of_the_entry() -> None:
    title, text = labelled.retold_entry("某公司开源框架 Orbit。原文：{link}\n点评：好用。")
    assert (title, text) == ("某公司开源框架 Orbit。", "点评：好用。")
    assert labelled.retold_entry("One line. Source: {link:2026-01-29#1}")[1] == ""


def test_the_set_is_reported_only_never_fitted() -> None:
    def row(corpus: str) -> labelled.Labelled:
        item = labelled._item(1, "某公司开源框架 Orbit", "", "zh")
        return labelled.Labelled(corpus, "full", item, "products", True, False, "2026-01-29")

    kept = fitted_rows([row("makinotes"), row("retold"), row("xling")])
    assert [r.corpus for r in kept] == ["makinotes", "xling"]


@pytest.mark.skipif(not labelled.available(), reason="needs ../shared/data (makinotes)")
def test_every_entry_has_its_items_label_and_day() -> None:
    rows = labelled._makinotes_retold()
    assert len(rows) == 382
    assert Counter(r.item.language for r in rows) == {"zh": 208, "en": 174}
    held_days = {r.group for r in rows if r.held}
    assert held_days == {"2026-02-09", "2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13"}
    assert sum(r.held for r in rows) == 102
    assert all(r.held == (r.group >= labelled.HELD_MAKINOTES_FROM) for r in rows)
    # the first entry retells 2026-01-29's item 1 (a genomics model in Nature), labelled papers
    assert (rows[0].group, rows[0].category, rows[0].ai) == ("2026-01-29", "papers", True)
    assert Counter(r.category for r in rows)["compute"] == 16
    assert all(r.item.title and "{link" not in r.item.title + r.item.text for r in rows)
