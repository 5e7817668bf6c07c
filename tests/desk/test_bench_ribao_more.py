"""The AI 日报 更多动态 labels (``bench/data/ribao_more_categories.jsonl``) keep their rules.

Their figures in ``bench/categories.py`` are only worth reading if the file still holds
what ``ribao_categories.md`` says: one label per line of each day's 更多动态 section, by
the nine default keys, the blind-read last three days as counted there, and no article
text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsdesk.config import AssessSettings

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
ROWS = [
    json.loads(line)
    for line in (DATA / "ribao_more_categories.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_every_line_has_one_label_by_the_default_keys() -> None:
    keys = {c.key for c in AssessSettings().categories}
    assert len(ROWS) == 162
    assert len({(r["file"], r["line"]) for r in ROWS}) == len(ROWS)
    assert all(r["category"] in keys and r["ai"] in (True, False, None) for r in ROWS)
    assert Counter(r["ai"] for r in ROWS) == {True: 152, False: 8, None: 2}
    per_day = Counter(r["file"][:10] for r in ROWS)
    for day, count in per_day.items():
        assert sorted(r["line"] for r in ROWS if r["file"][:10] == day) == list(range(count))


def test_the_last_three_days_hold_half_the_lines_and_no_text_is_kept() -> None:
    held = [r for r in ROWS if r["file"] >= "2026-06-01"]
    assert {r["file"][:10] for r in held} == {"2026-06-01", "2026-07-02", "2026-07-25"}
    assert (len(held), sum(r["ai"] is True for r in held)) == (81, 75)
    assert all(set(r) == {"file", "line", "category", "ai"} for r in ROWS)
