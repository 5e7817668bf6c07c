"""What every section of the file is built on: the base model and checked value types."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, PrivateAttr

#: A ``${VAR}`` left in a value once the file is read: a variable not set, which a
#: source, a digest or a channel waits for until it is used (``_load.py``).
UNSET_REF = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")


def folder_of(base_dir: Path, written: str) -> Path:
    """A folder the config file names (``site.dir``, a files channel's ``dir``): ``~``
    is the home folder, a relative path is from the config's folder, and ``..`` and
    links are resolved, so that what a publish prints, records or fails on is the folder
    it is ("/srv/blog", not "/srv/desk/../blog" or a folder named "~")."""
    return (base_dir / Path(written).expanduser()).resolve()


def _check_http_url(value: str) -> str:
    if UNSET_REF.search(value):
        return value  # its source or channel fails when used, naming the variable
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("is not an http(s) URL")
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("is not a time zone name such as 'Asia/Shanghai' or 'UTC'") from None
    return value


def _check_slug(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", value):
        raise ValueError("must be lowercase letters, digits, '-' or '_' (e.g. 'openai-news')")
    return value


HttpUrl = Annotated[str, AfterValidator(_check_http_url)]
TimeZoneName = Annotated[str, AfterValidator(_check_timezone)]
Slug = Annotated[str, AfterValidator(_check_slug)]
Language = Literal["zh", "en", "auto"]


class ConfigModel(BaseModel):
    """A section of the file: unknown keys are errors, values never change once read."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    #: The keys of a source, digest or channel that name a variable not set and must
    #: hold a number or a flag (their path: the variable): they hold their default, and
    #: the source, digest or channel fails when used, naming the variable.
    _waiting: dict[str, str] = PrivateAttr(default_factory=dict)


def check_unique(what: str, names: list[str]) -> None:
    """Raise ValueError naming the first name given twice (for a model validator)."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"{what}: {name!r} appears twice; each must be unique")
        seen.add(name)
