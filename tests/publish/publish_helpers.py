"""An edition for the publisher tests (fictional, written for this project).

Imported as ``from publish_helpers import ...`` (pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsdesk.model import Digest, DigestEntry, MoreLine, Section, SourceLink
from newsdesk.publish import Edition

DAY = date(2026, 5, 14)
COVER = b"\x89PNG\r\n\x1a\n fictional cover bytes for the tests"


def entry(n: int, summary: str = "") -> DigestEntry:
    url = f"https://news{n}.example.cn/a/{n}"
    return DigestEntry(
        story_id=f"s{n}",
        headline=f"第 {n} 条：光年智能发布 Lumen-{n}",
        url=url,
        summary=summary or f"光年智能今日发布 Lumen-{n} 模型，参数规模为 {n} 千亿。",
        insights=(f"第 {n} 条的解读。",),
        impact="",
        category="models",
        sources=(SourceLink(f"Lumen-{n} 发布", url, "科技前沿", "zh"),),
        written_by="offline",
    )


def digest(stories: int = 3, summary: str = "") -> Digest:
    entries = tuple(entry(n, summary) for n in range(1, stories + 1))
    return Digest(
        name="ai-ribao",
        day=DAY,
        language="zh",
        title="光年智能发布 Lumen 系列模型",
        bullets=tuple(e.headline for e in entries[:5]),
        sections=(Section("大模型与技术", entries),),
        more=(MoreLine("s9", "深言发布 Aster-Code 2", "https://news9.example.cn/a/9", "offline"),),
        tags=("AI", "模型"),
        seo=("光年智能",),
    )


def edition(stories: int = 3, *, summary: str = "", cover: bytes | None = COVER) -> Edition:
    the_digest = digest(stories, summary)
    return Edition(
        digest=the_digest,
        markdown={
            "ribao": f'---\ntitle: "{the_digest.title}"\ncoverImage: "cover.png"\n---\n# x\n'
        },
        html="<p>光年智能</p>",
        cover=cover,
        page_url="https://daily.example.org/ai-ribao/2026-05-14/",
        label="AI 日报",
    )


def with_title(value: Edition, title: str) -> Edition:
    return replace(value, digest=replace(value.digest, title=title))
