"""The verifier on the shapes the fresh red team found (``bench/verify_fresh.py``).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, or None when the text states nothing the
source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CASES = [
    # A figure with 近/超/约 is the source's figure rounded to the figure's own precision,
    # in the direction the qualifier says; another figure is still wrong.
    ("超 and rounded down", "数据中心收入 512 亿美元。", "数据中心收入超 500 亿美元。", None),
    ("近 and rounded up", "得分 80.9%，位列第一。", "得分近81%，位列第一。", None),
    ("近 a round hundred", "投后估值 293 亿美元。", "投后估值近300亿美元。", None),
    ("超过 in hundreds", "企业 AI 投资达 2523 亿美元。", "企业 AI 投资超过 2500 亿美元。", None),
    ("约 to the nearest", "吞吐提升 31.6%。", "吞吐提升约32%。", None),
    ("近 too far", "投后估值 293 亿美元。", "投后估值近400亿美元。", "400亿美元"),
    (
        "超 above the source",
        "数据中心收入 512 亿美元。",
        "数据中心收入超 600 亿美元。",
        "600 亿美元",
    ),
    ("超 a figure it does not pass", "得分 80.9%。", "得分超81%。", "81%"),
    ("近 of another currency", "投后估值 293 亿美元。", "投后估值近300亿元。", "300亿元"),
    ("约 far from the figure", "0.5B 模型约 5 亿参数。", "该模型约 10亿参数。", "10亿"),
    ("unqualified rounding", "得分 80.9%。", "得分81%。", "81%"),
    # A role the sources give a person is the person's role: another one is invented.
    (
        "role swapped",
        "OpenAI CEO 奥特曼称用户已迁移。",
        "OpenAI 首席科学家奥特曼称用户已迁移。",
        "首席科学家",
    ),
    (
        "role in other words",
        "OpenAI CEO 奥特曼称用户已迁移。",
        "OpenAI 首席执行官奥特曼称用户已迁移。",
        None,
    ),
    ("vice dropped", "华为副董事长徐直军公布路线图。", "华为董事长徐直军公布路线图。", "董事长"),
    ("vice kept", "华为副董事长徐直军公布路线图。", "华为副董事长徐直军公布了路线图。", None),
    (
        "latin role before a latin name",
        "CEO Andrew Feldman 称仍计划上市。",
        "CTO Andrew Feldman 称仍计划上市。",
        "CTO",
    ),
    (
        "role after the name",
        "创始人张建中曾任英伟达全球副总裁。",
        "创始人张建中曾任英伟达全球 CEO。",
        "CEO",
    ),
    (
        "a role the sources do not give",
        "AMD 的苏姿丰称交易将带来收入。",
        "AMD CEO 苏姿丰称交易将带来收入。",
        None,
    ),
    ("the role said of the company", "创始人印奇出任阶跃星辰董事长。", "印奇出任董事长。", None),
    # A quarter is a date: the sources must name the same quarter, in any form.
    (
        "quarter changed",
        "英伟达 2026 财年第三季度营收 570 亿美元。",
        "英伟达第二季度营收 570 亿美元。",
        "第二季度",
    ),
    ("quarter as Q", "英伟达 2026 财年第三季度营收 570 亿美元。", "英伟达Q3营收570亿美元。", None),
    ("quarter as 财季", "英伟达 Q3 营收 570 亿美元。", "英伟达第三财季营收 570 亿美元。", None),
    (
        "quarter without 第",
        "昇腾 950PR 将于 2026 年一季度推出。",
        "昇腾 950PR 将于 2026 年三季度推出。",
        "三季度",
    ),
    # A count of three or more in Chinese numerals is a figure like any other.
    ("count changed", "团队仅有三名工程师起步。", "团队仅有五名工程师起步。", "五名"),
    ("count spelled for figures", "团队仅有 3 名工程师起步。", "团队仅有三名工程师起步。", None),
    ("count of tens", "覆盖 12 项基准。", "覆盖十二项基准。", None),
    (
        "count of a list",
        "腾讯的行动落后于字节和阿里。",
        "对比字节、阿里、腾讯三家的 AI 战略。",
        None,
    ),
    (
        "count longer than its list",
        "腾讯的行动落后于字节和阿里。",
        "对比字节、阿里四家的 AI 战略。",
        "四家",
    ),
    (
        "count of a list in brackets",
        "团队发布了新框架。",
        "框架包含五个智能体（检索、规划、审美、绘图、审查）。",
        None,
    ),
    (
        "count of a list after a colon",
        "团队发布了新设备。",
        "设备的三个刚需：独立、在线、能动手。",
        None,
    ),
    ("a rank, not a count", "模型位列第七。", "是前七名中唯一的开源模型。", None),
    ("a count in an idiom", "阿里提出新战略。", "阿里提出三位一体战略。", None),
    ("two is no claim", "OpenAI 与 AMD 达成协议。", "两家公司达成协议。", None),
    # A name's alias with the same version is the versioned name.
    ("alias and version", "百度发布文心大模型 5.0。", "百度发布ERNIE 5.0。", None),
    ("alias and another version", "百度发布文心大模型 5.0。", "百度发布ERNIE 4.5。", "ERNIE 4.5"),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
