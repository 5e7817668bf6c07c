"""The Markdown styles: the seeds' structure, front matter any static site reads, and
feed text that cannot inject HTML or break a link."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from render_helpers import digest

from newsdesk.config import Config, parse_config
from newsdesk.exceptions import ConfigError
from newsdesk.model import SourceLink
from newsdesk.render import render_markdown

CONFIG = Config.model_validate(
    {
        "render": {"footer": '<div class="telegram-card">加入群组</div>'},
        "assess": {"major_names": ["光年智能", "Lumen"]},
        "digests": [{"name": "ai-ribao", "title": "AI 日报"}],
    }
)


def render(style: str, config: Config = CONFIG, **changes: object) -> str:
    the_digest = replace(digest(), **changes) if changes else digest()
    return render_markdown(
        the_digest, style, config, config.digests[0], cover="https://img.example/c.png"
    ).markdown


def front_matter(markdown: str) -> dict[str, object]:
    assert markdown.startswith("---\n")
    head, _, _ = markdown[4:].partition("\n---\n")
    data = yaml.safe_load(head)
    assert isinstance(data, dict)
    return data


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_ribao_front_matter_has_the_seeds_keys_and_types() -> None:
    data = front_matter(render("ribao"))
    assert list(data) == ["title", "date", "category", "tags", "seo", "coverImage", "summary"]
    assert data["title"] == "光年智能获 12 亿元融资，星河模型开源"
    assert data["date"] == date(2026, 5, 14)
    assert data["category"] == "AI 日报"
    assert data["tags"] == ["AI", "融资"] and data["seo"] == ["光年智能", "Lumen-4"]
    assert data["coverImage"] == "https://img.example/c.png"
    assert data["summary"] == (
        "- 光年智能完成 12 亿元 B 轮融资\n- 星河模型 Lumen-4 开源\n- 启明芯发布 QM-900 训练芯片"
    )


def test_ribao_front_matter_quotes_strings_as_the_seeds_do() -> None:
    head = render("ribao").split("\n---\n")[0]
    assert 'tags: ["AI","融资"]' in head
    assert 'summary: "- 光年智能完成 12 亿元 B 轮融资\\n- 星河模型' in head
    assert "\ndate: 2026-05-14\n" in head


def test_ribao_blocks_come_in_the_seeds_order() -> None:
    markdown = render("ribao")
    assert headings(markdown) == [
        "# 光年智能获 12 亿元融资，星河模型开源",
        "## 资本动向",
        "### [光年智能完成 12 亿元 B 轮融资](https://news1.example.cn/a/1)",
        "## 模型与芯片",
        "### [星河模型 Lumen-4 开源](https://news2.example.cn/a/2)",
        "### [启明芯发布 QM-900 训练芯片](https://news3.example.cn/a/3)",
        "## 更多动态",
    ]
    body = markdown.split("\n---\n", 1)[1]
    first = body.index("### [光年智能")
    assert body.index("光年智能完成 12 亿元 B 轮融资。据报道", first) < body.index(
        "**深度解读 & 洞察：**", first
    )
    assert body.index("**深度解读 & 洞察：**", first) < body.index("**影响：** 影响有限。", first)
    assert body.count("\n---\n") == 3  # after each section and after 更多动态
    assert "- [深言发布 Aster-Code 2](https://news4.example.cn/a/4)" in body
    assert body.rstrip().endswith('<div class="telegram-card">加入群组</div>')


def test_every_link_is_absolute() -> None:
    for style in ("ribao", "insight", "brief"):
        targets = re.findall(r"\]\(([^)]*)\)", render(style))
        assert targets and all(t.startswith("https://") for t in targets), style


def test_insight_quotes_the_digest_title_as_text_not_as_code() -> None:
    """A code span shows its text as typed: "R&D" would read "R&amp;D", and the title
    would be set in a monospace font."""
    config = CONFIG.model_copy(
        update={"digests": [CONFIG.digests[0].model_copy(update={"title": "AI R&D 日报"})]}
    )
    html = MarkdownIt("commonmark").render(render("insight", config).splitlines()[2])
    assert html == "<blockquote>\n<p>AI R&amp;D 日报</p>\n</blockquote>\n"


def test_insight_files_items_under_the_fixed_headings_with_bold_titles() -> None:
    markdown = render("insight")
    lines = markdown.splitlines()
    assert lines[0] == "## AI洞察日报 2026/5/14"
    assert lines[2] == "> AI 日报"
    assert headings(markdown) == [
        "## AI洞察日报 2026/5/14",
        "## **今日摘要**",
        "## **今日AI资讯**",
        "### AI技术底座",
        "### 产业商业",
    ]
    technology = markdown.split("### AI技术底座")[1].split("### 产业商业")[0]
    assert "**• 星河模型 Lumen-4 开源**：" in technology
    assert "**• 深言发布 Aster-Code 2**" in technology  # open source goes under 技术底座
    business = markdown.split("### 产业商业")[1]
    assert "**• 光年智能完成 12 亿元 B 轮融资**：" in business
    assert "**光年智能**完成" in business  # a key term in bold


def test_brief_is_the_english_daily() -> None:
    markdown = render("brief")
    assert "**Today in brief**" in markdown
    assert "**Why it matters:**" in markdown and "## More news" in markdown
    assert (
        "Links: [科技前沿](https://news1.example.cn/a/1), [Tech Wire](https://wire.example.com/1)"
        in markdown
    )


def test_two_reports_of_one_outlet_are_two_numbered_links_in_the_brief() -> None:
    """Two links both labelled "科技前沿" read as one report listed twice."""
    base = digest()
    entry = base.sections[0].entries[0]
    again = SourceLink("光年智能估值翻倍", "https://news1.example.cn/a/2", "科技前沿", "zh")
    twice = replace(entry, sources=(*entry.sources, again))
    changed = replace(base, sections=(replace(base.sections[0], entries=(twice,)),))

    markdown = render_markdown(changed, "brief", CONFIG, CONFIG.digests[0]).markdown

    assert (
        "Links: [科技前沿](https://news1.example.cn/a/1), [Tech Wire](https://wire.example.com/1)"
        ", [科技前沿 (2)](https://news1.example.cn/a/2)\n"
    ) in markdown


def test_hostile_feed_text_cannot_inject_html_or_break_a_link() -> None:
    hostile = digest(headline='Lumina <script>alert("x")</script> raises](javascript:alert(1))')
    markdown = render_markdown(hostile, "ribao", CONFIG, CONFIG.digests[0]).markdown
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)
    assert "raises\\](javascript" in markdown  # the bracket is text, not the link's end


def test_a_link_that_is_not_http_is_left_empty() -> None:
    bad = digest()
    first = replace(bad.sections[0].entries[0], url="javascript:alert(1)")
    broken = replace(bad, sections=(replace(bad.sections[0], entries=(first,)),))
    markdown = render_markdown(broken, "ribao", CONFIG, CONFIG.digests[0]).markdown
    assert "javascript:" not in markdown


def test_a_user_template_overrides_a_built_in_style(tmp_path: Path) -> None:
    (tmp_path / "ribao.md.j2").write_text(
        "# {{ digest.title | text }} ({{ day }})\n", encoding="utf-8"
    )
    config = parse_config(
        f"render: {{templates: '{tmp_path}'}}\ndigests: [{{name: ai-ribao, title: AI 日报}}]\n"
    )
    assert render("ribao", config) == "# 光年智能获 12 亿元融资，星河模型开源 (2026-05-14)\n"


def test_an_unknown_style_says_what_exists() -> None:
    with pytest.raises(ConfigError, match="built-in styles are ribao, insight, brief"):
        render("poster")


def test_feed_text_cannot_open_a_block_at_the_start_of_a_line() -> None:
    first = digest().sections[0].entries[0]
    for hostile in ("```python", "# 伪标题", "> 引用", "- 列表", "1. 编号", "---"):
        changed = replace(first, summary=hostile)
        markdown = render_markdown(
            replace(digest(), sections=(replace(digest().sections[0], entries=(changed,)),)),
            "ribao",
            CONFIG,
            CONFIG.digests[0],
        ).markdown
        lines = markdown.splitlines()
        inert = {
            "1. 编号": "1\\. 编号",
            "> 引用": "&gt; 引用",
            "```python": "&#96;&#96;&#96;python",
        }.get(hostile, "\\" + hostile)
        assert inert in lines, hostile
        assert hostile == "---" or hostile not in lines, hostile  # the template has rules


def test_the_names_in_bold_are_names_whole_never_generic_words() -> None:
    from newsdesk.render._markdown import _names

    assert _names("领投方为Northgate Capital，Dana Whitfield表示") == [
        "Northgate Capital",
        "Dana Whitfield",
    ]
    assert _names("拓竹科技CEO称QM-900的App已上线，算力达1200 TFLOPS。") == ["拓竹科技", "QM-900"]


@pytest.mark.parametrize("style", ["ribao", "insight", "brief"])
def test_a_notice_is_said_once_at_the_top_and_an_entry_without_summary_has_no_gap(
    style: str,
) -> None:
    """A digest whose stories no report tells in its language (``Digest.notice``)."""
    notice = "以下 3 条新闻目前只有英文报道，本期未作翻译，标题链接原文。"
    plain = digest()
    first, *rest = plain.sections
    untold = replace(first, entries=tuple(replace(e, summary="") for e in first.entries))
    markdown = render(style, notice=notice, sections=(untold, *rest))
    assert markdown.count(notice) == 1
    assert markdown.index(notice) < markdown.index("\n## ")
    for entry in untold.entries:
        if style == "insight":  # no colon before a summary it does not have
            assert f"**• {entry.headline}** [原文]" in markdown
        else:  # the headline, then what follows it, with one blank line between
            after = markdown.partition(f"[{entry.headline}](")[2].split("\n", 1)[1]
            assert re.match(r"\n[^\n]", after), after[:80]
    assert notice not in render(style)
