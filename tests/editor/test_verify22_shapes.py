"""The verifier on the false-alarm shapes of English entries written from Chinese items
(issue 11, verify22): the fifth fresh set's dev rows and the fourth's one, each rule
beside sibling rows where an error of the same shape is still flagged.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

PROOF = "作者通过“大海捞针”构造论证了这一结论。"
CITATIONS = "AI 捏造的虚构引用已蔓延至期刊。"
STARTUP = "初创公司 Arcee AI 发布了新模型。"
THINKER = "神经科学家大卫·罗比基于哲学思想提出新观点。"
PHILOSOPHER = "他将法国哲学家亨利·柏格森的思想引入神经科学。"
LAB = "美国普林斯顿大学团队开发出新的记录工具。"
ROUND = "公司完成新一轮融资，印奇出任董事长。"
SALES = "此举旨在应对电动汽车营收增长放缓。"
ADS = "目前仅提供类似电视广告的高层级数据。"
SCORES = "框架引入两个诊断指标（SCS语法得分与CCS能力得分）。"
AGENT = "该工具可处理从内核代码到环境配置的端到端任务。"
COST = "新方法将推理成本降至60%。"
CASES = [
    # A sentence's first word is a participle, not a name, by its ending and what follows:
    # an -ing word before an article or a possessive, an -ed word before the quoted words
    # it describes.  A name before the same words stays a name.
    ("-ing before an article", PROOF, "Using a needle test, the author argues it.", None),
    ("a name before an article", PROOF, "Vercel the company argues it.", "Vercel"),
    ("an -ing name before a verb", PROOF, "Beijing argues it.", "Beijing"),
    ("an -ed name before a verb", CITATIONS, "Ahmed says citations spread.", "Ahmed"),
    ("-ed before a quote", CITATIONS, "Invented “ghost citations” reached journals.", None),
    ("a name before a quote", CITATIONS, "Netlify “ghost citations” spread.", "Netlify"),
    ("a short -ed name", CITATIONS, "Fred says citations spread.", "Fred"),
    # A capitalised first word joined to the name after it: an everyday word (startup,
    # however hyphenated) or an -ist where the sources name an occupation in 家.  The
    # name is checked alone.
    ("start-up before a name", STARTUP, "Start-up Arcee AI released a new model.", None),
    ("startup before a name", STARTUP, "Startup Arcee AI released a new model.", None),
    (
        "start-up before another name",
        STARTUP,
        "Start-up Nimbus AI released a new model.",
        "Start-up Nimbus",
    ),
    ("-ist before a name", THINKER, "Neuroscientist David Robbe argues it.", None),
    (
        "-ist before another name",
        THINKER,
        "Neuroscientist Daniel Rosen argues it.",
        "Neuroscientist Daniel Rosen",
    ),
    # Transliteration: a name after the dot ends where a word ends (罗比|基于); a place
    # inside a body's name is read (普林斯顿 of 美国普林斯顿大学); 柏, 大 and 卫 are
    # transliteration characters; a word's final d may go unwritten (David: 大卫).
    ("a name cut from the next word", THINKER, "David Robbe argues it.", None),
    ("another given name", THINKER, "Dana Robbe argues it.", "Dana Robbe"),
    ("another surname", THINKER, "David Rubin argues it.", "David Rubin"),
    ("a philosopher in English", PHILOSOPHER, "He draws on Henri Bergson's ideas.", None),
    ("another philosopher", PHILOSOPHER, "He draws on Henri Bernard's ideas.", "Henri Bernard's"),
    ("a place inside a body", LAB, "A Princeton University team built it.", None),
    ("another place", LAB, "A Yale University team built it.", "Yale University"),
    # A person named again by one part of the full name the text gave and the sources
    # support; a part of no earlier name is checked as a name.
    ("a surname after the full name", ROUND, "It named Yin Qi chairman. Yin leads it.", None),
    ("another surname after it", ROUND, "It named Yin Qi chairman. Zhou leads it.", "Zhou"),
    ("a surname alone", ROUND, "Yin leads the company.", "Yin"),
    # Abbreviations of common nouns are terms (terms.yaml), supported by their Chinese;
    # X-style is X's relation as 类似 X states it.
    ("EV for 电动汽车", SALES, "It answers slowing EV revenue growth.", None),
    ("TV for 电动汽车", SALES, "It answers slowing TV revenue growth.", "TV"),
    ("TV-style for 类似电视", ADS, "It reports only TV-style data.", None),
    ("OEM-style for 类似电视", ADS, "It reports only OEM-style data.", "OEM-style"),
    # An English count whose list follows a comma, each item a name: the count of that
    # list (the noun may be an adjective away).
    (
        "a count of a list after a comma",
        SCORES,
        "It measures two intrinsic scores, SCS for syntax and CCS for ability, before RL.",
        None,
    ),
    (
        "another count of the list",
        SCORES,
        "It measures three intrinsic scores, SCS for syntax and CCS for ability, before RL.",
        "three intrinsic",
    ),
    ("a count with no list", SCORES, "It measures three intrinsic scores.", "three intrinsic"),
    # A character the segmenter glued to the word before it, when it opens a known phrase
    # that repeats it (端 of 端到端), makes no name of that word; a name before the phrase
    # is still one.
    ("能端 from 能端到端", AGENT, "它有编程能力，能端到端处理任务。", None),
    ("a name before 端到端", AGENT, "月之暗面能端到端处理任务。", "月之暗面"),
    # "by" before a percentage is by how much (a change), whatever verb stands further
    # back: "cut by up to 60%" is not the sources' 降至60% (down to 60%).
    ("cut by up to for 降至", COST, "The method cuts inference cost by up to 60%.", "60%"),
    ("cut to for 降至", COST, "The method cuts inference cost to 60%.", None),
    (
        "cut by up to for 最高降低",
        "新方法最高将推理成本降低60%。",
        "The method cuts inference cost by up to 60%.",
        None,
    ),
    ("a share of whom", "40%的开发者使用该工具。", "The tool is used by 40% of developers.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_verify22_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
