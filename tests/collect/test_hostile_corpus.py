"""Every reproduction in ``tests/fixtures/hostile/`` replayed through a real fetch.

A malformed entry is left out and counted with its reason, or kept without the field
that was wrong; its neighbours are always stored, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.config import parse_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import Outcome
from newsdesk.store import SqlStore

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
FAST = (
    "fetch: {retries: 0, backoff: 0.01, per_host_delay: 0, timeout: 3, "
    "allow_private_addresses: true}\n"
)


@dataclass(frozen=True)
class Case:
    """One reproduction and what a fetch of it must store."""

    file: str
    kind: str
    stored: tuple[str, ...]
    skipped: dict[str, int] = field(default_factory=dict)
    undated: tuple[str, ...] = ()  # dated entries kept without their unreadable date


CASES = [
    Case(
        "date_offset_9999.xml",
        "feed",
        stored=(
            "Lantern Labs ships a 2B speech model",
            "A date whose zone is a week away",
            "Lantern Labs opens its eval suite",
        ),
        undated=("A date whose zone is a week away",),
    ),
    Case(
        "lone_surrogate.xml",
        "feed",
        stored=(
            "Quarry trains a retrieval model on receipts",
            "Half a character: \ufffd in a title",
            "Quarry's agent books its own meetings",
        ),
    ),
    Case(
        "jsonfeed_numeric_date.json",
        "feed",
        stored=(
            "Pebble's robot sorts recycling",
            "A date written as a number",
            "A date that is a list",
            "Pebble raises a seed round",
        ),
        undated=("A date that is a list",),
    ),
    Case(
        "jsonl_infinity.jsonl",
        "jsonl",
        stored=(
            "Orchard's model reads X-rays",
            "Views beyond counting",
            "Views that are not a number",
            "Orchard hires a chief scientist",
        ),
    ),
    Case(
        "hackernews_bad_score.json",
        "hackernews",
        stored=("Tern releases an open speech model", "A time that is a word"),
        skipped={"score is not a number": 1, "descendants is not a number": 1},
        undated=("A time that is a word",),
    ),
    Case(
        "nul_in_url.json",
        "feed",
        stored=("Marsh opens its weights", "A NUL in the link", "Marsh cuts inference cost"),
    ),
    *(
        Case(f"{name}.xml", "feed", stored=(f"宽带实验室发布语音模型 ({label})",))
        for name, label in [
            ("utf16le_bom", "UTF-16"),
            ("utf16be_bom", "UTF-16"),
            ("utf16le_declared", "UTF-16LE"),
            ("utf16be_declared", "UTF-16BE"),
            ("utf32le_bom", "UTF-32"),
            ("utf32be_bom", "UTF-32"),
            ("utf32le_declared", "UTF-32LE"),
            ("utf32be_declared", "UTF-32BE"),
        ]
    ),
]


def _source(case: Case, server: LocalServer, tmp_path: Path) -> str:
    """Serve the case and return its source's YAML."""
    body = (HOSTILE / case.file).read_bytes()
    if case.kind == "jsonl":
        (tmp_path / case.file).write_bytes(body)
        return f"{{id: hostile, kind: jsonl, path: {case.file}, fields: {{metrics: [views]}}}}"
    if case.kind == "hackernews":
        doc = json.loads(body)
        server.routes["/v0/topstories.json"] = Reply(200, json.dumps(doc["topstories"]).encode())
        for key, item in doc["items"].items():
            server.routes[f"/v0/item/{key}.json"] = Reply(200, json.dumps(item).encode())
        api = server.url("/v0")
        return f"{{id: hostile, kind: hackernews, api: '{api}', min_points: 1, keywords: []}}"
    server.routes["/feed"] = Reply(200, body, {"Content-Type": "application/xml"})
    return f"{{id: hostile, kind: feed, url: '{server.url('/feed')}'}}"


def _label(case: Case) -> str:
    return case.file


@pytest.mark.parametrize("case", CASES, ids=_label)
def test_hostile_entry_never_takes_its_neighbours_down(
    case: Case, store: SqlStore, server: LocalServer, tmp_path: Path
) -> None:
    config = parse_config(
        FAST + f"sources:\n  - {_source(case, server, tmp_path)}\n", base_dir=tmp_path, env={}
    )

    [report] = asyncio.run(pipeline.afetch(config, store)).sources

    assert report.outcome is Outcome.OK, report.error
    assert report.skipped == case.skipped
    stored = {s.item.title: s.item for s in store.items()}
    assert sorted(stored) == sorted(case.stored)
    assert [t for t in case.undated if stored[t].published is not None] == []
    for item in stored.values():
        assert "\x00" not in item.url + item.title + item.text + "".join(item.tags)
