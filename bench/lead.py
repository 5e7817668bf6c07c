"""Would an editor lead with it: precision@12 of the lead on the makinotes days.

Usage: python bench/lead.py

Each makinotes day of ``../shared/data/makinotes/api`` (Chinese AI news, 18 days) is
run alone through the pipeline as a user would run it: the day's articles are a
``jsonl`` source (outlet as publisher, makinotes' own ``score`` kept as its engagement
metric, every article dated that day), fetched into a fresh SQLite store, then enriched,
grouped, assessed and selected by ``newsdesk.stages`` with the default settings and one
digest of 12 lead stories.  Each lead story is looked up in the hand labels of
``bench/data/makinotes_lead.jsonl`` (``makinotes_lead.md`` says how they were made; a
story takes the best label of its articles):

- ``news`` (2): an editor leads with it on any day;
- ``thin`` (1): an editor would keep it in the lead on a day short of news;
- ``no`` (0): never in the lead.

Printed per day: stories, selectable stories, lead size, precision of the lead (share
``news``; share kept, ``news`` or ``thin``), and the best a 12-story lead could do that
day (``ceil``: what ranking every ``news`` story first would score, with that day's
stories and lead size); then dev and held days apart (2026-02-06 … 02-13, never used to
choose a setting), pooled over lead slots, with the precision of the lead's first 1, 3
and 6 slots (the title and first lines a reader sees) and how many lead slots sit in a
tie (a digest score another selectable story shares, so the tie-break placed it); then
the same precision of the ranking's first places with its ties broken at random (the
expectation), so that a tie-break's luck is not credited to the scores.
Last, the spread of the day's scores: raw importance (the weighted sum) and the digest
score, as quantiles over every selectable story of every day.

All of it twice: with makinotes' score as engagement, and without (a day of RSS
feeds, where no item carries a metric).

Target: kept ≥ 0.75 (issue 11).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk import open_store, parse_config
from newsdesk.pipeline import afetch
from newsdesk.stages import make_embedder
from newsdesk.stages.assess import assess
from newsdesk.stages.enrich import enrich
from newsdesk.stages.group import group
from newsdesk.stages.select import select

ROOT = Path(__file__).resolve().parents[1]
MAKINOTES = ROOT.parent / "shared" / "data" / "makinotes" / "api"
LABELS = ROOT / "bench" / "data" / "makinotes_lead.jsonl"
ZONE = ZoneInfo("Asia/Shanghai")
LEAD = 12
CONFIG = """
sources:
  - id: makinotes
    kind: jsonl
    path: day.jsonl
    language: zh
    fields: {{url: link, title: title, summary: summary, content: core_point,
             publisher: source, published: published{metrics}}}
digests:
  - name: lead
    title: Lead
    select: {{lead: {lead}, more: 10}}
"""


class Day:
    """One day's outcome: its label counts and the lead's labels."""

    def __init__(self, day: date, split: str) -> None:
        self.day, self.split = day, split
        self.stories = self.selectable = 0
        self.lead: list[int] = []  # the label of each lead story, in the lead's order
        self.tied = 0  # lead stories whose digest score another selectable story shares
        self.ranking: list[tuple[float, int]] = []  # (score, label) of each selectable story
        self.news_stories = self.kept_stories = 0  # selectable stories labelled so
        self.raw: list[float] = []
        self.scores: list[float] = []


def _labels() -> dict[tuple[str, str], tuple[int, str]]:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    return {(r["date"], r["link"]): (r["lead"], r["split"]) for r in rows}


def _run_day(
    path: Path, labels: dict[tuple[str, str], tuple[int, str]], folder: Path, *, engagement: bool
) -> Day:
    doc = json.loads(path.read_text(encoding="utf-8"))
    day = date.fromisoformat(doc["date"])
    published = datetime.combine(day, time(8), ZONE).isoformat()
    records = [a | {"published": published} for a in doc["articles"]]
    (folder / "day.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    metrics = ", metrics: [score]" if engagement else ""
    config = parse_config(CONFIG.format(lead=LEAD, metrics=metrics), base_dir=folder)
    now = datetime.combine(day, time(20), ZONE)
    store = open_store(f"sqlite:///{folder / 'day.db'}")
    embedder = make_embedder(config.embed)
    try:
        asyncio.run(afetch(config, store))
        enrich(store, embedder)
        group(store, config, embedder.name, now)
        assess(store, config, embedder, now)
        (selection,) = select(store, config, now, day=day)
        grade = {}
        for entry in selection.ranked:
            links = [s.item.url for s in store.story_stored_items(entry.story.id)]
            grade[entry.story.id] = max(labels[doc["date"], link][0] for link in links)
    finally:
        store.close()
    split = labels[doc["date"], doc["articles"][0]["link"]][1]
    result = Day(day, split)
    selectable = [r for r in selection.ranked if not r.excluded]
    result.stories, result.selectable = len(selection.ranked), len(selectable)
    result.lead = [grade[r.story.id] for r in selection.lead]
    scores = Counter(r.score for r in selectable)
    result.tied = sum(scores[r.score] > 1 for r in selection.lead)
    result.news_stories = sum(grade[r.story.id] == 2 for r in selectable)
    result.kept_stories = sum(grade[r.story.id] >= 1 for r in selectable)
    result.ranking = [(r.score, grade[r.story.id]) for r in selectable]
    result.raw = [r.story.importance or 0.0 for r in selectable]
    result.scores = [r.score for r in selectable]
    return result


def _share(hits: int, slots: int) -> str:
    return f"{hits / slots:.2f}" if slots else "—"


def _top(days: list[Day], k: int) -> str:
    """Precision of the first ``k`` lead slots, pooled: news and kept."""
    heads = [g for d in days for g in d.lead[:k]]
    news, kept = heads.count(2), sum(g >= 1 for g in heads)
    return f"top {k}: news {_share(news, len(heads))}, kept {_share(kept, len(heads))}"


def _fair(days: list[Day], k: int) -> str:
    """Precision of the ranking's first ``k`` places with ties broken at random (the
    expectation): what the scores themselves know, without the tie-break's luck."""
    news = kept = 0.0
    slots = 0
    for d in days:
        top = min(k, len(d.ranking))
        slots += top
        groups: dict[float, list[int]] = defaultdict(list)
        for score, label in d.ranking:
            groups[score].append(label)
        place = 0
        for score in sorted(groups, reverse=True):
            labels = groups[score]
            inside = max(0, min(top, place + len(labels)) - place)
            news += inside * labels.count(2) / len(labels)
            kept += inside * sum(g >= 1 for g in labels) / len(labels)
            place += len(labels)
    return f"top {k}: news {news / slots:.2f}, kept {kept / slots:.2f}"


