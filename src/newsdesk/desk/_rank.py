"""Importance: how much a story matters, as a weighted sum of signals in [0, 1].

Signals (weights in ``assess.importance``):

- ``sources`` / ``domains``: independent coverage, ``1 − exp(−(n − 1) / 3)`` of the
  distinct publishers / article hosts: a single outlet gives 0, four give 0.63, ten 0.95
  — the tenth report adds little.  Publishers, not feeds: an outlet read through two
  feeds counts once, and each outlet of an aggregator counts.
- ``authority``: the best source weight among its items, over 2 (the weight of a
  flagship outlet), capped at 1.
- ``recency``: halves every ``recency_half_life_hours`` since its last item.
- ``engagement``: its best item's standing among items of the same source kind (HN
  points, GitHub stars today, HF upvotes, Reddit score), as a percentile, so 400 HN
  points and 40 HF upvotes are compared with their own kind.
- ``names``: 1 when a title names a major organisation or model, 0.5 when only the text
  does.
- ``size``: the largest sum of money its titles report as the day's news (a round,
  valuation, deal, fine or revenue: "300亿美元", "$2 billion"), in US dollars on a log
  scale from $1 million (0) to $100 billion (1): a 3,800亿美元 valuation is bigger news
  than a 1,000万元 seed round.  A sum counts only in a currency the title or its text
  states, and not when the title tells it as background (a past round, a market's total).
- ``event``: is it news of the day.  1 when a title reports a happening (a release,
  launch, deal, move or incident: ``assess.event_words``); 0 when every title heads a
  guide, tips, column or roundup (``assess.feature_words``) or has the shape of one — a
  numbered list of quotes, a count of tips, an interview, a rumour — whatever it
  reports, or, when none reports a happening, every title asks a question or opens in
  the first person (a personal account); 0.5 otherwise.  Editors lead with news; tips,
  opinions and interviews about a big name are not news of the day.

An aggregator's own rating of an item (makinotes' ``score``, any ``jsonl`` metric) is
engagement like any other: a percentile within its kind, one signal of eight, so it
orders stories only where the others are level.  Selection turns the sum into a share
of the day (``_select.py``).

A digest then applies novelty: a story it already published with no new items since
keeps only ``novelty_factor`` of its importance.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsdesk.chinese import chinese_numeral
from newsdesk.config import ImportanceWeights
from newsdesk.desk._text import is_how_to, is_personal_project, nfkc
from newsdesk.model import DeskItem, Story

#: The metric that stands for engagement in each source kind.
ENGAGEMENT_METRIC = {
    "hackernews": "points",
    "github_trending": "stars_today",
    "hf_papers": "upvotes",
    "reddit": "score",
    "jsonl": "score",
}
#: Source weight that counts as full authority.
_FULL_AUTHORITY = 2.0
#: Reports after which more coverage adds little (the e-folding count of the curve).
_COVERAGE_SCALE = 3.0
#: Sums of money (US dollars) that ``size`` scales between: 0 at the first, 1 at the last.
_SMALLEST_SUM, _LARGEST_SUM = 1e6, 1e11
#: Scale words: Chinese, Latin words, and Latin letters ("$40M"), which count only after a
#: currency mark (4B and 30B are model sizes).
_SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7,
           "百万": 1e6, "万": 1e4, "trillion": 1e12, "billion": 1e9, "million": 1e6,
           "tn": 1e12, "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "t": 1e12, "b": 1e9,
           "m": 1e6, "k": 1e3}  # fmt: skip
#: A currency's worth in US dollars, roughly: a log scale from $1 million to $100 billion
#: does not feel a rate that is a tenth off.  "¥" is yuan, or yen in a Japanese text.
_DOLLARS = {"$": 1.0, "us$": 1.0, "usd": 1.0, "美元": 1.0, "美金": 1.0, "dollar": 1.0,
            "dollars": 1.0, "¥": 1 / 7, "￥": 1 / 7, "rmb": 1 / 7, "cny": 1 / 7, "元": 1 / 7,
            "人民币": 1 / 7, "yuan": 1 / 7, "€": 1.1, "eur": 1.1, "欧元": 1.1, "euro": 1.1,
            "euros": 1.1, "£": 1.3, "gbp": 1.3, "英镑": 1.3, "pound": 1.3, "pounds": 1.3,
            "hk$": 1 / 7.8, "hkd": 1 / 7.8, "港元": 1 / 7.8, "港币": 1 / 7.8, "jpy": 1 / 150,
            "日元": 1 / 150, "円": 1 / 150, "yen": 1 / 150, "韩元": 1 / 1400, "新台币": 1 / 32,
            "nt$": 1 / 32}  # fmt: skip
_CUR_BEFORE = r"US\$|HK\$|NT\$|RMB|USD|CNY|EUR|GBP|JPY|HKD|[$¥￥€£]"
_CUR_AFTER = (
    r"美元|美金|港元|港币|欧元|英镑|日元|円|韩元|新台币|人民币|元(?!宇宙|素|宝|年|旦|老|气|数据)"
    r"|dollars?\b|yuan\b|euros?\b|pounds?\b|yen\b|USD\b|RMB\b|CNY\b|EUR\b|GBP\b|JPY\b|HKD\b"
)
_WORD_SCALE = (
    r"万亿|千亿|百亿|十亿|亿|千万|百万|万|trillion\b|billion\b|million\b|tn\b|bln\b|bn\b|mln\b"
    r"|mn\b"
)
#: A figure, with the currency mark before or after it when there is one: "300亿美金",
#: "$2.5 billion", "US$40M", "43 million yuan", "估值狂飙至3800亿" (no mark).
_AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9.,])(?:(?P<pre>{_CUR_BEFORE})\s?)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?[多余]?\s?"
    rf"(?:(?P<scale>{_WORD_SCALE}|[kmbt](?![a-z]))\s?)?(?P<post>{_CUR_AFTER})?",
    re.IGNORECASE,
)
#: A sum in Chinese numerals, with its currency: "五十亿元", "突破万亿美元" (一 understood);
#: "数千万美元", "几十亿元" (some tens of millions) count at their least, as 一.
_ZH_AMOUNT = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿数几多上\d])(?<!\d\s)[数几]?"
    rf"(?P<zh>[一二两三四五六七八九十百千]*[万亿]+)"
    rf"(?P<post>{_CUR_AFTER})"
)
#: What may follow a figure with no currency mark for it still to be a sum: the title's
#: end, a break, or a money word ("融资15亿，", "12亿融资"); "10亿打工人", "1.8亿token",
#: "30亿免单" count something else.
_SUM_FOLLOWS = re.compile(
    r"$|[\s，,。.;；:：|｜!！?？、)）】」”\"'…]|融资|投资|估值|营收|收入|市值|罚款|赔偿|订单|合同|资金"
    r"|(?i:valuation|revenue|round|deal|funding|investment)\b"
)
#: Words that say a figure is money: a figure with no currency borrows the one the title's
#: other sums are in only when such a word leads to it in its clause ("…估值狂飙至3500亿")
#: or follows it ("a 1 billion valuation"), not a count beside a round ("获1000万美元融资，
#: 用户破5亿", "raises $10M as its users pass 100 million").
_MONEY_WORD = re.compile(
    r"融资|投资|估值|营收|收入|市值|罚款|赔偿|订单|合同|资金|收购|领投|募资|利润|亏损|"
    r"\b(?:rais(?:es|ed|ing|e)|valu(?:ed|ation)|revenue|funding|investment|fined?|deal)\b",
    re.IGNORECASE,
)
#: A title's clauses: a sum's standing is read within the clause that states it.
_CLAUSE_BREAK = re.compile(
    r"[，;；:：|｜!！?？。()（）【】\[\]]|,(?!\d{3})|\s[-–—]\s|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
)
#: Words that make a sum background to the day's news: a past ("which raised $80M in
#: March", "一年前估值还只有2亿美元", "此前已支付15亿美元") or a whole market's total
#: ("赛道年内融资已超20亿元", "AI产业规模超1.2万亿元"), not the subject's own deal.  Not
#: a past: a deadline ("2030年前投资800亿美元"), "once again", "prior to its IPO", or a
#: comparison ("the biggest round since 2021"; a total since is "which has raised … since").
_BACKGROUND = re.compile(
    r"此前|之前|早前|先前|曾经|曾获|曾以|去年|前年|上月|上个月|上周|上一轮|上轮|前一轮|(?<!\d{4})年前|个月前"
    r"|周前|累计|年内|过去|相比|(?:市场|产业|行业)规模|"
    r"\b(?:last (?:year|month|week|quarter)|earlier|previously|formerly|once(?! again| more)|ago"
    r"|prior(?! to)"
    r"|(?:which|that|who|after|having|since) (?:has |have |had )?rais(?:ed|ing)|market size"
    r"|in (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))\b",
    re.IGNORECASE,
)


#: A person's role in a company or lab, as a headline names a speaker by it.
_ROLE = (
    r"创始人|联创|合伙人|首席执行官|首席科学家|首席技术官|CEO|CTO|COO|CSO|总裁|总监|副总裁"
    r"|董事长|负责人|高管|之父|教授|院士|研究员|科学家"
    r"|\b(?:founder|co-founder|cofounder|chief executive|chief scientist|president|professor)"
)
#: Verbs of speaking between the role and the colon ("谷歌总监警告：").
_SAYS = r"警告|爆料|直言|表示|认为|称|说|谈|预言|透露|says|warns|argues"
#: Verbs of a happening: a role that announces, releases or confirms reports news.
_ANNOUNCES = r"(?:宣布|宣告|官宣|发布|推出|确认|announces|unveils|confirms)"
#: Shapes of a title that is not news of the day whatever it names (``event`` 0, before
#: event words): a numbered list ("1. 语言只是… / Fei-Fei Li 2. …", a quote collection or
#: listicle printed whole), a count of tips or prompts ("我收集了 12 条…Prompt", "10 ways
#: to"), a way to use a product ("还可以这样玩", "正确打开方式"), an interview
#: ("对话X：", 专访, 访谈, 对谈, "interview with", Q&A) and a rumour
#: (传闻, 网传, 据传), but not its denial ("OpenAI 否认传闻", "denies rumours"): that is news.
_FEATURE_FORM = re.compile(
    r"^\s*1\s*[.、．)）]\s*\D"
    r"|\d+\s*(?:条|个|种|大(?!模型)|招)[^，,。！!？?]{0,16}?(?:技巧|玩法|提示词|Prompt|建议|秘诀|心得)"
    r"|^\s*\d+\s+(?:ways|things|tips|tricks|lessons|prompts)\b"
    # A way to use what is already out: "还可以这样玩", "原来可以这样用", "5种正确打开方式".
    r"|(?:可以|能|原来|就该|应该)这样(?:玩|用)|正确打开方式|\d+\s*种打开方式"
    r"|^对话[^：:，,｜|]{1,20}[：:｜|]|专访|访谈|对谈|\binterview (?:with|of)\b|\bQ&A\b"
    r"|(?<!否认)(?<!回应)(?<!澄清)(?:传闻|网传|据传)"
    r"|(?<!denies )(?<!denied )(?<!dismisses )(?<!dismissed )\brumou?rs?\b"
    # A roundup of a span of days: "最佳产品（1.19-25）", "(Jan 19-25)".
    r"|[（(]\s*(?:\d{1,2}[./月]\d{1,2}日?|[A-Z][a-z]{2,8}\.? \d{1,2})\s*[-–—~至到]\s*\d{1,2}"
    r"(?:[./月]\d{1,2})?日?\s*[)）]",
    re.IGNORECASE,
)
#: Shapes of a writer's or a speaker's view rather than a happening (``event`` 0 when
#: every title has one and none reports a happening): words that run through launch
#: headlines too ("DeepSeek复盘助手上线", "华为发布盘古5.0，展望未来", "OpenAI CEO Altman:
#: GPT-6 ships next week"), so a happening the title reports wins, as for a question.
_VIEWS = re.compile(
    # An essay, survey or retrospective: the writer's take on a subject, not a happening.
    r"谈谈|聊聊|浅谈|漫谈|综述(?![\u4e00-\u9fff])|全记录|复盘|展望|背后的故事|演进之路|心法"
    r"|\b(?:a (?:look|deep dive) (?:at|into)|retrospective|explainer|op-ed)\b"
    # Remarks: a person's role, then a colon and what they said ("谷歌总监警告：…",
    # "Anthropic联创爆料：…", "OpenAI CEO: …"): their views, as an interview is, however
    # big the name; an organisation's colon ("Google：R1/O1…") reports its work.
    # A role that announces or releases something before its colon ("CEO等宣告：",
    # "负责人宣布：") reports a happening, and is news; so does a role someone takes
    # ("hires … as CTO: report", "names new CTO: …"), not a speaker's.
    rf"|(?<!\bas )(?<!\bnew )(?:{_ROLE})(?![^，,。：:！!？?｜|]{{0,6}}?{_ANNOUNCES})"
    rf"(?:\s?[\u4e00-\u9fff]{{2,3}}|(?:\s[A-Z][a-z]+){{1,2}})?"
    rf"(?:[^，,。：:！!？?｜|]{{0,4}}?(?:{_SAYS}))?\s*[：:]",
    re.IGNORECASE,
)
#: A headline that asks rather than reports (it ends in a question mark: "…怎么选？",
#: "…走向何方？") — news of the day states what happened.  Read only when no title
#: reports a happening ("百度开源…超越DeepSeek-OCR2？" is a release).
_ASKING = re.compile(r"[？?]\s*[」”\"'）)]?\s*$")
#: A headline in the first person ("我收集了…", "我让 OpenClaw…", "I built…"): a personal
#: account or experiment, not the day's news.  Read only when no title reports a
#: happening; a first person after the opening ("…，我可能要退掉Cursor会员了") is an
#: outlet's voice on a launch, not a personal piece, and 我们, 我国, 我省, 我司… speak for
#: an organisation or a place ("我国AI专利数量全球第一" is a report); 我的世界 is a game.
_FIRST_PERSON = re.compile(
    r"^\s*(?:我(?![们国省市区县校院司部军方]|的世界)|(?:I(?:'m|'ve|'d)?|My)\s)"
)


@dataclass(frozen=True, slots=True)
class _Amount:
    """A figure of a text and its currency's worth in US dollars (0 when unmarked)."""

    value: float
    rate: float
    start: int
    end: int
    #: Stated with a scale word and followed as a sum may be: a sum when a currency is found.
    bare_sum: bool


