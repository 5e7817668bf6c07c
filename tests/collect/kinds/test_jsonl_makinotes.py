"""The jsonl kind on real data: the makinotes daily API files in ../shared (CC BY-NC 4.0).

Each day file is ``{"date", "total", "verdict_counts", "articles": [...]}``; the field map
below is the one a user would write to import them.  Skipped in a fresh clone.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsdesk.collect._collector import to_items
from newsdesk.collect._http import Fetcher
from newsdesk.collect.kinds import CollectContext, jsonl
from newsdesk.collect.kinds.jsonl import JsonlSource
from newsdesk.config import FetchSettings, RSSHubSettings
from newsdesk.model import Collected, FetchState

API = Path(__file__).resolve().parents[4] / "shared" / "data" / "makinotes" / "api"
FIELDS: dict[str, Any] = {
    "url": "link",
    "title": "title",
    "summary": "summary",
    "content": "core_point",
    "publisher": "source",
    "published": "pub_date",
    "metrics": ["score"],
}

pytestmark = pytest.mark.skipif(
    not API.is_dir(), reason=f"../shared is absent (a fresh clone): no {API}"
)


def _source(path: Path) -> JsonlSource:
    return JsonlSource(
        id="makinotes", kind="jsonl", path=str(path), records="articles", fields=FIELDS
    )


def _day_files() -> list[Path]:
    return sorted(API.glob("*.json"))


def _collect_each_day() -> dict[Path, Collected]:
    """One collect() per day file, as a user importing them one by one would run it."""

    async def go() -> dict[Path, Collected]:
        async with Fetcher(FetchSettings()) as fetcher:
            ctx = CollectContext(fetcher, FetchState("makinotes"), API, RSSHubSettings())
            return {p: await jsonl.collect(_source(p), ctx) for p in _day_files()}

    return asyncio.run(go())


@pytest.fixture(scope="module")
def days() -> dict[Path, tuple[dict[str, Any], Collected]]:
    collected = _collect_each_day()
    return {p: (json.loads(p.read_text("utf-8")), c) for p, c in collected.items()}


def test_shared_folder_is_a_sibling_of_the_repository_root() -> None:
    repo = Path(__file__).resolve().parents[3]

    assert (repo / "pyproject.toml").is_file()
    assert API.parents[2] == repo.parent / "shared"
    assert len(_day_files()) >= 1


def test_every_day_file_loads_with_all_its_articles_and_no_warnings(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    for path, (doc, collected) in days.items():
        assert doc["date"] == path.stem, path.name
        # "total" and len(articles) agree in every file; both are checked.
        assert len(collected.entries) == doc["total"] == len(doc["articles"]), path.name
        assert collected.warnings == (), path.name


def test_glob_over_all_days_yields_the_sum_of_each_file_total(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    async def go() -> Collected:
        async with Fetcher(FetchSettings()) as fetcher:
            ctx = CollectContext(fetcher, FetchState("makinotes"), API, RSSHubSettings())
            return await jsonl.collect(_source(Path("*.json")), ctx)  # relative to base_dir

    everything = asyncio.run(go())

    assert len(everything.entries) == sum(doc["total"] for doc, _ in days.values())
    assert len(everything.entries) > 100


def test_entries_have_titles_http_urls_publishers_and_score(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    for path, (doc, collected) in days.items():
        for entry, article in zip(collected.entries, doc["articles"], strict=True):
            assert entry.title.strip() and entry.title == article["title"], path.name
            assert entry.url.startswith(("http://", "https://")), entry.url
            assert entry.publisher == article["source"] != ""
            assert entry.content == article["core_point"]
            assert entry.metrics == {"score": article["score"]}
            assert 0 <= entry.metrics["score"] <= 100


def test_published_dates_fall_on_or_up_to_two_days_before_the_file_date(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    """A day file lists what was read that day: articles from that day or the two before.

    Some articles carry an empty ``pub_date``; they load without a date.
    """
    undated = 0
    for path, (_, collected) in days.items():
        day = date.fromisoformat(path.stem)
        for entry in collected.entries:
            if entry.published is None:
                undated += 1
                continue
            assert entry.published.tzinfo is None  # a bare date: the source's zone applies
            assert day - timedelta(days=2) <= entry.published.date() <= day, (path.name, entry)
    total = sum(len(c.entries) for _, c in days.values())
    assert undated < total / 10


def test_normalised_items_are_mostly_chinese_with_utc_dates(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    source = _source(API / "*.json")
    zone = ZoneInfo("Asia/Shanghai")
    items = [i for _, c in days.values() for i in to_items(source, c.entries, zone)[0]]

    assert len(items) == sum(len(c.entries) for _, c in days.values())
    chinese = sum(i.language == "zh" for i in items)
    assert chinese / len(items) >= 0.9
    dated = [i.published for i in items if i.published is not None]
    # Midnight in Shanghai is 16:00 UTC the day before.
    assert all(when.utcoffset() == timedelta(0) for when in dated)
    assert all((when.hour, when.minute) == (16, 0) for when in dated)
    assert all(i.metrics.keys() == {"score"} for i in items)


def test_each_wechat_account_is_its_own_publisher(
    days: dict[Path, tuple[dict[str, Any], Collected]],
) -> None:
    """Every article is on mp.weixin.qq.com: the accounts, not the host, are the outlets."""
    source = _source(API / "*.json")
    zone = ZoneInfo("Asia/Shanghai")
    items = [i for _, c in days.values() for i in to_items(source, c.entries, zone)[0]]
    accounts = {e.publisher for _, c in days.values() for e in c.entries}

    assert {i.publisher for i in items} == accounts
    assert len({i.publisher_key for i in items}) == len(accounts) > 10
