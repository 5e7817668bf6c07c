"""The verifier on the English names of Chinese mobility and retail platforms, as a
retelling writes them: the alias table's (Caocao Mobility for 曹操出行, Taobao Instant
Commerce for 淘宝闪购, DiDi Global for 滴滴出行), and another company's platform flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

FLEET = "曹操出行计划到2030年投放10万辆定制Robotaxi，滴滴出行同日发布新车型。"
RETAIL = "阿里将继续大投入淘宝闪购，与美团争夺即时零售市场。"
CASES = [
    ("a ride-hailer's English name", FLEET, "Caocao Mobility plans 100,000 robotaxis.", None),
    ("another's listed name", FLEET, "DiDi Global unveiled a new model the same day.", None),
    ("a name no table holds", FLEET, "Didi Mobility unveiled a new model.", "Didi Mobility"),
    (
        "a platform's English name",
        RETAIL,
        "Alibaba keeps investing in Taobao Instant Commerce.",
        None,
    ),
    (
        "another's platform",
        RETAIL,
        "Alibaba keeps investing in Meituan Instant Commerce.",
        "Meituan Instant Commerce",
    ),
]


@pytest.mark.parametrize(("case", "source", "text", "claim"), CASES, ids=[c[0] for c in CASES])
def test_a_platforms_english_name_is_the_tables(
    case: str, source: str, text: str, claim: str | None
) -> None:
    assert flagged(text, source) == ([claim] if claim else [])
