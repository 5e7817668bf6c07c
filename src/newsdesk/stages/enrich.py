"""enrich: a sentence vector for every stored item without one."""

from __future__ import annotations

from collections.abc import Collection

from newsdesk.desk import Embedder, embedding_text
from newsdesk.progress import NullProgress, Progress
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.store import Store

#: Items embedded and stored per call.  The bundled encoder splits a call into units of
#: up to 6,000 characters, at least two per worker: 256 headlines made four units of
#: 3,200 and took a fifth more processor time than 1,024 (docs/benchmarks.md); long
#: texts fill the units either way.
EMBED_BATCH = 1024


def enrich(
    store: Store,
    embedder: Embedder,
    progress: Progress | None = None,
    *,
    only: Collection[int] | None = None,
) -> int:
    """Give every item without one (of ``only``, when given) a sentence vector; returns
    how many were embedded."""
    progress = progress or NullProgress()
    pending = store.items_without_vectors(embedder.name, only=only)
    batches = [pending[i : i + EMBED_BATCH] for i in range(0, len(pending), EMBED_BATCH)]
    progress.stage("embed", len(batches))
    for batch in batches:
        vectors = embedder.embed([embedding_text(item) for item in batch])
        store.save_vectors(embedder.name, [(item.id, vectors[n]) for n, item in enumerate(batch)])
        progress.advance(f"{len(batch)} items")
    return len(pending)


class Enrich:
    """:func:`enrich` with the run's embedder, over ``ctx.items`` when set (a
    :class:`~newsdesk.stages.BatchedStage`)."""

    name = "enrich"

    def pending(self, ctx: StageContext) -> list[int]:
        return [i.id for i in ctx.store.items_without_vectors(ctx.tools.embedder().name)]

    async def run(self, ctx: StageContext) -> StageResult:
        embedded = enrich(ctx.store, ctx.tools.embedder(), ctx.progress, only=ctx.items)
        return StageResult(counts={"embedded": embedded})
