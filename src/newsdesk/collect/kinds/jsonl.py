"""Files of items: JSON Lines, or JSON holding a list (optionally under a key).

Local files for imports, offline runs and tests, or a file a server gives (an
aggregator's export, often one file a day: ``{date}`` in the url).  A field map in the
config says which key holds which field, so other tools' exports load without
conversion; a file of many outlets (the makinotes files) names each record's outlet in
its ``publisher`` field.
"""

from __future__ import annotations

import glob
import json
import math
import os
import re
import stat
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import Field, model_validator

from newsdesk._jsonl import json_lines
from newsdesk.collect._dates import parse_date
from newsdesk.collect._http import Response
from newsdesk.collect.kinds._base import (
    CollectContext,
    collected_from,
    not_modified,
    read_entries,
    register_kind,
)
from newsdesk.config import ConfigModel, HttpUrl, SourceBase
from newsdesk.exceptions import EntryError, HTTPStatusError, ParseError
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


#: ``{date}`` or ``{date:%Y%m%d}`` in a url: the day's date, ISO or in a strftime form.
DATE_FIELD = re.compile(r"\{date(?::([^{}]*))?\}")


class JsonlSource(SourceBase):
    """JSON Lines (or JSON) files of items: on this machine, or at a url."""

    kind: Literal["jsonl"]
    path: str | None = Field(None, description="file or glob, relative to the config file")
    url: HttpUrl | None = Field(
        None,
        description="a file on a server instead of a path; {date} (or {date:%Y%m%d}) in it "
        "is a day's date, for a server that writes one file a day",
    )
    days: int = Field(
        2,
        ge=1,
        le=31,
        description="with {date} in the url: the days fetched, today (in the source's time "
        "zone) and the days before it, so that a file written late is still read",
    )
    records: str | None = Field(None, description="key of the record list in a JSON file")
    fields: JsonlFields = JsonlFields()

    @model_validator(mode="after")
    def _one_place(self) -> Self:
        """A file is read from one place: a path here, or a url."""
        if (self.path is None) == (self.url is None):
            raise ValueError(
                "give the file's path (on this machine) or its url (on a server), one of them"
            )
        if self.path is not None and DATE_FIELD.search(self.path):
            raise ValueError("{date} is for a url; a path takes a glob (notes-*.jsonl)")
        return self


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


def _lists_in(doc: dict[str, Any]) -> str:
    """Where a document's lists of records are, to name in its error: a user who points
    the source at an API's answer learns which ``records`` to write."""
    found = [
        f"{key} ({len(value)} record{'s' if len(value) > 1 else ''})"
        for key, value in doc.items()
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:20])
    ]
    if not found:
        return ""
    return f"; its lists of records are under {', '.join(found[:4])}: name one as `records`"


def parse_records(
    data: bytes, name: str, records_key: str | None, whole: bool
) -> tuple[list[Any], int]:
    """The records of one file's bytes, and how many lines could not be read.

    ``whole``: the bytes are one JSON document (a ``.json`` file), else JSON Lines.
    ``name`` (a path or a url) is what errors say.
    """
    if whole:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ParseError(f"cannot read {name}: {err}") from err
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            raise ParseError(f"{name} is not valid JSON: {err.msg} at line {err.lineno}") from err
        except RecursionError as err:
            raise ParseError(f"{name} is nested too deeply to be a list of records") from err
        found = _get(doc, records_key) if records_key and isinstance(doc, dict) else doc
        if not isinstance(found, list):
            where = f"under {records_key!r}" if records_key else "at the top level"
            hint = _lists_in(doc) if isinstance(doc, dict) else ""
            raise ParseError(f"{name} has no list of records {where}{hint}")
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


def read_records(path: Path, records_key: str | None) -> tuple[list[Any], int]:
    """The records of one file, and how many lines could not be read."""
    try:
        data = _read_file(path)
    except OSError as err:
        raise ParseError(f"cannot read {path}: {err}") from err
    return parse_records(data, str(path), records_key, path.suffix.lower() == ".json")


