"""What `publish` and `run` print for each channel: a draft held for review is said once
for every channel it holds, not once per channel; failures each keep their own line."""

from __future__ import annotations

from datetime import date

from newsdesk._console import publication_lines
from newsdesk.model import Publication, PublicationStatus

DAY = date(2026, 5, 14)
WAITING = (
    "revision 2 is a draft and the digest's review is required. Look at it with "
    "`newsdesk edition show --digest ai-ribao --date 2026-05-14`, then approve it."
)


def _held(channel: str, digest: str = "ai-ribao") -> Publication:
    return Publication(
        digest, DAY, channel, PublicationStatus.AWAITING_APPROVAL, error=WAITING, revision=2
    )


def test_the_channels_of_a_draft_awaiting_approval_share_one_line() -> None:
    lines = [str(line) for line in publication_lines([_held("hugo"), _held("tg"), _held("hook")])]

    assert lines == [
        "… ai-ribao 2026-05-14 revision 2 waits for an editor's approval; not sent to hugo, tg, "
        f"hook: {WAITING}"
    ]


def test_each_digest_is_held_on_its_own_line_and_a_published_channel_keeps_its_own() -> None:
    published = Publication(
        "ai-daily", DAY, "hugo", PublicationStatus.PUBLISHED, external_ids=("posts/a.md",)
    )
    lines = [
        str(line)
        for line in publication_lines([_held("hugo"), published, _held("tg"), _held("tg", "ai-en")])
    ]

    assert lines == [
        "… ai-ribao 2026-05-14 revision 2 waits for an editor's approval; not sent to hugo, "
        f"tg: {WAITING}",
        "✓ ai-daily 2026-05-14 -> hugo: published (posts/a.md)",
        f"… ai-en 2026-05-14 revision 2 waits for an editor's approval; not sent to tg: {WAITING}",
    ]


def test_channels_that_failed_for_different_reasons_keep_a_line_each() -> None:
    failed = [
        Publication(
            "ai-ribao", DAY, "tg", PublicationStatus.FAILED, error="HTTP 401 from Telegram"
        ),
        Publication("ai-ribao", DAY, "hook", PublicationStatus.FAILED, error="HTTP 500 from hook"),
    ]

    lines = [str(line) for line in publication_lines(failed)]

    assert lines == [
        "✗ ai-ribao 2026-05-14 -> tg: failed: HTTP 401 from Telegram",
        "✗ ai-ribao 2026-05-14 -> hook: failed: HTTP 500 from hook",
    ]


def test_a_digest_is_named_by_its_title_with_its_key_in_brackets() -> None:
    """The editor knows the digest as "AI 日报"; the key stays for the commands."""
    published = Publication(
        "ai-ribao", DAY, "hugo", PublicationStatus.PUBLISHED, external_ids=("posts/a.md",)
    )
    failed = Publication("ai-ribao", DAY, "tg", PublicationStatus.FAILED, error="HTTP 401")
    untitled = Publication("ai-en", DAY, "tg", PublicationStatus.ALREADY_PUBLISHED)
    titles = {"ai-ribao": "AI 日报", "ai-en": "ai-en"}

    lines = [
        str(line)
        for line in publication_lines([published, failed, _held("hook"), untitled], titles)
    ]

    assert lines == [
        "✓ AI 日报 (ai-ribao) 2026-05-14 -> hugo: published (posts/a.md)",
        "✗ AI 日报 (ai-ribao) 2026-05-14 -> tg: failed: HTTP 401",
        "… AI 日报 (ai-ribao) 2026-05-14 revision 2 waits for an editor's approval; not sent "
        f"to hook: {WAITING}",
        "· ai-en 2026-05-14 -> tg: already published (use --force to post again)",
    ]
