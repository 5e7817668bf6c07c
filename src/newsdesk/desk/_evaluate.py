"""``newsdesk eval cluster``: grouping scored against gold event labels (B-cubed).

The input is JSON Lines, one item per line: ``id``, ``title``, optional ``text``,
``lang``, ``published`` (ISO 8601, or any form a feed writes it in; with no zone, or a
date alone, it is UTC), ``source`` and the gold label ``event``.  Items are
grouped the way a run groups them: in publication order, one day at a time, each day
joining the stories still open from the days before.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from newsdesk._jsonl import has_markup, line_id, read_json_lines
from newsdesk.collect import detect_language, parse_date
from newsdesk.collect._normalize import clean_title, html_to_text
from newsdesk.desk._cluster import ClusterParams
from newsdesk.desk._embed import Embedder, embedding_text
from newsdesk.desk._group import group_in_days
from newsdesk.exceptions import EvalError
from newsdesk.model import DeskItem

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EvalRecord:
    """One labelled line of an evaluation file."""

    #: The line's ``id`` as text (a number id 7 is "7").
    id: str
    #: Headline.
    title: str
    #: Body or its start ("" when absent).
    text: str
    #: ``lang`` as given, or detected from the text.
    language: str
    #: ``published``, or None.
    published: datetime | None
    #: ``source``, or "".
    source: str
    #: The gold event label (one of its own, unlike any other, when the line gave none).
    event: str
    #: The ``id`` exactly as the line gave it (a string or a whole number), for the output.
    raw_id: object = None


@dataclass(frozen=True, slots=True)
class BCubed:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""

    precision: float
    recall: float
    f1: float


def _field(record: dict[str, object], key: str, line: int, *, required: bool) -> str:
    value = record.get(key)
    if value is None:
        if required:
            raise EvalError(f"line {line}: missing {key!r}")
        return ""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    raise EvalError(f"line {line}: {key!r} must be a string, not {type(value).__name__}")


#: The years a time is grouped in: grouping counts days from one to the next, and a year
#: no news is from (a placeholder such as 9999-12-31, a typo) is nothing to count to.
_YEARS = (1900, 2200)


def _published(value: object, path: Path, number: int) -> datetime | None:
    """The item's time in UTC, read as the collector reads a feed's (ISO 8601, RFC 822,
    Unix time, 2026年5月14日); a time with no zone, or a date alone, is UTC.  A time it
    cannot read leaves the item without one, with a warning that names the file and
    line as a skipped line's does, rather than losing the item; a time outside
    :data:`_YEARS` is an EvalError naming the line."""
    if value is None or value == "":
        return None
    when = parse_date(value)
    if when is None:
        logger.warning(
            "%s: line %d: 'published' %r is not a time; the item is kept without one",
            path,
            number,
            value,
        )
        return None
    if not _YEARS[0] <= when.year < _YEARS[1]:
        raise EvalError(
            f"line {number}: 'published' {value!r} is in the year {when.year}: give a time "
            f"between {_YEARS[0]} and {_YEARS[1]}, or none"
        )
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def plain_title(title: str) -> str:
    """A title with HTML in it as a run's collector keeps it: the text, on one line."""
    return clean_title(title) if has_markup(title) else title


def plain_text(text: str) -> str:
    """A text with HTML in it as a run's collector keeps it (other texts as given)."""
    return html_to_text(text) if has_markup(text) else text


#: The most characters of a text that stand for a missing title.
_TITLE_CHARS = 120


def opening(text: str) -> str:
    """A text's first sentence (at most :data:`_TITLE_CHARS`), for an item with a text
    and no title: a post or a snippet is judged and grouped on it, not on nothing."""
    first = re.split(r"(?<=[。！？!?])|(?<=\.)\s|\n", text.strip(), maxsplit=1)[0]
    return first.strip()[:_TITLE_CHARS]


def title_and_text(record: dict[str, object], number: int, purpose: str) -> tuple[str, str]:
    """A line's plain title and text; a titleless item takes its text's opening as its
    title, and a line with neither is an error naming what it was wanted ``purpose`` for."""
    title = plain_title(_field(record, "title", number, required=False))
    text = plain_text(_field(record, "text", number, required=False))
    if not title.strip():
        if not text.strip():
            raise EvalError(f"line {number}: neither 'title' nor 'text' to {purpose}")
        title = opening(text)
    return title, text


