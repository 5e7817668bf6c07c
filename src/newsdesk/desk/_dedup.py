"""Near-duplicates: reposts and syndicated copies, found with MinHash LSH.

Shingles are character 4-grams of the text with spaces and punctuation removed, so the
same method works for Chinese (no word boundaries) and English, and a repost with a
"【转载】" prefix or another footer still matches.

An item is a copy when it adds almost nothing to an earlier one: at least ``threshold``
of its shingles are in the earlier item, and it states no number, and no name in its
headline, that the earlier one lacks (see :func:`states_new_facts`).  That covers a full repost
(Jaccard 0.8 between equal lengths means about 0.9 contained) and the hot-list entry that
carries only the original's summary, but not a long article that grew from an earlier
flash (it adds text, so it is not a copy; it joins the story instead), nor two texts from
one template.  A copy links to the earliest original, never to another copy.

Candidates come from MinHash LSH: 64 min-hashes per text in 16 bands of 4, so a pair
with Jaccard 0.6 shares a band with probability 0.89 and one at 0.7 with 0.99.  Two
signatures are banded: of the title and text, and of the lead of the text alone (the
first 64 characters, where a summary-only copy agrees with its original).  Candidates
are confirmed on the exact shingle sets.  The hashing and banding run on whole arrays
with numpy rather than with datasketch, the library the design first named: its
per-object ``MinHashLSH`` needed 6 s and 700 MB to index 100,000 items where banding the
arrays takes 0.7 s and 26 MB a signature, and its LSH Ensemble (containment search) took
120 s to index them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import numpy.typing as npt

from newsdesk.chinese import HAN_RUN
from newsdesk.desk._text import STOPWORDS, nfkc, number_tokens
from newsdesk.model import DeskItem

#: Characters per shingle: short enough for Chinese words, long enough to be specific.
SHINGLE = 4
#: Base of a shingle's polynomial hash over its code points (modulo 2**32).
_HASH_BASE = 1_000_003
#: Characters of title + text compared; copies agree from the start.
DEDUP_CHARS = 500
#: Characters of the text's lead that get their own signature: a summary-only copy
#: agrees with its original over at least this much of its lead.
LEAD_CHARS = 64
#: Fewer shingles than this are too little to judge (a bare title).
MIN_SHINGLES = 40
_BANDS, _ROWS = 16, 4
#: Candidate pairs compared at once (their signatures are gathered in memory).
_PAIR_CHUNK = 65_536
#: Texts hashed in one pass: 5,000 texts of 500 characters need about 200 MB of
#: temporary arrays (a few 4- and 8-byte arrays per shingle); all 33,000 of a
#: 100,000-item benchmark day at once needed 1.3 GB.
_HASH_CHUNK = 5_000
#: Shingles whose permutations are taken at once (64 of each: 8 MB at a time, which
#: stays in cache and is reused; 64 MB at a time took four times as long).
_SIGNATURE_CHUNK = 32_768
#: Of a band's earlier members, how many are checked as a later one's original: the
#: first is the original unless it is itself a copy (then its root is found anyway), so
#: a few spare ones only guard against a first that fails the exact check.
_EARLIEST = 5
#: Estimated containment this far below the threshold is still checked exactly
#: (64 min-hashes estimate Jaccard within about ±0.125, two standard deviations).
_ESTIMATE_SLACK = 0.15
_NUM_PERM = _BANDS * _ROWS
#: Characters a text can be cut before and both pieces flattened apart (:func:`_flat_codes`)
#: with the same result: NFKC composes nothing with them or across them, and lower case
#: looks through none of them (a final sigma is one before a letter-less stretch), so
#: neither piece's flat form depends on the other.  A space, an ASCII digit, a common
#: CJK ideograph.
_CUT = re.compile("[ 0-9\u4e00-\u9fff]")
_YEAR = re.compile(r"(19|20)\d\d")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_BRACKETED = re.compile(r"^\s*[【\[(（][^】\])）]{1,12}[】\])）]\s*")
_ATTRIBUTION = re.compile(r"\s[|｜]\s|\s[-–—]{1,2}\s|——")
_RNG = np.random.default_rng(20260514)  # fixed: signatures are the same in every run
_A = (_RNG.integers(1, 2**32, _NUM_PERM, dtype=np.uint64) | 1).astype(np.uint32)
_B = _RNG.integers(0, 2**32, _NUM_PERM, dtype=np.uint64).astype(np.uint32)
_EMPTY = np.zeros(0, dtype=np.uint32)

Signature = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True, eq=False)
class Sketch:
    """What copy-finding keeps of an item: its shingle count and two signatures."""

    #: Distinct shingles of title + text.
    size: int
    #: Min-hashes of title + text.
    full: Signature
    #: Min-hashes of the text's lead.
    lead: Signature


#: Sketches by item id, kept between the day batches of one run.
DedupCache = dict[int, Sketch]


def _flat_codes(
    texts: Sequence[str], limit: int
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.intp]]:
    """Each text's first ``limit`` letters and digits after NFKC and lower case, as code
    points, all texts' one after another, and how many each has: the characters shingled
    (spaces and punctuation dropped, so a repost's other spacing or a "【转载】" prefix
    still matches).

    A text is first cut before a character of :data:`_CUT` past twice the limit (a
    64-character lead was cut from all 500 of a text read), and read whole only when its
    head had too few.  Letters and digits are kept by a table of code points, the texts'
    characters all in one array: a regular expression dropping the others took most of
    copy-finding's hashing.
    """
    heads = [text[: _cut(text, limit)] for text in texts]
    codes, counts = _flat_heads(heads, limit)
    short = [
        i for i, (head, text) in enumerate(zip(heads, texts, strict=True))
        if counts[i] < limit and len(head) < len(text)
    ]  # fmt: skip
    if not short:
        return codes, counts
    flats = np.split(codes, np.cumsum(counts)[:-1])
    again, again_counts = _flat_heads([texts[i] for i in short], limit)
    for i, flat in zip(short, np.split(again, np.cumsum(again_counts)[:-1]), strict=True):
        flats[i] = flat
    return np.concatenate(flats), np.fromiter(map(len, flats), dtype=np.intp, count=len(flats))


def _cut(text: str, limit: int) -> int:
    found = _CUT.search(text, 2 * limit) if len(text) > 2 * limit else None
    return len(text) if found is None else found.start()


def _flat_heads(
    texts: Sequence[str], limit: int
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.intp]]:
    lowered = [nfkc(text).lower() for text in texts]
    codes = np.frombuffer("".join(lowered).encode("utf-32-le"), dtype=np.uint32)
    sizes = np.fromiter(map(len, lowered), dtype=np.intp, count=len(lowered))
    kept = _word_characters(codes)
    owner = np.repeat(np.arange(len(texts)), sizes)[kept]
    counts = np.bincount(owner, minlength=len(texts))
    rank = np.arange(len(owner)) - (np.cumsum(counts) - counts)[owner]
    return codes[kept][rank < limit], np.minimum(counts, limit)


def _word_characters(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which code points are letters or digits (``str.isalnum``: the word characters of
    a regular expression, but for the underscore)."""
    out = np.zeros(len(codes), dtype=bool)
    basic = codes < len(_basic_word_characters())
    out[basic] = _basic_word_characters()[codes[basic]]
    if not basic.all():
        astral = codes[~basic]
        distinct = np.unique(astral)
        word = np.fromiter((chr(c).isalnum() for c in distinct.tolist()), dtype=bool)
        out[~basic] = word[np.searchsorted(distinct, astral)]
    return out


