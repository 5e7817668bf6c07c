"""Scoring newsdesk against labelled data: grouping, classifying, verifying."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newsdesk.core._base import DeskBase
from newsdesk.core._views import ClassifyReport
from newsdesk.desk import ClusterEvaluation
from newsdesk.editor import VerifyEvaluation, evaluate_verification, read_verify_file
from newsdesk.exceptions import EvalError
from newsdesk.stages.evaluate import classify_file, evaluate_file


class Evaluating(DeskBase):
    """The ``eval`` commands."""

    def eval_cluster(self, path: Path, out: Path | None = None) -> ClusterEvaluation:
        """Group a labelled file as a run would and score it (B-cubed); with ``out``,
        write each item's predicted cluster there.  Raises EvalError for a bad file."""
        with _output(out) as handle:
            result = evaluate_file(path, self.config, self.embedder)
            if handle is not None:
                result.write_predictions(handle)
        return result

    def eval_classify(self, path: Path, out: Path | None = None) -> ClassifyReport:
        """Judge each item of a file as a one-item story (relevance, category); with
        ``out``, write each verdict there.  Bad lines are skipped and reported."""
        with _output(out) as handle:
            result, read = classify_file(path, self.config, self.embedder)
            if handle is not None:
                result.write_predictions(handle)
        return ClassifyReport(result, len(read.records), tuple(read.problems))

    def eval_verify(self, path: Path) -> VerifyEvaluation:
        """Check every number, name and link of generated texts against their sources."""
        return evaluate_verification(read_verify_file(path))


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO | None]:
    """An optional output file, opened before the work so a bad path fails first."""
    if path is None:
        yield None
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as err:
        raise EvalError(f"Cannot write {path}: {err.strerror or err}") from err
    with handle:
        yield handle
