"""The verifier on Chinese names the places table, the alias table and short forms decide
(issue 11): a transliterated person jieba tags a place (奥巴马 is ns), a country that must
read as one (乌克兰表示 is Ukraine, said), a company name jieba cuts into common words
(深|信服), and an institution's short name written part by part (中科院自动化所).

Each row is a source, a text a writer made from it (the sentences are ours; the persons,
places, companies and institutes are real), and the claim that must be flagged, as the
verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._place_table import places

BIDEN = "拜登表示，将加强对 AI 芯片的出口管制。"
UKRAINE_EN = "Ukraine said it would build a national AI centre."
UKRAINE_ZH = "乌克兰表示将建设国家 AI 中心。"
QIANXIN = "奇安信发布新一代安全大模型。"
CASIA = "中国科学院自动化研究所发布新一代多模态模型。"
ICT = "中国科学院计算技术研究所发布新一代多模态模型。"

MISSES = [
    # A person jieba's dictionary tags a place, written for another.
    (
        "a person tagged a place, for another",
        BIDEN,
        "奥巴马表示，将加强对 AI 芯片的出口管制。",
        "奥巴马",
    ),
    (
        "a person tagged a place, after a title",
        "美国总统拜登签署行政令。",
        "美国总统奥巴马签署行政令。",
        "奥巴马",
    ),
    # Countries the table now holds, swapped, in either script.
    ("another country for Ukraine", UKRAINE_EN, "波兰表示将建设国家 AI 中心。", "波兰"),
    ("another country for 乌克兰", UKRAINE_ZH, "白俄罗斯表示将建设国家 AI 中心。", "白俄罗斯"),
    ("Turkey for 乌克兰", UKRAINE_ZH, "Turkey said it would build a national AI centre.", "Turkey"),
    ("a city for another", "OpenAI 在伦敦设立办公室。", "OpenAI 在迪拜设立办公室。", "迪拜"),
    ("a city more precise than its country", UKRAINE_ZH, "基辅表示将建设国家 AI 中心。", "基辅"),
    # A company jieba cuts into common words (深|信服), for another.
    ("a company cut in two, for another", QIANXIN, "深信服发布新一代安全大模型。", "深信服"),
    ("another security firm", QIANXIN, "绿盟科技发布新一代安全大模型。", "绿盟科技"),
    # A short form of another institute, or of another kind.
    ("another institute's short form", CASIA, "中科院计算所发布新一代多模态模型。", "中科院计算所"),
    (
        "a short form of the other way round",
        ICT,
        "中科院自动化所发布新一代多模态模型。",
        "中科院自动化所",
    ),
    (
        "another university's short name",
        "北京理工大学团队发布新模型。",
        "北大团队发布新模型。",
        "北大",
    ),
    (
        "a university for an academy",
        "中国科学院团队发布新模型。",
        "中科大团队发布新模型。",
        "中科大",
    ),
]

NON_MISSES = [
    ("the person tagged a place", "奥巴马表示将加强监管。", "奥巴马表示将加强监管。", None),
    (
        "the person tagged a place, from English",
        "Obama said chips would be controlled.",
        "奥巴马表示将管制芯片。",
        None,
    ),
    # 乌克兰表示 reads as the country an English source names.
    ("乌克兰 for Ukraine", UKRAINE_EN, UKRAINE_ZH, None),
    ("Ukraine for 乌克兰", UKRAINE_ZH, UKRAINE_EN, None),
    (
        "a country the text makes vaguer",
        "公司在基辅设立研发中心。",
        "公司在乌克兰设立研发中心。",
        None,
    ),
    (
        "a capital in English",
        "公司在迪拜设立办公室。",
        "The company opened an office in Dubai.",
        None,
    ),
    ("Manhattan is in New York", "公司在曼哈顿设立办公室。", "公司在纽约设立办公室。", None),
    ("Scotland is in the UK", "苏格兰政府发布 AI 法案。", "英国政府发布 AI 法案。", None),
    ("both Congos", "刚果（金）将建设数据中心。", "刚果将建设数据中心。", None),
    # The company, whole, in either script.
    (
        "the company cut in two",
        "深信服发布新一代安全大模型。",
        "深信服发布新一代安全大模型。",
        None,
    ),
    (
        "the company in English",
        "Sangfor released a security model.",
        "深信服发布安全大模型。",
        None,
    ),
    # Short forms of the sources' full names, part by part.
    (
        "an academy's and its institute's short forms",
        CASIA,
        "中科院自动化所发布新一代多模态模型。",
        None,
    ),
    ("the institute's short form alone", CASIA, "自动化所发布新一代多模态模型。", None),
    ("another institute's own short form", ICT, "中科院计算所发布新一代多模态模型。", None),
    (
        "an institute the alias table lacks",
        "中国科学院软件研究所发布新模型。",
        "中科院软件所发布新模型。",
        None,
    ),
    (
        "an institute's short form keeping its place",
        "中国科学院深圳先进技术研究院发布新模型。",
        "中科院深圳先进院发布新模型。",
        None,
    ),
    ("Peking's short name", "北京大学团队发布新模型。", "北大团队发布新模型。", None),
    ("Tsinghua's short name", "清华大学团队发布新模型。", "清华团队发布新模型。", None),
    ("USTC's short name", "中国科学技术大学团队发布新模型。", "中科大团队发布新模型。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"),
    [c[1:] for c in MISSES + NON_MISSES],
    ids=[c[0] for c in MISSES + NON_MISSES],
)
def test_places30(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


def test_every_member_of_the_united_nations_is_a_place() -> None:
    """193 members: the table's countries, less the places that are none (Taiwan, Hong
    Kong, Macau, the two observers, the two Congos' shared name, the continents, the
    United Kingdom's nations)."""
    countries = {
        key
        for key, place in places().items()
        if place.within in (None, "europe", "congo") and len(key) == 2
    }
    assert len(countries - {"tw", "va", "ps"}) == 193


def test_a_table_name_jieba_cuts_is_found_whole() -> None:
    sentence = "深信服发布新一代安全大模型。"
    assert [sentence[a:b] for a, b in chinese_names(sentence)] == ["深信服"]