def read_eval_file(path: Path) -> list[EvalRecord]:
    """Read and check a labelled JSONL file; an error names the line and the problem.

    An ``event`` that is empty or null labels no event: the item is one of its own (a
    gold cluster of one), never in one event with every other unlabelled item."""
    records: list[EvalRecord] = []
    seen: set[str] = set()
    unlabelled: list[int] = []
    for number, record in read_json_lines(path):
        try:
            raw_id = line_id(record, number)
            title, text = title_and_text(record, number, "group")
            if "event" not in record:
                raise EvalError(f"line {number}: missing 'event'")
            event = _field(record, "event", number, required=False).strip()
            published = _published(record.get("published"), path, number)
            lang = _field(record, "lang", number, required=False)
            source = _field(record, "source", number, required=False)
        except EvalError as err:
            raise EvalError(f"{path}: {err}") from None
        item_id = str(raw_id)
        if item_id in seen:
            raise EvalError(f"{path}: line {number}: id {item_id!r} appears twice")
        seen.add(item_id)
        if not event:
            unlabelled.append(len(records))
        language = lang or detect_language(f"{title}\n{text}")
        records.append(EvalRecord(item_id, title, text, language, published, source, event, raw_id))
    if not records:
        raise EvalError(f"{path} holds no items")
    return _own_events(records, unlabelled)


def _own_events(records: list[EvalRecord], unlabelled: list[int]) -> list[EvalRecord]:
    """Give each unlabelled record (by index) an event of its own, named after its id
    and unlike any label the file gives."""
    taken = {r.event for r in records}
    for index in unlabelled:
        event = f"(own event of {records[index].id})"
        while event in taken:
            event = f"({event})"
        taken.add(event)
        records[index] = replace(records[index], event=event)
    return records


def bcubed(gold: Sequence[str], predicted: Sequence[str]) -> BCubed:
    """Per-item precision and recall of its cluster against its gold cluster, averaged."""
    if len(gold) != len(predicted) or not gold:
        raise ValueError("gold and predicted labels must be non-empty and of equal length")
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    gold_size: dict[str, int] = defaultdict(int)
    predicted_size: dict[str, int] = defaultdict(int)
    for g, p in zip(gold, predicted, strict=True):
        pairs[g, p] += 1
        gold_size[g] += 1
        predicted_size[p] += 1
    precision = sum(n * n / predicted_size[p] for (_, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (g, _), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BCubed(precision, recall, f1)


@dataclass(frozen=True, slots=True)
class ClusterEvaluation:
    """The figures ``eval cluster`` prints, and each item's predicted cluster."""

    items: int
    gold_clusters: int
    pred_clusters: int
    score: BCubed
    #: Record id -> predicted cluster id, in input order.
    predicted: dict[str, str]
    #: Record id -> the id as the input gave it.
    raw_ids: dict[str, object]
    #: Seconds spent embedding the items, and grouping them.
    embed_seconds: float = 0.0
    group_seconds: float = 0.0

    def write_predictions(self, handle: TextIO) -> None:
        """One ``{"id": ..., "cluster": ...}`` line per item, in input order."""
        for item_id, cluster in self.predicted.items():
            line = {"id": self.raw_ids[item_id], "cluster": cluster}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")

    def as_json(self) -> dict[str, float | int]:
        return {
            "items": self.items,
            "gold_clusters": self.gold_clusters,
            "pred_clusters": self.pred_clusters,
            "precision": round(self.score.precision, 4),
            "recall": round(self.score.recall, 4),
            "f1": round(self.score.f1, 4),
        }


def evaluate_clustering(
    records: Sequence[EvalRecord],
    embedder: Embedder,
    params: ClusterParams,
    *,
    window: timedelta,
    duplicate_threshold: float = 0.85,
) -> ClusterEvaluation:
    """Group the records as a run would and score the result against their labels."""
    items = [
        DeskItem(
            id=index,
            key=record.id,
            title=record.title,
            text=record.text,
            language=record.language,
            time=record.published,
            source_id=record.source,
            domain=record.source,
        )
        for index, record in enumerate(records)
    ]
    started = time.perf_counter()
    vectors = embedder.embed([embedding_text(item) for item in items])
    embedded = time.perf_counter()
    items = [replace(item, vector=vectors[i]) for i, item in enumerate(items)]
    assigned = group_in_days(
        items, params, window=window, duplicate_threshold=duplicate_threshold
    ).assigned
    grouped = time.perf_counter()
    predicted = {record.id: assigned[i] for i, record in enumerate(records)}
    gold = [record.event for record in records]
    score = bcubed(gold, [predicted[r.id] for r in records])
    return ClusterEvaluation(
        items=len(records),
        gold_clusters=len(set(gold)),
        pred_clusters=len(set(predicted.values())),
        score=score,
        predicted=predicted,
        raw_ids={r.id: r.id if r.raw_id is None else r.raw_id for r in records},
        embed_seconds=embedded - started,
        group_seconds=grouped - embedded,
    )