@cache
def _basic_word_characters() -> npt.NDArray[np.bool_]:
    """:func:`_word_characters` of the Basic Multilingual Plane, as a table (built once:
    a few milliseconds)."""
    return np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)


def shingle_hashes(texts: Sequence[str], limit: int = DEDUP_CHARS) -> list[npt.NDArray[np.uint32]]:
    """Each text's sorted distinct 32-bit hashes of its character 4-grams.

    Texts are hashed a chunk at a time, each chunk in one pass over its concatenated code
    points; a text shorter than a shingle is one shingle.
    """
    hashes: list[npt.NDArray[np.uint32]] = []
    for start in range(0, len(texts), _HASH_CHUNK):
        hashes.extend(_shingle_chunk(texts[start : start + _HASH_CHUNK], limit))
    return hashes


def _shingle_chunk(texts: Sequence[str], limit: int) -> list[npt.NDArray[np.uint32]]:
    flat, counts = _flat_codes(texts, limit)
    # a text shorter than a shingle is one shingle, padded with zeros
    lengths = np.where((counts > 0) & (counts < SHINGLE), SHINGLE, counts).astype(np.int64)
    codes = np.zeros(int(lengths.sum()) + SHINGLE, dtype=np.uint32)
    codes[
        np.repeat(np.cumsum(lengths) - lengths - (np.cumsum(counts) - counts), counts)
        + np.arange(len(flat))
    ] = flat
    # polynomial hash of the code points modulo 2**32, in place: 32-bit products wrap
    # modulo 2**32 themselves, so no wider copy and mask are needed
    hashed = codes[: len(codes) - SHINGLE].copy()
    for offset in range(1, SHINGLE):
        hashed *= np.uint32(_HASH_BASE)
        hashed += codes[offset : offset + len(hashed)]
    grams = np.maximum(lengths - SHINGLE + 1, 0)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    text_of = np.repeat(np.arange(len(texts), dtype=np.uint64), grams)
    position = np.repeat(starts, grams) + (
        np.arange(grams.sum()) - np.repeat(np.cumsum(grams) - grams, grams)
    )
    keys = (text_of << np.uint64(32)) | _mix(hashed[position]).astype(np.uint64)
    keys.sort()  # then drop repeats: np.unique's hash table crawls on arrays this large
    keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if len(keys) else keys
    owners = (keys >> np.uint64(32)).astype(np.intp)
    values = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    bounds = np.searchsorted(owners, np.arange(len(texts) + 1))
    return [values[bounds[i] : bounds[i + 1]] for i in range(len(texts))]