def _amounts(text: str, language: str) -> list[_Amount]:
    found = []
    for m in _AMOUNT.finditer(text):
        mark = (m["pre"] or m["post"] or "").lower()
        scale = (m["scale"] or "").lower()
        if not mark and len(scale) == 1 and scale.isascii():
            continue  # "4B", "30B": a letter scale makes a sum only after a currency mark
        rate = _DOLLARS.get(mark, 1.0) if mark else 0.0
        if mark in ("¥", "￥") and language == "ja":
            rate = _DOLLARS["jpy"]
        value = float(m["n"].replace(",", "")) * _SCALES.get(scale, 1.0)
        bare = not mark and bool(scale) and bool(_SUM_FOLLOWS.match(text, m.end()))
        found.append(_Amount(value, rate, m.start(), m.end(), bare))
    for m in _ZH_AMOUNT.finditer(text):
        numeral = m["zh"] if m["zh"][0] not in "百千万亿" else "一" + m["zh"]
        zh_value = chinese_numeral(numeral)
        if zh_value is not None:
            rate = _DOLLARS[m["post"].lower()]
            found.append(_Amount(zh_value, rate, m.start(), m.end(), False))
    return sorted(found, key=lambda a: a.start)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(a, b)


def money(title: str, text: str = "", language: str = "") -> float:
    """The largest sum of money (US dollars) the title states as the day's news.

    A figure counts by its own currency mark ("300亿美金", "$2 billion", "43 million
    yuan"); a figure with none ("估值狂飙至3800亿", "红点领投4200万") takes the currency the
    text states for the same figure ("4200 万美元"), else the one currency the title's
    other sums are in when a money word leads to it or follows it ("300亿美金…估值3800
    亿"), else it is left out: 15亿 alone may be yuan or dollars, 5亿 beside a round may
    be users.  A sum in a clause set in the past ("which raised $80M in March", "此前")
    is background, not the day's news.  0 when the title states none.
    """
    title = nfkc(title)
    stated = _amounts(title, language)
    marked = {a.rate for a in stated if a.rate}
    in_text = [a for a in _amounts(nfkc(text), language) if a.rate]
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(title)), len(title) + 1]
    best, previous_end = 0.0, 0
    for amount in stated:
        at = bisect_right(breaks, amount.start)
        start, end = breaks[at - 1], breaks[at]
        lead_from, previous_end = max(start, previous_end), amount.end
        rate = amount.rate
        if not rate and amount.bare_sum:
            same = [a.rate for a in in_text if _same(a.value, amount.value)]
            if same:
                rate = same[0]
            elif len(marked) == 1 and (
                _MONEY_WORD.search(title, lead_from, amount.start)
                or _MONEY_WORD.match(title, amount.end)
            ):
                rate = next(iter(marked))
        if not rate:
            continue
        if _BACKGROUND.search(title, start, end):
            continue
        best = max(best, amount.value * rate)
    return best


