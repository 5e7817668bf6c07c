"""Where `edition show` says a revision stands: the state readers would find."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk._console import edition_lines
from newsdesk.core import EditionView
from newsdesk.model import EditionStatus


def view(status: EditionStatus, *, on_site: bool) -> EditionView:
    return EditionView(
        digest="robotics-weekly",
        day=date(2026, 3, 9),
        revision=2,
        status=status,
        lead=(),
        more=(),
        left_out=(),
        actions=(),
        on_site=on_site,
    )


@pytest.mark.parametrize(
    ("status", "on_site", "said"),
    [
        (EditionStatus.DRAFT, False, "draft"),
        (
            EditionStatus.DRAFT,
            True,
            "on the site (a draft: this digest's review is not required)",
        ),
        (EditionStatus.APPROVED, False, "approved"),
        (EditionStatus.APPROVED, True, "approved, on the site"),
        (EditionStatus.PUBLISHED, True, "published"),
    ],
)
def test_the_heading_says_the_state_readers_would_find(
    status: EditionStatus, on_site: bool, said: str
) -> None:
    heading = edition_lines(view(status, on_site=on_site))[0]

    assert heading == f"robotics-weekly 2026-03-09 — revision 2, {said}"


def test_an_empty_list_says_none_under_its_heading_as_each_of_them_does() -> None:
    """A day with no candidate left out: "Left out:" and "(none)", as lead and more
    news say theirs, not a heading "Left out (0):" with nothing under it."""
    lines = edition_lines(view(EditionStatus.DRAFT, on_site=False))

    assert lines[2:] == ["Lead:", "  (none)", "More news:", "  (none)", "Left out:", "  (none)"]
