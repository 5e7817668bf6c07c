"""Helpers for the desk tests: hand-written items with real vectors from the bundled encoder.

Imported as ``from desk_helpers import ...`` (pytest puts this folder on ``sys.path``).
Every text here is fictional, written for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from newsdesk.config import Config
from newsdesk.desk import DeskItem, UniversalSentenceEncoder, embedding_text
from newsdesk.desk._group import group_in_days
from newsdesk.model import GroupResult
from newsdesk.stages.group import cluster_params

DAY = datetime(2026, 5, 14, 2, 0, tzinfo=UTC)


@lru_cache(maxsize=1)
def encoder() -> UniversalSentenceEncoder:
    return UniversalSentenceEncoder()


def item(
    n: int,
    title: str,
    text: str = "",
    *,
    language: str = "en",
    hours: float = 0.0,
    source: str = "",
    publisher: str = "",
    story: str | None = None,
    metrics: dict[str, int] | None = None,
) -> DeskItem:
    """An item ``hours`` after 02:00 UTC on 2026-05-14 (without its vector); with no
    ``publisher`` its source stands for it."""
    return DeskItem(
        id=n,
        key=f"https://news.example/{n}",
        title=title,
        text=text,
        language=language,
        time=DAY + timedelta(hours=hours),
        source_id=source or f"source-{n}",
        domain=f"outlet{n}.example",
        publisher=publisher,
        story_id=story,
        metrics=metrics or {},
    )


def embedded(items: Sequence[DeskItem]) -> list[DeskItem]:
    vectors = encoder().embed([embedding_text(i) for i in items])
    return [replace(i, vector=vectors[n]) for n, i in enumerate(items)]


# -- two open stories of day one, and the reports of day two -------------------------------

#: The default grouping, and the days a story stays open.
PARAMS = cluster_params(Config())
WINDOW = timedelta(days=3)

#: Two companies fined alike on day one: two events of one kind, one open story each.
NORTHWIND = [
    "Regulator fines Northwind Labs over data practices",
    "Northwind Labs fined for mishandling customer data",
    "Data watchdog hits Northwind Labs with record fine",
    "Northwind Labs penalised over data collection",
]
SOUTHGATE = [
    "Regulator fines Southgate Labs over data practices",
    "Southgate Labs fined for mishandling customer data",
    "Data watchdog hits Southgate Labs with record fine",
    "Southgate Labs penalised over data collection",
]


def open_pair(first: list[str], second: list[str], ids: tuple[str, str]) -> list[DeskItem]:
    """Day one as stored: ``first`` in story ids[0] (seen first), ``second`` in ids[1]."""
    one = [item(n, t, hours=n * 0.2, story=ids[0]) for n, t in enumerate(first)]
    two = [item(10 + n, t, hours=1 + n * 0.2, story=ids[1]) for n, t in enumerate(second)]
    return one + two


def day_two(titles: list[str]) -> list[DeskItem]:
    """Reports of the next day, not grouped yet (ids from 20)."""
    return [item(20 + n, t, hours=24 + n) for n, t in enumerate(titles)]


def grouped(items: list[DeskItem], held: frozenset[str] = frozenset()) -> GroupResult:
    """``items`` embedded and grouped day by day, as a run does, ``held`` kept by an editor."""
    return group_in_days(embedded(items), PARAMS, window=WINDOW, held=held)
