"""``sources check`` on a narrow terminal: the table leaves out its reason column, so
the lines under it say every reason, a warning of a source that worked included."""

from __future__ import annotations

from newsdesk._console import check_table, diagnosis_lines
from newsdesk.config import Config
from newsdesk.model import Outcome, SourceReport

CONFIG = Config.model_validate(
    {
        "sources": [
            {"id": "hn", "kind": "hackernews", "name": "Hacker News"},
            {"id": "wire", "kind": "feed", "url": "https://wire.example/feed.xml"},
        ]
    }
)
REPORTS = [
    SourceReport("hn", Outcome.OK, entries=29, warnings=("1 of 30 stories could not be read",)),
    SourceReport("wire", Outcome.OK, entries=12),
]


def test_a_warning_is_a_note_under_the_table_only_when_the_table_has_no_reasons() -> None:
    noted = [line.plain for line in diagnosis_lines(REPORTS, [], CONFIG, notes=True)]
    quiet = [line.plain for line in diagnosis_lines(REPORTS, [], CONFIG)]

    assert noted == ["Hacker News (hn, hackernews)", "  note:  1 of 30 stories could not be read"]
    assert quiet == []  # the table's reason column says it


def test_the_table_without_reasons_has_no_reason_column() -> None:
    assert [c.header for c in check_table(REPORTS, CONFIG).columns][-1] == "reason"
    assert "reason" not in [c.header for c in check_table(REPORTS, CONFIG, reasons=False).columns]