def _print_days(days: list[Day], name: str) -> None:
    print(
        f"{'day':<11} {'stories':>7} {'select':>6} {'lead':>4} "
        f"{'news':>5} {'ceil':>5} {'kept':>5} {'ceil':>5}"
    )
    for d in days:
        n = len(d.lead)
        print(
            f"{d.day!s:<11} {d.stories:>7} {d.selectable:>6} {n:>4} "
            f"{_share(d.lead.count(2), n):>5} {_share(min(d.news_stories, n), n):>5} "
            f"{_share(sum(g >= 1 for g in d.lead), n):>5} "
            f"{_share(min(d.kept_stories, n), n):>5}"
        )
    slots = sum(len(d.lead) for d in days)
    news = sum(d.lead.count(2) for d in days)
    kept = sum(sum(g >= 1 for g in d.lead) for d in days)
    news_ceil = sum(min(d.news_stories, len(d.lead)) for d in days)
    kept_ceil = sum(min(d.kept_stories, len(d.lead)) for d in days)
    print(
        f"{name}: precision@{LEAD} over {slots} lead slots: news {_share(news, slots)} "
        f"(ceiling {_share(news_ceil, slots)}), kept {_share(kept, slots)} "
        f"(ceiling {_share(kept_ceil, slots)})"
    )
    tied = sum(d.tied for d in days)
    print(f"{name}: {_top(days, 1)}; {_top(days, 3)}; {_top(days, 6)}; tied slots {tied}/{slots}")
    print(f"{name}, ties at random: {_fair(days, 1)}; {_fair(days, 3)}; {_fair(days, 6)}\n")


def _quantiles(values: list[float]) -> str:
    cuts = statistics.quantiles(values, n=10, method="inclusive")
    return (
        f"min {min(values):.2f}  p10 {cuts[0]:.2f}  p25 {statistics.quantiles(values)[0]:.2f}  "
        f"median {statistics.median(values):.2f}  p90 {cuts[-1]:.2f}  max {max(values):.2f}"
    )


def main() -> None:
    if not MAKINOTES.exists():
        sys.exit(f"needs the makinotes days at {MAKINOTES} (../shared is not here)")
    labels = _labels()
    for engagement in (True, False):
        print("with makinotes' score as engagement" if engagement else "without engagement")
        days = []
        for path in sorted(MAKINOTES.glob("*.json")):
            with tempfile.TemporaryDirectory() as folder:
                days.append(_run_day(path, labels, Path(folder), engagement=engagement))
        by_split: dict[str, list[Day]] = defaultdict(list)
        for d in days:
            by_split[d.split].append(d)
        _print_days(by_split["dev"], "dev")
        _print_days(by_split["held"], "held (2026-02-06 … 02-13)")
        raw = [v for d in days for v in d.raw]
        scores = [v for d in days for v in d.scores]
        print(f"raw importance ({len(raw)} selectable stories): {_quantiles(raw)}")
        print(f"digest score   ({len(scores)} selectable stories): {_quantiles(scores)}")
        lows = [max(d.raw) for d in days]
        print(f"each day's best raw importance: {min(lows):.2f} … {max(lows):.2f}\n")


if __name__ == "__main__":
    main()
