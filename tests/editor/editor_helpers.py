"""Helpers for the editor tests: hand-written stories with their reports.

Imported as ``from editor_helpers import ...`` (pytest puts this folder on ``sys.path``).
Every text here is fictional, written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from newsdesk.editor import Evidence, Report, StoryBrief, unsupported
from newsdesk.model import RankedStory, Story

DAY = date(2026, 5, 14)
MORNING = datetime(2026, 5, 14, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
LAUNCH = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai, the day before


def report(title: str, text: str, hours: float, source: str, language: str = "zh") -> Report:
    """A report ``hours`` after LAUNCH, its address made from its source and its hour."""
    return Report(
        title=title,
        url=f"https://{source}.example.cn/{int(hours * 10)}",
        source=source,
        language=language,
        published=LAUNCH + timedelta(hours=hours),
        text=text,
    )


LUMINA_ZH = Report(
    title="光年智能完成 12 亿元 B 轮融资",
    url="https://tech.example.cn/news/lumina-b",
    source="科技前沿",
    language="zh",
    published=MORNING,
    text=(
        "光年智能今日宣布完成 12 亿元人民币 B 轮融资，由星河资本领投。"
        "本轮资金将用于扩建位于苏州的算力中心。"
        "公司创始人周明远表示，新一代模型 Lumina-3 将于 6 月发布。"
        "光年智能成立于 2023 年，目前员工约 400 人。"
    ),
)
LUMINA_EN = Report(
    title="Chinese AI lab Lumina raises 1.2 billion yuan",
    url="https://wire.example.com/lumina-funding",
    source="Tech Wire",
    language="en",
    published=MORNING + timedelta(hours=3),
    text=(
        "Lumina, a Beijing-based AI lab, said on Thursday it raised 1.2 billion yuan in a "
        "Series B round led by Galaxy Capital. The money will expand its Suzhou compute "
        "centre, and its next model, Lumina-3, is due in June."
    ),
)
LUMINA_COPY = Report(
    title="【转载】光年智能完成 12 亿元 B 轮融资",
    url="https://mirror.example.net/a/lumina",
    source="聚合快讯",
    language="zh",
    published=MORNING + timedelta(hours=5),
    text=LUMINA_ZH.text,
    copy=True,
)


def story(
    story_id: str = "s-lumina",
    title: str = LUMINA_ZH.title,
    *,
    category: str = "business",
    first_seen: datetime = MORNING,
    languages: tuple[str, ...] = ("en", "zh"),
    sources: tuple[str, ...] = ("tech-front", "tech-wire"),
) -> Story:
    return Story(
        id=story_id,
        title=title,
        titles={"zh": title},
        first_seen=first_seen,
        last_updated=first_seen + timedelta(hours=5),
        item_count=3,
        sources=sources,
        domains=("tech.example.cn", "wire.example.com"),
        languages=languages,
        category=category,
        relevance=0.9,
        importance=0.7,
    )


def brief(
    reports: tuple[Report, ...] = (LUMINA_ZH, LUMINA_EN, LUMINA_COPY),
    *,
    the_story: Story | None = None,
    day: date = DAY,
) -> StoryBrief:
    chosen = the_story or story(title=reports[0].title)
    ranked = RankedStory(chosen, 0.7, {}, chosen.title, reports=len(reports))
    return StoryBrief(ranked, reports, day, "Asia/Shanghai")


def one_language(*reports: Report, language: str) -> StoryBrief:
    """The brief of a story told in one language by ``reports``, titled as the first."""
    return brief(reports, the_story=story(title=reports[0].title, languages=(language,)))


def flagged(text: str, source: str) -> list[str]:
    """The claims of ``text`` its one source does not support, as written: what a table
    test of the verifier compares with the one wrong claim it planted (or none)."""
    return [claim.text for claim in unsupported(text, Evidence.build([source]))]
