"""Telegram: the cover as a photo with a caption, then HTML messages split between stories,
against a local server standing in for the Bot API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bot_api import BotAPI, form, telegram
from publish_helpers import edition, with_title

from newsdesk._jsonout import to_json
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import MoreLine, work_error_phrase
from newsdesk.publish import OutcomeUnknown, PublishError, publish_edition
from newsdesk.publish.files import FilesChannel, FilesPublisher
from newsdesk.publish.telegram import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    TelegramChannel,
    TelegramPublisher,
)
from newsdesk.store import open_store
from newsdesk.web._schemas import PublicationOut
from newsdesk.web._strings import phrased, strings

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)


@pytest.fixture
def api() -> Iterator[BotAPI]:
    bot = BotAPI()
    with bot.server:
        yield bot


def test_the_cover_goes_first_as_a_photo_then_the_digest(api: BotAPI) -> None:
    ids = telegram(api).publish(edition())
    paths = [r.path for r in api.server.requests]
    assert paths == ["/botTOKEN/sendPhoto", "/botTOKEN/sendMessage"]
    photo = api.server.requests[0]
    assert b'name="photo"; filename="cover.png"' in photo.body
    assert b"<b>\xe5\x85\x89" in photo.body  # the caption's bold title, in HTML
    message = form(api.server.requests[1])
    assert message["parse_mode"] == "HTML" and message["chat_id"] == "@ai_daily_test"
    assert (
        '<b><a href="https://news1.example.cn/a/1">第 1 条：光年智能发布 Lumen-1</a></b>'
        in message["text"]
    )
    assert "https://daily.example.org/ai-ribao/2026-05-14/" in message["text"]
    assert ids == ["@ai_daily_test:101", "@ai_daily_test:102"]


def test_a_digests_notice_is_said_once_under_the_title_before_the_stories(api: BotAPI) -> None:
    """An edition told only in another language says so above its headlines, as the
    e-mail and the page do; the channel's reader would otherwise see bare headlines."""
    notice = "以下 3 条新闻目前只有英文报道，本期未作翻译，标题链接原文。"
    plain = edition(cover=None)
    telegram(api).publish(replace(plain, digest=replace(plain.digest, notice=notice)))

    text = form(api.server.requests[0])["text"]
    assert text.count(notice) == 1
    assert f"<i>{notice}</i>" in text
    assert text.index(notice) < text.index("第 1 条：光年智能发布 Lumen-1")


def test_a_long_digest_is_split_between_stories_within_the_limit(api: BotAPI) -> None:
    telegram(api).publish(edition(30, summary="光年智能的长摘要。" * 40, cover=None))
    texts = [form(r)["text"] for r in api.server.requests]
    assert len(texts) > 1
    assert all(len(t) <= MESSAGE_LIMIT for t in texts)
    for text in texts:  # every story keeps its headline and its summary together
        for block in text.split("\n\n"):
            if block.startswith("<b><a href"):
                assert "光年智能的长摘要" in block


def test_the_caption_stays_within_telegrams_limit(api: BotAPI) -> None:
    long = with_title(edition(), "很长的标题" * 300)
    telegram(api).publish(long)
    body = api.server.requests[0].body.decode("utf-8", errors="replace")
    caption = body.split('name="caption"')[1].split("\r\n\r\n", 1)[1].split("\r\n--", 1)[0]
    assert len(caption) <= CAPTION_LIMIT and "…</b>" in caption


