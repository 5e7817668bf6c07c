"""The offline editor: a digest made only of what the sources and the store say.

Headlines are the stories' own best titles, summaries are their most central source
sentences (TextRank over shared words, Chinese by character pairs), insights are what
changed, what its figures compare to and its key points (the next most central source
sentences), then the facts of :meth:`StoryBrief.facts`; sections are the categories.
Nothing is invented, so its output passes the verifier by construction; it is what runs
without an LLM and what a story falls back to when the LLM fails.
"""

from __future__ import annotations

import pickle
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

from newsdesk.aliases import entities, entity_key
from newsdesk.chinese import ORG_SUFFIXES
from newsdesk.desk import text_features
from newsdesk.editor._brief import Report, StoryBrief
from newsdesk.editor._chinese_names import chinese_names
from newsdesk.editor._common_words import everyday_opener
from newsdesk.editor._compare import credited_zh, number_insights
from newsdesk.editor._conflicts import without_conflicts
from newsdesk.editor._development import Development, development
from newsdesk.editor._facts import (
    NO_FACTS,
    PREDICATE_WORDS,
    Facts,
    all_facts,
    clauses,
    facts_of,
    leans,
    new_part,
    opens_a_predicate,
    restates,
    richness,
    same_news,
    says_more,
    subsumed,
    unframed,
    without_told,
)
from newsdesk.editor._latin_names import HEADLINE_WORDS, STOPWORDS, latin_names
from newsdesk.editor._name_forms import same_actor
from newsdesk.editor._narration import narrated_by, reports_a_book, reports_research, retold
from newsdesk.editor._numbers import Figure, figures_of
from newsdesk.editor._roles import occupations_in, roles_in
from newsdesk.editor._sentences import LEANS_BACK, ends_abbreviated, split_sentences
from newsdesk.editor._title import day_title, first_clause, speaks_personally, states_event
from newsdesk.model import DigestEntry, MoreLine, Section

#: A "more news" detail is one sentence this short: a line of the page (the Chinese
#: seeds' run to about 40 characters; an English sentence takes about twice the
#: characters to say as much, as :data:`SUMMARY_CHARS` has it).
MORE_DETAIL_CHARS = {"zh": 90, "en": 160}
#: Summary length: about two sentences of a news report in each language.
SUMMARY_CHARS = {"zh": 160, "en": 420}
#: Shorter sentences are datelines, bylines or captions, not statements.
_MIN_SENTENCE_CHARS = {"zh": 12, "en": 40}
_MAX_SENTENCE_CHARS = 400
#: TextRank's damping factor (the value of the original paper), and its power iteration:
#: a few dozen sentences converge in well under 50 rounds to this tolerance.
_DAMPING = 0.85
_ROUNDS = 50
_CONVERGED = 1e-9
#: Bullets an offline entry shows as insights (the seeds have 2–4): at most two of
#: news (what changed, what its figures compare to, key points), then the facts of who
#: reported it and when.
INSIGHTS = 4
_NEWS_INSIGHTS = 2
#: Words of the story's title a sentence with no name found in it must share to state
#: the event (光年智能 is a light-year to jieba, so the name is not always found).
_TITLE_WORDS = 2
#: Early sentences of a report carry its news (inverted pyramid): a small lead bonus.
_POSITION_BONUS = 0.15
#: The day's bullets, and at most this many sections (the seeds have 3–7).
DAY_BULLETS = 8
MAX_SECTIONS = 7
_URL = re.compile(r"https?://")
#: A writer's label before a colon ("Architecture: a mixture-of-experts design…", "Caveat:
#: the largest model is 7B", "The good: it filled out…", "Credit where due: …"): a few
#: ordinary words with no verb, then what they label in lower case or a figure.  The
#: label leans on the article around it (a caveat to what? the good, beside which bad?),
#: and what follows is often no sentence; "Pricing is aggressive: 2 yuan…" states a
#: claim and is no label, nor is a name before a colon ("Elena Marsh: …").
_LABEL = re.compile(r"^(?P<label>[A-Z][a-z'’]*(?:\s+[a-z][a-z'’-]*){0,3}):\s+")
_LABELLED = re.compile(r"[a-z0-9$€£¥(\"“‘']")
_LABEL_VERBS = frozenset(
    "is are was were be been being has have had will would can could may might must "
    "shall should say says said does do did".split()
)


def _label(text: str) -> re.Match[str] | None:
    """A writer's label opening an English text (see :data:`_LABEL`), if it has one: not
    when it opens with a name of the alias table, the subject of what follows ("Nvidia:
    Revenue up 60%…", "Apple: The iPhone maker is said…", "Altman wrote: we…")."""
    match = _LABEL.match(text)
    if match is None or set(match.group("label").casefold().split()) & _LABEL_VERBS:
        return None
    if entity_key(match.group("label").split()[0]) is not None:
        return None
    return match


def labelled(sentence: str) -> bool:
    """Whether an English sentence opens with a writer's label and goes on with what it
    labels (see :data:`_LABEL`)."""
    match = _label(sentence)
    return match is not None and bool(_LABELLED.match(sentence, match.end()))


#: A Chinese dateline before the news ("未来财经5月14日讯，", "新华社北京5月14日电 ").
_DATELINE = re.compile(r"^[^，。：:]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息)\s*[，,：:]?\s*")
_METADATA = re.compile(r"\s[·|｜]\s|热度|阅读量|点赞")
#: A list's scaffolding at the start of a sentence: ①–⑳, ⑴–⒇, ⒈–⒛, ❶–➓, (1) and （1）,
#: 1. 1、 1) and bullets (• · ▪ ● ◦, and - * – — before a space).  "1.2万" is no marker.
_MARKER = re.compile(
    r"^(?:[\u2460-\u249b\u2776-\u2793•·▪●◦]\s*|[-*–—]\s+|[(（]\s*\d{1,2}\s*[)）]\s*"
    r"|\d{1,2}\s*(?:[、)）]|\.(?!\d))\s*)+"
)
_HAN = re.compile(r"[\u3400-\u9fff]")


