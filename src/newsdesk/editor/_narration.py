"""A report's narration of itself, told as its outlet's: "文章介绍了…" becomes "新智元介绍了…".

Feeds that sum up their own articles (WeChat digests, newsletter summaries) write of
"the article" and "the author": "文章分析了腾讯的战略困境", "作者认为…".  Inside a digest
that sentence names nobody a reader knows, and it reads as the digest's own article; the
outlet is who analysed, argued or reported, so the digest names it, as its key points
already do ("据新智元，…").  Only what a writer does as a writer is narration (introducing,
analysing, arguing, reporting); a deed ("作者提出了一种新方法", "本文构建了数据集") is the
paper's authors', not the outlet's, and stays as it is.  In a report of a paper or a
study the writer it names is that work's ("作者通过实验证明…" is the researchers'
experiment, not the outlet's), and a company's own feed tells its news, not that it
speaks ("文章称云帆将…", "云帆表示将…" are "云帆将…").
"""

from __future__ import annotations

import re

#: How a Chinese report names itself ("这篇文章", "本文", a column's "本期《…》") or its
#: writer ("作者").
_SELF = (
    r"(?P<article>(?:这篇|该篇|本篇|该)?文章|本文|(?P<issue>本期(?:《[^》]{1,20}》)?)|该文|文中)"
    r"|(?P<writer>作者|笔者)"
)
#: What a writer does as a writer: introduce, analyse, argue, report, try out.  "宣布" is
#: what an article's summary says of the news it relays ("文章宣布Anthropic推出了…"): an
#: article reports an announcement, it makes none (a writer may make one of their own).
_VERBS = (
    "介绍 分析 探讨 讨论 回顾 总结 分享 解读 梳理 盘点 列举 对比 批评 评论 认为 指出 强调 "
    "表示 称 报道 宣布 披露 透露 描述 记录 聚焦 建议 推荐 质疑 呼吁 提醒 预测 通过 以 "
    "实测 试用 体验 评测 测评 测试 尝试 提供 借用 利用 观察 汇总 揭示 推测 猜测"
).split()
#: A verb that begins a longer word is no narration: "本期利用率", "本期以来",
#: "文章以及…", "本期测试版" name a rate, a time, a list, a thing.
_NARRATES = rf"(?:{'|'.join(_VERBS)})(?![率商集版表员者师区号期来上下及前后内外])"
#: What a writer's feeling is about, before "表示" ("作者对一则新闻表示困惑").
_ABOUT = re.compile(r"对[^，,。]{1,15}?(?=表示)")
#: Narration at a clause's start (the sentence's, or after a comma): the self-reference,
#: an adverb (or what it is about), the verb.
_NARRATION = re.compile(
    rf"(?:^|(?<=[，,；;]))\s*(?:{_SELF})"
    rf"(?P<adverb>(?:从[^，,。]{{1,10}}(?:层面|角度|视角)|{_ABOUT.pattern})?"
    r"(?:主要|首先|还|也|则|深入|深度|详细|进一步|同时)?)"
    rf"(?P<verb>{_NARRATES})"
)
#: A bare verb of the writer's advice or argument: after what it addresses ("针对…，推荐
#: 在虚拟机中部署…") or after a sentence nobody speaks in, it is the report's telling
#: (never before a colon: "建议：" heads a list).
_ADVISES = r"(?:推荐|建议|指出|强调)(?![：:，,。])"
#: What a bare verb begins when it begins a noun ("推荐算法", "建议书", "表示学习",
#: "预测市场", "提醒功能", "分析师", "介绍页"): no narration, and no one to credit.
_NOUN_HEAD = (
    r"(?!系统|算法|引擎|模型|机制|功能|模块|结果|列表|名单|学习|市场|显示|表明"
    r"|[书句词位值栏页师员会集])"
)
#: A later sentence of a report opening with a narrating verb and no subject ("指出传统
#: 对象存储…"): what it carries on from decides whose it is (:func:`_speaks`).
_BARE = re.compile(
    r"^(?P<frame>(?:针对|围绕|基于|结合|从)[^，,。]{1,30}[，,])?"
    r"(?=(?:还|也|进一步|同时|另外)?(?:认为|表示|举例说明|预测|呼吁|提醒|"
    r"(?:介绍|分析|探讨|讨论|回顾|总结|梳理|解读|盘点|说明)了|"
    rf"{_ADVISES}){_NOUN_HEAD})"
)
#: Someone who speaks in what came before: a verb of saying, arguing or telling, or a
#: quotation, a clause in quotes (a word in them, "“润色”", is none).  A product or a
#: system ("云帆的存储系统…解决了…") says nothing, so a bare "指出…" after it is the
#: report's.
_SPEAKING = re.compile(
    "认为|指出|强调|表示|称|说|介绍|分析|探讨|讨论|分享|解读|总结|评价|预测|透露|披露"
    "|坦言|直言|呼吁|提醒|回应|实测|体验|测评|评测|梳理|盘点|回顾|报道"
    "|告诉|谈到|提到|写道|承认|警告|解释|补充|声明"
    "|“[^”]*[，。！？；,][^”]*”|「[^」]*[，。！？；,][^」]*」"
)
#: Someone announcing: a company launching something ("云帆发布了…") is who a bare
#: "表示将…" after it carries on; in a report of research the launch is the study's, and
#: so is the bare verb ("…机构发布了评测基准。指出…" is "该研究指出…").
_ANNOUNCING = re.compile(f"{_SPEAKING.pattern}|宣布|发布|推出|发文|发帖|致信")
#: A sentence that opens with the narrating verb and no subject, the article being meant
#: ("分析了CXL方案的限制", "针对科研写作的幻觉痛点，介绍了一款…"): with its "了" it is
#: the telling; bare, "分析显示" or "介绍人" could be a noun.
_UNSAID = re.compile(
    r"^(?P<frame>(?:针对|围绕|基于|结合|从)[^，,。]{1,30}[，,])?"
    r"(?=(?:详细|深入|主要|系统|全面)?(?:介绍|分析|探讨|讨论|回顾|总结|分享|解读|梳理|盘点)了"
    rf"|(?<=[，,]){_ADVISES})"
)
#: What :func:`narrated_by` leaves after an outlet it put in: the narration, not "宣布"
#: (it made that "报道"), nor what an outlet's own news may open with: its means ("以",
#: "通过") or its deeds ("云帆提供了…", "云帆测试了…").
_OWN_DEEDS = {"宣布", "以", "通过", "测试", "尝试", "提供", "借用", "利用", "揭示"}
_OPENS_NARRATING = re.compile("|".join(v for v in _VERBS if v not in _OWN_DEEDS))
#: A venue's tag or a preprint: a paper, whatever its first sentence opens with.
_PAPER = re.compile(
    r"arXiv|预印本|(?<![A-Za-z])(?:AAAI|ICLR|NeurIPS|ICML|CVPR|ICCV|ECCV|ACL|EMNLP|KDD|SIGIR)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
#: A paper or a study the report is of: a venue's tag, a preprint, or a paper, study or
#: university's team that found or built something ("北辰大学团队提出了…", "研究发现…"),
#: or any team that proposed or proved one; a paper named only as a source ("一篇论文的
#:数据，指出…") is none, nor a company's team finding a bug or building a product.
_RESEARCH = re.compile(
    rf"{_PAPER.pattern}|(?:论文|研究|研究者|研究人员|学者|实验室|大学[^，,。；;！!？?]{{0,8}}?团队)"
    r"[^，,。；;！!？?]{0,15}?(?:提出|发现|证明|证实|表明|构建|研发|揭示|发表)"
    r"|团队[^，,。；;！!？?]{0,15}?(?:提出|证明|证实|发表)",
    re.IGNORECASE,
)
#: A report of a book: its author named ("《智能简史》作者李明", "作者李明的新书") or the
#: book published ("出版了新书《智能简史》"), so a "作者" of any of its sentences is the
#: book's, not the outlet's writer.
_BOOK = re.compile(
    r"《[^》]{1,30}》(?:一书)?的?(?:作者|著者)|(?:作者|著者)[^，,。；;]{0,10}?(?:新书|著作|所著)"
    r"|(?:新书|著作|出版了?)《[^》]{1,30}》"
)
#: A column opening with its writer's view ("作者认为，…"): a study in its title is what
#: it argues about ("研究表明AI让人变笨？我不这么看"), not what it reports.
#: A title in its writer's own voice ("我不这么看"), not a research team's ("我们").
_FIRST_PERSON = re.compile(r"我(?!们)")
_OPINES = re.compile(r"\s*(?:作者|笔者|文章|本文)(?:认为|指出|质疑|批评|反驳|主张|表示)")
#: How a report of research names who did it, and the work itself by its means.
_RESEARCHERS, _THE_STUDY = "研究者", "该研究"


def reports_research(title: str, text: str) -> bool:
    """Whether a report is of a paper or a study, told by its title and first sentence
    (what it is about): its "作者" are then the researchers, not the outlet's writer.  A
    study its title alone cites is what a column argues about when the writer gives
    their view in it ("作者认为…" opening any sentence) or the title speaks as "我"."""
    sentences = re.split(r"(?<=[。！？!?])", text.strip())
    if _RESEARCH.search(sentences[0]) or _PAPER.search(title):
        return True
    if _RESEARCH.search(title) is None or _FIRST_PERSON.search(title):
        return False
    return not any(_OPINES.match(sentence) for sentence in sentences)


def reports_a_book(title: str, text: str) -> bool:
    """Whether a report is of a book whose author it names: its "作者" is then that
    author in every sentence, not the outlet's writer."""
    return _BOOK.search(f"{title}\n{text}") is not None


def _speaks(before: str, outlet: str, *, research: bool) -> bool:
    """Whether someone speaks in what a sentence follows (or the outlet is in it): a
    bare narrating verb then carries that subject on."""
    voices = _SPEAKING if research else _ANNOUNCING
    return bool(voices.search(before)) or outlet.casefold() in before.casefold()


#: Who speaks in a report's clause: a short subject right before a verb of saying
#: ("报告指出，", "百度存储团队分享了…", "文章认为，"), not a clause of place, time or deed.
_SPEAKER = re.compile(
    r"(?:^|(?<=[。！？!?；;，,]))\s*(?P<who>[^\s，,。！？!?；;：:“”][^，,。！？!?；;：:“”]{0,11}?)"
    r"(?:还|也|进一步|则)?(?:认为|指出|强调|表示|坦言|直言|预测|分享|介绍|分析|探讨|总结)"
    rf"{_NOUN_HEAD}"
)
#: What no subject the summary can carry is: a clause of place, time or deed, a source
#: phrase ("据介绍"), a pronoun or a pointer whose noun the summary may not hold.
_NO_SUBJECT = re.compile(
    r"[了在将是把被对从的让使]|^(?:随着|针对|围绕|基于|如果|由于|通过|据|[他她它其该这那])"
)
_SELF_ONLY = re.compile(rf"(?:{_SELF})$")


def _speaker(written: str, outlet: str, *, research: bool) -> str | None:
    """Who a bare narrating verb carries on from in its report (``written``, the text
    before it there, which the summary may not tell): the last who spoke ("报告", "百度
    存储团队"), the outlet for the report's own "文章/作者"; with nobody, the outlet (the
    study, in research).  None when someone spoke there whom no short subject names
    ("李明在采访中表示", "他指出", "据介绍"): the outlet would take their words."""
    for match in reversed(list(_SPEAKER.finditer(written))):
        who = match.group("who").strip()
        if _SELF_ONLY.fullmatch(who):
            return _RESEARCHERS if research and who in {"作者", "笔者"} else outlet
        if not _NO_SUBJECT.search(who) and not _speaks_later(written, match.end(), research):
            return who
        return None
    if _speaks_later(written, 0, research):
        return None
    return _THE_STUDY if research else outlet


def _speaks_later(written: str, start: int, research: bool) -> bool:
    """Whether someone speaks (or announces, but in research) in ``written`` from
    ``start`` on, besides a sentence that opens with its bare verb (which carries on who
    spoke before it)."""
    for match in (_SAYS if research else _ANNOUNCES).finditer(written, start):
        opening = re.split(r"[。！？!?\n]", written[start : match.start()])[-1]
        if not _CARRY_ON.fullmatch(opening.strip()):
            return True
    return False


#: A verb of :data:`_SPEAKING` that begins no noun ("评测集", "分析师" say nothing).
_SAYS = re.compile(rf"(?:{_SPEAKING.pattern}){_NOUN_HEAD}")
_ANNOUNCES = re.compile(rf"(?:{_ANNOUNCING.pattern}){_NOUN_HEAD}")
#: What may stand before a bare verb that carries on who spoke before it.
_CARRY_ON = re.compile(r"(?:还|也|进一步|同时|另外)?")


def retold(clause: str, outlets: tuple[str, ...]) -> str:
    """A clause :func:`narrated_by` credited to one of ``outlets`` ("新智元介绍了…") told as
    its report told it ("文章介绍了…"): a day's list line is the news, and the rules that
    drop a report's frame from it, or refuse its narration, know the report's words.
    A first-party outlet doing its own news ("OpenAI发布了…") stays."""
    for outlet in outlets:
        if not outlet or not clause.startswith(outlet):
            continue
        about = _ABOUT.match(clause, len(outlet))
        if _OPENS_NARRATING.match(clause, about.end() if about else len(outlet)):
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


#: A company's own feed telling that it speaks: the report's frame before its name, or
#: its name saying what it will do or did, or saying its name again.
_SPEECH = r"(?:称|表示|宣布|透露|披露)了?[，,：:]?\s*"
_MODAL = r"(?:将|已|正在|正|计划|即将|还将|也将)"


def _unframed_own(sentence: str, outlet: str) -> str:
    """The sentence of a company's own feed without the frame of its speaking: "文章称
    云帆将…" and "云帆表示将…" (or "云帆称，云帆Orion-2…") are "云帆将…", its news.  What
    is of the company ("文章称云帆的对手星河科技将降价") may be another's news: the
    company still says it ("云帆称其对手…")."""
    name = re.escape(outlet)
    start = r"(?:^|(?<=[，,；;]))\s*"
    sentence = re.sub(rf"{start}(?:{_SELF}){_SPEECH}{name}的", f"{outlet}称其", sentence)
    sentence = re.sub(rf"{start}(?:{_SELF}){_SPEECH}(?={name})", "", sentence)
    sentence = re.sub(rf"{start}{name}{_SPEECH}(?={name}(?!的))", "", sentence)
    return re.sub(rf"({start}{name})(?:称|表示)[，,：:]?\s*(?={_MODAL})", r"\1", sentence)


def narrated_by(
    sentence: str,
    outlet: str,
    *,
    opening: bool = False,
    research: bool = False,
    book: bool = False,
    before: str | None = None,
    written: str = "",
) -> str:
    """The Chinese sentence with its report's narration of itself told as the outlet's:
    the first "文章/作者 + narrating verb" becomes the outlet ("文章宣布" its report), a
    later one in the clause right after it the same subject carried on ("，并认为…").  A
    sentence that ``opening`` a text (a summary's first, a detail) and opens with the
    narrating verb alone gets the outlet before it; later in a text the verb carries the
    subject before it.  Unchanged without an outlet; one that names the outlet already
    ("文章称新智元获得了…" is no "新智元称新智元…") only loses the frame of its speaking.

    A later mention stays as written unless it follows straight on a clause the outlet
    told something in: after "新智元称，" the next clause is what was said, and after a
    clause with its own subject ("该新闻将…") a bare "并推测" would be that subject's.
    "作者" in a sentence that has named a paper or study, or whose "作者" did a deed
    ("作者提出了…，作者认为…"), is its authors, not the report's writer; in a report of
    ``research`` (:func:`reports_research`) every "作者" is its researchers, and the
    article doing something by its means ("本文通过…") is the study.  A sentence that
    names the outlet is its own feed's news (:func:`_unframed_own`).  In a report of a
    ``book`` (:func:`reports_a_book`) "作者" is the book's author.  A later sentence
    opening with a bare narrating verb ("指出…") gets the outlet (the study, in research)
    when what it follows in the summary, ``before``, has nobody who speaks: the one who
    last spoke in what its report had ``written`` before it, else the outlet (the study,
    in research); with ``before`` unknown it stays."""
    outlet = outlet.strip()
    if not outlet:
        return sentence
    if outlet.casefold() in sentence.casefold():
        return _unframed_own(sentence, outlet)
    told_end: int | None = None
    unsaid = _UNSAID.match(sentence) if opening else None
    subject: str | None = outlet
    if (
        unsaid is None
        and not opening
        and before is not None
        and not _speaks(before, outlet, research=research)
    ):
        subject = _speaker(written, outlet, research=research)
        unsaid = _BARE.match(sentence) if subject is not None else None
    if unsaid is not None and subject is not None:
        frame = unsaid.group("frame") or ""
        told_end = len(frame) + len(subject)
        sentence = f"{frame}{subject}{sentence[len(frame) :]}"

    def tell(match: re.Match[str]) -> str:
        nonlocal told_end
        adverb, verb = match.group("adverb"), match.group("verb")
        if book and match.group("writer") == "作者":
            return match.group()
        if research and match.group("writer"):
            return f"{_RESEARCHERS}{adverb}{verb}"
        if research and verb in {"通过", "以", "利用"} and not match.group("issue"):
            return f"{_THE_STUDY}{adverb}{verb}"
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
