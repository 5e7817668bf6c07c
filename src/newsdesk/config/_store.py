"""``store``: where items live."""

from __future__ import annotations

from pathlib import Path

from newsdesk.config._base import ConfigModel


class StoreSettings(ConfigModel):
    """Where items live: a SQLite path URL (default) or a PostgreSQL URL."""

    url: str = "sqlite:///newsdesk.db"


def resolve_store_url(value: str, base_dir: Path) -> str:
    """Accept a plain path or a SQLAlchemy URL; relative SQLite paths go under base_dir."""
    if "://" not in value:
        return f"sqlite:///{(base_dir / value).resolve()}"
    prefix = "sqlite:///"
    if value.startswith(prefix) and not value.startswith(prefix + "/"):
        rest = value[len(prefix) :]
        if rest and rest != ":memory:":
            return prefix + str((base_dir / rest).resolve())
    return value