#: A Chinese writer's label before a statement ("逻辑颠覆：过去…", "核心冲击：AI能够…",
#: "市场剧变：因AI产品发布…"): four characters of ordinary words, then the statement.
_LABEL_ZH = re.compile(r"^(?P<label>[\u4e00-\u9fff]{4})[：:](?=\S)")
#: The same label with a Latin term in it ("RL与SFT效率差异：", "AI生成嫌疑：", "可信AI研究：
#: "): Chinese characters and Latin letters only, two characters of Chinese at least and
#: ten characters at most, before a full-width colon (an ASCII one may be a name's own:
#: "曲目M:RA").  A figure, a count word or 了 in it makes it a statement announcing what
#: follows ("框架工作流分为三步：", "定义了高效智能体："), which stays.
_MIXED_LABEL_ZH = re.compile(
    r"^(?P<label>(?=[A-Za-z]*[\u4e00-\u9fff][A-Za-z]*[\u4e00-\u9fff])"
    r"(?=[\u4e00-\u9fff]*[A-Za-z])[A-Za-z\u4e00-\u9fff]{3,10})：(?=\S)"
)
_COUNTS_ZH = re.compile(r"[一二两三四五六七八九十百千万几了]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
#: jieba's tags of a person's, a place's or an organisation's name: a speaker before a
#: colon ("欧阳明远：今年产能仅5000台") is no label.
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
#: A speaker before a colon that jieba does not tag as a name: an organisation by its
#: suffix ("小米集团：", "理想汽车：", "苹果公司："), or one who speaks ("工信部称：", "官方
#: 回应："): without it the statement is nobody's.
_SPEAKER_ZH = re.compile(
    rf"(?:{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))}"
    r"|称|说|表示|回应|回复|指出|透露|宣布|强调|坦言|认为|声明)$"
)


def _mixed_label(sentence: str) -> re.Match[str] | None:
    """A label with a Latin term (see :data:`_MIXED_LABEL_ZH`), unless it names who
    speaks or what the statement is about: a company, product or person of the alias
    table ("Meta首席科学家：", "OpenAI官方：", "英伟达财报："), a role ("谷歌CEO：") or a
    name the table does not hold (a Latin word neither an acronym nor an everyday word:
    "Clawdbot特点：")."""
    match = _MIXED_LABEL_ZH.match(sentence)
    if match is None:
        return None
    label = match.group("label")
    if _COUNTS_ZH.search(label) or _KNOWN.search(label.casefold()):
        return None
    if roles_in(label) or occupations_in(label):
        return None
    for word in _LATIN_RUN.findall(label):
        acronym = word.isupper() and 2 <= len(word) <= 5
        if not acronym and not everyday_opener(word.capitalize()):
            return None
    return match


def unlabelled_zh(sentence: str) -> str:
    """A Chinese sentence without a writer's label before its statement: the label
    claims what the sentence should show ("逻辑颠覆"), and as a summary's sentence or a
    key point it reads as the writer's heading, not the news.  A speaker's name before a
    colon stays, as does a label with too little after it to stand alone."""
    from jieba import posseg

    match = _LABEL_ZH.match(sentence) or _mixed_label(sentence)
    if match is None or len(sentence) - match.end() < _MIN_SENTENCE_CHARS["zh"]:
        return sentence
    label = match.group("label")
    if chinese_names(label) or entity_key(label) is not None or _SPEAKER_ZH.search(label):
        return sentence
    if any(word.flag in _NAME_TAGS for word in posseg.cut(label)):
        return sentence
    return sentence[match.end() :]


#: A day named relative to when it was written ("今日", "昨晚", "即日起", "today", "said
#: preorders open immediately"): right on the report's day, wrong on a later one ("this
#: week" mostly still holds).
_RELATIVE_DAY = re.compile(
    r"今日|今天|今晚|今早|昨日|昨天|昨晚|明日|明天|即日起"
    r"|\b(?:today|tonight|yesterday|tomorrow|immediately|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _dated_before(brief: StoryBrief, candidate: _Candidate) -> bool:
    """Whether the sentence names a day relative to a report of an earlier day than the
    digest's: a follow-up's entry retelling the launch report's "即日起开放预订" tells
    readers preorders open today, a day late."""
    published = brief.originals[candidate.report].published
    if published is None or not _RELATIVE_DAY.search(candidate.text):
        return False
    return published.astimezone(ZoneInfo(brief.timezone)).date() < brief.day


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    report: int
    position: int
    words: frozenset[str]
    #: The figures it states (see ``figures_of``).
    figures: frozenset[Figure]
    #: Its figures, dates, names and words (see :func:`facts_of`).
    facts: Facts
    #: Which telling of its report it is in: 0 for the feed's own summary when the
    #: report has one before the article (``Report.summary``), else 1.
    telling: int = 1
    #: Whether it is the first candidate of its telling.
    lede: bool = False


def _tells_more(candidate: _Candidate, chosen: _Candidate, *, twins: bool) -> bool:
    """Whether a telling of the chosen sentence's news gives more facts; of two ledes
    with as many, the longer (a feed's one-line summary often only says what the article
    is about: "分析…背后的逻辑")."""
    more, less = richness(candidate.facts), richness(chosen.facts)
    return more > less or (twins and more == less and len(candidate.text) > len(chosen.text))


def _adds_facts(candidate: _Candidate, twin: _Candidate) -> bool:
    """Whether a lede gives a figure or a date its twin does not: then it tells what the
    other left out (when an essay came out, beside what it found).  A name alone does
    not count: the two tellings name one actor in two ways (上海AI实验室, 上海人工智能
    实验室) and its founder in one of them."""
    return bool(candidate.facts.anchors - twin.facts.anchors)


def _twins(a: _Candidate, b: _Candidate) -> bool:
    """Whether two sentences are the ledes of one report's two tellings: a feed's own
    summary and the article it sums up open with the same news in other words (their
    words differ too much for :func:`same_news` to see it).  The one with more facts is
    kept (:func:`_tells_more`); the other only when it adds a figure (:func:`_adds_facts`)."""
    return a.report == b.report and a.telling != b.telling and a.lede and b.lede


def central_sentences(brief: StoryBrief, language: str, change: Development | None = None) -> str:
    """The story's most central source sentences in the digest's language, within the
    length, each fact said once: the sentence that states the event first (a name with a
    figure, or a name doing what the news says), then the others in reading order.

    A sentence whose facts another chosen one gives is left out, and a clause that
    restates what comes before it, or gives its figures other values with nothing to
    explain them, is cut (:func:`new_part`, :func:`without_conflicts`); of a feed's own
    summary and the article's lede, one news told twice, one is kept (:func:`_twins`).  A teaser
    ("又一个智能体来了", a question), a sentence with no figure, date or name, and a
    non-disclosure ("未透露") never open a summary; the first two are left out when the
    story has other sentences.
    With a ``change`` (the story's latest development), its most central sentence that
    gives the new figure comes first, and no sentence gives a replaced figure as current.
    A story with no report in the digest's language gets a line saying in which language
    it was reported (:meth:`StoryBrief.language_note`): other-language sentences inside
    the digest read as a mistake, and the offline editor never translates.
    A second lede (another report's, or the other telling's) that introduces the lead's
    subject again is left out (:func:`_introduces_again`); of two tellings, the fuller
    leads when it opens as well, however many of the title's words the other shares.
    """
    if not brief.reported_in(language):
        return brief.language_note(language)
    candidates = _candidates(brief, language) or _candidates(brief, language, alone=False)
    moved = moved_since(brief, change)
    candidates = [
        c
        for c in candidates
        if moved is None or not _asked_before(brief.originals[c.report], moved, c.text)
    ] or candidates
    candidates = [c for c in candidates if not _dated_before(brief, c)] or candidates
    if change is not None:
        candidates = [c for c in candidates if not _stale(c.figures, change)]
        since = change.report.published
        candidates = [
            c
            for c in candidates
            if since is None or (brief.originals[c.report].published or since) >= since
        ] or candidates
    candidates = [
        c for c in candidates if _informative(c) and not _only_undisclosed(c.text)
    ] or candidates
    if not candidates:
        return ""
    scores = _textrank(candidates)
    order = np.argsort(-scores, kind="stable").tolist()
    title = frozenset(text_features(brief.ranked.title).words)

    def opens(candidate: _Candidate) -> tuple[int, int]:
        return _opens_rank(candidate, title, ledes=change is None)

    order.sort(key=lambda i: tuple(-k for k in opens(candidates[i])))  # the stating one first
    if change is not None:  # the news first
        order.sort(key=lambda i: not change.new_keys & candidates[i].figures)
    limit = SUMMARY_CHARS.get(language, SUMMARY_CHARS["en"])
    chosen: list[_Candidate] = []
    for index in order:
        candidate = candidates[index]
        used = sum(len(c.text) for c in chosen)
        twin = next((n for n, c in enumerate(chosen) if _twins(c, candidate)), None)
        same = (
            twin
            if twin is not None
            else next((n for n, c in enumerate(chosen) if same_news(c.text, candidate.text)), None)
        )
        if (  # one news told twice: the telling with more facts (the lead stays)
            same is not None
            and _tells_more(candidate, chosen[same], twins=twin is not None)
            and (
                same
                or subsumed(chosen[same].facts, candidate.facts)
                or (
                    twin is not None
                    and opens(candidate)[0] >= opens(chosen[same])[0]
                    and not (_refers_back(candidate) and not _refers_back(chosen[same]))
                )
            )
            and used - len(chosen[same].text) + len(candidate.text) <= limit
        ):
            chosen[same] = candidate
            continue
        if (
            (twin is not None and not _adds_facts(candidate, chosen[twin]))
            or _repeats(candidate, chosen)
            or (chosen and used + len(candidate.text) > limit)
            or (chosen and _introduces_again(candidate, chosen[0]))
        ):
            continue
        chosen.append(candidate)
        if used + len(candidate.text) >= limit:
            break
    lead, rest = chosen[:1], sorted(chosen[1:], key=lambda c: (c.report, c.position))
    told: list[str] = []
    for n, candidate in enumerate(lead + rest):
        told.append(_narrated(brief, candidate, language, opening=not n, before="".join(told)))
    return _join(_said_once(told, change))


def _narrated(
    brief: StoryBrief,
    candidate: _Candidate,
    language: str,
    *,
    opening: bool,
    before: str | None = None,
) -> str:
    """A chosen Chinese sentence with its report's narration of itself told as its
    outlet's ("文章分析了…" → "新智元分析了…", :func:`narrated_by`); chosen as the report
    wrote it, so what it says, not who says it, decided its place.  A report of a paper
    tells its researchers' deeds, not the outlet's (:func:`reports_research`), and one of
    a book its author's.  What the summary tells ``before`` a later sentence says whether
    anybody speaks whom a bare "指出…" carries on; if nobody, what its report wrote before
    it says who spoke there."""
    if language != "zh":
        return candidate.text
    report = brief.originals[candidate.report]
    research = reports_research(report.title, report.text)
    book = reports_a_book(report.title, report.text)
    written = report.text[: max(report.text.find(candidate.text), 0)]
    return narrated_by(
        candidate.text,
        report.outlet,
        opening=opening,
        research=research,
        book=book,
        before=before,
        written=written,
    )


def _introduces_again(candidate: _Candidate, lead: _Candidate) -> bool:
    """Whether a lede, after the summary's first sentence, tells who that sentence is about
    a second time: it names the lead's subject (the first name it gives) or only names the
    lead gives.  The other telling of the lead's own report is then that news again, save
    one that only refers back ("the Halvorsen Institute professor argues" after "Elena
    Marsh, a professor at the Halvorsen Institute...": it carries her figures).  Another
    report's lede is that news again when it introduces the name anew ("Shanghai chip
    designer Qiming Semiconductor unveiled..." after "Qiming Semiconductor's new QM-900
    posts...", "总部位于深圳的鹭岛机器人"), gives a figure the lead gives, in any unit ("a
    price tag of 169,000 yuan" after "the 169,000-yuan T3"), or no figure at all ("总结了
    Clawdbot 爆火的原因"); one with figures of its own ("Nvidia shares fell 3% after it
    said export curbs would cost it $8 billion") is other news, and the summary tells it."""
    if not candidate.lede:
        return False
    given = _names_in_order(lead.text)
    spans = _name_spans(candidate.text)
    if candidate.report == lead.report:
        return bool(given) and any(same_actor(n, given[0]) for _, n in spans)
    modified = _MODIFIED_ZH.match(candidate.text)
    if modified and candidate.text[modified.end() :][:_SHARED_OPENING] in lead.text:
        return True  # 总部位于深圳的鹭岛机器人: a name the name finder may not know
    if not spans or not given:
        return False
    if not (
        any(same_actor(n, given[0]) for _, n in spans)
        or all(any(same_actor(n, g) for g in given) for _, n in spans)
    ):
        return False
    values = {v for _, v in candidate.figures}
    return (
        not values
        or bool(values & {v for _, v in lead.figures})
        or any(
            any(same_actor(name, g) for g in given) and _described(candidate.text, start, end)
            for (start, end), name in spans
        )
    )


#: A Chinese sentence opening with what describes its subject ("总部位于深圳的…"), and how
#: many characters of that subject the lead must give for it to be the lead's.
_MODIFIED_ZH = re.compile(r"^[^，。；：,;:]{2,20}?的")
_SHARED_OPENING = 3


#: What describes a name right before it: a Chinese modifier or a kind of organisation
#: or a role ("总部位于深圳的", "芯片厂商", "研究总监"); after it, an English appositive.
_DESCRIBES_ZH = re.compile(
    r"(?:的|公司|企业|厂商|厂|商|实验室|机构|团队|平台|巨头|独角兽|创企|初创|总监|创始人|董事长"
    r"|总裁|首席执行官|首席科学家|教授|研究员|负责人|CEO|CTO)$"
)
_APPOSITIVE = re.compile(r"^,\s+(?:a|an|the)\s")
_CLAUSE_BREAK = re.compile(r"[,，;；:：。（(“\"]")


def _described(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` comes with words that introduce it: in its
    clause, words before it that are not a function word ("Lyon chip designer", not "the",
    "Shares of"), or an appositive after it."""
    before = _CLAUSE_BREAK.split(text[:start])[-1].strip()
    if _HAN.search(before[-1:]):
        return bool(_DESCRIBES_ZH.search(before))
    last = before.rsplit(maxsplit=1)[-1].casefold() if before else ""
    return bool(last and last not in STOPWORDS) or bool(_APPOSITIVE.match(text[end:]))


def _refers_back(candidate: _Candidate) -> bool:
    """Whether an English sentence's first name is part of a description that leans on an
    earlier sentence ("the Halvorsen Institute professor argues"): it cannot lead in place
    of the telling that introduces Elena Marsh, however many more figures it gives."""
    spans = _name_spans(candidate.text)
    if not spans:
        return False
    (start, end), _ = spans[0]
    text = candidate.text
    return bool(_THE.search(text[:start]) and _NOUN_AFTER.match(text[end:]))


_THE = re.compile(r"(?:^|\s)the\s$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s[a-z]")


def _name_spans(text: str) -> list[tuple[tuple[int, int], str]]:
    """The names of a sentence in reading order with where each stands, folded, without a
    possessive."""
    spans = sorted(latin_names(text) + chinese_names(text))
    return [
        ((a, b), text[a:b].strip().casefold().removesuffix("'s").removesuffix("’s"))
        for a, b in spans
    ]


def _names_in_order(text: str) -> list[str]:
    """The names of a sentence in reading order, folded, without a possessive."""
    return [name for _, name in _name_spans(text)]


def _repeats(candidate: _Candidate, chosen: Sequence[_Candidate]) -> bool:
    """Whether the sentence says again what the chosen ones say: half of its figures or
    more already given, or any figure it states (a figure is the fact a sentence
    carries; the same figure twice reads as padding, "86 billion active parameters… 1.2
    trillion in total and 86 billion active"), or nothing left once its restating
    clauses are cut.  A number in a name ("QM-900", "Aster-3", "Opus 4.6") or after
    "the" ("the 34B model was trained on…") names the thing again: it is no figure
    stated twice, though it counts among the half (a second report's lede naming
    "Aster-Code 2" again, with one figure more, tells the same news)."""
    given = candidate.figures & frozenset().union(*(c.figures for c in chosen))
    if given and 2 * len(given) >= len(candidate.figures):
        return True
    if _stated_figures(candidate.text) & frozenset().union(
        *(_stated_figures(c.text) for c in chosen)
    ):
        return True
    return bool(chosen) and not new_part(candidate.text, all_facts(c.facts for c in chosen))


#: A number written onto a name ("QM-900", "Aster-3", "GPT4", "Qwen2.5-7B"), or after
#: "the" (a thing named by its size, already introduced: "the 34B model", "the $500
#: million round").
_IN_NAME = re.compile(r"(?:[A-Za-z]|[\w.][-_]|(?:^|\s)[Tt]he\s+[$€£¥]?)$")
#: A size naming a model, in Chinese ("4B小模型", "34B版本"): the model, not its figure.
_MODEL_NAMED = re.compile(r"\s*(?:参数)?[小大]?(?:模型|版本|版)")
#: A version after a name and a space ("Opus 4.6", "Llama 4"): a small number with at
#: most one decimal; "MMMU 64.7" is a score.
_AFTER_NAME = re.compile(r"[A-Za-z][\w+]*\s$")
_VERSION = re.compile(r"\d(?:\.\d)?")


def _stated_figures(text: str) -> frozenset[Figure]:
    """The figures a sentence states, not those in its names (see :func:`_repeats`)."""
    out = set()
    for figure, written in figures_of(text):
        at = text.find(written)
        before = text[: max(at, 0)]
        in_name = (
            at < 0
            or bool(_IN_NAME.search(before))
            or (bool(_AFTER_NAME.search(before)) and bool(_VERSION.fullmatch(written)))
            or bool(_MODEL_NAMED.match(text, at + len(written)))
        )
        if not in_name:
            out.add(figure)
    return frozenset(out)


def _said_once(sentences: Sequence[str], change: Development | None) -> list[str]:
    """The sentences in order, each without the clauses that restate those before it or
    give their figures other values (:func:`without_conflicts`: the lead's stand), and
    those before it without the clauses it tells more fully (or left out, when it tells
    all they say)."""
    out: list[str] = []
    given = NO_FACTS
    for sentence in sentences:
        part = without_conflicts(new_part(sentence, given), out) if out else sentence
        if part and (
            change is None or not _stale(frozenset(f for f, _ in figures_of(part)), change)
        ):
            fuller = facts_of(part)
            out = [without_told(e, part) for e in out if not subsumed(facts_of(e), fuller)]
            out.append(part)
            given = all_facts(facts_of(s) for s in out)
    return out


def _stale(figures: frozenset[Figure], change: Development) -> bool:
    """Whether a sentence gives a replaced figure without the one that replaced it."""
    return bool(figures & change.old_keys) and not (figures & change.new_keys)


#: Sentences that tease rather than tell ("又一个智能体来了", "预订数据出炉了", questions, a
#: caption of what the article holds: "…, in brief"),
#: and those that say what was not disclosed: neither states the event.
_TEASER = re.compile(
    r"(?:来了|出炉了?|揭晓了?|曝光了?|登场了?|上线了|[？?])[”\"」]?[。！!.]?$"
    r"|^(?:Here(?:'s| is| are)|What (?:we|you) know|Meet )"
    r"|,\s(?:in brief|explained)\.?$"  # "Terms of the X acquisition of Y, in brief."
)
_UNDISCLOSED = re.compile(
    r"未(?:透露|披露|公布|公开|说明)|暂未|尚未(?:透露|披露|公布)|不愿透露|拒绝(?:透露|置评)"
    r"|\b(?:did not|didn't|does not|doesn't|declined to|would not|wouldn't) "
    r"(?:disclose|say|reveal|comment|give|share|name|identify)|\bnot (?:disclosed|revealed)\b"
)


#: A sentence whose main clause is what was not disclosed: its subject, then the verb.
_UNDISCLOSED_MAIN = re.compile(
    r"^(?:(?!(?:who|which|that)\s)[\w'’.&-]+\s+){1,5}?(?:did not|didn't|does not|doesn't"
    r"|has not|hasn't|declined to|would not|wouldn't)\s+(?:yet\s+)?"
    r"(?:disclose|say|reveal|give(?!\s+up\b)|share|name|identify)\b"
    r"|^[^，,；;]{0,20}?(?:未|并未|没有|尚未|暂未)(?:透露|披露|公布|公开|说明)"
)
#: What the sentence says besides, after what was not disclosed ("…did not disclose its
#: valuation but said revenue tripled", "未透露具体金额，但表示…").
_BESIDES = re.compile(r"\b(?:but|though|although|while)\b|[;；]|但|不过|然而|却")


def _only_undisclosed(text: str) -> bool:
    """Whether a sentence's news is what someone did not disclose ("Shenyan did not disclose
    how many accelerators it used", "公司未透露具体金额"): a summary of a few sentences
    tells what is known; beside a fact ("已签订意向协议，但未透露客户名称", "did not
    disclose its valuation but said revenue tripled") it is a clause of that fact's
    sentence, which stays."""
    match = _UNDISCLOSED_MAIN.match(text)
    return match is not None and not _BESIDES.search(text, match.end())


def _informative(candidate: _Candidate) -> bool:
    """Whether the sentence tells a fact: a figure, a date or a name, and no teaser."""
    facts = candidate.facts
    return bool(facts.anchors or facts.names or facts.settings) and not _TEASER.search(
        candidate.text
    )


def _opens_rank(
    candidate: _Candidate, title: frozenset[str], *, ledes: bool = True
) -> tuple[int, int]:
    """How well a sentence opens a summary: one stating the event with its key figure,
    or the primary report's lede naming who did what the title says (a news lede states
    the event; a highlight such as "在严格对照实验中，速度提升30%" does not), first; then
    one with a date or a place, then any other statement; a teaser, what was not
    disclosed, a sentence naming no one (no name, no word of the story's title) or one
    whose subject is elsewhere (a highlight opening with a verb: "指出…") last.
    Among equals, the one sharing more words with the title, which names the event.
    Without ``ledes`` (a story that developed: its first lede is old news) a lede ranks
    as any other sentence."""
    shared = len(candidate.words & title)
    if (
        _TEASER.search(candidate.text)
        or _UNDISCLOSED.search(candidate.text)
        or not (candidate.facts.names or shared >= _TITLE_WORDS)
        or opens_a_predicate(candidate.text)
        or _means_then_a_predicate(candidate.text)
    ):
        return 0, shared
    facts = candidate.facts
    states = (
        ledes
        and candidate.lede
        and not candidate.report
        and bool(facts.names)
        and shared >= _TITLE_WORDS
    )
    kind = 3 if candidate.figures or states else 2 if facts.anchors or facts.settings else 1
    return kind, shared


def _means_then_a_predicate(text: str) -> bool:
    """Whether a Chinese sentence opens with its means and then a verb, naming no one
    ("通过融资背景分析，揭示阶跃星辰的卡位"): its subject is the article, and it says what the
    article does, not what happened."""
    if not _MEANS.match(text):
        return False
    _, comma, rest = text.partition("，")
    return bool(comma) and opens_a_predicate(rest)


def _candidates(brief: StoryBrief, language: str, *, alone: bool = True) -> list[_Candidate]:
    """Sentences of its reports in the language that could stand alone in a summary (a
    Chinese one has Chinese characters, an English one none, whatever its report says).
    With ``alone=False`` a sentence that seems to lean on one before it counts too, for
    a story with no other ("它石智航…" opens with 它 and leans on nothing)."""
    out: list[_Candidate] = []
    titles = {r.title.strip() for r in brief.reports}
    zh = language == "zh"
    for number, report in enumerate(brief.originals):
        if report.language != language:
            continue
        minimum = _MIN_SENTENCE_CHARS["zh" if _HAN.search(report.text) else "en"]
        summary = report.summary if report.text.startswith(report.summary) else ""
        sentences = [(1, s) for s in split_sentences(report.text[len(summary) :])]
        if summary:
            sentences[:0] = [(0, s) for s in split_sentences(summary)]
        ledes: set[int] = set()
        for position, (telling, sentence) in enumerate(sentences):
            sentence = _DATELINE.sub("", _MARKER.sub("", sentence.strip()))
            sentence = unlabelled_zh(sentence) if zh else sentence
            if (
                bool(_HAN.search(sentence)) != zh
                or len(sentence) < minimum
                or len(sentence) > _MAX_SENTENCE_CHARS
                or sentence in titles
                or _URL.search(sentence)
                or (alone and (LEANS_BACK.match(sentence) or labelled(sentence)))
                or _METADATA.search(sentence)
                or sentence.endswith((":", "："))
            ):
                continue
            features = text_features(sentence)
            words = frozenset(features.words) | frozenset(features.names)
            if words:
                figures = frozenset(f for f, _ in figures_of(sentence))
                facts = facts_of(sentence)
                lede = telling not in ledes
                ledes.add(telling)
                out.append(
                    _Candidate(sentence, number, position, words, figures, facts, telling, lede)
                )
    return out


def _textrank(candidates: Sequence[_Candidate]) -> np.ndarray:
    n = len(candidates)
    weights = np.zeros((n, n), dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(candidates[i].words & candidates[j].words)
            if shared:
                norm = np.log1p(len(candidates[i].words)) + np.log1p(len(candidates[j].words))
                weights[i, j] = weights[j, i] = shared / norm
    totals = weights.sum(axis=1)
    totals[totals == 0] = 1.0
    transition = weights / totals[:, None]
    rank = np.full(n, 1.0 / n)
    for _ in range(_ROUNDS):
        updated = (1 - _DAMPING) / n + _DAMPING * transition.T @ rank
        if np.abs(updated - rank).sum() < _CONVERGED:
            rank = updated
            break
        rank = updated
    lead = np.asarray([_POSITION_BONUS / (1 + c.position) for c in candidates])
    return np.asarray(rank / rank.max() + lead)


def _join(sentences: Sequence[str]) -> str:
    text = ""
    for sentence in sentences:
        gap = "" if not text or _HAN.search(text[-1]) or text[-1] in "。！？；”」" else " "
        text += gap + sentence
    return _finished(text)


def _finished(text: str) -> str:
    """Text that ends as a sentence: a Chinese sentence is split at its semicolon too
    (:func:`split_sentences`), and a summary, key point or detail that stops at "；" reads
    as broken off ("1M长度大海捞针准确率98.6%；"), so that last one becomes "。"."""
    return f"{text[:-1]}。" if text.endswith("；") else text


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


def offline_entry(brief: StoryBrief, language: str) -> DigestEntry:
    """The lead entry :func:`_entry` writes, kept for the briefs the process wrote before:
    a re-run writes every story of the day again and each editor's action rewrites the
    whole digest, nearly all of it from unchanged reports."""
    return _kept_entry(
        _Same(brief, pickle.dumps(brief, protocol=pickle.HIGHEST_PROTOCOL)), language
    )


@dataclass(frozen=True, eq=False)
class _Same:
    """A brief compared by its pickled bytes, which hold every field it has: briefs hold
    dicts, so are no keys themselves.  Equal briefs pickled apart at worst miss."""

    brief: StoryBrief
    key: bytes

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


@lru_cache(maxsize=256)
def _kept_entry(same: _Same, language: str) -> DigestEntry:
    """:func:`_entry`, which depends on nothing but the brief, the language and the
    package's tables; entries are frozen, so one may be handed out again."""
    return _entry(same.brief, language)


def _entry(brief: StoryBrief, language: str) -> DigestEntry:
    """A lead entry from the story's own title, sentences and facts; a story that
    developed is told in its latest state, with what changed as the first insight, then
    what its figures compare to in its sources (:func:`number_insights`) and its key
    points (:func:`key_points`), two at most, then who reported it and when."""
    story = brief.ranked.story
    change = development(brief, language)
    headline = change.report.title if change is not None else brief.ranked.title
    headline, rest = _headline_and_rest(headline, language)
    summary = central_sentences(brief, language, change) or rest
    update = [] if change is None else _update(change, f"{headline}\n{summary}", language)
    told = change.new_keys | change.old_keys if change is not None else frozenset()
    numbers = number_insights(brief, language, f"{headline}\n{summary}", skip=told)
    news = [*update, *numbers][:_NEWS_INSIGHTS]  # then who reported it, by publisher
    said = "\n".join([headline, summary, *news])
    since = moved_since(brief, change)
    linked = change.report if change is not None else brief.primary
    outlets = {r.outlet for r in brief.originals if r.outlet.strip()}
    named = any(outlet in line for line in news for outlet in outlets)
    news += key_points(
        brief, language, said, _NEWS_INSIGHTS - len(news), skip=told, since=since,
        linked="" if named else linked.outlet,
    )  # fmt: skip
    credits = [f"{r.outlet}: " for r in brief.originals if r.outlet.strip()]
    if language == "en":  # each name introduced once, in the summary's first sentence
        sentences = split_sentences(summary)
        body = framed_once(introduced_once([*sentences, *news], credits))
        summary, news = _join(body[: len(sentences)]), body[len(sentences) :]
    news = [*update, *past_told(news[len(update) :], f"{headline}\n{summary}", language, credits)]
    return DigestEntry(
        story_id=story.id,
        headline=headline,
        url=change.report.url if change is not None else brief.primary.url,
        summary=summary,
        insights=tuple([*news, *brief.facts(language)][:INSIGHTS]),
        impact="",
        category=story.category or "",
        sources=brief.source_links(),
        written_by="offline",
    )


#: A Chinese point's credit: "据未来财经，", "据开源星图援引技术报告，".
_CREDIT_ZH = re.compile(r"^据[^，,。；：:]{1,40}[，,]")
#: A Chinese clause that only names what follows is about ("长文本方面，", "从成绩看，").
_TOPIC_ZH = re.compile(r"^[^，。；：\d]{1,8}(?:方面|来看|看)[，,]$")


def past_told(
    points: Sequence[str], said: str, language: str, credits: Sequence[str] = ()
) -> list[str]:
    """Each point without its opening clauses that restate what the entry said before it
    (``said``, then the points above it): "Shenyan Technology unveiled Aster-3 on Thursday,
    and the headline number is context: …" under a summary telling the launch is "The
    headline number is context: …"; "长文本方面，模型支持200万token输入，官方“大海捞针”测试
    召回率99.2%" under one giving the 2 million tokens is "官方“大海捞针”测试召回率99.2%".  A
    point is kept whole when what would be left leans on the cut part (its subject was
    there: "预计…", "which…") or tells nothing new; its credit ("据X，", "X: ") stays."""
    told = facts_of(said)
    out = []
    for point in points:
        credit = _CREDIT_ZH.match(point) if language == "zh" else None
        prefix = (
            credit.group()
            if credit is not None
            else next((c for c in credits if c and point.startswith(c)), "")
        )
        body = point[len(prefix) :]
        trimmed = _without_told_opening(body, told, language)
        if trimmed != body and language == "en" and prefix:
            trimmed = trimmed[0].upper() + trimmed[1:]
        out.append(prefix + trimmed)
        told = all_facts([told, facts_of(point)])
    return out


def _without_told_opening(text: str, told: Facts, language: str) -> str:
    parts = clauses(text, items=False)
    cut, restated = 0, False
    while cut < len(parts) - 1:
        part = parts[cut]
        if restates(facts_of(part), told):
            restated = True
        elif not (language == "zh" and _TOPIC_ZH.match(part.strip())):
            break
        cut += 1
    if not restated:
        return text
    rest = "".join(parts[cut:]).strip()
    if language == "en":
        if not parts[cut - 1].rstrip().endswith(",") or not rest.startswith("and "):
            return text  # only "…, and": "but", "while" or "which" carry the cut clause
        rest = rest.removeprefix("and ").lstrip()
        rest = rest[:1].upper() + rest[1:]
        if leans(rest, after=""):
            return text
    elif leans(rest, after="，", opening=True):
        return text
    minimum = _MIN_SENTENCE_CHARS["zh" if language == "zh" else "en"]
    if len(rest) < minimum or not says_more(rest, told):
        return text
    return rest


#: An English sentence that frames its claim by what says it ("In a widely shared essay,
#: Marsh argues…"): once an earlier sentence named that essay ("published an essay…"),
#: the frame introduces it again.  Only a text that says things frames so: "In the first
#: quarter, Nvidia expects…" or "In its smallest configuration, Lumen-2 runs…" bounds the
#: claim, and without it the claim is another one.
_FRAME = re.compile(
    r"^In (?:a|an|the|her|his|its|their) (?:[\w-]+ ){0,3}?"
    r"(?P<noun>essay|post|blog|article|op-ed|column|letter|memo|note|paper|report|thread"
    r"|tweet|interview|podcast|talk|keynote|speech|statement|filing|video), (?=[A-Z])"
)


def framed_once(texts: Sequence[str]) -> list[str]:
    """English texts of one entry in reading order, a frame naming again what an earlier
    text named ("In a widely shared essay, " after "…published an essay…") left out."""
    out: list[str] = []
    for text in texts:
        frame = _FRAME.match(text)
        if frame is not None and any(
            re.search(rf"\b{frame.group('noun')}\b", earlier) for earlier in out
        ):
            text = text[frame.end() :]
        out.append(text)
    return out


#: An English introduction of a name: an appositive after it, closed by a comma before
#: the verb (", a professor at the Halvorsen Institute…, published", ", one of Beijing's
#: better-funded model labs, unveiled"), or where it is based, before it ("Beijing-based").
_APPOSITIVE_INTRO = re.compile(r",\s+(?:a|an|one of|the)\s[^,;:()]{3,120}?,\s+(?=[a-z])")
_BASED = re.compile(r"(?:^|(?<=\s))[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?-based\s+$")
#: An attribution set off by commas ("Corvex Labs, the company said, will…"): no
#: introduction, and the sentence's claim is its speaker's.
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|notes|according|reported|reports|wrote"
    r"|writes|argued|argues|claimed|claims)\b"
)
_BASED_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?-based\s+")
#: A description standing for a name introduced before ("the Halvorsen Institute
#: professor argues"): "the", a name, a lower-case noun.
_DESCRIPTION = re.compile(r"(?:^|(?<=\s))[Tt]he\s+$")
_NOUN = re.compile(r"\s+([a-z][a-z-]+)\b")


def introduced_once(texts: Sequence[str], prefixes: Sequence[str] = ()) -> list[str]:
    """English texts of one entry (its summary's sentences, then its points, in reading
    order) with each name introduced once: a later mention of a name the entry gave
    already loses its introduction (an appositive, "Beijing-based"), and a description
    standing for a person introduced before ("the Halvorsen Institute professor", from
    "Elena Marsh, a professor at the Halvorsen Institute…") becomes the short name
    ("Marsh").  A reader met them in the first sentence; a point introducing the company
    again reads as another story.  A credit before a point (one of ``prefixes``, "Signal
    & Weights: ") is kept as it is."""
    named: list[str] = []
    appositives: list[tuple[str, str]] = []  # a person's name, and what introduced them
    out = []
    for text in texts:
        prefix = next((p for p in prefixes if p and text.startswith(p)), "")
        sentence = text[len(prefix) :]
        for (start, end), name in reversed(_name_spans(sentence)):
            the, noun = _DESCRIPTION.search(sentence[:start]), _NOUN.match(sentence, end)
            person = next(
                (
                    who
                    for who, intro in appositives
                    if the is not None
                    and noun is not None
                    and sentence[start:end] in intro
                    and re.search(rf"\b{re.escape(noun.group(1))}\b", intro)
                ),
                None,
            )
            if the is not None and noun is not None and person is not None:
                sentence = sentence[: the.start()] + person.split()[-1] + sentence[noun.end() :]
                continue
            inside = _BASED_NAME.match(sentence, start, end)
            if inside is not None:
                start, name = inside.end(), sentence[inside.end() : end].casefold()
            if not any(same_actor(name, earlier) for earlier in named):
                continue
            after = _APPOSITIVE_INTRO.match(sentence, end)
            if after is not None and not _SAYS.search(after.group()):
                sentence = f"{sentence[:end]} {sentence[after.end() :]}"
            based = _BASED.search(sentence[:start])
            if based is not None:
                head, rest = sentence[: based.start()], sentence[start:]
                sentence = head + (rest if head else rest[:1].upper() + rest[1:])
        for (start, end), name in _name_spans(sentence):
            intro = _APPOSITIVE_INTRO.match(sentence, end)
            if intro is not None and len(sentence[start:end].split()) > 1:
                appositives.append((sentence[start:end].strip(), intro.group()))
            inside = _BASED_NAME.match(sentence, start, end)
            named.append(sentence[inside.end() : end].casefold() if inside else name)
        out.append(prefix + sentence)
    return out


#: A "headline" longer than this is text (a list of quotes posted as a title): the
#: seeds' headlines run to about 40 characters (60 with a Latin name or two), or 20 words.
HEADLINE_CHARS = {"zh": 100, "en": 300}


#: A key point is a bullet: a sentence longer than this is a paragraph.
KEY_POINT_CHARS = {"zh": 90, "en": 260}


def key_points(
    brief: StoryBrief,
    language: str,
    said: str,
    count: int,
    *,
    skip: frozenset[Figure] = frozenset(),
    since: datetime | None = None,
    linked: str = "",
) -> list[str]:
    """Up to ``count`` source sentences that tell what ``said`` (the entry's headline,
    summary and other insights) does not, most central first: what an editor would pick
    out of the article as its key points when no model writes an analysis.

    A report's lede, or its feed's own summary, states the news the summary gives
    already, in other words, so neither is a point.  Each is a whole sentence (a clause
    cut from its sentence may leave "研究证明" proving nothing) that states a fact (a
    figure, a date or a name; no teaser, no non-disclosure), is short enough for a
    bullet and tells something new; one telling the same news as a summary sentence,
    mostly giving figures already said or giving a replaced figure (``skip``) is left
    out.  With several publishers, each point names the one it comes from, unless all
    come from the outlet of the report the headline links to (``linked``): the headline
    is their citation already, and "据智源前沿，" before each point under a headline
    linking to 智源前沿 repeats it line after line (with a point of another outlet, all
    are named, so that none reads as the one before it's; ``linked`` is "" when a line
    above them names an outlet already).  A Chinese point that says
    what its article says
    ("文章指出，…") names it always, without the frame, and one that says what was done
    naming no one ("推出了…") is left out."""
    if count <= 0 or not brief.reported_in(language):
        return []
    candidates = [
        c
        for c in _candidates(brief, language)
        if not c.lede
        and not _POINTS_BACK.search(c.text)
        and not announces_list(c.text)
        and _informative(c)
        and _names_more_than_its_opening(c)
        and not _UNDISCLOSED.search(c.text)
        and not c.figures & skip
        and not (since is not None and _asked_before(brief.originals[c.report], since, c.text))
        and not _dated_before(brief, c)
    ]
    if not candidates:
        return []
    scores = _textrank(candidates)
    told = facts_of(said)
    given = frozenset(f for f, _ in figures_of(said))
    summary = split_sentences(said)
    credit = len(brief.publisher_names()) > 1
    limit = KEY_POINT_CHARS.get(language, KEY_POINT_CHARS["en"])
    chosen: list[tuple[str, str, bool]] = []  # each point, its outlet, whether it is reported
    for index in np.argsort(-scores, kind="stable").tolist():
        candidate = candidates[index]
        if (
            _finished(candidate.text) in said
            or candidate.text in said
            or _narrated(brief, candidate, language, opening=False)
            in said  # as the summary tells it
            or 2 * len(candidate.figures & given) > len(candidate.figures)
            or any(same_news(candidate.text, sentence) for sentence in summary)
        ):
            continue
        reported, point = (
            unframed(_finished(candidate.text), _MIN_SENTENCE_CHARS["zh"])
            if language == "zh"
            else (False, _finished(candidate.text))
        )
        if len(point) > limit or not says_more(point, told) or _lacks_subject(point, language):
            continue
        outlet = brief.originals[candidate.report].outlet
        if reported and not outlet.strip():  # no one to credit: the frame says whose it is
            reported, point = False, _finished(candidate.text)
        if language == "zh":
            original = brief.originals[candidate.report]
            research = reports_research(original.title, original.text)
            book = reports_a_book(original.title, original.text)
            point = narrated_by(point, outlet, research=research, book=book)
        chosen.append((point, outlet, reported))
        told = all_facts([told, facts_of(point)])
        given |= candidate.figures
        if len(chosen) == count:
            break
    others = credit and any(outlet.strip() != linked.strip() for _, outlet, _ in chosen)
    return [
        _credited(point, outlet, language) if others or reported else point
        for point, outlet, reported in chosen
    ]


#: A question a report leaves open ("是否存在数据污染，需要第三方进一步核查", "whether the
#: score holds up remains to be seen").
_OPEN_QUESTION = re.compile(
    r"是否|有待|尚待|仍需|需要[^，。；]{0,10}(?:核查|核实|验证|确认|证实)"
    r"|\b(?:whether|remains? to be seen|yet to be (?:verified|confirmed|tested))\b",
    re.IGNORECASE,
)


def moved_since(brief: StoryBrief, change: Development | None) -> datetime | None:
    """When the story moved on: its development in the digest's language (``change``),
    else the first of one reported only in another language.  A re-test told only in
    Chinese answers the English launch report's "whether the score holds up" all the
    same, though the English entry cannot tell it."""
    if change is not None:
        return change.report.published
    languages = {r.language for r in brief.originals}
    moves = [
        moved.report.published
        for other in sorted(languages)
        if (moved := development(brief, other)) is not None and moved.report.published
    ]
    return min(moves, default=None)


def _asked_before(report: Report, since: datetime, sentence: str) -> bool:
    """Whether the sentence is a question left open by a report from before the story's
    latest development (``since``): the development may be its answer (a score "whether
    contaminated, to be checked" the evening before the contamination was confirmed),
    and the entry tells the story as it stands."""
    return (
        report.published is not None
        and report.published < since
        and bool(_OPEN_QUESTION.search(sentence))
    )


#: A demonstrative before a noun inside an English sentence ("which makes those tests
#: cheap to run", "these heads barely exist"): it points to what the article said before,
#: which a bullet standing alone does not give ("those who…", "these of…" point ahead).
_POINTS_BACK = re.compile(
    r"\b(?:[Tt]hose|[Tt]hese)\s+(?!(?:who|whom|that|which|of|in|at|on)\b)[a-z]"
)


#: A Chinese point that opens with what someone did or can do, naming no one ("提出
#: C-MOP等…", "推出了 Agent Teams 功能", "能集成到Discord"): its subject is in the
#: article, not in the digest.
_DOES = re.compile(
    r"^(?:提出|提供|推出|引入|采用|支持|推荐|介绍|分析|探讨|揭示|总结|展示|发布|分享|批评|强调"
    r"|实现|证实|证明|构建|开发|设计|旨在|打造|上线|开源|新增|允许|能够|能|可以|可|将)"
)


#: A sentence that opens by announcing a counted list ("几个关键参数：", "三大亮点：", "以下
#: 几点：", "A few numbers: …", "Three takeaways: …"): what follows is a list of items, no
#: statement, and the count leans on the article that set them out; a point states a fact.
_ANNOUNCES_LIST = re.compile(
    r"^(?:(?:以下|如下|下面)?(?:几|[一二两三四五六七八九十]+|\d{1,2})(?:个|大|项|点|条|组|方面)"
    r"[^，。：:；]{0,8}|以下|如下)[：:]"
    r"|^(?:A few|Several|Some|Two|Three|Four|Five|Six|The (?:two|three|four|five))"
    r"(?:\s+[a-z][a-z-]*){1,3}:\s"
)


def announces_list(sentence: str) -> bool:
    """Whether a sentence opens by announcing a counted list (see :data:`_ANNOUNCES_LIST`)."""
    return bool(_ANNOUNCES_LIST.match(sentence))


def _lacks_subject(point: str, language: str) -> bool:
    """Whether a Chinese point opens with a deed and names no one doing it: a bullet
    under an entry reads as its own sentence, and "推出了…" says nothing of who did."""
    if language != "zh":
        return False
    return point.startswith(PREDICATE_WORDS) or (
        bool(_DOES.match(point)) and opens_a_predicate(point)
    )


def _names_more_than_its_opening(candidate: _Candidate) -> bool:
    """Whether the sentence has a figure, a date or a name besides its first word: an
    English sentence's capital opening ("Document and chart understanding are the focus")
    is no name."""
    facts = candidate.facts
    opening = candidate.text.split(maxsplit=1)[0].strip(".,:;").lower() if candidate.text else ""
    return bool(facts.anchors or facts.settings or facts.names - {opening})


def _credited(point: str, outlet: str, language: str) -> str:
    """The point with whose it is before it, unless it names its outlet itself ("CEO Maya
    Okafor told Signal & Weights that…" needs no "Signal & Weights: " before it)."""
    if not outlet.strip() or outlet.casefold() in point.casefold():
        return point
    if language == "zh":
        return credited_zh(point, outlet)
    return f"{outlet}: {point}"


#: A column's or a venue's tag before a bar ("速递｜", "晚点独家丨", "AAAI 2026 | "): short,
#: before a longer headline.  After one, the line naming the source ("| 来源：未来财经").
_LEADING_TAG = re.compile(r"^([^｜丨|]{1,10}?)(?:\s*[｜丨]\s*|\s+\|\s+)")
_TRAILING_SOURCE = re.compile(r"(?:\s*[｜丨]\s*|\s+\|\s+)来源[：:][^｜丨|]{1,30}$")


def untagged_title(title: str) -> str:
    """A source's title without a column's tag, a venue's or its own name ("速递｜OpenAI
    广告业务初探…" → "OpenAI广告业务初探…", "Paper of the day: RecurMem gets…" →
    "RecurMem gets…"), and without a full stop at its end ("…会员了。"): a digest's
    headline says the news, and the seeds' never carry an outlet's column or end as a
    sentence.  A part as long as the headline is kept ("我们破解了鲸鱼的语言 | OpenAI
    内部分享" says what the first part is about)."""
    title = _without_full_stop(_TRAILING_SOURCE.sub("", title.strip()))
    column = None if _HAN.search(title) else _label(title)
    if column is not None:  # a column's name: ordinary words, then a headline
        rest = title[column.end() :]
        shortest = max(_MIN_SENTENCE_CHARS["en"] // 2, 2 * column.end())
        if rest[:1].isupper() and len(rest) >= shortest:
            return rest
    tag = _LEADING_TAG.match(title)
    if tag is None:
        return title
    rest = title[tag.end() :].strip()
    if len(rest) < max(_MIN_SENTENCE_CHARS["zh"], 2 * len(tag.group(1))) or _is_subject(
        tag.group(1), rest
    ):
        return title
    return rest


def _without_full_stop(title: str) -> str:
    """A title without the full stop that ends it as a sentence ("…会员了。", "…for you.")
    or the chatty tilde a post signs off with ("…吞掉的~"), an ellipsis and an
    abbreviation's point ("Acme Inc.", "the U.S.") kept."""
    title = title.rstrip("~～").rstrip() or title
    if title.endswith("。"):
        return title[:-1].rstrip()
    if title.endswith(".") and not title.endswith("..") and not ends_abbreviated(title):
        return title[:-1].rstrip()
    return title


def _known_names() -> re.Pattern[str]:
    """Not outlets, journals and conferences: a tag naming one is where the news ran or
    was presented ("ICML 2026 | …"), not its subject."""
    names = {n for e in entities() if not e.outlet for n in (*e.latin, *e.chinese, *e.makes)}
    return re.compile(
        r"(?<![a-z0-9])(?:{})(?![a-z])".format(
            "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        )
    )


#: The companies, people and products of the alias table, in either script.
_KNOWN = _known_names()


def _is_subject(tag: str, rest: str) -> bool:
    """Whether what stands before a bar is the news' subject, not a column or a venue:
    a company, person or product of the alias table the rest does not name ("OpenAI｜
    GPT-5 发布", "Llama 4 | Meta's new model").  A rest opening with a verb says nothing
    of it: headlines open so after a venue too ("AAAI 2026 | 告别Attention！…")."""
    named = _KNOWN.search(tag.casefold())
    return named is not None and named.group() not in rest.casefold()


def _headline_and_rest(title: str, language: str) -> tuple[str, str]:
    """The headline an entry shows, and what a title too long for one says after its
    first clause ("" for a title that is a headline): the summary when no sentence of the
    reports can be."""
    title = _MARKER.sub("", untagged_title(title)).strip() or title
    if len(title) <= HEADLINE_CHARS.get(language, HEADLINE_CHARS["en"]):
        return title, ""
    clause = first_clause(next(iter(split_sentences(title)), title)).rstrip("。")
    if not clause:
        return title, ""
    return clause, title[len(clause) :].lstrip(" ：:，,；;。.！!？?|—–-").strip()


def _update(change: Development, said: str, language: str) -> list[str]:
    """The line saying what changed, unless the headline and summary (``said``) give
    both figures already ("得分从92.1%降至78.4%"): said again below, it is a repeat."""
    line = change_line(change, language)
    stated = {figure for figure, _ in figures_of(said)}
    return [] if not line or change.new_keys | change.old_keys <= stated else [line]


def change_line(change: Development, language: str) -> str:
    """What changed, in figures the sources give: the one first reported and the one
    that replaced it ("" when no figure was replaced, only added)."""
    if not change.superseded:
        return ""
    old = change.superseded[0]
    new = next(
        (written for figure, written in figures_of(" ".join(change.figures))
         if figure[0] in {unit for unit, _ in change.old_keys}),
        change.figures[-1],
    )  # fmt: skip
    outlet = change.report.outlet
    if language == "zh":
        return f"后续进展：此前报道为{old}，{outlet}的最新报道为{new}。"
    return f"Update: first reported as {old}; {outlet} now reports {new}."


#: An English sentence opening on who the sentence before it named ("It", "The firm"):
#: alone on a line, after a headline that may not name them, nobody knows who.
_LEANS_ON_BEFORE = re.compile(
    r"(?:It|Its|They|Their|He|His|She|Her|These|Those|The (?:firm|company|startup|group))\b"
)


def _adds_a_fact(candidate: _Candidate, headline: Facts) -> bool:
    """Whether an English "more news" detail states a figure, a date, a name or a place
    its headline does not: a line naming only who the headline names ("Vantor isn't
    trying to win the training race") tells less than one that does, and is chosen only
    when no sentence does (an open question, "Whether the score is contaminated remains
    to be seen", is worth its line).  The Chinese details follow the seeds, whose lines
    ``bench/seed_fidelity.py`` measures."""
    facts = candidate.facts
    return bool(
        facts.anchors - headline.anchors
        or facts.names - headline.names
        or facts.settings - headline.settings
    )


def offline_more(brief: StoryBrief, language: str) -> MoreLine:
    """A "more news" line: the story's title (its latest development's, when it has
    one), linked, and its most central short source sentence in the digest's language as
    the detail: one that tells a fact the headline does not (none when every sentence is
    long, or says only what the headline says), one that names its doer before one that
    opens with its means ("通过…，将…").  A title too long for a headline
    (:data:`HEADLINE_CHARS`: fourteen quotes posted as one) gives way to that sentence, or
    to its own first clause when there is none.  A story no report tells in that language
    keeps its original title, and its detail says so, as a lead entry's summary does
    (:meth:`StoryBrief.language_note`)."""
    category = brief.ranked.story.category or ""
    change = development(brief, language)
    moved = moved_since(brief, change)
    title, url = brief.ranked.title, brief.primary.url
    if change is not None:
        title, url = change.report.title, change.report.url
    title = untagged_title(title)
    if not brief.reported_in(language):
        return MoreLine(
            brief.story_id, title, url, "offline", category, brief.language_note(language)
        )
    headline = facts_of(title)
    stated = {figure for figure, _ in figures_of(title)}
    short = [
        c
        for c in _candidates(brief, language)
        if len(c.text) <= MORE_DETAIL_CHARS.get(language, MORE_DETAIL_CHARS["en"])
        and (change is None or not _stale(c.figures, change))
        and not _TEASER.search(c.text)
        and not _POINTS_BACK.search(c.text)
        and says_more(c.text, headline)  # not "Terms of the X acquisition of Y, in brief."
        and (language == "zh" or not _LEANS_ON_BEFORE.match(c.text))
        and 2 * len(c.figures & stated) <= len(c.figures)  # not mostly the headline's figures
        and not _dated_before(brief, c)
        and not (moved is not None and _asked_before(brief.originals[c.report], moved, c.text))
    ]
    # opened by its means ("通过…框架量化…，将…"), a sentence leaves its doer unsaid
    short = [c for c in short if not _MEANS.match(c.text)] or short
    if language != "zh":  # a sentence stating what the headline does not, before a tagline
        short = [c for c in short if _adds_a_fact(c, headline)] or short
    detail = ""
    if short:
        scores = _textrank(short)
        best = short[int(np.argmax(scores))]
        detail = _finished(_narrated(brief, best, language, opening=True))
    if len(title) > HEADLINE_CHARS.get(language, HEADLINE_CHARS["en"]):
        # a title that is text (a list of quotes): its report's sentence says what it is
        title = detail.rstrip("。") if detail else _headline_and_rest(title, language)[0]
        detail = ""
    return MoreLine(brief.story_id, title, url, "offline", category, detail)


#: A day bullet is a line of the seeds' length (their bullets run 15–35 characters).
_BULLET_CHARS = {"zh": 40, "en": 110}
#: A headline that exclaims or asks teases its news ("挑战 Claude Code，9.5 万星！又一款
#: 开源 AI 编程神器火了", "想让机器人春晚包饺子？"): the day's list states it instead.
_EXCLAIMS = re.compile(r"[！？!?]")
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
_EXCLAMATION_END = re.compile(r"(?<=[！!？?])")
_CLAUSE_MARKS = "。！!？?…~～、，, "
#: Means ("通过…", "借助…"): what they achieved may be in the clause after them.
_MEANS = re.compile(r"(?:通过|借助|凭借|依托|利用)(?!了)")
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
    teases = bool(_EXCLAIMS.search(headline))
    if not (teases or personal) and (language != "zh" or states_event(headline, language)):
        return headline
    sentence = next(iter(split_sentences(entry.summary)), "")
    clause = first_clause(sentence).rstrip("。.")
    rest = sentence[len(clause) :]
    means = _MEANS.search(clause)
    after = first_clause(rest[1:]).rstrip("。.") if rest[:1] in tuple("，,；;") else ""
    if means and not _ACHIEVES.search(clause, means.end()):
        clause = f"{clause}，{after}" if after else ""  # means alone are no sentence
    reported = _REPORTED.sub("", retold(clause, tuple(s.source for s in entry.sources)), count=1)
    # what the frame reported names its doer, else the frame's subject was it ("云帆称将…")
    clause = clause if _lacks_subject(reported, language) else reported
    zh = language == "zh"
    if (
        _MIN_SENTENCE_CHARS["zh" if zh else "en"] // 2 <= len(clause)
        and len(clause) <= _BULLET_CHARS["zh" if zh else "en"]
        and bool(_HAN.search(clause)) == zh
        and not _OPENS_ONLY.search(clause)
        and not _NOUN_PHRASE.search(clause)
        and not _MEANS.match(clause)
        and facts_of(clause).names
        and (teases or states_event(clause, language))
    ):
        return clause
    return _stated(headline, language) or headline


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
    return max(parts, key=lambda p: len(_HAN.findall(p)) + len(re.findall(r"[A-Za-z0-9]+", p)))


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
        title=day_title(entries, language, category_names),
        bullets=_day_bullets(entries, language),
        sections=sections,
        tags=tuple(dict.fromkeys(["AI", digest_title, *categories])),
        seo=tuple(dict.fromkeys([digest_title, *named[:8]])),
    )
