"""Helpers shared by the source-kind tests: fixture files and one run of a kind's collect().

Imported as ``from kind_helpers import ...`` (pytest puts this folder on ``sys.path``); a
second conftest.py here would shadow ``tests/conftest.py`` for ``from conftest import``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from newsdesk.collect._http import Fetcher
from newsdesk.collect.kinds import CollectContext, Collector
from newsdesk.config import FetchSettings, RSSHubSettings
from newsdesk.model import Collected, FetchState

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_text(name: str) -> str:
    return fixture_bytes(name).decode("utf-8")


def run_collect(
    collect: Collector,
    source: Any,
    settings: FetchSettings,
    *,
    state: FetchState | None = None,
    base_dir: Path | None = None,
    rsshub: RSSHubSettings | None = None,
    zone: ZoneInfo | None = None,
) -> Collected:
    """Run ``collect(source, ctx)`` once with a fresh Fetcher, from a sync test."""

    async def go() -> Collected:
        async with Fetcher(settings) as fetcher:
            ctx = CollectContext(
                fetcher,
                state or FetchState(source.id),
                base_dir or Path.cwd(),
                rsshub or RSSHubSettings(),
                zone=zone or ZoneInfo("UTC"),
            )
            return await collect(source, ctx)

    return asyncio.run(go())
