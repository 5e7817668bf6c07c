"""The verifier on the shapes the sixth fresh set's dev misses found (``bench/verify_fresh.py
--data bench/data/verify_fresh6.jsonl``: digest entries written from Chinese items of four
makinotes days no earlier set used, measured before any of its shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets
wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

JOINED = "性能专家李明加入 Lumio，负责解决推理服务的性能瓶颈。"
APPOINTED = "王芳出任 Lumio 首席技术官，负责推理服务。"
FOUNDED = "Corvid 前 CEO 创办了新公司 Nimbus。"
DOCTOR = "斯坦福大学博士张伟的团队让机器人学会了唇语。"
PROFESSOR = "清华大学教授李华提出了新方法。"
SINGLE = "机器人用单一神经网络同时控制行走与操作。"
CASES = [
    # A role a person is said to take (出任, appointed) is the news itself: the sources must
    # name that role, though they give the person none.  A role said in passing (CEO 奥特曼)
    # of someone the sources give no role is still not checked.
    ("appointment to a role never named", JOINED, "李明出任 Lumio 首席技术官。", "首席技术官"),
    ("appointment in English", JOINED, "Li Ming was appointed CTO of Lumio.", "CTO"),
    ("appointment stated", APPOINTED, "Lumio 任命王芳为 CTO。", None),
    ("appointment stated, in English", APPOINTED, "Wang Fang was named CTO.", None),
    ("another role on appointment", APPOINTED, "王芳出任 Lumio 首席执行官。", "首席执行官"),
    (
        "a role in passing",
        "OpenAI 的奥特曼表示，新模型将于下月发布。",
        "OpenAI CEO 奥特曼表示新模型将于下月发布。",
        None,
    ),
    # An English possessive binds a role to the organisation before it ("Corvid's former
    # CTO"), as 前 does in Chinese (Corvid 前 CEO).
    ("an organisation's role swapped", FOUNDED, "Corvid's former CTO founded Nimbus.", "CTO"),
    ("an organisation's role kept", FOUNDED, "Corvid's former CEO founded Nimbus.", None),
    ("an organisation's role in Chinese", FOUNDED, "Corvid 前 CTO 创办了 Nimbus。", "CTO"),
    # Academic titles are roles: a doctor (博士, PhD) is not a professor (教授).
    (
        "professor for 博士",
        DOCTOR,
        "Stanford professor Zhang Wei's team taught a robot.",
        "professor",
    ),
    ("PhD for 博士", DOCTOR, "Stanford PhD Zhang Wei's team taught a robot to read lips.", None),
    ("教授 for 博士", DOCTOR, "斯坦福大学教授张伟的团队让机器人学会了唇语。", "教授"),
    ("professor kept", PROFESSOR, "Tsinghua professor Li Hua proposed a new method.", None),
    # An occupation in -ist opening a sentence before a name must translate the one the
    # sources name (a psychiatrist is no 神经科学家).
    (
        "another -ist before a name",
        "神经科学家艾莉森·普雷斯顿认为大脑追求够用。",
        "Psychiatrist Alison Preston argues the brain aims for good enough.",
        "Psychiatrist Alison Preston",
    ),
    (
        "the same -ist before a name",
        "神经科学家艾莉森·普雷斯顿认为大脑追求够用。",
        "Neuroscientist Alison Preston argues the brain aims for good enough.",
        None,
    ),
    # 两 counts as other numerals do where the sources count the same noun, and 单一 or
    # 单个 is a count of one; a source that never counts the noun says nothing against 两.
    ("two for a single one", SINGLE, "机器人用两个神经网络分别控制行走与操作。", "两个"),
    ("three for a single one", SINGLE, "机器人用三个神经网络分别控制行走与操作。", "三个"),
    ("two kept", "方法分为两个阶段：先初筛，再验证。", "方法分两个阶段完成。", None),
    ("two changed", "方法分为三个阶段。", "方法分为两个阶段。", "两个"),
    (
        "two of nothing counted",
        "模型融合了视觉与语言信息。",
        "模型用两个分支融合视觉与语言信息。",
        None,
    ),
    # A Western name in Chinese characters that the alias table holds, or that the
    # dictionary tags a person's, is a name.
    (
        "a table's Western person swapped",
        "特朗普的支持者想把头像做成实物。",
        "拜登的支持者想把头像做成实物。",
        "拜登",
    ),
    (
        "a dictionary's Western person swapped",
        "特朗普的支持者想把头像做成实物。",
        "贝佐斯的支持者想把头像做成实物。",
        "贝佐斯",
    ),
]

KNOWN_GAPS = [
    # The field's everyday words (Prompt, Embedding) are no claims in Chinese prose, so one
    # swapped for another is not seen.
    (
        "an everyday word swapped",
        "提示词（Prompt）会扭曲真实意图。",
        "Embedding 会扭曲真实意图。",
        "Embedding",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh6_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh6_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
