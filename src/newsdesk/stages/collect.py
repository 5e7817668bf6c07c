"""collect and fulltext: the sources' new items into the store, then their article texts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from newsdesk.collect import collect_fulltext, collect_sources, fulltext_pending
from newsdesk.model import Outcome, SourceReport
from newsdesk.stages._contract import StageContext, StageResult


@dataclass(frozen=True, slots=True)
class Collected:
    """What collect did, source by source."""

    #: One report per source, in configuration order.
    reports: tuple[SourceReport, ...]

    @property
    def fetched(self) -> frozenset[str]:
        """The ids of the sources this run fetched."""
        return frozenset(r.source_id for r in self.reports)


class Collect:
    """Fetch every source of the run (``ctx.sources``, else the enabled ones) once and
    store what is new or changed; a failing source is counted and named, not fatal."""

    name = "collect"

    async def run(self, ctx: StageContext) -> StageResult:
        fetcher = await ctx.tools.fetcher()
        sources = list(ctx.sources) or ctx.config.select_sources(None)
        reports = await collect_sources(
            ctx.config, ctx.store, fetcher, sources, progress=ctx.progress
        )
        return collected(reports)


def collected(reports: Sequence[SourceReport]) -> StageResult:
    """Collect's result from its reports (of one run, or of its sources' tasks)."""
    return StageResult(
        counts={
            "sources": len(reports),
            "failed": sum(r.outcome is Outcome.FAILED for r in reports),
            "new": sum(r.counts.new for r in reports),
            "updated": sum(r.counts.updated for r in reports),
        },
        errors=tuple(
            {"source": r.source_id, "error": r.error}
            for r in reports
            if r.outcome is Outcome.FAILED
        ),
        output=Collected(tuple(reports)),
    )


class Fulltext:
    """Fetch the article of every stored item of these sources whose text is short (of
    ``ctx.items`` when set: a :class:`~newsdesk.stages.BatchedStage`)."""

    name = "fulltext"

    def pending(self, ctx: StageContext) -> list[int]:
        sources = list(ctx.sources) or ctx.config.select_sources(None)
        return [i.id for i in fulltext_pending(ctx.config, ctx.store, sources)]

    async def run(self, ctx: StageContext) -> StageResult:
        fetcher = await ctx.tools.fetcher()
        sources = list(ctx.sources) or ctx.config.select_sources(None)
        report = await collect_fulltext(
            ctx.config, ctx.store, fetcher, sources, progress=ctx.progress, only=ctx.items
        )
        return StageResult(counts=asdict(report), output=report)
