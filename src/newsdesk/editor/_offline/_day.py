"""The day-level parts of an offline digest: title, the day's list, sections, tags."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from newsdesk.chinese import HAN_CHAR
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._facts import facts_of
from newsdesk.editor._latin_names import HEADLINE_WORDS, latin_names
from newsdesk.editor._narration import retold
from newsdesk.editor._offline._key_points import lacks_subject
from newsdesk.editor._offline._source_text import MEANS, MIN_SENTENCE_CHARS
from newsdesk.editor._sentences import split_sentences
from newsdesk.editor._title import day_title, first_clause, speaks_personally, states_event
from newsdesk.model import DigestEntry, Section

#: The day's bullets, and at most this many sections (the seeds have 3–7).
DAY_BULLETS = 8
MAX_SECTIONS = 7


def other_section(language: str) -> str:
    """The title of a section of mixed categories."""
    return "其他要闻" if language == "zh" else "Also notable"


#: Names a section's title gives at most: those all of its headlines share.
SECTION_NAMES = 2


def section_title(label: str, entries: Sequence[DigestEntry], language: str) -> str:
    """What a section holds: its category, and the names that all its headlines share
    ("模型发布：OpenAI、Anthropic"), as a reader scanning the day would want to know
    which companies a section is about.  A name that one of its headlines lacks would
    mislabel that story ("资本与商业：Lumina Labs" over a Hong Kong IPO of another
    company), so such a section keeps the bare label.  A capitalised ordinary word
    ("Series" of "Series C") names nobody; of names as common, the one the headlines
    name first comes first, so every run of the same day titles it alike."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for entry in entries:
        spans = sorted(latin_names(entry.headline) + chinese_names(entry.headline))
        names = dict.fromkeys(entry.headline[a:b].strip() for a, b in spans)
        for name in names:
            if name.casefold() in HEADLINE_WORDS:
                continue
            key = name.casefold()
            shown.setdefault(key, name)
            counts[key] += 1
    shared = [shown[key] for key, n in counts.most_common() if n > 1 and n == len(entries)]
    shared = shared[:SECTION_NAMES]
    if not shared:
        return label
    return f"{label}：{'、'.join(shared)}" if language == "zh" else f"{label}: {', '.join(shared)}"


#: A day bullet is a line of the seeds' length (their bullets run 15–35 characters).
_BULLET_CHARS = {"zh": 40, "en": 110}
#: A headline that exclaims or asks teases its news ("挑战 Claude Code，9.5 万星！又一款
#: 开源 AI 编程神器火了", "想让机器人春晚包饺子？"): the day's list states it instead.
_EXCLAIMS = re.compile(r"[！？!?]")
#: A headline that only counts what an article lists ("Clawdbot 爆火的 4 个原因", "5 ways
#: agents fail") promises a list and states no news: the day's list states it instead.
_COUNTS_A_LIST = re.compile(
    r"的\s*(?:\d{1,2}|[一二两三四五六七八九十几]+)\s*(?:个|大|条|种|点)\s*"
    r"(?:原因|理由|方法|技巧|建议|教训|启示|误区|看点|细节|问题|趋势|信号|关键)$"
    r"|^(?:\d{1,2}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Tt]en)\s+"
    r"(?:reasons|ways|things|lessons|takeaways|tips|signs)\b",
)
#: A clause that only opens a statement: what it proves, says, finds or foresees follows
#: it ("马斯克在全员会上预测" is cut before the prediction).
_OPENS_ONLY = re.compile(
    r"(?:证明|证实|表明|显示|指出|认为|发现|称|表示|提出|探讨|介绍|分享|揭示|分析"
    r"|预测|预言|预计|警告|强调|坦言|直言|透露|承认|呼吁|判断|断言|相信|宣布)了?$"
    r"|^(?:文章|本文|该文|作者|论文|研究|报告)|是一[个款家种项套]"
)
#: A reporting frame before what was reported ("文章报道阶跃星辰完成…", "作者宣布…").
_REPORTED = re.compile(
    r"^(?:文章|本文|该文|作者)(?:报道|宣布|披露|透露|称)了?(?=[\u4e00-\u9fffA-Za-z0-9])"
)
#: A bar between a headline and a column's or a venue's tag.
_BAR = re.compile(r"\s+\|\s+|\s*[｜丨]\s*")
#: Between a headline's clauses, and what a clause kept alone sheds at its ends.
_HEADLINE_CLAUSES = re.compile(r"[，,；;：:]")
#: A clause that opens with a measure word or ends in what a post is names a thing, it
#: says nothing happened ("一种名为MVGGT的新方法", "Rodin Gen-2 编辑工具的功能评测").
_NOUN_PHRASE = re.compile(
    r"^(?:一|这|该)[种款个家项套位名篇份]|的[^，,的]{0,8}(?:评测|测评|案例|解读|盘点|教程)$"
)
#: Where a long clause's second predicate begins ("…支持 75 种模型并向个人用户免费开放",
#: "… released Nova and it now supports …"): its head before there is a clause of its own.
#: "并" of a word ("并购", "合并", "并不") joins nothing.
_SECOND_PREDICATE = {
    "zh": re.compile(r"(?<![合兼吞])(?=并且?(?![购行发列非不未没肩存])|同时|从而|进而|随后)"),
    "en": re.compile(r"\s+(?=(?:and|but|while|which|after)\s)"),
}
_EXCLAMATION_END = re.compile(r"(?<=[！!？?])")
_CLAUSE_MARKS = "。！!？?…~～、，, "

