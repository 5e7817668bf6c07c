"""Wrong merges of real days run one after another, as a user's desk meets them.

Usage: python bench/real_days.py [--keep DIR] [--top N]

The 18 makinotes days of ``../shared/data/makinotes/api`` are run in date order into
one store (``newsdesk run --no-publish``, offline, each day's articles a ``jsonl``
source dated that day, as ``bench/seed_fidelity.py`` runs them alone), so stories
stay open across days and a day's items may join an earlier day's story (a
follow-up).  For each day's first N ranked stories (default 40) the hand labels of
``bench/data/makinotes_events.jsonl`` tell: the stories with several items, the items
not of their story's main event (wrongly merged), the stories holding any such item,
and the stories spanning two days or more, with those of them that join different
events (a follow-up line chaining unrelated items).  Dev days (to 2026-02-05) and held
days apart; nothing may be chosen on the held ones.  ``--keep DIR`` writes each day's
stories with their items' events to ``DIR/DAY.txt`` for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from newsdesk import Newsdesk, parse_config
from newsdesk.config import Config
from seed_fidelity import CONFIG, MAKINOTES, ZONE

LABELS = Path(__file__).parent / "data" / "makinotes_events.jsonl"
LAST_DEV_DAY = date(2026, 2, 5)
#: Each article's event, by (day, link).
Events = dict[tuple[str, str], str]
COUNTS = ("stories", "multi", "wrong items", "wrong stories", "spanning", "chained")


def _events() -> Events:
    """Each article's event, by (day, link)."""
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    return {(r["date"], r["link"]): r["event"] for r in rows}


def _run(config: Config, day: date, events: Events, top: int) -> tuple[Counter[str], list[str]]:
    """Run one day at its evening; the counts of its stories and their lines."""
    evening = datetime.combine(day, time(20), ZONE)
    with Newsdesk(config, now=lambda: evening) as desk:
        desk.run(day=day, publish=False)
        return _day(desk, day, events, top)


def _day(desk: Newsdesk, day: date, events: Events, top: int) -> tuple[Counter[str], list[str]]:
    """The counts of one day's first ``top`` stories, and their lines for reading."""
    counts: Counter[str] = Counter()
    lines = [f"## {day}"]
    for rank, ranked in enumerate(desk.stories(day).ranked[:top], 1):
        detail = desk.story(ranked.story.id)
        rows = []
        for stored in detail.items:
            published = stored.item.published
            when = published.astimezone(ZONE).date() if published else day
            rows.append((when, events.get((str(when), stored.item.url), "?"), stored.item))
        labels = Counter(event for _, event, _ in rows)
        wrong = len(rows) - labels.most_common(1)[0][1]
        counts["stories"] += 1
        counts["multi"] += len(rows) > 1
        counts["wrong items"] += wrong
        counts["wrong stories"] += wrong > 0
        spanning = len({when for when, _, _ in rows}) > 1
        counts["spanning"] += spanning
        counts["chained"] += spanning and len(labels) > 1
        mark = " WRONG" if wrong else ""
        lines.append(f"{rank:>2} {ranked.story.id} items={len(rows)}{mark} {ranked.story.title}")
        if len(rows) > 1:
            lines += [f"     {w} [{e}] {i.publisher} | {i.title}" for w, e, i in rows]
    return counts, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, default=None, help="write each day's stories here")
    parser.add_argument("--top", type=int, default=40, help="stories read a day")
    args = parser.parse_args()
    if not MAKINOTES.is_dir():
        sys.exit(f"skipped: {MAKINOTES} is absent (it is in ../shared, not in a clone)")
    events = _events()
    totals = {"dev": Counter[str](), "held": Counter[str]()}
    print(f"{'day':<11} {'part':<5} " + " ".join(f"{c:>13}" for c in COUNTS))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        config = parse_config(CONFIG, base_dir=folder)
        store = config.store.model_copy(update={"url": f"sqlite:///{folder / 'days.db'}"})
        config = config.model_copy(update={"store": store})
        for path in sorted(MAKINOTES.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            day = date.fromisoformat(doc["date"])
            published = datetime.combine(day, time(8), ZONE).isoformat()
            (folder / "day.jsonl").write_text(
                "".join(
                    json.dumps(a | {"published": published}, ensure_ascii=False) + "\n"
                    for a in doc["articles"]
                ),
                encoding="utf-8",
            )
            counts, lines = _run(config, day, events, args.top)
            part = "dev" if day <= LAST_DEV_DAY else "held"
            totals[part].update(counts)
            print(f"{day!s:<11} {part:<5} " + " ".join(f"{counts[c]:>13}" for c in COUNTS))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"{day}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for part, counts in totals.items():
        print(f"{'all ' + part:<17} " + " ".join(f"{counts[c]:>13}" for c in COUNTS))


if __name__ == "__main__":
    main()
