"""The verifier on planted siblings of the rules red22, brand23 and review23 merged
(issue 11, review24): each rule accepts a supported text of its shape, and each row here
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

MODEL = "据悉，Lumio 发布了新模型。"
JOINED = "性能专家李明加入 Lumio，负责解决推理服务的性能瓶颈。"
APPOINTED = "王芳出任 Lumio 首席技术官，负责推理服务。"
THEN = "谷歌时任 CEO 皮查伊在会上发言。"
FOUNDED = "Corvid 前 CEO 创办了新公司 Nimbus。"
DOCTOR = "斯坦福大学博士张伟的团队让机器人学会了唇语。"
REVENUE = "公司去年营收破亿元。"
STUDY = "团队耗时五年完成这项研究。"
CHIPS = "该模型由岚芯和沐曦联合发布。"
LISTING = "公司今年将于香港上市，募资超十亿港元。"
FOUNDER = "该公司由前华为工程师创办。"
CASES = [
    # 破亿, 过亿 (a scale passed) is one of it in the currency it names: 破亿元 says yuan,
    # so "$100 million" is another amount, "100 million yuan" the same.
    ("破亿元 for dollars", REVENUE, "Revenue passed $100 million last year.", "$100 million"),
    ("破亿元 in yuan", REVENUE, "Revenue passed 100 million yuan last year.", None),
    (
        "过亿美元 for yuan",
        "该产品年收入过亿美元。",
        "The product earns over 100 million yuan a year.",
        "100 million yuan",
    ),
    ("破亿 of users", "应用日活破亿。", "The app has 100 million daily users.", None),
    # Years counted in numerals: 两年 is a count of years as 三年 is.
    ("两年 for 五年", STUDY, "团队耗时两年完成这项研究。", "两年"),
    ("三年 for 五年", STUDY, "团队耗时三年完成这项研究。", "三年"),
    ("五年 kept", STUDY, "团队用五年完成了研究。", None),
    ("两年 framing", "公司计划推出新模型。", "公司计划在未来两年推出新模型。", None),
    # A sentence opened by a verb (imperative, gerund) is no name; a name in -ing before an
    # adverb and its verb ("Boeing also said") is the subject, checked.
    ("-ing name, also said", JOINED, "Boeing also said Li Ming joined Lumio.", "Boeing"),
    ("-ing name, recently", MODEL, "Corning recently released a new model.", "Corning"),
    ("-ing name, first argued", MODEL, "Hawking first argued that models plateau.", "Hawking"),
    ("gerund, an adverb and is", MODEL, "Moving quickly is what Lumio does best.", None),
    ("gerund, its plural object", MODEL, "Building agents just got easier with Lumio.", None),
    ("gerund, its object and is", MODEL, "Training models is costly, Lumio says.", None),
    ("imperative before the", MODEL, "Try the new Lumio model for free.", None),
    ("imperative before a possessive", MODEL, "Meet Lumio's new model.", None),
    ("imperative before a name", MODEL, "Meet Zentrix, a new model.", "Zentrix"),
    (
        "an opening clause with its day",
        MODEL,
        "Beginning on Monday, Lumio opens its model to every user.",
        None,
    ),
    ("-ing name with its day", JOINED, "Boeing on Monday said Li Ming joined Lumio.", "Boeing"),
    # Q&A and Issue N are ordinary words; the number and the names beside them are checked.
    ("Issue N, another number", "第59期播客上线。", "Issue 60 of the podcast is out.", "60"),
    (
        "a Q&A's planted name",
        "第59期播客上线，嘉宾是 Lumio CEO。",
        "Issue 59: a Q&A with the Zentrix CEO.",
        "Zentrix",
    ),
    # Pinyin of a word jieba cut into characters: a numeral is no part of a name (超|十 is
    # no company Chaoshi); a preposition jieba glued to a name (由岚芯) is not the name's.
    ("a numeral's run", LISTING, "Chaoshi will list its shares this year.", "Chaoshi"),
    ("a name after 由", CHIPS, "Lanxin and Muxi jointly released the model.", None),
    ("a name after 由, alone", "该芯片由岚芯设计。", "The chip was designed by Lanxin.", None),
    ("a name after 由, changed", CHIPS, "Lanxi and Muxi jointly released the model.", "Lanxi"),
    # A place whose English is no pinyin (Hong Kong, Hsinchu) or a foreign place the
    # Chinese writes by its own name (旧金山) is the sources' place; another is not.
    ("Hong Kong for 香港", LISTING, "The firm will list in Hong Kong this year.", None),
    ("Hsinchu for 新竹", "台积电在新竹扩建工厂。", "TSMC expands its fab in Hsinchu.", None),
    ("Hsinchu for 高雄", "台积电在高雄扩建工厂。", "TSMC expands its fab in Hsinchu.", "Hsinchu"),
    (
        "San Francisco for 旧金山",
        "公司总部位于旧金山。",
        "The firm is based in San Francisco.",
        None,
    ),
    ("Paris for 伦敦", "公司总部位于伦敦。", "The firm is based in Paris.", "Paris"),
    # A company's name jieba tags a person's is not a person whose given name may come
    # first: 华为 is no Wei Hua.
    ("a company as a person", FOUNDER, "Wei Hua, a former engineer, founded it.", "Wei Hua"),
    ("a company kept", FOUNDER, "Former Huawei engineers founded the company.", None),
    # Prof without its full stop is the title Prof. is.
    ("Prof for 博士", DOCTOR, "Prof Zhang Wei's Stanford team taught a robot.", "Prof"),
    ("Dr. kept", DOCTOR, "Dr. Zhang Wei's Stanford team taught a robot to lip-read.", None),
    # 单一 counts no one only where it is denied: 非常 (very) and 从…训练 (from) deny nothing.
    ("非常依赖单一", "模型非常依赖单一数据集。", "模型融合了两个数据集。", "两个"),
    ("从单一 as a source", "模型从单一数据集训练而来。", "模型融合了两个数据集。", "两个"),
    ("不断 before 单一", "团队不断优化单一模型。", "团队优化了两个模型。", "两个"),
    ("从单一 turned away from", "系统从单一模型转向多模型协作。", "系统不再只用一个模型。", None),
    # An appointment: 履新 (takes up a post) is one.
    ("履新", JOINED, "李明履新 Lumio 首席技术官。", "首席技术官"),
    ("履新, stated", APPOINTED, "王芳履新 Lumio 首席技术官。", None),
    (
        "tapped as, in words",
        APPOINTED,
        "Lumio tapped Wang Fang as chief technology officer.",
        None,
    ),
    # A role the sources give someone else or an organisation they do not, appointed or
    # said in passing (then-, a possessive), is checked against who holds it there.
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
    (
        "appointed to the holder's role",
        "Lumio CEO 张伟宣布，李明加入公司。",
        "Zhang Wei was appointed CEO of Lumio.",
        None,
    ),
    (
        "appointed to a role left",
        "王芳卸任 Lumio 首席技术官。",
        "王芳出任 Lumio 首席技术官。",
        "首席技术官",
    ),
    ("then- before another role", THEN, "Google's then-CTO Pichai spoke.", "CTO"),
    ("then- before the role", THEN, "Google's then-CEO Pichai spoke.", None),
    ("then-CFO", THEN, "Google's then-CFO Pichai spoke at the event.", "CFO"),
    # An organisation before a role the sources have someone take at it owns the role:
    # "Lumio CEO" after 王芳出任 is Lumio's CEO, not a CEO named Lumio.
    ("the owner before a role taken", "Lumio 宣布王芳出任 CEO。", "王芳出任 Lumio CEO。", None),
    ("the owner's new role", "Lumio 宣布王芳出任首席执行官。", "Lumio 迎来新任 CEO。", None),
    ("the owner, holder after", "Lumio 宣布王芳出任首席执行官。", "Lumio 的新 CEO 是王芳。", None),
    (
        "another owner's new role",
        "Corvid 宣布王芳出任 CEO，Nimbus 表示祝贺。",
        "Nimbus 迎来新任 CEO。",
        "CEO",
    ),
    # A capitalised word in -ing before an everyday acronym is a gerund ("Scaling AI is
    # hard"), but not before a verb of a company's news: "Sterling AI released" (eng25).
    ("-ing company before AI", MODEL, "Sterling AI released a new model.", "Sterling AI"),
    # A place inside another body's name (东京工业大学) is no University of Tokyo (eng25).
    (
        "a university of the place for another body",
        "东京工业大学团队开源了模型。",
        "The University of Tokyo open-sourced a model.",
        "University of Tokyo",
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review24_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


KNOWN_GAPS = [
    # A name in -ing before an adverb and a verb in the present (-s) reads as a gerund before
    # its object's verb ("Training also requires…" is one), so the name goes unchecked.
    ("-ing name, also makes", MODEL, "Corning also makes a new model.", "Corning"),
]


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_review24_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
