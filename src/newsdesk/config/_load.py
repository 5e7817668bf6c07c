"""Reading the file: YAML with no key given twice, ``${ENV}`` references, overrides."""

from __future__ import annotations

import base64
import os
import re
import shlex
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import yaml
from pydantic import BaseModel, ValidationError

from newsdesk._command import command
from newsdesk._oswords import file_on_the_way
from newsdesk.config._base import ConfigModel
from newsdesk.config._channels import SECRET, ChannelBase
from newsdesk.config._digest import TAGS_WAIT, Config
from newsdesk.config._errors import data_keys, describe, join, unset_problem, waiting_key
from newsdesk.exceptions import ConfigError

ENV_PREFIX = "NEWSDESK_"


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
#: Where a variable that is not set may wait until it is used: a source (fetching it),
#: a digest (running it) and a channel (posting on it); the match is the source, digest
#: or channel.  Elsewhere (the store, the LLM) every command needs it.
_DEFERRED = re.compile(r"^(sources|alert_channels|digests)\[\d+\]\.(publish\[\d+\]\.)?")


def interpolate_env(
    data: Any, env: Mapping[str, str], path: str = "", unset: dict[str, str] | None = None
) -> Any:
    """Replace ``${VAR}`` / ``${VAR:-default}`` in every string of the parsed YAML.

    With ``unset``, a variable that is not set in a source or a channel is kept as
    written and recorded there (its key's path: its name), so only the source or channel
    that needs it fails, when used; without, or anywhere else, loading fails.
    """
    if isinstance(data, dict):
        return {k: interpolate_env(v, env, join(path, str(k)), unset) for k, v in data.items()}
    if isinstance(data, list):
        return [interpolate_env(v, env, f"{path}[{i}]", unset) for i, v in enumerate(data)]
    if not isinstance(data, str):
        return data

    def substitute(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        if unset is not None and _DEFERRED.match(path):
            unset[path] = name
            return match.group(0)
        raise ConfigError(
            f"{path}: environment variable {name} is not set. "
            f"Export it (export {name}=...) or write ${{{name}:-default}}."
        )

    return _ENV_REF.sub(substitute, data)


def unset_variables(model: BaseModel, *, exclude: Collection[str] = ()) -> tuple[str, ...]:
    """The variables a source's, digest's or channel's settings still name as
    ``${VAR}``: they were not set when the config was read, so it cannot be used.  The
    keys of ``exclude`` are not looked at (a digest's ``publish``: its channels wait for
    their own)."""
    names: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, str):
            names.update((m.group(1), None) for m in _ENV_REF.finditer(value))
        elif isinstance(value, BaseModel):
            names.update((name, None) for name in getattr(value, "_waiting", {}).values())
            for field in type(value).model_fields:
                walk(getattr(value, field))
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    names.update((name, None) for name in getattr(model, "_waiting", {}).values())
    for field in type(model).model_fields:
        if field not in exclude:
            walk(getattr(model, field))
    return tuple(names)


def as_written(text: str, model: BaseModel) -> str:
    """``text`` with what each ``${VAR}`` of a source's keys holds put back as written
    (``?key=${FEED_KEY}``), in any key (its url, a header, a route) and as an address or
    an error quotes it (percent-encoded, escaped): an error that quotes an address is
    stored and printed, and the variable may hold a secret.  Values shorter than six
    characters are left, as they cannot be told from the text's own words."""
    secrets = getattr(model, "_secrets", {})
    for ref, value in sorted(secrets.items(), key=lambda pair: -len(pair[1])):
        if len(value) < 6:
            continue
        for form in _forms(value):
            text = text.replace(form, ref)
    return text


def hide_secrets(text: str, channel: ChannelBase) -> str:
    """``text`` (a channel's error, to be printed, stored or logged) with every secret of
    the channel's settings hidden, in any form it may be quoted in: what a ``${VAR}``
    holds is put back as written, and a credential written in the file (a key marked
    :data:`SECRET`: a bot token, a password, a webhook's address; the login in any
    address) is shown as ``***``.  A server may quote the request it refused, address
    and form included, so the service's own words are hidden alike; so is a login the
    protocol sent in base64 (:attr:`~newsdesk.config.ChannelBase.logins`)."""
    for login in sorted(channel.logins, key=len, reverse=True):
        if len(login) >= 6:  # first: a base64 text may hold a short secret's letters
            text = text.replace(base64.b64encode(login.encode()).decode(), "***")
    text = as_written(text, channel)
    for value in sorted(_credentials(channel), key=len, reverse=True):
        for form in _forms(value):
            text = text.replace(form, "***")
    return text


