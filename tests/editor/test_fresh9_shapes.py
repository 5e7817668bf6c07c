"""The verifier on the shapes the ninth fresh set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_fresh9.jsonl``: texts written about
entries of published digests, vocabulary the verifier was never tuned on, measured before
any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; the alias
rows name real bodies and people, as the alias and terms tables do).  ``wrong`` is the
claim that must be flagged, as the verifier writes it, or None when the text states
nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets wrong; each
says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LISTED = "Corvid 在港交所上市，首日上涨 20%。"
REPORT = "联合国发布了 Lumio 参与编写的 AI 报告，图灵奖得主本吉奥为报告作序。"
ROUND = "Lumio 完成新一轮融资，沙特阿美领投。"
CUSTOMERS = "财富500强中已有 40 家使用 Lumio。"
REVENUE = "Lumio 年化收入 3 亿美元，其中 Orbit 编程工具年收入超 1 亿美元。"
SPLIT_YEAR = "Lumio 年化收入 3 亿美元，单季营收 1 亿美元。"
CODING = "Corvid 的新模型编码能力接近 Opus。"
RELEASE = "Lumio 迎来一次重构，发布了 2.0 版本，部署速度提升近 3 倍。"
CASES = [
    # Places, bodies, awards and people with an English name Chinese writes its own way.
    ("Hong Kong for 港交所", LISTED, "Corvid rose 20% on its first day in Hong Kong.", None),
    ("港股 for Hong Kong", "Corvid 港股上市首日上涨 20%。", "Corvid listed in Hong Kong.", None),
    ("another city", LISTED, "Corvid rose 20% on its first day in Singapore.", "Singapore"),
    ("UN for 联合国", REPORT, "The UN's AI report was written with Lumio.", None),
    ("another body", REPORT, "The OECD's AI report was written with Lumio.", "OECD's"),
    ("Turing Award for 图灵奖", REPORT, "A Turing Award winner wrote the preface.", None),
    ("Bengio for 本吉奥", REPORT, "Bengio wrote the preface to the UN report.", None),
    ("another scientist", REPORT, "Hinton wrote the preface to the UN report.", "Hinton"),
    ("Saudi Aramco for 沙特阿美", ROUND, "Lumio's round was led by Saudi Aramco.", None),
    ("another investor", ROUND, "Lumio's round was led by Mubadala.", "Mubadala"),
    # Fortune is the magazine 《财富》: its list keeps its number in either script.
    ("Fortune 500 for 财富500强", CUSTOMERS, "40 of the Fortune 500 use Lumio.", None),
    ("another Fortune list", CUSTOMERS, "40 of the Fortune 100 use Lumio.", "100"),
    # A word derived by -ise/-ize from an everyday base opens a sentence as the base does.
    ("Annualised opens", REVENUE, "Annualised revenue at Lumio is $300 million.", None),
    ("Annualized opens", REVENUE, "Annualized revenue at Lumio is $300 million.", None),
    (
        "a wrong figure after it",
        REVENUE,
        "Annualised revenue at Lumio is $500 million.",
        "$500 million",
    ),
    # A period before a measure (年化, annualised) is one word in either script: the
    # sources' 年化收入 is the text's annualised revenue, not the product's 年收入.
    (
        "annualised revenue for 年化收入",
        REVENUE,
        "Lumio's annualised revenue is $300 million, and Orbit alone brings in more"
        " than $100 million a year.",
        None,
    ),
    (
        "年化收入 said again beside a product's 年收入",
        "Lumio 年化收入 3 亿美元，Lumio Code 年收入超 1 亿美元。",
        "Lumio 的年化收入为 3 亿美元。",
        None,
    ),
    (
        "the product's revenue given the company",
        REVENUE,
        "Lumio's annualised revenue is $100 million.",
        "$100 million",
    ),
    (
        "a quarter's revenue given the year",
        SPLIT_YEAR,
        "Lumio's annualised revenue is $100 million.",
        "$100 million",
    ),
    # A lower-case modifier before a name's hyphen (near-Opus) is no part of the name.
    ("near- before a name", CODING, "Corvid's new model offers near-Opus coding.", None),
    (
        "another name after near-",
        CODING,
        "Corvid's new model offers near-Gemini coding.",
        "near-Gemini",
    ),
    # A version the sources call one apart from the name (发布了 2.0 版本, version 2.0).
    ("a version said with 版本", RELEASE, "Lumio 2.0 deploys nearly three times faster.", None),
    ("version said in English", "Lumio released version 2.0 today.", "Lumio 2.0 is out.", None),
    ("another version", RELEASE, "Lumio 3.0 deploys nearly three times faster.", "Lumio 3.0"),
    (
        "another name's version",
        RELEASE,
        "Corvid 2.0 deploys nearly three times faster.",
        "Corvid 2.0",
    ),
    (
        "a version another name holds",
        "Corvid 发布了 Lumio 新模型，Nimbus 2.0 版同时上线。",
        "Lumio 2.0 is out.",
        "Lumio 2.0",
    ),
]

KNOWN_GAPS = [
    # A role is read with a name beside it; one said of people the sentence only counts
    # (三位投资人, "its three co-founders") is unchecked, and 投资人 is no role.
    (
        "a role of counted people",
        "Corvid 被 Lumio 收购，三位联合创始人将加入 Lumio。",
        "Corvid 被 Lumio 收购，三位投资人将加入 Lumio。",
        "投资人",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh9_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh9_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
