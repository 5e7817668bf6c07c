"""The verifier on the shapes the seventh fresh set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_fresh7.jsonl``: digest entries written
from Chinese items of three makinotes days no earlier set used, measured before any of its
shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

USERS = "Lumio 助手的月活破亿，成为同类产品第一。"
OUTLOOK = "报告展望未来两年的芯片市场：需求仍将增长。"
TUTOR = "Lumio 推出一款 AI 答疑平板，面向中学生。"
DEVICES = "公司将向“AI+终端”场景延伸。"
NEWSLETTER = "Corvid 周报 No.42：聊聊模型评测。"
CASES = [
    # A scale alone after a word that says it was passed (破亿, 过万) is one of it: "100
    # million" states it, "10 million" does not.
    ("破亿 as 100 million", USERS, "Lumio's assistant passed 100 million monthly users.", None),
    (
        "破亿 as 10 million",
        USERS,
        "Lumio's assistant passed 10 million monthly users.",
        "10 million",
    ),
    ("破亿 as a billion", USERS, "Lumio's assistant passed 1 billion monthly users.", "1 billion"),
    ("过万 as 10,000", "首批订单过万，一周售罄。", "The first orders passed 10,000.", None),
    # Years counted in Chinese numerals (五年) are a count, as days (五天) are, compared
    # with the sources' counts of years; sources that count none say nothing against it.
    ("five years for two", OUTLOOK, "报告展望未来五年的芯片市场。", "五年"),
    ("three years for two", OUTLOOK, "未来三年芯片需求仍将增长。", "三年"),
    ("two years kept", OUTLOOK, "报告展望了未来两年的芯片市场。", None),
    ("years counted in figures", "公司成立于十年前。", "这家公司已有十年历史。", None),
    ("years the sources never count", "芯片需求仍将增长。", "未来十年芯片需求仍将增长。", None),
    ("a decade is no count", "九十年代的芯片市场很小。", "九十年代的芯片市场规模不大。", None),
    ("years of a range", "2020年至2025年，公司持续增长。", "公司连续五年增长。", None),
    ("years of no range", "2020年至2025年，公司持续增长。", "公司连续三年增长。", "三年"),
    # An English opener that is a verb by what follows it is no name: an imperative before a
    # question word, a gerund before its object.  A name followed by its verb stays one.
    ("imperative before what", TUTOR, "Describe what you need and Lumio answers it.", None),
    ("imperative before how", TUTOR, "Imagine how students use it.", None),
    ("gerund before an acronym", TUTOR, "Reaching AGI is not the aim of Lumio.", None),
    ("gerund before its object", TUTOR, "Answering homework questions is what Lumio does.", None),
    ("invented name before a verb", TUTOR, "Zentrix makes an AI tablet.", "Zentrix"),
    ("name in -ing before a verb", TUTOR, "Corning makes an AI tablet.", "Corning"),
    ("name in -ing before its past verb", TUTOR, "Hawking argued for the tablet.", "Hawking"),
    ("pinyin name in -ing", TUTOR, "Beijing students use the tablet.", "Beijing"),
    # An everyday English word opening a sentence, not written lower case elsewhere in the
    # text, is no name by its frequency and case (test_english_openers.py); an invented
    # name of the same shape stays one ("Zentrix makes", above).
    ("an adjective opening a sentence", TUTOR, "Busy students use Lumio's tablet.", None),
    ("a noun opening a sentence", TUTOR, "Setup takes a minute on Lumio's tablet.", None),
    # Everyday abbreviations (Q&A) are no names, as FAQ is not.
    ("Q&A", TUTOR, "Lumio launched an AI Q&A tablet for students.", None),
    ("a name beside Q&A", TUTOR, "Corvid launched an AI Q&A tablet for students.", "Corvid"),
    # An issue's number (Issue 42) is its number: the word is ordinary, the number checked.
    ("issue number kept", NEWSLETTER, "Issue 42 of the Corvid weekly is about evaluation.", None),
    (
        "issue number changed",
        NEWSLETTER,
        "Issue 43 of the Corvid weekly is about evaluation.",
        "43",
    ),
    # "AI-plus" spells the sources' AI+ with its sign as a word, word by word (eng25).
    ("AI-plus for AI+", DEVICES, "The company is extending into AI-plus-devices.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh7_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