def _credentials(channel: ChannelBase) -> set[str]:
    """The credentials written in the channel's keys, as written (a ``${VAR}``'s value is
    :func:`as_written`'s), each long enough to be told from the text's own words: a
    :data:`SECRET` key's value (of an address, what holds its token, which a server
    quotes apart: its query, its query's values and its path; and any long path segment), and the
    login of any address."""
    found: set[str] = set()
    for name, field in type(channel).model_fields.items():
        value = getattr(channel, name)
        if not isinstance(value, str):
            continue
        written = as_written(value, channel)
        parts = urlsplit(written) if "://" in written else None
        if parts is not None and parts.netloc:
            login = parts.netloc.rpartition("@")[0]
            found.update((login, *login.split(":")) if login else ())
        if field.json_schema_extra != SECRET:
            continue
        if parts is None or not parts.netloc:
            found.add(written)
            continue
        query = [v for _, v in parse_qsl(parts.query)]
        segments = [s for s in parts.path.split("/") if len(s) >= 16]
        found.update((parts.query, *query, parts.path))
        found.update(segments)
    return {v for v in found if len(v) >= 6 and "${" not in v}


def _forms(value: str) -> tuple[str, ...]:
    """``value`` as an address or an error may quote it: as is, percent-encoded, escaped
    (as Python's repr, and as JSON writes a slash)."""
    forms = (value, quote(value), quote(value, safe=""), _escaped(value), value.replace("/", "\\/"))
    return tuple(dict.fromkeys(forms))


def _escaped(value: str) -> str:
    """``value`` as Python's repr shows it inside quotes (a newline as ``\\n``)."""
    return repr(value)[1:-1]


def _named(data: Any) -> list[str]:
    """The variables a key's value names, nested keys (headers) included, in order."""
    if isinstance(data, str):
        return [m.group(1) for m in _ENV_REF.finditer(data)]
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else ()
    return [name for value in values for name in _named(value)]


def not_set(names: tuple[str, ...], purpose: str) -> str:
    """The words for variables that are missing when something needs them."""
    verb = "is" if len(names) == 1 else "are"
    exports = "; ".join(f"export {n}=..." for n in names)
    return f"{' and '.join(names)} {verb} not set: {exports}, then {purpose} again."


def apply_env_overrides(data: dict[str, Any], env: Mapping[str, str]) -> dict[str, Any]:
    """Apply ``NEWSDESK_SECTION__KEY=value`` (and ``NEWSDESK_TIMEZONE``) as YAML scalars."""
    for name, raw in sorted(env.items()):
        if not name.startswith(ENV_PREFIX):
            continue
        keys = [k.lower() for k in name[len(ENV_PREFIX) :].split("__")]
        if len(keys) == 1 and keys[0] not in _TOP_LEVEL_SCALARS:
            continue  # NEWSDESK_CONFIG, NEWSDESK_DB and the like belong to the CLI
        node = data
        for key in keys[:-1]:
            child = node.setdefault(key, {})
            if not isinstance(child, dict):
                raise ConfigError(f"{name}: {key!r} is not a section, so it cannot be overridden")
            node = child
        node[keys[-1]] = yaml.safe_load(raw) if raw else raw
    return data


_TOP_LEVEL_SCALARS = frozenset({"timezone"})


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping.

    Plain YAML lets the last one win silently: a second ``sources: []`` dropped every
    source with no word.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # keys merged in with << may be overridden; that is their use
            key = self.construct_object(key_node, deep=deep)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key; the base class says so
                break
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"the key {key!r} is given twice (first at line {first.start_mark.line + 1});"
                    " remove or merge one of them",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


def parse_config(
    text: str, *, base_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> Config:
    """Validate YAML text; raise :class:`ConfigError` listing every wrong key."""
    env = os.environ if env is None else env
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader) or {}  # a SafeLoader
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None) or ""
        mark = getattr(err, "problem_mark", None)
        if context.startswith(_BEGUN) and getattr(err, "context_mark", None) is not None:
            mark = err.context_mark  # type: ignore[attr-defined]  # where the slip is
        keyless = _keyless_line(text, err)
        if keyless is not None:
            line, fix = keyless
            raise ConfigError(f"The config is not valid YAML at line {line}: {fix}") from err
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(
            f"The config is not valid YAML{where}: {problem}{_yaml_hint(problem, context)}"
        ) from err
    if isinstance(data, list):
        raise ConfigError("The config must be a mapping of settings (key: value), not a list.")
    if not isinstance(data, dict):
        first = text.lstrip().partition("\n")[0].strip()
        raise ConfigError(
            f"The config must be settings written `key: value`, one a line: {_colon_fix(first)}"
        )
    unset: dict[str, str] = {}
    as_file = data  # what error messages quote of a value filled in from ${VAR}
    sources = data.get("sources")
    listed = sources if isinstance(sources, list) else []  # _validate names any other shape
    raw_sources = [s if isinstance(s, dict) else {} for s in listed]
    data = apply_env_overrides(interpolate_env(data, env, unset=unset), env)
    config = _validate(data, unset, as_file)
    config._base_dir = (base_dir or Path.cwd()).resolve()
    config._unset_env = unset
    for source, written in zip(config.sources, raw_sources, strict=False):
        source._written = {
            key: value
            for key, value in written.items()
            if isinstance(value, str) and _ENV_REF.search(value)
        }
        source._secrets = _secrets_of(written, env)
    raw_digests = _listed(as_file.get("digests"))
    for channels, raw in (
        *((d.publish, _publish_of(w)) for d, w in zip(config.digests, raw_digests, strict=False)),
        (config.alert_channels, _listed(as_file.get("alert_channels"))),
    ):
        for channel, written in zip(channels, raw, strict=False):
            channel._secrets = _secrets_of(written, env)
    return config


