"""The verifier on the shapes the second fresh set found (``bench/verify_fresh.py --data
bench/data/verify_fresh2.jsonl``) and on those the outside judges reported.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, or None when the text states nothing the
source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CASES = [
    # An outlet, a lab or a company is supported by the name the sources give it in the
    # other script: the alias table holds it.
    (
        "outlet in Latin",
        "据彭博社报道，苹果将采用 Gemini。",
        "据 Bloomberg 报道，苹果将采用 Gemini。",
        None,
    ),
    (
        "outlet's short name",
        "据 Bloomberg 报道，苹果将采用 Gemini。",
        "彭博社称苹果将采用 Gemini。",
        None,
    ),
    ("news agency", "据路透社报道，美国将放宽出口。", "据 Reuters 报道，美国将放宽出口。", None),
    (
        "newspaper's initials",
        "据《华尔街日报》报道，xAI 正在融资。",
        "据 WSJ 报道，xAI 正在融资。",
        None,
    ),
    (
        "newspaper by name",
        "据英国《金融时报》报道，设备推迟。",
        "据 Financial Times 报道，设备推迟。",
        None,
    ),
    ("state agency", "据新华社报道，国务院印发意见。", "据 Xinhua 报道，国务院印发意见。", None),
    # Whom a Chinese text cites is often the item's source field, not its text: no claim.
    # A Latin outlet is a Latin word like any other.
    ("outlet cited", "苹果将采用 Gemini。", "据路透社报道，苹果将采用 Gemini。", None),
    (
        "another outlet in Latin",
        "据彭博社报道，苹果将采用 Gemini。",
        "据 Reuters 报道，苹果将采用 Gemini。",
        "Reuters",
    ),
    (
        "lab in Latin",
        "上海人工智能实验室开源 Intern-S1。",
        "Shanghai AI Lab 开源 Intern-S1。",
        None,
    ),
    ("company in Latin", "昆仑万维发布天工超级智能体。", "Kunlun Tech 发布天工超级智能体。", None),
    (
        "company in Chinese",
        "ASML 领投 Mistral AI 本轮融资。",
        "阿斯麦领投 Mistral AI 本轮融资。",
        None,
    ),
    (
        "another company in Latin",
        "昆仑万维发布天工超级智能体。",
        "Skyline Tech 发布天工超级智能体。",
        "Skyline Tech",
    ),
    # IP is intellectual property or a franchise in Chinese prose, no name.
    (
        "IP for 知识产权",
        "微软对模型的知识产权权利延长至 2032 年。",
        "微软的模型 IP 权利延长到 2032 年。",
        None,
    ),
    # A decimal right before a product's Latin word is its version, not a figure.
    (
        "version before a tier",
        "可灵 2.5 Turbo 生成成本降低 30%，收入超过 3 亿元。",
        "可灵 2.5 Turbo 生成成本降低三成。",
        None,
    ),
    (
        "version bumped before a tier",
        "可灵 2.5 Turbo 生成成本降低 30%，收入超过 3 亿元。",
        "可灵 3.0 Turbo 生成成本降低 30%。",
        "3.0 Turbo",
    ),
    ("a unit after a decimal", "损耗低至 0.1 dB/m。", "损耗低至0.1 dB/m，创下纪录。", None),
    # A version's v is spelling: vLLM v0.11 is vLLM 0.11; a V that opens a name is its own.
    ("v added", "开源框架 vLLM 0.11 发布，移除 V0 引擎。", "vLLM v0.11 移除了 V0 引擎。", None),
    ("v dropped", "开源框架 vLLM v0.11 发布，移除 V0 引擎。", "vLLM 0.11 移除了 V0 引擎。", None),
    (
        "v and another version",
        "开源框架 vLLM 0.11 发布，移除 V0 引擎。",
        "vLLM v0.12 移除了 V0 引擎。",
        "vLLM v0.12",
    ),
    (
        "a V of its own",
        "对话记录在本地 MEMORY 文件中，共 4 个原因。",
        "对话记录在本地V4.0文件中。",
        "V4.0",
    ),
    # A person the sources name in full is the person a short name names: a role they
    # give the full name is the role of the short one.
    (
        "role of a short name",
        "微软 AI 首席执行官穆斯塔法·苏莱曼宣布成立团队。",
        "微软 AI 首席技术官苏莱曼宣布成立团队。",
        "首席技术官",
    ),
    (
        "same role of a short name",
        "微软 AI 首席执行官穆斯塔法·苏莱曼宣布成立团队。",
        "微软 AI CEO 苏莱曼宣布成立团队。",
        None,
    ),
    # Days count like other counting words.
    ("days changed", "应用上线五天下载量突破 100 万。", "应用上线十天下载量突破 100 万。", "十天"),
    ("days in figures", "应用上线五天下载量突破 100 万。", "应用 5 天下载破百万。", None),
    # 四大 sums up a list the way a writer does (三大看点): no figure the sources state.
    ("a writer's 大", "意见部署科学技术、产业发展等重点行动。", "意见部署四大重点行动。", None),
    # An ordinary word the dictionary tags an organisation is no name: a new flagship,
    # a trade fair.  A fair's own name is still one.
    (
        "new flagship",
        "Anthropic 推出旗舰模型 Claude Opus 4.5。",
        "Anthropic 推出新旗舰 Claude Opus 4.5。",
        None,
    ),
    ("trade fair", "广交会开幕，AI 展区扩大。", "本届交易会开幕，AI 展区扩大。", None),
    ("a fair's name", "本届交易会开幕，AI 展区扩大。", "广交会开幕，AI 展区扩大。", "广交会"),
    # A Latin word after a product's name is part of the name: Cameo Studio is not cameo.
    (
        "studio appended",
        "用户可通过 cameo 功能把自己放进视频。",
        "用户可通过 Cameo Studio 功能把自己放进视频。",
        "Cameo Studio",
    ),
    (
        "a role between two names",
        "Moltbot 发布新版本。",
        "Moltbot CEO CJ Desai 称平台是护城河。",
        "CJ Desai",
    ),
    ("studio kept", "谷歌 AI Studio 上线新功能。", "Google AI Studio 上线新功能。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh2_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
