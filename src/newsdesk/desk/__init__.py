"""The story desk: vectors, near-duplicates, stories, categories, ranking, selection.

Everything here is pure (data in, data out) except the embedders, which call a model.
"""

from newsdesk.desk._classify import Assessment, Taxonomy, assess_story, build_taxonomy, centroid
from newsdesk.desk._cluster import ClusterParams, Grouping, cluster_items, story_id_for
from newsdesk.desk._dedup import find_duplicates
from newsdesk.desk._embed import (
    Embedder,
    OpenAIEmbedder,
    UniversalSentenceEncoder,
    embedding_text,
)
from newsdesk.desk._evaluate import (
    BCubed,
    ClusterEvaluation,
    EvalRecord,
    bcubed,
    evaluate_clustering,
    read_eval_file,
)
from newsdesk.desk._group import group_in_days
from newsdesk.desk._similarity import Weights
from newsdesk.model import DeskItem, GroupResult

__all__ = [
    "Assessment",
    "BCubed",
    "ClusterEvaluation",
    "ClusterParams",
    "DeskItem",
    "Embedder",
    "EvalRecord",
    "GroupResult",
    "Grouping",
    "OpenAIEmbedder",
    "Taxonomy",
    "UniversalSentenceEncoder",
    "Weights",
    "assess_story",
    "bcubed",
    "build_taxonomy",
    "centroid",
    "cluster_items",
    "embedding_text",
    "evaluate_clustering",
    "find_duplicates",
    "group_in_days",
    "read_eval_file",
    "story_id_for",
]
