"""Results as JSON: the one serialiser behind every command's ``--json``.

:func:`to_json` turns what the core returns (frozen dataclasses, lists of them) into
data ``json.dumps`` takes: a dataclass becomes an object keyed by its field names,
dates and times ISO 8601 strings, enums their values, paths strings, durations seconds,
tuples lists, and a config model what it holds in the file.  A few records have a
shape of their own, in :data:`_SHAPES`: a story leaves its vector out, a stored item is
its item with the store's id and times beside it, a config model's ``headers`` are redacted,
a digest is its ``digest.json``, a selection names its stories instead of carrying
them, an edition is ``edition show --json``.  ``docs/cli.md`` lists each command's keys.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsdesk.core import EditionDiff, EditionEntry, EditionView, SourceStatus, StoryDetail
from newsdesk.editor import TextChange, VerifyEvaluation
from newsdesk.model import (
    Digest,
    FetchState,
    RankedStory,
    Selection,
    SourceHealth,
    StoredItem,
    Story,
)
from newsdesk.store import digest_json


def to_json(value: object) -> Any:
    """``value`` as JSON-ready data (dicts, lists, strings, numbers, booleans, None)."""
    shape = _SHAPES.get(type(value))
    if shape is not None:
        return shape(value)
    if is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    if isinstance(value, BaseModel):
        return _model(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(item) for item in value]
    return value


def dumps(value: object) -> str:
    """``value`` as one indented JSON document, non-ASCII text as written."""
    return json.dumps(to_json(value), ensure_ascii=False, indent=2)


def _fields(record: Any) -> dict[str, Any]:
    """A dataclass's fields by name, each as JSON-ready data."""
    return {f.name: to_json(getattr(record, f.name)) for f in fields(record)}


def story_row(story: Story) -> dict[str, Any]:
    """A story's fields, its vector left out."""
    row = _fields(story)
    del row["centroid"]
    return row


def _stored_item(stored: StoredItem) -> dict[str, Any]:
    return _fields(stored.item) | {
        "id": stored.id,
        "first_seen": to_json(stored.first_seen),
        "last_seen": to_json(stored.last_seen),
        "fulltext_status": stored.fulltext_status,
    }


def _model(model: BaseModel) -> dict[str, Any]:
    """A config model as the file holds it: a key written with a ${VAR} as written, header
    values (tokens, cookies) redacted."""
    row: dict[str, Any] = model.model_dump(mode="json")
    written = getattr(model, "_written", None) or {}
    row |= {key: value for key, value in written.items() if key in row}
    if isinstance(row.get("headers"), dict):
        row["headers"] = {key: "<redacted>" for key in row["headers"]}
    return row


def _source_status(status: SourceStatus) -> dict[str, Any]:
    state = status.state or FetchState(status.source.id)
    return _model(status.source) | {"state": _fields(state), "health": _health(status.health)}


def _health(health: SourceHealth) -> dict[str, Any]:
    row = _fields(health)
    del row["freshness"], row["said"]  # the desk's pages' words; problems and advice say it
    row["freshness_hours"] = (
        None if health.freshness is None else round(health.freshness.total_seconds() / 3600, 1)
    )
    return row


def _story_detail(detail: StoryDetail) -> dict[str, Any]:
    return story_row(detail.story) | {"items": to_json(detail.items)}


def _selection(selection: Selection) -> dict[str, Any]:
    def named(entries: Sequence[RankedStory]) -> list[dict[str, Any]]:
        return [{"story": e.story.id, "title": e.title, "score": e.score} for e in entries]

    return {
        "digest": selection.digest,
        "day": selection.day.isoformat(),
        "revision": selection.revision,
        "lead": named(selection.lead),
        "more": named(selection.more),
        "stories": len(selection.ranked),
    }


def edition_row(view: EditionView) -> dict[str, Any]:
    """``edition show --json``: the revision, its stories and the candidates left out."""

    def entry(e: EditionEntry) -> dict[str, Any]:
        return {
            "story": e.story_id,
            "headline": e.headline,
            "reason": e.reason,
            "why": e.why,
            "written_by": e.written_by,
            "kept_unsupported": list(e.kept_unsupported),
        }

    return {
        "digest": view.digest,
        "date": view.day.isoformat(),
        "revision": view.revision,
        "status": view.status.value,
        "approved_by": view.approved_by or None,
        "approved_at": to_json(view.approved_at),
        "notice": view.notice,
        "lead": [entry(e) for e in view.lead],
        "more": [entry(e) for e in view.more],
        "left_out": [{"story": o.story_id, "why": o.why} for o in view.left_out],
    }


def diff_row(diff: EditionDiff) -> dict[str, Any]:
    """``edition diff --json``: the two revisions, the day's changed parts, the stories."""

    def texts(changes: tuple[TextChange, ...]) -> list[dict[str, str]]:
        return [{"part": c.part, "before": c.before, "after": c.after} for c in changes]

    return {
        "digest": diff.digest,
        "date": diff.day.isoformat(),
        "from": {"revision": diff.old, "status": diff.old_status.value},
        "to": {"revision": diff.new, "status": diff.new_status.value},
        "day": texts(diff.day_changes),
        "stories": [
            {
                "story": c.story_id,
                "headline": c.headline,
                "change": c.change,
                "before": c.before,
                "after": c.after,
                "written_by": c.written_by,
                "texts": texts(c.texts),
            }
            for c in diff.stories
        ],
    }


def _verify(evaluation: VerifyEvaluation) -> dict[str, Any]:
    return evaluation.as_json() | {"results": [r.as_json() for r in evaluation.results]}


def stories_rows(
    ranked: Sequence[RankedStory], sections: dict[str, str] | None
) -> list[dict[str, Any]]:
    """``stories --json``: each story with its rank, digest score, signals and section."""
    return [
        story_row(entry.story)
        | {
            "rank": rank,
            "score": entry.score,
            "digest_title": entry.title,
            "excluded": entry.excluded,
            "signals": entry.breakdown,
            "section": (sections or {}).get(entry.story.id),
        }
        for rank, entry in enumerate(ranked, start=1)
    ]


def decision_rows(selections: Sequence[Selection]) -> list[dict[str, Any]]:
    """``stories --explain --json``: per digest, each story with where it went and why."""
    rows = []
    for selection in selections:
        by_id = {r.story.id: r for r in selection.ranked}
        for decision in selection.decisions:
            entry = by_id[decision.story_id]
            rows.append(
                story_row(entry.story)
                | {
                    "digest": selection.digest,
                    "day": selection.day.isoformat(),
                    "rank": decision.rank,
                    "score": decision.score,
                    "placement": decision.placement.value,
                    "reason": decision.reason.value,
                    "detail": decision.detail,
                    "digest_title": entry.title,
                    "signals": entry.breakdown,
                }
            )
    return rows


#: The records with a shape of their own, by exact type.
_SHAPES: dict[type, Callable[[Any], Any]] = {
    Story: story_row,
    StoredItem: _stored_item,
    SourceStatus: _source_status,
    SourceHealth: _health,
    StoryDetail: _story_detail,
    Digest: digest_json,
    Selection: _selection,
    EditionView: edition_row,
    EditionDiff: diff_row,
    VerifyEvaluation: _verify,
}

__all__ = [
    "decision_rows",
    "diff_row",
    "dumps",
    "edition_row",
    "stories_rows",
    "story_row",
    "to_json",
]
