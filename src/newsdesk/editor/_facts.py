"""What a sentence states, so that a summary says each fact once.

Two reports of one story state the same facts in other words ("计划2026年第四季度量产"
in the lede and again in the last paragraph; a feed's one-line summary before the
article that says it at length).  A fact here is what a reader would notice said twice:
a figure (names blanked, so the 900 of QM-900 is no figure), a date, a year, a time word,
a place, a name, and the words around them (Chinese character pairs, English content
words).  A name is the entity it names: 港交所 and 香港联交所 are one name through
:mod:`newsdesk.aliases`, and a stock code beside a company ("（06859.HK）") names the
company again rather than stating a fact.  A clause restates the text before it when
every figure, date and name it gives is given there and most of its words are too; a
sentence is subsumed by another that gives all its facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.aliases import entity_key, mentions
from newsdesk.chinese import HAN_CHAR
from newsdesk.desk import text_features
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._chinese_words import words_of
from newsdesk.editor._latin_names import latin_names
from newsdesk.editor._name_forms import descriptive
from newsdesk.editor._numbers import figures_of, fold, quantities

#: Share of a clause's words already given, with all its figures, dates and names, for
#: it to say nothing new; a clause with none of those needs more of its words given.
_GIVEN_WORDS = 0.4
_GIVEN_WORDS_BARE = 0.7
#: A clause with no figure, date or name and fewer words than this ("在AI时代") is a
#: phrase, not a fact, however often it is said.
_BARE_WORDS = 5
#: Clause breaks: Chinese commas, semicolons, list commas and colons anywhere (an item of
#: a list can repeat a figure as a clause can); in English a semicolon, or a
#: comma before a word that opens a clause of its own (not an apposition's comma).
_ZH_BREAK = re.compile(r"(?<=[，；;,、：])")
_ZH_CLAUSE = re.compile(r"(?<=[，；;,])")
_EN_BREAK = re.compile(r"(?<=;)(?=\s)|(?<=,)(?=\s+(?:and|but|while|which|as|with)\b)")
#: What opens a clause that leans on the one before it: kept only with that one.
_LEANING = re.compile(
    r"^(?:[并且而但还也又即其它该此这]|同时|以及|通过|从而|旨在|以其|以便|使其|让其"
    r"|and\b|but\b|while\b|which\b|as\b|with\b|its\b|it\b)"
)
#: A clause that only joins what comes next to what came before.
_CONNECTIVE = re.compile(
    r"^(?:为此|此外|另外|同时|因此|所以|对此|随后|此后|不过|但是|然而|而且|其中|据悉|据了解"
    r"|Meanwhile|However|Also|In addition|Still)[，,:：]?$"
)
#: A clause that opens the steps of a procedure ("先用…初筛，", "首先…", "First, …"), and
#: one that goes on with them ("再用…验证。", "然后…", "最后…", "then …"): the steps are one
#: fact, and a first step kept without the next tells of half a method.
_FIRST_STEP = re.compile(
    r"^(?:首先|先(?![前后进行锋驱生天])|第一步|第一阶段|first\b)", re.IGNORECASE
)
_NEXT_STEP = re.compile(
    r"^(?:然后|再|接着|其次|随后|之后|最后|第[二三四五]步|第[二三四五]阶段|then\b|finally\b)",
    re.IGNORECASE,
)
#: jieba's tags of a verb: a clause that opens with one has its subject elsewhere.
_VERB_TAGS = frozenset({"v", "vd", "vg"})
#: A predicate opens with a verb, an adverb (将, 则, 已, 仍) or a set phrase used as one
#: (jieba's ``l`` and ``i``: 举例说明, 深入探讨, 系统分析): after a comma any of them means
#: the clause's subject was in the clause before it.
_PREDICATE_TAGS = _VERB_TAGS | {"d", "l", "i"}
#: A listed company's stock code, bracketed or not: "（06859.HK）", "600519.SH",
#: "(NASDAQ: NVDA)", "股票代码06859".
_STOCK_CODE = re.compile(
    r"[（(]?\s*(?:\b\d{4,6}\.(?:HK|SH|SZ|SS|KS|T)\b"
    r"|\b(?:NASDAQ|NYSE|HKEX|SSE|SZSE)\s*[:：]\s*[A-Z0-9.]{1,10}\b"
    r"|(?:股票|证券)代码[为是:：]?\s*\d{4,6}(?:\.[A-Z]{1,2})?)\s*[)）]?"
)
_END = "。！？；.!?;"


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts of a piece of text."""

    #: Figures, dates and years, as comparable keys.
    anchors: frozenset[object]
    #: Names, lower-cased.
    names: frozenset[str]
    #: Words (Chinese character pairs, English content words).
    words: frozenset[str]
    #: Places and times (上海, 今日, 下月): they make a sentence tell something, but a
    #: clause that restates a fact is no new one for naming the day again.
    settings: frozenset[str] = frozenset()

    def __or__(self, other: Facts) -> Facts:
        return Facts(
            self.anchors | other.anchors,
            self.names | other.names,
            self.words | other.words,
            self.settings | other.settings,
        )


