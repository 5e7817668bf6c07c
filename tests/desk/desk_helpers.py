"""Helpers for the desk tests: hand-written items with real vectors from the bundled encoder.

Imported as ``from desk_helpers import ...`` (pytest puts this folder on ``sys.path``).
Every text here is fictional, written for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from newsdesk.desk import DeskItem, UniversalSentenceEncoder, embedding_text

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
