"""`edition show` prints the editors' and the approver's times in the digest's zone,
named by its offset: a Shanghai desk reads its own clock, not UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from newsdesk._console import edition_lines
from newsdesk.core import EditionEntry, EditionView, LeftOut
from newsdesk.model import EditionStatus, EditorAction, EditorVerb, Phrase

DAY = date(2026, 5, 14)
AT = datetime(2026, 5, 14, 2, 5, tzinfo=UTC)


def _view(zone: str) -> EditionView:
    pinned = Phrase("pinned", "pinned by ana on 2026-05-14 02:05 UTC", (("who", "ana"), ("at", AT)))
    dropped = Phrase(
        "dropped", "dropped by ana on 2026-05-14 02:05 UTC", (("who", "ana"), ("at", AT))
    )
    return EditionView(
        digest="ai-ribao",
        day=DAY,
        revision=2,
        status=EditionStatus.APPROVED,
        lead=(EditionEntry("s1", "启明芯发布训练芯片", "pinned", pinned.text, phrases=(pinned,)),),
        more=(),
        left_out=(LeftOut("s2", "一篇教程", "dropped", dropped.text, (dropped,)),),
        actions=(
            EditorAction("ai-ribao", DAY, EditorVerb.PIN, "s1", None, "ana", AT),
            EditorAction("ai-ribao", DAY, EditorVerb.DROP, "s2", None, "ana", AT),
        ),
        approved_by="lin",
        approved_at=AT,
        zone=zone,
    )


def test_times_are_in_the_digests_zone_with_its_offset() -> None:
    text = "\n".join(edition_lines(_view("Asia/Shanghai")))

    assert "Approved by lin at 2026-05-14 10:05 UTC+08:00" in text
    assert "pinned by ana on 2026-05-14 10:05 UTC+08:00" in text
    assert "dropped by ana on 2026-05-14 10:05 UTC+08:00" in text
    assert "2026-05-14 10:05 UTC+08:00 ana: drop s2" in text
    assert "02:05" not in text


def test_a_digest_kept_in_utc_says_utc() -> None:
    text = "\n".join(edition_lines(_view("UTC")))

    assert "Approved by lin at 2026-05-14 02:05 UTC\n" in text + "\n"
    assert "pinned by ana on 2026-05-14 02:05 UTC" in text
    assert "2026-05-14 02:05 UTC ana: pin s1" in text
