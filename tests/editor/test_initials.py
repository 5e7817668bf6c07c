"""The verifier on a person named with initials (C.C. Wei): the initials are part of the
name, so a role before it is the person's and is compared with the roles the sources give
them, as for a name without initials.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CHAIR = "台积电董事长魏哲家表示，先进封装产能明年将翻倍。"
CASES = [
    (
        "the role the source gives",
        CHAIR,
        "TSMC chairman C.C. Wei said capacity would double.",
        None,
    ),
    (
        "another role before the initials",
        CHAIR,
        "TSMC CEO C.C. Wei said capacity would double.",
        "CEO",
    ),
    (
        "the role after the name",
        CHAIR,
        "C.C. Wei, TSMC's chairman, said capacity would double.",
        None,
    ),
    ("another role, pinyin name", CHAIR, "TSMC CEO Wei Zhejia said capacity would double.", "CEO"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_initials(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
