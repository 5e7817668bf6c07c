"""A figure of the sources moved onto another company: what the verifier must flag, what not.

Each row is a story's sources (one sentence a line), a text a writer made from them, and
the claim that must be flagged, or None.  The shapes are those of the verifier benches'
misses (``bench/verify_writers.py``, ``bench/verify_redteam.py``: a valuation given to the
company beside it, a business's revenue growth given to another business) and of the
look-alikes that must pass (the sentences and names are ours).  A figure is moved only on
a contradiction: the sources give the text's company another value of the same measure,
and give this value only to another company, round or business.
"""

from __future__ import annotations

import pytest

from newsdesk.editor import Evidence, unsupported

CASES = [
    # The figure is another company's, and the sources give this one's.
    (
        "估值给了同行",
        "星澜科技正在进行估值50亿美元的融资，计划筹集5亿美元。\n"
        "创始人周明也在做类似的事情，他创办的Nimbus Labs估值35亿美元，但路线不同。",
        "星澜科技估值飙至35亿美元。",
        "35亿美元",
    ),
    (
        "业务的收入增长给了另一块业务",
        "Orbit Cloud收入同比增长48%，经营利润率提升至30.1%。\n核心的搜索广告业务收入同比增长17%。",
        "Orbit Cloud收入同比增长17%。",
        "17%",
    ),
    (
        "营收给了列在后面的公司，名字用的是别名",
        "英伟达营收增长62%，AMD营收增长30%。",
        "NVIDIA 营收增长 30%。",
        "30%",
    ),
    (
        "raised: another company's round",
        "Zentrix raised $40 million in March.\nIts rival Nimbus raised $90 million.",
        "Zentrix raised $90 million.",
        "$90 million",
    ),
    (
        "valued: a valuation named after its figure is no funding",
        "Orbit is raising $40 billion at a $300 billion valuation.\n"
        "Nimbus was valued at $61.5 billion.",
        "Orbit is valued at $61.5 billion.",
        "$61.5 billion",
    ),
    (
        "另一轮的金额",
        "星澜科技完成3亿元B轮融资。\n星澜科技C轮融资12亿元，估值80亿元。",
        "星澜科技B轮融资12亿元。",
        "12亿元",
    ),
    (
        "English: a business's growth given to a business the sources keep in Latin",
        "Orbit Cloud收入同比增长48%，经营利润率提升至30.1%。\n核心的搜索广告业务收入同比增长17%。",
        "Orbit Cloud revenue grew 17% year on year.",
        "17%",
    ),
    # The figure is another measure's: a hallucination rate is no accuracy, an ARR no
    # funding round, and a change (增长 75%, 进步了 140%) no level (降至 2.6%, 仅为 23%).
    (
        "准确率成了幻觉率",
        "引用准确率从行业约75%提升至95%以上。\n模型的幻觉率降至2.6%。",
        "模型的幻觉率降至95%，全球最低。",
        "95%",
    ),
    (
        "ARR 成了融资额",
        "星澜科技ARR突破11.5亿美元。\n星澜科技完成8亿美元C轮融资。",
        "星澜科技完成11.5亿美元C轮融资。",
        "11.5亿美元",
    ),
    (
        "增长成了水平",
        "顶尖模型的准确率也仅为23%和24%。\n24%相比去年的10%进步了140%。",
        "顶尖模型的准确率仅为140%。",
        "140%",
    ),
    (
        "水平成了增长",
        "顶尖模型的准确率也仅为23%和24%。\n24%相比去年的10%进步了140%。",
        "一年间准确率进步了23%。",
        "23%",
    ),
    ("增幅说的是增长", "营收同比增长30%。", "营收增幅为30%。", None),
    ("没说是水平还是增长", "准确率提升至95%。", "准确率达到95%。", None),
    ("ARR 就是收入", "星澜科技ARR突破10亿美元。", "星澜科技年收入达10亿美元。", None),
    # What must pass: the figure is the company's own, or who it belongs to is unclear.
    (
        "同一公司的数字",
        "星澜科技正在进行估值50亿美元的融资。\n同行Nimbus Labs估值35亿美元。",
        "星澜科技估值飙至50亿美元。",
        None,
    ),
    (
        "另一家公司的数字给了它自己",
        "星澜科技正在进行估值50亿美元的融资。\n同行Nimbus Labs估值35亿美元。",
        "Nimbus Labs 估值 35 亿美元。",
        None,
    ),
    (
        "valued: the company's own valuation, named after its figure",
        "Orbit is raising $40 billion at a $300 billion valuation.\n"
        "Nimbus was valued at $61.5 billion.",
        "Orbit is valued at $300 billion.",
        None,
    ),
    ("别名说的同一家", "英伟达营收增长62%，AMD营收增长30%。", "NVIDIA 营收增长 62%。", None),
    (
        "前一分句的领投方不是融资方",
        "星澜科技宣布完成新一轮融资。本轮由红杉领投，融资金额5亿美元。\n星澜科技去年融资2亿美元。",
        "星澜科技融资5亿美元。",
        None,
    ),
    (
        "来源里的数字没写是谁的",
        "星澜科技去年融资2亿美元。\n今年的新一轮融资5亿美元，由红杉领投。",
        "星澜科技今年融资5亿美元。",
        None,
    ),
    (
        "来源的分句只用代词指公司",
        "星澜科技正在进行估值50亿美元的融资。\n同行Nimbus Labs也在做类似的事情，它的估值35亿美元。",
        "星澜科技估值飙至35亿美元。",
        None,
    ),
    (
        "文本没写是谁",
        "星澜科技估值50亿美元。\nNimbus Labs估值35亿美元。",
        "估值达到35亿美元。",
        None,
    ),
    (
        "来源没给这家公司别的数字",
        "Orbit Cloud收入同比增长48%。\n核心的搜索广告业务收入同比增长17%。\nNimbus的订阅用户翻倍。",
        "Nimbus收入同比增长17%。",
        None,
    ),
    (
        "English: a business the Chinese source names in Chinese, translated",
        "星澜科技第三季度营收350亿美元，其中数据中心业务收入308亿美元。",
        "Xinglan's data center revenue was $30.8 billion in the third quarter.",
        None,
    ),
    (
        "English: the company's own name before the translated business",
        "Orbit第三季度营收350亿美元，其中数据中心业务收入308亿美元。",
        "Orbit's data center revenue was $30.8 billion.",
        None,
    ),
    (
        "不同轮次各自的金额",
        "星澜科技完成3亿元B轮融资。\n星澜科技C轮融资12亿元。",
        "星澜科技C轮融资12亿元。",
        None,
    ),
]


@pytest.mark.parametrize(
    ("sources", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_moved_figures(sources: str, text: str, wrong: str | None) -> None:
    evidence = Evidence.build(sources.split("\n"))
    assert [c.text for c in unsupported(text, evidence)] == ([wrong] if wrong else [])
