"""The verifier on planted errors of the shapes verify19's and red19's rules let pass
(review21): each rule read a supported text right, and each row here is a sibling where
the same shape carries an invented claim that must still be caught, beside a row the rule
was written for that must stay unflagged.

Each row is a source and a text a writer made from it (the sentences are ours).
``wrong`` is the claim that must be flagged, as the verifier writes it, or None when the
text states nothing the source lacks.
"""

from __future__ import annotations

import pytest
from editor_helpers import flagged

POWER = "集群功耗 20 兆瓦。"
STORAGE = "存储容量 5 TB。"
CASES = [
    # A unit after a figure is no name, but it is compared with the units of its kind the
    # sources give after a figure: 20 GW is not their 20 兆瓦, 5 GB not their 5 TB.
    ("another unit of power", POWER, "The cluster draws 20 GW.", "GW"),
    ("the unit in Chinese", POWER, "The cluster draws 20 MW.", None),
    ("another unit written in Chinese", POWER, "集群功耗 20 吉瓦。", "吉瓦"),
    ("another unit of storage", STORAGE, "It stores 5 GB.", "GB"),
    ("another unit in Chinese prose", STORAGE, "存储容量 5 GB。", "GB"),
    ("the same unit in Chinese prose", STORAGE, "存储容量为 5TB。", None),
    ("no unit of its kind in the sources", "模型权重文件约 14。", "The weights take 14 GB.", None),
    ("kilometres for 公里", "传输距离 5 公里。", "The range is 5 km.", None),
    # A rate per second (Gb/s) is compared with the sources' rates in one word (Mbps) too.
    ("a rate for another in one word", "传输速率达 10 Mbps。", "传输速率达 10 Gb/s。", "Gb/s"),
    ("a rate for itself in one word", "传输速率达 10 Gbps。", "传输速率达 10 Gb/s。", None),
    # "up to" after a "from" figure is the level it rose to, not at most a change.
    ("up to a level", "准确率从 20% 提升至 75%。", "Accuracy rose from 20% up to 75%.", None),
    (
        "up to a level, a change said",
        "准确率从 20% 起提升了 75%。",
        "Accuracy rose from 20% up to 75%.",
        "75%",
    ),
    # A capitalised first word the text writes in lower case elsewhere is an ordinary
    # word, unless the alias table names it: Apple stays a name.
    (
        "a table name first",
        "Google released a phone.",
        "Apple released a phone; an apple a day.",
        "Apple",
    ),
    (
        "an ordinary word first",
        "任务按队列串行执行。",
        "Tasks run in a queue; each task waits.",
        None,
    ),
    # A language is supported by the sources' name of that language, not of its country:
    # 中国团队 says nothing of what the model speaks.
    ("Chinese for 中国", "中国团队发布的模型支持英语。", "The model supports Chinese.", "Chinese"),
    (
        "French for 法国",
        "法国公司 Mistral 的模型支持英语和德语。",
        "The model supports English and French.",
        "French",
    ),
    ("English for 英国", "英国公司发布的模型支持中文。", "The model supports English.", "English"),
    (
        "English for 英文",
        "模型把网页翻译成英文。",
        "The model translates pages into English.",
        None,
    ),
    (
        "Chinese and English for 中英双语",
        "模型支持中英双语。",
        "The model supports Chinese and English.",
        None,
    ),
    # A bare domain is supported by the sources' own domain or a subdomain of it, not by a
    # longer domain that ends in the same letters.
    ("a domain inside another", "详见 openai.com 的公告。", "详见 ai.com 的公告。", "ai.com"),
    (
        "a domain named by an everyday word",
        "AI 实验室发布了模型。",
        "AI 实验室发布了模型（ai.com）。",
        "ai.com",
    ),
    ("a domain named by its site", "TechCrunch 报道了此事。", "据 techcrunch.com 报道。", None),
    ("a domain's subdomain", "详见 news.36kr.com 的报道。", "详见 36kr.com 的报道。", None),
    # A count a noun carries (双支柱) is compared with the sources' count of that noun with
    # a counting word between (三个支柱, 三大支柱, 3 个支柱) too.
    ("counted with 个", "体系包含三个支柱。", "提出了两支柱的分类体系。", "两支柱"),
    ("counted with 大", "体系包含三大支柱。", "提出了双支柱的分类体系。", "双支柱"),
    ("counted in figures", "体系包含 3 个支柱。", "提出了双支柱的分类体系。", "双支柱"),
    ("the same count", "体系包含三大支柱。", "提出了三支柱的分类体系。", None),
]


@pytest.mark.parametrize(
    ("source", "text", "wrong"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_review21_shapes(source: str, text: str, wrong: str | None) -> None:
    assert flagged(text, source) == ([wrong] if wrong else [])
