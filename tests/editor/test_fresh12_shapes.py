"""The verifier on the shapes the twelfth fresh set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_fresh12.jsonl``: entries of nine
published digests no earlier set read, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; the names
of people and bodies are real-shaped, the products invented).  ``wrong`` is the claim
that must be flagged, as the verifier writes it, or None when the text states nothing
the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets wrong; each says why,
and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

SHARES = "Lumio Systems 宣布启动 IPO，拟发行 2800 万股 A 类普通股，预计至少筹集 32.2 亿美元。"
MODEL = "Lumio K3 发布：万亿参数模型在 HLE 测试中拿下 50.2%。"
LARGER = "Lumio 发布 3 万亿参数模型，在 HLE 测试中拿下 50.2%。"
SMALLER = "Lumio 发布千亿级模型，在 HLE 测试中拿下 50.2%。"
PARAMETERS = "Lumio K3 的参数增加了 13%，在 HLE 测试中拿下 50.2%。"
ORDER = "印度信息技术部已向马斯克旗下的 Lumio 平台发出整改令，要求 72 小时内提交报告。"
CHAIR = "Lumio 集团会长崔泰源在旧金山的峰会上提出，让每个韩国人都拥有一个智能体。"
PHONE = "预计 2027 与 2028 年共计出货约 3000 万部 Lumio 手机。"
CONTRACT = "Lumio 与 OpenAI 签下为期三年的合同，预计 2027 年量产。"
CASES = [
    # An amount in billions is the sources' 亿 whatever digits each scale leaves:
    # 32.2亿 and 3.22 billion are one value, not two floats a bit apart.
    (
        "billions for the sources' 亿",
        SHARES,
        "Lumio Systems will raise at least $3.22 billion.",
        None,
    ),
    ("another amount", SHARES, "Lumio Systems will raise at least $3.25 billion.", "$3.25 billion"),
    # A class of shares (Class A) is the sources' A 类: checked by its letter, as a
    # funding round (Series B) is, not flagged as an English word.
    ("the sources' share class", SHARES, "Lumio Systems offers 28 million Class A shares.", None),
    ("another share class", SHARES, "Lumio Systems offers 28 million Class B shares.", "Class B"),
    # A compound scale alone before the parameters it sizes (万亿参数) is one of it: "a
    # trillion-parameter model"; a scale after a figure is that figure's.
    (
        "a trillion parameters",
        MODEL,
        "Lumio K3, a trillion-parameter model, tops HLE at 50.2%.",
        None,
    ),
    (
        "a billion for 万亿",
        MODEL,
        "Lumio K3, a billion-parameter model, tops HLE at 50.2%.",
        "a billion",
    ),
    (
        "one for 3 万亿",
        LARGER,
        "Lumio, a trillion-parameter model, tops HLE at 50.2%.",
        "a trillion",
    ),
    ("a hundred billion", SMALLER, "Lumio's hundred-billion-class model tops HLE at 50.2%.", None),
    # The measure a compound scale alone sizes (万亿参数模型) is that model's size, not
    # the measure of a figure later in the clause: its score may be called a score.
    ("a score for a sized model's figure", MODEL, "Lumio K3 scored 50.2% on HLE.", None),
    ("a score in Chinese", MODEL, "Lumio K3 在 HLE 测试中得分 50.2%。", None),
    ("another score", MODEL, "Lumio K3 scored 52.0% on HLE.", "52.0%"),
    ("a figure that counts the parameters", PARAMETERS, "Lumio K3 scored 13% on HLE.", "13%"),
    # A body's last character and the preposition after it (信息技术部|向), which jieba's
    # HMM glues into one word, are no name beside the person after them.
    ("a ministry's 部向", ORDER, "印度信息技术部向马斯克旗下的 Lumio 平台下达整改令。", None),
    (
        "a bureau's 局向",
        ORDER,
        "印度信息技术部向马斯克旗下的 Lumio 平台下达整改令，网信局向它发函。",
        "网信局",
    ),
    # A group's 会长 is its chairman (董事长, chairman, 主席), never its 总裁 or CEO.
    ("会长 as 总裁", CHAIR, "Lumio 集团总裁崔泰源提出让每个韩国人都有智能体。", "总裁"),
    ("会长 as CEO", CHAIR, "Lumio 集团 CEO 崔泰源提出让每个韩国人都有智能体。", "CEO"),
    ("会长 as 董事长", CHAIR, "Lumio 集团董事长崔泰源提出让每个韩国人都有智能体。", None),
    ("会长 as chairman", CHAIR, "Lumio Group chairman Chey Tae-won spoke in San Francisco.", None),
    # Years the sources name (2027 与 2028 年) are no count of years: a text's 两年 is
    # then framed, not checked; a count of years they state still is.
    ("two years for two years named", PHONE, "Lumio 手机两年共出货约三千万部。", None),
    ("a span the sources count", CONTRACT, "Lumio 与 OpenAI 签下为期三年的合同。", None),
    ("another span than theirs", CONTRACT, "Lumio 与 OpenAI 签下为期五年的合同。", "五年"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh12_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


KNOWN_GAPS = [
    # A share class written in Chinese (B 类普通股) is a lone Latin letter before 类,
    # which no check reads: only the English "Class B" is compared with the sources.
    ("another share class in Chinese", SHARES, "Lumio Systems 拟发行 B 类普通股。", "B"),
]


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh12_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
