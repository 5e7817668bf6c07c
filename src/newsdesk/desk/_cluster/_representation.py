"""The batch's items as the pair model reads them: vectors, terms (less a yardstick's name,
with demonyms and named sentence openers), days, scripts; and which names each mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt
from scipy import sparse

from newsdesk.aliases import latin_keys
from newsdesk.desk._similarity import (
    Representation,
    TermCache,
    Terms,
    represent,
    without_names,
    without_templates,
)
from newsdesk.desk._text import IDENTIFYING_MARKS, TextFeatures, text_features
from newsdesk.model import DeskItem

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


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
