"""The stages of a run, one module each, over one store.

collect (and fulltext) → enrich → group → assess → select → write → verify → render →
publish → site.  Each stage reads what the one before stored (or made in the same run),
calls the pure functions of :mod:`newsdesk.desk`, :mod:`newsdesk.editor` and
:mod:`newsdesk.render`, and stores its own result, so each can run again alone.  A
failure in one (the embeddings endpoint is down) leaves everything stored before
intact.  Every stage keeps the same small contract (:class:`Stage`), which
:mod:`newsdesk.pipeline` runs and records.
"""

from __future__ import annotations

from newsdesk.stages._contract import BatchedStage, Stage, StageContext, StageResult, Tools
from newsdesk.stages._days import day_end, day_window, output_folder
from newsdesk.stages._embedding import make_embedder

__all__ = [
    "BatchedStage",
    "Stage",
    "StageContext",
    "StageResult",
    "Tools",
    "day_end",
    "day_window",
    "make_embedder",
    "output_folder",
]
