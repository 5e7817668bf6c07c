"""Pydantic's validation errors as lines a user can act on: where, what, what to write."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from newsdesk.config._digest import Config
from newsdesk.config._registry import Registry

#: A ``${VAR}`` or ``${VAR:-default}`` in a value as the file writes it.
_NAMES_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}")


def join(path: str, key: str) -> str:
    """``path.key``, or ``key`` at the top."""
    return f"{path}.{key}" if path else key


def _location(loc: tuple[int | str, ...]) -> str:
    """('sources', 3, 'feed', 'url') -> 'sources[3].url' (the union's tag is dropped)."""
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _is_tag(loc[:i], part):
            out = join(out, part)
    return out


def data_keys(loc: tuple[int | str, ...]) -> list[int | str]:
    """The keys to the value an error is about in the parsed YAML (the union's tag
    dropped): ('sources', 3, 'feed', 'url') -> ['sources', 3, 'url']."""
    return [
        part for i, part in enumerate(loc) if isinstance(part, int) or not _is_tag(loc[:i], part)
    ]


def waiting_key(error: Mapping[str, Any], unset: Mapping[str, str]) -> str | None:
    """The path of the key ``error`` is about when it is a source's, digest's or
    channel's key that holds a variable not set and has a default (a number, a flag): the
    key can take its default while what it is in waits for the variable, failing when
    used.  None for any other error."""
    loc = tuple(error["loc"])
    where = _location(loc)
    name = unset.get(where)
    if name is None or error["type"] == "extra_forbidden" or not loc:
        return None
    if f"${{{name}}}" not in str(error.get("input")):
        return None
    model = _model_at(loc[:-1])
    field = model.model_fields.get(str(loc[-1])) if model else None
    return where if field is not None and not field.is_required() else None


#: What a key must hold, by pydantic's error type, for a key an unset variable fills.
_MUST_BE = {
    "int_parsing": "a whole number",
    "float_parsing": "a number",
    "bool_parsing": "true or false",
}


def unset_problem(error: Mapping[str, Any], unset: Mapping[str, str]) -> str | None:
    """One line for an error at a key whose whole value is a ``${VAR}`` not set, which
    a source or a channel could not wait for (its key must be a URL, a number): the
    variable is named, not '${VAR}' as a wrong value; None for any other error."""
    where = _location(tuple(error["loc"]))
    kind = error["type"]
    ctx = error.get("ctx") or {}
    registry = _registry_at(tuple(error["loc"])[:-1])
    value = error.get("input")
    if kind == "union_tag_invalid" and registry and isinstance(value, dict):
        where, value = join(where, "kind"), value.get("kind")  # the kind picks the keys
    name = unset.get(where)
    if name is None or value != f"${{{name}}}" or kind == "extra_forbidden":
        return None
    if kind == "union_tag_invalid" and registry:
        must = f"one of {_kinds(registry)}"
    elif kind in _MUST_BE:
        must = _MUST_BE[kind]
    elif kind == "literal_error":
        must = f"one of {ctx.get('expected')}"
    elif kind == "value_error" and "ctx" in error:
        must = str(ctx.get("error", "")).removeprefix("is not ").removeprefix("not ")
        must = must.removeprefix("must be ")
    else:
        must = str(error["msg"]).lower()
    return (
        f"{where}: environment variable {name} is not set, and this key cannot wait for it "
        f"(it must be {must}). Export it (export {name}=...) or write ${{{name}:-default}}."
    )


def describe(error: Mapping[str, Any], data: Any, written: Any = None) -> str:
    """One line for one of pydantic's errors about ``data`` (the parsed YAML).  A value
    the file ``written`` fills in from ``${VAR}`` is quoted as written: the variable may
    hold a secret (a private feed's key in its url, a password in a URL)."""
    loc = tuple(error["loc"])
    as_written = _lookup(written, loc) if loc and written is not None else None
    if isinstance(as_written, str) and _NAMES_VARIABLE.search(as_written):
        line = _describe(error, data, as_written)
        if repr(as_written) not in line:  # the key, not its value (an unknown key)
            return line
        names = " and ".join(
            dict.fromkeys(m.group(1) for m in _NAMES_VARIABLE.finditer(as_written))
        )
        return f"{line} (with what {names} holds, not shown)"
    return _describe(error, data, error.get("input"))


def _describe(error: Mapping[str, Any], data: Any, value: Any) -> str:
    loc = tuple(error["loc"])
    where = _location(loc)
    kind = error["type"]
    message = str(error["msg"]).removeprefix("Value error, ")
    if not loc:
        return message
    if kind == "missing":
        return f"{where}: missing; this key is required"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = _lookup(data, loc[:-1])
        allowed = _allowed_keys(error, parent)
        hint = difflib.get_close_matches(key, allowed, n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
        return f"{where}: unknown key{suggestion}"
    registry = _registry_at(loc[:-1])
    if kind == "union_tag_invalid" and registry:
        tag = value.get("kind") if isinstance(value, dict) else value
        near = registry.meant(str(tag))
        meant = f" (did you mean {near!r}?)" if near else ""
        return f"{where}.kind: {tag!r} is not a {registry.what} kind{meant}; expected one of {_kinds(registry)}"  # noqa: E501
    if kind == "union_tag_not_found" and registry:
        return f"{where}.kind: missing; expected one of {_kinds(registry)}"
    if kind in _RANGE_ERRORS:
        bounds = _allowed_range(loc)
        if bounds:
            return f"{where}: {value!r} is out of range; it must be {bounds}"
    how = _list_hint(value, _entry_key(loc)) if kind == "list_type" else None
    if how:
        return f"{where}: {how}"
    if kind == "value_error" and loc and not isinstance(value, dict | list):
        return f"{where}: {value!r} {message}"
    if isinstance(value, dict | list):
        return f"{where}: {message}"
    return f"{where}: {value!r} is wrong: {message[0].lower() + message[1:]}"


def _entry_key(loc: tuple[int | str, ...]) -> str | None:
    """The key that opens each entry of the list at ``loc`` when it holds entries of
    keys (``id`` of a source or channel, ``name`` of a digest); None for a list of words
    (tags)."""
    if not loc:
        return None
    registry = _registry_at(loc)
    models: list[type[BaseModel]] = list(registry.models.values()) if registry else []
    if not models:
        model = _model_at(loc[:-1])
        field = model.model_fields.get(str(loc[-1])) if model else None
        inner = get_args(field.annotation) if field else ()
        models = [a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)]
    if not models:
        return None
    return next((k for k in ("id", "name") if k in models[0].model_fields), "…")


def _list_hint(value: Any, entry_key: str | None = None) -> str | None:
    """How to write the list a key needs, from what the file gave instead: words
    (``tags: ai, ml``), a word where entries of keys are needed (``sources: feed``), or
    keys where each entry needs its dash; None for anything else."""
    if isinstance(value, dict):
        first = next(iter(value.items()), None)
        scalar = first is not None and not isinstance(first[1], dict | list)
        example = f"`- {first[0]}: {first[1]}`" if first and scalar else "`- …`"
        return (
            "a list is needed here, not keys: start each entry with a dash and a space, "
            f"{example}, the keys under it indented alike"
        )
    if isinstance(value, str) and entry_key:
        return (
            f"{value!r} is one value, but a list of entries is needed: start each entry "
            f"on a line of its own with a dash and a space, `- {entry_key}: …`, its keys "
            "under it"
        )
    if isinstance(value, str):
        return f"{value!r} is one value, not a list: write [{value}]"
    return None


def _kinds(registry: Registry[Any]) -> str:
    return ", ".join(registry.models)


def _is_tag(loc: tuple[int | str, ...], part: str) -> bool:
    """Whether ``part`` after ``loc`` is a union's tag: ``feed`` after ('sources', 3)."""
    registry = _registry_at(loc[:-1]) if loc and isinstance(loc[-1], int) else None
    return registry is not None and part in registry.models


def _registry_at(loc: tuple[int | str, ...]) -> Registry[Any] | None:
    """The registry whose models the list at ``loc`` holds (``sources``, ``publish``)."""
    model = _model_at(loc[:-1]) if loc else None
    field = model.model_fields.get(str(loc[-1])) if model else None
    return _registry_of(field.annotation) if field else None


def _lookup(data: Any, loc: tuple[int | str, ...]) -> Any:
    node = data
    for part in loc:
        if isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
    return node


def _allowed_keys(error: Mapping[str, Any], parent: Any) -> list[str]:
    model = _model_at(tuple(error["loc"])[:-1])
    return list(model.model_fields) if model else []


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model whose fields the key at ``loc`` holds (None: not a model's field)."""
    model: type[BaseModel] | None = Config
    registry: Registry[Any] | None = None
    keyed = False
    for part in loc:
        if isinstance(part, int) or keyed:
            keyed = False  # a list index or a mapping's key (a host name)
            continue
        if registry is not None:  # the union's tag: the kind's model holds what follows
            model, registry = registry.models.get(str(part)), None
            continue
        field = model.model_fields.get(str(part)) if model else None
        if field is None:
            return None
        annotation = field.annotation
        registry = _registry_of(annotation)
        inner = [a for a in get_args(annotation) if isinstance(a, type)]
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
        else:
            # list[CategoryConfig], dict[str, HostLimits]: the models they hold.
            models = [a for a in inner if issubclass(a, BaseModel)]
            if models:
                model = models[0]
                keyed = get_origin(annotation) is dict
    return model


def _registry_of(annotation: Any) -> Registry[Any] | None:
    """The registry of ``list[SourceConfig]`` and ``list[ChannelConfig]``, else None."""
    for arg in get_args(annotation):
        for meta in getattr(arg, "__metadata__", ()):
            if isinstance(meta, Registry):
                return meta
    return None


_RANGE_ERRORS = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})


def _allowed_range(loc: tuple[int | str, ...]) -> str | None:
    """'at least 0 and at most 60' from a numeric field's bounds, for range errors."""
    model = _model_at(loc[:-1])
    field = model.model_fields.get(str(loc[-1])) if model else None
    if field is None:
        return None
    words = {"ge": "at least", "gt": "more than", "le": "at most", "lt": "less than"}
    bounds = [
        f"{words[name]} {_number(getattr(rule, name))}"
        for rule in field.metadata
        for name in words
        if getattr(rule, name, None) is not None
    ]
    return " and ".join(bounds) or None


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"