def _secrets_of(written: Any, env: Mapping[str, str]) -> dict[str, str]:
    """Each ``${VAR}`` the keys as written name, with the value the environment gives it:
    what an error quoting the value is given back as written."""
    return {f"${{{name}}}": env[name] for name in _named(written) if name in env}


def _listed(value: Any) -> list[Any]:
    """A list of the file as it writes it (empty when it is none)."""
    return value if isinstance(value, list) else []


def _publish_of(digest: Any) -> list[Any]:
    """A digest's ``publish`` as the file writes it (empty when it is no list)."""
    return _listed(digest.get("publish") if isinstance(digest, dict) else None)


def _validate(data: dict[str, Any], unset: Mapping[str, str], written: Any) -> Config:
    """The config the parsed YAML holds; a source's, digest's or channel's key that must
    be a number or a flag but names a variable not set takes its default, and that
    source, digest or channel waits for the variable (:func:`unset_variables` names it),
    as one whose text names it does: the rest of the file runs meanwhile.  ``written`` is
    the file before its variables were filled in, which errors quote."""
    waiting: set[str] = set()
    tags_wait = any(_WAITING_TAGS.match(path) for path in unset)
    while True:
        try:
            config = Config.model_validate(data, context={TAGS_WAIT: tags_wait})
        except ValidationError as err:
            errors = err.errors()
            waits = {path: e for e in errors if (path := waiting_key(e, unset))}
            if not waits:
                problems = [unset_problem(e, unset) or describe(e, data, written) for e in errors]
                raise ConfigError("The config has errors:", problems) from err
            for path, error in waits.items():
                *parents, key = data_keys(tuple(error["loc"]))
                node: Any = data
                for part in parents:
                    node = node[part]
                del node[key]
                waiting.add(path)
            continue
        for path, name in unset.items():  # in the file's order
            if path in waiting:
                _element(config, path)._waiting[path] = name
        return config


#: The path of a source's ``tags``, or of one of them.
_WAITING_TAGS = re.compile(r"^sources\[\d+\]\.tags(\[|$)")


def waits_on_tags(config: Config, index: int) -> bool:
    """Whether the ``index``-th source's ``tags`` name a variable not set: until it is,
    the source may carry a tag a digest names that no source has."""
    return any(
        _WAITING_TAGS.match(path) and path.startswith(f"sources[{index}].")
        for path in config.unset_env
    )


def _element(config: Config, path: str) -> ConfigModel:
    """The source or channel a key's path is in: ``digests[0].publish[1].port`` -> the
    second channel of the first digest."""
    match = _DEFERRED.match(path)
    assert match is not None  # only such keys wait
    node: Any = config
    for name, index in re.findall(r"(\w+)\[(\d+)\]", match.group(0)):
        node = getattr(node, name)[int(index)]
    assert isinstance(node, ConfigModel)
    return node


#: PyYAML's context of a slip it finds only lines later, at the end of what it began to
#: read there: the key with no ": " after it, the quote never closed.  The error points
#: where that began.
_BEGUN = ("while scanning a simple key", "while scanning a quoted scalar")


