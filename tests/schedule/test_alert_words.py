"""An alert speaks its digest's language: the editors of a Chinese digest read its
failures and drafts in Chinese, as they read its pages; an English digest's stay
English, and the server's log, which is English throughout, can have any in English."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from newsdesk.config import DigestConfig, parse_config
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
    assert "失败：所有来源都抓取失败：a (timeout)\n" in failed  # a source's own error as it is
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
            "发布无人处理的草稿失败：发布失败：tg: failed (HTTP 401)",
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
