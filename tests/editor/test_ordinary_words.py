"""Ordinary words against invented names, read with the general dictionary (CC-CEDICT;
issue 11, cedict35).

English: a capitalised word of an English sentence that translates a word the Chinese
sources write is the sources' word, after an article too: Peace for 和平, The Volunteers
for 志愿者.  A word the sources do not write (War, an invented Zentrix), a word beside
words of a name (Seoul, Model Context), and a Latin word set in Chinese prose stay
flagged.

Chinese: being made of dictionary words is no sign that a span is no name: companies and
fields are named with everyday words (字节跳动 is 字节 and 跳动, 理想汽车 理想 and 汽车,
胜利油田 胜利 and 油田), and a swap of one for another must still be caught.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

PROTOCOLS = "该工具的技能可与 A2A 等协议互补。"
FILM = "纪录片《和平》获得了最佳纪录片奖。"
SERIES = "电视剧《志愿者》收视率居首。"
PLEDGE = "十家公司联合签署了 AI 安全宣言。"
CASES: list[tuple[str, str, str, str | None]] = [
    (
        "a word after words of the field: read with them",
        PROTOCOLS,
        "Its skills complement the Model Context Protocol.",
        "Protocol",
    ),
    ("a word of its own", PROTOCOLS, "Its skills complement every Protocol of the kind.", None),
    (
        "an invented word of its own",
        PROTOCOLS,
        "Its skills complement every Zentrix of the kind.",
        "Zentrix",
    ),
    ("a title in one word", FILM, "The documentary Peace won the best documentary award.", None),
    (
        "another title",
        FILM,
        "The documentary War won the best documentary award.",
        "War",
    ),
    (
        "a Latin word in Chinese prose is a term the sources must write",
        FILM,
        "纪录片 Peace 获得了最佳纪录片奖。",
        "Peace",
    ),
    ("a title after its article", SERIES, "The series The Volunteers topped the ratings.", None),
    (
        "another title after its article",
        SERIES,
        "The series The Pioneers topped the ratings.",
        "Pioneers",
    ),
    (
        "a word of a name the sources write",
        PLEDGE,
        "Ten firms signed an AI Safety Manifesto.",
        None,
    ),
    (
        "a name beside the word: read with the name",
        PLEDGE,
        "Ten companies signed the Seoul Manifesto together.",
        "Seoul Manifesto",
    ),
    (
        "everyday words the tagger might take for a name",
        "研究团队提出了一种高保真三维重建方法。",
        "研究团队提出的高保真三维重建方法效果显著。",
        None,
    ),
    (
        "an adverb's particle before a verb",
        "该模型能自发地使用工具完成任务。",
        "该模型会自发地用工具完成任务。",
        None,
    ),
    (
        "a company named with everyday words",
        "腾讯发布了新的视频生成模型。",
        "字节跳动发布了新的视频生成模型。",
        "字节跳动",
    ),
    (
        "a carmaker named with everyday words",
        "蔚来发布了新款电动车。",
        "理想汽车发布了新款电动车。",
        "理想汽车",
    ),
    (
        "an oilfield named with everyday words",
        "中国石化在大庆油田部署了新模型。",
        "中国石化在胜利油田部署了新模型。",
        "胜利油田",
    ),
]


def _row(case: tuple[str, str, str, str | None]) -> object:
    name, source, text, wrong = case
    return pytest.param(source, text, wrong, id=name)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_ordinary_words_and_invented_names(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([] if wrong is None else [wrong])
