"""``eval cluster`` and ``eval classify``: the desk's grouping and assessing judged on
labelled files, with the settings a run would use."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from newsdesk.config import Config
from newsdesk.desk import (
    ClassifyEvaluation,
    ClassifyFile,
    ClusterEvaluation,
    Embedder,
    classify_records,
    evaluate_clustering,
    read_classify_file,
    read_eval_file,
)
from newsdesk.stages._embedding import taxonomy
from newsdesk.stages.group import cluster_params


def classify_file(
    path: Path, config: Config, embedder: Embedder
) -> tuple[ClassifyEvaluation, ClassifyFile]:
    """``eval classify``: judge every good line of a file as a one-item story.

    AI means relevance at least the digests' default minimum (``assess.relevance_threshold``).
    """
    read = read_classify_file(path)
    found = taxonomy(config, embedder)
    minimum = config.assess.relevance_threshold
    return classify_records(read.records, embedder, found, minimum), read


def evaluate_file(path: Path, config: Config, embedder: Embedder) -> ClusterEvaluation:
    """``eval cluster``: read a labelled file and group it with these settings."""
    return evaluate_clustering(
        read_eval_file(path),
        embedder,
        cluster_params(config),
        window=timedelta(days=config.group.window_days),
        duplicate_threshold=config.group.duplicate_threshold,
    )
