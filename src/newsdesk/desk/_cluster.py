"""Incremental story clustering: average-link over :mod:`newsdesk.desk._similarity`.

New items are grouped together with the open stories of the window (stories updated in
the last ``window_days``), which take part as ready-made clusters:

1. candidate pairs: each new item's nearest neighbours by vector, plus items sharing a
   rare name; pairs scoring at least the threshold become edges (old–old pairs never
   matter: those items are grouped already), except a how-to's pairs: a tutorial or
   guide (or the writer's own project, or an interview) is a story of its own
   (:func:`_how_tos`); and a pair whose headlines name two actors, neither mentioning
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
   pair reaches the threshold (:func:`_join_stories`).  A headline pair says little, so
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
   one once the next day's reports name both (:func:`_bridge_open_stories`); and two
   open stories, one with a report of the batch, that are each other's closest in
   vocabulary (each word's share of their reports) merge unless their reports refuse
   it: a first day's pieces named by the country and by the city, told in one set of
   words (:func:`_same_vocabulary`).

New items that end in a cluster with an open story join it; the others form new stories
whose id derives from their earliest item, so re-running gives the same ids.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsdesk.aliases import latin_keys
from newsdesk.desk._actors import (
    Actors,
    ActorVocabulary,
    actors_differ,
    actors_differ_block,
    read_actors,
)
from newsdesk.desk._neighbours import vector_neighbours
from newsdesk.desk._similarity import (
    PairModel,
    Representation,
    TermCache,
    Terms,
    Weights,
    agreement_pairs,
    block_final_scores,
    direct_scores,
    figures_differ,
    figures_differ_block,
    final_scores,
    neighbour_profiles,
    pair_scores,
    pair_signals,
    profile_rows,
    represent,
    story_representation,
    without_names,
    without_templates,
)
from newsdesk.desk._sparse import paired_dots, row_dots
from newsdesk.desk._story_pairs import (
    STORY_MODEL,
    StoryPairModel,
    once_a_day,
    outlet_days,
    story_pair_features,
)
from newsdesk.desk._text import (
    IDENTIFYING_MARKS,
    TextFeatures,
    is_how_to,
    is_interview,
    is_personal_project,
    same_title,
    text_features,
)
from newsdesk.model import DeskItem

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: Names shared by more items than this are too common to propose candidates by (each
#: name adds up to df² pairs; 30 keeps that bounded while a story's own names, carried
#: by its 1–15 reports, all count).  Vector neighbours propose the rest.
_RARE_NAME_DF = 30
#: Components up to this size are scored together in one vectorised pass.
_SMALL_COMPONENT = 40
#: Components are solved with a dense matrix of their new items against all their items;
#: beyond this many new items (a 2500 × 2500 block is 25 MB; 100,000 synthetic items
#: never reached it) the edge threshold is raised for that component, by 0.02 a step,
#: until its parts fit.
_MAX_NEW = 2500
#: Stories join as wholes (:func:`_join_stories`) only when their reports have at most
#: this much evidence on average (:func:`~newsdesk.desk._similarity.evidence_of`):
#: about 40 distinct words, a headline and a sentence.  Articles' pair scores carry
#: their own evidence (ECB+ with text gains nothing from joining, and two events of one
#: kind join); from 0.7 to 0.9 every development set scores the same.
JOIN_EVIDENCE = 0.8
#: ... and the larger of the two has at least this many reports (see :func:`_join_stories`).
JOIN_LEAST_REPORTS = 3
#: Reports of a story that carry a name for it to be the story's own (a fact two
#: outlets repeat is part of the event, not one outlet's detail; see
#: :func:`_counterparts_differ`).
COUNTERPART_REPORTS = 2
#: Two reports are phrased alike when the TF-IDF cosine of their content words reaches
#: this: about half of their weighted words in common (see :func:`refused_by_reports`).
ALIKE_WORDS = 0.5


#: Hears each round of the story join: the two stories of each pair scored (item
#: indices of the batch) and their :func:`~newsdesk.desk._story_pairs.story_pair_features`
#: (``bench/fit_story_pairs.py`` learns from them).
StoryPairObserver = Callable[[list[list[int]], list[list[int]], npt.NDArray[np.float64]], None]


@dataclass(frozen=True, slots=True)
class ClusterParams:
    """The knobs of :func:`cluster_items` (from ``group`` in the config)."""

    weights: Weights
    #: Two clusters join when their mean pair score is at least this.
    threshold: float
    #: Nearest neighbours (by vector) proposed as candidates for each new item.
    neighbours: int
    #: Whether two stories of headlines are one (:func:`_join_stories`).
    story_model: StoryPairModel = STORY_MODEL


@dataclass(frozen=True, slots=True)
class Grouping:
    """What clustering decided for the new items."""

    #: New item id -> story id (an open story's id, or a new one).
    assigned: dict[int, str]
    #: Ids of the stories this grouping created.
    created: frozenset[str]
    #: New item id -> its closest neighbours (item id, direct score), kept for next time.
    neighbours: dict[int, tuple[tuple[int, float], ...]]
    #: Open story id -> the open story it was merged into (:func:`_bridge_open_stories`).
    merged: dict[str, str] = field(default_factory=dict)


def story_id_for(key: str) -> str:
    """A new story's id, from its earliest item's key: stable across re-runs."""
    return "s" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def _days(when: datetime | None) -> float | None:
    return None if when is None else (when - _EPOCH).total_seconds() / 86400


def _is_cjk(item: DeskItem) -> bool:
    """Chinese, Japanese or Korean by its language tag ("zh-TW" too), or by script when
    the tag says nothing ("und", "")."""
    primary = item.language.split("-")[0].split("_")[0].lower()
    if primary in ("zh", "ja", "ko"):
        return True
    if primary not in ("", "und", "mul"):
        return False
    text = f"{item.title}{item.text[:200]}"
    return len(_CJK_CHAR.findall(text)) * 3 >= len(text)


def _terms(item: DeskItem, cache: TermCache) -> Terms:
    found = cache.items.get(item.id)
    if found is None:
        if item.terms is not None:  # read by an earlier run
            features = TextFeatures(list(item.terms[0]), list(item.terms[1]))
            found = cache.terms(item.id, features)
        else:
            found = cache.text_terms(item.id, item.title, item.text)
    return found


def build_representation(items: Sequence[DeskItem], cache: TermCache) -> Representation:
    if any(item.vector is None for item in items):
        raise ValueError("every item needs a vector before grouping; embed them first")
    vectors = np.vstack([np.asarray(item.vector, dtype=np.float32) for item in items])
    terms = without_templates(
        [_without_compared(item, _terms(item, cache), cache) for item in items],
        [item.source_id for item in items],
    )
    return represent(
        vectors,
        _demonyms(_named_openers(items, terms, cache), cache, [not i.text for i in items]),
        cache,
        [_days(item.time) for item in items],
        [_is_cjk(item) for item in items],
    )


#: A Chinese verb that sets a product beside another to say how good it is ("比肩Orion-5
#: 的世界模型", "对标 Nimbus", "追平 Lumen 2 Pro"), and the one Latin name after it: the
#: product compared with is a yardstick, not what the report is about.  Verbs of a
#: contest's result (击败, 超越) are left out: there the other side is part of the event.
#: A versioned word ends the name but for a number or a tier after it (Claude Opus 4.5,
#: GPT-5 Pro): in "对标GPT-5 Nimbus发布Orion-2" Nimbus is the report's own maker.
_COMPARED = re.compile(
    r"(?:比肩|对标|媲美|平替|看齐|直逼|叫板|硬刚|追平|碾压|吊打|不输)了?\s*"
    r"(?:[A-Za-z][A-Za-z.+\-]*[ \t]+)*[A-Za-z0-9][A-Za-z0-9.+\-]*"
    r"(?:[ \t]+(?:\d[\d.]*|[a-z][A-Za-z0-9.+\-]*|"
    r"(?:Pro|Max|Mini|Ultra|Turbo|Plus|Flash|Lite|Nano|Preview)(?![A-Za-z0-9])))*"
)


def _without_compared(item: DeskItem, terms: Terms, cache: TermCache) -> Terms:
    """The item's terms less the names its Chinese text gives only as a yardstick
    (:data:`_COMPARED`): two reports that measure their products against one model share
    that model's name, and it says nothing of their being one event."""
    if not _is_cjk(item):
        return terms
    compared: Counter[str] = Counter()
    for text in (item.title, item.text):
        for found in _COMPARED.finditer(text):  # read with its verb, as Chinese text
            compared.update(text_features(found.group()).names)
    if not compared:
        return terms
    counts = dict(zip(terms.name_ids.tolist(), terms.name_counts.tolist(), strict=True))
    drop = [
        cache.names[name]
        for name, times in compared.items()
        if name in cache.names and 0 < counts.get(cache.names[name], 0) <= times
    ]
    if not drop:
        return terms
    return without_names(terms, np.asarray(drop, dtype=np.intp))


