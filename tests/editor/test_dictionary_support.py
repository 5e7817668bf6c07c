"""The verifier on English names retold from Chinese sources, read with the general
dictionary (CC-CEDICT, :mod:`newsdesk.editor._dictionary`; issue 11, dict34): a name
whose every word glosses a word the sources write, those words standing together, is
the sources' name; a name with one word swapped (another city, another kind of body),
or with its words taken from all over the sources, is still flagged.

Each row is a source, a text a writer made from it (the sentences are ours; the places
and bodies are real, general knowledge), and the claim that must be flagged, as the
verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._claim_extraction import claims_in
from newsdesk.editor._dictionary import dictionary_name

OPERA = "悉尼歌剧院周六举行了一场人工智能作曲的音乐会。"
BEER = "慕尼黑啤酒节今年首次使用人工智能调度安保人员。"
ORCHESTRA = "维也纳爱乐乐团与一家初创公司合作，用人工智能修复老录音。"
REEF = "科学家用无人机和人工智能监测大堡礁的珊瑚白化。"
EXCHANGE = "东京证券交易所将用人工智能监控异常交易。"
WEATHER = "日本气象厅启用了新的人工智能降雨预报模型。"
PANDAS = "两只大熊猫将前往维也纳美泉宫动物园，开展为期十年的合作研究。"
BRAIN = "美团上线超级大脑2.0调度系统，用大模型预测出餐时间。"
PARK = "深圳高新技术产业园区新增了一批人工智能企业。"
TSAI = "蔡英文在台北发表讲话。"
CASES: list[tuple[str, str, str, str | None]] = [
    ("a venue", OPERA, "The Sydney Opera House held a concert of AI music on Saturday.", None),
    (
        "a venue in another city",
        OPERA,
        "The Melbourne Opera House held a concert of AI music on Saturday.",
        "Melbourne Opera House",
    ),
    (
        "another kind of venue",
        OPERA,
        "The Sydney Concert Hall held a concert of AI music on Saturday.",
        "Sydney Concert Hall",
    ),
    ("a festival", BEER, "The Munich Beer Festival used AI to deploy its guards.", None),
    (
        "a festival in another city",
        BEER,
        "The Berlin Beer Festival used AI to deploy its guards.",
        "Berlin Beer Festival",
    ),
    (
        "an orchestra",
        ORCHESTRA,
        "The Vienna Philharmonic Orchestra is restoring old recordings with AI.",
        None,
    ),
    (
        "another orchestra of the city",
        ORCHESTRA,
        "The Vienna Symphony Orchestra is restoring old recordings with AI.",
        "Vienna Symphony Orchestra",
    ),
    (
        "a reef, one proper word",
        REEF,
        "Drones and AI track bleaching on the Great Barrier Reef.",
        None,
    ),
    (
        "another reef",
        REEF,
        "Drones and AI track bleaching on the Ningaloo Reef.",
        "Ningaloo Reef",
    ),
    ("an exchange", EXCHANGE, "The Tokyo Stock Exchange will use AI to watch trading.", None),
    (
        "the exchange of another city",
        EXCHANGE,
        "The Osaka Stock Exchange will use AI to watch trading.",
        "Osaka Stock Exchange",
    ),
    ("a country's office", WEATHER, "The Japan Meteorological Office uses an AI rain model.", None),
    (
        "another country's office: the whole name is read",
        WEATHER,
        "The Korea Meteorological Office uses an AI rain model.",
        "Meteorological Office",
    ),
    ("after a possessive", PANDAS, "Two pandas will go to Vienna's Schönbrunn Zoo.", None),
    (
        "another zoo of the city",
        PANDAS,
        "Two pandas will go to Vienna's Tiergarten Zoo.",
        "Tiergarten Zoo",
    ),
    ("a product and its version", BRAIN, "Meituan launched Super Brain 2.0 for dispatch.", None),
    (
        "another version",
        BRAIN,
        "Meituan launched Super Brain 3.0 for dispatch.",
        "Super Brain 3.0",
    ),
    (
        "a hyphenated word, part by part",
        PARK,
        "The Shenzhen Hi-Tech Industrial Park added AI firms.",
        None,
    ),
    (
        "another kind of park",
        PARK,
        "The Shenzhen Hi-Tech Logistics Park added AI firms.",
        "Shenzhen Hi-Tech Logistics Park",
    ),
    ("a person the dictionary holds", TSAI, "Tsai Ing-wen gave a speech in Taipei.", None),
    (
        "a syllable of the given name changed: every part must translate",
        TSAI,
        "Tsai Ming-wen gave a speech in Taipei.",
        "Tsai Ming-wen",
    ),
]


def _row(case: tuple[str, str, str, str | None]) -> object:
    name, source, text, wrong = case
    return pytest.param(source, text, wrong, id=name)


@pytest.mark.parametrize(("source", "text", "wrong"), [_row(c) for c in CASES])
def test_dictionary_retellings(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([] if wrong is None else [wrong])


@pytest.mark.parametrize(
    ("source", "text"),
    [
        pytest.param(
            "悉尼是澳大利亚最大的城市。当地一家剧院上演了新歌剧。",
            "The Sydney Opera House staged a new work.",
            id="words from several places",
        ),
        pytest.param(
            "悉尼歌剧院今晚上演新剧目。",
            "The Sydney Opera House staged a new work.",
            id="together",
        ),
    ],
)
def test_a_name_stands_together_in_the_sources(source: str, text: str) -> None:
    """The words of a name are one stretch of the sources, not words gathered from
    sentences that say something else."""
    claim = next(c for c in claims_in(text) if c.text == "Sydney Opera House")
    together = source.startswith("悉尼歌剧院")
    assert dictionary_name(claim, source.lower()) is together