@dataclass(frozen=True, slots=True, eq=False)
class EngagementScale:
    """Sorted metric values per source kind, to turn a count into a percentile."""

    values: dict[str, list[int]]

    def percentile(self, kind: str, value: int) -> float:
        found = self.values.get(kind)
        if not found:
            return 0.0
        below, upto = bisect_left(found, value), bisect_right(found, value)
        return (below + upto) / 2 / len(found)


def engagement_scale(items: Sequence[DeskItem], kinds: Mapping[str, str]) -> EngagementScale:
    """The scale from the items of a window (each item counted once)."""
    values: dict[str, list[int]] = defaultdict(list)
    for item in items:
        kind = kinds.get(item.source_id, "")
        metric = ENGAGEMENT_METRIC.get(kind)
        if metric and metric in item.metrics:
            values[kind].append(item.metrics[metric])
    return EngagementScale({k: sorted(v) for k, v in values.items()})


def names_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    parts = [
        re.escape(n)
        if re.search(r"[^\x00-\x7f]", n)
        else rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])"
        for n in names
    ]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _form(
    items: Sequence[DeskItem], event: re.Pattern[str] | None, feature: re.Pattern[str] | None
) -> float:
    """1 when a title reports a happening, 0 when every title heads a guide, tips, column,
    roundup, list or interview, or (with no happening reported) every title asks a
    question or tells a first-person account; 0.5 when the titles say neither."""
    titles = [i.title for i in items]
    forms = [nfkc(t) for t in titles]
    reported = [event is not None and bool(event.search(t)) for t in titles]
    if titles and all(
        (feature is not None and feature.search(t))
        or _FEATURE_FORM.search(f)
        or is_how_to(t)
        or is_personal_project(t)
        or (_VIEWS.search(f) and not happening)
        for t, f, happening in zip(titles, forms, reported, strict=True)
    ):
        return 0.0
    if any(reported):
        return 1.0
    if forms and all(_ASKING.search(f) or _FIRST_PERSON.search(f) for f in forms):
        return 0.0
    return 0.5


