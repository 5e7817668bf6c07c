"""The C allocator told to keep the memory the encoder frees, for its next batch.

Each unit of the encoder's work (:mod:`newsdesk.desk._embed`) makes arrays of one to a
few dozen megabytes and frees them.  glibc's allocator hands such blocks back to the
kernel as they are freed (each worker thread's heap is trimmed, a large block is its own
mapping), so the next unit takes them again page by page, and the kernel zeroes every
page: on 5,000 items of title + 500 characters, 0.7 million page faults and 1.0–1.8 of
9 processor-seconds in the kernel.  Raised thresholds keep those blocks in the process
(at most the encoder's peak, which it reaches at every batch anyway), and the kernel's
share falls to 0.15 s; the arithmetic, and so every vector, is unchanged.

Process-wide, as the allocator is; set once, when the encoder loads.  Nothing is done
where the C library has no ``mallopt`` (macOS, Windows), or when the user set glibc's
own ``MALLOC_TRIM_THRESHOLD_`` or ``MALLOC_MMAP_THRESHOLD_``.
"""

from __future__ import annotations

import ctypes
import os

#: ``mallopt`` parameters (glibc's malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: Free memory at the top of a heap kept rather than given back: about the encoder's
#: working set for a unit of work and its batch's vectors (the same 0.15 s of kernel
#: time as with no limit at all on the benchmark's title + 500 characters).
TRIM_THRESHOLD = 256 << 20
#: Blocks below this come from the heaps, not from a mapping of their own: glibc's own
#: ceiling for the threshold it adjusts by itself, so the encoder's arrays (a few to a
#: few dozen megabytes) all qualify.
MMAP_THRESHOLD = 32 << 20

_set = False


def keep_freed_memory() -> None:
    """Raise glibc's trim and mapping thresholds (once per process; see the module)."""
    global _set
    if _set:
        return
    _set = True
    if "MALLOC_TRIM_THRESHOLD_" in os.environ or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not a C library with mallopt
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