#: The verbs that say, after a means, what it achieved ("通过多模态训练实现审美涌现").
_ACHIEVES = re.compile(
    r"(?:实现|达到|达成|取得|获得|赢得|完成|提升|提高|降低|减少|解决|突破|超越|登顶|打破)"
)


def day_bullet(entry: DigestEntry, language: str) -> str:
    """The entry's line in the day's list: its headline, or, when the headline teases
    (an exclamation, a question), the first clause of its summary where that states
    the news in a line: it names someone, is short, and is no opening of a statement
    whose content follows ("华为等团队通过实验证明", "文章探讨了") or a definition
    ("UltraRAG 3.0是一个开源RAG框架").  A clause of means ("团队通过让机器人学习口型，")
    that does not say what they achieved is read with the clause after it, which does:
    cut there, it is no sentence ("Fal.ai通过提供领先的推理速度和成本效益"); one that
    opens with its means has no subject ("通过融资背景分析，揭示…").  A Chinese headline
    that only says what it is about ("收购叮咚，美团在低利润基建上血战到底") gives way the
    same way to a clause that says who did what ("美团以7.17亿美元收购叮咚买菜"), as the
    seeds' lists do; an English one states its news even without a verb ("Aster-3 goes
    big on context: 2 million tokens") and stays.

    A column's tag beside a bar ("AAAI 2026 | …", "… | 专访谢童") is no part of the news,
    and a headline in the first or second person ("我爬了Moltbook所有的帖子，发现…") tells
    the writer's story: the list states the news, from the summary with its reporting
    frame ("文章报道") dropped, or from the headline's clauses that speak of others.  A
    frame stays when what it reported names no doer: a company's own feed saying
    "云帆称将在下月推出…" is the company speaking, and "将在下月推出…" says nothing of who."""
    headline = _untagged(entry.headline)
    personal = speaks_personally(headline)
    teases = bool(_EXCLAIMS.search(headline) or _COUNTS_A_LIST.search(headline))
    if not (teases or personal) and (language != "zh" or states_event(headline, language)):
        return headline
    sentence = next(iter(split_sentences(entry.summary)), "")
    clause = first_clause(sentence).rstrip("。.")
    rest = sentence[len(clause) :]
    after = first_clause(rest[1:]).rstrip("。.") if rest[:1] in tuple("，,；;") else ""
    if _means_only(clause):
        clause = f"{clause}，{after}" if after else ""  # means alone are no sentence
    reported = _REPORTED.sub("", retold(clause, tuple(s.source for s in entry.sources)), count=1)
    # what the frame reported names its doer, else the frame's subject was it ("云帆称将…")
    clause = clause if lacks_subject(reported, language) else reported
    clause = _shortened(clause, language)
    zh = language == "zh"
    if (
        MIN_SENTENCE_CHARS["zh" if zh else "en"] // 2 <= len(clause)
        and len(clause) <= _BULLET_CHARS["zh" if zh else "en"]
        and bool(HAN_CHAR.search(clause)) == zh
        and not _OPENS_ONLY.search(clause)
        and not _NOUN_PHRASE.search(clause)
        and not MEANS.match(clause)
        and facts_of(clause).names
        and not speaks_personally(clause)
        and (teases or states_event(clause, language))
    ):
        return clause
    return _stated(headline, language) or headline


def _shortened(clause: str, language: str) -> str:
    """The clause, or where it runs longer than a list line its longest head that ends
    where a second predicate begins: "星河科技的 Nova 插件已支持 75 种模型" of "…并向个人
    用户免费开放" still states the news, where the whole would leave the line to a
    teasing or personal headline ("我用了三天 Nova…")."""
    limit = _BULLET_CHARS["zh" if language == "zh" else "en"]
    if len(clause) <= limit:
        return clause
    heads = [
        clause[: m.start()].rstrip()
        for m in _SECOND_PREDICATE["zh" if language == "zh" else "en"].finditer(clause)
    ]
    fitting = (h for h in heads if len(h) <= limit and not _means_only(h))
    return max(fitting, key=len, default=clause)


