"""The outline every text channel draws a digest from: which blocks and lines it has, in
the digest's words, and how each channel draws it — the terminal and the e-mail's text
part as plain text, Telegram as HTML.

The digest is written for this test (fictional names, fictional news)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsdesk._console import digest_text
from newsdesk.model import Digest, DigestEntry, MoreLine, Section, SourceLink
from newsdesk.publish import Edition
from newsdesk.publish._chat import INSIGHT_STORIES
from newsdesk.publish.email import plain_text
from newsdesk.publish.telegram import message_blocks
from newsdesk.publish.webhooks import WebhookChannel, WebhookPublisher
from newsdesk.render import Block, Line, Role, Span, outline, outline_text

PAGE = "https://daily.example.org/ai-ribao/2026-03-09/"
#: A headline whose characters mean something in HTML and in every chat markup.
MARKED_UP = '青禾 <Qinghe-7B> "开源" [beta] & @all'


def story(n: int, *, headline: str = "", impact: str = "") -> DigestEntry:
    url = f"https://news{n}.example.cn/a/{n}"
    return DigestEntry(
        story_id=f"s{n}",
        headline=headline or f"青禾实验室发布 Qinghe-{n}",
        url=url,
        summary=f"青禾实验室发布第 {n} 代模型。",
        insights=(f"第 {n} 条解读。",),
        impact=impact,
        category="models",
        sources=(
            SourceLink(f"Qinghe-{n} 发布", url, "晨报科技", "zh"),
            SourceLink(f"Qinghe-{n} ships", f"https://wire.example.com/{n}", "Wire", "en"),
        ),
        written_by="llm",
    )


def small_digest(language: str = "zh", *, stories: int = 2) -> Digest:
    """A title with one bullet; stories in two sections (the first with an impact line);
    one one-liner; a tag."""
    leads = [story(1, impact="开源模型再添一员。"), *(story(n) for n in range(2, stories + 1))]
    return Digest(
        name="ai-ribao",
        day=date(2026, 3, 9),
        language=language,
        title="青禾开源 Qinghe 系列",
        bullets=("青禾发布两代模型",),
        sections=(Section("模型", (leads[0],)), Section("更多模型", tuple(leads[1:]))),
        more=(MoreLine("s9", "云杉芯片量产", "https://news9.example.cn/a/9", "offline"),),
        tags=("AI",),
        seo=(),
    )


def edition(digest: Digest | None = None, *, page: str = PAGE) -> Edition:
    the_digest = digest or small_digest()
    return Edition(the_digest, markdown={}, html="", cover=None, page_url=page, label="AI 日报")


def roles(blocks: list[Block]) -> list[list[str]]:
    return [[line.role.value for line in block.lines] for block in blocks]


# The outline


def test_a_digest_is_its_title_each_story_the_one_liners_the_tags_and_the_page() -> None:
    blocks = outline(small_digest(), label="AI 日报", page_url=PAGE)

    assert roles(blocks) == [
        ["title", "dateline", "bullet"],
        ["section", "headline", "summary", "insights-heading", "insight", "impact",
         "sources-heading", "source"],
        ["section", "headline", "summary", "insights-heading", "insight",
         "sources-heading", "source"],
        ["more-heading", "more"],
        ["tags"],
        ["page"],
    ]  # fmt: skip


def test_each_line_holds_the_digests_text_and_links() -> None:
    title, first, _, more, tags, page = outline(small_digest(), label="AI 日报", page_url=PAGE)

    assert title.lines[1] == Line(Role.DATELINE, (Span("AI 日报 · 2026-03-09"),))
    assert first.lines[:2] == (
        Line(Role.SECTION, (Span("模型"),)),
        Line(Role.HEADLINE, (Span("青禾实验室发布 Qinghe-1", "https://news1.example.cn/a/1"),)),
    )
    assert first.lines[5] == Line(Role.IMPACT, (Span("影响："), Span("开源模型再添一员。")))
    # The primary report is the headline's link; only the others are listed.
    assert first.lines[-1] == Line(
        Role.SOURCE, (Span("Wire：Qinghe-1 ships", "https://wire.example.com/1"),)
    )
    assert more.lines[1] == Line(Role.MORE, (Span("云杉芯片量产", "https://news9.example.cn/a/9"),))
    assert tags.lines == (Line(Role.TAGS, (Span("标签："), Span("AI"))),)
    assert page.lines == (Line(Role.PAGE, (Span("全文与来源", PAGE),)),)


def test_a_one_liners_detail_follows_its_link_after_the_digests_colon() -> None:
    """The terminal's 更多动态 dropped the one-line details ribao.md gives, and its source
    lines used ": " in a Chinese digest."""
    detail = MoreLine(
        "s9", "云杉芯片量产", "https://news9.example.cn/a/9", "offline", detail="良率达九成。"
    )
    digest = replace(small_digest(), more=(detail,))
    [more] = outline(digest, roles={Role.MORE})

    assert more.lines[0] == Line(
        Role.MORE, (Span("云杉芯片量产", "https://news9.example.cn/a/9"), Span("：良率达九成。"))
    )
    text = digest_text(digest)
    assert "- 云杉芯片量产 <https://news9.example.cn/a/9>：良率达九成。" in text
    assert "  · Wire：Qinghe-1 ships <https://wire.example.com/1>" in text
    english = outline_text(outline(replace(digest, language="en"), roles={Role.MORE, Role.SOURCE}))
    assert "  · Wire: Qinghe-1 ships" in english and "：良率" not in english


def test_the_fixed_words_are_in_the_digests_language() -> None:
    blocks = outline(small_digest("en"), page_url=PAGE)

    words = [line.spans[0].text for block in blocks for line in block.lines]
    assert {"Why it matters:", "Impact: ", "Sources:", "More news", "Tags: "} <= set(words)
    assert "Full digest and sources" in words and "全文与来源" not in words


def test_without_a_label_or_a_page_there_is_no_dateline_and_no_page_link() -> None:
    blocks = outline(small_digest())

    assert roles(blocks)[0] == ["title", "bullet"] and roles(blocks)[-1] == ["tags"]


def test_only_the_first_stories_keep_their_insights_and_impact_when_asked() -> None:
    blocks = outline(small_digest(stories=4), insight_stories=1)

    analysed = [
        any(line.role in (Role.INSIGHT, Role.IMPACT) for line in block.lines)
        for block in blocks
        if block.lines[-1].role is Role.SOURCE
    ]
    assert analysed == [True, False, False, False]


def test_a_section_title_heads_only_its_first_story() -> None:
    blocks = outline(small_digest(stories=3), roles={Role.SECTION, Role.HEADLINE})

    assert roles(blocks) == [["section", "headline"], ["section", "headline"], ["headline"]]


def test_lines_of_roles_not_asked_for_are_left_out_and_so_are_emptied_blocks() -> None:
    blocks = outline(small_digest(), page_url=PAGE, roles={Role.TITLE, Role.MORE, Role.PAGE})

    assert roles(blocks) == [["title"], ["more"], ["page"]]


def with_stories(*leads: DigestEntry) -> Digest:
    return replace(small_digest(), sections=(Section("模型", leads),))


def test_a_block_retold_keeps_its_lines_and_links_with_the_new_texts() -> None:
    [block] = outline(small_digest(), roles={Role.MORE_HEADING, Role.MORE})

    assert block.texts == ["更多动态", "云杉芯片量产"]
    assert block.retold(["更多", "云杉…"]) == Block(
        (
            Line(Role.MORE_HEADING, (Span("更多"),)),
            Line(Role.MORE, (Span("云杉…", "https://news9.example.cn/a/9"),)),
        )
    )


# Plain text: the terminal and the e-mail


TERMINAL = """\
青禾开源 Qinghe 系列
====================