def _mix(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's finaliser: spreads nearby codes over all 32 bits."""
    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def signatures(hash_sets: Sequence[npt.NDArray[np.uint32]]) -> npt.NDArray[np.uint32]:
    """64 min-hashes per set (one per random affine permutation of the 32-bit hashes).

    An empty set gets the all-maximum signature, which matches only other empty sets.
    """
    out = np.full((len(hash_sets), _NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    start = 0
    while start < len(hash_sets):
        end, total = start, 0
        while end < len(hash_sets) and (total < _SIGNATURE_CHUNK or end == start):
            total += len(hash_sets[end])
            end += 1
        sizes = np.asarray([len(h) for h in hash_sets[start:end]], dtype=np.intp)
        if total:
            values = np.concatenate(hash_sets[start:end])
            permuted = np.multiply(_A[:, None], values[None, :])  # wraps modulo 2**32
            permuted += _B[:, None]
            offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
            filled = sizes > 0
            minima = np.minimum.reduceat(permuted, offsets[filled], axis=1)
            out[start:end][filled] = minima.T
        start = end
    return out


def minhash_of(size: int, full: Signature, lead: Signature) -> bytes:
    """An item's signatures and shingle count, as stored with it."""
    return np.concatenate([[size], full, lead]).astype(np.uint32).tobytes()


def _parse(blob: bytes) -> Sketch:
    values = np.frombuffer(blob, dtype=np.uint32)
    return Sketch(int(values[0]), values[1 : 1 + _NUM_PERM], values[1 + _NUM_PERM :])


def sketches(
    items: Sequence[DeskItem],
    cache: DedupCache,
    made: dict[int, npt.NDArray[np.uint32]] | None = None,
) -> list[Sketch]:
    """Each item's sketch: from the store when it was made before, else computed now.

    ``made`` hears the shingle hashes of each item sketched now (item id -> hashes), so
    the exact check that follows need not hash those texts again.
    """
    missing = [item for item in items if item.id not in cache and item.minhash is None]
    for item in items:
        if item.id not in cache and item.minhash is not None:
            cache[item.id] = _parse(item.minhash)
    if missing:
        full = shingle_hashes([f"{item.title}{item.text}" for item in missing])
        leads = shingle_hashes([item.text for item in missing], LEAD_CHARS)
        full_signatures, lead_signatures = signatures(full), signatures(leads)
        for n, item in enumerate(missing):
            cache[item.id] = Sketch(len(full[n]), full_signatures[n], lead_signatures[n])
            if made is not None:
                made[item.id] = full[n]
    return [cache[item.id] for item in items]


def _band_pairs(
    signatures: npt.NDArray[np.uint32], rank: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs (later row, earlier row) of rows that agree on all the rows of a band: in
    each band's group, every row but the earliest (by ``rank``) with the up to
    :data:`_EARLIEST` earliest rows before it.  All groups of a band at once, in arrays."""
    n = len(signatures)
    laters: list[npt.NDArray[np.intp]] = []
    earliers: list[npt.NDArray[np.intp]] = []
    for band in range(_BANDS):
        block = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * _ROWS))).ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        opens = np.ones(n, dtype=bool)  # the first position of each group
        opens[1:] = sorted_keys[1:] != sorted_keys[:-1]
        group = np.cumsum(opens) - 1
        members = order[np.lexsort((rank[order], group))]  # group by group, earliest first
        first = np.flatnonzero(opens)[group]  # where each position's group starts
        position = np.arange(n) - first
        for earlier in range(_EARLIEST):
            later = position > earlier
            laters.append(members[later])
            earliers.append(members[first[later] + earlier])
    return np.concatenate(laters), np.concatenate(earliers)


def _likely_contained(
    later: npt.NDArray[np.intp],
    other: npt.NDArray[np.intp],
    features: list[Sketch],
    floor: float,
) -> dict[int, list[int]]:
    """Candidate pairs whose estimated containment (from the signatures) reaches ``floor``.

    With ``J`` the share of equal min-hashes, the later item's set ``A`` lies in the
    earlier ``B`` to ``J (|A| + |B|) / ((1 + J) |A|)``; only pairs near the threshold
    are then checked exactly.
    """
    if not len(later):
        return {}
    full = np.stack([f.full for f in features])
    sizes = np.asarray([f.size for f in features], dtype=np.float64)
    jaccard = np.empty(len(later))
    for start in range(0, len(later), _PAIR_CHUNK):
        part = slice(start, start + _PAIR_CHUNK)
        jaccard[part] = (full[later[part]] == full[other[part]]).mean(axis=1)
    estimate = jaccard * (sizes[later] + sizes[other]) / ((1 + jaccard) * sizes[later])
    likely: dict[int, list[int]] = {}
    for a, b in zip(
        later[estimate >= floor].tolist(), other[estimate >= floor].tolist(), strict=True
    ):
        likely.setdefault(a, []).append(b)
    return likely


@lru_cache(maxsize=4096)
def _figures(text: str) -> frozenset[str]:
    """The numbers a text states, as values (``5亿美元`` = ``$500 million``), years aside
    (remembered: an item is compared with each of its likely originals, and an original
    with each of its likely copies)."""
    return frozenset(n for n in number_tokens(text) if not _YEAR.fullmatch(n[1:]))


def _headline_names(title: str) -> set[str]:
    """Capitalised words and Chinese character pairs of a title, without its "【转载】"
    prefix or "| 来源" attribution."""
    headline = _ATTRIBUTION.split(_BRACKETED.sub("", title), maxsplit=1)[0]
    latin = {w.lower() for w in _CAPITALISED.findall(headline)} - STOPWORDS
    return latin | {
        run[i : i + 2] for run in HAN_RUN.findall(headline) for i in range(len(run) - 1)
    }


def states_new_facts(later: DeskItem, earlier: DeskItem) -> bool:
    """Whether the later item states something the earlier does not: a number anywhere,
    or a name in its headline.

    A copy adds nothing: two texts from one template ("A practical guide to fine-tuning
    Willow-11" and "… Jasper-13", 「华为发布…」 and 「联想发布…」) share most shingles
    but not their facts.  Only the headline's names count (capitalised words, and Chinese
    character pairs the earlier text never has), since a repost's footer may name the
    outlet it came from.

    The headline's names are read first and the numbers only when they decide: reading
    a text's numbers is the costly part, and an item whose numbers are all the earlier
    one's, or that states none, is decided by fewer readings.
    """
    before_text = f"{earlier.title}\n{earlier.text[:DEDUP_CHARS]}"
    known_words = {w.lower() for w in _LATIN_WORD.findall(before_text)}
    if any(n not in before_text for n in _headline_names(later.title) - known_words):
        return True
    figures = _figures(f"{later.title}\n{later.text[:DEDUP_CHARS]}")
    return bool(figures) and not figures <= _figures(before_text)


def _shared(mine: npt.NDArray[np.uint32], other: npt.NDArray[np.uint32]) -> int:
    """How many of the hashes ``mine`` the hashes ``other`` hold too (both sorted and
    distinct, as :func:`shingle_hashes` makes them): looked up by binary search, where
    ``np.isin`` sorted both again for every pair."""
    if not len(other):
        return 0
    at = np.minimum(np.searchsorted(other, mine), len(other) - 1)
    return int(np.count_nonzero(other[at] == mine))


def _order(item: DeskItem) -> tuple[float, int]:
    return (item.time.timestamp() if item.time else float("inf"), item.id)


def find_duplicates(
    items: Sequence[DeskItem], threshold: float, cache: DedupCache | None = None
) -> dict[int, int]:
    """Copies among the items not yet grouped (``story_id`` None): copy id -> original id.

    The originals may be any of ``items`` (the window's stored items included).  Texts
    too short to judge (under 40 shingles, a bare title) are never called copies.
    """
    cache = {} if cache is None else cache
    made: dict[int, npt.NDArray[np.uint32]] = {}
    features = sketches(items, cache, made)
    judged = np.asarray(
        [i for i, f in enumerate(features) if f.size >= MIN_SHINGLES], dtype=np.intp
    )
    if not any(items[i].story_id is None for i in judged):
        return {}
    rank = np.empty(len(items), dtype=np.intp)
    rank[sorted(range(len(items)), key=lambda i: _order(items[i]))] = np.arange(len(items))
    is_new = np.asarray([item.story_id is None for item in items], dtype=bool)
    candidates = [np.zeros(0, dtype=np.int64)]
    with_lead = np.asarray([i for i in judged if items[i].text], dtype=np.intp)
    for lead, rows in ((False, judged), (True, with_lead)):
        if len(rows) < 2:
            continue
        stacked = np.vstack([features[i].lead if lead else features[i].full for i in rows])
        in_band = _band_pairs(stacked, rank[rows])
        laters, earliers = rows[in_band[0]], rows[in_band[1]]
        keep = is_new[laters]  # a new item's original is among the earliest of its group
        candidates.append(laters[keep].astype(np.int64) * len(items) + earliers[keep])
    pairs = np.unique(np.concatenate(candidates))
    likely = _likely_contained(
        (pairs // len(items)).astype(np.intp),
        (pairs % len(items)).astype(np.intp),
        features,
        threshold - _ESTIMATE_SLACK,
    )
    needed = {i for later, others in likely.items() for i in (later, *others)}
    exact = {i: made[items[i].id] for i in needed if items[i].id in made}
    again = sorted(needed - exact.keys())  # items sketched by an earlier batch or run
    exact.update(
        zip(again, shingle_hashes([f"{items[i].title}{items[i].text}" for i in again]), strict=True)
    )  # the exact sets, only of the items the check needs

    original_of: dict[int, int] = {}
    by_id = {item.id: item for item in items}
    for later in sorted(likely, key=lambda i: rank[i]):
        item = items[later]
        if item.duplicate_of is not None:
            continue
        mine = exact[later]
        contained = [
            other
            for other in likely[later]
            if _shared(mine, exact[other]) >= threshold * len(mine)
            and not states_new_facts(item, items[other])
        ]
        if not contained:
            continue
        first = items[min(contained, key=lambda i: rank[i])]
        root = first.duplicate_of
        if root is None:
            root = original_of.get(first.id, first.id)
        if root in by_id and root != item.id:
            original_of[item.id] = root
    return original_of