def _means_only(clause: str) -> bool:
    """Whether the clause says how ("团队通过让机器人学习口型") but not what it achieved."""
    means = MEANS.search(clause)
    return means is not None and not _ACHIEVES.search(clause, means.end())


def _day_bullets(entries: Sequence[DigestEntry], language: str) -> tuple[str, ...]:
    """The day's list: the top stories' lines in rank order, those that state news
    before those that still only ask or speak as "我" (a post about someone's own
    trial), which fill the list only where the day has too few others."""
    lines = [day_bullet(e, language) for e in entries[: 2 * DAY_BULLETS]]
    plain = [i for i, line in enumerate(lines) if not _asks_or_speaks(line)]
    rest = [i for i in range(len(lines)) if i not in plain]
    return tuple(lines[i] for i in sorted((plain + rest)[:DAY_BULLETS]))


def _asks_or_speaks(line: str) -> bool:
    """Whether a list line asks its question or speaks as its writer or to its reader."""
    return speaks_personally(line) or line.rstrip().endswith(("？", "?"))


def _untagged(headline: str) -> str:
    """The headline without a column's or a venue's tag set off by a bar: its part of
    the most words ("WWW 2026 | 让语言模型直接听懂行为信号" → the second)."""
    parts = [p.strip() for p in _BAR.split(headline) if p.strip()]
    if len(parts) < 2:
        return headline
    return max(parts, key=lambda p: len(HAN_CHAR.findall(p)) + len(re.findall(r"[A-Za-z0-9]+", p)))


def _stated(headline: str, language: str) -> str | None:
    """What a teasing or personal headline states plainly: its sentences that ask
    nothing, without the clauses that speak as "我" or to "你", where what is left says
    who did what ("告别CLIP！DeepSeek-OCR-2开源" → "DeepSeek-OCR-2开源"), cut to a list
    line's length at a clause."""
    kept: list[str] = []
    for sentence in _EXCLAMATION_END.split(headline):
        if sentence.rstrip().endswith(("？", "?")):
            continue
        clauses = [
            c.strip(_CLAUSE_MARKS)
            for c in _HEADLINE_CLAUSES.split(sentence)
            if c.strip(_CLAUSE_MARKS) and not speaks_personally(c)
        ]
        plain = "，".join(clauses)
        if clauses and states_event(plain, language):
            kept.extend(clauses)
    line = ""
    for clause in kept:
        longer = f"{line}，{clause}" if line else clause
        if line and len(longer) > _BULLET_CHARS["zh" if language == "zh" else "en"]:
            break
        line = longer
    return line or None


def _mentions(text: str, name: str) -> bool:
    """Whether the text names it: a Latin name as a word of its own, any case ("GPT" is
    no keyword of a day that only names ChatGPT), a Chinese one anywhere."""
    edge = r"(?<![A-Za-z0-9])" if name[:1].isascii() else ""
    end = r"(?![A-Za-z0-9])" if name[-1:].isascii() else ""
    return re.search(edge + re.escape(name) + end, text, re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class DayText:
    """The day-level parts of a digest."""

    title: str
    bullets: tuple[str, ...]
    sections: tuple[Section, ...]
    tags: tuple[str, ...]
    seo: tuple[str, ...]


def offline_day(
    entries: Sequence[DigestEntry],
    category_names: Mapping[str, str],
    digest_title: str,
    major_names: Sequence[str],
    language: str,
) -> DayText:
    """Day title and bullets from the top headlines, sections by category."""
    if not entries:
        return DayText(digest_title, (), (), (digest_title,), (digest_title,))
    by_category: dict[str, list[DigestEntry]] = {}
    for entry in entries:
        by_category.setdefault(entry.category, []).append(entry)
    groups = list(by_category.items())
    if len(groups) > MAX_SECTIONS:
        rest = [e for _, members in groups[MAX_SECTIONS - 1 :] for e in members]
        groups = [*groups[: MAX_SECTIONS - 1], ("", rest)]
    other = other_section(language)
    sections = tuple(
        Section(
            section_title(category_names.get(key, other) if key else other, members, language),
            tuple(members),
        )
        for key, members in groups
    )
    texts = " ".join(f"{e.headline} {e.summary}" for e in entries)
    named = [n for n in major_names if _mentions(texts, n)]
    categories = [category_names[key] for key, _ in groups if key in category_names]
    return DayText(
        title=day_title(entries, language, category_names, partial(day_bullet, language=language)),
        bullets=_day_bullets(entries, language),
        sections=sections,
        tags=tuple(dict.fromkeys(["AI", digest_title, *categories])),
        seo=tuple(dict.fromkeys([digest_title, *named[:8]])),
    )
