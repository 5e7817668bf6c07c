"""The verifier on capitalised everyday English words a writer puts for their Chinese:
in Chinese prose a word stands where the sources' Chinese stood (Plan 模式 for 计划模式,
新增 Shopping 功能 for 新增购物功能), so it is supported when its translation, with the
two characters after it (the head it modifies), or before it where none follow, is the
sources' text; in a term of two or more words a word may be the sources' own Latin word
(the AI of "AI Mode" for AI 模式).  A word whose translation the sources lack, or put
before another head, is still flagged.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MODE = "搜索引擎推出 AI 模式，支持多轮追问。"
PLAN = "这款编程工具新增计划模式，先规划再修改代码。"
SHOP = "这款聊天助手新增购物功能，可以比较商品价格。"
CASES = [
    # non-misses: the word for the sources' Chinese
    ("a modifier before its head", PLAN, "这款编程工具新增 Plan 模式。", None),
    ("a term of two words", PLAN, "这款编程工具新增 Plan Mode，先规划再修改代码。", None),
    ("a head after its verb", SHOP, "这款聊天助手新增 Shopping 功能。", None),
    ("the sources' own Latin word in the term", MODE, "搜索引擎推出 AI Mode，支持多轮追问。", None),
    ("the term in English prose", MODE, "The search engine launched AI Mode.", None),
    (
        "a word before a phrase's end",
        "用户可以在设置中开启这项功能。",
        "用户可以在 Settings 中开启这项功能。",
        None,
    ),
    # misses: a word of the writer's, or another head
    ("a word the sources lack", SHOP, "这款聊天助手新增 Pulse 功能。", "Pulse"),
    ("another translation's word", SHOP, "这款聊天助手新增 Health 功能。", "Health"),
    ("another head", PLAN, "这款编程工具新增 Plan 功能。", "Plan"),
    ("a word with no translation", PLAN, "这款编程工具新增 Debug 模式。", "Debug"),
    (
        "another head after a function word",
        "手机厂商发布了新的健康功能。",
        "手机厂商发布了新的 Health 应用。",
        "Health",
    ),
    (
        "a name before the sources' word",
        MODE,
        "The search engine launched Gemini Mode.",
        "Gemini Mode",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_translated_words(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
