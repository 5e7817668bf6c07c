"""Helpers shared by the desk server's tests: an app on a copy of the sample day's store,
driven in-process through Starlette's test client (the app's lifespan included), as a
browser on this machine would reach it (a desk with no account answers only there)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from newsdesk import Newsdesk, load_config
from newsdesk.progress import Progress
from newsdesk.web import create_app
from sample_day import Day

#: Where the tests reach the app.
LOCAL = "http://127.0.0.1:8080"


def copy_store(served: Day, folder: Path) -> str:
    """The URL of a copy of the sample day's store in ``folder``."""
    target = folder / "desk.db"
    shutil.copy(served.store, target)
    return f"sqlite:///{target}"


@contextmanager
def client_on(
    served: Day,
    url: str,
    *,
    review: bool = False,
    config: Path | None = None,
    progress: Progress | None = None,
) -> Iterator[TestClient]:
    """A client of the app on the store at ``url``, at the sample day's evening."""
    path = config or (served.review_path if review else served.config_path)
    desk = Newsdesk(
        load_config(path), store_url=url, now=lambda: served.evening, user="tester",
        progress=progress,
    )  # fmt: skip
    with TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False) as client:
        yield client


def edition_url(served: Day, digest: str = "ai-ribao", action: str = "") -> str:
    """The sample day's edition of ``digest`` (and one of its actions)."""
    base = f"/api/v1/digests/{digest}/editions/{served.day.isoformat()}"
    return f"{base}/{action}" if action else base
