"""A hand-written digest for the render tests (fictional, written for this project).

Imported as ``from render_helpers import ...`` (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

from datetime import date

from newsdesk.model import Digest, DigestEntry, MoreLine, Section, SourceLink

DAY = date(2026, 5, 14)


def entry(n: int, headline: str, category: str, summary: str = "") -> DigestEntry:
    url = f"https://news{n}.example.cn/a/{n}"
    return DigestEntry(
        story_id=f"s{n}",
        headline=headline,
        url=url,
        summary=summary or f"{headline}。据报道，光年智能今日公布了更多细节。",
        insights=(f"第 {n} 条的解读。", "行业影响仍待观察。"),
        impact="影响有限。" if n == 1 else "",
        category=category,
        sources=(
            SourceLink(headline, url, "科技前沿", "zh"),
            SourceLink("Lumina raises funds", f"https://wire.example.com/{n}", "Tech Wire", "en"),
        ),
        written_by="llm",
    )


def digest(language: str = "zh", *, headline: str = "光年智能完成 12 亿元 B 轮融资") -> Digest:
    first = entry(1, headline, "business")
    second = entry(2, "星河模型 Lumen-4 开源", "models")
    third = entry(3, "启明芯发布 QM-900 训练芯片", "compute")
    return Digest(
        name="ai-ribao",
        day=DAY,
        language=language,
        title="光年智能获 12 亿元融资，星河模型开源",
        bullets=(first.headline, second.headline, third.headline),
        sections=(
            Section("资本动向", (first,)),
            Section("模型与芯片", (second, third)),
        ),
        more=(
            MoreLine(
                "s4",
                "深言发布 Aster-Code 2",
                "https://news4.example.cn/a/4",
                "offline",
                "open_source",
            ),
            MoreLine(
                "s5", "某公司获 3 亿元融资", "https://news5.example.cn/a/5", "offline", "business"
            ),
        ),
        tags=("AI", "融资"),
        seo=("光年智能", "Lumen-4"),
    )
