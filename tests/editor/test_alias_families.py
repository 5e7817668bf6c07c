"""The verifier on foreign entities named in one script by the text and in the other by
its source: drug makers, launchers and their rockets, journals and their sub-journals,
Asian, European and Gulf firms, cities, states and countries (issue 11: the false alarms
of text outside the field's own vocabulary).

Each row is a source and a text a writer made from it (the sentences are ours; the
entities are real, as the alias and terms tables hold them).  ``wrong`` is the claim that
must be flagged, as the verifier writes it, or None when the text states nothing the
source lacks.  Every family has its non-miss (the alias supports the name) and its miss
(an alias never supports another entity of the same family: 辉瑞 is not Moderna).
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

TRIAL = "礼来公布减重药三期数据，患者平均减重 20%。"
DEAL = "Corvid 与诺华达成 20 亿美元合作。"
FLIGHT = "SpaceX 的星舰完成第十次试飞。"
PAPER = "该研究发表在《自然·医学》上。"
PAPER_EN = "The study was published in Nature Medicine."
VENTURE = "丰田与索尼成立合资公司。"
MAKERS = "Corvid 与 Anthropic 达成合作。"
OFFICE = "Corvid 总部位于纽约，并在加州开设办公室。"
CASES = [
    # Pharma and biotech.
    ("Eli Lilly for 礼来", TRIAL, "Eli Lilly 公布减重药三期数据，患者平均减重 20%。", None),
    ("礼来 for Eli Lilly", "Eli Lilly reported phase 3 data.", "礼来公布了三期数据。", None),
    ("Novartis for 诺华", DEAL, "Corvid signed a $2 billion deal with Novartis.", None),
    ("another drug maker", DEAL, "Corvid signed a $2 billion deal with Roche.", "Roche"),
    ("辉瑞 for Pfizer", "Pfizer 公布新冠疫苗数据。", "辉瑞公布新冠疫苗数据。", None),
    ("辉瑞 is not Moderna", "Moderna 公布新冠疫苗数据。", "辉瑞公布新冠疫苗数据。", "辉瑞"),
    ("Moderna is not 辉瑞", "辉瑞公布新冠疫苗数据。", "Moderna 公布新冠疫苗数据。", "Moderna"),
    # Aerospace and space.
    ("Starship for 星舰", FLIGHT, "SpaceX 的 Starship 完成第十次试飞。", None),
    ("星舰 for Starship", "SpaceX's Starship flew for the tenth time.", FLIGHT, None),
    ("another rocket", FLIGHT, "SpaceX 的猎鹰9号完成第十次试飞。", "猎鹰9号"),
    (
        "Blue Origin for 蓝色起源",
        "蓝色起源发射新格伦火箭。",
        "Blue Origin launched its New Glenn rocket.",
        None,
    ),
    # Journals: the sub-journal by rule, in either direction, and not another one.
    ("Nature Medicine for 《自然·医学》", PAPER, "该研究发表在 Nature Medicine 上。", None),
    ("English text for 《自然·医学》", PAPER, PAPER_EN, None),
    (
        "Science Robotics for 《科学·机器人》",
        "成果发表于《科学·机器人》。",
        "It appeared in Science Robotics.",
        None,
    ),
    (
        "The Lancet for 《柳叶刀》",
        "研究发表于《柳叶刀》。",
        "The study appeared in The Lancet.",
        None,
    ),
    ("another sub-journal", "该研究发表在《自然·方法》上。", PAPER_EN, "Nature Medicine"),
    ("《自然·医学》 is not Nature Methods", "It appeared in Nature Methods.", PAPER, "自然·医学"),
    (
        "the journal is none of its sub-journals",
        "该研究发表在《自然》上。",
        "It appeared in Nature Communications.",
        "Nature Communications",
    ),
    ("another journal", "该研究发表在《科学》上。", "The study was published in Nature.", "Nature"),
    # Japanese, Korean, Indian, European and Gulf firms.
    ("Toyota and Sony for 丰田 and 索尼", VENTURE, "Toyota and Sony form a joint venture.", None),
    ("丰田 for Toyota", "Toyota and Sony form a joint venture.", VENTURE, None),
    ("Siemens for 西门子", "西门子与阿斯麦签署协议。", "Siemens and ASML sign a deal.", None),
    ("another European firm", "西门子与阿斯麦签署协议。", "Bosch and ASML sign a deal.", "Bosch"),
    ("Hyundai for 现代汽车", "Corvid 与现代汽车合作。", "Corvid partners with Hyundai.", None),
    # A maker named by an everyday word is checked where the sources name makers, but
    # not where its first character closes a word with the one before: 中美的 is 中美 + 的.
    ("中美的 is no 美的", MAKERS, "Corvid 与 Anthropic 合作，共建不依赖中美的架构。", None),
    ("美的 where it stands", MAKERS, "Corvid 与 Anthropic 合作，美的也参与其中。", "美的"),
    ("Tata for 塔塔", "塔塔集团投资 Corvid。", "Tata Group invested in Corvid.", None),
    # Places: several words are one place, here or as a modifier.
    ("New York for 纽约", OFFICE, "Corvid is based in New York.", None),
    (
        "New York-based",
        OFFICE,
        "Corvid, a New York-based startup, opened an office in California.",
        None,
    ),
    (
        "New York City",
        OFFICE,
        "Corvid, based in New York City, opened an office in California.",
        None,
    ),
    (
        "a state for its Chinese",
        OFFICE,
        "Corvid, based in New York, opened an office in California.",
        None,
    ),
    ("another state", OFFICE, "Corvid, based in New York, opened an office in Texas.", "Texas"),
    (
        "New Jersey is no Jersey",
        "Corvid 在新泽西开设办公室。",
        "Corvid opened an office in New Jersey.",
        None,
    ),
    (
        "South Korea is no South",
        "Corvid 在韩国开设办公室。",
        "Corvid opened an office in South Korea.",
        None,
    ),
    ("another city", "Corvid 在首尔开设办公室。", "Corvid opened an office in Busan.", "Busan"),
    # Where models and code are published.
    ("ModelScope for 魔搭", "模型已在魔搭社区开源。", "The model is open on ModelScope.", None),
    ("HF for Hugging Face", "The model is on Hugging Face.", "模型已在 HF 开源。", None),
    ("another hub", "模型已在魔搭社区开源。", "模型已在 Gitee 开源。", "Gitee"),
    # The platforms every technology story meets.
    ("安卓 for Android", "Corvid will ship its app on Android.", "Corvid 将推出安卓版应用。", None),
    (
        "another platform",
        "Corvid will ship its app on Android.",
        "Corvid 将推出油管版应用。",
        "油管",
    ),
    (
        "Chrome for 谷歌浏览器",
        "Corvid 插件支持谷歌浏览器。",
        "The Corvid plug-in runs in Chrome.",
        None,
    ),
    ("LinkedIn for 领英", "Corvid 在领英发布招聘。", "Corvid posted the job on LinkedIn.", None),
    ("another network", "Corvid 在领英发布招聘。", "Corvid posted the job on Twitter.", "Twitter"),
]

KNOWN_GAPS = [
    # A place-based modifier opening a sentence is read with the name after it as one
    # name ("Shenzhen-based Corvid" too), so the place's alias does not clear it.
    ("a place-based opener", OFFICE, "New York-based Corvid opened an office in California.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_alias_families(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_alias_families_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
