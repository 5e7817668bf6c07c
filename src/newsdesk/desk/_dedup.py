"""Near-duplicates: reposts and syndicated copies, found with MinHash LSH.

Shingles are character 4-grams of the text with spaces and punctuation removed, so the
same method works for Chinese (no word boundaries) and English, and a repost with a
"【转载】" prefix or another footer still matches.

An item is a copy when it adds almost nothing to an earlier one: at least
``threshold`` of its shingles are in the earlier item.  That covers a full repost
(Jaccard 0.8 between equal lengths means about 0.9 contained) and the hot-list entry
that carries only the original's summary, but not a long article that grew from an
earlier flash (it adds text, so it is not a copy; it joins the story instead).
Candidates come from an LSH Ensemble index (containment search over MinHashes) and are
confirmed on the exact shingle sets.  A copy links to the earliest original, never to
another copy.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSHEnsemble

from newsdesk.model import DeskItem

#: Characters per shingle: short enough for Chinese words, long enough to be specific.
SHINGLE = 4
#: Characters of title + text compared; copies agree from the start.
DEDUP_CHARS = 800
#: Permutations per signature; 128 keeps the estimates within about ±0.04.
NUM_PERM = 128
#: How far below the threshold the LSH search reaches (see find_duplicates).
_SEARCH_SLACK = 0.3
_NOT_WORD = re.compile(r"[\W_]+")


def shingles(text: str) -> set[bytes]:
    flat = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())[:DEDUP_CHARS]
    if len(flat) <= SHINGLE:
        return {flat.encode("utf-8")} if flat else set()
    return {flat[i : i + SHINGLE].encode("utf-8") for i in range(len(flat) - SHINGLE + 1)}


def _order(item: DeskItem) -> tuple[float, int]:
    return (item.time.timestamp() if item.time else float("inf"), item.id)


def find_duplicates(items: Sequence[DeskItem], threshold: float) -> dict[int, int]:
    """Copies among the items not yet grouped (``story_id`` None): copy id -> original id.

    The originals may be any of ``items`` (the window's stored items included).  Texts
    too short to judge (under 40 shingles, a bare title) are never called copies.
    """
    sets = [shingles(f"{item.title}{item.text}") for item in items]
    judged = [i for i, s in enumerate(sets) if len(s) >= 40]
    if not any(items[i].story_id is None for i in judged):
        return {}
    signatures = MinHash.bulk(
        [list(sets[i]) for i in judged], num_perm=NUM_PERM, hashfunc=zlib.crc32
    )
    signature_of = dict(zip(judged, signatures, strict=True))
    # MinHash estimates containment loosely for sets of unequal size, so candidates are
    # searched well below the threshold and confirmed on the exact sets.
    index = MinHashLSHEnsemble(threshold=threshold - _SEARCH_SLACK, num_perm=NUM_PERM, num_part=8)
    index.index((i, signature_of[i], len(sets[i])) for i in judged)
    by_id = {item.id: item for item in items}
    original_of: dict[int, int] = {}
    for position in sorted(judged, key=lambda i: _order(items[i])):
        item = items[position]
        if item.story_id is not None or item.duplicate_of is not None:
            continue
        mine = sets[position]
        earlier = [
            other
            for other in index.query(signature_of[position], len(mine))
            if other != position
            and _order(items[other]) < _order(item)
            and len(mine & sets[other]) >= threshold * len(mine)
        ]
        if not earlier:
            continue
        first = items[min(earlier, key=lambda i: _order(items[i]))]
        root = first.duplicate_of or original_of.get(first.id) or first.id
        if root in by_id and root != item.id:
            original_of[item.id] = root
    return original_of
