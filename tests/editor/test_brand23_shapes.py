"""English names of Chinese companies, apps and bodies against Chinese sources (brand23).

An English digest entry written from a Chinese item names the item's companies by their
official English names (Bilibili for B站, Feishu or Lark for 飞书) or by their pinyin
(Lanxin for a 岚芯 no table lists).  Each supported row must stay unflagged; beside it
a row swaps in another real company, app or university, which must still be caught.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

VIDEO = "智能体从B站下载视频，再自动生成摘要。"
ORDERS = "用户可通过飞书向智能体下达指令。"
STREAM = "作者认为这款应用是 AI 版优酷。"
FLEET = "曹操出行计划到2030年投放定制车。"
PRINTER = "拓竹发布了新款3D打印机。"
SEARCH = "小红书上线了 AI 搜索功能。"
CAR = "蔚来发布了新款电动车。"
BATTERY = "宁德时代发布了新电池。"
LAB = "美国密歇根大学团队开发出新工具。"
PHOTO = "岚芯发布了 AI 修图工具。"
BUYER = "碧桂园与华为签约，采购一批 AI 服务器。"
MODEL = "该公司发布了新模型。"
CASES = [
    # An app or company by its official English name: the alias table's.
    ("alias: Bilibili for B站", VIDEO, "The agent downloads a Bilibili video.", None),
    ("alias: another video site", VIDEO, "The agent downloads a Youku video.", "Youku"),
    ("alias: Feishu for 飞书", ORDERS, "Users give the agent orders through Feishu.", None),
    ("alias: Lark for 飞书", ORDERS, "Users give the agent orders through Lark.", None),
    (
        "alias: another office app",
        ORDERS,
        "Users give the agent orders through DingTalk.",
        "DingTalk",
    ),
    ("alias: Youku for 优酷", STREAM, "The author calls the app an AI Youku.", None),
    ("alias: another streaming site", STREAM, "The author calls the app an AI iQiyi.", "iQiyi"),
    ("alias: Cao Cao Mobility for 曹操出行", FLEET, "Cao Cao Mobility plans custom cars.", None),
    ("alias: another ride-hailing firm", FLEET, "Didi plans custom cars.", "Didi"),
    ("alias: Bambu Lab for 拓竹", PRINTER, "Bambu Lab released a new 3D printer.", None),
    ("alias: another printer maker", PRINTER, "Creality released a new 3D printer.", "Creality"),
    ("alias: RedNote for 小红书", SEARCH, "RedNote launched AI search.", None),
    ("alias: Xiaohongshu for 小红书", SEARCH, "Xiaohongshu launched AI search.", None),
    ("alias: another app", SEARCH, "Douyin launched AI search.", "Douyin"),
    ("alias: NIO for 蔚来", CAR, "NIO released a new electric car.", None),
    ("alias: another carmaker", CAR, "XPeng released a new electric car.", "XPeng"),
    ("alias: CATL for 宁德时代", BATTERY, "CATL unveiled a new battery.", None),
    ("alias: another battery maker", BATTERY, "BYD unveiled a new battery.", "BYD"),
    # A body's name the segmenter reads with its country before it (美国密歇根大学).
    ("place: the university", LAB, "A University of Michigan team built a new tool.", None),
    (
        "place: another university",
        LAB,
        "A Columbia University team built a new tool.",
        "Columbia University",
    ),
    # A company no table lists, in pinyin: a whole word of the sources, every syllable.
    ("pinyin: the company", PHOTO, "Lanxin released an AI photo-editing tool.", None),
    ("pinyin: a table's company", PHOTO, "Meitu released an AI photo-editing tool.", "Meitu"),
    (
        "pinyin: one syllable changed",
        PHOTO,
        "Lanxing released an AI photo-editing tool.",
        "Lanxing",
    ),
    ("pinyin: an ordinary word", ORDERS, "Yonghu gives orders through Feishu.", "Yonghu"),
    (
        "pinyin: a word the sources lack",
        ORDERS,
        "Users give the agent orders through Weixin.",
        "Weixin",
    ),
    # Companies beyond technology that buy it (a developer, a bank): their Chinese names
    # are checked as the technology firms' are, and their English names are aliases.
    ("beyond tech: the buyer", BUYER, "碧桂园采购了一批 AI 服务器。", None),
    ("beyond tech: another developer", BUYER, "中国恒大采购了一批 AI 服务器。", "中国恒大"),
    ("beyond tech: in English", BUYER, "Country Garden signed with Huawei for AI servers.", None),
    ("beyond tech: a bank for it", BUYER, "ICBC signed with Huawei for AI servers.", "ICBC"),
    ("beyond tech: 建行 inside 构建行业", BUYER, "碧桂园与华为签约，构建行业 AI 平台。", None),
    # The table's Chinese names are found inside longer words, so none may be a piece of
    # everyday text: 万科 of 百万科研, 万达 of 千万达到, 恒大 of 恒大于零 stay out.
    ("no name in 百万科研", MODEL, "公司投入百万科研经费，发布了新模型。", None),
    (
        "no name in 千万达到",
        "该公司发布了新模型，用户突破 1000 万。",
        "该公司发布了新模型，用户破千万达到新高。",
        None,
    ),
    ("no name in 恒大于零", MODEL, "该公司发布了新模型，其误差恒大于零。", None),
    ("no name in 中国银行业", MODEL, "中国银行业协会称，该公司发布了新模型。", None),
    ("no name in 江苏宁波", MODEL, "江苏宁波的该公司发布了新模型。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_english_names_of_chinese_entities(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
