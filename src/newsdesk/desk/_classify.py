"""AI relevance and category of a story: zero-shot by vectors, corrected by rules.

Each category's description lines are embedded once; a story (the mean of its items'
vectors) scores its best line per category.  Keyword and source rules from the config
then lean the choice: a story whose titles say "融资" or "raises" is likelier funding
news than its vector alone says.  Relevance compares the story with the whole AI
taxonomy against lines describing general news (sport, weather, entertainment...),
which hot lists carry in bulk; AI keywords push it up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsdesk.config import AI_KEYWORDS, CategoryConfig
from newsdesk.desk._embed import Embedder
from newsdesk.model import DeskItem

FloatArray = npt.NDArray[np.float32]

#: Lines that describe news which is not about AI, one or two per top-level news subject
#: of the IPTC Media Topics (all but science & technology); the other side of relevance.
GENERAL_NEWS = (
    "演唱会、电影票房、综艺节目和明星婚恋",
    "A film tops the box office, a singer announces a tour, a celebrity enters rehab",
    "警方逮捕嫌疑人，法院判决刑事案件",
    "Police arrest a suspect in a shooting and a court sentences a killer",
    "地震、火灾、台风、暴雨和交通事故造成伤亡",
    "An earthquake, a fire, a storm or a highway crash leaves people dead and injured",
    "股市涨跌、油价和央行利率，房地产市场",
    "Stocks fall, oil prices rise and the central bank changes interest rates",
    "高考、学校招生、大学排名和教育改革",
    "Schools, exams, university admissions and teachers",
    "环境污染、气候变化、野生动物保护",
    "Pollution, climate change and endangered wildlife",
    "医院、疾病、疫苗和公共卫生",
    "A hospital, a disease outbreak, a vaccine and public health officials",
    "美食、旅游、时尚、奶茶联名和生活方式",
    "Travel, food, fashion, a new drink flavour and weekend leisure",
    "选举、议会投票、政府官员和外交访问",
    "An election, a parliament vote, a minister resigns and a state visit",
    "罢工、就业、工资和养老金",
    "Workers strike over wages, unemployment and pensions",
    "足球、篮球比赛结果，球员转会和马拉松",
    "A team wins the match, a player signs a contract or is injured, a marathon is held",
    "战争、冲突、军队和难民",
    "War, fighting, troops and refugees",
    "天气预报、高温和寒潮预警",
    "The weather forecast: a heat wave, snow and a cold front",
    "城市地铁新线开通、道路施工和本地社区新闻",
    "A new metro line opens, road works and local community news",
    "新款手机、电脑和家电发布，价格与续航",
    "A new phone, laptop or appliance goes on sale with its price and battery life",
    "软件漏洞补丁、网站宕机和电脑爱好者的老机器修复",
    "A software patch for a browser bug, a website outage, a hobbyist restores an old computer",
)
#: How strongly the vector margin (AI minus general) moves relevance: a margin of 0.1
#: past the centre moves the logit by 1.5, so clear cases land near 0 or 1.
_MARGIN_SCALE = 15.0
#: The margin at which a story without AI keywords is a coin toss.  AI news has a median
#: margin near 0.2 and general news near 0, so the centre sits between, nearer the
#: general side because AI keywords rescue most AI stories (bench/categories.py).
_MARGIN_CENTRE = 0.06
#: Logit added when an AI keyword appears in a title (in the text: 1.5).
_KEYWORD_LOGIT = 2.5
_TEXT_KEYWORD_LOGIT = 1.5
#: Words of AI_KEYWORDS that also mean other things ("free agent", "fashion model").
_AMBIGUOUS = frozenset(
    """agent agents model models benchmark inference robot robots robotics transformer diffusion
     neural embedding embeddings GPU CUDA Nvidia humanoid chatbot copilot multimodal MoE FP8
     TFLOPS RAG 芯片 算力 机器人""".split()
) | {"model weights", "reinforcement learning"}
#: Share of items from a category's sources that adds the most this lean can give.
_SOURCE_LEAN = 0.08
#: The most the keyword rules can add to a category's score; one title hit gives 86% of
#: it.  Vector scores of one story differ by about 0.05 between categories, so a rule
#: that fires decides close calls but not clear ones.
_KEYWORD_LEAN = 0.10


def _keyword_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """Latin keywords match whole words (case-insensitive); Chinese ones anywhere."""
    parts = []
    for word in words:
        escaped = re.escape(word)
        parts.append(
            escaped if re.search(r"[^\x00-\x7f]", word) else rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
        )
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True, slots=True, eq=False)
class Taxonomy:
    """Categories ready for classifying: embedded description lines and compiled rules."""

    #: The categories, in config order.
    categories: tuple[CategoryConfig, ...]
    #: One unit row per description line.
    lines: FloatArray
    #: Category index of each line.
    owner: npt.NDArray[np.intp]
    #: Unit rows of :data:`GENERAL_NEWS`.
    general: FloatArray
    #: Per category: its keywords as one pattern (None without keywords).
    keywords: tuple[re.Pattern[str] | None, ...]
    #: The built-in AI keywords, for relevance.
    ai_keywords: re.Pattern[str]


def build_taxonomy(categories: Sequence[CategoryConfig], embedder: Embedder) -> Taxonomy:
    lines: list[str] = []
    owner: list[int] = []
    for index, category in enumerate(categories):
        for line in category.description.splitlines():
            if line.strip():
                lines.append(line.strip())
                owner.append(index)
        lines.append(f"{category.zh} {category.en}")
        owner.append(index)
    vectors = embedder.embed(lines + list(GENERAL_NEWS))
    ai_pattern = _keyword_pattern([k for k in AI_KEYWORDS if k not in _AMBIGUOUS])
    assert ai_pattern is not None
    return Taxonomy(
        categories=tuple(categories),
        lines=vectors[: len(lines)],
        owner=np.asarray(owner, dtype=np.intp),
        general=vectors[len(lines) :],
        keywords=tuple(_keyword_pattern(c.keywords) for c in categories),
        ai_keywords=ai_pattern,
    )


@dataclass(frozen=True, slots=True)
class Assessment:
    """A story's category and AI relevance, with the scores they came from."""

    #: Category key.
    category: str
    #: Probability-like AI relevance in [0, 1].
    relevance: float
    #: Score of every category (vector + rules), by key.
    category_scores: dict[str, float]


