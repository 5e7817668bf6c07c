"""Local files of items: JSON Lines, or JSON holding a list (optionally under a key).

For imports, offline runs and tests.  A field map in the config says which key holds
which field, so other tools' exports load without conversion; a file of many outlets
(the makinotes files) names each record's outlet in its ``publisher`` field.
"""

from __future__ import annotations

import glob
import json
import math
import os
import stat
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from newsdesk._jsonl import json_lines
from newsdesk.collect._dates import parse_date
from newsdesk.collect.kinds._base import CollectContext, read_entries, register_kind
from newsdesk.config import ConfigModel, SourceBase
from newsdesk.exceptions import EntryError, ParseError
from newsdesk.model import Collected, Entry


class JsonlFields(ConfigModel):
    """Which key of a record holds each item field (dotted paths allowed)."""

    url: str = "url"
    title: str = "title"
    summary: str | list[str] | None = "summary"
    content: str | list[str] | None = Field(
        "content", description="a key, or several whose texts are joined (a list's items too)"
    )
    author: str | None = "author"
    published: str | None = "published"
    publisher: str | None = Field("publisher", description="the outlet of each record")
    metrics: list[str] = Field(default_factory=list)


class JsonlSource(SourceBase):
    """Local JSON Lines (or JSON) files of items, for imports and offline runs."""

    kind: Literal["jsonl"]
    path: str = Field(description="file or glob, relative to the config file")
    records: str | None = Field(None, description="key of the record list in a JSON file")
    fields: JsonlFields = JsonlFields()


def _get(record: dict[str, Any], path: str | None) -> Any:
    """The value at a dotted path; None for no path (a field mapped to null)."""
    if not path:
        return None
    node: Any = record
    for key in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _text(record: dict[str, Any], paths: str | list[str] | None) -> str:
    """The text at one path or several, one paragraph each; a list of strings (an
    aggregator's highlights) gives a paragraph per string, and what is no text is left
    out rather than written as its Python form."""
    parts: list[str] = []
    for path in [paths] if isinstance(paths, str) else paths or []:
        value = _get(record, path)
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, str | int | float) and not isinstance(part, bool):
                text = str(part).strip()
                if text:
                    parts.append(text)
    return "\n\n".join(parts)


#: Keys a reason for a skipped record lists at most.
_KEYS_SHOWN = 8


def _lacking(record: dict[str, Any], fields: JsonlFields) -> str:
    """Why a record without its url or title is skipped, as a file of one's own needs
    it said: the key looked under, the keys the record has, and how to map them (the
    key holding a web address offered for the url)."""
    wanted = {"url": fields.url, "title": fields.title}
    missing = [name for name, key in wanted.items() if not _get(record, key)]
    where = " or ".join(f"{name} under {wanted[name]!r}" for name in missing)
    keys = [str(k) for k in record]
    shown = ", ".join(keys[:_KEYS_SHOWN]) + (", …" if len(keys) > _KEYS_SHOWN else "")
    has = f"its keys: {shown}" if keys else "it has no keys"
    address = next(
        (
            str(k)
            for k, v in record.items()
            if isinstance(v, str) and v.strip().lower().startswith(("http://", "https://"))
        ),
        None,
    )
    mapping = ", ".join(
        f"{name}: {address if name == 'url' and address else 'KEY'}" for name in missing
    )
    return f"record has no {where} ({has}); name its keys in the source: fields: {{{mapping}}}"


def _entry(record: Any, fields: JsonlFields) -> Entry:
    if not isinstance(record, dict):
        raise EntryError("record is not a JSON object")
    url, title = _get(record, fields.url), _get(record, fields.title)
    if not url or not title:
        raise EntryError(_lacking(record, fields))
    metrics = {}
    for name in fields.metrics:
        value = _get(record, name)
        # JSON from Python tools may hold Infinity or NaN: not a count, so left out.
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            metrics[name.rsplit(".", 1)[-1]] = round(value)
    return Entry(
        url=str(url),
        title=str(title),
        summary=_text(record, fields.summary),
        content=_text(record, fields.content),
        author=str(_get(record, fields.author) or ""),
        published=parse_date(_get(record, fields.published)),
        metrics=metrics,
        publisher=str(_get(record, fields.publisher) or ""),
    )


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file; a FIFO or device is refused instead of read.

    Reading a FIFO waits for a writer for ever, and a device may never end, so the file
    is opened without blocking and checked before a byte is read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = "a folder" if stat.S_ISDIR(mode) else "a FIFO, socket or device"
        raise ParseError(
            f"{path} is {what}, not a regular file; point the source's path at "
            ".jsonl or .json files"
        )
    with open(fd, "rb") as file:
        return file.read()


def read_records(path: Path, records_key: str | None) -> tuple[list[Any], int]:
    """The records of one file, and how many lines could not be read."""
    try:
        data = _read_file(path)
    except OSError as err:
        raise ParseError(f"cannot read {path}: {err}") from err
    if path.suffix.lower() == ".json":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ParseError(f"cannot read {path}: {err}") from err
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            raise ParseError(f"{path} is not valid JSON: {err.msg} at line {err.lineno}") from err
        except RecursionError as err:
            raise ParseError(f"{path} is nested too deeply to be a list of records") from err
        found = _get(doc, records_key) if records_key and isinstance(doc, dict) else doc
        if not isinstance(found, list):
            where = f"under {records_key!r}" if records_key else "at the top level"
            raise ParseError(f"{path} has no list of records {where}")
        return found, 0
    records, bad = [], 0
    for line in json_lines(data):  # lines end at "\n" only: a text may hold U+2028 raw
        if line is None:  # not UTF-8: that line alone is lost
            bad += 1
            continue
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except (json.JSONDecodeError, RecursionError):  # nested too deep to be a record
            bad += 1
    return records, bad


def matching_files(source: JsonlSource, base_dir: Path) -> tuple[Path, list[Path]]:
    """The source's path as a pattern (relative to the config file's folder, ``~``
    expanded) and the files it matches now, in order: what a fetch reads, and what
    adding the source checks so that a path matching nothing is said at once."""
    pattern = Path(source.path).expanduser()
    if not pattern.is_absolute():
        pattern = base_dir / pattern
    return pattern, sorted(Path(p) for p in glob.glob(str(pattern)))


async def collect(source: JsonlSource, ctx: CollectContext) -> Collected:
    pattern, paths = matching_files(source, ctx.base_dir)
    if not paths:
        raise ParseError(f"no files match {pattern}")
    entries: list[Entry] = []
    skipped: Counter[str] = Counter()
    for path in paths:
        records, bad = read_records(path, source.records)
        if bad:
            skipped["line is not valid JSON"] += bad
        entries += read_entries(records, lambda record: _entry(record, source.fields), skipped)
    return Collected(entries=entries, skipped=dict(skipped))


register_kind("jsonl", JsonlSource, collect, known_as=("json", "ndjson", "file"))
