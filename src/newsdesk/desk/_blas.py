"""BLAS held to one thread while the desk computes.

OpenBLAS starts a thread per core for every product and its threads spin-wait on each
other; when another process holds a core they wait for it.  The encoder's own worker
threads are its parallelism, and grouping's products are many and small (a story's
mean vector against the day's background sample, a block of a few thousand items):
on two shared cores, grouping 5,000 headlines took 3.8 s of processor time with
OpenBLAS's threads and 2.4 s without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_LIMIT: Any = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS limited to one thread for the duration (restored after)."""
    global _LIMIT
    if _LIMIT is None:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

        # scanning the loaded libraries takes milliseconds: once per process
        _LIMIT = ThreadpoolController().limit
    with _LIMIT(limits=1, user_api="blas"):
        yield
