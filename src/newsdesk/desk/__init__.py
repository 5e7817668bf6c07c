"""The story desk: vectors, near-duplicates, stories, categories, ranking, selection.

Everything here is pure (data in, data out) except the embedders, which call a model.
"""

from newsdesk.desk._classify import (
    Assessment,
    Taxonomy,
    assess_story,
    build_taxonomy,
    centroid,
    relevance_in_context,
)
from newsdesk.desk._cluster import ClusterParams, Grouping, cluster_items, story_id_for
from newsdesk.desk._context import ContextStory
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
from newsdesk.desk._evaluate_classify import (
    ClassifyEvaluation,
    ClassifyFile,
    ClassifyRecord,
    Judgement,
    classify_records,
    read_classify_file,
)
from newsdesk.desk._group import group_in_days
from newsdesk.desk._rank import engagement_scale, importance, names_pattern
from newsdesk.desk._select import rank_stories, reports_from, select_stories
from newsdesk.desk._similarity import Weights
from newsdesk.desk._story import summarise_story
from newsdesk.desk._text import text_features
from newsdesk.model import DeskItem, GroupResult

__all__ = [
    "Assessment",
    "BCubed",
    "ClassifyEvaluation",
    "ClassifyFile",
    "ClassifyRecord",
    "ClusterEvaluation",
    "ClusterParams",
    "ContextStory",
    "DeskItem",
    "Embedder",
    "EvalRecord",
    "GroupResult",
    "Grouping",
    "Judgement",
    "OpenAIEmbedder",
    "Taxonomy",
    "UniversalSentenceEncoder",
    "Weights",
    "assess_story",
    "bcubed",
    "build_taxonomy",
    "centroid",
    "classify_records",
    "cluster_items",
    "embedding_text",
    "engagement_scale",
    "evaluate_clustering",
    "find_duplicates",
    "group_in_days",
    "importance",
    "names_pattern",
    "rank_stories",
    "read_classify_file",
    "read_eval_file",
    "relevance_in_context",
    "reports_from",
    "select_stories",
    "story_id_for",
    "summarise_story",
    "text_features",
]
