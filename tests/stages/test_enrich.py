"""enrich: every stored item without a vector gets one, once."""

from __future__ import annotations

from newsdesk.config import Config
from newsdesk.stages.enrich import Enrich
from newsdesk.store import SqlStore

from .seeded_day import REPORTS, context, run


def test_every_item_without_a_vector_is_embedded(day_store: SqlStore, config: Config) -> None:
    ctx = context(day_store, config)

    result = run(Enrich(), ctx)

    assert result.counts == {"embedded": len(REPORTS)}
    assert day_store.items_without_vectors(ctx.tools.embedder().name) == []


def test_a_second_run_embeds_nothing(day_store: SqlStore, config: Config) -> None:
    run(Enrich(), context(day_store, config))

    again = run(Enrich(), context(day_store, config))

    assert again.counts == {"embedded": 0}
