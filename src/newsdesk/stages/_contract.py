"""What every stage is: a name, and one coroutine from a context to a result.

A stage reads its inputs from the store (and from what the stages before it in the same
run made, see :meth:`StageContext.input`), writes its outputs to the store, and returns
counts.  The pipeline records every stage the same way from those counts, so a stage
neither times nor records itself.  The things stages share over a run (the embedder,
the HTTP fetcher, the chat client) are in :class:`Tools`, made on first use and closed
when the run ends.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

import httpx

from newsdesk._limits import Limits, LocalLimits
from newsdesk.collect import Fetcher
from newsdesk.config import Config, DigestConfig, SourceConfig
from newsdesk.desk import Embedder
from newsdesk.editor import (
    ChatClient,
    StoreReplyCache,
    client_from_settings,
    require_llm,
    why_offline,
)
from newsdesk.progress import NullProgress, Progress
from newsdesk.stages._embedding import make_embedder
from newsdesk.store import Store

log = logging.getLogger("newsdesk")
_T = TypeVar("_T")


class Tools:
    """The embedder, fetcher and chat client of one run, each made when a stage first
    asks for it.  :meth:`aclose` closes what was made here; an embedder passed in
    belongs to the caller and stays open.  The fetcher and the chat client belong to the
    event loop they were made in: close them in it, and use new tools in another.

    ``limits`` pace the requests to each host and LLM endpoint and hold the LLM token
    budget under ``budget_key`` (default: this run's own, in this process; the Celery
    engine's tasks share them through Redis, keyed by their run).
    """

    def __init__(
        self,
        config: Config,
        *,
        embedder: Embedder | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        offline: bool = False,
        env: Mapping[str, str] | None = None,
        limits: Limits | None = None,
        budget_key: str = "budget",
    ) -> None:
        self._config = config
        self._limits = limits or LocalLimits()
        self._budget_key = budget_key
        self._embedder = embedder
        self._made_embedder: Embedder | None = None
        self._transport = transport
        self._offline = offline
        self._env = env
        self._fetcher: Fetcher | None = None
        self._chat: tuple[ChatClient | None, str] | None = None
        self._closing = AsyncExitStack()

    def embedder(self) -> Embedder:
        """The configured embedder (the one passed in, else made now and closed later)."""
        if self._embedder is None:
            self._embedder = self._made_embedder = make_embedder(self._config.embed)
        return self._embedder

    async def fetcher(self) -> Fetcher:
        """One HTTP fetcher for collecting and full text, with the run's transport."""
        if self._fetcher is None:
            made = Fetcher(self._config.fetch, transport=self._transport, limits=self._limits)
            self._fetcher = await self._closing.enter_async_context(made)
        return self._fetcher

    def chat(self, store: Store, now: datetime) -> tuple[ChatClient | None, str]:
        """The chat client (None: the offline editor writes) and why a configured LLM is
        not used ("" when it is, or none is configured).

        One client serves the run, so ``llm.budget_tokens`` is per run; the reason is
        logged once, as a warning.

        Raises:
            LLMUnavailable: ``llm.required`` is set and the run is not offline, but there
                is no client (no ``llm.base_url``, no key).
        """
        if self._chat is None:
            key_env = os.environ if self._env is None else self._env
            cache = StoreReplyCache(store, clock=lambda: now)
            client = (
                None
                if self._offline
                else client_from_settings(
                    self._config.llm,
                    key_env,
                    cache,
                    limits=self._limits,
                    budget_key=self._budget_key,
                )
            )
            unused = "" if self._offline else why_offline(self._config.llm, key_env)
            if self._config.llm.required and not self._offline:
                require_llm(client, unused)
            if unused:
                log.warning("%s", unused)
            if client is not None:
                self._closing.push_async_callback(client.aclose)
            self._chat = (client, unused)
        return self._chat

    async def aclose(self) -> None:
        """Close what this run made."""
        try:
            await self._closing.aclose()
        finally:
            if self._made_embedder is not None:
                self._made_embedder.close()


@dataclass(frozen=True, slots=True)
class StageContext:
    """Everything a stage may use: where to read and write, what to work on, and when."""

    #: Where inputs are read from and outputs written to.
    store: Store
    #: The settings.
    config: Config
    #: The run's clock: recency, "today" and every stored time.
    now: datetime
    #: The run's shared embedder, fetcher and chat client.
    tools: Tools
    #: The day to select and write (None: each digest's today at ``now``).
    day: date | None = None
    #: The digests to select, write and publish (empty: every configured one).
    digests: tuple[DigestConfig, ...] = ()
    #: The sources to collect (empty: every enabled one).
    sources: tuple[SourceConfig, ...] = ()
    #: Receives what long stages are doing.
    progress: Progress = field(default_factory=NullProgress)
    #: What the stages before this one made in the same run, oldest first.
    earlier: tuple[object, ...] = ()
    #: The items a per-item stage works on (None: every one still to do); a batch of
    #: them is one task of a run on workers (see :class:`BatchedStage`).
    items: frozenset[int] | None = None

    def input(self, kind: type[_T]) -> _T:
        """The newest thing of this type an earlier stage made.

        Raises LookupError when none did: the stage that makes it must run first.
        """
        found = self.find(kind)
        if found is None:
            raise LookupError(f"No {kind.__name__} in this run: run the stage that makes it first")
        return found

    def find(self, kind: type[_T]) -> _T | None:
        """The newest thing of this type an earlier stage made, or None."""
        for made in reversed(self.earlier):
            if isinstance(made, kind):
                return made
        return None


@dataclass(frozen=True, slots=True)
class StageResult:
    """What a stage did, as the run records it."""

    #: What it did, counted ("embedded", "stories", one per digest...).
    counts: dict[str, int] = field(default_factory=dict)
    #: What failed without stopping it (a source, a channel), one mapping each.
    errors: tuple[dict[str, Any], ...] = ()
    #: What later stages of the run (and its summary) take from it; None: nothing.
    output: object = None


class Stage(Protocol):
    """One step of the run.  Its coroutine reads what it needs from the store and the
    context, writes what it made to the store, and returns what it did.

    A :class:`~newsdesk.exceptions.NewsdeskError` ends the run as failed with its reason;
    what earlier stages stored stays.  A stage whose work is CPU-bound runs it in the
    coroutine directly, as a run does nothing else meanwhile.
    """

    #: The name the run records it by.
    name: str

    async def run(self, ctx: StageContext) -> StageResult:
        """Do the stage's work for ``ctx``."""
        ...


class BatchedStage(Stage, Protocol):
    """A stage whose work is item by item (full text, enrich), so workers can share it:
    :meth:`pending` names the items still to do, and :meth:`run` with ``ctx.items`` set
    does only those of them still to do, so a batch done twice does nothing twice.
    Counts of batches add up to what one run over them all counts."""

    def pending(self, ctx: StageContext) -> list[int]:
        """The ids of the items :meth:`run` would work on now."""
        ...
