"""The desk's pages word what the core says in the page's language: a category by the
name the digest's sections carry, never by its key."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from newsdesk.model import Phrase
from newsdesk.web._strings import phrased, strings

UTC = ZoneInfo("UTC")
QUOTA = Phrase(
    "quota", "a lead slot reserved for open_source (quota)", (("category", "open_source"),)
)
CAP = Phrase(
    "category_cap",
    "the lead already has 3 models (max_per_category)",
    (("cap", 3), ("category", "models")),
)
NAMES = {"open_source": "开源与工具", "models": "大模型与技术"}


def test_a_quota_or_a_cap_names_its_category_as_the_sections_do() -> None:
    assert phrased((QUOTA,), strings("zh"), UTC, NAMES) == "为 开源与工具 预留的要闻名额（配额）"
    assert phrased((CAP,), strings("zh"), UTC, NAMES) == (
        "要闻中已有 3 条 大模型与技术（max_per_category）"
    )


def test_a_category_the_names_do_not_hold_keeps_its_key() -> None:
    assert phrased((QUOTA,), strings("en"), UTC, {}) == (
        "a lead slot reserved for open_source (quota)"
    )
