"""The verifier on China's stock-exchange boards, which English entries name in English
(科创板: the STAR Market, 创业板: ChiNext) and which belong to their exchange (a source's
科创板 supports the Shanghai Stock Exchange).  Another board or exchange is flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LISTING = "云舟机器人已完成上市辅导，拟在科创板上市。"
CASES = [
    ("the board in English", LISTING, "Yunzhou plans to list on the STAR Market.", None),
    ("its long name", LISTING, "Yunzhou plans to list on the Sci-Tech Innovation Board.", None),
    ("its exchange", LISTING, "云舟拟登陆上交所科创板。", None),
    ("another board", LISTING, "Yunzhou plans to list on ChiNext.", "ChiNext"),
    ("another exchange", LISTING, "云舟拟登陆深交所。", "深交所"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_exchange_boards(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
