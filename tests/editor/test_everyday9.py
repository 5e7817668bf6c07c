"""The verifier on the shapes the ninth everyday set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_everyday9.jsonl``: hand-written items of
chip plants in Southeast Asia, banks and shops of Latin America and Africa, Gulf energy,
monsoons and saltwater, a chess tournament, a film festival and a book fair, with names of
many languages, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; firms,
bodies and places are real, as the tables' are).  ``wrong`` is the claim that must be
flagged, as the verifier writes it, or None when the text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._numbers import fold

PLANT = "Lumio 岘港工厂年产能 1 亿颗芯片，计划培养 5 万名工程师。"
OIL = "中国石化和中国石油各持有 Lumio 项目 5% 股权。"
MONSOON = "印度气象局与印度理工学院马德拉斯分校合作开发 Lumio 季风模型。"
FAIR = "第 78 届法兰克福书展上 Lumio 翻译版权交易达 1240 项。"
BOSS = "法兰克福书展总裁 Juergen Boos 称将推广 Lumio。"
CEO = "联合首席执行官 Michał Nowakowski 称 Lumio 只用于测试。"
SALT = "越南南方水利研究院用 Lumio 模型预报湄公河三角洲咸潮。"
SCHOOL = "Lumio 模型由波兰弗罗茨瓦夫理工大学牵头开发。"
COURT = "首尔中央地方法院驳回 Lumio 公司的索赔。"
TRAIN = "Lumio 系统检查东北新干线列车。"
CASES = [
    # A figure's scale after a space is no count of one scale: the 万 of 5 万名 does not
    # state 1 万.
    ("a scale swapped", PLANT, "Lumio 岘港工厂年产能 1 万颗芯片。", "1 万"),
    ("the scale kept", PLANT, "Lumio 岘港工厂年产能 1 亿颗芯片。", None),
    ("a scale alone before a count", "Lumio 建成万卡集群。", "Lumio 建成万卡集群。", None),
    # A scale's parts state the scale: 万分之一 is one in 10,000.
    (
        "one in a scale",
        "Lumio 分拣差错率降至万分之一。",
        "Lumio cut errors to one in 10,000.",
        None,
    ),
    (
        "one in another",
        "Lumio 分拣差错率降至万分之一。",
        "Lumio cut errors to one in 1,000.",
        "1,000",
    ),
    # A Chinese oil major by the alias table.
    ("another oil major", OIL, "中国海油和中国石油各持有 Lumio 项目 5% 股权。", "中国海油"),
    ("an oil major's short form", OIL, "中石化和中石油各持 Lumio 项目 5% 股权。", None),
    # A body its country's name opens is a body of its own, no part of the country.
    ("another body of the country", MONSOON, "印度气象局与印度科学研究所合作。", "印度科学研究所"),
    ("the country's own bureau", MONSOON, "印度气象局开发了 Lumio 季风模型。", None),
    # Bodies, events and places by their English words (the glossary, the term table).
    (
        "a book fair",
        FAIR,
        "At the 78th Frankfurt Book Fair, Lumio rights deals reached 1,240.",
        None,
    ),
    (
        "another fair",
        FAIR,
        "At the Frankfurt Motor Show, Lumio rights deals reached 1,240.",
        "Frankfurt Motor Show",
    ),
    ("a district court", COURT, "Seoul Central District Court dismissed Lumio's claim.", None),
    ("another court", COURT, "Seoul High Court dismissed Lumio's claim.", "Seoul High Court"),
    ("a Japanese region's line", TRAIN, "Lumio checks Tohoku Shinkansen trains.", None),
    (
        "an institute and its of part",
        SALT,
        "Vietnam's Southern Institute of Water Resources Research uses Lumio.",
        None,
    ),
    (
        "another institute",
        SALT,
        "Vietnam's Northern Institute of Water Resources Research uses Lumio.",
        "Northern Institute",
    ),
    (
        "a university of science and technology",
        SCHOOL,
        "Lumio was led by Wrocław University of Science and Technology.",
        None,
    ),
    (
        "another university",
        SCHOOL,
        "Lumio was led by Warsaw University of Technology.",
        "Warsaw University",
    ),
    (
        "an aircraft's kind",
        "Lumio 电动垂直起降原型机完成首飞。",
        "Lumio's eVTOL prototype flew.",
        None,
    ),
    (
        "a language as an adjective",
        "Lumio 推出土耳其语大模型。",
        "Lumio launched a Turkish-language model.",
        None,
    ),
    (
        "another language",
        "Lumio 推出土耳其语大模型。",
        "Lumio launched a Polish-language model.",
        "Polish-language",
    ),
    # A German name with its umlaut written out, in either spelling.
    ("an umlaut", BOSS, "法兰克福书展总裁 Jürgen Boos 称将推广 Lumio。", None),
    ("another name", BOSS, "法兰克福书展总裁 Jürgen Baas 称将推广 Lumio。", "Jürgen Baas"),
    # A name of letters that decompose into no base letter is read whole, and its holder's
    # role is compared.
    ("a Polish name's role", CEO, "联合 CEO Michał Nowakowski 称 Lumio 只用于测试。", None),
    ("another role", CEO, "董事长 Michał Nowakowski 称 Lumio 只用于测试。", "董事长"),
    (
        "an accented name's role",
        "首席执行官 José Fernández 称 Lumio 将进入美国。",
        "董事长 José Fernández 称 Lumio 将进入美国。",
        "董事长",
    ),
    # Cities of the world's news: one the sources do not name is flagged.
    (
        "another city",
        "GoTo 明年在泗水开设 Lumio 中心。",
        "GoTo 明年在万隆开设 Lumio 中心。",
        "万隆",
    ),
    ("the city", "GoTo 明年在泗水开设 Lumio 中心。", "GoTo 明年将在泗水设 Lumio 中心。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_everyday9_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Wrocław", "Wroclaw"),
        ("Nguyễn Đăng", "Nguyen Dang"),
        ("Yıldırım", "Yildirim"),
        ("Møller", "Moller"),
    ],
)
def test_letters_without_a_base_letter_fold(written: str, read: str) -> None:
    assert fold(written) == read