def _is_whole_json(response: Response) -> bool:
    """A served file is one JSON document unless its name or type says JSON Lines, or
    its first line is a whole record and more follow (a server that calls it JSON)."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return False
    if response.url.split("?")[0].lower().endswith((".jsonl", ".ndjson")):
        return False
    first, _, rest = response.body.lstrip().partition(b"\n")
    if not rest.strip():
        return True
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return True
    return False


def dated_urls(url: str, days: int, today: date) -> list[tuple[date | None, str]]:
    """The urls a source fetches: its one url, or with ``{date}`` one per day, today
    first."""
    if not DATE_FIELD.search(url):
        return [(None, url)]
    dated: list[tuple[date | None, str]] = []
    for back in range(days):
        day = today - timedelta(days=back)

        def stamp(match: re.Match[str], day: date = day) -> str:
            return day.strftime(match.group(1) or "%Y-%m-%d")

        dated.append((day, DATE_FIELD.sub(stamp, url)))
    return dated


def matching_files(path: str, base_dir: Path) -> tuple[Path, list[Path]]:
    """A source's path as a pattern (relative to the config file's folder, ``~``
    expanded) and the files it matches now, in order: what a fetch reads, and what
    adding the source checks so that a path matching nothing is said at once."""
    pattern = Path(path).expanduser()
    if not pattern.is_absolute():
        pattern = base_dir / pattern
    return pattern, sorted(Path(p) for p in glob.glob(str(pattern)))


def _entries_of(
    records: list[Any], bad: int, source: JsonlSource, skipped: Counter[str]
) -> list[Entry]:
    if bad:
        skipped["line is not valid JSON"] += bad
    return read_entries(records, lambda record: _entry(record, source.fields), skipped)


async def _collect_files(source: JsonlSource, path: str, ctx: CollectContext) -> Collected:
    pattern, paths = matching_files(path, ctx.base_dir)
    if not paths:
        raise ParseError(f"no files match {pattern}")
    entries: list[Entry] = []
    skipped: Counter[str] = Counter()
    for found in paths:
        entries += _entries_of(*read_records(found, source.records), source, skipped)
    return Collected(entries=entries, skipped=dict(skipped))


async def _read_response(
    response: Response, source: JsonlSource, ctx: CollectContext, skipped: Counter[str]
) -> list[Entry]:
    records, bad = await ctx.parse(
        response.url,
        parse_records,
        response.body,
        response.url,
        source.records,
        _is_whole_json(response),
    )
    return _entries_of(records, bad, source, skipped)


async def _collect_url(source: JsonlSource, url: str, ctx: CollectContext) -> Collected:
    """One file, fetched conditionally; or with ``{date}`` one file a day, where a day
    whose file is not there (yet) is passed over, and only all of them missing fails."""
    skipped: Counter[str] = Counter()
    dated = dated_urls(url, source.days, datetime.now(ctx.zone).date())
    if len(dated) == 1 and dated[0][0] is None:
        response = await ctx.get_conditional(url, source.headers)
        if response.not_modified:
            return not_modified(ctx.state)
        return collected_from(
            response, await _read_response(response, source, ctx, skipped), skipped
        )
    entries: list[Entry] = []
    missing: list[HTTPStatusError] = []
    for _, address in dated:
        try:
            response = await ctx.fetcher.get(address, headers=source.headers)
        except HTTPStatusError as err:
            if err.status not in (404, 410):
                raise
            missing.append(err)
            continue
        entries += await _read_response(response, source, ctx, skipped)
    if len(missing) == len(dated):
        days = ", ".join(str(day) for day, _ in dated)
        raise HTTPStatusError(
            f"no file for any of the days fetched ({days}): {missing[0]}",
            url=missing[0].url,
            status=missing[0].status,
        )
    return Collected(entries=entries, skipped=dict(skipped))


async def collect(source: JsonlSource, ctx: CollectContext) -> Collected:
    if source.url is not None:
        return await _collect_url(source, source.url, ctx)
    return await _collect_files(source, source.path or "", ctx)


register_kind("jsonl", JsonlSource, collect, known_as=("json", "ndjson", "file"))
