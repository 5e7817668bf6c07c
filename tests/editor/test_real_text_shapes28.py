"""The verifier on the shapes real writers' unaltered texts were flagged for (issue 11, fa28):
a maker's product written right after the maker the sources name, and an English name
that retells a Chinese one through the alias table.  Each rule lets a text pass; each row
here is either a supported text of that shape, which must stay unflagged, or a sibling of
the same shape that carries a name the sources lack, which must still be flagged.

Each row is a source and a text a writer made from it (the sentences are ours).  ``wrong``
is the claim (or claims) that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

PLANNER = "Lumio 新增规划模式，复杂任务先规划再动手。"
TENCENT = "腾讯今日发布了新的图像生成模型，支持一句话修图。"
OPENAI = "OpenAI 今天发布了新的推理模型，面向所有用户开放。"
BLACKWELL = "英伟达发布 Blackwell 芯片，性能提升三倍。"
SUMMIT = "高通在骁龙峰会上发布了新一代 PC 芯片。"
FARMING = "大疆农业发布年度报告，无人机保有量超过 40 万架。"
CASES = [
    # A lower-case everyday English word in Chinese prose stays a name: a product may be
    # named by one (orbit, spark), so reading it as a glossed term was not kept (see
    # docs/benchmarks.md, fa28).
    ("an everyday word for a product", PLANNER, "Lumio 新增 orbit 功能。", "orbit"),
    # A product of the alias table beside its maker, whom the sources name, is the line of
    # the maker's the writer says it was; without its maker, beside another maker, beside
    # a maker the sources lack, or with a version, it stays checked.
    ("a product beside its maker", TENCENT, "腾讯混元发布了新的图像生成模型。", None),
    ("a product after its maker's possessive", OPENAI, "OpenAI's ChatGPT gets a new model.", None),
    ("a product apart from its maker", OPENAI, "OpenAI 发布新模型，ChatGPT 用户可用。", "ChatGPT"),
    ("a product without its maker", TENCENT, "混元发布了新的图像生成模型。", "混元"),
    (
        "a product beside another maker",
        TENCENT,
        "阿里千问发布了新的图像生成模型。",
        ("阿里", "千问"),
    ),
    (
        "a maker the sources lack",
        OPENAI,
        "Anthropic 在 Claude 中发布了新模型。",
        ("Anthropic", "Claude"),
    ),
    # a maker the sources name with one of its products: another of its products is a swap
    ("another product of the maker", BLACKWELL, "英伟达 Hopper 芯片性能提升三倍。", "Hopper"),
    (
        "a product that holds its maker's name",
        "阿里今日发布了新的图像生成模型。",
        "阿里云发布了新的图像生成模型。",
        "阿里云",
    ),
    ("a product's version", TENCENT, "腾讯混元 3.0 发布了新的图像生成模型。", "3.0"),
    # An English name whose words retell a Chinese name: the alias table's Chinese for a
    # name (骁龙, 大疆), the glossary's for a word (峰会, 农业).  Another word, or another
    # maker's name before the same word, stays unsupported.
    (
        "a table name and a translated word",
        SUMMIT,
        "Qualcomm spoke at its Snapdragon Summit.",
        None,
    ),
    ("a company's division", FARMING, "DJI Agriculture says it has 400,000 drones.", None),
    ("another event", SUMMIT, "Qualcomm spoke at its Snapdragon Forum.", "Snapdragon Forum"),
    (
        "another company's division",
        FARMING,
        "Huawei Agriculture has 400,000 drones.",
        "Huawei Agriculture",
    ),
    ("another division", FARMING, "DJI Enterprise says it has 400,000 drones.", "DJI Enterprise"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_real_text_shapes28(source: str, text: str, wrong: str | tuple[str, ...] | None) -> None:
    wrongs = [wrong] if isinstance(wrong, str) else list(wrong or ())
    assert flagged(text, source) == wrongs