NO_FACTS = Facts(frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=8192)
def facts_of(text: str) -> Facts:
    """The figures, dates, years, names and words of a text (remembered: a summary
    compares each candidate sentence with every other)."""
    text = _STOCK_CODE.sub(lambda m: " " * len(m.group()), text)
    spans = latin_names(text) + [
        (a, b) for a, b in chinese_names(text) if not descriptive(text[a:b])
    ]  # 杭州公司 is "a Hangzhou company", no name
    names = frozenset({_entity(text[a:b].strip().lower()) for a, b in spans} | set(mentions(text)))
    blank = text
    for start, end in spans:
        blank = blank[:start] + " " * (end - start) + blank[end:]
    anchors: set[object] = {figure for figure, _ in figures_of(blank)}
    for quantity in quantities(fold(blank)):
        if quantity.date is not None:
            anchors.add(("date", quantity.date[1], quantity.date[2]))
        elif _is_year(quantity.values, quantity.unit):
            anchors.add(("year", quantity.values[0]))
    features = text_features(blank)
    settings = frozenset(word for word, flag in words_of(blank) if flag in ("ns", "t"))
    return Facts(frozenset(anchors), names, frozenset(features.words) | names, settings)


def _entity(name: str) -> str:
    """The name as the alias table's key when it is one of an entity's names."""
    return entity_key(name) or name


def _is_year(values: tuple[float, ...], unit: str) -> bool:
    return len(values) == 1 and not unit and values[0].is_integer() and 1900 <= values[0] <= 2100


def restates(part: Facts, given: Facts) -> bool:
    """Whether a clause says nothing the given text does not: all its figures, dates and
    names are given, and most of its words.  A Latin name given in full is given in
    part too: "Marsh" after "Elena Marsh"."""
    names = {n for n in part.names if not _part_of_a_given_name(n, given.names)}
    if not part.words or not part.anchors <= given.anchors or not names <= given.names:
        return False
    if not part.anchors and not part.names and len(part.words) < _BARE_WORDS:
        return False
    shared = part.words & (given.words | (part.names - names))
    share = len(shared) / len(part.words)
    return share >= (_GIVEN_WORDS if part.anchors or part.names else _GIVEN_WORDS_BARE)


def _part_of_a_given_name(name: str, given: frozenset[str]) -> bool:
    return name.isascii() and any(
        g.startswith(name + " ") or g.endswith(" " + name) for g in given if g != name
    )


def subsumed(sentence: Facts, other: Facts) -> bool:
    """Whether another sentence states all this one does (the shorter telling of a fact
    the other tells at length)."""
    return bool(sentence.anchors or sentence.names) and restates(sentence, other)


def clauses(sentence: str, *, items: bool = True) -> list[str]:
    """The clauses of a sentence, each with the punctuation that ends it; with ``items``
    a Chinese list's items (、) and what comes before a colon count as clauses too."""
    chinese = bool(HAN_CHAR.search(sentence))
    pieces = ((_ZH_BREAK if items else _ZH_CLAUSE) if chinese else _EN_BREAK).split(sentence)
    return [p for p in pieces if p.strip()]


def new_part(sentence: str, given: Facts) -> str:
    """The sentence without its clauses that restate the given text, or "" when what is
    left cannot stand alone: nothing, a clause that leans on a dropped one, or words
    with no figure, date, name, place or time."""
    parts = clauses(sentence)
    return without_clauses(
        sentence, [not (restates(facts_of(p), given) or _only_a_code(p)) for p in parts]
    )


