"""A person's name the verifier has never seen is found by where it stands.

Every name here is invented (a common surname and one or two given-name characters no
list of ours holds), so a row passes only on a general cue: a surname and a short given
name after the end of a clause, a role or a conjunction and before what a person does
(认为, 出任, 团队, 亲自), after a role and before a preposition or a mark, or in the list
of an interview.  The same places with a common word (方面, 项目, 高管) are no name.

``wrong`` is the claim that must be flagged, or None when the text states nothing the
source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

CASES = [
    # A swapped person in a person's place is caught.
    ("连词后说话的人", "但程越认为其本质是投机。", "但李俊认为其本质是投机。", "李俊"),
    ("句首加入的人", "程越加入后试图扭转局面。", "吕淼加入后试图扭转局面。", "吕淼"),
    ("副词后出任", "程越正式出任董事长。", "焦淼睿正式出任董事长。", "焦淼睿"),
    ("创始人团队", "星澜创始人程越团队与高校合作。", "星澜创始人岳彬轩团队与高校合作。", "岳彬轩"),
    ("头衔后的介词", "开发者程越通过复制模式盈利。", "开发者崔健通过复制模式盈利。", "崔健"),
    ("专访名单", "独家专访程越、姚远：端侧的未来。", "独家专访姜萱、姚远：端侧的未来。", "姜萱"),
    ("和后亲自站台", "谷歌高管和程越亲自站台。", "谷歌高管和姜萱亲自站台。", "姜萱"),
    (
        "分隔符后接管",
        "晚点独家丨程越接管字节 Seed 这一年。",
        "晚点独家丨庞娟浩接管字节 Seed 这一年。",
        "庞娟浩",
    ),
    ("重磅发声", "程越重磅发声：全AI公司是未来。", "苏萱重磅发声：全AI公司是未来。", "苏萱"),
    ("提醒的人", "程越提醒需谨慎选择工具。", "顾娜娜提醒需谨慎选择工具。", "顾娜娜"),
    (
        "学家后的动词",
        "物理学家程越讨论了意识的本质。",
        "物理学家詹凯航讨论了意识的本质。",
        "詹凯航",
    ),
    ("批评的人", "程越批评行业存在大量遥控机器。", "汪振振批评行业存在大量遥控机器。", "汪振振"),
    ("校友后的任何动词", "校友程越斩获科研奖。", "校友乔婷淼斩获科研奖。", "乔婷淼"),
    # The same places with the source's person, or with a common word, flag nothing.
    ("来源里的人", "创始人岳彬轩表示产品已上线。", "创始人岳彬轩团队表示产品已上线。", None),
    ("方面表示", "公司表示产品已上线。", "公司方面表示，产品已上线。", None),
    ("项目负责人", "负责人表示产品已上线。", "项目负责人表示产品已上线。", None),
    ("高管称", "公司高管表示产品已上线。", "，高管称产品已上线。", None),
    ("作者单位", "论文作者来自高校。", "论文作者单位，来自高校。", None),
    ("名字后的副词不算名字", "程越表示产品已上线。", "程越也表示产品已上线。", None),
    ("评论认为", "业内人士认为产品已上线。", "业内评论认为，产品已上线。", None),
    ("学家后的常用词", "科学家认为产品已上线。", "科学家方面认为，产品已上线。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_an_unseen_person_in_a_persons_place(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
