"""The Redis database the Redis tests use and empty: ``NEWSDESK_TEST_REDIS`` (default
database 14 at 127.0.0.1:6379); under pytest-xdist (``make test``) each test process
takes a database of its own on that server, 8 + its number, so that processes never
empty or read each other's queues."""

from __future__ import annotations

import os


def _url() -> str:
    url = os.environ.get("NEWSDESK_TEST_REDIS", "redis://127.0.0.1:6379/14")
    process = os.environ.get("PYTEST_XDIST_WORKER", "")
    if process.startswith("gw"):
        url = f"{url.rsplit('/', 1)[0]}/{8 + int(process[2:])}"
    return url


REDIS_URL = _url()