def _size(items: Sequence[DeskItem]) -> float:
    largest = max((money(i.title, i.text, i.language) for i in items), default=0.0)
    if largest <= _SMALLEST_SUM:
        return 0.0
    return min(1.0, math.log(largest / _SMALLEST_SUM) / math.log(_LARGEST_SUM / _SMALLEST_SUM))


def _coverage(count: int) -> float:
    return 1 - math.exp(-(max(count, 1) - 1) / _COVERAGE_SCALE)


def importance(
    story: Story,
    items: Sequence[DeskItem],
    *,
    weights: ImportanceWeights,
    source_weights: Mapping[str, float],
    kinds: Mapping[str, str],
    scale: EngagementScale,
    major: re.Pattern[str] | None,
    half_life_hours: float,
    now: datetime,
    event: re.Pattern[str] | None = None,
    feature: re.Pattern[str] | None = None,
) -> tuple[float, dict[str, float]]:
    """The story's importance and its breakdown (each signal, before weighting)."""
    hours = max(0.0, (now - story.last_updated).total_seconds() / 3600)
    engagement = 0.0
    for item in items:
        kind = kinds.get(item.source_id, "")
        metric = ENGAGEMENT_METRIC.get(kind)
        if metric and metric in item.metrics:
            engagement = max(engagement, scale.percentile(kind, item.metrics[metric]))
    names = 0.0
    if major is not None:
        if any(major.search(i.title) for i in items):
            names = 1.0
        elif any(major.search(i.text[:1000]) for i in items):
            names = 0.5
    form = _form(items, event, feature)
    authority = max((source_weights.get(s, 1.0) for s in story.sources), default=1.0)
    signals = {
        "sources": _coverage(len(story.publishers)),
        "domains": _coverage(len(story.domains)),
        "authority": min(1.0, authority / _FULL_AUTHORITY),
        "recency": 0.5 ** (hours / half_life_hours),
        "engagement": engagement,
        "names": names,
        "size": _size(items),
        "event": form,
    }
    total = sum(getattr(weights, key) * value for key, value in signals.items())
    return round(total, 4), {k: round(v, 4) for k, v in signals.items()}
