"""The verifier on a scale a writer states alone, with no figure before it: 超千亿 and
突破百万 (a scale passed), 近万 (nearly one), 万卡 and 千人 (one of it, counted).  It is a
claim like 超1000亿: 超千亿 is no 超百亿 of the sources, 千卡 no 万卡, while a scale the
sources pass by any figure in its span (超千亿元 for 1,500 亿元) is supported.  Idioms and
names that hold a scale (千人千面, 百家号) are no count.  A count a word places (超千亿,
近十万) is read as the range it allows, once.

Each row is a source, a text a writer made from it (the sentences are ours), and the claim
that must be flagged, as the verifier writes it, or None.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

MARKET = "青禾闪送今年将重点拓展年销售额超百亿的品类，平台日活用户突破1200万，骑手超过8万名。"
CLUSTER = "岚图算力称，传统调优方法已不适用于万卡GPU集群，其新平台服务了1500家企业。"
REVENUE = "星屿科技去年营收1500亿元，员工约9800人。"
CASES = [
    ("a scale passed, as the sources", MARKET, "青禾闪送将拓展年销售额超百亿的品类。", None),
    ("a scale passed, one order up", MARKET, "青禾闪送将拓展年销售额超千亿的品类。", "超千亿"),
    ("a scale passed, in figures", MARKET, "青禾闪送将拓展年销售额超100亿的品类。", None),
    ("passed by the sources' figure", MARKET, "青禾闪送日活用户突破千万。", None),
    ("passed, one order too many", MARKET, "青禾闪送日活用户突破亿。", "突破亿"),
    ("破 a figure", MARKET, "青禾闪送日活破1200万。", None),
    ("破 a figure too high", MARKET, "青禾闪送日活破2000万。", "2000万"),
    ("a counted scale, as the sources", CLUSTER, "岚图算力称老方法不适用于万卡集群。", None),
    ("a counted scale, an order down", CLUSTER, "岚图算力称老方法不适用于千卡 GPU 集群。", "千卡"),
    ("a counted scale, another figure", CLUSTER, "岚图算力的新平台服务了千家企业。", "千家"),
    ("an amount passed in its currency", REVENUE, "星屿科技去年营收超千亿元。", None),
    ("an amount passed, an order up", REVENUE, "星屿科技去年营收超万亿元。", "万亿元"),
    ("passed in another currency", "公司去年营收破亿元。", "公司去年营收破亿美元。", "亿美元"),
    ("nearly one of a scale", REVENUE, "星屿科技员工近万人。", None),
    ("nearly, too far", REVENUE, "星屿科技员工近十万人。", "近十万"),
    ("an idiom with a scale", REVENUE, "星屿科技去年营收1500亿元，推荐做到千人千面。", None),
    ("a platform's name", REVENUE, "星屿科技去年营收1500亿元，并入驻百家号。", None),
]


@pytest.mark.parametrize(("case", "source", "text", "claim"), CASES, ids=[c[0] for c in CASES])
def test_a_scale_stated_alone_is_a_claim(
    case: str, source: str, text: str, claim: str | None
) -> None:
    assert flagged(text, source) == ([claim] if claim else [])
