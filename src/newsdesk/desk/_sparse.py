"""Small sparse-matrix helpers the grouping modules share."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import sparse

#: Pairs whose rows :func:`row_dots` gathers at once.
_ROWS_CHUNK = 16_384


def row_dots(
    x: sparse.csr_matrix,
    y: sparse.csr_matrix,
    rows_x: npt.NDArray[np.intp],
    rows_y: npt.NDArray[np.intp],
) -> npt.NDArray[np.float64]:
    """The dot product of row rows_x[k] of ``x`` with row rows_y[k] of ``y``, for each k:
    every pair's overlap in a few passes, not one sparse product per pair.  The rows are
    gathered :data:`_ROWS_CHUNK` pairs at a time: pooled rows of big stories, gathered
    for every pair at once, took hundreds of megabytes (each dot is the same float
    whatever the chunk)."""
    out = np.empty(len(rows_x), dtype=np.float64)
    for start in range(0, len(rows_x), _ROWS_CHUNK):
        part = slice(start, start + _ROWS_CHUNK)
        out[part] = paired_dots(x[rows_x[part]], y[rows_y[part]])
    return out


def paired_dots(x: sparse.csr_matrix, y: sparse.csr_matrix) -> npt.NDArray[np.float64]:
    """The dot product of row k of ``x`` with row k of ``y``, for each k (rows gathered
    already: a caller that reads one gathered matrix against several reuses it)."""
    return np.asarray(x.multiply(y).sum(axis=1), dtype=np.float64).ravel()