def test_feed_text_is_escaped_for_telegram_html(api: BotAPI) -> None:
    hostile = with_title(edition(cover=None), "<script>alert(1)</script> & co")
    telegram(api).publish(hostile)
    text = form(api.server.requests[0])["text"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in text and "<script>" not in text


def test_an_api_error_says_what_to_check(api: BotAPI) -> None:
    api.fail_with = (403, "Forbidden: bot is not a member of the channel chat")
    with pytest.raises(PublishError, match=r"not a member.*check chat_id"):
        telegram(api).publish(edition())


def test_flood_control_is_waited_out_as_the_bot_api_asks(api: BotAPI) -> None:
    api.rate_limited, api.retry_after = 1, 3
    slept: list[float] = []

    ids = telegram(api, sleep=slept.append).publish(edition())

    assert slept == [3.0]
    assert api.calls[:2] == ["sendPhoto", "sendPhoto"]  # the same photo, sent once more
    assert len(ids) == len(api.calls) - 1


def test_flood_control_that_lasts_is_refused_not_unknown(api: BotAPI) -> None:
    api.rate_limited = 10
    slept: list[float] = []

    with pytest.raises(PublishError, match="Too Many Requests") as raised:
        telegram(api, sleep=slept.append).publish(edition())
    assert not isinstance(raised.value, OutcomeUnknown)  # a 429 was certainly not posted
    assert slept == [3.0, 3.0] and api.calls == ["sendPhoto"] * 3


def test_a_link_that_is_not_a_web_link_is_sent_as_text(api: BotAPI) -> None:
    value = edition(cover=None)
    first = value.digest.sections[0].entries[0]
    broken = replace(first, url="javascript:alert(1)")
    section = replace(value.digest.sections[0], entries=(broken,))
    telegram(api).publish(replace(value, digest=replace(value.digest, sections=(section,))))
    text = form(api.server.requests[0])["text"]
    assert "javascript:" not in text and "<b>第 1 条：光年智能发布 Lumen-1</b>" in text


def test_a_publish_counts_the_messages_telegram_sends_not_the_stories_they_carry(
    api: BotAPI, tmp_path: Path
) -> None:
    """The photo went out, the one message of every story met a 500: the user is told of
    2 messages, as the chat shows them, while the record keeps its parts."""
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    api.fail_after = 1

    [first] = publish_edition(store, [telegram(api)], edition(), NOW, force=False)

    assert first.status == "unknown"
    assert (first.parts_posted, first.parts) == (1, first.parts_unknown + 1)
    assert first.parts > 2
    assert (first.error or "").startswith("1 of 2 messages may or may not have been posted (")
    # the JSON of `publish --json` and the API names the counts for what they count
    said = to_json(first)
    assert (said["parts"], said["parts_posted"], said["parts_unknown"]) == (
        first.parts,
        1,
        first.parts - 1,
    )
    assert "posted" not in said and "unknown" not in said
    assert set(said) == set(PublicationOut.model_fields) - {"error_said"}  # the API adds it
    store.close()


def test_a_server_error_half_way_is_unknown_and_the_rest_is_posted_once(
    api: BotAPI, tmp_path: Path
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    api.fail_after = 1  # the photo goes through; the first message meets a 500

    [first] = publish_edition(store, [telegram(api)], edition(), NOW, force=False)
    api.fail_after = None
    [again] = publish_edition(store, [telegram(api)], edition(), NOW, force=False)

    assert first.status == "unknown" and "Internal Server Error" in (first.error or "")
    assert again.status == "unknown" and again.parts_posted == 1  # the photo
    assert again.parts_unknown == again.parts - 1  # the stories of the first message
    paths = [r.path for r in api.server.requests]
    assert paths == ["/botTOKEN/sendPhoto", "/botTOKEN/sendMessage"]  # nothing posted twice
    [forced] = publish_edition(store, [telegram(api)], edition(), NOW, force=True)
    assert forced.status == "published" and len(api.server.requests) == 3
    store.close()


@pytest.mark.parametrize("status", [404, 405, 501])
def test_an_answer_that_says_no_or_not_implemented_is_failed_not_maybe_posted(
    status: int, tmp_path: Path
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    with LocalServer({"/botTOKEN/sendMessage": Reply(status, b"<html>Nope</html>")}) as server:
        config = TelegramChannel(
            id="tg", kind="telegram", bot_token="TOKEN", chat_id="@c", api_base=server.url("")
        )
        [tg] = publish_edition(
            store, [TelegramPublisher(config)], edition(cover=None), NOW, force=False
        )

    assert tg.status == "failed" and tg.parts_unknown == 0
    assert tg.parts > 1  # the title and each story, in one message
    assert tg.error is not None and tg.error.startswith("0 of 1 messages posted.")
    assert "may or may not" not in tg.error
    store.close()


# Answers that are not Bot API replies, and the channels after them

MALFORMED = {
    "html from a proxy": Reply(502, b"<html>Bad Gateway</html>"),
    "empty body": Reply(200, b""),
    "a JSON list": Reply(200, b"[]"),
    "ok without a result": Reply(200, b'{"ok": true}'),
    "a result that is a list": Reply(200, b'{"ok": true, "result": []}'),
    "a message id that is text": Reply(200, b'{"ok": true, "result": {"message_id": "x"}}'),
}


@pytest.mark.parametrize("reply", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_reply_is_a_clear_error_and_later_channels_still_publish(
    reply: Reply, tmp_path: Path
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    files = FilesPublisher(FilesChannel(id="hugo", kind="files", dir="posts"), tmp_path)
    with LocalServer({"/botTOKEN/sendMessage": reply}) as server:
        config = TelegramChannel(
            id="tg", kind="telegram", bot_token="TOKEN", chat_id="@c", api_base=server.url("")
        )
        tg, hugo = publish_edition(
            store, [TelegramPublisher(config), files], edition(cover=None), NOW, force=False
        )

    assert tg.status == "unknown"  # the message may be in the chat: not posted again
    assert tg.error is not None and "Telegram sendMessage to @c" in tg.error
    assert "--force" in tg.error
    said = _in_chinese(tg.error)  # as the review page's channels panel says it
    assert re.match(r"\d+ 条消息中有 \d+ 条可能已经发出，也可能没有（Telegram（聊天 @c）", said)
    assert "拒收" not in said
    assert hugo.status == "published"
    store.close()


# Splitting never cuts inside a tag


class _Tags(HTMLParser):
    """The tags of a message, checked to be Telegram's and balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ("a", "b", "i"), tag
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, tag


def well_formed(text: str) -> bool:
    tags = _Tags()
    tags.feed(text)
    tags.close()
    return not tags.open


def test_a_story_over_the_limit_is_cut_with_an_ellipsis_inside_one_message(api: BotAPI) -> None:
    value = edition(4, cover=None)
    long = replace(value.digest.entries[1], summary="光年智能的<长>摘要&" * 900)
    section = replace(value.digest.sections[0], entries=(value.digest.entries[0], long))
    telegram(api).publish(replace(value, digest=replace(value.digest, sections=(section,))))

    texts = [form(r)["text"] for r in api.server.requests]
    assert all(len(t) <= MESSAGE_LIMIT and well_formed(t) for t in texts)
    [holding] = [t for t in texts if "Lumen-2</a></b>" in t]
    assert "光年智能的&lt;长&gt;摘要&amp;" in holding and "…" in holding


def test_many_long_one_liners_are_split_between_whole_links(api: BotAPI) -> None:
    value = edition(2, cover=None)
    more = tuple(
        MoreLine(
            f"m{n}", f"第 {n} 条动态 <b>" + "很长" * 40, f"https://m.example.cn/{n}", "offline"
        )
        for n in range(200)
    )
    telegram(api).publish(replace(value, digest=replace(value.digest, more=more)))

    texts = [form(r)["text"] for r in api.server.requests]
    assert len(texts) > 2
    assert all(len(t) <= MESSAGE_LIMIT and well_formed(t) for t in texts)
    assert sum(t.count('<a href="https://m.example.cn/') for t in texts) == 200


def test_an_alert_is_one_html_message_with_its_text_escaped(api: BotAPI) -> None:
    publisher = telegram(api)

    posted = publisher.alert("AI 日报 · newsdesk", "The run failed: <b>every source</b> & more")

    assert api.calls == ["sendMessage"]
    sent = form(api.server.requests[0])
    assert sent["text"] == (
        "<b>AI 日报 · newsdesk</b>\nThe run failed: &lt;b&gt;every source&lt;/b&gt; &amp; more"
    )
    assert sent["parse_mode"] == "HTML" and posted.endswith(":101")


def _in_chinese(error: PublishError | str) -> str:
    """A channel's failure as the desk's pages word it in Chinese: the run page, the
    channels panel and the Publish pop-up read the English back into its kind."""
    return phrased((work_error_phrase(str(error)),), strings("zh"), ZoneInfo("UTC"))


def test_a_refused_or_unreachable_bot_is_worded_in_chinese(api: BotAPI) -> None:
    api.fail_with = (403, "Forbidden: bot is not a member of the channel chat")
    with pytest.raises(PublishError) as refused:
        telegram(api).publish(edition())
    api.fail_with = (401, "Unauthorized")
    with pytest.raises(PublishError) as token:
        telegram(api).publish(edition())
    closed = TelegramChannel(
        id="tg", kind="telegram", bot_token="TOKEN", chat_id="@ai_daily_test",
        api_base="http://127.0.0.1:9/",
    )  # fmt: skip
    with pytest.raises(PublishError) as unreached:
        TelegramPublisher(closed, sleep=lambda _: None).publish(edition())

    assert _in_chinese(refused.value) == (
        "Telegram 拒收了消息（聊天 @ai_daily_test）：Forbidden: bot is not a member of the "
        "channel chat。机器人是不是这个聊天的成员或管理员？检查 chat_id"
    )
    assert _in_chinese(token.value) == (
        "Telegram 不认这个机器人（聊天 @ai_daily_test）：Unauthorized。检查 bot_token"
    )
    assert _in_chinese(unreached.value).startswith("无法连接 Telegram（聊天 @ai_daily_test）：")
    assert _in_chinese(unreached.value).endswith("。检查网络和 api_base")


def test_a_group_upgraded_to_a_supergroup_is_told_its_new_chat_id(api: BotAPI) -> None:
    """Telegram gives a group a new id when it becomes a supergroup (as a group does once
    it grows or turns on a public link) and refuses the old one; its answer names the new
    id, and nowhere else does a group's owner see it, so the error passes it on."""
    api.fail_with = (400, "Bad Request: group chat was upgraded to a supergroup chat")
    api.fail_parameters = {"migrate_to_chat_id": -1001234567890}
    with pytest.raises(PublishError) as refused:
        telegram(api).publish(edition())

    assert str(refused.value).endswith(
        "Bad Request: group chat was upgraded to a supergroup chat (its chat_id is now "
        '"-1001234567890": set it on the channel)'
    )
    assert "member/admin" not in str(refused.value)  # the bot is in the group: not the cause
    assert _in_chinese(refused.value) == (
        "Telegram 拒收了消息（聊天 @ai_daily_test）：Bad Request: group chat was upgraded to "
        'a supergroup chat。这个群已升级为超级群，chat_id 变成了 "-1001234567890"：'
        "在配置里把这个渠道的 chat_id 改成它"
    )
