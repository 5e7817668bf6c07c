"""Feed text in the Markdown cannot act: whatever a title, headline, summary or one-liner
holds, the post carries no template delimiter (Hugo shortcodes, Liquid, Nunjucks) and no
Markdown that formats, and it reads back as the text itself."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from render_helpers import digest

from newsdesk.config import Config
from newsdesk.model import MoreLine
from newsdesk.render import render_markdown
from newsdesk.render._markdown import text

CONFIG = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})
#: Every opening or closing delimiter of Hugo, Liquid (Jekyll) and Nunjucks (Hexo).
DELIMITER = re.compile(r"\{[{%#]|[%#}]\}")
#: Pieces templates and Markdown are made of, so that examples hit them often.
PIECES = [
    *["{{", "}}", "{%", "%}", "{#", "#}", "{{<", ">}}", "{{%", "%}}", "`", "~~", "**"],
    *"{}%#<>*_~[]()!\\&;|=-+.1 \n",
    *["&amp;", "&#123;", "1. ", "# ", "\\["],
]
HOSTILE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=16)
HOSTILE_TEXT = HOSTILE.map("".join)
COMMONMARK = MarkdownIt("commonmark").enable("strikethrough")


def rendered(value: str, style: str) -> str:
    base = digest()
    first = base.sections[0].entries[0]
    lead = replace(first, headline=value, summary=value, insights=(value,), impact=value)
    one_liner = MoreLine("s9", value, "https://news9.example.cn/a/9", "offline", "models", value)
    hostile = replace(
        base,
        title=value,
        bullets=(value,),
        sections=(replace(base.sections[0], entries=(lead,)), *base.sections[1:]),
        more=(one_liner,),
        tags=(value,),
        seo=(value,),
    )
    return render_markdown(hostile, style, CONFIG, CONFIG.digests[0]).markdown


@settings(max_examples=150, deadline=None)
@given(HOSTILE_TEXT, st.sampled_from(["ribao", "insight", "brief"]))
def test_no_template_delimiter_from_feed_text_reaches_the_post(value: str, style: str) -> None:
    assert not DELIMITER.search(rendered(value, style))


@settings(max_examples=300, deadline=None)
@given(HOSTILE_TEXT)
def test_feed_text_reads_back_as_plain_text_and_formats_nothing(value: str) -> None:
    tokens = COMMONMARK.parseInline(text(value))
    children = [t for token in tokens for t in token.children or []]
    assert all(t.type == "text" for t in children)
    assert "".join(t.content for t in children) == " ".join(value.replace("\0", "\ufffd").split())


def test_each_reported_hostile_title_is_written_as_entities() -> None:
    assert text('{{% param "x" %}}') == '&#123;&#123;% param "x" %&#125;&#125;'
    assert (
        text("{{< gist spf13 7896402 >}}") == "&#123;&#123;&lt; gist spf13 7896402 &gt;&#125;&#125;"
    )
    assert text("{% raw %}") == "&#123;% raw %&#125;"
    assert text("A `code` and ~~struck~~ *title*") == (
        "A &#96;code&#96; and \\~\\~struck\\~\\~ &#42;title&#42;"
    )


def test_a_tilde_is_escaped_as_commonmark_escapes_it_not_as_an_entity() -> None:
    """ "&#126;" shows as such where a renderer decodes no entities; "\\~" is CommonMark's
    own escape of any ASCII punctuation, so every CommonMark reader shows the tilde."""
    assert text("Clawdbot是这么吞掉的~") == "Clawdbot是这么吞掉的\\~"
    assert text("~~~ fence") == "\\~\\~\\~ fence"


def test_underscores_inside_words_stay_as_they_are() -> None:
    assert text("gpt_4o and snake_case") == "gpt_4o and snake_case"
    assert text("_private_ and __dunder__") == "&#95;private&#95; and &#95;&#95;dunder&#95;&#95;"


def test_a_backslash_cannot_undo_an_escape() -> None:
    assert text("\\[x\\](javascript:alert(1))") == "&#92;\\[x&#92;\\](javascript:alert(1))"
