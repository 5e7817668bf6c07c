"""The verifier on a product's edition and its parts glossed in English after the
Chinese (企业版（Enterprise）, 审计日志（Audit Logs）): the gloss translates the words before
it and states nothing new.  Another tier (Business for 企业版) or another part (Access
Logs for 审计日志) is a name the sources do not give, and is flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LAUNCH = "星图软件为企业客户推出 Atlas 企业版，支持审计日志、权限管理和 Slack 插件。"
CASES = [
    ("an edition glossed", LAUNCH, "星图推出 Atlas 企业版（Enterprise）。", None),
    ("another tier glossed", LAUNCH, "星图推出 Atlas 企业版（Business）。", "Business"),
    ("another tier named", LAUNCH, "星图推出 Atlas Pro。", "Atlas Pro"),
    ("a part glossed", LAUNCH, "Atlas 企业版支持审计日志（Audit Logs）。", None),
    ("a plugin glossed", LAUNCH, "Atlas 企业版提供 Slack 插件（Plugin）。", None),
    ("another part glossed", LAUNCH, "Atlas 企业版支持审计日志（Access Logs）。", "Access Logs"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_edition_glosses(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
