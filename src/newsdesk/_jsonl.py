"""The JSON Lines files of the ``eval`` commands, read with errors that name the line, and
the lines of any JSON Lines file (a ``jsonl`` source's too)."""

from __future__ import annotations

import codecs
import html
import json
import re
from pathlib import Path

from newsdesk.exceptions import EvalError


def read_json_lines(
    path: Path, problems: list[str] | None = None
) -> list[tuple[int, dict[str, object]]]:
    """Each non-blank line's number and object.

    Raises EvalError for a missing or unreadable file, or a line that is not a JSON
    object; with ``problems`` given, such a line's message goes there instead and the
    other lines are still read.
    """
    try:
        lines = json_lines(path.read_bytes())
    except FileNotFoundError:
        raise EvalError(f"No file at {path}") from None
    except IsADirectoryError:
        raise EvalError(f"{path} is a folder: give the JSON Lines file in it") from None
    except OSError as err:
        raise EvalError(f"Cannot read {path}: {err.strerror or err}") from err
    records = []
    for number, line in enumerate(lines, start=1):
        if line is None:
            problem = EvalError(f"{path}: line {number} is not UTF-8 text")
            if problems is None:
                raise problem
            problems.append(str(problem))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problem = EvalError(f"{path}: line {number} is not JSON: {err.msg}")
            if problems is None:
                raise problem from err
            problems.append(str(problem))
            continue
        if not isinstance(record, dict):
            problem = EvalError(f"{path}: line {number} is not a JSON object")
            if problems is None:
                raise problem
            problems.append(str(problem))
            continue
        records.append((number, record))
    return records


def line_id(record: dict[str, object], line: int) -> str | int:
    """A line's ``id`` as given, which the output echoes: a string or a whole number.

    Raises EvalError naming the line for a missing id and for any other value: a
    fraction or NaN is no name (and NaN is not even JSON when echoed), nor is true.
    """
    value = record.get("id")
    if value is None:
        raise EvalError(f"line {line}: missing 'id'")
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 40 else type(value).__name__
    raise EvalError(f"line {line}: 'id' must be a string or a whole number, not {shown}")


def json_lines(data: bytes) -> list[str | None]:
    """The file's lines, None for one that is not UTF-8.

    A byte-order mark is no text, and one of UTF-16 (a file PowerShell wrote) says how
    to read the rest.  Lines end at "\n" (or "\r\n") only: a JSON string may hold
    U+2028, U+0085 and the like raw, which str.splitlines() also breaks at.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return [line.removesuffix("\r") for line in data.decode("utf-16").split("\n")]
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: each line is judged as UTF-8 below
    lines: list[str | None] = []
    for raw in data.removeprefix(codecs.BOM_UTF8).split(b"\n"):
        try:
            lines.append(raw.decode("utf-8").removesuffix("\r"))
        except UnicodeDecodeError:
            lines.append(None)
    return lines


#: An HTML tag or character reference (``<b>``, ``</p>``, ``&amp;``, ``&#39;``, ``&nbsp;``).
_MARKUP = re.compile(r"<[A-Za-z/!][^>]*>|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def has_markup(text: str) -> bool:
    """Whether a field holds HTML a scraper left in, which a run's collector would remove."""
    return _MARKUP.search(text) is not None


def without_entities(text: str) -> str:
    """``&amp;`` as ``&``, ``&nbsp;`` as a space: the text a reader sees.  Tags stay, as
    a source's ``<a href>`` is a link an entry may use."""
    if _ENTITY.search(text) is None:
        return text
    return html.unescape(text).replace("\u00a0", " ")
