"""An offline entry's summary: the story's most central source sentences, each fact said once."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsdesk.chinese import HAN_CHAR
from newsdesk.desk import text_features
from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._conflicts import without_conflicts
from newsdesk.editor._development import Development
from newsdesk.editor._facts import (
    NO_FACTS,
    all_facts,
    facts_of,
    new_part,
    opens_a_predicate,
    richness,
    same_news,
    subsumed,
    without_told,
)
from newsdesk.editor._latin_names import STOPWORDS
from newsdesk.editor._name_forms import same_actor
from newsdesk.editor._numbers import Figure, figures_of
from newsdesk.editor._offline._candidates import (
    TEASER,
    UNDISCLOSED,
    Candidate,
    asked_before,
    dated_before,
    informative,
    moved_since,
    narrated,
    sentence_candidates,
    stale,
    textrank,
)
from newsdesk.editor._offline._source_text import MEANS, joined, name_spans, names_in_order

#: Summary length: about two sentences of a news report in each language.
SUMMARY_CHARS = {"zh": 160, "en": 420}

#: Words of the story's title a sentence with no name found in it must share to state
#: the event (光年智能 is a light-year to jieba, so the name is not always found).
_TITLE_WORDS = 2


def _tells_more(candidate: Candidate, chosen: Candidate, *, twins: bool) -> bool:
    """Whether a telling of the chosen sentence's news gives more facts; of two ledes
    with as many, the longer (a feed's one-line summary often only says what the article
    is about: "分析…背后的逻辑")."""
    more, less = richness(candidate.facts), richness(chosen.facts)
    return more > less or (twins and more == less and len(candidate.text) > len(chosen.text))


def _adds_facts(candidate: Candidate, twin: Candidate) -> bool:
    """Whether a lede gives a figure or a date its twin does not: then it tells what the
    other left out (when an essay came out, beside what it found).  A name alone does
    not count: the two tellings name one actor in two ways (上海AI实验室, 上海人工智能
    实验室) and its founder in one of them."""
    return bool(candidate.facts.anchors - twin.facts.anchors)


def _twins(a: Candidate, b: Candidate) -> bool:
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
    candidates = sentence_candidates(brief, language) or sentence_candidates(
        brief, language, alone=False
    )
    moved = moved_since(brief, change)
    candidates = [
        c
        for c in candidates
        if moved is None or not asked_before(brief.originals[c.report], moved, c.text)
    ] or candidates
    candidates = [c for c in candidates if not dated_before(brief, c)] or candidates
    if change is not None:
        candidates = [c for c in candidates if not stale(c.figures, change)]
        since = change.report.published
        candidates = [
            c
            for c in candidates
            if since is None or (brief.originals[c.report].published or since) >= since
        ] or candidates
    candidates = [
        c for c in candidates if informative(c) and not _only_undisclosed(c.text)
    ] or candidates
    if not candidates:
        return ""
    scores = textrank(candidates)
    order = np.argsort(-scores, kind="stable").tolist()
    title = frozenset(text_features(brief.ranked.title).words)

    def opens(candidate: Candidate) -> tuple[int, int]:
        return _opens_rank(candidate, title, ledes=change is None)

    order.sort(key=lambda i: tuple(-k for k in opens(candidates[i])))  # the stating one first
    if change is not None:  # the news first
        order.sort(key=lambda i: not change.new_keys & candidates[i].figures)
    limit = SUMMARY_CHARS.get(language, SUMMARY_CHARS["en"])
    chosen: list[Candidate] = []
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
        told.append(narrated(brief, candidate, language, opening=not n, before="".join(told)))
    return joined(_said_once(told, change))


def _introduces_again(candidate: Candidate, lead: Candidate) -> bool:
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
    given = names_in_order(lead.text)
    spans = name_spans(candidate.text)
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
    if HAN_CHAR.search(before[-1:]):
        return bool(_DESCRIBES_ZH.search(before))
    last = before.rsplit(maxsplit=1)[-1].casefold() if before else ""
    return bool(last and last not in STOPWORDS) or bool(_APPOSITIVE.match(text[end:]))


def _refers_back(candidate: Candidate) -> bool:
    """Whether an English sentence's first name is part of a description that leans on an
    earlier sentence ("the Halvorsen Institute professor argues"): it cannot lead in place
    of the telling that introduces Elena Marsh, however many more figures it gives."""
    spans = name_spans(candidate.text)
    if not spans:
        return False
    (start, end), _ = spans[0]
    text = candidate.text
    return bool(_THE.search(text[:start]) and _NOUN_AFTER.match(text[end:]))


_THE = re.compile(r"(?:^|\s)the\s$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s[a-z]")


def _repeats(candidate: Candidate, chosen: Sequence[Candidate]) -> bool:
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
            change is None or not stale(frozenset(f for f, _ in figures_of(part)), change)
        ):
            fuller = facts_of(part)
            out = [without_told(e, part) for e in out if not subsumed(facts_of(e), fuller)]
            out.append(part)
            given = all_facts(facts_of(s) for s in out)
    return out


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


def _opens_rank(
    candidate: Candidate, title: frozenset[str], *, ledes: bool = True
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
        TEASER.search(candidate.text)
        or UNDISCLOSED.search(candidate.text)
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
    if not MEANS.match(text):
        return False
    _, comma, rest = text.partition("，")
    return bool(comma) and opens_a_predicate(rest)