def centroid(items: Sequence[DeskItem]) -> FloatArray:
    """Mean of the items' vectors, unit length (the story's vector)."""
    stacked = np.vstack([np.asarray(i.vector, dtype=np.float32) for i in items])
    mean = stacked.mean(axis=0)
    norm = float(np.linalg.norm(mean)) or 1.0
    unit: FloatArray = (mean / norm).astype(np.float32)
    return unit


def _hits(pattern: re.Pattern[str] | None, text: str) -> int:
    return 0 if pattern is None else len({m.group().lower() for m in pattern.finditer(text)})


def assess_story(
    items: Sequence[DeskItem],
    taxonomy: Taxonomy,
    source_labels: dict[str, frozenset[str]],
) -> Assessment:
    """Judge one story from its items.

    ``source_labels`` maps a source id to the names a category's ``sources`` rule may
    use for it: its id, its kind and its tags.
    """
    vector = centroid(items)
    line_scores = taxonomy.lines @ vector
    semantic = np.asarray(
        [  # the mean of a category's two best lines: steadier than the best alone
            np.sort(line_scores[taxonomy.owner == c])[-2:].mean()
            for c in range(len(taxonomy.categories))
        ]
    )
    titles = "\n".join(i.title for i in items)
    texts = "\n".join(i.text[:500] for i in items)
    scores: dict[str, float] = {}
    for index, category in enumerate(taxonomy.categories):
        pattern = taxonomy.keywords[index]
        hits = 2 * _hits(pattern, titles) + _hits(pattern, texts)
        lean = _KEYWORD_LEAN * (1 - math.exp(-hits))
        wanted = set(category.sources)
        share = sum(bool(source_labels.get(i.source_id, frozenset()) & wanted) for i in items)
        lean += _SOURCE_LEAN * share / len(items)
        scores[category.key] = round(float(semantic[index]) + lean, 4)
    best = max(scores, key=lambda key: scores[key])
    margin = float(line_scores.max() - (taxonomy.general @ vector).max())
    logit = _MARGIN_SCALE * (margin - _MARGIN_CENTRE)
    if taxonomy.ai_keywords.search(titles):
        logit += _KEYWORD_LOGIT
    elif taxonomy.ai_keywords.search(texts):
        logit += _TEXT_KEYWORD_LOGIT
    relevance = 1 / (1 + math.exp(-logit))
    return Assessment(category=best, relevance=round(relevance, 4), category_scores=scores)