def without_clauses(sentence: str, keep: list[bool]) -> str:
    """The sentence with only the clauses (of :func:`clauses`) marked kept, or "" when what
    is left cannot stand alone: nothing, a clause that leans on a cut one, or words with
    no figure, date, name, place or time.  A connective before a cut clause goes too."""
    parts = clauses(sentence)
    keep = _connectives_follow(parts, keep)
    if all(keep):
        return sentence
    if not any(keep) or _leans_on_a_cut(parts, keep) or _breaks_steps(parts, keep):
        return ""
    text = _kept(sentence, parts, keep)
    facts = facts_of(text)
    if not (facts.anchors or facts.names or facts.settings) or facts.words <= facts.settings:
        return ""  # "论文显示" and "今天" tell nothing
    return text


def says_more(sentence: str, given: Facts) -> bool:
    """Whether some clause of the sentence tells what the given text does not."""
    return not all(restates(facts_of(part), given) for part in clauses(sentence))


def without_told(sentence: str, later: str) -> str:
    """The sentence without its clauses, past the first, that one clause of a later
    sentence tells in full and more (`代码以MIT协议开源` before `代码以MIT协议开源在
    X/Y`): the fact is said once, where it is said fully.  Kept whole when a clause that
    leans on a dropped one would be left."""
    parts = clauses(sentence)
    told = [facts_of(c) for c in clauses(later)]
    keep = _connectives_follow(
        parts,
        [
            n == 0 or not any(restates(facts_of(part), fuller) for fuller in told)
            for n, part in enumerate(parts)
        ],
    )
    if all(keep) or _leans_on_a_cut(parts, keep):
        return sentence
    return _kept(sentence, parts, keep)


def _leans_on_a_cut(parts: list[str], keep: list[bool]) -> bool:
    """Whether a kept clause would be left leaning on a cut one: it opens with a joining
    word ("并且…", "which…") or with a verb or an adverb whose subject was in the cut clause
    ("对比了 Overleaf…" after "Prism 的深度测评，"), or it is an item of a Chinese list
    (items end with 、) whose last item is cut, or whose first is and has a verb: the
    last carries the rest of the clause ("分析了字节、腾讯的竞争态势，") and such a first
    what the list is of ("展示了 Agent 处理本地文件、制作 PPT…"); a title before a name
    ("教授、前研究总监Elena Marsh") can go alone."""
    if any(
        keep[i] and not keep[i - 1] and leans(parts[i].strip(), after=parts[i - 1].rstrip()[-1:])
        for i in range(1, len(parts))
    ):
        return True
    start = 0
    for end, part in enumerate(parts):
        if part.rstrip().endswith("、"):
            continue
        items = keep[start : end + 1]
        if any(items) and not items[-1]:
            return True
        if any(items) and not items[0] and _has_verb(parts[start]):
            return True
        start = end + 1
    return False


def _connectives_follow(parts: list[str], keep: list[bool]) -> list[bool]:
    """The clauses kept, with a clause that is only a connective ("为此，", "此外，") cut
    along with the clause it leads into: "为此，" before a cut clause points at nothing."""
    out = list(keep)
    for i in range(len(parts) - 2, -1, -1):
        if _CONNECTIVE.match(parts[i].strip()):
            out[i] = out[i] and out[i + 1]
    return out


def _breaks_steps(parts: list[str], keep: list[bool]) -> bool:
    """Whether the cut would keep some steps of a procedure ("先用轻量级编码器初筛，再用
    完整模型验证"), or the clauses between them, and not others: "提出两阶段方法：先…初筛。"
    gives one stage of two, so the sentence cannot stand without what it repeats."""
    for first, part in enumerate(parts):
        if not _FIRST_STEP.match(part.strip()):
            continue
        nexts = [i for i in range(first + 1, len(parts)) if _NEXT_STEP.match(parts[i].strip())]
        steps = keep[first : nexts[-1] + 1] if nexts else []
        if any(steps) and not all(steps):
            return True
    return False


def _only_a_code(clause: str) -> bool:
    """Whether a clause gives nothing but a stock code ("股票代码06859。")."""
    rest = _STOCK_CODE.sub("", clause)
    return len(rest) < len(clause) and not rest.strip(" ，,。.；;、：:")


def _has_verb(clause: str) -> bool:
    from jieba import posseg  # the tagger loads on first use (see newsdesk.chinese)

    return any(word.flag in _VERB_TAGS for word in posseg.cut(clause))


