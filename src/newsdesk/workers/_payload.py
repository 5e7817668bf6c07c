"""What a task sends back, as JSON, and what the run makes of it again.

A task returns the stages it ran (name, start, seconds, counts, errors, as
:func:`newsdesk.pipeline.perform` records them) and, for the outputs later stages and
the run's summary read, a small description: a source's report, a digest's name, day
and revision (its text is in the store).  Nothing else crosses Redis.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsdesk.model import (
    FulltextReport,
    GroupReport,
    Outcome,
    Publication,
    PublicationStatus,
    SourceReport,
    UpsertCounts,
    WrittenDigest,
)
from newsdesk.stages import StageResult
from newsdesk.stages.collect import Collected
from newsdesk.stages.render import Rendered
from newsdesk.stages.select import Selected
from newsdesk.stages.site import SitePages
from newsdesk.store import Store

#: A task's answer, as JSON data.
Payload = dict[str, Any]


@dataclass(frozen=True, slots=True)
class StageRun:
    """One stage as a task ran it."""

    #: The stage's name.
    name: str
    #: When it started (UTC).
    started: datetime
    #: How long it took.
    seconds: float
    #: What it did, as the stage returned it (its output described, see :func:`output`).
    result: StageResult


def stage_json(run: StageRun) -> Payload:
    """A stage as a task sends it back."""
    return {
        "name": run.name,
        "started": run.started.isoformat(),
        "seconds": run.seconds,
        "counts": run.result.counts,
        "errors": list(run.result.errors),
        "output": output_json(run.result.output),
    }


def output_json(made: object) -> Payload | None:
    """What later stages and the summary need of a stage's output (None: nothing)."""
    if isinstance(made, Collected):
        return {"reports": [report_json(r) for r in made.reports]}
    if isinstance(made, Selected):
        return {"selections": [[s.digest, s.day.isoformat(), s.revision] for s in made.selections]}
    if isinstance(made, Rendered):
        return {"written": [_written_row(w) for w in made.written]}
    if isinstance(made, SitePages):
        return {"index": str(made.index)}
    return None


def _written_row(w: WrittenDigest) -> list[Any]:
    d = w.digest
    return [d.name, d.day.isoformat(), d.revision, w.folder, list(w.files), list(w.warnings)]


def report_json(report: SourceReport) -> Payload:
    """A source's report as JSON."""
    data = asdict(report)
    data["outcome"] = report.outcome.value
    data["newest"] = report.newest.isoformat() if report.newest else None
    return data


def report_from(data: Payload) -> SourceReport:
    """A source's report from :func:`report_json`."""
    return SourceReport(
        source_id=data["source_id"],
        outcome=Outcome(data["outcome"]),
        entries=data["entries"],
        counts=UpsertCounts(**data["counts"]),
        error=data["error"],
        warnings=tuple(data["warnings"]),
        seconds=data["seconds"],
        skipped=dict(data["skipped"]),
        newest=datetime.fromisoformat(data["newest"]) if data["newest"] else None,
    )


def publication_json(publication: Publication) -> Payload:
    """A channel's publication as JSON."""
    data = asdict(publication)
    data["day"] = publication.day.isoformat()
    data["status"] = publication.status.value
    data["updated"] = publication.updated.isoformat() if publication.updated else None
    return data


def publication_from(data: Payload) -> Publication:
    """A publication from :func:`publication_json`."""
    return Publication(
        **data
        | {
            "day": date.fromisoformat(data["day"]),
            "status": PublicationStatus(data["status"]),
            "external_ids": tuple(data["external_ids"]),
            "updated": datetime.fromisoformat(data["updated"]) if data["updated"] else None,
        }
    )


def written_from(store: Store, rows: list[list[Any]]) -> Rendered:
    """The digests a task rendered, their text read back from the store."""
    written = []
    for name, day, revision, folder, files, warnings in rows:
        digest = store.digest(name, date.fromisoformat(day), revision)
        if digest is not None:
            written.append(WrittenDigest(digest, folder, tuple(files), tuple(warnings)))
    return Rendered(tuple(written))


def site_from(data: Payload) -> SitePages:
    """The site a task built (its front page; its files stay on the worker's disk)."""
    return SitePages(Path(data["index"]), ())


def counted(kind: type[FulltextReport] | type[GroupReport], counts: dict[str, int]) -> object:
    """A report whose fields are its stage's counts (full text, grouping)."""
    return kind(**counts)
