"""An entry's points go under a heading that says what they are: "Why it matters:" or
"深度解读 & 洞察：" over a writer's analysis (the LLM's, an editor's), "Also reported:" or
"另据报道：" over the details the offline editor took from the reports, which promise no
meaning.  In the Markdown, on the site's page and in the outline the terminal, e-mail and
chats draw.  Every text here is fictional."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest
from render_helpers import digest, entry

from newsdesk.config import Config
from newsdesk.model import Digest, Section
from newsdesk.render import digest_html, outline, outline_text, render_markdown

CONFIG = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})

#: (who wrote the entry, language, style, the heading over its points, a heading it lacks)
CASES = [
    ("offline", "en", "brief", "Also reported:", "Why it matters"),
    ("offline", "zh", "ribao", "另据报道：", "深度解读"),
    ("llm", "en", "brief", "Why it matters:", "Also reported"),
    ("llm", "zh", "ribao", "深度解读 & 洞察：", "另据报道"),
    ("editor", "en", "brief", "Why it matters:", "Also reported"),
]


def one_story(language: str, written_by: str) -> Digest:
    story = replace(
        entry(1, "光年智能完成 12 亿元 B 轮融资", "business"),
        insights=("据科技前沿，新资金将用于扩建苏州算力中心。",),
        written_by=written_by,
    )
    return replace(digest(language), sections=(Section("资本动向", (story,)),), more=())


@pytest.mark.parametrize(("written_by", "language", "style", "heading", "other"), CASES)
def test_the_markdown_heads_the_points_by_who_wrote_them(
    written_by: str, language: str, style: str, heading: str, other: str
) -> None:
    the_digest = one_story(language, written_by)
    markdown = render_markdown(the_digest, style, CONFIG, CONFIG.digests[0]).markdown

    assert f"**{heading}**\n- 据科技前沿，新资金将用于扩建苏州算力中心。" in markdown
    assert other not in markdown


@pytest.mark.parametrize(("written_by", "language", "style", "heading", "other"), CASES)
def test_the_page_and_the_outline_head_the_points_alike(
    written_by: str, language: str, style: str, heading: str, other: str
) -> None:
    the_digest = one_story(language, written_by)
    html = digest_html(the_digest)
    text = outline_text(outline(the_digest))

    assert f'<p class="label">{escape(heading)}</p>' in html and escape(other) not in html
    assert f"{heading}\n- 据科技前沿" in text and other not in text


#: (language, style, the heading over one outlet's details, the one over several's)
ONE_OUTLET = [
    ("zh", "ribao", "报道还提到：", "另据报道"),
    ("en", "brief", "The report also says:", "Also reported"),
]


@pytest.mark.parametrize(("language", "style", "heading", "other"), ONE_OUTLET)
def test_one_outlets_details_are_what_its_report_also_says_not_other_reports(
    language: str, style: str, heading: str, other: str
) -> None:
    """ "另据报道" promises another report; a story one outlet told has none."""
    the_digest = one_story(language, "offline")
    story = the_digest.sections[0].entries[0]
    alone = replace(story, sources=story.sources[:1])
    the_digest = replace(the_digest, sections=(Section("资本动向", (alone,)),))

    markdown = render_markdown(the_digest, style, CONFIG, CONFIG.digests[0]).markdown
    html = digest_html(the_digest)
    text = outline_text(outline(the_digest))

    assert f"**{heading}**\n- 据科技前沿" in markdown and other not in markdown
    assert f'<p class="label">{escape(heading)}</p>' in html and escape(other) not in html
    assert f"{heading}\n- 据科技前沿" in text and other not in text


@pytest.mark.parametrize(("language", "style", "heading", "other"), ONE_OUTLET)
def test_details_naming_no_outlet_are_what_the_linked_report_also_says(
    language: str, style: str, heading: str, other: str
) -> None:
    """The offline editor credits each detail but those of the report the headline links
    to: with none credited, all are that report's, whatever else told the story."""
    the_digest = one_story(language, "offline")
    story = the_digest.sections[0].entries[0]
    linked = replace(story, insights=("新资金将用于扩建苏州算力中心。",))
    the_digest = replace(the_digest, sections=(Section("资本动向", (linked,)),))

    markdown = render_markdown(the_digest, style, CONFIG, CONFIG.digests[0]).markdown

    assert len(linked.sources) == 2 and linked.from_its_link
    assert f"**{heading}**\n- 新资金将用于扩建苏州算力中心。" in markdown
    assert other not in markdown


def test_details_naming_another_outlet_stay_other_reports() -> None:
    story = one_story("zh", "offline").sections[0].entries[0]
    mixed = replace(story, insights=("新资金将用于扩建苏州算力中心。", "据Tech Wire，估值翻倍。"))

    assert not mixed.from_its_link