def leans(clause: str, *, after: str, opening: bool = False) -> bool:
    """Whether a clause leans on the one before it, which ended with ``after``: a list's
    items (after 、) and what follows a colon are nouns however jieba tags them (显存).
    An ``opening`` clause (nothing kept before it) that opens with one of
    :data:`PREDICATE_WORDS` leans too: its speaker was in the cut clause."""
    if _LEANING.match(clause):
        return True
    if not after or after not in "，,；;":
        return False
    return (
        opens_a_predicate(clause)
        or compares_unnamed(clause)
        or (opening and clause.startswith(PREDICATE_WORDS))
    )


#: What opens a Chinese comparison whose compared thing is not in it ("同比增长45%",
#: "领先第二名5个百分点", "与GPT-5持平"); "比…" is the preposition (not 比特币, 比如).
_COMPARING = re.compile(
    r"^(?:同比|环比|领先|落后|(?:与|和|跟)[^，,。；;]{1,20}(?:持平|相当|相近|接近|相比))"
)


def compares_unnamed(clause: str) -> bool:
    """Whether a Chinese clause opens with a comparison and names nothing compared: after
    "SWE-bench得分62.3%，" a "比上一代提高了9个百分点" says what rose only with that clause."""
    from jieba import posseg

    if _COMPARING.match(clause):
        return True
    first = next(iter(posseg.cut(clause[:8])), None)
    return first is not None and first.word == "比" and first.flag == "p"


#: Verbs jieba tags as nouns (``vn``, ``n``) that open a predicate all the same: "预计
#: 2028年前不会出现…" after "Marsh称…，" is her forecast, and alone it is nobody's.  (After
#: a kept "CEO赵承宇表示，" a "计划…" clause still has its speaker.)
PREDICATE_WORDS = ("预计", "预测", "预期", "计划", "坦言")


def opens_a_predicate(clause: str) -> bool:
    """Whether a Chinese clause opens with a verb or an adverb ("指出…", "将于…"): its
    subject is in another clause."""
    from jieba import posseg

    first = next(iter(posseg.cut(clause[:8])), None)
    return first is not None and first.flag in _PREDICATE_TAGS


def _kept(sentence: str, parts: list[str], keep: list[bool]) -> str:
    """The kept clauses as a sentence, ending as the sentence ended."""
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in _END else ""
    text = "".join(p for p, k in zip(parts, keep, strict=True) if k)
    text = text.rstrip().rstrip("，,；;、：: ")
    return text + (end if end and not text.endswith(end) else "")


def same_news(a: str, b: str) -> bool:
    """Whether two sentences open with the same statement or one tells all the other
    does: a feed's one-line summary and the article's lede are the same news."""
    first_a, first_b = clauses(a, items=False)[0], clauses(b, items=False)[0]
    facts_a, facts_b = facts_of(a), facts_of(b)
    return (
        subsumed(facts_a, facts_b)
        or subsumed(facts_b, facts_a)
        or restates(facts_of(first_a), facts_b)
        or restates(facts_of(first_b), facts_a)
    )


def richness(facts: Facts) -> int:
    """How much a sentence tells: its figures first (the numbers are the news), then its
    dates, times, places and names."""
    figures = sum(1 for a in facts.anchors if isinstance(a, tuple) and isinstance(a[1], tuple))
    return 2 * figures + len(facts.anchors) + len(facts.names)


def all_facts(facts: Iterable[Facts]) -> Facts:
    """The facts of several texts together."""
    total = NO_FACTS
    for each in facts:
        total = total | each
    return total


#: A Chinese sentence that opens with what its article says ("文章指出，…", "认为…"): the
#: saying is the outlet's.  A study's finding ("研究发现") is the study's, not the outlet's.
_SAYS = re.compile(
    r"^(?:文章|作者|本文|该文|报道)?(?:指出|认为|表示|提到|写道|发现|预测|判断|称)了?[，,：:]?"
)
_ARTICLE = ("文章", "作者", "本文", "该文", "报道")


def unframed(sentence: str, minimum: int) -> tuple[bool, str]:
    """Whether a Chinese sentence says what its article says, and the sentence without
    that frame, when at least ``minimum`` characters are left: "指出AI能解决70%的问题"
    is the outlet's claim, to be credited as "据X，AI能解决70%的问题"."""
    frame = _SAYS.match(sentence)
    if frame is None or not (
        frame.group().startswith(_ARTICLE) or opens_a_predicate(sentence)
    ):  # "称号" is no saying
        return False, sentence
    rest = sentence[frame.end() :].lstrip("，,：: ")
    return (True, rest) if len(rest) >= minimum else (False, sentence)
