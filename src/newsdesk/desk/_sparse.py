"""Small sparse-matrix helpers the grouping modules share."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import sparse


def row_dots(
    x: sparse.csr_matrix,
    y: sparse.csr_matrix,
    rows_x: npt.NDArray[np.intp],
    rows_y: npt.NDArray[np.intp],
) -> npt.NDArray[np.float64]:
    """The dot product of row rows_x[k] of ``x`` with row rows_y[k] of ``y``, for each k:
    every pair's overlap in one pass, not one sparse product per pair."""
    return np.asarray(x[rows_x].multiply(y[rows_y]).sum(axis=1), dtype=np.float64).ravel()
