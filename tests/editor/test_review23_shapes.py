"""The verifier on planted siblings of the rules red21, verify22 and review22 merged
(issue 11, review23): each rule accepts a supported text of its shape, and each row here
is a sibling where the same shape carries an invented or changed claim that must still be
caught, or a supported text of a nearby shape that must stay unflagged.

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
SINCE = "皮查伊于2015年出任谷歌 CEO。"
THEN = "谷歌时任 CEO 皮查伊在会上发言。"
FOUNDED = "Corvid 前 CEO 创办了新公司 Nimbus。"
DOCTOR = "斯坦福大学博士张伟的团队让机器人学会了唇语。"
PROFESSOR = "清华大学教授李华提出了新方法。"
SUPERVISOR = "清华大学博士生导师李华提出了新方法。"
ASSOCIATE = "清华大学副教授胡宇航发布了新模型。"
STAGES = "训练通常需要两到三个阶段。"
STEPS = "只需两三个步骤即可完成部署。"
DATASETS = "模型不再依赖单一数据集，而是融合了公开数据与合成数据。"
FEATURES = "公司公布了两项核心技术，并推出搜索、写作和翻译功能。"
ZONE = "苏州本周开放了首个自动驾驶示范区。"
PROOF = "作者通过“大海捞针”构造论证了这一结论。"
ARTIST = "艺术家李华认为大模型缺乏想象力。"
CASES = [
    # An appointment is the news however English words it: the appointee's name between
    # the verb and the role ("appointed Li Ming as CTO"), "appointed as", "will serve as
    # Lumio's CTO"; in Chinese 成为 and a 任 after joining (加入 Lumio 任 CTO).  A role
    # said in passing (时任, then) is still not checked.
    ("appointed: the name between", JOINED, "Lumio appointed Li Ming as CTO.", "CTO"),
    ("appointed: appoints as its", JOINED, "Lumio appoints Li Ming as its CTO.", "CTO"),
    ("appointed: hired as", JOINED, "Lumio hired Li Ming as CTO.", "CTO"),
    ("appointed: named the role", JOINED, "Lumio named Li Ming CTO.", "CTO"),
    ("appointed as", JOINED, "Li Ming has been appointed as CTO of Lumio.", "CTO"),
    ("appointed: tapped to be", JOINED, "Lumio has tapped Li Ming to be its CTO.", "CTO"),
    ("appointed: chose to become", JOINED, "Lumio chose Li Ming to become its CTO.", "CTO"),
    ("appointed: picks as", JOINED, "Lumio picks Li Ming as CTO.", "CTO"),
    ("tapped to be, stated", APPOINTED, "Lumio has tapped Wang Fang to be its CTO.", None),
    ("picked to lead is no role", JOINED, "Lumio picked Li Ming to lead the team.", None),
    ("will serve as", JOINED, "Li Ming will serve as Lumio's CTO.", "CTO"),
    ("成为", JOINED, "李明将成为 Lumio 首席技术官。", "首席技术官"),
    ("任 after joining", JOINED, "李明加入 Lumio 任首席技术官。", "首席技术官"),
    ("appointed: the name between, stated", APPOINTED, "Lumio appointed Wang Fang as CTO.", None),
    ("appointed as, stated", APPOINTED, "Wang Fang was appointed as CTO.", None),
    (
        "will serve as, stated",
        APPOINTED,
        "Wang Fang will serve as Lumio's chief technology officer.",
        None,
    ),
    ("成为, stated", APPOINTED, "王芳将成为 Lumio 首席技术官。", None),
    ("became a possessive's role", SINCE, "Pichai became Google's CTO in 2015.", "CTO"),
    ("became a possessive's role, stated", SINCE, "Pichai became Google's CEO in 2015.", None),
    (
        "serve as a role's owner",
        "该工具可作为高管助理。",
        "The tool will serve as a CEO's assistant.",
        None,
    ),
    ("时任 in passing", "谷歌的皮查伊在会上发言。", "时任谷歌 CEO 皮查伊在会上发言。", None),
    # A possessive's role after then- or ex- (hyphenated), and the chief officers in words.
    ("ex- before another role", FOUNDED, "Corvid's ex-CTO founded Nimbus.", "CTO"),
    ("ex- before the role", FOUNDED, "Corvid's ex-CEO founded Nimbus.", None),
    ("then-CEO kept", THEN, "Google's then-CEO Pichai spoke.", None),
    (
        "a chief officer in words",
        FOUNDED,
        "Corvid's former chief technology officer founded Nimbus.",
        "chief technology officer",
    ),
    (
        "the chief executive in words",
        FOUNDED,
        "Corvid's former chief executive founded Nimbus.",
        None,
    ),
    # Academic titles: Prof. is a professor (and no name); a doctoral supervisor (博士生
    # 导师) is a professor, not a doctoral student; a Latin name given first (Yuhang Hu)
    # is the Chinese name it spells.
    ("Prof. for 博士", DOCTOR, "Stanford's Prof. Zhang Wei led the team.", "Prof."),
    ("Prof. for 教授", PROFESSOR, "Tsinghua's Prof. Li Hua proposed a method.", None),
    ("Dr. is no name", PROFESSOR, "Dr. Li Hua proposed a new method.", None),
    ("博士生 for 博士生导师", SUPERVISOR, "清华大学博士生李华提出了新方法。", "博士生"),
    ("professor for 博士生导师", SUPERVISOR, "Tsinghua professor Li Hua proposed it.", None),
    (
        "professor for 副教授, given name first",
        ASSOCIATE,
        "Tsinghua professor Yuhang Hu released a model.",
        "professor",
    ),
    (
        "associate professor, given name first",
        ASSOCIATE,
        "Tsinghua associate professor Yuhang Hu released a model.",
        None,
    ),
    ("a person given name first", "胡宇航发布了新模型。", "Yuhang Hu released a model.", None),
    # 两 with the counting words of rounds, papers and machines (两轮, 两篇, 两台).
    ("两轮 for 三轮", "公司已完成三轮融资。", "公司已完成两轮融资。", "两轮"),
    ("两篇 for 三篇", "团队发表了三篇论文。", "团队发表了两篇论文。", "两篇"),
    ("两台 for 三台", "工厂部署了三台机器人。", "工厂部署了两台机器人。", "两台"),
    ("两台 kept", "工厂部署了两台机器人。", "工厂部署了两台机器人和一条产线。", None),
    # A range the sources count (两到三个, 两三个) states both its ends.
    ("两个 of 两到三个", STAGES, "训练分两个阶段。", None),
    ("三个 of 两到三个", STAGES, "训练分三个阶段。", None),
    ("四个 for 两到三个", STAGES, "训练分四个阶段。", "四个"),
    ("二至三个", "训练通常需要二至三个阶段。", "训练需要两个阶段。", None),
    ("三个 of 两三个", STEPS, "只需三个步骤即可完成部署。", None),
    ("两个 of 两三个", STEPS, "只需两个步骤即可完成部署。", None),
    ("五个 for 两三个", STEPS, "只需五个步骤即可完成部署。", "五个"),
    # 单一 counts one only where it is said: 不再依赖单一, 而非单一 say the opposite.
    ("不再依赖单一", DATASETS, "模型融合了两个数据集。", None),
    (
        "而非单一",
        "系统采用多个智能体协作，而非单一智能体。",
        "系统用两个智能体协作完成任务。",
        None,
    ),
    ("a single one said", "模型只依赖单一数据集。", "模型融合了两个数据集。", "两个"),
    # The noun a count counts is after a word that only qualifies it (核心功能 of 三大核心
    # 功能 is not the sources' 两项核心技术).
    ("a qualifier's other noun", FEATURES, "新版本有三大核心功能：搜索、写作和翻译。", None),
    ("a qualifier's noun", "新版本有两大核心功能：搜索与写作。", "新版本有三大核心功能。", "三大"),
    # An -ing name before "this week" is a name and when: no participle takes a time as
    # its object.
    (
        "-ing city before this week",
        ZONE,
        "Nanjing this week opened its first robotaxi zone.",
        "Nanjing",
    ),
    (
        "-ing city before this year",
        "上海今年发布了条例。",
        "Beijing this year issued a rule.",
        "Beijing",
    ),
    ("Using this", PROOF, "Using this needle test, the author argues it.", None),
    ("Using this week's", PROOF, "Using this week's needle test, the author argues it.", None),
    # An -ist before a name the table lacks is read against the sources' 家 words the table
    # gives no other -ist: a linguist is no 艺术家, and 专家 or 国家 names no occupation.
    ("an -ist off the table for 艺术家", ARTIST, "Linguist Li Hua argues it.", "Linguist Li Hua"),
    ("journalist for 艺术家", ARTIST, "Journalist Li Hua argues it.", "Journalist Li Hua"),
    (
        "an -ist for 专家",
        "人工智能专家李华认为大模型缺乏想象力。",
        "Futurist Li Hua argues it.",
        "Futurist Li Hua",
    ),
    (
        "an -ist off the table kept",
        "语言学家李华认为大模型缺乏想象力。",
        "Linguist Li Hua argues it.",
        None,
    ),
    ("a pianist kept", "钢琴家李华认为大模型缺乏想象力。", "Pianist Li Hua argues it.", None),
    # 家 counting firms or meaning home is no occupation (三家医院, 一家公司, 回到家).
    (
        "an -ist for 三家",
        "李华认为三家医院都缺少数据。",
        "Linguist Li Hua says three hospitals lack data.",
        "Linguist Li Hua",
    ),
    (
        "an -ist for 一家",
        "李华创办了一家公司。",
        "Linguist Li Hua founded a company.",
        "Linguist Li Hua",
    ),
    # Leaving, keeping or being fit for a role (卸任, 离任, 留任, 连任, 胜任) is no role taken.
    ("卸任 is no role taken", JOINED, "李明卸任 Lumio 首席技术官。", None),
    ("连任 is no role taken", JOINED, "李明连任 Lumio 首席技术官。", None),
    # A name in -ing with its day is the subject, not a gerund: a planted one is checked.
    ("-ing name with its day", JOINED, "Boeing on Tuesday said Li Ming joined Lumio.", "Boeing"),
    ("-ing name this week", JOINED, "Boeing this week said Li Ming joined Lumio.", "Boeing"),
    # Closed by review24: an appointment to a role the sources give someone else, and
    # "then-CTO Pichai" read as one name (its role is the name's after it).
    (
        "appointed to another's role",
        "Lumio CEO 张伟宣布，李明加入公司。",
        "李明出任 Lumio CEO。",
        "CEO",
    ),
    (
        "appointed to another's role, in English",
        "Lumio CEO 张伟宣布，李明加入公司。",
        "Li Ming was appointed CEO of Lumio.",
        "CEO",
    ),
    ("then- before another role", THEN, "Google's then-CTO Pichai spoke.", "CTO"),
    # Closed by review24: a possessive's organisation the sources give no role, where they
    # give it to another; a share (占比) is a level, no change by it.
    ("a possessive's organisation swapped", FOUNDED, "Nimbus's former CEO founded Corvid.", "CEO"),
    ("a share as a change", "AI 收入占比达到30%。", "AI revenue grew by 30%.", "30%"),
    # EV is also 新能源汽车 (new-energy vehicles), the Chinese press's word for it.
    (
        "EV for 新能源汽车",
        "此举旨在应对新能源汽车营收增长放缓。",
        "It answers slowing EV revenue growth.",
        None,
    ),
    # A company named by an everyday word and AI opening a sentence before a verb of its
    # news is a name ("Scale AI released…"; eng25), checked as one.
    (
        "an everyday word's company",
        "初创公司 Arcee AI 发布了新模型。",
        "Scale AI released a new model.",
        "Scale AI",
    ),
    # A place inside another body's name (普林斯顿高等研究院) is no university (eng25).
    (
        "another body of the place",
        "普林斯顿高等研究院发布了新论文。",
        "Princeton University released a paper.",
        "Princeton University",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review23_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


KNOWN_GAPS = [
    # A span of years supports its count of years whatever the years counted.
    (
        "a span's years for another count",
        "该研究覆盖2020年至2025年的数据，团队耗时三年完成。",
        "The team spent six years on the study.",
        "six years",
    ),
]


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_review23_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
