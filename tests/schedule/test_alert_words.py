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
    assert "every source failed to fetch: a (timeout)" in failed  # the reason as the core said
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
