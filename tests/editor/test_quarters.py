"""The verifier on quarters of a year in either language: 第三季度, 三季度, Q3, "third
quarter" and "third-quarter" are one quarter, and a text's quarter must be one the sources
name (a fourth quarter for their third is flagged); "a quarter of revenue" is a share, no
quarter of a year.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ZH = "Lumio 第三季度营收 12 亿元，同比增长 30%。"
EN = "Lumio's third-quarter revenue rose 30% to 1.2 billion yuan."
CASES = [
    ("English words for the Chinese quarter", ZH, "Lumio's third-quarter revenue rose 30%.", None),
    ("unhyphenated", ZH, "Revenue in the third quarter rose 30%.", None),
    ("a changed quarter in words", ZH, "Revenue in the fourth quarter rose 30%.", "fourth quarter"),
    (
        "a changed quarter, hyphenated",
        ZH,
        "Lumio's second-quarter revenue rose 30%.",
        "second-quarter",
    ),
    ("Q3 for the words", EN, "Lumio 的 Q3 营收增长 30%。", None),
    ("Q4 for the words", EN, "Lumio 的 Q4 营收增长 30%。", "Q4"),
    ("Chinese for the words", EN, "Lumio 三季度营收增长 30%。", None),
    ("a changed Chinese quarter", EN, "Lumio 第一季度营收增长 30%。", "第一季度"),
    ("opening a sentence: a quarter, not a name", ZH, "Third-quarter revenue rose 30%.", None),
    ("opening a sentence, changed", ZH, "Fourth-quarter revenue rose 30%.", "Fourth-quarter"),
    # a share, compared as a fraction (test_scales_and_shares.py): EN gives no 25%
    ("a share, not a quarter", EN, "A quarter of Lumio's revenue grew 30%.", "A quarter"),
    (
        "a share, not a quarter, stated",
        "Lumio 25% 的营收来自海外。",
        "A quarter of Lumio's revenue is abroad.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quarters(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
