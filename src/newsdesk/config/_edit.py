"""Changing the file's sources from the desk: add one, disable or enable one.

The file stays the one truth, so the change is made to its text, at the place of the
change: every other byte — comments, blank lines, quoting, ``${ENV}`` references —
stays as it was, and ``git diff`` shows the one change.  The new text is validated
whole and must mean the old config plus that change before it replaces the file (a
temporary file renamed over it, while holding a lock every newsdesk process takes).
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from newsdesk._command import command
from newsdesk.config._digest import Config
from newsdesk.config._load import file_stamp, parse_config
from newsdesk.exceptions import ConfigError, SourceTakenError

_ENV = re.compile(r"\$\{")
#: libyaml's parser where it is built in: its marks are the same, ten times sooner.
_Composer = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Keys a new source is written with first, in this order; the rest follow as given.
_FIRST_KEYS = ("id", "name", "kind")


def add_source(
    path: Path,
    fields: Mapping[str, Any],
    env: Mapping[str, str] | None = None,
    *,
    variables: bool = False,
) -> Config:
    """Append a source (``fields`` as a source is written in the file) to the file's
    ``sources`` and return the config read again.

    Empty fields are left out (the key's default applies).  Raises ConfigError, the
    file unchanged, for a source the config would refuse — each problem named by its
    key (``url: 'x' is not an http(s) URL``), SourceTakenError for an id the file has — or,
    unless ``variables``, one that names an environment variable: added from the desk,
    the server's secrets would go wherever the source points.  With ``variables`` (the
    file's owner, on the command line) a ``${VAR}`` is written as it is, for the file to
    read from the environment when it loads, as it reads any.
    """
    source = _source_fields(fields, variables)
    with _locked(path) as real:
        text = _read(real)
        old = _parse(text, path, env)
        _check_id_free(old, source.get("id"), path)
        changed = _with_source(text, source)
        index = len(old.sources)
        try:
            new = parse_config(changed, base_dir=path.parent, env=env)
        except ConfigError as err:
            if not err.problems:
                raise _cannot(path, "add the source") from err
            lines = [_about_new(line, f"sources[{index}]") for line in err.problems]
            raise ConfigError("The source was not added:", lines) from None
        before, after = old.model_dump(), new.model_dump()
        added = after["sources"].pop() if len(after["sources"]) == index + 1 else None
        if added is None or added["id"] != source.get("id") or after != before:
            raise _cannot(path, "add the source")
        _replace(real, path, changed)
        return _read_from(new, path)


def _check_id_free(config: Config, source_id: object, path: Path) -> None:
    """Raise SourceTakenError when ``source_id`` is the id of one of ``config``'s sources,
    naming that source: the config's own words ("appears twice") would tell a user who
    added one source that they had written two."""
    taken = next((s for s in config.sources if s.id == source_id), None)
    if taken is not None:
        raise SourceTakenError(
            f"No source was added: {path} already has a source with the id {taken.id!r} "
            f"({taken.label}, {taken.kind}). Choose another id, or change that source in "
            "the file."
        )


def set_source_enabled(
    path: Path, source_id: str, enabled: bool, env: Mapping[str, str] | None = None
) -> Config:
    """Write ``enabled: false`` into a source of the file (or, to enable it, take that
    line out again, or write ``true``) and return the config read again.  A source
    already so is left alone.  Raises ConfigError for an id the file does not have."""
    with _locked(path) as real:
        text = _read(real)
        old = _parse(text, path, env)
        source = old.source(source_id)
        if source.enabled is enabled:
            return _read_from(old, path)
        index = old.sources.index(source)
        expected = old.model_dump()
        expected["sources"][index]["enabled"] = enabled
        for candidate in _with_enabled(text, index, enabled):
            try:
                new = parse_config(candidate, base_dir=path.parent, env=env)
            except ConfigError:
                continue
            if new.model_dump() == expected:
                _replace(real, path, candidate)
                return _read_from(new, path)
        raise _cannot(path, f"{'enable' if enabled else 'disable'} {source_id!r}")


# -- the new text ------------------------------------------------------------------------


def _source_fields(fields: Mapping[str, Any], variables: bool) -> dict[str, Any]:
    """The fields to write, the first keys first; an empty one left out."""
    given = {str(k): v for k, v in fields.items() if v is not None and v != ""}
    for key, value in given.items():
        if not variables and any(_ENV.search(text) for text in _strings(value)):
            raise ConfigError(
                "The source was not added:",
                [
                    f"{key}: {value!r} names an environment variable (${{...}}); a source "
                    "added from the desk may not, so that no secret of the server goes where "
                    "the source points. Write such a source into the config file, or add it "
                    f"with `{command()} sources add --set` on the server."
                ],
            )
    first = {k: given.pop(k) for k in _FIRST_KEYS if k in given}
    return first | given


def _strings(value: Any) -> Iterator[str]:
    """Every string in a value, its keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _strings(key)
            yield from _strings(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _strings(inner)


def _with_source(text: str, source: dict[str, Any]) -> str:
    """``text`` with ``source`` as the last item of its ``sources`` list (made when
    missing), in the list's own indentation or flow style."""
    nl = "\r\n" if "\r\n" in text else "\n"
    root = yaml.compose(text, Loader=_Composer)
    key, value = _top_level(root, "sources")
    if key is None or value is None:  # no sources yet: a new list at the end
        return _insert_lines(text, len(text), "sources:" + nl + _block(source, 2, 4, nl), nl)
    if isinstance(value, yaml.SequenceNode) and value.value and value.flow_style:
        flow = _dump(source, flow=True)
        end = value.end_mark.index - 1  # before the closing bracket
        return text[:end] + ", " + flow + text[end:]
    if isinstance(value, yaml.SequenceNode) and value.value:
        dash = value.start_mark.column
        content = max(value.value[0].start_mark.column, dash + 2)
        at = _skip_comments(text, _after_blank_lines(text, _content_end(value)), dash)
        return _insert_lines(text, at, _block(source, dash, content, nl), nl)
    # `sources: []`: the list goes under the key, in block style.
    start, end = value.start_mark.index, value.end_mark.index
    text = text[:start].rstrip(" ") + text[end:] if end > start else text
    at = _next_line(text, key.end_mark.index)
    dash = key.start_mark.column + 2
    return _insert_lines(text, at, _block(source, dash, dash + 2, nl), nl)


def _with_enabled(text: str, index: int, enabled: bool) -> list[str]:
    """Ways to write the source at ``index`` as enabled or not, the smallest change
    first.  Disabling adds ``enabled: false`` under its id (or sets the line it has);
    enabling takes that line out again, so the two leave the file as it was, or sets
    a line of the owner's own to ``true``, where it may carry a comment."""
    root = yaml.compose(text, Loader=_Composer)
    _key, sources = _top_level(root, "sources")
    if not isinstance(sources, yaml.SequenceNode) or index >= len(sources.value):
        return []
    item = sources.value[index]
    if not isinstance(item, yaml.MappingNode) or not item.value:
        return []
    word = "true" if enabled else "false"
    own = dict(_own_keys(item))
    key, value = own.get("id") or item.value[0]
    under = _next_line(text, _content_end(value))  # the line under the id
    if "enabled" in own:
        key, value = own["enabled"]
        found = []
        line_end = _next_line(text, value.end_mark.index)
        added = re.fullmatch(r"[ \t]*enabled:[ \t]*false\r?\n?", text[under:line_end])
        if enabled and not item.flow_style and added:
            found.append(text[:under] + text[line_end:])
        if enabled and item.flow_style and len(item.value) > 1 and item.value[0][0] is key:
            after = item.value[1][0].start_mark.index
            if re.fullmatch(r"enabled:[ \t]*false,[ \t]*", text[key.start_mark.index : after]):
                found.append(text[: key.start_mark.index] + text[after:])
        start, end = value.start_mark.index, value.end_mark.index
        return [*found, text[:start] + word + text[end:]]
    if item.flow_style:
        at = key.start_mark.index
        return [text[:at] + f"enabled: {word}, " + text[at:]]
    nl = "\r\n" if "\r\n" in text else "\n"
    return [_insert_lines(text, under, " " * key.start_mark.column + f"enabled: {word}", nl)]


def _own_keys(node: yaml.MappingNode) -> Iterator[tuple[str, tuple[yaml.Node, yaml.Node]]]:
    """A mapping's keys as written in it (not those merged in with ``<<``)."""
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
            yield str(key.value), (key, value)


def _top_level(root: yaml.Node | None, name: str) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The key and value nodes of a top-level setting (None, None: not in the file)."""
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return key, value
    return None, None


def _content_end(node: yaml.Node) -> int:
    """Where a node's own text ends: a block collection's marks run on to the next
    token, past the comments and blank lines that follow it."""
    if not isinstance(node, yaml.CollectionNode) or node.flow_style or not node.value:
        return int(node.end_mark.index)
    if isinstance(node, yaml.MappingNode):
        key, value = node.value[-1]
        return max(_content_end(value), int(key.end_mark.index))  # an alias points back
    return _content_end(node.value[-1])


def _next_line(text: str, at: int) -> int:
    """The start of the line after the one ``at`` is on (``at`` when it starts one)."""
    if at > 0 and text[at - 1] == "\n":
        return at
    end = text.find("\n", at)
    return len(text) if end < 0 else end + 1


def _after_blank_lines(text: str, at: int) -> int:
    """The start of the line after ``at``, but before the blank lines a block text
    (``|``) takes in at its end."""
    at = _next_line(text, at)
    while at > 0:
        previous = text.rfind("\n", 0, at - 1) + 1
        if text[previous:at].strip():
            break
        at = previous
    return at


def _skip_comments(text: str, at: int, dash: int) -> int:
    """Past the comment lines indented under the list's last item (an old URL kept
    as a comment belongs to it); a comment at the list's own indent heads what follows."""
    while at < len(text):
        end = text.find("\n", at)
        line = text[at : len(text) if end < 0 else end]
        body = line.lstrip(" ")
        if not body.startswith("#") or len(line) - len(body) <= dash:
            break
        at = len(text) if end < 0 else end + 1
    return at


def _insert_lines(text: str, at: int, lines: str, nl: str) -> str:
    lead = nl if at == len(text) and text and not text.endswith("\n") else ""
    return text[:at] + lead + lines + nl + text[at:]


def _dump(source: dict[str, Any], *, flow: bool) -> str:
    """The source as YAML: one flow mapping, or block keys whose lists and mappings of
    plain values are written in flow style (``tags: [en, lab]``), as the starter does."""
    try:
        if flow:
            return _yaml(source, True)
        return "\n".join(
            _yaml({key: value}, isinstance(value, list | dict) and None)
            for key, value in source.items()
        )
    except yaml.YAMLError as err:
        raise ConfigError(
            f"The source was not added: its fields are not plain values ({err})."
        ) from err


def _yaml(value: Any, flow: bool | None) -> str:
    dumped = yaml.safe_dump(
        value, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=flow
    )
    return str(dumped).rstrip("\n")


def _block(source: dict[str, Any], dash: int, content: int, nl: str) -> str:
    """The source as a block list item: ``- `` at ``dash``, its keys at ``content``."""
    first, *rest = _dump(source, flow=False).split("\n")
    lines = [" " * dash + "-" + " " * (content - dash - 1) + first]
    lines += [" " * content + line for line in rest]
    return nl.join(lines)


def _about_new(problem: str, where: str) -> str:
    """``sources[12].url: ...`` -> ``url: ...``: the new source's problems by its keys."""
    if not problem.startswith(where):
        return problem
    rest = problem[len(where) :]
    return rest[1:] if rest.startswith(".") else "source" + rest


# -- reading and replacing the file ------------------------------------------------------


def _read_from(config: Config, path: Path) -> Config:
    """``config`` as :func:`load_config` would have read it from ``path`` just now."""
    config._path, config._stamp = path, file_stamp(path)
    return config


def _cannot(path: Path, what: str) -> ConfigError:
    return ConfigError(
        f"newsdesk could not {what} in {path} without changing more of the file than that; "
        "make the change by hand there."
    )


def _parse(text: str, path: Path, env: Mapping[str, str] | None) -> Config:
    try:
        return parse_config(text, base_dir=path.parent, env=env)
    except ConfigError as err:
        raise ConfigError(
            f"{path}: {err.args[0]} Fix the file first; nothing was changed.", err.problems
        ) from err


@contextmanager
def _locked(path: Path) -> Iterator[Path]:
    """The file's real path (a symlink is followed, not replaced), while holding a lock
    on its folder that every newsdesk process changing the file takes too."""
    real = path.resolve()
    try:
        folder = os.open(real.parent, os.O_RDONLY)
    except OSError as err:
        raise ConfigError(f"Cannot open the folder of {path}: {err.strerror or err}") from err
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield real
    finally:
        os.close(folder)  # and the lock with it


def _read(real: Path) -> str:
    try:
        with real.open(encoding="utf-8", newline="") as handle:  # "\r\n" kept as it is
            return handle.read()
    except FileNotFoundError:
        raise ConfigError(
            f"No config file at {real}: `{command()} init` writes one, or pass --config PATH."
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"Cannot read the config file {real}: {err}") from err


def _replace(real: Path, path: Path, text: str) -> None:
    """Put ``text`` in the file: a temporary file beside it renamed over it, so a
    reader sees the old file or the new, never half of one.  A file that cannot be
    replaced — one file mounted into a container, whose folder is not its own — is
    written over in place."""
    mode = stat.S_IMODE(real.stat().st_mode)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed, not closed into place)
            "w", encoding="utf-8", newline="", dir=real.parent, prefix=f".{real.name}.",
            suffix=".tmp", delete=False,
        )  # fmt: skip
    except OSError:
        _overwrite(real, path, text)
        return
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, real)
    except OSError as err:
        Path(handle.name).unlink(missing_ok=True)
        if err.errno not in (errno.EBUSY, errno.EXDEV, errno.EPERM, errno.EACCES):
            raise ConfigError(f"Cannot write {path}: {err.strerror or err}") from err
        _overwrite(real, path, text)


def _overwrite(real: Path, path: Path, text: str) -> None:
    try:
        with real.open("r+", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise ConfigError(
            f"Cannot write {path}: {err.strerror or err}. Sources added or disabled from the "
            "desk are written into the config file: let the user newsdesk runs as write it, "
            "or make the change there by hand."
        ) from err
