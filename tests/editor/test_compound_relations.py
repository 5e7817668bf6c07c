"""The verifier on a name a hyphen makes a modifier of ownership or funding (Nvidia-backed,
SpaceX-owned, Sequoia-led): the name is checked as any name is, and the sources must state
the relation its word names beside the name (英伟达投资, 被 SpaceX 收购, 红杉领投), as they
must for Claude-based or Beijing-based.  A backer the sources call an owner, or another
backer, is flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ROUND = "英伟达投资的初创公司澜石获得2亿美元融资，本轮由红杉中国领投。"
BOUGHT = "去年10月，SpaceX 收购了 Orbitalis，后者计划明年上市。"
CASES = [
    ("backed, as the sources", ROUND, "Nvidia-backed startup Lanshi raised $200 million.", None),
    ("backed before the name", ROUND, "Nvidia-backed Lanshi raised $200 million.", None),
    ("backed, in a clause", ROUND, "Lanshi, an Nvidia-backed startup, raised $200 million.", None),
    (
        "another backer",
        ROUND,
        "Google-backed Lanshi raised $200 million.",
        "Google-backed Lanshi",
    ),
    (
        "a backer called an owner",
        ROUND,
        "Nvidia-owned Lanshi raised $200 million.",
        "Nvidia-owned Lanshi",
    ),
    (
        "led, as the sources",
        ROUND,
        "The Sequoia-led round raised $200 million for Lanshi.",
        None,
    ),
    ("owned, as the sources", BOUGHT, "Orbitalis, now SpaceX-owned, plans a listing.", None),
    ("another owner", BOUGHT, "Orbitalis, now Tesla-owned, plans a listing.", "Tesla-owned"),
]


@pytest.mark.parametrize(("case", "source", "text", "claim"), CASES, ids=[c[0] for c in CASES])
def test_a_relation_a_hyphen_states_is_the_sources(
    case: str, source: str, text: str, claim: str | None
) -> None:
    assert flagged(text, source) == ([claim] if claim else [])
