"""verify: each draft checked against its reports and stored as its edition's revision."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.config import Config
from newsdesk.model import EditionStatus
from newsdesk.stages.verify import Verified, Verify
from newsdesk.stages.write import Drafts, Write
from newsdesk.store import SqlStore

from .seeded_day import SELECTED, context, run, through


def test_a_supported_draft_is_stored_with_its_report(day_store: SqlStore, config: Config) -> None:
    ctx = through((*SELECTED, Write()), context(day_store, config))

    result = run(Verify(), ctx)

    assert isinstance(result.output, Verified)
    [digest] = result.output.digests
    assert digest.verification.claims > 0 and digest.verification.issues == ()
    assert result.counts["digests"] == 1 and result.counts["unsupported"] == 0
    stored = day_store.digest("daily")
    assert stored is not None
    assert (stored.revision, stored.status) == (1, EditionStatus.DRAFT)
    assert stored.verification == digest.verification


def test_a_number_the_reports_do_not_give_is_counted(day_store: SqlStore, config: Config) -> None:
    ctx = through((*SELECTED, Write()), context(day_store, config))
    [draft] = ctx.input(Drafts).drafts
    entry = draft.digest.sections[0].entries[0]
    invented = replace(entry, summary=f"{entry.summary} Its price fell by 73%.")
    section = replace(draft.digest.sections[0], entries=(invented,))
    edited = replace(draft, digest=replace(draft.digest, sections=(section,)))

    result = run(Verify(), replace(ctx, earlier=(Drafts((edited,)),)))

    assert result.counts["unsupported"] >= 1
    stored = day_store.digest("daily")
    assert stored is not None
    assert "73%" in repr(stored.verification.issues)
    assert "73%" not in stored.sections[0].entries[0].summary  # no writer to repair it
