"""The demo's sample day, served from 127.0.0.1 and run once, unpublished: what the
edition, core and desk-server tests work on, each test on its own copy of the store.

Imported as ``from sample_day import ...`` (``tests/`` is on ``sys.path``); the
``served`` and ``copied`` fixtures are in ``tests/conftest.py``.  Under pytest-xdist one
process runs the day (:func:`run_sample_day`, :func:`save_day`) and the others start a
server of their own on a copy of what it left (:func:`restored_day`).
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from newsdesk import Newsdesk, load_config
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample
from newsdesk.model import GroupResult, RunSummary
from newsdesk.store import open_store


@dataclass(frozen=True)
class Day:
    """The sample day as run: its configs, its store and its clock."""

    folder: Path
    #: The demo's config: ai-ribao (zh), published to a files channel, and ai-daily (en),
    #: which has no channel.
    config_path: Path
    #: The same with ai-ribao's review required.
    review_path: Path
    #: The SQLite store the run wrote (copy it before changing anything).
    store: Path
    day: date
    #: The evening of the day: every desk's clock.
    evening: datetime
    #: The sample server's address, which the configs' sources are under.
    base_url: str
    #: What the run of the day did.
    summary: RunSummary
    #: A copy of ``folder`` as the run left it (its config, store and output files), for
    #: tests that copy a whole folder: other tests write into ``folder`` with their desks.
    as_run: Path


@contextmanager
def run_sample_day(folder: Path) -> Iterator[Day]:
    """The sample day's sources served and the day run once into ``folder``."""
    sample = load_sample_day()
    with serve_sample(sample) as server:
        config = demo_config(sample, server.base_url)
        path = folder / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        config["digests"][0]["review"] = "required"
        review = folder / "review.yaml"
        review.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        evening = sample_evening(sample)
        with Newsdesk(load_config(path), now=lambda: evening, user="tester") as desk:
            summary = desk.run(publish=False)
            assert summary.ok
            store = Path(desk.store_url.removeprefix("sqlite:///"))
        as_run = Path(shutil.copytree(folder, folder.with_name(f"{folder.name}-as-run")))
        yield Day(
            folder, path, review, store, sample.day, evening, server.base_url, summary, as_run
        )


def save_day(day: Day, saved: Path) -> None:
    """Keep what a run of the day left (its folder as run, clock, address and summary)
    in ``saved``, for :func:`restored_day` in another process."""
    shutil.copytree(day.as_run, saved / "as-run", dirs_exist_ok=True)
    facts = (day.day, day.evening, day.base_url, day.summary)
    (saved / "day.pickle").write_bytes(pickle.dumps(facts))


@contextmanager
def restored_day(saved: Path, folder: Path) -> Iterator[Day]:
    """The day :func:`save_day` kept in ``saved``, as if run into ``folder``: the sample
    served by a server of this process, whose address replaces the old one in the
    configs and in the store's sources (the only places it is written), so that a
    desk on it fetches from this server as the run's desk did from its own."""
    day, evening, old_url, summary = pickle.loads((saved / "day.pickle").read_bytes())
    with serve_sample(load_sample_day()) as server:
        old, new = f"{old_url}/", f"{server.base_url}/"
        as_run = folder.with_name(f"{folder.name}-as-run")
        for target in (folder, as_run):
            shutil.copytree(saved / "as-run", target, dirs_exist_ok=True)
            for name in ("newsdesk.yaml", "review.yaml"):
                path = target / name
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace(old, new), encoding="utf-8")
            with closing(sqlite3.connect(target / "newsdesk.db")) as db, db:
                db.execute("UPDATE sources SET url = replace(url, ?, ?)", (old, new))
        yield Day(
            folder,
            folder / "newsdesk.yaml",
            folder / "review.yaml",
            folder / "newsdesk.db",
            day,
            evening,
            server.base_url,
            summary,
            as_run,
        )


def desk_on(served: Day, url: str, *, review: bool = False) -> Newsdesk:
    """A desk on a copy of the day's store, at its evening, acting as "tester"."""
    config = load_config(served.review_path if review else served.config_path)
    return Newsdesk(config, store_url=url, now=lambda: served.evening, user="tester")


class Gate:
    """Progress that holds a run at the write stage until let go."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.go = threading.Event()

    def stage(self, name: str, total: int) -> None:
        if name.startswith("write"):
            self.reached.set()
            assert self.go.wait(60)

    def advance(self, label: str, ok: bool = True) -> None:
        pass

    def close(self) -> None:
        pass


def merge_two_stories(url: str) -> tuple[str, str]:
    """Merge the two largest stories of the stored day that no edition holds, as
    grouping does when a later day's reports bridge them; (absorbed id, survivor id)."""
    store = open_store(url)
    try:
        stories = store.stories()
        held = store.held_story_ids([s.id for s in stories])
        survivor, absorbed = sorted(
            (s for s in stories if s.id not in held), key=lambda s: (-s.item_count, s.id)
        )[:2]
        merged = replace(survivor, item_count=survivor.item_count + absorbed.item_count)
        result = GroupResult({}, {}, frozenset(), {}, {}, {}, merged={absorbed.id: survivor.id})
        store.save_grouping(result, [merged])
    finally:
        store.close()
    return absorbed.id, survivor.id
