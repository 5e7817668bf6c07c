"""The verifier on three shapes review35 left (issue 11, names36): Hong Kong's spelling of
the Cantonese table's j readings (振 Chun, as in Chan Chun Sing), a nationality before
an office (Thai Defence Minister for the sources' Vietnamese minister), and a Dutch place
a particle joins written in characters (卡特韦克安泽 for Katwijk aan Zee).

Each row is a source, a text a writer made from it (the sentences are ours; persons and
places are real), and the claim (or claims) that must be flagged, as the verifier writes
them, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CHAN = "陈振声表示将加强合作。"
CHAN_EN = "Chan Chun Sing said cooperation would grow."
CHENG = "郑振辉表示将加强合作。"
CANTONESE = [
    ("j as ch, an as un: Chun", CHAN, CHAN_EN, None),
    ("another syllable", CHAN, "Chan Chee Sing said cooperation would grow.", "Chan Chee Sing"),
    ("another character", CHAN, "Chan Kwok Sing said cooperation would grow.", "Chan Kwok Sing"),
    ("zh of an en name", CHAN_EN, CHAN, None),
    ("zh of another", CHAN_EN, "陈国声表示将加强合作。", "陈国声"),
    ("振 in another name", CHENG, "Cheng Chun-fai said cooperation would grow.", None),
    ("Hokkien chin kept", CHENG, "Cheng Chin-fai said cooperation would grow.", None),
    ("a k for 振", CHENG, "Cheng Kin-fai said cooperation would grow.", "Cheng Kin-fai"),
    ("震 in a name", "张震岳表示。", "Cheung Chun-ngok said so.", None),
]

GIANG = "越南国防部长潘文江表示将深化关系。"
BALAKRISHNAN = "新加坡外交部长维文·巴拉克里希南表示将深化关系。"
MACRON = "法国总统马克龙表示将加大投资。"
NATIONALITIES = [
    (
        "Thai for Vietnam's",
        GIANG,
        "Thai Defence Minister Phan Van Giang said ties would deepen.",
        "Thai",
    ),
    (
        "Vietnamese kept",
        GIANG,
        "Vietnamese Defence Minister Phan Van Giang said ties would deepen.",
        None,
    ),
    (
        "Vietnam's kept",
        GIANG,
        "Vietnam's Defence Minister Phan Van Giang said ties would deepen.",
        None,
    ),
    (
        "Singaporean kept",
        BALAKRISHNAN,
        "Singaporean Foreign Minister Vivian Balakrishnan said ties would deepen.",
        None,
    ),
    (
        "Japanese for Singapore's",
        BALAKRISHNAN,
        "Japanese Foreign Minister Vivian Balakrishnan said ties would deepen.",
        "Japanese",
    ),
    (
        "Indonesian for Singapore's",
        BALAKRISHNAN,
        "Indonesian Foreign Minister Vivian Balakrishnan said ties would deepen.",
        "Indonesian",
    ),
    ("French before President", MACRON, "French President Emmanuel Macron said so.", None),
    ("German for France's", MACRON, "German President Emmanuel Macron said so.", "German"),
    ("after the office", MACRON, "Macron, the French president, said so.", None),
    ("Thai Prime Minister", "泰国总理表示将加大投资。", "The Thai Prime Minister said so.", None),
]

KATWIJK = "The tournament was held in Katwijk aan Zee."
PARTICLES = [
    ("zh of an en place", KATWIJK, "比赛在荷兰卡特韦克安泽举行。", None),
    (
        "zh of another place",
        "The tournament was held in Egmond aan Zee.",
        "比赛在荷兰卡特韦克安泽举行。",
        "韦克",
    ),
    ("zh of a sibling town", KATWIJK, "比赛在荷兰诺德韦克安泽举行。", "韦克"),
    (
        "no particle in the sources",
        "The tournament was held in Katwijk.",
        "比赛在荷兰卡特韦克安泽举行。",
        "韦克",
    ),
    ("en of a zh place", "比赛在荷兰卡特韦克安泽举行。", KATWIJK, None),
]

CASES = CANTONESE + NATIONALITIES + PARTICLES


@pytest.mark.parametrize(
    ("source", "text", "wrong"),
    [pytest.param(s, t, w, id=n) for n, s, t, w in CASES],
)
def test_names36_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([] if wrong is None else [wrong])
