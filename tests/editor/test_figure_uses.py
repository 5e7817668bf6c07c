"""How the sources state each figure (``uses``), on the long text of many sources the
verifier reads at once: the digits of a figure with a unit, read loosely, are no second
statement of no unit, wherever the figure stands among hundreds of others."""

from __future__ import annotations

from newsdesk.editor._attach import Use, uses
from newsdesk.editor._numbers import loose_quantities, quantities

#: Four hundred sources' lines, each with its growth in percent, then one bare count.
LINES = [f"Orbit云业务收入同比增长{n}%。" for n in range(1, 401)] + ["团队现有23人。"]
TEXT = "\n".join(LINES)
FOUND = quantities(TEXT) + loose_quantities(TEXT)
SHARE = Use("%±", frozenset({"revenue"}))


def test_a_percentage_read_loosely_is_no_second_statement_anywhere_in_a_long_text() -> None:
    stated = uses(TEXT, FOUND)
    assert any(not q.unit and q.values == (7.0,) for q in FOUND)  # 7% is also read as 7
    for value in (1.0, 7.0, 200.0, 400.0):
        assert stated[value] == frozenset({SHARE}), value


def test_a_bare_figure_is_its_own_statement_beside_the_same_figure_with_a_unit() -> None:
    stated = uses(TEXT, FOUND)
    assert SHARE in stated[23.0]
    assert {u.dimension for u in stated[23.0]} == {"%±", "count"}
