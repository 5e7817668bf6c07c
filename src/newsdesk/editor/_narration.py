"""A report's narration of itself, told as its outlet's: "文章介绍了…" becomes "新智元介绍了…".

Feeds that sum up their own articles (WeChat digests, newsletter summaries) write of
"the article" and "the author": "文章分析了腾讯的战略困境", "作者认为…".  Inside a digest
that sentence names nobody a reader knows, and it reads as the digest's own article; the
outlet is who analysed, argued or reported, so the digest names it, as its key points
already do ("据新智元，…").  Only what a writer does as a writer is narration (introducing,
analysing, arguing, reporting); a deed ("作者提出了一种新方法", "本文构建了数据集") is the
paper's authors', not the outlet's, and stays as it is.
"""

from __future__ import annotations

import re

#: How a Chinese report names itself ("这篇文章", "本文") or its writer ("作者").
_SELF = r"(?P<article>(?:这篇|该篇|本篇|该)?文章|本文|该文|文中)|(?P<writer>作者|笔者)"
#: What a writer does as a writer: introduce, analyse, argue, report, try out.  "宣布" is
#: what an article's summary says of the news it relays ("文章宣布Anthropic推出了…"): an
#: article reports an announcement, it makes none (a writer may make one of their own).
_VERBS = (
    "介绍 分析 探讨 讨论 回顾 总结 分享 解读 梳理 盘点 列举 对比 批评 评论 认为 指出 强调 "
    "表示 称 报道 宣布 披露 透露 描述 记录 聚焦 建议 推荐 质疑 呼吁 提醒 预测 通过 以 "
    "实测 试用 体验 评测 测评"
).split()
_NARRATES = "|".join(_VERBS)
#: Narration at a clause's start (the sentence's, or after a comma): the self-reference,
#: an adverb, the verb.
_NARRATION = re.compile(
    rf"(?:^|(?<=[，,；;]))\s*(?:{_SELF})(?P<adverb>(?:主要|首先|还|也|则|深入|详细|进一步|同时)?)"
    rf"(?P<verb>{_NARRATES})"
)
#: A sentence that opens with the narrating verb and no subject, the article being meant
#: ("分析了CXL方案的限制", "针对科研写作的幻觉痛点，介绍了一款…"): with its "了" it is
#: the telling; bare, "分析显示" or "介绍人" could be a noun.
_UNSAID = re.compile(
    r"^(?P<frame>(?:针对|围绕|基于|结合|从)[^，,。]{1,30}[，,])?"
    r"(?=(?:详细|深入|主要|系统|全面)?(?:介绍|分析|探讨|讨论|回顾|总结|分享|解读|梳理|盘点)了)"
)
#: What :func:`narrated_by` leaves after an outlet it put in: the narration, not "宣布"
#: (it made that "报道"), nor the means an outlet's own news may open with ("以", "通过").
_OPENS_NARRATING = re.compile("|".join(v for v in _VERBS if v not in {"宣布", "以", "通过"}))


def retold(clause: str, outlets: tuple[str, ...]) -> str:
    """A clause :func:`narrated_by` credited to one of ``outlets`` ("新智元介绍了…") told as
    its report told it ("文章介绍了…"): a day's list line is the news, and the rules that
    drop a report's frame from it, or refuse its narration, know the report's words.
    A first-party outlet doing its own news ("OpenAI发布了…") stays."""
    for outlet in outlets:
        if outlet and clause.startswith(outlet) and _OPENS_NARRATING.match(clause, len(outlet)):
            return f"文章{clause[len(outlet) :]}"
    return clause


#: Adverbs that already carry a second clause's subject over ("，还认为…"); "则" sets a
#: second subject against the first and carries none.
_CARRIES = ("并", "还", "也", "又", "同时")
#: Between the clause the outlet told something in and a later mention: the rest of that
#: clause (something, not the bare verb of "新智元称，" whose next clause is what was
#: said), then the comma.
_CARRIED_OVER = re.compile(r"[^，,；;：:]+[，,；;]\s*")
#: The writer's own story, told with the outlet named: "文章分享了作者学习…的经验" is the
#: outlet's writer's, so "新智元分享了自己学习…"; "分享了作者学习…" would be someone else.
_OWN_STORY = r"(?P<verb>(?:主要|详细)?(?:分享|回顾|记录)了?)"
#: A paper, a study or its authors' deed named before a "作者": that "作者" is theirs.
_AUTHORS = re.compile(r"论文|研究|综述|团队|作者|学者|paper", re.IGNORECASE)


def narrated_by(sentence: str, outlet: str, *, opening: bool = False) -> str:
    """The Chinese sentence with its report's narration of itself told as the outlet's:
    the first "文章/作者 + narrating verb" becomes the outlet ("文章宣布" its report), a
    later one in the clause right after it the same subject carried on ("，并认为…").  A
    sentence that ``opening`` a text (a summary's first, a detail) and opens with the
    narrating verb alone gets the outlet before it; later in a text the verb carries the
    subject before it.  Unchanged without an outlet, or when it names the outlet already
    ("文章称新智元获得了…" is no "新智元称新智元…").

    A later mention stays as written unless it follows straight on a clause the outlet
    told something in: after "新智元称，" the next clause is what was said, and after a
    clause with its own subject ("该新闻将…") a bare "并推测" would be that subject's.
    "作者" in a sentence that has named a paper or study, or whose "作者" did a deed
    ("作者提出了…，作者认为…"), is its authors, not the report's writer."""
    outlet = outlet.strip()
    if not outlet or outlet.casefold() in sentence.casefold():
        return sentence
    told_end: int | None = None
    unsaid = _UNSAID.match(sentence) if opening else None
    if unsaid is not None:
        frame = unsaid.group("frame") or ""
        told_end = len(frame) + len(outlet)
        sentence = f"{frame}{outlet}{sentence[len(frame) :]}"

    def tell(match: re.Match[str]) -> str:
        nonlocal told_end
        adverb, verb = match.group("adverb"), match.group("verb")
        if match.group("writer") and _AUTHORS.search(match.string, 0, match.start()):
            return match.group()
        if told_end is not None:
            between = match.string[told_end : match.start()]
            if not _CARRIED_OVER.fullmatch(between):
                return match.group()
            carried = "并" if adverb == "则" else adverb
            carried = carried or ("" if verb.startswith(_CARRIES) else "并")
            return f"{carried}{verb}"
        told_end = match.end()
        relays = verb == "宣布" and match.group("article") is not None
        return f"{outlet}{adverb}{'报道' if relays else verb}"

    text = _NARRATION.sub(tell, sentence)
    own = re.compile(rf"(?<={re.escape(outlet)}){_OWN_STORY}作者(?![们团])")
    return own.sub(r"\g<verb>自己", text, count=1) if told_end is not None else text
