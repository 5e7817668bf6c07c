"""Convert ECB+ (``../shared/data/ecbplus/ecbplus_docs.jsonl``) to ``eval cluster`` input.

Usage: python bench/ecbplus_to_eval.py [OUT.jsonl] [--titles-only]

The mapping, one line per document:

- ``id``: ``doc_id``
- ``title``: the first line of ``text`` that is not the article's URL (ECB+ documents
  of the newer half start with their URL, tokenised with spaces)
- ``text``: ``text`` as it is (omitted with ``--titles-only``)
- ``lang``: ``en``; ``source``: ``ecb`` or ``ecbplus`` is *not* given, since it would
  leak the label's half; ``published`` is not given (ECB+ has no dates)
- ``event``: ``event_cluster`` (two events of the same kind per topic: 86 clusters)

Then: ``newsdesk eval cluster OUT.jsonl``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "ecbplus_docs.jsonl"


def title_of(text: str, first_sentence: str) -> str:
    for line in text.split("\n"):
        if line.strip() and not line.startswith("http"):
            return line.strip()
    return first_sentence


def eval_records(path: Path = ECBPLUS, *, titles_only: bool = False) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            record = {
                "id": doc["doc_id"],
                "title": title_of(doc["text"], doc["first_sentence"]),
                "lang": "en",
                "event": doc["event_cluster"],
            }
            if not titles_only:
                record["text"] = doc["text"]
            yield record


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path("ecbplus_eval.jsonl")
    if not ECBPLUS.exists():
        sys.exit(f"ECB+ not found at {ECBPLUS}")
    with out.open("w", encoding="utf-8") as handle:
        for record in eval_records(titles_only="--titles-only" in sys.argv):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
