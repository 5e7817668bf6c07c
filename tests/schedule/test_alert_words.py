"""An alert speaks its digest's language: the editors of a Chinese digest read its
failures and drafts in Chinese, as they read its pages; an English digest's stay
English, and the server's log, which is English throughout, can have any in English."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

import pytest

from newsdesk.config import DigestConfig, parse_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.publish import PublishError
from newsdesk.publish.telegram import TelegramChannel, TelegramPublisher
from newsdesk.schedule._alerts import draft_text, failed_text, published_text

DAY = date(2026, 5, 14)
SLOT = datetime(2026, 5, 14, 14, 30, tzinfo=UTC)  # 22:30 in Shanghai
HAN = re.compile(r"[\u4e00-\u9fff]")


def digest(language: str, publish: str = "") -> DigestConfig:
    text = (
        f"digests:\n  - {{name: d, title: D, language: {language}, review: required, "
        f'schedule: "30 22 * * *", auto_publish_after: 2h{publish}}}\n'
    )
    return parse_config(text, env={}).digests[0]


def test_a_chinese_digests_alerts_are_chinese() -> None:
    zh = digest("zh")
    failed = failed_text(zh, DAY, SLOT, "every source failed to fetch: a (timeout)")
    draft = draft_text(zh, DAY, 2, "https://desk.example/review", SLOT)

    assert failed.startswith("d 2026-05-14 的定时运行（Asia/Shanghai 时间 2026-05-14 22:30）失败：")
    assert "失败：所有来源都抓取失败：a（timeout）\n" in failed  # words nobody wrote for: as is
    assert "没有发布任何内容。" in failed and "`newsdesk run --date 2026-05-14`" in failed
    assert draft.startswith("d 2026-05-14 的草稿（第 2 版）已可审阅：https://desk.example/review")
    assert draft.endswith("如果没有编辑处理，它将在 Asia/Shanghai 时间 2026-05-14 22:30 原样发布。")
    assert published_text(zh, DAY, 2) == (
        "d 2026-05-14 的草稿在 2h 内无人处理：第 2 版已由调度器批准，原样留在网站上；"
        "没有配置发布渠道，所以没有发送。"
    )


def test_an_english_digests_alerts_are_english_and_any_can_be_said_in_english() -> None:
    en, zh = digest("en"), digest("zh")
    for text in (
        failed_text(en, DAY, SLOT, "the run stopped"),
        draft_text(en, DAY, 2, "", None),
        published_text(en, DAY, 2),
        failed_text(zh, DAY, SLOT, "the run stopped", language="en"),
        draft_text(zh, DAY, 2, "", SLOT, language="en"),
        published_text(zh, DAY, 2, language="en"),
    ):
        assert not HAN.search(text), text
    assert failed_text(en, DAY, SLOT, "x").startswith(
        "The scheduled run of d 2026-05-14 (2026-05-14 22:30 (Asia/Shanghai)) failed: x"
    )


def test_a_chinese_alert_says_the_reason_the_scheduler_recorded_in_chinese() -> None:
    """The scheduler records its reasons in English (the log, `newsdesk schedule`); the
    alert of a Chinese digest reads each back, a reason inside a reason too, and leaves
    the words of a source or a channel, which it does not know, as they are."""
    zh = digest("zh")
    said = [
        ("no story of 2026-05-14 made it into the digest", "2026-05-14 没有新闻进入日报"),
        (
            "the verifier dropped 5 of the 8 claims written (numbers, names, links) that its "
            "sources do not support",
            "核查删去了写出的 8 处说法（数字、名称、链接）中的 5 处：来源不支持它们",
        ),
        (
            "publishing the draft nobody acted on failed: publishing failed: tg: failed (HTTP 401)",
            "发布无人处理的草稿失败：发布失败：tg：失败（HTTP 401）",
        ),
        (
            "the run stopped: the LLM is required; run late, on start: no scheduler was running "
            "when it fired",
            "运行中止：the LLM is required；启动时补跑：定时触发时没有调度器在运行",
        ),
        (
            "its run stopped before it finished (host 12 ab) over a day ago",
            "它的运行在完成前停止（host 12 ab），已超过一天",
        ),
        ("a reason nobody wrote a shape for", "a reason nobody wrote a shape for"),
    ]
    for recorded, chinese in said:
        assert f"失败：{chinese}\n" in failed_text(zh, DAY, SLOT, recorded), recorded
        assert f"failed: {recorded}\n" in failed_text(zh, DAY, SLOT, recorded, language="en")


def refusal(status: int, body: dict[str, Any]) -> str:
    """What a Telegram channel says when a real server (standing in for the Bot API on
    127.0.0.1) answers ``status`` with ``body``."""
    routes = {"/botTOKEN/sendMessage": Reply(status, json.dumps(body).encode())}
    with LocalServer(routes) as server:  # type: ignore[arg-type]
        config = TelegramChannel(
            id="tg", kind="telegram", bot_token="TOKEN", chat_id="@ai_daily_test",
            api_base=server.url(""),
        )  # fmt: skip
        publisher = TelegramPublisher(config)
        with pytest.raises(PublishError) as refused:
            publisher.alert("D · newsdesk", "text")
        return publisher.said(refused.value)


def test_a_sources_or_a_channels_own_error_is_worded_in_chinese_its_details_kept() -> None:
    """The editor of a Chinese digest reads why a source or a channel failed in Chinese;
    the technical detail (the address, the status code, the chat) stays, so that the
    operator can still act on it."""
    zh = digest("zh")
    fetched = (
        "every source failed to fetch: a (HTTP 503 Service Unavailable from "
        "https://feeds.example.com/rss after 3 attempts); b (could not connect to "
        "feeds.example.org: the host name does not resolve (check the URL, or the network))"
        "; and 2 more"
    )
    alert = failed_text(zh, DAY, SLOT, fetched)
    assert (
        "失败：所有来源都抓取失败：a（https://feeds.example.com/rss 返回 HTTP 503 Service "
        "Unavailable（已试 3 次）；网站出了问题" in alert
    )
    assert (
        "b（无法连接 feeds.example.org：域名无法解析（检查 url 或网络））；另有 2 个来源\n" in alert
    )

    token = refusal(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    chat = refusal(
        400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
    )
    smtp = "the SMTP server refused: editor@desk.example"
    published = (
        f"publishing failed: tg: failed ({token}); tg2: failed ({chat}); mail: failed ({smtp})"
    )
    alert = failed_text(zh, DAY, SLOT, published)
    assert (
        "发布失败：tg：失败（Telegram 不认这个机器人（聊天 @ai_daily_test）：Unauthorized。"
        "检查 bot_token）" in alert
    )
    assert (
        "tg2：失败（Telegram 拒收了消息（聊天 @ai_daily_test）：Bad Request: chat not found。"
        in alert
    )
    assert "mail：失败（SMTP 服务器拒收了这些收件人：editor@desk.example）\n" in alert
    for english in ("could not connect", "refused", "failed", "check chat_id", "Telegram send"):
        assert english not in alert, english


def test_a_draft_with_a_page_to_open_is_approved_there_not_by_a_command() -> None:
    en, zh = digest("en"), digest("zh")
    page = "https://desk.example/review?digest=d&date=2026-05-14"
    assert draft_text(en, DAY, 2, page, None) == (
        f"The draft of d 2026-05-14 (revision 2) is ready for review: {page}\n"
        "Approve it and publish it there."
    )
    assert draft_text(zh, DAY, 2, page, None) == (
        f"d 2026-05-14 的草稿（第 2 版）已可审阅：{page}\n在那里批准并发布。"
    )
    assert "`newsdesk edition approve --digest d --date 2026-05-14`" in draft_text(
        en, DAY, 2, "", None
    )  # no page: the commands that do it
