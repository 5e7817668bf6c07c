"""The verifier on a generic word ending a Latin name in Chinese prose (Deep Research,
Google Cloud, Apple Intelligence, Gemini Robotics): there it ends a product's or a
feature's name as often as a company's, so it must be the sources' (their Deep Think is no
Deep Research), or its Chinese right after the name before it (微软研究院 for Microsoft
Research, 阿里云 for Alibaba Cloud).

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

LAUNCH = (
    "谷歌推出新模型，Deep Think 模式面向订阅用户开放，开发者可通过 AI Studio 调用。"
    "微软研究院参与评测，阿里云也将跟进。"
)
CASES = [
    ("the sources' feature", LAUNCH, "Deep Think 模式向订阅用户开放。", None),
    ("another feature", LAUNCH, "Deep Research 模式向订阅用户开放。", "Deep Research"),
    ("the sources' product", LAUNCH, "开发者可通过 Google AI Studio 调用。", None),
    ("another product", LAUNCH, "开发者可通过 Google Cloud 调用。", "Google Cloud"),
    ("a lab in Chinese", LAUNCH, "Microsoft Research 参与评测。", None),
    ("a cloud in Chinese", LAUNCH, "Alibaba Cloud 也将跟进。", None),
    ("a head after no such name", LAUNCH, "Gemini Robotics 也将跟进。", "Gemini Robotics"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_prose_heads(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
