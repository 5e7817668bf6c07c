"""The AI资讯日报 labels (``bench/data/insight_categories.jsonl``) keep their rules.

The later days' figures in ``bench/categories.py`` (``insight_later``) are only worth
reading if the file still holds what ``insight_categories.md`` says: one label per entry
of each day, counted from 0, by the nine default keys, the two later days as counted
there, and no article text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsdesk.config import AssessSettings

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
ROWS = [
    json.loads(line)
    for line in (DATA / "insight_categories.jsonl").read_text(encoding="utf-8").splitlines()
]
LATER = ("2025-12-20.md", "2026-01-10.md")


def test_every_entry_has_one_label_by_the_default_keys_and_no_text_is_kept() -> None:
    keys = {c.key for c in AssessSettings().categories}
    assert len({(r["file"], r["item"]) for r in ROWS}) == len(ROWS) == 134
    assert all(r["category"] in keys and r["ai"] in (True, False, None) for r in ROWS)
    assert all(set(r) == {"file", "item", "category", "ai"} for r in ROWS)
    per_day = Counter(r["file"] for r in ROWS)
    for day, count in per_day.items():
        assert sorted(r["item"] for r in ROWS if r["file"] == day) == list(range(count))


def test_the_two_later_days_hold_thirty_entries_twenty_one_of_them_ai_news() -> None:
    later = [r for r in ROWS if r["file"] in LATER]
    assert Counter(r["file"] for r in later) == {"2025-12-20.md": 12, "2026-01-10.md": 18}
    assert Counter(r["ai"] for r in later) == {True: 21, False: 8, None: 1}
    assert all(r["ai"] is True for r in later if r["file"] == "2026-01-10.md")
