"""Pairs of reports that tell two events whatever else they share: only a place in common,
no word on either side, a how-to, two headline actors; they score 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.desk._actors import Actors, ActorVocabulary, actors_differ, read_actors
from newsdesk.desk._similarity import Representation, TermCache, figures_differ
from newsdesk.desk._sparse import row_dots
from newsdesk.desk._text import is_how_to, is_interview, is_personal_project, same_title
from newsdesk.model import DeskItem

#: Pairs of a block read at once by :func:`only_where_block` (a few dense megabytes).
_BLOCK_PAIRS = 262_144


def places_of(rep: Representation) -> sparse.csr_matrix:
    """The place names each report names, one-hot."""
    places: sparse.csr_matrix = sparse.csr_matrix(
        rep.names.sign() @ sparse.diags(rep.place_names.astype(np.float32))
    )
    places.eliminate_zeros()
    return places


def one_place_shared(
    places: sparse.csr_matrix,
    mentions: sparse.csr_matrix,
    x: npt.NDArray[np.intp],
    y: npt.NDArray[np.intp],
    x_said: npt.NDArray[np.float64],
    y_said: npt.NDArray[np.float64],
) -> npt.NDArray[np.bool_]:
    """For each pair (x[k], y[k]) whose reports mention ``x_said`` of x's names and
    ``y_said`` of y's: whether all they say of each other is one place (``places``:
    :func:`places_of`)."""
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
    places = places_of(rep)
    placed = np.diff(places.indptr) > 0
    at = np.flatnonzero(placed[left] & placed[right])
    if not len(at):
        return out
    names = rep.names.sign()
    x, y = left[at], right[at]
    x_said, y_said = row_dots(names, mentions, x, y), row_dots(names, mentions, y, x)
    out[at] = one_place_shared(places, mentions, x, y, x_said, y_said) & (
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
    places = places_of(rep)
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
    story without words (:func:`join_stories`); a pair of them is no evidence either.
    """
    out: npt.NDArray[np.bool_] = (rep.evidence[left] <= 0) & (rep.evidence[right] <= 0)
    return out


def how_tos(items: Sequence[DeskItem]) -> npt.NDArray[np.bool_]:
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


def headline_actors(
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


def two_events_scores(
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