- 青禾发布两代模型

## 模型

### 青禾实验室发布 Qinghe-1
    https://news1.example.cn/a/1

青禾实验室发布第 1 代模型。

深度解读 & 洞察：
- 第 1 条解读。

影响：开源模型再添一员。

来源：
  · Wire：Qinghe-1 ships <https://wire.example.com/1>

## 更多模型

### 青禾实验室发布 Qinghe-2
    https://news2.example.cn/a/2

青禾实验室发布第 2 代模型。

深度解读 & 洞察：
- 第 2 条解读。

来源：
  · Wire：Qinghe-2 ships <https://wire.example.com/2>

## 更多动态

- 云杉芯片量产 <https://news9.example.cn/a/9>

标签：AI
"""


def test_the_terminal_shows_every_line_of_the_outline() -> None:
    assert digest_text(small_digest()) == TERMINAL


def test_the_email_text_is_the_terminal_text_without_sources_and_tags_with_the_page_link() -> None:
    paragraphs = TERMINAL.split("\n\n")
    terminal = [p for p in paragraphs if not p.startswith(("来源：", "标签："))]

    assert plain_text(edition()) == "\n\n".join([*terminal, f"全文与来源 <{PAGE}>\n"])


#: What an English digest of a day told only in Chinese says once at its top
#: (``Digest.notice``, as the offline writer words it).
NOTICE = (
    "All 2 stories below were reported only in Chinese so far, and this digest is written "
    "without translation: each headline links its original."
)


def test_the_terminal_says_a_digests_notice_once_under_its_title_above_the_stories() -> None:
    """`newsdesk digest show` prints this text; the e-mail's text part says it too, as
    its HTML part and the Markdown do."""
    digest = replace(small_digest("en"), notice=NOTICE)
    text = digest_text(digest)
    assert text.count(NOTICE) == 1
    assert (
        text.index("青禾开源 Qinghe 系列") < text.index(NOTICE) < text.index("- 青禾发布两代模型")
    )
    assert text.index(NOTICE) < text.index("### ")
    assert plain_text(edition(digest)).count(NOTICE) == 1
    assert [line.role for line in outline(digest)[0].lines] == [
        Role.TITLE, Role.NOTICE, Role.BULLET
    ]  # fmt: skip


def test_the_email_text_carries_the_impact_line() -> None:
    assert "\n影响：开源模型再添一员。\n" in plain_text(edition())


def test_a_story_without_summary_or_insights_has_no_empty_lines_for_them() -> None:
    bare = replace(story(1), summary="", insights=(), sources=())
    digest = replace(with_stories(bare), more=(), tags=())

    assert outline_text(outline(digest)).endswith(
        "## 模型\n\n### 青禾实验室发布 Qinghe-1\n    https://news1.example.cn/a/1\n"
    )


# Telegram: HTML, a block per story and per one-liner


def test_telegram_draws_the_title_with_its_dateline_the_stories_one_liners_and_page() -> None:
    assert message_blocks(edition()) == [
        "<b>青禾开源 Qinghe 系列</b>\nAI 日报 · 2026-03-09",
        '<b><a href="https://news1.example.cn/a/1">青禾实验室发布 Qinghe-1</a></b>\n'
        "青禾实验室发布第 1 代模型。\n• 第 1 条解读。\n<i>影响：开源模型再添一员。</i>",
        '<b><a href="https://news2.example.cn/a/2">青禾实验室发布 Qinghe-2</a></b>\n'
        "青禾实验室发布第 2 代模型。\n• 第 2 条解读。",
        '<b>更多动态</b>\n• <a href="https://news9.example.cn/a/9">云杉芯片量产</a>',
        f'<a href="{PAGE}">全文与来源</a>',
    ]


def test_a_headline_with_markup_characters_is_escaped_in_telegram_html() -> None:
    story_block = message_blocks(edition(with_stories(story(1, headline=MARKED_UP))))[1]

    assert story_block.startswith(
        '<b><a href="https://news1.example.cn/a/1">'
        "青禾 &lt;Qinghe-7B&gt; &quot;开源&quot; [beta] &amp; @all</a></b>\n"
    )


# Chat webhooks: each service's markup; insights and impact for the top stories only


def chat_blocks(kind: str, digest: Digest | None = None) -> list[str]:
    """What the webhook posts for each block, before it packs them into messages."""
    channel = WebhookChannel(id="team", kind=kind, url="https://hook.example.org/send")
    return [part.text for part in WebhookPublisher(channel).parts(edition(digest))]


def test_chat_draws_the_title_the_stories_the_one_liners_and_the_page() -> None:
    # No dateline: each message's heading carries the label and the day.
    assert chat_blocks("discord") == [
        "青禾开源 Qinghe 系列",
        "**[青禾实验室发布 Qinghe-1](https://news1.example.cn/a/1)**\n"
        "青禾实验室发布第 1 代模型。\n• 第 1 条解读。\n影响：开源模型再添一员。",
        "**[青禾实验室发布 Qinghe-2](https://news2.example.cn/a/2)**\n"
        "青禾实验室发布第 2 代模型。\n• 第 2 条解读。",
        "**更多动态**\n• [云杉芯片量产](https://news9.example.cn/a/9)",
        f"[全文与来源]({PAGE})",
    ]


#: The headline in each chat markup: its special characters escaped (or replaced by
#: look-alikes where the markup has no escapes), linked, strong, and its @ unable to ping.
CHAT_HEADLINES = {
    "feishu": (
        '<https://news1.example.cn/a/1|青禾 &lt;Qinghe-7B&gt; "开源" [beta] &amp; @\u200ball>'
    ),
    "dingtalk": (
        '#### [青禾 ＜Qinghe-7B＞ "开源" ［beta］ & @\u200ball](https://news1.example.cn/a/1)'
    ),
    "wecom": (
        '**[青禾 ＜Qinghe-7B＞ "开源" ［beta］ & @\u200ball](https://news1.example.cn/a/1)**'
    ),
    "slack": (
        '*<https://news1.example.cn/a/1|青禾 &lt;Qinghe-7B&gt; "开源" [beta] &amp; @\u200ball>*'
    ),
    "discord": (
        '**[青禾 \\<Qinghe-7B\\> "开源" \\[beta\\] & @\u200ball](https://news1.example.cn/a/1)**'
    ),
}


@pytest.mark.parametrize("kind", sorted(CHAT_HEADLINES))
def test_a_headline_with_markup_characters_is_escaped_in_each_chat_markup(kind: str) -> None:
    story_block = chat_blocks(kind, with_stories(story(1, headline=MARKED_UP)))[1]

    assert story_block.split("\n")[0] == CHAT_HEADLINES[kind]


def test_chat_tells_insights_and_impact_for_the_top_stories_only_telegram_for_all() -> None:
    n = INSIGHT_STORIES + 2
    leads = [story(k, impact=f"第 {k} 条影响。") for k in range(1, n + 1)]
    digest = with_stories(*leads)
    chat = "\n\n".join(chat_blocks("wecom", digest))
    telegram = "\n\n".join(message_blocks(edition(digest)))

    def told(text: str) -> list[tuple[bool, bool]]:
        return [(f"第 {k} 条解读。" in text, f"第 {k} 条影响。" in text) for k in range(1, n + 1)]

    assert told(chat) == [(True, True)] * INSIGHT_STORIES + [(False, False)] * 2
    assert all(lead.summary in chat for lead in leads)
    assert told(telegram) == [(True, True)] * n
