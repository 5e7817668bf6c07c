"""The verifier on a model named without, or with another, variant word: a word after a
model's name that makes it a smaller model (mini, nano, Lite, Distill) names a product of
its own, so "GPT-4o" for the sources' "GPT-4o mini" names the larger model, and "GPT-4o
nano" another small one.  A dropped version (Claude Sonnet for Claude Sonnet 4.5), a
dropped tier or line of a family (Gemini 3 for Gemini 3 Pro, Llama 4 for Llama 4 Scout)
leaves the family's name, and a name of one word with no digit is a family (the Mac).

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MINI = "OpenAI 推出 GPT-4o mini，面向开发者，价格更低。"
LITE = "谷歌发布 Gemini 2.5 Flash-Lite，价格更低。"
PAIR = "OpenAI 同时推出 GPT-5 mini 和 GPT-5 nano 两个小模型。"
CASES = [
    # misses: the larger model, or another small one
    ("the larger model", MINI, "OpenAI launched GPT-4o for developers.", "GPT-4o"),
    ("another small model", MINI, "OpenAI launched GPT-4o nano for developers.", "GPT-4o"),
    ("the larger model in Chinese prose", MINI, "OpenAI 发布了 GPT-4o 模型。", "GPT-4o"),
    ("Flash for Flash-Lite", LITE, "Google released Gemini 2.5 Flash.", "Gemini 2.5 Flash"),
    ("the model both are made from", PAIR, "OpenAI launched GPT-5.", "GPT-5"),
    ("a hyphenated mini dropped", "微软发布 Phi-4-mini。", "Microsoft released Phi-4.", "Phi-4"),
    (
        "a distilled model's teacher",
        "深度求索发布 DeepSeek-R1-Distill-Qwen-7B。",
        "DeepSeek released DeepSeek-R1.",
        "DeepSeek-R1",
    ),
    # non-misses: the sources' variant, a version or a family's line dropped
    ("the variant kept", MINI, "OpenAI launched GPT-4o mini for developers.", None),
    ("the variant kept in Chinese prose", MINI, "OpenAI 发布了 GPT-4o mini 模型。", None),
    ("one of two small models", PAIR, "OpenAI launched GPT-5 nano.", None),
    ("the family's version", LITE, "Google released Gemini 2.5 at a lower price.", None),
    ("the whole name", LITE, "Google released Gemini 2.5 Flash-Lite.", None),
    (
        "both models named by the sources",
        "OpenAI 推出 GPT-4o mini，比 GPT-4o 便宜。",
        "OpenAI launched GPT-4o mini, cheaper than GPT-4o.",
        None,
    ),
    (
        "Flash beside Flash-Lite",
        "谷歌发布 Gemini 2.5 Flash 和 Flash-Lite。",
        "Google released Gemini 2.5 Flash.",
        None,
    ),
    ("a tier dropped", "谷歌发布 Gemini 3 Pro。", "Google released Gemini 3.", None),
    ("a line of a family", "Meta 发布 Llama 4 Scout。", "Meta released Llama 4.", None),
    (
        "a version dropped",
        "Anthropic 发布 Claude Sonnet 4.5。",
        "Anthropic released Claude Sonnet.",
        None,
    ),
    ("a family of one word", "苹果发布新款 Mac mini。", "Apple released a new Mac.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_model_variants(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
