"""Incremental story clustering: average-link over :mod:`newsdesk.desk._similarity`.

New items are grouped together with the open stories of the window (stories updated in
the last ``window_days``), which take part as ready-made clusters:

1. candidate pairs: each new item's nearest neighbours by vector, plus items sharing a
   rare name; pairs scoring at least the threshold become edges (old–old pairs never
   matter: those items are grouped already), except a how-to's pairs: a tutorial or
   guide (or the writer's own project, or an interview) is a story of its own
   (:func:`how_tos`); and a pair whose headlines name two actors, neither mentioning
   the other's, scores 0 here and in step 3: a platform adding a model or a leaderboard
   scoring it is another event than the model's launch (:mod:`newsdesk.desk._actors`);
   so does a pair stating two final scores, two magnitudes or two milestones
   (:func:`~newsdesk.desk._similarity.figures_differ`), a pair of reports that
   share only a place and no word of what happened (:func:`only_where`), and a pair of
   which neither report has a word, two datelines (:func:`both_wordless`);
2. connected components of those edges, with each open story's items tied together;
   average-link can only join clusters that have a pair above the threshold, so no
   story can cross a component and each component is solved on its own;
3. in each component, average-link agglomeration (the mean pair score between two
   clusters, Lance–Williams updates) until no two clusters score the threshold; two
   open stories never merge, so a story keeps its id and its items;
4. stories of short reports (headlines) are then joined as wholes: two stories are read
   as two items (their mean vector, pooled words and names), scored by the same pair
   model, and that pooled score read with what else the pair of stories shows by a
   model of story pairs (:mod:`newsdesk.desk._story_pairs`), round by round, until no
   pair reaches the threshold (:func:`join_stories`).  A headline pair says little, so
   a big story's headlines reach a mean pair score of 0.5 only in pieces; their pooled
   evidence joins the pieces.  Pooled, two events of
   one kind read alike too, so a join that the reports contradict (phrased alike,
   each naming something the other does not) is refused, as is one of a protagonist
   with two counterparts (most reports of each story name an opponent, a target, a
   place the other never mentions), and a Chinese and an English story join only on a
   shared name, and a pair of reports whose actors differ counts against the join
   (:func:`refused_by_reports`);
5. open stories that a new item bridges (it scores the threshold with a report of the
   other story) are read by the same story-pair model and threshold, their new items
   in them, and merge when it joins them: a first day's two pieces of one event become
   one once the next day's reports name both (:func:`bridge_open_stories`); and two
   open stories, one with a report of the batch, that are each other's closest in
   vocabulary (each word's share of their reports) merge unless their reports refuse
   it: a first day's pieces named by the country and by the city, told in one set of
   words (:func:`_same_vocabulary`).

New items that end in a cluster with an open story join it; the others form new stories
whose id derives from their earliest item, so re-running gives the same ids.

A module per step: ``_representation`` (the items as the pair model reads them),
``_two_events`` (pairs that report two events score 0), ``_average_link`` (steps 1-3),
``_story_join`` (step 4), ``_open_stories`` (step 5) and ``_cluster_items`` (the steps in
order); ``_types`` holds what clustering takes and gives.
"""

from newsdesk.desk._cluster._cluster_items import cluster_items, story_id_for
from newsdesk.desk._cluster._representation import (
    build_representation,
    entity_names,
    mentioned_names,
)
from newsdesk.desk._cluster._story_join import refused_by_reports
from newsdesk.desk._cluster._two_events import both_wordless, only_where, only_where_block
from newsdesk.desk._cluster._types import ClusterParams, Grouping, StoryPairObserver

__all__ = [
    "ClusterParams",
    "Grouping",
    "StoryPairObserver",
    "both_wordless",
    "build_representation",
    "cluster_items",
    "entity_names",
    "mentioned_names",
    "only_where",
    "only_where_block",
    "refused_by_reports",
    "story_id_for",
]
