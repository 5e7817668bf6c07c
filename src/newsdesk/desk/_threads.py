"""Grouping's numpy work on two threads.

Grouping is one Python thread, so on two cores one stays idle, and when other work
shares the machine a single thread gets a smaller share of it than two do.  numpy and
scipy's sparse routines let go of the interpreter while they compute, so parts of a
step that need nothing from each other (a block's rows, a batch's chunks of pairs) can
run side by side: each part computes exactly what it computed alone, so the results are
the same floats.  BLAS stays on one thread in each (:mod:`newsdesk.desk._blas`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

P = TypeVar("P")
T = TypeVar("T")


def on_two_threads(work: Callable[[P], T], parts: Sequence[P]) -> list[T]:
    """``[work(part) for part in parts]``, on two threads when there are two or more
    parts; ``work`` must not write what another part reads or writes."""
    if len(parts) < 2:
        return [work(part) for part in parts]
    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(work, parts))  # list(): raise what a part raised
