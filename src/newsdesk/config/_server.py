"""``server``: how ``newsdesk serve`` lets people in."""

from __future__ import annotations

from pydantic import Field

from newsdesk.config._base import ConfigModel, HttpUrl


class ServerSettings(ConfigModel):
    """Who may read and who may write on the desk server."""

    url: HttpUrl | None = Field(
        None,
        description="where editors open the desk server (https://desk.example.com); a "
        "scheduled run's review alert links the day's review page there (unset: it names "
        "the commands to look at the draft)",
    )
    public: bool = Field(
        False,
        description="anyone may read the archive (digests, stories, sources) without "
        "logging in; writing always needs an account",
    )
    session_hours: float = Field(
        168, gt=0, le=8760, description="how long a login lasts without being used"
    )
    login_attempts: int = Field(
        5,
        ge=1,
        le=1000,
        description="failed logins per address or per account within 15 minutes before "
        "further tries are refused until the window passes",
    )
