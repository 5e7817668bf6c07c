"""A story's record (who reported it, when) is shown apart from its analysis: under
"Why it matters:" or "深度解读 & 洞察：" a reader takes every bullet for the writer's
point, and "Reported by 6 outlets" is none.  Every text here is fictional."""

from __future__ import annotations

from dataclasses import replace

import pytest
from render_helpers import digest, entry

from newsdesk.config import Config
from newsdesk.model import Digest, Section, SourceLink
from newsdesk.model._record import is_record, publisher_count
from newsdesk.render import Role, digest_html, outline, outline_text, render_markdown

CONFIG = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})

ZH_POINTS = ("据科技前沿，新资金将用于扩建苏州算力中心。",)
ZH_RECORD = ("来自 3 个来源：科技前沿、Tech Wire、聚合快讯。", "最早报道于 2026-05-14 09:30。")
EN_POINTS = ("Tech Wire: The round also included Harbor Ventures.",)
EN_RECORD = (
    "From 3 sources: Tech Wire, Daily Ledger, 科技前沿.",
    "Follow-up: first reported 2026-05-13 11:30, 1 day ago.",
    "412 points on HackerStack.",
)


def one_story(language: str, insights: tuple[str, ...]) -> Digest:
    story = replace(entry(1, "光年智能完成 12 亿元 B 轮融资", "business"), insights=insights)
    return replace(digest(language), sections=(Section("资本动向", (story,)),), more=())


def rendered(style: str, the_digest: Digest) -> str:
    return render_markdown(the_digest, style, CONFIG, CONFIG.digests[0]).markdown


@pytest.mark.parametrize(
    "line",
    [
        *ZH_RECORD,
        *EN_RECORD,
        "来源：科技前沿。",
        "后续报道：该事件最早报道于 2026-05-13 11:30，1 天前。",
        "中英文来源均有报道。",
        "Covered in Chinese and English.",
        "在 HackerStack 获得 412 分。",
        "Source: Tech Wire.",
    ],
)
def test_the_record_phrases_are_told_from_analysis(line: str) -> None:
    assert is_record(line)


@pytest.mark.parametrize(
    "line",
    [
        *ZH_POINTS,
        *EN_POINTS,
        "来源：科技前沿。据它报道，融资将用于扩建算力中心。",  # a record, then a point
        "The round was reported by 3 sources close to the company.",
        "First reported by Tech Wire, the round drew a rival bid.",
        # a writer's point about the one source (an LLM writes such), not the record
        "Source: the company's own blog post, which gives no benchmark details.",
        "来源：公司公告，尚未经第三方核实。",
    ],
)
def test_a_point_is_no_record(line: str) -> None:
    assert not is_record(line)


def test_ribao_puts_the_record_last_under_no_heading() -> None:
    markdown = rendered("ribao", one_story("zh", ZH_POINTS + ZH_RECORD))
    heading = markdown.index("**深度解读 & 洞察：**")
    analysis = markdown[heading:].split("\n\n")[0]
    assert analysis == f"**深度解读 & 洞察：**\n- {ZH_POINTS[0]}"
    assert f"**影响：** 影响有限。\n\n{''.join(ZH_RECORD)}\n" in markdown
    assert "- 来自 3 个来源" not in markdown


def test_brief_puts_the_record_on_one_line_last_before_its_links() -> None:
    markdown = rendered("brief", one_story("en", EN_POINTS + EN_RECORD))
    analysis = markdown[markdown.index("**Why it matters:**") :].split("\n\n")[0]
    assert analysis == f"**Why it matters:**\n- {EN_POINTS[0]}"
    record = " ".join(EN_RECORD)
    assert f"\n\n{record}\n\nLinks: " in markdown


@pytest.mark.parametrize(("style", "heading"), [("ribao", "深度解读"), ("brief", "Why it matters")])
def test_a_story_with_only_its_record_has_no_analysis_heading(style: str, heading: str) -> None:
    language = "zh" if style == "ribao" else "en"
    record = ZH_RECORD if language == "zh" else EN_RECORD
    markdown = rendered(style, one_story(language, record))
    assert heading not in markdown
    assert record[0] in markdown


def test_the_page_and_the_outline_keep_the_record_apart_too() -> None:
    the_digest = one_story("zh", ZH_POINTS + ZH_RECORD)
    html = digest_html(the_digest)
    start = html.index('<ul class="insights">')
    listed = html[start : html.index("</ul>", start)]
    assert ZH_POINTS[0] in listed and "个来源" not in listed
    assert f'<p class="record">{"".join(ZH_RECORD)}</p>' in html

    lines = [line for block in outline(the_digest) for line in block.lines]
    assert [line.spans[0].text for line in lines if line.role is Role.INSIGHT] == list(ZH_POINTS)
    assert [line.spans[0].text for line in lines if line.role is Role.RECORD] == [
        "".join(ZH_RECORD)
    ]
    text = outline_text(outline(the_digest))
    assert f"影响：影响有限。\n\n{''.join(ZH_RECORD)}\n" in text


@pytest.mark.parametrize(
    "line",
    [
        "3 个来源报道：科技前沿、Tech Wire、聚合快讯。",
        "Reported by 3 sources: Tech Wire, 科技前沿, 聚合快讯.",
        "3 家媒体报道：科技前沿、Tech Wire、聚合快讯。",
        "Reported by 3 outlets: Tech Wire, 科技前沿, 聚合快讯.",
    ],
)
def test_a_record_written_in_a_former_wording_is_still_the_record(line: str) -> None:
    assert is_record(line)
    assert publisher_count([line]) == 3


@pytest.mark.parametrize(
    ("language", "record", "links"),
    [
        ("zh", "来自 2 个来源：科技前沿、Tech Wire。", "<summary>3 篇报道</summary>"),
        ("en", "From 2 sources: 科技前沿, Tech Wire.", "<summary>3 reports</summary>"),
    ],
)
def test_the_page_counts_sources_in_the_record_and_reports_over_the_links(
    language: str, record: str, links: str
) -> None:
    """Two feeds of one outlet give a story three links from two publishers: the page says
    "来自 2 个来源" and "3 篇报道", two counts of two things, never "2" and "来源 (3)"."""
    story = one_story(language, (record,)).sections[0].entries[0]
    repost = SourceLink("光年智能融资", "https://news1.example.cn/b/1", "科技前沿", "zh")
    three = replace(story, sources=(*story.sources, repost))
    html = digest_html(replace(one_story(language, (record,)), sections=(Section("", (three,)),)))
    assert record in html and links in html
    assert "来源 (" not in html and "Sources (" not in html


def test_one_link_is_one_report() -> None:
    story = one_story("en", EN_RECORD).sections[0].entries[0]
    alone = replace(story, sources=story.sources[:1])
    html = digest_html(replace(one_story("en", EN_RECORD), sections=(Section("", (alone,)),)))
    assert "<summary>1 report</summary>" in html


@pytest.mark.parametrize(
    "line",
    [
        "最早报道于 2026-05-14 09:30（北京时间）。",
        "后续报道：该事件最早报道于 2026-05-13 23:30（UTC+9），1 天前。",
        "First reported 2026-05-14 09:30 Beijing time.",
        "Follow-up: first reported 2026-05-13 11:30 UTC-4, 1 day ago.",
        "First reported 2026-05-14 01:30 UTC.",
        "最早报道于 2026-05-14 09:30。",  # written before times named their zone
    ],
)
def test_a_first_reported_time_with_or_without_its_zone_is_the_record(line: str) -> None:
    assert is_record(line)
