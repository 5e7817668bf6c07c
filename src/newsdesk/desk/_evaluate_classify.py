"""``newsdesk eval classify``: each item's AI relevance and category, as a run judges them.

The input is JSON Lines, one item per line: ``id``, ``title``, optional ``text``,
``lang``, ``source`` and ``published`` (other keys are ignored).  Each item is judged as
a story of its own with the default taxonomy, the file being its day (a name that items
kept as AI news are about makes an item naming it AI news, as in a run), and counts as AI
news when its relevance reaches the digests' default minimum.  A bad line is reported by
its number and skipped; the others are still judged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from newsdesk._jsonl import line_id, read_json_lines
from newsdesk.collect import detect_language
from newsdesk.desk._classify import Taxonomy, assess_story, relevance_in_context
from newsdesk.desk._context import ContextStory
from newsdesk.desk._embed import Embedder, embedding_text
from newsdesk.desk._evaluate import _field, _published, title_and_text
from newsdesk.exceptions import EvalError
from newsdesk.model import DeskItem


@dataclass(frozen=True, slots=True)
class ClassifyRecord:
    """One line of an ``eval classify`` file."""

    #: The ``id`` exactly as the line gave it (a string or a whole number), for the output.
    id: str | int
    #: The item as a run would hold it (no vector yet).
    item: DeskItem


@dataclass(frozen=True, slots=True)
class ClassifyFile:
    """What was read: the good lines, and a message for each bad one."""

    records: list[ClassifyRecord]
    problems: list[str]


@dataclass(frozen=True, slots=True)
class Judgement:
    """One item's verdict, as ``--out`` writes it."""

    id: object
    relevance: float
    ai: bool
    category: str


@dataclass(frozen=True, slots=True)
class ClassifyEvaluation:
    """The verdicts of one file, in input order."""

    judgements: list[Judgement]

    def as_json(self) -> dict[str, int]:
        return {"items": len(self.judgements), "ai": sum(j.ai for j in self.judgements)}

    def write_predictions(self, handle: TextIO) -> None:
        """One ``{"id", "relevance", "ai", "category"}`` line per item."""
        for j in self.judgements:
            line = {"id": j.id, "relevance": j.relevance, "ai": j.ai, "category": j.category}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_classify_file(path: Path) -> ClassifyFile:
    """Read the items; a bad line becomes a message naming it, not an error.

    Raises EvalError only when the file cannot be read or holds no good line.
    """
    problems: list[str] = []
    records: list[ClassifyRecord] = []
    for number, record in read_json_lines(path, problems):
        try:
            raw_id = line_id(record, number)
            title, text = title_and_text(record, number, "judge")
            lang = _field(record, "lang", number, required=False)
            source = _field(record, "source", number, required=False)
            published = _published(record.get("published"), path, number)
        except EvalError as err:
            problems.append(f"{path}: {err}")
            continue
        item = DeskItem(
            id=len(records),
            key=str(raw_id),
            title=title,
            text=text,
            language=lang or detect_language(f"{title}\n{text}"),
            time=published,
            source_id=source,
            domain=source,
        )
        records.append(ClassifyRecord(raw_id, item))
    if not records:
        raise EvalError(f"{path} holds no item to classify" + "".join(f"\n{p}" for p in problems))
    return ClassifyFile(records, problems)


def classify_records(
    records: Sequence[ClassifyRecord], embedder: Embedder, taxonomy: Taxonomy, minimum: float
) -> ClassifyEvaluation:
    """Judge each record as a one-item story; ``minimum`` is the relevance that counts as AI.

    The file is the day's context, as a run's window is: a name that items kept as AI
    news are about makes an item naming it AI news (:func:`relevance_in_context`)."""
    vectors = embedder.embed([embedding_text(r.item) for r in records])
    verdicts = []
    for n, record in enumerate(records):
        item = replace(record.item, vector=vectors[n])
        labels = {item.source_id: frozenset({item.source_id})} if item.source_id else {}
        verdicts.append(assess_story([item], taxonomy, labels))
    context = [
        ContextStory((r.item.title,), (r.item.text,), v.relevance)
        for r, v in zip(records, verdicts, strict=True)
    ]
    relevances = relevance_in_context(context, minimum)
    return ClassifyEvaluation(
        [
            Judgement(record.id, relevance, relevance >= minimum, verdict.category)
            for record, verdict, relevance in zip(records, verdicts, relevances, strict=True)
        ]
    )
