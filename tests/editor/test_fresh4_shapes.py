"""The verifier on the shapes the fourth fresh set's dev rows found (``bench/verify_fresh.py
--data bench/data/verify_fresh4.jsonl``: digest entries written from Chinese items of three
makinotes days no earlier set used).

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the verifier still gets
wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

QUEUE = "任务按队列串行执行，调度很简单。"
PLAYABLE = "用户用一句话就能生成可以互动的小游戏。"
CAMPUS = "北大清华团队提出了新的视觉主干网络。"
TEAM = "星海科技创始人王小明团队发布了新模型。"
CHEAPER = "新算法把推理开销降低高达 60%。"
ROUNDS = "检索器与智能体协同迭代，仅两轮训练就显著提升了效果。"
LAYERED = "团队为智能体设计了分层防御方案。"
LEVELS = "按操作的敏感程度分为全自动、需确认、转人工三档。"
APP = "一位产品经理用 AI 写出了应用。"
METRICS = "模型在准确率和速度两项指标上领先。"
COLOUR = "实验发现多模态模型读不懂色盲测试图。"
CENTRE = "公司成立了通用智能中心。"
ASSOCIATION = "深圳市人工智能行业协会发布报告。"
INDUSTRY = "AI Industry Association published a report."
HALF = "上海AI Lab 提出了新框架。"
FOUNDER = "律动造物创始人谢童团队发布了新框架。"
CASES = [
    # A sentence's first word that the text itself writes in lower case elsewhere is an
    # ordinary word the writer capitalised for standing first, not a name.
    ("plural opening written lower case", QUEUE, "Tasks run in a queue; each task waits.", None),
    (
        "adjective opening written lower case",
        PLAYABLE,
        "Interactive games come next: one line makes an interactive game.",
        None,
    ),
    # A word the text never writes in lower case is still a name where it stands first.
    ("invented name first", QUEUE, "Brightwave runs tasks in a queue.", "Brightwave"),
    # Two names of the alias table that the segmenter reads as one word (北大清华) are both
    # stated.
    (
        "two universities run together",
        CAMPUS,
        "Peking University and Tsinghua University proposed a new vision backbone.",
        None,
    ),
    (
        "another university beside them",
        CAMPUS,
        "Fudan University and Tsinghua University proposed a new vision backbone.",
        "Fudan University",
    ),
    # A fund and an app the alias table knows by both names; another fund is a claim.
    ("a fund in English", "本轮融资由红点领投。", "The round was led by Redpoint.", None),
    ("another fund in English", "本轮融资由红点领投。", "The round was led by Accel.", "Accel"),
    ("an app in English", "课程做成了多邻国式的卡片。", "It has Duolingo cards.", None),
    # A role the sources give a person through their team (创始人王小明团队) is theirs.
    ("role of the team's person", TEAM, "星海科技创始人王小明发布了新模型。", None),
    ("other role of that person", TEAM, "星海科技首席科学家王小明发布了新模型。", "首席科学家"),
    # A company jieba cuts into ordinary characters (饿|了|么) is a name once the table knows
    # it, swapped in for another.
    ("a company swapped in", "以美团客服的设计为例。", "以饿了么客服的设计为例。", "饿了么"),
    (
        "that company in English",
        "以饿了么客服的设计为例。",
        "The Ele.me desk is the example.",
        None,
    ),
    # "up to" says at most, as 高达 does: a change's size, not a level it fell to.
    ("up to a share", CHEAPER, "The new algorithm cuts inference cost by up to 60%.", None),
    ("up to another share", CHEAPER, "The new algorithm cuts inference cost by up to 80%.", "80%"),
    # Rounds, layers and tiers are counted things, as 项 and 种 are.
    ("rounds counted", ROUNDS, "仅两轮训练就显著提升了效果。", None),
    ("rounds in figures", ROUNDS, "只需 2 轮训练，效果就显著提升。", None),
    ("rounds changed", ROUNDS, "仅三轮训练就显著提升了效果。", "三轮"),
    ("layers invented", LAYERED, "团队为智能体设计了三层防御方案。", "三层"),
    ("tiers counted by their list", LEVELS, "自动化等级分三档：全自动、需确认、转人工。", None),
    ("tiers changed", LEVELS, "按敏感程度设置四档自动化等级。", "四档"),
    # A count that counts the text's own list, unless the sources count that noun (项指标)
    # with another figure: the writer lengthened their list.
    ("a list with an invented item", METRICS, "模型在准确率、速度和成本三项指标上领先。", "三项"),
    ("a list the sources count alike", METRICS, "模型在准确率和速度两项指标上领先。", None),
    (
        "a list the sources do not count",
        "模型在准确率、速度和成本上都领先。",
        "模型在准确率、速度和成本三项指标上领先。",
        None,
    ),
    # A sentence's capitalised first word that translates a word of the sources (实验:
    # experiment) is that ordinary word; so is an everyday English word that translates
    # none (test_english_openers.py); an invented one is checked as a name.
    ("ordinary word first, once", COLOUR, "Experiments show models fail colour plates.", None),
    (
        "everyday opening word the sources lack",
        "测试发现多模态模型读不懂色盲测试图。",
        "Experiments show models fail colour plates.",
        None,
    ),
    (
        "invented name first, once",
        COLOUR,
        "Brightwave shows models fail colour plates.",
        "Brightwave",
    ),
    # A Chinese body named in English by translating each of its words, in order
    # (通用智能中心: General Intelligence Center, 欧盟委员会: European Commission).
    ("a body's name translated", CENTRE, "The company set up a General Intelligence Center.", None),
    ("that name in Chinese prose", CENTRE, "公司成立了 General Intelligence Center。", None),
    (
        "another body's name",
        CENTRE,
        "The company set up a General Robotics Center.",
        "General Robotics",
    ),
    (
        "a commission translated",
        "欧盟委员会发布了新规。",
        "The European Commission issued rules.",
        None,
    ),
    (
        "another body's commission",
        "欧洲议会发布了新规。",
        "The European Commission issued rules.",
        "Commission",
    ),
    # A place by its name alone (深圳市: Shenzhen); all-capital words translate too (AI).
    ("a city without its 市", ASSOCIATION, f"The Shenzhen {INDUSTRY}", None),
    ("another city", "广州市人工智能行业协会发布报告。", f"The Shenzhen {INDUSTRY}", "Shenzhen"),
    (
        "another kind of body in that city",
        "深圳市人工智能产业联盟发布报告。",
        f"The Shenzhen {INDUSTRY}",
        "Industry Association",
    ),
    # A name the sources write half in English (上海AI Lab) is its Chinese full name when
    # its English words translate; another city's or kind of body is not.
    ("a lab written half in Chinese", HALF, "上海人工智能实验室提出了新框架。", None),
    ("another city's lab", HALF, "北京人工智能实验室提出了新框架。", "北京人工智能实验室"),
    ("another kind of body", HALF, "上海人工智能研究院提出了新框架。", "上海人工智能研究院"),
    # A company jieba reads as ordinary words (律动造物) in pinyin, word by word, four
    # syllables or more; a reading of other characters, or in another order, is not it.
    ("a company in pinyin", FOUNDER, "Lvdong Zaowu founder Xie Tong spoke.", None),
    ("ü as yu", FOUNDER, "Lyudong Zaowu founder Xie Tong spoke.", None),
    (
        "another company in pinyin",
        FOUNDER,
        "Lvdong Zaohua founder Xie Tong spoke.",
        "Lvdong Zaohua",
    ),
    ("its words reversed", FOUNDER, "Zaowu Lvdong founder Xie Tong spoke.", "Zaowu Lvdong"),
    ("two syllables only", FOUNDER, "Dong Zao founder Xie Tong spoke.", "Dong Zao"),
    # An occupation (产品经理, 设计师) is compared, in either script, where the sources
    # name one; where they name none, a writer may add one.
    ("an occupation swapped", APP, "一位设计师用 AI 写出了应用。", "设计师"),
    ("an occupation swapped in English", APP, "A designer wrote the app with AI.", "designer"),
    ("an occupation in English", APP, "A product manager wrote the app with AI.", None),
    ("an occupation added", "有人用 AI 写出了应用。", "一位设计师用 AI 写出了应用。", None),
    ("occupations as kinds", APP, "他让 AI 扮演架构师、设计师等角色。", None),
    (
        "engineer for 程序员",
        "一位程序员用 AI 写出了应用。",
        "An engineer wrote the app with AI.",
        None,
    ),
    # 一种 is an article, no count of the noun after it.
    (
        "一种 before the same noun",
        "一种基因编码的磁带能同时记录 5 种基因活动。",
        "磁带能同时记录五种基因活动。",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh4_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
