"""Chat renderers turn any feed text into inert text: Telegram HTML that is well formed
with only the tags we write, Discord Markdown and Slack mrkdwn whose every special
character is escaped and that read back as the text itself (hypothesis)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from webhook_helpers import digest, edition, story

from newsdesk.model import MoreLine
from newsdesk.publish._chat import _Discord, _plain, _Slack
from newsdesk.publish.telegram import MESSAGE_LIMIT, message_blocks
from newsdesk.render import Block, Line, Role, Span

PIECES = [
    *["<b>", "</b>", "<a href='x'>", "</a>", "<i>", "&amp;", "&", "<", ">", '"', "'"],
    *["**", "__", "~~", "`", "||", "[x](javascript:1)", "]", "(", ")", "\\", "|", "*", "_"],
    *["@everyone", "@here", "<@U123>", "<!channel>", "<https://x.example|y>", "\n", "\u202e"],
]
HOSTILE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=20).map(
    "".join
)


class _Tags(HTMLParser):
    """Telegram's tags, balanced, and the text between them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ("a", "b", "i"), tag
        if tag == "a":
            assert [k for k, _ in attrs] == ["href"]
            assert (dict(attrs)["href"] or "").startswith(("https://", "http://"))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@settings(max_examples=200, deadline=None)
@given(HOSTILE)
def test_telegram_html_is_well_formed_and_shows_feed_text_as_text(value: str) -> None:
    lead = story(1, headline=value, summary=value)
    lead = replace(lead, insights=(value,), impact=value)
    more = (MoreLine("s9", value, "https://news9.example.cn/a/9", "offline"),)
    hostile = edition(replace(digest([lead], more=more), title=value))

    shown = []
    for block in message_blocks(hostile):  # the title, the story, the one-liner, the page
        assert len(block) <= MESSAGE_LIMIT
        tags = _Tags()
        tags.feed(block)
        tags.close()
        assert tags.open == []
        shown.append("".join(tags.text))
    assert value in shown[0] and value in shown[1] and value in shown[2]  # whole, as text


#: A Discord Markdown character not escaped by an odd run of backslashes.
_DISCORD_ACTIVE = re.compile(r"(?<!\\)(?:\\\\)*([*_~`|<>\[\]])")


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_discord_text_escapes_every_markdown_character_and_reads_back(value: str) -> None:
    plain = _plain(value)
    escaped = _Discord("", float).escape(plain)
    assert not _DISCORD_ACTIVE.search(escaped)
    assert re.sub(r"\\(.)", r"\1", escaped) == plain
    assert "@everyone" not in plain and "@here" not in plain


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_slack_text_has_no_control_sequence_and_reads_back(value: str) -> None:
    plain = _plain(value)
    escaped = _Slack("", float).escape(plain)
    assert "<" not in escaped and ">" not in escaped
    assert not re.search(r"&(?!amp;|lt;|gt;)", escaped)
    assert html.unescape(escaped) == plain


@settings(max_examples=100, deadline=None)
@given(HOSTILE)
def test_a_discord_story_has_exactly_the_markup_we_write(value: str) -> None:
    headline = Line(Role.HEADLINE, (Span(value, "https://news1.example.cn/a/1"),))
    block = _Discord("", float).render(Block((headline,)))
    assert "".join(_DISCORD_ACTIVE.findall(block)) == "**[]**"  # bold and the link only
    assert block.startswith("**[") and block.endswith("](https://news1.example.cn/a/1)**")
