"""The verifier on the shapes the tenth fresh set's dev misses and false alarms found
(``bench/verify_fresh.py --data bench/data/verify_fresh10.jsonl``: digest entries and
English retellings of makinotes items no earlier set used, measured before any of its
shapes was fixed).

Each row is a source and a text a writer made from it (the sentences are ours; the table
rows name real outlets, places, companies and universities, as the alias, terms and
place tables do).  ``wrong`` is the claim that must be flagged, as the verifier writes
it, or None when the text states nothing the source lacks.  ``KNOWN_GAPS`` are rows the
verifier still gets wrong; each says why, and each must start passing the day it is fixed.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

KINGDOM = "对话创始人：Lumio 如何做成千亿零食王国，库存周转仅需 11 天。"
TOOLS = "Lumio 通过合成管道构建了覆盖万级工具库的训练数据。"
USERS = "Lumio 平台用户已超过 1.2 亿。"
LISTING = "猪周期底部的 Lumio 急赴港股。"
DESERT = "Lumio 团队用卫星数据证实，塔克拉玛干沙漠正向碳汇转型。"
DIALOGUE = "在多角色对话视频中，Lumio 能精准控制每个角色的台词。"
STUDY = "Science 发文揭示，Lumio 团队发现神经元会持续修复。"
SURVEY = "Lumio 团队的综述认为，推荐系统正从选择转向生成。"
GENOME = "DeepMind 团队开发的 Lumio 模型能读懂基因组的非编码区。"
PATCHING = "研究发现，Lumio 模型对问题的困惑度上升。"
TINY = "比二维码还小！Lumio 只用 13 个参数就逼近全量微调。"
ORBIT = "Lumio 预测，太空每年新增的算力将超过地球历史累计。"
ARENA = "清北与普林斯顿等开源 Lumio 评测体系。"
HOGS = "牧原股份在猪周期底部赴港上市，完全成本低于行业平均。"
CASES = [
    # A scale as a level (千万级, 亿级) or a large bare scale before a noun (千亿零食王国)
    # is a count of that order, compared with the sources' figures and orders.
    ("千万级 for the sources' 千亿", KINGDOM, "Lumio 打造了一个千万级的零食王国。", "千万级"),
    ("千亿级 for the sources' 千亿", KINGDOM, "Lumio 打造了一个千亿级的零食王国。", None),
    ("亿级 for the sources' 万级", TOOLS, "Lumio 的训练数据覆盖亿级工具库。", "亿级"),
    ("万级 for the sources' 万级", TOOLS, "Lumio 的训练数据覆盖万级工具库。", None),
    ("亿级 for the sources' 1.2 亿", USERS, "Lumio 拥有亿级用户。", None),
    ("千万级 for the sources' 1.2 亿", USERS, "Lumio 拥有千万级用户。", "千万级"),
    # A country's character with what it owns (美股, 日方) or after a verb of going
    # (赴美), and a place jieba glued to that verb (赴美国), are places of the text.
    ("美股 for the sources' 港股", LISTING, "Lumio 在猪周期底部急赴美股上市。", "美股"),
    ("港股 for the sources' 港股", LISTING, "Lumio 在猪周期底部急赴港股上市。", None),
    ("赴美国 for the sources' 港股", LISTING, "Lumio 在猪周期底部赴美国上市。", "美国"),
    ("赴美 for the sources' 港股", LISTING, "Lumio 赴美上市。", "美"),
    ("美方 for the sources' 美国", "美国商务部发布 Lumio 芯片新规。", "美方发布了新规。", None),
    # A place's possessive is the place ("the Taklamakan Desert's edge").
    ("Taklamakan for 塔克拉玛干", DESERT, "The Taklamakan Desert's edge is a carbon sink.", None),
    ("another desert", DESERT, "The Kubuqi Desert's edge is a carbon sink.", "Kubuqi Desert"),
    ("another desert in Chinese", DESERT, "库布齐沙漠正向碳汇转型。", "库布齐沙漠"),
    # 时 ending a clause, glued by jieba to the modal after it (时能), is no name.
    ("时能 of 对话时能", DIALOGUE, "多角色对话时能精准控制每个角色的台词。", None),
    ("a name after 时", DIALOGUE, "多角色对话时，Corvid 能精准控制台词。", "Corvid"),
    # The press a digest credits with the piece it retells is no claim of the story's
    # where the sources credit none; a journal that publishes a finding, the press at
    # work, a wire's report (据 Reuters 报道) or another outlet than the one the sources
    # credit is.
    ("机器之心 introducing it", SURVEY, "机器之心介绍，推荐系统正从选择转向生成。", None),
    ("新智元's article", SURVEY, "新智元的文章认为，推荐系统正从选择转向生成。", None),
    ("InfoQ reporting it", SURVEY, "InfoQ 报道，推荐系统正从选择转向生成。", None),
    ("DeepTech's reading", SURVEY, "DeepTech 解读的综述认为，推荐系统正转向生成。", None),
    ("the press at work", SURVEY, "新智元收购了 Lumio。", "新智元"),
    ("a wire's report added", SURVEY, "据 Reuters 报道，推荐系统正转向生成。", "Reuters"),
    (
        "an outlet the sources credit",
        "TechCrunch 报道称，推荐系统正从选择转向生成。",
        "InfoQ 报道，推荐系统正从选择转向生成。",
        "InfoQ",
    ),
    ("the press launching", SURVEY, "InfoQ 发布了新的推荐系统。", "InfoQ"),
    (
        "another outlet than the sources'",
        "据36氪报道，推荐系统正从选择转向生成。",
        "据 InfoQ 报道，推荐系统正从选择转向生成。",
        "InfoQ",
    ),
    (
        "the outlet the sources credit",
        "据 InfoQ 报道，推荐系统正从选择转向生成。",
        "InfoQ 介绍，推荐系统正从选择转向生成。",
        None,
    ),
    ("a journal publishing", STUDY, "Nature 发文揭示，神经元会持续修复。", "Nature"),
    ("a journal in Chinese", STUDY, "《自然》指出，神经元会持续修复。", "《自然》"),
    # A maker's name before its product's (Google DeepMind) names the product.
    ("Google DeepMind for DeepMind", GENOME, "Google DeepMind's Lumio reads the genome.", None),
    (
        "another maker",
        GENOME,
        "Microsoft DeepMind's Lumio reads the genome.",
        "Microsoft DeepMind's",
    ),
    # Tables (general knowledge): terms, places (赴港 is a listing in Hong Kong), a
    # company, the two universities of 清北.
    ("perplexity for 困惑度", PATCHING, "Perplexity on questions rises for Lumio.", None),
    ("Perplexity the company", TINY, "Perplexity built Lumio.", "Perplexity"),
    ("QR code for 二维码", TINY, "Lumio is smaller than a QR code.", None),
    ("Earth for 地球", ORBIT, "Lumio expects space to outgrow all that Earth has run.", None),
    ("Mars for 地球", ORBIT, "Lumio expects space to outgrow all that Mars has run.", "Mars"),
    ("清华 and 北大 for 清北", ARENA, "清华、北大与普林斯顿等开源 Lumio。", None),
    (
        "Tsinghua and Peking for 清北",
        ARENA,
        "Tsinghua, Peking University and Princeton built it.",
        None,
    ),
    ("another university", ARENA, "Fudan and Princeton built Lumio.", "Fudan"),
    ("Muyuan Foods for 牧原股份", HOGS, "Muyuan Foods is listing in Hong Kong.", None),
    ("Singapore for 赴港", HOGS, "Muyuan Foods is listing in Singapore.", "Singapore"),
    ("another hog farmer", HOGS, "温氏股份在猪周期底部赴港上市。", "温氏股份"),
]

KNOWN_GAPS = [
    # A hyphened Latin letter before a translated noun (T-cell for T细胞) is read as a
    # name; "T cell" is found through the terms table.
    (
        "T-cell for T细胞",
        "Lumio 解析了 T细胞白血病的突变。",
        "Lumio explains a T-cell leukaemia.",
        None,
    ),
    # The press credited in English ("LatePost talks to …") has no frame yet.
    ("LatePost talking", SURVEY, "LatePost talks to Lumio's founder about recommenders.", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fresh10_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])


@pytest.mark.xfail(strict=True, reason="known gaps: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in KNOWN_GAPS], ids=[c[0] for c in KNOWN_GAPS]
)
def test_fresh10_known_gaps(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
