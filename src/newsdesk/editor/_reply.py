"""What a chat model's reply holds, read the way real models write it.

Small and local models rarely answer with bare JSON: they wrap it in a code fence or in
prose ("Here is the JSON: ..."), think aloud first, put the object inside another
(``{"story": {...}}``), or run out of ``max_tokens`` half-way through a string.
:func:`read_reply` finds the object in all of these and validates it with the caller's
pydantic model; a reply cut short keeps the fields that were complete (*salvaged*), and
the models map common other names of their fields (``title`` for ``headline``) with
``AliasChoices``.  What still does not fit goes back to the model once (see ``_llm``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)

_THINK = re.compile(r"^\s*<think>.*?</think>", re.DOTALL)
_FENCE_OPEN = re.compile(r"```[A-Za-z]*\s*")
_CLOSERS = {"{": "}", "[": "]"}


@dataclass(frozen=True, slots=True)
class ReadReply(Generic[T]):
    """A reply read: the parsed value, or None and what was wrong with it."""

    #: The validated reply, or None.
    value: T | None
    #: What was wrong, in words the model can act on ("" when ``value`` is set).
    problem: str = ""
    #: True when the JSON was cut short and only its complete fields were kept.
    salvaged: bool = False
    #: True when no JSON could be read at all (as opposed to JSON of the wrong shape).
    not_json: bool = False


def json_text(content: str) -> str:
    """The JSON object of a reply: without a reasoning model's ``<think>`` block, a code
    fence or prose around it.  A reply cut off inside the object gives the object's
    start up to the cut; a reply with no ``{`` is returned stripped, as it is."""
    text = _THINK.sub("", content).strip()
    fence = _FENCE_OPEN.search(text)
    if fence is not None:
        inner = text[fence.end() :]
        end = inner.find("```")
        text = (inner if end < 0 else inner[:end]).strip()
    start = text.find("{")
    if start < 0:
        return text
    close = _matching_brace(text, start)
    return text[start : close + 1] if close is not None else text[start:]


def _matching_brace(text: str, start: int) -> int | None:
    """Index of the ``}`` closing the object that opens at ``start``, or None."""
    depth = 0
    in_string = escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return i
    return None


def salvage(text: str) -> dict[str, Any] | None:
    """The complete fields of a JSON object that was cut short, or None.

    Tries the longest prefix ending after a complete value, with the open brackets
    closed: ``{"a": "x", "b": ["y", "z`` gives ``{"a": "x", "b": ["y"]}``.
    """
    stack: list[str] = []
    cuts: list[tuple[int, str]] = []
    in_string = escaped = False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
                cuts.append((i + 1, "".join(reversed(stack))))
            continue
        if ch == '"':
            in_string = True
        elif ch in _CLOSERS:
            stack.append(_CLOSERS[ch])
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return None
            cuts.append((i + 1, "".join(reversed(stack))))
        elif ch == ",":
            cuts.append((i, "".join(reversed(stack))))
    for end, closers in reversed(cuts):
        try:
            data = json.loads(text[:end] + closers, strict=False)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return None


def read_reply(content: str, reply: type[T], *, truncated: bool = False) -> ReadReply[T]:
    """``content`` read as a ``reply``: the object found in it, salvaged when it was cut
    short, unwrapped when the model nested it in another, then validated."""
    text = json_text(content)
    salvaged = False
    try:
        data: Any = json.loads(text, strict=False)
    except ValueError:
        data = salvage(text)
        salvaged = data is not None
    if data is None:
        return ReadReply(None, _problem_of_text(text, reply, truncated), not_json=True)
    data = _unwrapped(data, reply)
    try:
        return ReadReply(reply.model_validate(data), salvaged=salvaged)
    except ValidationError as err:
        return ReadReply(None, problems(err))


def _problem_of_text(text: str, reply: type[BaseModel], truncated: bool) -> str:
    """Pydantic's words for text that is no JSON at all."""
    try:
        reply.model_validate_json(text)
    except ValidationError as err:
        return problems(err)
    return "cut off" if truncated else "no JSON object"  # pragma: no cover - json.loads agrees


def _unwrapped(data: Any, reply: type[BaseModel]) -> Any:
    """The object inside ``{"story": {...}}`` when the outer one has none of the
    reply's fields."""
    names = set(reply.model_fields)
    for field in reply.model_fields.values():
        alias = field.validation_alias
        if alias is not None and not isinstance(alias, str):
            for path in alias.convert_to_aliases():
                names.add(str(path[0] if isinstance(path, list) else path))
    if isinstance(data, dict) and len(data) == 1 and not names & set(data):
        [inner] = data.values()
        if isinstance(inner, dict):
            return inner
    return data


def problems(err: ValidationError) -> str:
    """What was wrong with a reply, in a few lines the model can act on."""
    lines = []
    for e in err.errors(include_url=False)[:5]:
        where = ".".join(str(p) for p in e["loc"])
        lines.append(f"{where}: {e['msg']}" if where else e["msg"])
    return "; ".join(lines)


def distinct(texts: list[str]) -> list[str]:
    """Stripped, non-empty texts, each once (a small model repeats its bullets)."""
    seen: dict[str, str] = {}
    for text in texts:
        stripped = text.strip()
        key = _comparable(stripped)
        if key and key not in seen:
            seen[key] = stripped
    return list(seen.values())


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()
