"""The hackernews kind: the Firebase list of ids, then one request per item."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from kind_helpers import run_collect

from newsdesk.collect.kinds import hackernews
from newsdesk.collect.kinds.hackernews import HackerNewsSource, parse_item
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import EntryError, HTTPStatusError, ParseError
from newsdesk.model import Entry

STORY = {
    "id": 41001, "type": "story", "by": "kitepilot", "time": 1778745600,
    "title": "Fernhill open-sources a 3B model that runs on a phone",
    "url": "https://research.fernhill.example/posts/pocket-3b",
    "score": 312, "descendants": 148, "kids": [41050, 41051],
}  # fmt: skip
ASK = {
    "id": 41002, "type": "story", "by": "quietloop", "time": 1778740215,
    "title": "Ask HN: How do you evaluate RAG pipelines in production?",
    "text": "Our offline evals &amp; user ratings disagree.<p>What works for you?",
    "score": 95, "descendants": 60,
}  # fmt: skip
SHOW = {
    "id": 41003, "type": "story", "by": "breadmaker", "time": 1778713542,
    "title": "Show HN: A sourdough timer in 200 lines of Go",
    "url": "https://sourdough.example/", "score": 41, "descendants": 12,
}  # fmt: skip
SKIPPED = {
    41004: {"id": 41004, "type": "story", "dead": True, "title": "[flagged]", "score": 80},
    41005: {"id": 41005, "type": "job", "title": "Lumen Labs is hiring ML engineers", "score": 50},
    41006: {"id": 41006, "type": "story", "title": "My weekend LLM toy", "score": 3},
    41007: {"id": 41007, "type": "story", "deleted": True},
    41008: None,
}


def _source(**extra: Any) -> HackerNewsSource:
    return HackerNewsSource(id="hn", kind="hackernews", **({"min_points": 10} | extra))


def test_hackernews_link_story_becomes_entry_with_points_and_comments() -> None:
    assert parse_item(STORY, _source()) == Entry(
        url="https://news.ycombinator.com/item?id=41001",
        title="Fernhill open-sources a 3B model that runs on a phone",
        author="kitepilot",
        published=datetime(2026, 5, 14, 8, 0, tzinfo=UTC),
        external_url="https://research.fernhill.example/posts/pocket-3b",
        metrics={"points": 312, "comments": 148},
    )


def test_hackernews_ask_story_keeps_text_as_summary_and_no_external_url() -> None:
    entry = parse_item(ASK, _source())

    assert entry is not None
    assert entry.summary == ASK["text"]
    assert entry.external_url == ""
    assert entry.published == datetime(2026, 5, 14, 6, 30, 15, tzinfo=UTC)
    assert entry.metrics == {"points": 95, "comments": 60}


def test_hackernews_item_url_follows_the_configured_template() -> None:
    source = _source(item_url="https://hn.mirror.example/i/{id}")

    entry = parse_item(STORY, source)

    assert entry is not None and entry.url == "https://hn.mirror.example/i/41001"


@pytest.mark.parametrize(
    "item_id", sorted(SKIPPED), ids=["dead", "job", "low-points", "deleted", "null"]
)
def test_hackernews_skips_dead_and_low_point_stories(item_id: int) -> None:
    assert parse_item(SKIPPED[item_id], _source()) is None


def test_hackernews_min_points_is_inclusive() -> None:
    assert parse_item(SHOW, _source(min_points=41)) is not None
    assert parse_item(SHOW, _source(min_points=42)) is None


def _serve(server: LocalServer, ids: list[Any], items: dict[int, Any]) -> None:
    json_type = {"Content-Type": "application/json; charset=utf-8"}
    server.routes["/v0/topstories.json"] = Reply(200, json.dumps(ids).encode(), json_type)
    for item_id, item in items.items():
        body = json.dumps(item, ensure_ascii=False).encode()
        server.routes[f"/v0/item/{item_id}.json"] = Reply(200, body, json_type)


def test_collect_fetches_list_then_each_item_and_keeps_non_ai_stories(
    server: LocalServer, fast: FetchSettings
) -> None:
    items = {41001: STORY, 41002: ASK, 41003: SHOW, **SKIPPED}
    _serve(server, [*items, "not-an-id"], items)
    source = _source(api=server.url("/v0"))

    collected = run_collect(hackernews.collect, source, fast)

    # Keyword filtering happens in the collector, not here: the sourdough timer stays.
    assert [e.url for e in collected.entries] == [
        "https://news.ycombinator.com/item?id=41001",
        "https://news.ycombinator.com/item?id=41002",
        "https://news.ycombinator.com/item?id=41003",
    ]
    assert collected.warnings == ()
    paths = sorted(r.path for r in server.requests)
    assert paths == sorted(["/v0/topstories.json", *(f"/v0/item/{i}.json" for i in items)])


def test_collect_fetches_at_most_limit_items(server: LocalServer, fast: FetchSettings) -> None:
    items = {41001: STORY, 41002: ASK, 41003: SHOW}
    _serve(server, list(items), items)

    collected = run_collect(hackernews.collect, _source(api=server.url("/v0"), limit=2), fast)

    assert [e.title for e in collected.entries] == [STORY["title"], ASK["title"]]
    assert "/v0/item/41003.json" not in [r.path for r in server.requests]


def test_collect_warns_when_some_items_fail(server: LocalServer, fast: FetchSettings) -> None:
    _serve(server, [41001, 41999], {41001: STORY})  # 41999 answers 404

    collected = run_collect(hackernews.collect, _source(api=server.url("/v0")), fast)

    assert [e.title for e in collected.entries] == [STORY["title"]]
    assert collected.warnings == ("1 of 2 stories could not be read",)


def test_collect_counts_an_item_with_non_json_body_as_failed(
    server: LocalServer, fast: FetchSettings
) -> None:
    _serve(server, [41001, 41002], {41001: STORY})
    server.routes["/v0/item/41002.json"] = Reply(200, b"<html>upstream hiccup</html>")

    collected = run_collect(hackernews.collect, _source(api=server.url("/v0")), fast)

    assert [e.title for e in collected.entries] == [STORY["title"]]
    assert collected.warnings == ("1 of 2 stories could not be read",)


def test_collect_fails_when_every_item_fails(server: LocalServer, fast: FetchSettings) -> None:
    _serve(server, [41998, 41999], {})

    with pytest.raises(HTTPStatusError, match="HTTP 404"):
        run_collect(hackernews.collect, _source(api=server.url("/v0")), fast)


def test_collect_rejects_a_listing_that_is_not_a_list(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/v0/newstories.json"] = Reply(200, b'{"error": "Permission denied"}')

    with pytest.raises(ParseError, match="is not a list of story ids"):
        run_collect(hackernews.collect, _source(api=server.url("/v0"), listing="newstories"), fast)


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("score", "lots", "score is not a number"),
        ("score", [1], "score is not a number"),
        ("score", True, "score is not a number"),
        ("descendants", "many", "descendants is not a number"),
    ],
)
def test_a_count_that_is_not_a_number_is_an_entry_error(
    field: str, value: Any, reason: str
) -> None:
    with pytest.raises(EntryError, match=reason):
        parse_item(STORY | {field: value}, _source())


def test_a_time_that_is_not_a_number_leaves_the_story_undated() -> None:
    entry = parse_item(STORY | {"time": "noon"}, _source())

    assert entry is not None and entry.published is None


def test_collect_skips_a_malformed_story_and_keeps_its_neighbours(
    server: LocalServer, fast: FetchSettings
) -> None:
    items = {41001: STORY, 41002: ASK | {"score": "lots"}, 41003: SHOW}
    _serve(server, list(items), items)

    collected = run_collect(hackernews.collect, _source(api=server.url("/v0")), fast)

    assert [e.title for e in collected.entries] == [STORY["title"], SHOW["title"]]
    assert collected.skipped == {"score is not a number": 1}
    assert collected.warnings == ()