def _keyless_line(text: str, err: yaml.YAMLError) -> tuple[int, str] | None:
    """The line a key with no colon (or no space after it) is on, and what to write,
    when PyYAML reads that line on into the next key and complains only there
    ("mapping values are not allowed here", "expected '<document start>'"): the number
    it gives is a line after the one to fix.  None for any other error."""
    problem = getattr(err, "problem", None) or ""
    mark = getattr(err, "problem_mark", None)
    begun = getattr(err, "context_mark", None)
    if getattr(err, "context", None) == "while scanning a simple key" and begun is not None:
        written = text.splitlines()[begun.line][begun.column :].partition(" #")[0].strip()
        return (begun.line + 1, _colon_fix(written)) if written else None
    document = problem.startswith("expected '<document start>'")
    if mark is None or not (document or problem.startswith("mapping values are not allowed")):
        return None
    loader = yaml.SafeLoader(text)
    tokens: list[yaml.Token] = []
    try:
        while loader.check_token():
            tokens.append(loader.get_token())  # type: ignore[no-untyped-call]
    except yaml.YAMLError:
        tokens.extend(loader.tokens)  # read but not yet handed out when it stopped
    finally:
        loader.dispose()
    scalars = [
        t for t in tokens if isinstance(t, yaml.ScalarToken) and t.start_mark.index < mark.index
    ]
    if not scalars or not scalars[-1].plain:
        return None
    previous = tokens[tokens.index(scalars[-1]) - 1]
    if (
        isinstance(previous, yaml.ValueToken)
        and previous.start_mark.line == scalars[-1].start_mark.line
    ):
        return None  # a key's value, and a key indented under it: _yaml_hint says so
    start = scalars[-1].start_mark
    if start.line == mark.line and not document:
        return None  # a value holding ": " on the key's own line: _yaml_hint says so
    written = text.splitlines()[start.line][start.column :].partition(" #")[0].strip()
    return (start.line + 1, _colon_fix(written)) if written else None


def _colon_fix(written: str) -> str:
    """What to write for a line ``written`` with no colon after its key, or no space
    after the colon: ``timezone UTC`` -> ``timezone: UTC``."""
    key, colon, value = written.partition(":")
    if colon and value and not value[0].isspace():
        return (
            f"`{written}` needs a space after its colon: write `{key}: {value}`"
            " (a key needs a colon and a space after it)"
        )
    key, _, value = written.partition(" ")
    return (
        f"`{written}` has no colon after its key: write `{key}: {value.strip() or '…'}`"
        " (a key needs a colon and a space after it)"
    )


def _yaml_hint(problem: str, context: str = "") -> str:
    """What PyYAML's words for the usual slips mean to someone editing the file."""
    if context == "while scanning a quoted scalar":
        return " (a quote opened here is never closed)"
    if context.startswith("while parsing a flow") and (
        "'{'" in problem or "<stream end>" in problem
    ):
        return (
            " (inside {…} or […], put a value holding ${VAR} or a brace in quotes,"
            " `{url: '${FEED_URL}'}`, and close every { and [)"
        )
    if "'\\t'" in problem:
        return " (a tab: indent with spaces)"
    if "mapping values are not allowed" in problem:  # also a value holding ": "
        return (
            " (check this line's indentation against the lines above, or put a value that"
            ' holds ": " in quotes)'
        )
    if "block" in problem:
        return (
            " (check this line's indentation against the lines above, and a space after each colon)"
        )
    return ""


def _missing(path: Path) -> ConfigError:
    """No config at ``path``: the ``init`` that writes one there (a folder's
    newsdesk.yaml, a YAML file by its name), or the default one."""
    named = path.is_dir() or path.suffix in (".yaml", ".yml")
    target = f" {shlex.quote(str(path))}" if named and path != Path("newsdesk.yaml") else ""
    init = f"{command(setup=not target)} init{target}"  # the path named once, not twice
    if path.is_dir():
        return ConfigError(
            f"{path} is a folder with no newsdesk.yaml. Run `{init}` to write a starter "
            "config there, or pass --config PATH."
        )
    there = " there" if target else ""
    return ConfigError(
        f"No config file at {path}. Run `{init}` to write a starter config{there}, or pass "
        "--config PATH."
    )


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """The file's inode, size and modification time (None: it is gone): what changes
    when an editor saves it or newsdesk replaces it."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a config file, remembering where it came from and its
    :func:`file_stamp`, so a long-running desk can tell when it changed."""
    stamp = file_stamp(path)  # before reading: a change while reading shows next time
    if path.is_dir() and (path / "newsdesk.yaml").is_file():
        raise ConfigError(
            f"{path} is a folder: pass --config {shlex.quote(str(path / 'newsdesk.yaml'))}."
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError):
        raise _missing(path) from None
    except NotADirectoryError as err:
        blocking = file_on_the_way(path)
        where = f"{blocking} is a file, not a folder" if blocking else err.strerror
        raise ConfigError(f"Cannot read the config file {path}: {where}.") from None
    except UnicodeDecodeError as err:
        raise ConfigError(
            f"Cannot read the config file {path}: it is not UTF-8 text (byte "
            f"0x{err.object[err.start]:02x} at position {err.start}); save it as UTF-8."
        ) from err
    except OSError as err:
        raise ConfigError(f"Cannot read the config file {path}: {err}") from err
    try:
        config = parse_config(text, base_dir=path.parent, env=env)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err.args[0]}", err.problems) from err
    config._path, config._stamp = path, stamp
    return config
