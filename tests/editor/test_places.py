"""The verifier on places and countries (issue 11): a place a text states is a claim its
sources must support, in either script and across them (``places.yaml``).

Each row is a source and a text a writer made from it (the sentences and the company,
Corvid, are ours; the places are real).  ``wrong`` is the claim that must be flagged, as
the verifier writes it, or None when the sources support every place the text names: by
the place itself, its other name in either script, or a place inside it (the text may be
vaguer than its sources, never more precise).
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

from newsdesk.editor._place_table import places

HEFEI = "合肥一家机器人公司 Corvid 宣布完成新一轮融资。"
ANHUI = "安徽一家机器人公司 Corvid 宣布完成新一轮融资。"
HANGZHOU = "总部位于杭州的 Corvid 发布新模型。"
KOREA = "韩国政府宣布，将为 Corvid 等芯片公司提供补贴。"
BEIJING = "北京一家初创公司 Corvid 发布新模型。"
XIAN = "Corvid 在西安设立研发中心。"
SEOUL = "Corvid is based in Seoul, South Korea."
TRADE = "中美两国在芯片领域的竞争加剧，Corvid 受到影响。"
PKU = "北京大学团队与 Corvid 合作发布新模型。"

MISSES = [
    # A province, a city, a country swapped, in Chinese.
    ("another province", ANHUI, "江苏一家机器人公司 Corvid 宣布完成新一轮融资。", "江苏"),
    ("another city", HANGZHOU, "总部位于深圳的 Corvid 发布新模型。", "深圳"),
    ("another country", KOREA, "日本宣布将为 Corvid 等芯片公司提供补贴。", "日本"),
    ("a city from its province", ANHUI, "合肥一家机器人公司 Corvid 完成融资。", "合肥"),
    # In English from a Chinese source.
    ("Japan for 韩国", KOREA, "Japan will subsidise chipmakers such as Corvid.", "Japan"),
    ("Shanghai for 北京", BEIJING, "A Shanghai startup, Corvid, released a new model.", "Shanghai"),
    ("Jiangsu for 安徽", ANHUI, "Corvid, a robot maker in Jiangsu, raised money.", "Jiangsu"),
    (
        "an adjective for another country",
        KOREA,
        "Japanese chipmakers such as Corvid get aid.",
        "Japanese",
    ),
    (
        "Xi'an whole, for 成都",
        "Corvid 在成都设立研发中心。",
        "Corvid opened a lab in Xi'an.",
        "Xi'an",
    ),
    # In English from an English source, and in Chinese from an English source.
    ("Tokyo for Seoul", SEOUL, "Corvid is based in Tokyo.", "Tokyo"),
    ("Japan for South Korea", SEOUL, "Corvid is based in Seoul, Japan.", "Japan"),
    ("日本 for South Korea", SEOUL, "Corvid 总部位于日本。", "日本"),
    ("Latin America", SEOUL, "Corvid sells in Seoul and Latin America.", "Latin America"),
    ("Chinese for Seoul", SEOUL, "Corvid is a Chinese startup.", "Chinese"),
    ("a country's firms", KOREA, "日本企业如 Corvid 将获得补贴。", "日本"),
    ("a pair with another country", TRADE, "中日两国在芯片领域的竞争加剧。", "中日"),
]

NON_MISSES = [
    # The place itself, its other script, its other name.
    ("the same province", ANHUI, "安徽的 Corvid 完成了新一轮融资。", None),
    ("Beijing for 北京", BEIJING, "A Beijing startup, Corvid, released a new model.", None),
    ("Peking for 北京", BEIJING, "Corvid, a Peking startup, released a model.", None),
    ("Xi'an for 西安", XIAN, "Corvid opened a research centre in Xi'an.", None),
    ("South Korea for 韩国", KOREA, "South Korea will subsidise Corvid.", None),
    ("Korea for 韩国", KOREA, "Korea will subsidise Corvid.", None),
    ("China for a Chinese source", "Corvid 发布新模型。", "China's Corvid released a model.", None),
    (
        "US for 美国",
        "美国政府对 Corvid 展开调查。",
        "The US government is looking into Corvid.",
        None,
    ),
    ("America for 美国", "美国政府对 Corvid 展开调查。", "America is looking into Corvid.", None),
    (
        "U.S. for 美国",
        "美国政府对 Corvid 展开调查。",
        "U.S. officials are looking into Corvid.",
        None,
    ),
    # The containing region, where the text is vaguer than its source.
    ("province for its city", HEFEI, ANHUI, None),
    ("Anhui for 合肥", HEFEI, "Corvid, a robot maker in Anhui, raised money.", None),
    ("China for 合肥", HEFEI, "Corvid, a Chinese robot maker, raised money.", None),
    ("中国 for 合肥", HEFEI, "中国机器人公司 Corvid 完成融资。", None),
    ("country for its capital", SEOUL, "Corvid 是一家韩国公司。", None),
    ("Europe for Germany", "德国政府向 Corvid 提供补贴。", "欧洲国家向 Corvid 提供补贴。", None),
    # A place where the sources name none is background the writer knows.
    ("a firm's country", "软银投资了 Corvid。", "日本软银投资了 Corvid。", None),
    ("a firm's city", "Corvid 完成新一轮融资。", "杭州的 Corvid 完成新一轮融资。", None),
    # Adjectives and demonyms.
    ("a country's government", KOREA, "韩国政府将补贴 Corvid。", None),
    ("Korean for 韩国", KOREA, "The Korean government will subsidise Corvid.", None),
    (
        "韩国的 for Korean",
        "The Korean government will subsidise Corvid.",
        "韩国的政府将补贴 Corvid。",
        None,
    ),
    ("a language, not a country", KOREA, "Corvid's chatbot answers in Japanese.", None),
    ("a language's noun", KOREA, "Corvid released a Japanese language model.", None),
    ("a currency", KOREA, "Korea's aid to Corvid is paid in Japanese yen.", None),
    ("a country's currency", KOREA, "Korea will pay Corvid in US dollars.", None),
    # Pairs of countries, and their look-alikes.
    ("中美 for 中美", TRADE, "中美芯片竞争加剧。", None),
    ("中美 for China and the US", "China and the US compete on chips.", "中美芯片竞争激烈。", None),
    ("中英文 is languages", "Corvid 的模型支持英文。", "Corvid 的模型支持中英文。", None),
    ("中英对照 is a translation", KOREA, "韩国政府发布中英对照的补贴细则。", None),
    ("美德 is a virtue", KOREA, "韩国政府称补贴 Corvid 是一种美德。", None),
    ("美元 is a currency", "Corvid 融资 5000 万美元。", "Corvid 完成 5000 万美元融资。", None),
    ("其中 is no pair", "Corvid 有 3 个模型。", "Corvid 有 3 个模型，其中美术模型最受欢迎。", None),
    # A place inside a name, or a time zone, is no place of its own.
    ("北京大学 is a name", PKU, "北京大学团队与 Corvid 合作。", None),
    ("北大 for 北京大学", PKU, "北大团队与 Corvid 合作发布新模型。", None),
    (
        "北京时间 is a time",
        "Corvid 于 3 月 5 日发布新模型。",
        "北京时间 3 月 5 日，Corvid 发布新模型。",
        None,
    ),
    ("成都 is no word of 完成都", HEFEI, "Corvid 完成都是为了融资。", None),
    (
        "a lab named by its city",
        "上海人工智能实验室与 Corvid 合作。",
        "上海人工智能实验室与 Corvid 合作。",
        None,
    ),
    ("China Life", "中国人寿投资了 Corvid。", "China Life invested in Corvid.", None),
    (
        "New York Times",
        "据《纽约时报》报道，Corvid 完成融资。",
        "The New York Times reported that Corvid raised money.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"),
    [c[1:] for c in MISSES + NON_MISSES],
    ids=[c[0] for c in MISSES + NON_MISSES],
)
def test_places(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


def test_every_holder_is_a_place_of_the_table() -> None:
    table = places()
    assert all(p.within is None or p.within in table for p in table.values())


def test_no_form_names_two_places() -> None:
    forms = [f for p in places().values() for f in (*p.zh, *p.latin, *p.adjectives)]
    assert len(forms) == len(set(forms))