def _demonym_stems(name: str) -> list[str]:
    """The places a name may be the adjective of (Verenian, Iranian, Israeli, Japanese),
    most likely first; a place of fewer than four letters is none ("Asian" is no "As")."""
    if not name.isalpha():
        return []
    if name.endswith("ese"):
        stems = [name[:-3], name[:-3] + "a"]
    elif name.endswith("ian"):
        stems = [name[:-1], name[:-3], name[:-3] + "a", name[:-3] + "e", name[:-3] + "y"]
    elif name.endswith("an"):
        stems = [name[:-1], name[:-2], name[:-2] + "o"]
    elif name.endswith("i"):
        stems = [name[:-1], name + "a"]
    else:
        return []
    return [stem for stem in stems if len(stem) >= 4]


def _demonyms(terms: list[Terms], cache: TermCache, headlines: Sequence[bool]) -> list[Terms]:
    """The terms of each headline (``headlines``: the items that are a title alone) with a
    people's adjective read as its place where the batch names the place: "Verenian
    Railways cancels services" names the Verenia of "Verenia rail workers walk out".

    A headline has two or three names, and outlets swap the place for its adjective; an
    article names its place in both forms already, and counting the adjective as the
    place again would only make two articles about one country (two quakes, two
    elections) closer."""
    named = np.bincount(
        np.concatenate([t.name_ids for t in terms] + [np.zeros(0, dtype=np.intp)]),
        minlength=len(cache.names),
    )
    spelling = cache.name_spelling
    place: dict[int, int] = {}
    for name_id in np.flatnonzero(named):
        for stem in _demonym_stems(spelling(int(name_id))):
            stem_id = cache.names.get(stem, -1)
            if stem_id >= 0 and stem_id != name_id and named[stem_id]:
                place[int(name_id)] = stem_id
                break
    if not place:
        return terms
    out = list(terms)
    for index, own in enumerate(terms):
        if headlines[index] and any(int(n) in place for n in own.name_ids):
            ids = np.asarray([place.get(int(n), int(n)) for n in own.name_ids], dtype=np.intp)
            out[index] = replace(own, name_ids=ids)
    return out


def _named_openers(items: Sequence[DeskItem], terms: list[Terms], cache: TermCache) -> list[Terms]:
    """The items' terms, each title's sentence openers
    (:func:`~newsdesk.desk._text.title_openers`) counted as names where the batch reads
    them as a name.

    "Kessary quake: at least 30 killed" opens with the place that "Death toll from
    Kessary quake rises" names: read alone, a sentence's first word may be any word, but
    beside reports that name it, it is the same name.  Only a word that more items of
    the batch name than write in lower case: a Title Case headline ("Jury Convicts
    Spiro Man") names every word, and "Jury finds …" beside "a jury convicted …" is
    still a word.
    """
    keys = latin_keys()
    opened = [
        [
            (cache.names.get(keys.get(w, w), -1), cache.words.get(w, -1))
            for w in cache.title_openers(t)
        ]
        for t in (item.title for item in items)
    ]
    nothing = [np.zeros(0, dtype=np.intp)]
    named = np.bincount(np.concatenate([t.name_ids for t in terms] + nothing),
                        minlength=len(cache.names))  # fmt: skip
    written = np.bincount(np.concatenate([t.word_ids for t in terms] + nothing),
                          minlength=len(cache.words))  # fmt: skip
    as_opener = Counter(w for pairs in opened for _, w in pairs)
    out = list(terms)
    for index, pairs in enumerate(opened):
        own = terms[index]
        extra = [
            name
            for name, word in pairs
            if name >= 0
            and named[name] > max(written[word] - named[name] - as_opener[word], 0)
            and name not in own.name_ids
        ]
        if extra:
            out[index] = replace(
                own,
                name_ids=np.concatenate([own.name_ids, np.asarray(extra, dtype=np.intp)]),
                name_counts=np.concatenate([own.name_counts, np.ones(len(extra), np.float32)]),
            )
    return out


def mentioned_names(
    items: Sequence[DeskItem], cache: TermCache, vocabulary: int
) -> sparse.csr_matrix:
    """Which names (columns: the run's names vocabulary) each item mentions: its own
    names, and its words that are names elsewhere, one-hot.

    A title in Title Case makes a name of every word ("Palin's Church Damaged In
    Suspicious Fire"), and a sentence-opening name is a word only ("Aceh quake: …"); a
    report that says "church" or "aceh" in lower case or at a sentence's start still
    mentions what the other's names say, and is no evidence of another event.
    """
    terms = [_terms(item, cache) for item in items]
    word_to_name = np.full(len(cache.words), -1, dtype=np.intp)
    for token, word_id in cache.words.items():
        name_id = cache.names.get(token)
        if name_id is not None:
            word_to_name[word_id] = name_id
    names = [t.name_ids for t in terms] + [word_to_name[t.word_ids] for t in terms]
    rows = np.repeat(np.tile(np.arange(len(terms)), 2), [len(ids) for ids in names])
    columns = np.concatenate(names) if names else np.zeros(0, dtype=np.intp)
    keep = columns >= 0
    found = sparse.csr_matrix(
        (np.ones(int(keep.sum()), dtype=np.float32), (rows[keep], columns[keep])),
        shape=(len(terms), vocabulary),
    )
    mentioned: sparse.csr_matrix = found.sign()
    return mentioned


def entity_names(rep: Representation, cache: TermCache) -> npt.NDArray[np.bool_]:
    """Which names of the run's vocabulary name an entity in this batch: not a figure
    (a count, amount, date or score), and named by more of the batch's items than
    write it as a plain word.

    A Title Case headline names every word ("Gunman Kills Deputy On Gang Duty"); beside
    the reports that write "gunman" in lower case, that is still a word.
    """
    named = np.bincount(rep.names.indices, minlength=rep.names.shape[1])
    written = np.bincount(rep.words.indices, minlength=rep.words.shape[1])
    entities = np.zeros(rep.names.shape[1], dtype=np.bool_)
    for token, name in cache.names.items():
        if token[:1] in _FIGURE_MARKS:
            continue
        word = cache.words.get(token)
        entities[name] = word is None or written[word] - named[name] < named[name]
    return entities


#: The first characters of figures among names: counts (#), dates (@) and identifying
#: figures (amounts of money, scores); names are lower-case, so the ``H`` of an amount
#: in Hong Kong dollars is no name's.
_FIGURE_MARKS = frozenset("#@") | frozenset(IDENTIFYING_MARKS)


