"""The verifier on English names written from Chinese sources (issue 11, names37): a
name read part by part, as a writer composes it from the Chinese one, is the sources';
a part that reads no part of theirs is still flagged.

- A series' number with the heavenly stem Chinese numbers a variant by (长征三号甲: the
  Long March 3A), and the number hyphened onto a name of several words (Long March-5).
- A body's English name whose "for", "of" or "in" part Chinese writes before the body's
  word, its place in pinyin (Boao Forum for Asia: 博鳌亚洲论坛; National Supercomputing
  Center in Wuxi: 国家超级计算无锡中心).
- A Chinese person of three characters the segmenter reads as no person (许家|印), spelled
  whole in pinyin or another romanisation (Hui Ka Yan, Xu Jiayin).
- A company or a place retold half in transliteration, half translated (Estun
  Automation: 埃斯顿自动化; East Nusa Tenggara: 东努沙登加拉, two words one
  transliteration), and a place in Korea half in its Sino-Korean reading where the sources
  name Korea (Naro Space Center: 罗老宇航中心).
- A word and its plural read as one in the glossary (sport, sports: 奥体 is Olympic
  Sports).
- Numbers Chinese writes around a word: a name's phase (Lingang Phase II: 临港二期), a
  generation (Gen 2: 第二代), and a Five-Year Plan by its shorthand (the 15th: 十五五).

Each row is a source, a text a writer made from it (the sentences are ours; persons,
bodies and places are real or invented), and the claims that must be flagged, as the
verifier writes them (empty when the text is supported).
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

ROCKET_3A = "长征三号甲运载火箭今晨发射成功。"
ROCKET_5 = "长征五号运载火箭今晨发射成功。"
SERIES = [
    ("stem: 3A for 三号甲", ROCKET_3A, "A Long March 3A rocket lifted off this morning.", []),
    ("stem: 3B for 三号甲", ROCKET_3A, "A Long March 3B rocket lifted off this morning.", ["3B"]),
    ("stem: 4A for 三号甲", ROCKET_3A, "A Long March 4A rocket lifted off this morning.", ["4A"]),
    (
        "stem: 4B for 四号乙",
        "长征四号乙火箭将卫星送入轨道。",
        "A Long March 4B rocket put the satellite in orbit.",
        [],
    ),
    ("hyphen: Long March-5", ROCKET_5, "A Long March-5 rocket lifted off this morning.", []),
    (
        "hyphen: Long March-6 for 五号",
        ROCKET_5,
        "A Long March-6 rocket lifted off this morning.",
        ["Long March-6"],
    ),
    ("hyphen: Long March-3A", ROCKET_3A, "The Long March-3A rocket lifted off this morning.", []),
    (
        "hyphen: Long March-3B for 三号甲",
        ROCKET_3A,
        "The Long March-3B rocket lifted off this morning.",
        ["Long March-3B"],
    ),
    (
        "hyphen: another series' name",
        ROCKET_5,
        "A Smart Dragon-5 rocket lifted off this morning.",
        ["Smart Dragon-5"],
    ),
]

FORUM = "博鳌亚洲论坛年会今天开幕，Lumio 创始人出席。"
SUPERCOMPUTER = "国家超级计算无锡中心发布了新一代超级计算机。"
PARTS = [
    ("for: Boao Forum for Asia", FORUM, "The Boao Forum for Asia opened today.", []),
    (
        "for: another continent",
        FORUM,
        "The Boao Forum for Africa opened today.",
        ["Boao Forum", "Africa"],
    ),
    ("for: another place", FORUM, "The Bohai Forum for Asia opened today.", ["Bohai Forum"]),
    (
        "in: the place Chinese writes before 中心",
        SUPERCOMPUTER,
        "The National Supercomputing Center in Wuxi released a new supercomputer.",
        [],
    ),
    (
        "in: another city",
        SUPERCOMPUTER,
        "The National Supercomputing Center in Jinan released a new supercomputer.",
        ["National Supercomputing Center", "Jinan"],
    ),
]

FOUNDER = "恒大创始人许家印今日出席听证。"
PERSONS = [
    ("unread: Cantonese", FOUNDER, "The founder, Hui Ka Yan, attended the hearing.", []),
    ("unread: Cantonese, hyphened", FOUNDER, "Hui Ka-yan attended the hearing today.", []),
    ("unread: pinyin", FOUNDER, "The founder, Xu Jiayin, attended the hearing.", []),
    (
        "unread: another given name",
        FOUNDER,
        "The founder, Hui Ka Ming, attended the hearing.",
        ["Hui Ka Ming"],
    ),
    (
        "unread: a person the segmenter reads, and a group",
        "这是王芳组的模型，在测试中表现最好。",
        "This is Wang Fangzu's model, which tested best.",
        ["Wang Fangzu's"],
    ),
    (
        "unread: another given name in pinyin",
        FOUNDER,
        "The founder, Xu Jiaming, attended the hearing.",
        ["Xu Jiaming"],
    ),
]

MAKER = "埃斯顿自动化发布了新一代焊接机器人。"
VENUE = "联赛决赛在南京奥体中心举行。"
ERUPTION = "印尼东努沙登加拉省弗洛勒斯岛的勒沃托比火山 11 月 4 日喷发。"
COMPOSED = [
    ("transliterated: Estun Automation", MAKER, "Estun Automation released a welding robot.", []),
    (
        "transliterated: another name",
        MAKER,
        "Efort Automation released a welding robot.",
        ["Efort Automation"],
    ),
    (
        "transliterated: a place's name",
        MAKER,
        "Boston Automation released a welding robot.",
        ["Boston Automation"],
    ),
    (
        "transliterated: a place of two words",
        ERUPTION,
        "Lewotobi volcano in East Nusa Tenggara erupted on November 4.",
        [],
    ),
    (
        "transliterated: another direction",
        ERUPTION,
        "Lewotobi volcano in West Nusa Tenggara erupted on November 4.",
        ["West Nusa Tenggara"],
    ),
    (
        "transliterated: another place's second word",
        ERUPTION,
        "Lewotobi volcano in East Nusa Lembata erupted on November 4.",
        ["East Nusa Lembata"],
    ),
    (
        "plural: Olympic Sports",
        VENUE,
        "The final was held at the Nanjing Olympic Sports Centre.",
        [],
    ),
    (
        "plural: another city's centre",
        VENUE,
        "The final was held at the Suzhou Olympic Sports Centre.",
        ["Suzhou"],
    ),
]

PROJECT = "临港二期项目将于明年投产。"
CHIP = "Lumio 发布第二代推理芯片。"
PLAN = "“十五五”规划提出加快发展人工智能。"
NUMBERED = [
    ("phase: Lingang Phase II for 临港二期", PROJECT, "Lingang Phase II starts next year.", []),
    ("phase: Lingang Phase 2", PROJECT, "The Lingang Phase 2 project starts next year.", []),
    (
        "phase: another phase",
        PROJECT,
        "Lingang Phase III starts next year.",
        ["Lingang Phase III"],
    ),
    ("phase: another place", PROJECT, "Pudong Phase II starts next year.", ["Pudong Phase II"]),
    ("generation: Gen 2 for 第二代", CHIP, "Lumio released its Gen 2 inference chip.", []),
    ("generation: Gen-2", CHIP, "Lumio released its Gen-2 inference chip.", []),
    ("generation: Gen 3 for 第二代", CHIP, "Lumio released its Gen 3 inference chip.", ["Gen 3"]),
    ("plan: 15th for 十五五", PLAN, "The 15th Five-Year Plan calls for faster AI growth.", []),
    (
        "plan: after a country's possessive",
        PLAN,
        "China's 15th Five-Year Plan calls for faster AI growth.",
        [],
    ),
    ("plan: 14th for 十五五", PLAN, "The 14th Five-Year Plan calls for faster AI growth.", ["14"]),
    (
        "plan: 十四五 spelled out",
        "第十四个五年规划期间，人工智能产业规模翻番。",
        "During the 14th Five-Year Plan the AI industry doubled.",
        [],
    ),
    (
        "plan: none in the sources",
        "Lumio 计划未来五年扩产。",
        "The 15th Five-Year Plan calls for more Lumio chips.",
        ["15", "Five-Year Plan"],
    ),
]

LAUNCH = "韩国运载火箭从全罗南道罗老宇航中心升空。"
KOREAN = [
    (
        "korean: Naro Space Center for 罗老宇航中心",
        LAUNCH,
        "The rocket lifted off from the Naro Space Center.",
        [],
    ),
    (
        "korean: another place",
        LAUNCH,
        "The rocket lifted off from the Goheung Space Center.",
        ["Goheung Space Center"],
    ),
    (
        "korean: another body",
        LAUNCH,
        "The rocket lifted off from the Naro Launch Center.",
        ["Naro Launch Center"],
    ),
    (
        "korean: no Korea in the sources",
        "火箭从罗老宇航中心升空。",
        "The rocket lifted off from the Naro Space Center.",
        ["Naro Space Center"],
    ),
]

CASES = SERIES + PARTS + PERSONS + COMPOSED + NUMBERED + KOREAN


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_names37(source: str, text: str, wrong: list[str]) -> None:
    assert flagged(text, source) == wrong
