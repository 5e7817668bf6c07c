"""``newsdesk eval verify``: generated texts checked claim by claim against their sources.

The input is JSON Lines, one generated text per line: ``id``, ``sources`` (the texts it
was written from), ``text`` and optional ``links``.  ``links`` are read both ways the
issue allows: as the story's item URLs, which a link in the text may point to, and, when
the sources themselves carry URLs, as the links the entry uses, each of which must be one
of those.  The output is one ``{"id", "ok", "unsupported"}`` line per input line, then
``{"items", "flagged"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdesk._jsonl import line_id, read_json_lines, without_entities
from newsdesk.editor._claims import Evidence, reported_kind, unsupported
from newsdesk.exceptions import EvalError
from newsdesk.model import Claim, ClaimKind


@dataclass(frozen=True, slots=True)
class VerifyRecord:
    """One generated text of an evaluation file, with what it was written from."""

    #: The ``id`` exactly as the line gave it (a string or a number), for the output.
    id: object
    #: The source texts.
    sources: tuple[str, ...]
    #: The generated text.
    text: str
    #: Links the entry uses outside its text; each must occur in a source.
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The unsupported claims of one generated text."""

    #: The record's id, as the input gave it.
    id: object
    #: Each unsupported claim once, in the order of the text.
    unsupported: tuple[Claim, ...]

    @property
    def ok(self) -> bool:
        return not self.unsupported

    def as_json(self) -> dict[str, object]:
        claims = [{"claim": c.text, "kind": reported_kind(c).value} for c in self.unsupported]
        return {"id": self.id, "ok": self.ok, "unsupported": claims}


@dataclass(frozen=True, slots=True)
class VerifyEvaluation:
    """Every record's result, and how many were flagged."""

    results: tuple[VerifyResult, ...]

    def as_json(self) -> dict[str, int]:
        return {"items": len(self.results), "flagged": sum(not r.ok for r in self.results)}

    def lines(self) -> Iterator[str]:
        """The output: one JSON line per record, then the counts."""
        for result in self.results:
            yield json.dumps(result.as_json(), ensure_ascii=False)
        yield json.dumps(self.as_json(), ensure_ascii=False)


def _texts(record: dict[str, object], key: str, line: int, *, required: bool) -> tuple[str, ...]:
    value = record.get(key)
    if value is None and not required:
        return ()
    if value is None:
        raise EvalError(f"line {line}: missing {key!r}")
    if isinstance(value, str):  # one source, or one link, given without its list
        return (value,)
    if not isinstance(value, list) or not all(v is None or isinstance(v, str) for v in value):
        raise EvalError(f"line {line}: {key!r} must be a list of strings")
    return tuple(v for v in value if v is not None)  # a null is a source not given


def _record(record: dict[str, object], line: int) -> VerifyRecord:
    item_id = line_id(record, line)
    text = record.get("text")
    if text is None:
        raise EvalError(f"line {line}: missing 'text'")
    if not isinstance(text, str):
        raise EvalError(f"line {line}: 'text' must be a string, not {type(text).__name__}")
    sources = _texts(record, "sources", line, required=True)
    sources = tuple(without_entities(s) for s in sources)
    links = _texts(record, "links", line, required=False)
    return VerifyRecord(item_id, sources, without_entities(text), links)


def read_verify_file(path: Path) -> list[VerifyRecord]:
    """Read and check an ``eval verify`` file; an error names the line and the problem."""
    records = []
    for number, record in read_json_lines(path):
        try:
            records.append(_record(record, number))
        except EvalError as err:
            raise EvalError(f"{path}: {err}") from None
    if not records:
        raise EvalError(f"{path} holds no items")
    return records


def verify_record(record: VerifyRecord) -> VerifyResult:
    """The claims of the text, and the extra links, that the sources do not support."""
    found = unsupported(record.text, Evidence.build(record.sources, record.links))
    # with no links of the entry's own there is nothing more to check, nor to build for
    sources_only = Evidence.build(record.sources) if record.links else None
    if (
        sources_only is not None and sources_only.links
    ):  # the sources name the story's URLs: the entry's links must be among them
        found += [
            claim
            for claim in (Claim(ClaimKind.LINK, link, "") for link in record.links)
            if not sources_only.supports(claim)
        ]
    first: dict[tuple[ClaimKind, str], Claim] = {}
    for claim in found:
        first.setdefault((claim.kind, claim.text), claim)
    return VerifyResult(record.id, tuple(first.values()))


def evaluate_verification(records: Sequence[VerifyRecord]) -> VerifyEvaluation:
    """Verify each record against its own sources."""
    return VerifyEvaluation(tuple(verify_record(r) for r in records))
