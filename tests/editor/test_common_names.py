"""A maker whose name is also a word (小米, 苹果, 快手, 字节, 蚂蚁) put in another maker's place.

A writer who slips from one company to its sibling puts the sibling where the first one
stood, in any place a name takes, not only before a news verb.  In a story whose sources
name the field's makers such a word is the maker wherever it stands, so it is checked
there; where it reads as the word (a count before it, a verb, part of a dictionary word)
or where the sources name no maker, it is not.  Each row is a source, a text a writer
made from it, and the claim that must be flagged (None: nothing); the sentences are ours.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor import Evidence
from newsdesk.editor._claim_extraction import claims_in

CASES = [
    # A sibling in a place no news verb marks: flagged.
    ("动词的宾语", "文章介绍谷歌世界模型的技术特点。", "文章介绍小米世界模型的技术特点。", "小米"),
    ("名字后的高层", "腾讯高层亲自站台新模型。", "苹果高层亲自站台新模型。", "苹果"),
    ("别家产品的主人", "字节的豆包日活破亿。", "快手的豆包日活破亿。", "快手"),
    ("去掉后缀的简称", "京东全国前置仓近两千个。", "蚂蚁全国前置仓近两千个。", "蚂蚁"),
    ("和产品粘成一词", "腾讯混元大模型曾追逐榜单。", "快手混元大模型曾追逐榜单。", "快手"),
    ("名字后的财报", "分析谷歌 Q4 财报的广告收入。", "分析高通 Q4 财报的广告收入。", "高通"),
    (
        "另一机构前的高校简称",
        "清华推出新架构 WaveFormer。",
        "中科大清华推出新架构 WaveFormer。",
        "中科大",
    ),
    # The same words where the sources state them, or where they are words: not flagged.
    (
        "来源的外文名",
        "文章介绍 Xiaomi 世界模型的技术特点。",
        "文章介绍小米世界模型的技术特点。",
        None,
    ),
    ("来源的产品", "可灵 3.0 上线多镜头，谷歌也在跟进。", "介绍快手可灵 3.0 的多镜头。", None),
    ("数过的东西", "谷歌的果园今年收了很多水果。", "谷歌的果园今年收了上千个苹果。", None),
    (
        "字节作单位",
        "谷歌的模型只调了13个参数，存下来只有26个单元。",
        "谷歌的模型只调了13个参数（26字节）。",
        None,
    ),
    ("当动词用", "谷歌发布了新的搜索模型。", "谷歌的新模型让人联想到搜索。", None),
    ("词典里的成语", "谷歌发布了新的搜索模型。", "谷歌以海纳百川的胸怀发布了新的搜索模型。", None),
    ("来源不谈厂商", "水果摊今天很忙。", "苹果的价格今天涨了，水果摊很忙。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_maker_that_is_a_word(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


def test_sources_that_name_a_maker_make_the_word_a_claim() -> None:
    """The same sentence holds a claim in a story about makers and none elsewhere."""
    text = "苹果高层亲自站台。"
    assert [c.text for c in claims_in(text, makers=True)] == ["苹果"]
    assert claims_in(text) == []
    assert Evidence.build(["腾讯高层亲自站台。"]).makers
    assert Evidence.build(["蚂蚁灵波开源了新模型。"]).makers  # a short form names one too
    assert not Evidence.build(["水果摊今天很忙。"]).makers
