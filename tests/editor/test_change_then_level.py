"""A change and the level it reached, written as one run ("增长30%至5亿元", "up 30% to $5
billion"): two figures, not a range from one to the other.

A range's two ends are one kind of figure (10亿至20亿元, 20% to 30%); a percentage
followed by an amount, or a change in points followed by a percentage, is the change and
where it ended.  Read as a range, the run was a percentage of 3 billion and 5 billion
(30 read with the second end's scale), so a text that gives the same facts in another
order was flagged on both figures.
"""

from __future__ import annotations

import pytest

from newsdesk.editor import Evidence, unsupported
from newsdesk.editor._numbers import quantities

PAIRS = [
    ("星澜科技第三季度营收同比增长30%至5亿元。", "星澜科技第三季度营收5亿元，同比增长30%。"),
    ("Acme's revenue rose 30% to $5 billion.", "Acme's revenue was $5 billion, up 30%."),
    ("Acme's revenue rose 30 percent to 5 billion dollars.", "Acme made $5 billion, up 30%."),
]


@pytest.mark.parametrize(("source", "text"), PAIRS + [(t, s) for s, t in PAIRS])
def test_a_change_then_its_level_is_supported_in_either_order(source: str, text: str) -> None:
    assert [c.text for c in unsupported(text, Evidence.build([source]))] == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("增长30%至5亿元", [((30.0,), "%"), ((5e8,), "¥")]),
        ("up 30% to $5 billion", [((30.0,), "%"), ((5e9,), "$")]),
        ("提升12个百分点至85%", [((12.0,), "pp"), ((85.0,), "%")]),
        # one kind of figure at both ends: a range, as before
        ("20% to 30%", [((20.0, 30.0), "%")]),
        ("3.5%至4%", [((3.5, 4.0), "%")]),
        ("50亿至60亿美元", [((5e9, 6e9), "$")]),
        ("$5-6 billion", [((5e9, 6e9), "$")]),
    ],
)
def test_a_range_has_one_kind_of_figure_at_both_ends(
    text: str, read: list[tuple[tuple[float, ...], str]]
) -> None:
    assert [(q.values, q.unit) for q in quantities(text)] == read


def test_a_change_moved_onto_the_level_is_still_flagged() -> None:
    evidence = Evidence.build(["星澜科技营收同比增长30%至5亿元。"])
    assert [c.text for c in unsupported("星澜科技营收同比增长50%至5亿元。", evidence)] == ["50%"]
