"""Source kinds, keyed by the ``kind`` of a source in the config.

A kind is one module: its config model (a :class:`~newsdesk.config.SourceBase`), its
``collect(source, ctx) -> Collected``, and pure parsing functions beside them so parsers
test without a network.  The module ends with :func:`register_kind`, which is all it
takes for the config to accept the kind and for the collector to run it.
"""

from __future__ import annotations

import importlib

from newsdesk.collect.kinds._base import KINDS, CollectContext, Collector, register_kind

#: The built-in kinds' modules, in the order a wrong ``kind`` lists them.
BUILTIN_KINDS = (
    "feed", "html", "rsshub", "hackernews", "github_trending", "hf_papers", "arxiv",
    "reddit", "jsonl",
)  # fmt: skip
for _module in BUILTIN_KINDS:
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["BUILTIN_KINDS", "KINDS", "CollectContext", "Collector", "register_kind"]