def _candidates(
    rep: Representation, new: npt.NDArray[np.intp], k: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (new item, any item) worth scoring: vector neighbours and shared rare names."""
    n = rep.vectors.shape[0]
    by_vector = vector_neighbours(rep.vectors, new, k)
    lefts: list[npt.NDArray[np.intp]] = [by_vector[0]]
    rights: list[npt.NDArray[np.intp]] = [by_vector[1]]
    left, right = _sharing_rare_names(rep.names, new)
    lefts.append(left)
    rights.append(right)
    left_all = np.concatenate(lefts)
    right_all = np.concatenate(rights)
    low, high = np.minimum(left_all, right_all), np.maximum(left_all, right_all)
    pairs = np.unique(low.astype(np.int64) * n + high)
    return (pairs // n).astype(np.intp), (pairs % n).astype(np.intp)


def _sharing_rare_names(
    names: sparse.csr_matrix, new: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (new item, other item) that share a rare name (held by 2 to
    :data:`_RARE_NAME_DF` items), each new holder of a name against every other holder,
    in one pass over all the names: a product per name cost a few numpy calls each, and
    a day has thousands of rare names."""
    by_name = names.tocsc()
    df = np.diff(by_name.indptr)
    rare = np.flatnonzero((df > 1) & (df <= _RARE_NAME_DF))
    starts, counts = by_name.indptr[rare], df[rare]
    # every holding of a rare name: its name (as a position in ``rare``) and its item
    name_of = np.repeat(np.arange(len(rare)), counts)
    holder = by_name.indices[
        np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    ]
    is_new = np.zeros(names.shape[0], dtype=bool)
    is_new[new] = True
    fresh = is_new[holder]
    fresh_name, fresh_item = name_of[fresh], holder[fresh]
    # each new holding paired with every holding of its name
    width = counts[fresh_name]
    left = np.repeat(fresh_item, width)
    first = np.repeat(starts[fresh_name] - np.cumsum(width) + width, width)
    right = by_name.indices[first + np.arange(width.sum())]
    keep = left != right
    return left[keep].astype(np.intp), right[keep].astype(np.intp)


def _average_link(
    scores: npt.NDArray[np.float32],
    sizes: npt.NDArray[np.float64],
    locked: npt.NDArray[np.bool_],
    threshold: float,
) -> list[int]:
    """Merge clusters while the best mean pair score reaches the threshold.

    ``scores`` is the cluster-level matrix (mean pair scores); two locked clusters
    (open stories) never merge.  Returns, for each cluster, the cluster it ended in.
    """
    m = scores.shape[0]
    s = scores.astype(np.float64, copy=True)
    np.fill_diagonal(s, -np.inf)
    s[np.ix_(locked, locked)] = -np.inf
    sizes = sizes.copy()
    locked = locked.copy()
    dead = np.zeros(m, dtype=bool)
    owner = list(range(m))
    best = s.argmax(axis=1)
    best_score = s[np.arange(m), best]
    # A merged cluster's row and column are written; an absorbed one's are left as they
    # were and masked where a row is read (its column written out was a strided pass
    # over the whole matrix each merge).  A dead row's best score is -inf, so the best
    # row is found without masking, the first of equals as before.
    while True:
        i = int(np.argmax(best_score))
        if dead[i] or best_score[i] < threshold:
            break
        j = int(best[i])
        if locked[j] and not locked[i]:
            i, j = j, i  # the open story absorbs, so it keeps its id
        merged = (sizes[i] * s[i] + sizes[j] * s[j]) / (sizes[i] + sizes[j])
        sizes[i] += sizes[j]
        locked[i] = locked[i] or locked[j]
        dead[j] = True
        owner[j] = i
        merged[dead] = -np.inf
        merged[i] = -np.inf
        if locked[i]:
            merged[locked] = -np.inf
        s[i], s[:, i] = merged, merged
        best_score[j] = -np.inf
        stale = ~dead & ((best == i) | (best == j))
        stale[i] = True
        for row in np.flatnonzero(stale).tolist():
            values = np.where(dead, -np.inf, s[row])
            best[row] = int(np.argmax(values))
            best_score[row] = values[best[row]]
        better = ~dead & (merged > best_score)
        best[better] = i
        best_score[better] = merged[better]
    for c in range(m):
        root = c
        while owner[root] != root:
            root = owner[root]
        owner[c] = root
    return owner


def _components(
    n: int,
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
) -> dict[int, list[int]]:
    """The connected components of n items joined by the edges (left[k], right[k]) and
    by their open stories (``story_of``), keyed by their smallest item, in that order,
    each sorted.  Labelled by scipy in one pass: a Python union-find took several
    seconds on the hundreds of thousands of edges of a large batch's split."""
    if not n:
        return {}
    first_of: dict[str, int] = {}
    tied = [
        (first_of.setdefault(story, index), index)
        for index, story in enumerate(story_of)
        if story is not None
    ]
    ties = np.asarray(tied, dtype=np.intp).reshape(-1, 2)
    graph = sparse.coo_matrix(
        (
            np.ones(len(left) + len(ties), dtype=np.int8),
            (np.concatenate([left, ties[:, 0]]), np.concatenate([right, ties[:, 1]])),
        ),
        shape=(n, n),
    )
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")  # each component's items, ascending
    starts = np.flatnonzero(np.r_[True, labels[order][1:] != labels[order][:-1]])
    groups = np.split(order, starts[1:])
    groups.sort(key=lambda group: int(group[0]))
    return {int(group[0]): group.tolist() for group in groups}


@dataclass(frozen=True, slots=True)
class _Component:
    """One connected component: its new items, and the items of each open story in it."""

    new: list[int]
    stories: list[list[int]]

    @property
    def columns(self) -> npt.NDArray[np.intp]:
        return np.asarray(self.new + [i for members in self.stories for i in members], np.intp)

    @property
    def clusters(self) -> list[list[int]]:
        return [[i] for i in self.new] + self.stories


def _component(members: list[int], story_of: Sequence[str | None]) -> _Component:
    new: list[int] = []
    stories: dict[str, list[int]] = {}
    for item in members:
        story = story_of[item]
        if story is None:
            new.append(item)
        else:
            stories.setdefault(story, []).append(item)
    return _Component(new, list(stories.values()))


def _merge(
    component: _Component,
    block: npt.NDArray[np.float32] | npt.NDArray[np.float64],
    threshold: float,
) -> list[list[int]]:
    """Average-link over one component from the scores of its new items (rows) against
    all its items (columns: new items, then each story's items)."""
    return _link(component, _cluster_scores(component, block), threshold)


def _cluster_scores(
    component: _Component, block: npt.NDArray[np.float32] | npt.NDArray[np.float64]
) -> npt.NDArray[np.float32]:
    """The cluster-level matrix of a component (its new items, then its stories) from the
    scores of its new items against all its items: a story's column is the mean of its
    items' (read in float64).

    Only pairs with a new item are ever needed: two open stories never merge, so the
    scores among a story's own items, or between two stories, play no part.
    """
    n = len(component.new)
    m = n + len(component.stories)
    scores = np.full((m, m), -np.inf, dtype=np.float32)
    scores[:n, :n] = block[:, :n]
    start = n
    for s, members in enumerate(component.stories):
        mean = block[:, start : start + len(members)].astype(np.float64).mean(axis=1)
        scores[:n, n + s] = mean
        scores[n + s, :n] = mean
        start += len(members)
    return scores


def _link(
    component: _Component, scores: npt.NDArray[np.float32], threshold: float
) -> list[list[int]]:
    """Average-link over a component's cluster-level matrix (:func:`_cluster_scores`)."""
    n = len(component.new)
    sizes = np.asarray([1.0] * n + [float(len(m)) for m in component.stories])
    locked = np.asarray([False] * n + [True] * len(component.stories))
    owner = _average_link(scores, sizes, locked, threshold)
    clusters = component.clusters
    merged: dict[int, list[int]] = defaultdict(list)
    for c, root in enumerate(owner):
        merged[root].extend(clusters[c])
    return list(merged.values())


def _solve_small(
    rep: Representation,
    profiles: sparse.csr_matrix,
    components: list[_Component],
    params: ClusterParams,
    actors: Actors,
    mentions: sparse.csr_matrix,
) -> list[list[int]]:
    """Average-link in many small components, their pair scores computed in one pass
    (a pair whose actors or figures tell two events apart, that shares only a place, or
    of two datelines scores 0: :func:`_two_events_scores`)."""
    lefts, rights = [], []
    for component in components:
        columns = component.columns
        lefts.append(np.repeat(np.asarray(component.new, dtype=np.intp), len(columns)))
        rights.append(np.tile(columns, len(component.new)))
    left, right = np.concatenate(lefts), np.concatenate(rights)
    direct = pair_scores(rep, left, right, params.weights)
    scores = final_scores(direct, agreement_pairs(profiles, left, right), params.weights)
    scores = _two_events_scores(rep, actors, mentions, left, right, scores)
    out: list[list[int]] = []
    offset = 0
    for component in components:
        shape = (len(component.new), len(component.columns))
        block = scores[offset : offset + shape[0] * shape[1]].reshape(shape).astype(np.float64)
        offset += shape[0] * shape[1]
        out.extend(_merge(component, block, params.threshold))
    return out


def _solve(
    rep: Representation,
    profiles: sparse.csr_matrix,
    component: _Component,
    params: ClusterParams,
    actors: Actors,
    mentions: sparse.csr_matrix,
) -> list[list[int]]:
    """Average-link inside one large component; returns its final clusters (item indices)."""
    rows = np.asarray(component.new, dtype=np.intp)
    block = block_final_scores(rep, profiles, rows, component.columns, params.weights)
    block[actors_differ_block(actors, rows, component.columns)] = 0.0
    block[figures_differ_block(rep, rows, component.columns)] = 0.0
    block[only_where_block(rep, mentions, rows, component.columns)] = 0.0
    wordless = rep.evidence <= 0
    block[np.outer(wordless[rows], wordless[component.columns])] = 0.0
    scores = _cluster_scores(component, block)
    del block  # the largest array of a big component: average-link needs only the clusters'
    return _link(component, scores, params.threshold)


def _split(
    members: list[int],
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    scores: npt.NDArray[np.float32],
    threshold: float,
) -> list[list[int]]:
    """Cut a component with too many new items into parts, by a stricter edge threshold.

    Only new items make a component costly (an open story counts as one cluster), so
    this stops once no part has more than :data:`_MAX_NEW` new items, or at threshold 1.
    """
    local = np.full(len(story_of), -1, dtype=np.intp)
    local[members] = np.arange(len(members))
    # the component's own edges, picked once: each step then reads only them, not the batch's
    inside = (local[left] >= 0) & (local[right] >= 0)
    left, right, scores = local[left[inside]], local[right[inside]], scores[inside]
    member_stories = [story_of[i] for i in members]
    parts: dict[int, list[int]] = {0: list(range(len(members)))}
    while threshold < 1:
        threshold += 0.02
        keep = scores >= threshold
        parts = _components(len(members), member_stories, left[keep], right[keep])
        if max(sum(member_stories[i] is None for i in p) for p in parts.values()) <= _MAX_NEW:
            break
    return [[members[i] for i in part] for part in parts.values()]


def _join_stories(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    solved: list[list[int]],
    story_of: Sequence[str | None],
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    edge_scores: npt.NDArray[np.float32],
    model: PairModel,
    story_model: StoryPairModel,
    threshold: float,
    actors: Actors | None = None,
    observe: StoryPairObserver | None = None,
) -> list[list[int]]:
    """Join whole stories of short reports when the story-pair model
    (:mod:`~newsdesk.desk._story_pairs`) scores them the threshold: their score read as
    two items (:func:`~newsdesk.desk._similarity.story_representation`) with how close
    their reports are across and within, the best item pair between them (``left``,
    ``right``: the candidate pairs; ``edge_scores``: their final scores), their sizes,
    their outlets (``outlets``: :func:`~newsdesk.desk._story_pairs.outlet_days`) and
    the smaller story's other partners.

    Average-link asks whether the mean pair is more likely one event than not; for
    headlines each pair says little, so a big story's headlines reach that only in
    pieces (on ECB+ titles, 55% of events have a mean pair score of 0.5).  Read as
    items, the pieces' mean vectors and pooled words carry the evidence all their
    headlines hold together.  Two stories are compared when an item of one was a
    candidate of an item of the other; in each round every story joins at most its best
    partner, then stories are read again, until no pair reaches the threshold.

    Only where it is needed and meaningful: both stories' reports must be short on
    average (:data:`JOIN_EVIDENCE`), as articles' pair scores already carry their
    evidence and their stories' mean vectors lean to the topic, so that two events of one
    kind would join; both must have some words (a dateline or a timestamp alone says
    nothing of its event, and its vector is close to every other dateline's); and the
    larger must have :data:`JOIN_LEAST_REPORTS` reports, as the mean of one or two
    vectors is hardly less noisy than one and two such stories on one subject (two
    "Claude Code" posts) would join on it.  Two open stories never join.
    A pair whose reports refuse it does not join (:func:`refused_by_reports`), and the
    stories then stay free for their next best partner.  ``observe`` hears each round's
    scored pairs (the fit script learns from them).
    Returns the stories that hold a new item.
    """
    placed = {i for story in solved for i in story}
    untouched: dict[str, list[int]] = {}
    for index, story in enumerate(story_of):
        if story is not None and index not in placed:
            untouched.setdefault(story, []).append(index)
    stories = [list(s) for s in solved] + list(untouched.values())
    # a story's reports are its pieces' (the stories the join starts from), so each pair
    # of pieces has its reports read once, whatever rounds its stories take part in
    first = [np.asarray(s, dtype=np.intp) for s in stories]
    pieces = [[p] for p in range(len(stories))]
    tallies = _PieceTallies(len(first))
    changed = np.ones(len(stories), dtype=bool)
    once: npt.NDArray[np.float64] | None = None
    is_open = np.asarray([story is not None for story in story_of], dtype=np.bool_)
    while changed.any() and len(stories) > 1:
        sizes = np.asarray([len(s) for s in stories])
        label = np.full(len(story_of), -1, dtype=np.intp)
        label[np.fromiter(chain.from_iterable(stories), dtype=np.intp, count=int(sizes.sum()))] = (
            np.repeat(np.arange(len(stories)), sizes)
        )
        if once is None:  # read on the stories the join starts from
            once = once_a_day(outlets, label)
        locked = np.bincount(label[(label >= 0) & is_open], minlength=len(stories)) > 0
        a, b = label[left], label[right]
        a, b = np.minimum(a, b), np.maximum(a, b)
        keep = (a >= 0) & (a != b)
        a, b, edges = a[keep], b[keep], edge_scores[keep]
        keep = ~(locked[a] & locked[b]) & (np.maximum(sizes[a], sizes[b]) >= JOIN_LEAST_REPORTS)
        keep &= changed[a] | changed[b]  # the others scored below the threshold last round
        pairs, inverse = np.unique(
            a[keep].astype(np.int64) * len(stories) + b[keep], return_inverse=True
        )
        if not len(pairs):
            break
        best_pair = np.full(len(pairs), -np.inf, dtype=np.float32)
        np.maximum.at(best_pair, inverse, edges[keep])
        a, b = (pairs // len(stories)).astype(np.intp), (pairs % len(stories)).astype(np.intp)
        involved = np.unique(np.concatenate([a, b]))
        read_as = [stories[i] for i in involved]
        read = story_representation(rep, read_as)
        at_a, at_b = np.searchsorted(involved, a), np.searchsorted(involved, b)
        short = (read.evidence[at_a] <= JOIN_EVIDENCE) & (read.evidence[at_b] <= JOIN_EVIDENCE)
        short &= (read.evidence[at_a] > 0) & (read.evidence[at_b] > 0)  # words to go on
        a, b, at_a, at_b = a[short], b[short], at_a[short], at_b[short]
        pooled = direct_scores(model, pair_signals(read, at_a, at_b)).logit
        features = story_pair_features(
            rep, outlets, once, read_as, at_a, at_b, pooled, best_pair[short]
        )
        scores = story_model.scores(features)
        if observe is not None:
            observe([read_as[i] for i in at_a], [read_as[i] for i in at_b], features)
        busy = np.zeros(len(stories), dtype=bool)
        refused = np.zeros(len(scores), dtype=bool)
        above = scores >= threshold
        tally = _tally(rep, mentions, actors, first, pieces, a[above], b[above], tallies)
        refused[above] = _refused(
            rep, mentions, entities, stories, a[above], b[above], actors, tally
        )
        for k in np.argsort(-scores, kind="stable"):
            if scores[k] < threshold:
                break
            i, j = int(a[k]), int(b[k])
            if not busy[i] and not busy[j] and not refused[k]:
                busy[i] = busy[j] = True
                stories[i], stories[j] = stories[i] + stories[j], []
                pieces[i], pieces[j] = pieces[i] + pieces[j], []
        alive = np.asarray([bool(s) for s in stories])
        changed = busy[alive]
        stories = [s for s in stories if s]
        pieces = [p for p in pieces if p]
    return [s for s in stories if any(story_of[i] is None for i in s)]


def _cross(
    x: npt.NDArray[np.intp],
    x_sizes: npt.NDArray[np.intp],
    y: npt.NDArray[np.intp],
    y_sizes: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Every pair of the lists X_k × Y_k, k by k, as (left, right, k) arrays: the lists
    given flat (``x``, ``y``) with their sizes; each X_k's first element is paired with
    all of Y_k, then its second...  One numpy pass, not a repeat and a tile per list."""
    counts = x_sizes * y_sizes
    k = np.repeat(np.arange(len(counts)), counts)
    at = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    left = x[(np.cumsum(x_sizes) - x_sizes)[k] + at // y_sizes[k]]
    right = y[(np.cumsum(y_sizes) - y_sizes)[k] + at % y_sizes[k]]
    return left, right, k


@dataclass
class _PieceTallies:
    """The :func:`_report_pair_tally` of each pair of pieces read so far, by key
    ``p * pieces + q`` (sorted), so that a later round looks them up, not reads them."""

    pieces: int
    keys: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    counts: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, 3)))


def _tally(
    rep: Representation,
    mentions: sparse.csr_matrix,
    actors: Actors | None,
    first: Sequence[npt.NDArray[np.intp]],
    pieces: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    kept: _PieceTallies,
) -> npt.NDArray[np.float64]:
    """:func:`_report_pair_tally` of the story pairs (a[k], b[k]), each story made of
    ``pieces`` (indices into ``first``, the reports of each piece), summed over their
    pieces' pairs; ``kept`` holds each pair of pieces' counts for later rounds.

    The pairs of pieces are spelt, looked up and summed in numpy: big stories of
    hundreds of pieces made this a Python loop over tens of thousands of pairs a round.
    The counts are whole numbers, so their sum is the same in any order."""
    out = np.zeros((len(a), 3))
    if not len(a):
        return out
    a_list, b_list = a.tolist(), b.tolist()
    p, q, pair = _cross(
        np.fromiter(chain.from_iterable(pieces[i] for i in a_list), dtype=np.intp),
        np.asarray([len(pieces[i]) for i in a_list], dtype=np.intp),
        np.fromiter(chain.from_iterable(pieces[j] for j in b_list), dtype=np.intp),
        np.asarray([len(pieces[j]) for j in b_list], dtype=np.intp),
    )
    keys = p.astype(np.int64) * kept.pieces + q
    found = np.searchsorted(kept.keys, keys)
    known = found < len(kept.keys)
    known[known] = kept.keys[found[known]] == keys[known]
    missing = np.unique(keys[~known])
    if len(missing):
        read = _report_pair_tally(
            rep,
            mentions,
            [first[k] for k in (missing // kept.pieces).tolist()],
            [first[k] for k in (missing % kept.pieces).tolist()],
            actors,
        )
        merged = np.concatenate([kept.keys, missing])
        order = np.argsort(merged, kind="stable")
        kept.keys, kept.counts = merged[order], np.concatenate([kept.counts, read])[order]
        found = np.searchsorted(kept.keys, keys)
    values = kept.counts[found]
    for column in range(3):
        out[:, column] = np.bincount(pair, weights=values[:, column], minlength=len(a))
    return out


def refused_by_reports(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    one: Sequence[int],
    other: Sequence[int],
    actors: Actors | None = None,
) -> bool:
    """Whether the reports of two stories (item indices) refuse their join as wholes
    (``mentions``: :func:`mentioned_names` of the batch).

    Pooled, two stories of one kind of news read alike: their mean vectors and pooled
    words are the kind's ("因数据问题，X被罚…", "quake strikes …"), and the names that
    tell the events apart are a small part of what they pool.  Pairs of reports, one of
    each story, say it plainly:

    - phrased alike (content words at :data:`ALIKE_WORDS` or more) while each names
      something the other does not mention, a pair is one frame filled with two sets
      of facts (another company, place or product; a shared "Labs" or regulator does
      not make them one): it contradicts the join;
    - mentioning a name of the other, with all the names of one of them mentioned by
      the other, a pair confirms it.

    The join is refused when the contradicting pairs outnumber the confirming ones: one
    event's reports vary (one headline names the town, another the shop), so one such
    pair is not enough, but a join most of whose named evidence disagrees is two events.
    Reports that name nothing take no part.  A Chinese story and an English one (by the
    script of most of their reports) have no words in common to be alike or not, and
    their mean vectors agree across languages on the topic as much as on the event, so
    they join only when a pair confirms it: a shared company, model or amount.

    A place is no confirmation: one city's first snow and its team's win, a country's
    visa rule and a match against its team, share the place and nothing else
    (:attr:`~newsdesk.desk._similarity.Representation.place_names`).  A pair of reports
    whose one shared name is a place confirms nothing, and two stories with a pair that
    shares nothing else, not even a word of what happened (the quake of "X地震瞬间" and
    "X发生5.3级地震"; :attr:`~newsdesk.desk._similarity.Representation.event_words`),
    join only when another pair confirms it.  Two places are more than a where
    ("广东男篮战胜辽宁男篮" and "CBA：广东102比95辽宁": the two teams of one match).

    And whatever the pairs say, two stories with one protagonist and each a counterpart
    of its own that most of its reports name are two events (:func:`_counterparts_differ`;
    ``entities``: :func:`entity_names` of the batch).

    A pair of reports whose actors tell two events apart (``actors``:
    :func:`~newsdesk.desk._actors.actors_differ`), or that states two final scores or
    two magnitudes (:func:`~newsdesk.desk._similarity.figures_differ`), contradicts the
    join, whatever it shares.
    """
    stories = [list(one), list(other)]
    return bool(_refused(rep, mentions, entities, stories, [0], [1], actors)[0])


#: Pairs of reports read at once by :func:`_refused` (the gathered rows stay small).
_REPORT_PAIRS_CHUNK = 16_384
#: Pairs of a block read at once by :func:`only_where_block` (a few dense megabytes).
_BLOCK_PAIRS = 262_144


def _refused(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    stories: Sequence[Sequence[int]],
    a: npt.NDArray[np.intp] | Sequence[int],
    b: npt.NDArray[np.intp] | Sequence[int],
    actors: Actors | None = None,
    tally: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.bool_]:
    """:func:`refused_by_reports` for the story pairs (stories[a[k]], stories[b[k]]) at
    once: every pair of their reports read in a few vectorised passes (``tally``: their
    :func:`_report_pair_tally`, when the caller has it already)."""
    firsts = [np.asarray(stories[i], dtype=np.intp) for i in a]
    seconds = [np.asarray(stories[j], dtype=np.intp) for j in b]
    if not firsts:
        return np.zeros(0, dtype=np.bool_)
    if tally is None:
        tally = _report_pair_tally(rep, mentions, firsts, seconds, actors)
    against, for_it, only_where = tally.T
    across = _mostly_chinese(rep, firsts) != _mostly_chinese(rep, seconds)
    refused: npt.NDArray[np.bool_] = (against > for_it) | (
        (across | (only_where > 0)) & (for_it == 0)
    )
    return refused | _counterparts_differ(rep.names.sign(), mentions, entities, firsts, seconds)


def _mostly_chinese(
    rep: Representation, stories: Sequence[npt.NDArray[np.intp]]
) -> npt.NDArray[np.bool_]:
    """Whether most reports of each story (item indices) are Chinese, all stories in one
    pass (a mean per story took seconds over a large batch's join rounds)."""
    sizes = np.asarray([len(s) for s in stories], dtype=np.intp)
    owner = np.repeat(np.arange(len(stories)), sizes)
    chinese = np.bincount(owner, weights=rep.cjk[np.concatenate(stories)], minlength=len(sizes))
    out: npt.NDArray[np.bool_] = 2 * chinese > sizes
    return out


def _report_pair_tally(
    rep: Representation,
    mentions: sparse.csr_matrix,
    firsts: Sequence[npt.NDArray[np.intp]],
    seconds: Sequence[npt.NDArray[np.intp]],
    actors: Actors | None = None,
) -> npt.NDArray[np.float64]:
    """For each pair of report lists (firsts[k], seconds[k]), how many pairs of their
    reports contradict a join, confirm it, and share only a place (one row each, the
    columns in that order; see :func:`refused_by_reports`).  Counts, so a story's are
    the sums of its pieces'."""
    left, right, story_pair = _cross(
        np.concatenate(firsts),
        np.asarray([len(x) for x in firsts], dtype=np.intp),
        np.concatenate(seconds),
        np.asarray([len(y) for y in seconds], dtype=np.intp),
    )
    names = rep.names.sign()
    named = np.diff(names.indptr)
    places = _places(rep)
    contradicting = np.zeros(len(left), dtype=np.bool_)
    confirming = np.zeros(len(left), dtype=np.bool_)
    placed = np.zeros(len(left), dtype=np.bool_)
    for begin in range(0, len(left), _REPORT_PAIRS_CHUNK):
        x = left[begin : begin + _REPORT_PAIRS_CHUNK]
        y = right[begin : begin + _REPORT_PAIRS_CHUNK]
        x_mentions, y_mentions = mentions[x], mentions[y]  # gathered once for four reads
        x_said = paired_dots(names[x], y_mentions)  # how many of x's names y says
        y_said = paired_dots(names[y], x_mentions)
        apart = (named[x] - x_said > 0) & (named[y] - y_said > 0)
        part = slice(begin, begin + len(x))
        differ = figures_differ(rep, x, y)
        if actors is not None:
            differ |= actors_differ(actors, x, y)
        # words, places and event words are read only for the pairs where they decide
        # (each pair's dot is the same float whichever others are read with it)
        alike = np.zeros(len(x), dtype=np.bool_)
        at = np.flatnonzero(apart & ~differ)
        alike[at] = row_dots(rep.words, rep.words, x[at], y[at]) >= ALIKE_WORDS
        contradicting[part] = (alike & apart) | differ
        shared = (x_said > 0) | (y_said > 0)
        one_place = np.zeros(len(x), dtype=np.bool_)
        at = np.flatnonzero(np.maximum(x_said, y_said) == 1)  # one name said, or none is
        one_place[at] = _one_place(places, mentions, x[at], y[at], x_said[at], y_said[at])
        confirming[part] = shared & ~apart & ~differ & ~one_place
        at = np.flatnonzero(one_place)
        placed[begin + at] = row_dots(rep.event_words, rep.event_words, x[at], y[at]) == 0
    return np.column_stack(
        [
            np.bincount(story_pair, weights=flags, minlength=len(firsts))
            for flags in (contradicting, confirming, placed)
        ]
    )


def _places(rep: Representation) -> sparse.csr_matrix:
    """The place names each report names, one-hot."""
    places: sparse.csr_matrix = sparse.csr_matrix(
        rep.names.sign() @ sparse.diags(rep.place_names.astype(np.float32))
    )
    places.eliminate_zeros()
    return places


def _one_place(
    places: sparse.csr_matrix,
    mentions: sparse.csr_matrix,
    x: npt.NDArray[np.intp],
    y: npt.NDArray[np.intp],
    x_said: npt.NDArray[np.float64],
    y_said: npt.NDArray[np.float64],
) -> npt.NDArray[np.bool_]:
    """For each pair (x[k], y[k]) whose reports mention ``x_said`` of x's names and
    ``y_said`` of y's: whether all they say of each other is one place (``places``:
    :func:`_places`)."""
    x_places = row_dots(places, mentions, x, y)
    return _said_only_a_place(x_said, y_said, x_places, row_dots(places, mentions, y, x))


def _said_only_a_place(
    x_said: npt.NDArray[np.float64],
    y_said: npt.NDArray[np.float64],
    x_places_said: npt.NDArray[np.float64],
    y_places_said: npt.NDArray[np.float64],
) -> npt.NDArray[np.bool_]:
    """From how many of each report's names the other says, and how many of its places:
    whether what they say of each other is one place and nothing more (any shape)."""
    out: npt.NDArray[np.bool_] = (
        (x_said == x_places_said) & (y_said == y_places_said) & (np.maximum(x_said, y_said) == 1)
    )
    return out


def only_where(
    rep: Representation,
    mentions: sparse.csr_matrix,
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
) -> npt.NDArray[np.bool_]:
    """For each pair (left[k], right[k]): whether all the two reports share is where it
    happened, one place and not a word of what happened (``mentions``:
    :func:`mentioned_names`).

    Two headlines of one city ("西安新体育场正式启用", "西安城墙点亮灯光秀") read close:
    the place is a rare name and the rest of each is a few characters, so the pair
    model scores them one event though nothing ties what happened.  Reports of one
    event say more than where: a name beside the place, a word of what happened ("地震",
    "侧翻"), or a second place (the two teams of a match).
    """
    out = np.zeros(len(left), dtype=np.bool_)
    places = _places(rep)
    placed = np.diff(places.indptr) > 0
    at = np.flatnonzero(placed[left] & placed[right])
    if not len(at):
        return out
    names = rep.names.sign()
    x, y = left[at], right[at]
    x_said, y_said = row_dots(names, mentions, x, y), row_dots(names, mentions, y, x)
    out[at] = _one_place(places, mentions, x, y, x_said, y_said) & (
        row_dots(rep.event_words, rep.event_words, x, y) == 0
    )
    return out


def only_where_block(
    rep: Representation,
    mentions: sparse.csr_matrix,
    rows: npt.NDArray[np.intp],
    columns: npt.NDArray[np.intp],
) -> npt.NDArray[np.bool_]:
    """:func:`only_where` for every pair of a block (rows × columns), as a dense mask:
    only reports that name a place can share nothing else, so only they are read, by
    sparse products a slice of rows at a time."""
    out = np.zeros((len(rows), len(columns)), dtype=np.bool_)
    places = _places(rep)
    placed = np.diff(places.indptr) > 0
    at_rows, at_columns = np.flatnonzero(placed[rows]), np.flatnonzero(placed[columns])
    if not len(at_rows) or not len(at_columns):
        return out
    names = rep.names.sign()
    said = sparse.csr_matrix(mentions[columns[at_columns]].T)
    named = sparse.csr_matrix(names[columns[at_columns]].T)
    placed_named = sparse.csr_matrix(places[columns[at_columns]].T)
    events = sparse.csr_matrix(rep.event_words[columns[at_columns]].T)
    step = max(1, _BLOCK_PAIRS // len(at_columns))
    for start in range(0, len(at_rows), step):
        part = at_rows[start : start + step]
        r = rows[part]
        x_said = (names[r] @ said).toarray()  # how many of the row's names the column says
        y_said = (mentions[r] @ named).toarray()
        one_place = _said_only_a_place(
            x_said, y_said, (places[r] @ said).toarray(), (mentions[r] @ placed_named).toarray()
        )
        nothing_else = (rep.event_words[r] @ events).toarray() == 0
        out[np.ix_(part, at_columns)] = one_place & nothing_else
    return out


def both_wordless(
    rep: Representation, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """For each pair (left[k], right[k]): whether neither report has a word
    (:func:`~newsdesk.desk._similarity.evidence_of` is 0), only a dateline or a timestamp.

    Such a report says nothing of its event, and its vector and its few names (a month, a
    time zone) are close to every other dateline's: ECB+'s titles-only pages of six
    topics ("21 July 2013 Last updated at 11 : 11 GMT", "16 September 2013 Last updated
    at 12 : 42 GMT") scored 0.53–0.85 with each other.  The story join already joins no
    story without words (:func:`_join_stories`); a pair of them is no evidence either.
    """
    out: npt.NDArray[np.bool_] = (rep.evidence[left] <= 0) & (rep.evidence[right] <= 0)
    return out


def _counterparts_differ(
    names: sparse.csr_matrix,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    firsts: Sequence[npt.NDArray[np.intp]],
    seconds: Sequence[npt.NDArray[np.intp]],
) -> npt.NDArray[np.bool_]:
    """For each pair of stories, whether they share their protagonist while each has a
    counterpart of its own: one protagonist, two events ("Klitschko stops Rahman" and
    "Klitschko stops Thompson", "AMD buys ATI" and "AMD buys SeaMicro").

    A story's own names are the entity names (``entities``: :func:`entity_names`) that
    most of its reports carry, and at least :data:`COUNTERPART_REPORTS`: what the
    outlets agree the event is about.  The protagonist is an own name of both; a
    counterpart is an own name of one that no report of the other mentions.  Pooled,
    two such stories read alike, and most of their report pairs confirm the join (a
    headline that names only Klitschko agrees with both); but a counterpart that most
    outlets name is part of its event, and the other event's reports would mention it.
    Figures (counts, amounts, dates) are no counterparts: a toll grows as a story
    develops, and amounts have their own clash.
    """
    members = [*firsts, *seconds]
    n = len(firsts)
    story_of_row = np.repeat(np.arange(len(members)), [len(m) for m in members])
    in_story = sparse.csr_matrix(
        (np.ones(len(story_of_row)), (story_of_row, np.concatenate(members))),
        shape=(len(members), names.shape[0]),
    )
    carried = (in_story @ names).tocsr()  # reports of each story carrying each name
    sizes = np.asarray([len(m) for m in members], dtype=np.float64)
    carried.data[carried.data < COUNTERPART_REPORTS] = 0
    carried.data[
        2 * carried.data <= sizes[np.repeat(np.arange(len(members)), np.diff(carried.indptr))]
    ] = 0
    own = (carried.multiply(entities[None, :].astype(np.float64)) > 0).astype(np.float64).tocsr()
    said = ((in_story @ mentions) > 0).astype(np.float64).tocsr()
    one, other = np.arange(n), np.arange(n, 2 * n)
    owned = np.diff(own.indptr)
    shared = row_dots(own, own, one, other) > 0
    one_has_its_own = owned[one] - row_dots(own, said, one, other) > 0
    other_has_its_own = owned[other] - row_dots(own, said, other, one) > 0
    out: npt.NDArray[np.bool_] = shared & one_has_its_own & other_has_its_own
    return out


def cluster_items(
    items: Sequence[DeskItem],
    params: ClusterParams,
    cache: TermCache | None = None,
    *,
    held: Collection[str] = frozenset(),
) -> Grouping:
    """Group the items without a story into the open stories among ``items`` or new ones.

    ``items`` holds the new items and every item of the open stories (those keep their
    ``story_id`` and their remembered ``neighbours``).  Items marked as duplicates follow
    their original.  Open stories that the new items show to be one event merge
    (:func:`_bridge_open_stories`; ``held``: stories an editor touched or an edition
    holds, which are never absorbed).  Pure: no store.
    """
    originals = [item for item in items if item.duplicate_of is None]
    story_of: list[str | None] = [item.story_id for item in originals]
    new = np.asarray([i for i, s in enumerate(story_of) if s is None], dtype=np.intp)
    assigned: dict[int, str] = {}
    created: set[str] = set()
    remembered: dict[int, tuple[tuple[int, float], ...]] = {}
    merged: dict[str, str] = {}
    if len(new):
        terms = TermCache() if cache is None else cache
        rep = build_representation(originals, terms)
        left, right = _candidates(rep, new, params.neighbours)
        direct = pair_scores(rep, left, right, params.weights)
        index_of = {item.id: i for i, item in enumerate(originals)}
        known = {
            i: [(index_of[j], s) for j, s in item.neighbours if j in index_of]
            for i, item in enumerate(originals)
            if item.story_id is not None and item.neighbours
        }
        profiles = neighbour_profiles(
            len(originals), left, right, direct.total, params.weights, known
        )
        scores = final_scores(direct, agreement_pairs(profiles, left, right), params.weights)
        entities = entity_names(rep, terms)
        actors = _actors(originals, rep, terms, entities)
        mentions = mentioned_names(originals, terms, rep.names.shape[1])
        scores = _two_events_scores(rep, actors, mentions, left, right, scores)
        how_to = _how_tos(originals)
        may_join = ~how_to[left] & ~how_to[right]
        keep = (scores >= params.threshold) & may_join
        edges_left, edges_right = left[keep], right[keep]
        solved: list[list[int]] = []
        small: list[_Component] = []
        for members in _components(len(originals), story_of, edges_left, edges_right).values():
            if all(story_of[i] is not None for i in members):
                continue
            if len(members) == 2:  # two items joined by an edge: its score is the cluster's
                solved.append(members)
                continue
            parts = [members]
            if sum(story_of[i] is None for i in members) > _MAX_NEW:
                parts = _split(
                    members, story_of, edges_left, edges_right, scores[keep], params.threshold
                )
            for part in parts:
                component = _component(part, story_of)
                if not component.stories and len(component.new) == 1:
                    solved.append(part)  # a lone new item
                elif len(part) <= _SMALL_COMPONENT:
                    small.append(component)
                else:
                    solved.extend(_solve(rep, profiles, component, params, actors, mentions))
        if small:
            solved.extend(_solve_small(rep, profiles, small, params, actors, mentions))
        outlets = outlet_days([item.publisher or item.source_id for item in originals], rep.days)
        solved = _join_stories(
            rep,
            outlets,
            mentions,
            entities,
            solved,
            story_of,
            left[may_join],
            right[may_join],
            scores[may_join],
            params.weights.model,
            params.story_model,
            params.threshold,
            actors,
        )
        solved, merged = _bridge_open_stories(
            rep,
            outlets,
            mentions,
            entities,
            solved,
            story_of,
            (left[may_join], right[may_join], scores[may_join]),
            params,
            actors,
            _seniority(originals, story_of),
            held,
        )
        for cluster in solved:
            story = next((story_of[i] for i in cluster if story_of[i] is not None), None)
            story = merged.get(story, story) if story is not None else None
            if story is None:
                first = min(cluster, key=lambda i: _sort_key(originals[i]))
                story = story_id_for(originals[first].key)
                created.add(story)
            for i in cluster:
                if story_of[i] is None:
                    assigned[originals[i].id] = story
        for i, pairs in zip(new.tolist(), profile_rows(profiles, new), strict=True):
            remembered[originals[i].id] = tuple((originals[j].id, round(s, 4)) for j, s in pairs)
    stored = {item.id: item.story_id for item in items if item.story_id is not None}
    for item in items:
        if item.duplicate_of is not None and item.story_id is None:
            story = assigned.get(item.duplicate_of, stored.get(item.duplicate_of))
            story = merged.get(story, story) if story is not None else None
            if story is None:
                story = story_id_for(item.key)
                created.add(story)
            assigned[item.id] = story
    return Grouping(
        assigned=assigned, created=frozenset(created), neighbours=remembered, merged=merged
    )


def _how_tos(items: Sequence[DeskItem]) -> npt.NDArray[np.bool_]:
    """Which items are how-tos (:func:`~newsdesk.desk._text.is_how_to`), the writer's
    own projects (:func:`~newsdesk.desk._text.is_personal_project`) or interviews
    (:func:`~newsdesk.desk._text.is_interview`), a story each.

    A how-to teaches a product, a personal project uses one rather than reporting on
    it, and an interview gives someone's views when the outlet chose to run it, so it
    joins no other report, however much they share; only its own copies and
    re-listings (the same title) follow it.
    """
    titles = [same_title(item.title) for item in items]
    listed = Counter(titles)
    return np.asarray(
        [listed[title] == 1 and _a_piece_of_its_own(title) for title in titles],
        dtype=np.bool_,
    )


@lru_cache(maxsize=1 << 16)
def _a_piece_of_its_own(title: str) -> bool:
    """Whether a title presents a how-to, the writer's own project or an interview:
    remembered, as each day's batch reads again the titles of the stories still open."""
    return is_how_to(title) or is_personal_project(title) or is_interview(title)


def _actors(
    items: Sequence[DeskItem],
    rep: Representation,
    cache: TermCache,
    entities: npt.NDArray[np.bool_],
) -> Actors:
    """The items' headline actors (:mod:`newsdesk.desk._actors`); a lone capitalised
    opener is an actor where the batch names it (``entities``: :func:`entity_names`)."""

    def named(token: str) -> bool:
        found = cache.names.get(token)
        return found is not None and found < len(entities) and bool(entities[found])

    vocabulary = _ACTOR_VOCABULARIES.get(cache)
    if vocabulary is None:
        vocabulary = _ACTOR_VOCABULARIES[cache] = ActorVocabulary()
    return read_actors([item.title for item in items], rep.cjk, named, vocabulary)


#: Each run's titles read into actor ids once (keyed by the run's term cache, and gone
#: with it).
_ACTOR_VOCABULARIES: WeakKeyDictionary[TermCache, ActorVocabulary] = WeakKeyDictionary()


def _two_events_scores(
    rep: Representation,
    actors: Actors,
    mentions: sparse.csr_matrix,
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    scores: npt.NDArray[np.float32],
) -> npt.NDArray[np.float32]:
    """The pair scores with 0 for each pair that reports two events whatever else it
    shares: its actors differ (:func:`~newsdesk.desk._actors.actors_differ`: a
    release's derivative events, a platform adding the model or a leaderboard scoring
    it, share its names and topic), or it states two final scores or two magnitudes
    (:func:`~newsdesk.desk._similarity.figures_differ`: an aftershock beside its quake),
    or all it shares is a place (:func:`only_where`: one city's stadium and its light
    show), or neither has a word (:func:`both_wordless`: two datelines); average-link
    would join them on the rest."""
    apart = actors_differ(actors, left, right) | figures_differ(rep, left, right)
    apart |= only_where(rep, mentions, left, right) | both_wordless(rep, left, right)
    out: npt.NDArray[np.float32] = np.where(apart, 0, scores).astype(np.float32)
    return out


def _sort_key(item: DeskItem) -> tuple[float, str]:
    return (math.inf if item.time is None else item.time.timestamp(), item.key)


def _bridge_open_stories(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    solved: list[list[int]],
    story_of: Sequence[str | None],
    edges: tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.float32]],
    params: ClusterParams,
    actors: Actors,
    seniority: Callable[[str], tuple[float, ...]],
    held: Collection[str] = frozenset(),
) -> tuple[list[list[int]], dict[str, str]]:
    """Merge open stories that the batch's reports show to be one event.

    Two open stories never join in average-link or in :func:`_join_stories`, so a
    first day's pieces of one event would stay apart for good.  Once a batch's reports
    have landed, two open stories are compared when a new report of one scores the
    threshold with a report of the other (``edges``: the candidate pairs and their final
    scores): the evidence is the batch's, not a second look at what was decided before
    (any candidate pair, as the join takes, also merged a leaderboard entry into its
    model's launch and more of the synthetic background's look-alikes).  They are
    read exactly as the join reads two stories, with the batch's reports in them: the
    same story-pair model and threshold, the same short-reports and size conditions, the
    same refusal by their reports (:func:`refused_by_reports`); round by round, each
    story merging at most its best partner.  Then the open stories that are each
    other's closest in vocabulary merge, unless their reports refuse it
    (:func:`_same_vocabulary`): one story's pieces need not be bridged by a report
    naming both, when they are told in the same words.

    The story that survives keeps its id: one an editor has touched or that an edition
    holds (``held``) may absorb, never be absorbed, and two such never merge; otherwise
    the senior one by ``seniority`` (the larger key: first seen earlier, then more
    reports).  Returns the stories that hold a new item and each absorbed story's id
    mapped to the one it ended in.
    """
    left, right, edge_scores = edges
    is_new = np.asarray([s is None for s in story_of], dtype=np.bool_)
    pieces: list[list[int]] = []
    ids: list[str] = []
    fresh: list[list[int]] = []
    placed: set[int] = set()
    for cluster in solved:
        placed.update(cluster)
        story = next((story_of[i] for i in cluster if story_of[i] is not None), None)
        if story is None:
            fresh.append(cluster)
        else:
            pieces.append(list(cluster))
            ids.append(story)
    untouched: dict[str, list[int]] = {}
    for index, story in enumerate(story_of):
        if story is not None and index not in placed:
            untouched.setdefault(story, []).append(index)
    if not pieces:
        return solved, {}
    pieces += list(untouched.values())
    ids += list(untouched)
    label = np.full(len(story_of), -1, dtype=np.intp)
    for p, members in enumerate([*pieces, *fresh]):
        label[members] = p
    once = once_a_day(outlets, label)
    label[label >= len(pieces)] = -1  # a new story takes no part: the join read it
    protected = np.asarray([story in held for story in ids])
    absorbed: dict[str, str] = {}
    changed = np.ones(len(pieces), dtype=bool)
    while changed.any():
        a, b = label[left], label[right]
        a, b = np.minimum(a, b), np.maximum(a, b)
        sizes = np.asarray([len(p) for p in pieces])
        keep = (a >= 0) & (a != b) & (is_new[left] | is_new[right])
        keep &= edge_scores >= params.threshold
        keep &= ~(protected[a] & protected[b]) & (changed[a] | changed[b])
        keep &= np.maximum(sizes[a], sizes[b]) >= JOIN_LEAST_REPORTS
        merges = _bridges(
            rep,
            outlets,
            once,
            mentions,
            entities,
            pieces,
            a[keep],
            b[keep],
            edge_scores[keep],
            params,
            actors,
        )
        changed[:] = False
        for i, j in merges:
            survivor = _absorb(pieces, ids, protected, seniority, absorbed, i, j)
            label[pieces[survivor]] = survivor
            changed[survivor] = True
    for i, j in _same_vocabulary(rep, mentions, entities, pieces, is_new, protected, actors):
        _absorb(pieces, ids, protected, seniority, absorbed, i, j)
    for old, new in absorbed.items():
        while new in absorbed:
            new = absorbed[new]
        absorbed[old] = new
    kept = [p for p in pieces if is_new[p].any()]
    return fresh + kept, absorbed


def _absorb(
    pieces: list[list[int]],
    ids: list[str],
    protected: npt.NDArray[np.bool_],
    seniority: Callable[[str], tuple[float, ...]],
    absorbed: dict[str, str],
    i: int,
    j: int,
) -> int:
    """Merge open stories ``pieces[i]`` and ``pieces[j]`` into the one that keeps its id
    (held first, then the senior; see :func:`_bridge_open_stories`); returns its index."""
    if (protected[j], seniority(ids[j])) > (protected[i], seniority(ids[i])):
        i, j = j, i  # i survives
    absorbed[ids[j]] = ids[i]
    pieces[i], pieces[j] = pieces[i] + pieces[j], []
    protected[i] |= protected[j]
    return i


#: Two open stories told in the same words: the cosine of their vocabularies (each
#: word's share of a story's reports, weighed by its rarity in the batch) at least this,
#: and of their mean vectors at least :data:`SAME_VOCABULARY_VECTORS` (see
#: :func:`_same_vocabulary`).
SAME_VOCABULARY = 0.1
SAME_VOCABULARY_VECTORS = 0.5


def _same_vocabulary(
    rep: Representation,
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    pieces: list[list[int]],
    is_new: npt.NDArray[np.bool_],
    protected: npt.NDArray[np.bool_],
    actors: Actors,
) -> list[tuple[int, int]]:
    """Pairs of open stories (``pieces``, each with the batch's reports in it) that are
    one story told under two names: each the other's closest in vocabulary.

    A day's pieces of one big story are its names (the dam, the country, the town) and
    its sides (the markets, the victims, the inquiry); the story-pair model reads them
    pair by pair of reports and by the pieces' sizes, and two pieces of 20 headlines
    sharing their subject at a mean cosine of 0.3 stay apart for good.  Read as
    vocabularies, the share of each story's reports that use each word or name (IDF of
    the batch), such pieces are each other's nearest story: the words their story
    repeats ("quake", "rubble", "survivors") run through both.  Two open stories merge
    when, both of short reports (:data:`JOIN_EVIDENCE`) and of
    :data:`JOIN_LEAST_REPORTS` reports or more, one holding a report of this batch,
    each is the other's closest in vocabulary, at :data:`SAME_VOCABULARY` or more, their
    mean vectors agree (:data:`SAME_VOCABULARY_VECTORS`), and their reports do not refuse
    it (:func:`refused_by_reports`: another company or place in a frame alike, two
    scores or magnitudes, a protagonist with two counterparts): one company's two
    deals, a club's sacking beside its new coach, share a vocabulary too.

    Only open stories, that each lasted past the batch that made them (first seen on a
    day before the batch's, :func:`_made_before`; not a story an earlier run of the same
    day stored): two pieces of one batch are the story join's to decide, and two events
    of one topic reported the same day (ECB+'s) read alike in vocabulary as much as a big
    story's pieces do.
    """
    n = len(is_new)
    sizes = np.asarray([len(p) for p in pieces], dtype=np.intp)
    members = np.fromiter(chain.from_iterable(pieces), dtype=np.intp, count=int(sizes.sum()))
    owner = np.repeat(np.arange(len(pieces)), sizes)
    evidence = np.bincount(owner, weights=rep.evidence[members], minlength=len(pieces)) / (
        np.maximum(sizes, 1)
    )
    fresh = np.bincount(owner, weights=is_new[members], minlength=len(pieces)) > 0
    eligible = (sizes >= JOIN_LEAST_REPORTS) & (evidence <= JOIN_EVIDENCE) & (evidence > 0)
    eligible &= _made_before(rep.days, is_new, owner, members, len(pieces))
    if eligible.sum() < 2 or not (eligible & fresh).any():
        return []
    chosen = np.flatnonzero(eligible)
    member = sparse.csr_matrix((np.ones(len(members)), (owner, members)), shape=(len(pieces), n))[
        chosen
    ]
    terms = sparse.hstack([rep.words, rep.names], format="csr")
    terms.data[:] = 1.0  # which reports use each word or name, not how much
    rarity = np.log((n + 1) / (np.bincount(terms.indices, minlength=terms.shape[1]) + 1.0))
    share = sparse.csr_matrix(
        sparse.diags(1.0 / sizes[chosen]) @ (member @ terms) @ sparse.diags(rarity)
    )
    norms = np.sqrt(np.asarray(share.multiply(share).sum(axis=1)).ravel())
    share = sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ share)
    # each story of the batch's closest, then the closest of those it found
    a = np.flatnonzero(fresh[chosen])
    b, closeness = _closest(share, a)
    partners = np.unique(b)
    back, _ = _closest(share, partners)
    mutual = (back[np.searchsorted(partners, b)] == a) & (closeness >= SAME_VOCABULARY)
    pairs = np.unique(np.minimum(a, b)[mutual] * len(chosen) + np.maximum(a, b)[mutual])
    a, b = pairs // len(chosen), pairs % len(chosen)
    centre = np.asarray(member @ rep.vectors)
    centre /= np.maximum(np.linalg.norm(centre, axis=1, keepdims=True), 1e-12)
    keep = np.einsum("ij,ij->i", centre[a], centre[b]) >= SAME_VOCABULARY_VECTORS
    a, b = chosen[a[keep]], chosen[b[keep]]
    keep = ~(protected[a] & protected[b])
    a, b = a[keep], b[keep]
    refused = _refused(rep, mentions, entities, pieces, a, b, actors)
    return [(int(i), int(j)) for i, j in zip(a[~refused], b[~refused], strict=True)]


def _made_before(
    days: npt.NDArray[np.float64],
    is_new: npt.NDArray[np.bool_],
    owner: npt.NDArray[np.intp],
    members: npt.NDArray[np.intp],
    count: int,
) -> npt.NDArray[np.bool_]:
    """Which of ``count`` stories (``members[k]`` is in story ``owner[k]``) were first
    seen on a day before the batch's (the UTC day of its earliest dated new report).

    A story stored by an earlier run of the batch's own day is open too, but lasted past
    no batch: its neighbour of that day is the story join's to decide, so a day grouped
    in two runs ends as a day grouped in one.  Undated stories, or an undated batch, never
    tell that, so none is."""
    dated = days[is_new & ~np.isnan(days)]
    if not len(dated):
        return np.zeros(count, dtype=np.bool_)
    first = np.full(count, np.inf)
    np.fmin.at(first, owner, days[members])
    made: npt.NDArray[np.bool_] = np.floor(first) < np.floor(dated.min())
    return made


#: Stories whose closeness to every other is read at once by :func:`_closest`.
_CLOSEST_CHUNK = 512


def _closest(
    share: sparse.csr_matrix, rows: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """For each of ``rows`` (unit rows of ``share``), the other row closest to it by
    cosine and that cosine, a chunk of rows at a time (the full square of a large
    batch's stories would not fit)."""
    best = np.zeros(len(rows), dtype=np.intp)
    top = np.full(len(rows), -1.0)
    for begin in range(0, len(rows), _CLOSEST_CHUNK):
        part = rows[begin : begin + _CLOSEST_CHUNK]
        block = np.asarray((share[part] @ share.T).todense())
        block[np.arange(len(part)), part] = -1.0
        best[begin : begin + len(part)] = block.argmax(axis=1)
        top[begin : begin + len(part)] = block[
            np.arange(len(part)), best[begin : begin + len(part)]
        ]
    return best, top


def _bridges(
    rep: Representation,
    outlets: npt.NDArray[np.intp],
    once: npt.NDArray[np.float64],
    mentions: sparse.csr_matrix,
    entities: npt.NDArray[np.bool_],
    pieces: list[list[int]],
    a: npt.NDArray[np.intp],
    b: npt.NDArray[np.intp],
    edges: npt.NDArray[np.float32],
    params: ClusterParams,
    actors: Actors,
) -> list[tuple[int, int]]:
    """The pairs of ``pieces`` (a[k], b[k], one per candidate pair of their reports with
    its score in ``edges``) that the story-pair model joins and their reports do not
    refuse, best first, each piece in one pair at most (see :func:`_bridge_open_stories`)."""
    count = len(pieces)
    pairs, inverse = np.unique(a.astype(np.int64) * count + b, return_inverse=True)
    if not len(pairs):
        return []
    best_pair = np.full(len(pairs), -np.inf, dtype=np.float32)
    np.maximum.at(best_pair, inverse, edges)
    a, b = (pairs // count).astype(np.intp), (pairs % count).astype(np.intp)
    involved = np.unique(np.concatenate([a, b]))
    read_as = [pieces[i] for i in involved]
    read = story_representation(rep, read_as)
    at_a, at_b = np.searchsorted(involved, a), np.searchsorted(involved, b)
    short = (read.evidence[at_a] <= JOIN_EVIDENCE) & (read.evidence[at_b] <= JOIN_EVIDENCE)
    short &= (read.evidence[at_a] > 0) & (read.evidence[at_b] > 0)
    a, b, at_a, at_b = a[short], b[short], at_a[short], at_b[short]
    pooled = direct_scores(params.weights.model, pair_signals(read, at_a, at_b)).logit
    features = story_pair_features(
        rep, outlets, once, read_as, at_a, at_b, pooled, best_pair[short]
    )
    scores = params.story_model.scores(features)
    above = np.flatnonzero(scores >= params.threshold)
    refused = _refused(rep, mentions, entities, pieces, a[above], b[above], actors)
    busy: set[int] = set()
    out: list[tuple[int, int]] = []
    order = np.argsort(-scores[above], kind="stable")
    for k in above[order][~refused[order]]:
        i, j = int(a[k]), int(b[k])
        if i not in busy and j not in busy:
            busy.update((i, j))
            out.append((i, j))
    return out


def _seniority(
    items: Sequence[DeskItem], story_of: Sequence[str | None]
) -> Callable[[str], tuple[float, ...]]:
    """Which of two open stories keeps its id when they merge: the one first seen
    earlier (its id has been shown longest), then the one with more reports."""
    first: dict[str, float] = {}
    size: Counter[str] = Counter()
    for item, story in zip(items, story_of, strict=True):
        if story is not None:
            when = math.inf if item.time is None else item.time.timestamp()
            first[story] = min(first.get(story, math.inf), when)
            size[story] += 1

    def key(story: str) -> tuple[float, ...]:
        return (-first.get(story, math.inf), size[story])

    return key
