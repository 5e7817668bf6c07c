"""A small seeded day for the stage tests: two sources, one digest, six reports.

Two events are each reported more than once (a model launch, an inference chip) and
one report is not about AI at all.  Each stage is tested on the store as the stages
before it leave it, run through :func:`newsdesk.pipeline.perform`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from newsdesk.config import Config
from newsdesk.model import Item
from newsdesk.pipeline import perform
from newsdesk.stages import Stage, StageContext, StageResult, Tools
from newsdesk.stages.assess import Assess
from newsdesk.stages.enrich import Enrich
from newsdesk.stages.group import Group
from newsdesk.stages.select import Select
from newsdesk.store import SqlStore

_T = TypeVar("_T")

#: The evening of the seeded day: the clock of every stage test.
EVENING = datetime(2026, 6, 10, 18, tzinfo=UTC)

CONFIG = """
timezone: UTC
sources:
  - {id: wire, name: Compute Wire, kind: feed, url: 'https://wire.example/feed.xml'}
  - {id: lab, name: Lab Notes, kind: feed, url: 'https://lab.example/feed.xml'}
digests:
  - name: daily
    title: AI Daily
    language: en
    timezone: UTC
    style: brief
    select: {lead: 3, more: 3}
    publish: [{id: posts, kind: files, dir: posts}]
render: {cover: {enabled: false}}
"""

#: (source, title, snippet, hours before the evening)
REPORTS = [
    (
        "wire",
        "Orrin Labs releases Kestrel-4 language model with a 256K-token context window",
        "Orrin Labs released Kestrel-4, a large language model with a 256K-token context "
        "window, and cut its API price to $2 per million input tokens.",
        9,
    ),
    (
        "lab",
        "Kestrel-4 from Orrin Labs brings 256K context and a cheaper API",
        "The new Orrin Labs model Kestrel-4 reads 256K tokens at once; the API costs $2 per "
        "million input tokens.",
        7,
    ),
    (
        "wire",
        "Orrin Labs' Kestrel-4 model tops coding benchmarks with 256K context",
        "Kestrel-4, the language model Orrin Labs launched today with a 256K-token context "
        "window, leads two coding benchmarks.",
        5,
    ),
    (
        "wire",
        "Tessel unveils T9 AI inference chip with 96GB of memory",
        "Chip maker Tessel unveiled the T9, an accelerator for AI inference with 96GB of "
        "high-bandwidth memory, shipping in the fourth quarter.",
        8,
    ),
    (
        "lab",
        "Tessel's T9 accelerator brings 96GB memory to AI inference",
        "Tessel said its T9 inference accelerator carries 96GB of memory and ships in the "
        "fourth quarter to cloud providers.",
        6,
    ),
    (
        "lab",
        "City council approves new bicycle lanes downtown",
        "The city council voted to add four kilometres of protected bicycle lanes downtown "
        "by next spring.",
        4,
    ),
]


def report(n: int) -> Item:
    source, title, snippet, hours = REPORTS[n]
    url = f"https://{source}.example/{n}"
    return Item(
        source_id=source, url=url, canonical_url=url, title=title, snippet=snippet, text="",
        author="", published=EVENING - timedelta(hours=hours), language="en",
        content_hash=str(n),
    )  # fmt: skip


def context(store: SqlStore, config: Config, **scope: Any) -> StageContext:
    """A context at the evening of the day, writing offline."""
    return StageContext(store, config, EVENING, Tools(config, offline=True), **scope)


def run(stage: Stage, ctx: StageContext) -> StageResult:
    """One stage alone, as the pipeline runs it."""
    return asyncio.run(_closing(ctx, stage.run))


def through(stages: Sequence[Stage], ctx: StageContext) -> StageContext:
    """The context after these stages, with what they made."""
    return asyncio.run(_closing(ctx, lambda with_tools: perform(stages, with_tools)))


async def _closing(ctx: StageContext, work: Callable[[StageContext], Awaitable[_T]]) -> _T:
    """Work with tools of its own, closed in the event loop that opened them."""
    tools = Tools(ctx.config, offline=True)
    try:
        return await work(replace(ctx, tools=tools))
    finally:
        await tools.aclose()


#: The stages that leave the day's stories assessed.
DESK = (Enrich(), Group(), Assess())
#: ... and the digest's edition selected.
SELECTED = (*DESK, Select())
