"""The jsonl kind at a url: an aggregator's export served over HTTP, one file or one a day.

A user who reads a daily digest's API (one JSON file a day, the records under a key)
points a source at its address instead of downloading the files: ``{date}`` in the url
is the day, today and the days before it in the source's time zone.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from kind_helpers import run_collect
from pydantic import ValidationError

from newsdesk.collect._health import error_advice, no_network, read_locally
from newsdesk.collect.kinds import jsonl
from newsdesk.collect.kinds.jsonl import JsonlSource, dated_urls
from newsdesk.config import FetchSettings, parse_config
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.exceptions import HTTPStatusError, ParseError
from newsdesk.model import FetchState, Outcome, SourceReport

SHANGHAI = ZoneInfo("Asia/Shanghai")
FIELDS: dict[str, Any] = {"url": "link", "publisher": "outlet", "published": "day"}


def _day(title: str, link: str, outlet: str = "晨星科技") -> dict[str, Any]:
    return {"title": title, "link": link, "outlet": outlet, "day": "2026-11-30"}


def _api_file(*articles: dict[str, Any]) -> bytes:
    """One day of a digest's API: a count, then the records under ``articles``."""
    doc = {"date": "2026-11-30", "total": len(articles), "articles": list(articles)}
    return json.dumps(doc, ensure_ascii=False).encode()


def _source(url: str, **extra: Any) -> JsonlSource:
    return JsonlSource(id="daily-api", kind="jsonl", url=url, fields=FIELDS, **extra)


def _today() -> datetime:
    return datetime.now(SHANGHAI)


def test_a_json_file_at_a_url_is_read_like_a_local_one(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/api/latest.json"] = Reply(
        200,
        _api_file(
            _day("青禾发布开源语音模型", "https://qinghe.example/voice", "青禾日报"),
            _day("Tidewater ships an agent SDK", "https://tidewater.example/sdk", "Tidewater"),
        ),
        {"Content-Type": "application/json; charset=utf-8"},
    )

    source = _source(server.url("/api/latest.json"), records="articles")
    entries = run_collect(jsonl.collect, source, fast).entries

    assert [(e.title, e.url, e.publisher) for e in entries] == [
        ("青禾发布开源语音模型", "https://qinghe.example/voice", "青禾日报"),
        ("Tidewater ships an agent SDK", "https://tidewater.example/sdk", "Tidewater"),
    ]


def test_json_lines_at_a_url_are_read_line_by_line_and_a_bad_line_is_counted(
    server: LocalServer, fast: FetchSettings
) -> None:
    lines = [
        json.dumps(_day("第一条", "https://a.example/1")),
        "{not json",
        json.dumps(_day("第二条", "https://a.example/2")),
    ]
    # served as plain JSON, as many servers do: the lines themselves say JSON Lines
    server.routes["/export"] = Reply(200, "\n".join(lines).encode(), {"Content-Type": "text/plain"})

    collected = run_collect(jsonl.collect, _source(server.url("/export")), fast)

    assert [e.title for e in collected.entries] == ["第一条", "第二条"]
    assert collected.skipped == {"line is not valid JSON": 1}


def test_one_url_is_fetched_conditionally_and_a_304_keeps_what_was_read(
    server: LocalServer, fast: FetchSettings
) -> None:
    etag = '"export-3"'

    def route(request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        body = json.dumps(_day("一条", "https://a.example/1")).encode()
        return Reply(200, body, {"Content-Type": "application/x-ndjson", "ETag": etag})

    server.routes["/items.jsonl"] = route
    source = _source(server.url("/items.jsonl"))

    first = run_collect(jsonl.collect, source, fast)
    second = run_collect(jsonl.collect, source, fast, state=FetchState(source.id, etag=first.etag))

    assert (len(first.entries), first.etag) == (1, etag)
    assert second.not_modified is True and second.entries == []


def test_date_in_the_url_fetches_today_and_the_days_before_in_the_sources_zone(
    server: LocalServer, fast: FetchSettings
) -> None:
    today = _today().date()
    yesterday = today - timedelta(days=1)
    server.routes[f"/api/{yesterday:%Y-%m-%d}.json"] = Reply(
        200,
        _api_file(_day("昨天的一条", "https://a.example/y")),
        {"Content-Type": "application/json"},
    )
    # today's file is not written yet: the server answers 404, and that is no failure

    source = _source(server.url("/api/{date}.json"), records="articles", days=2)
    entries = run_collect(jsonl.collect, source, fast, zone=SHANGHAI).entries

    assert [e.title for e in entries] == ["昨天的一条"]
    asked = [r.path for r in server.requests]
    assert asked == [f"/api/{today:%Y-%m-%d}.json", f"/api/{yesterday:%Y-%m-%d}.json"]


def test_no_file_for_any_day_fails_the_source_naming_the_days(
    server: LocalServer, fast: FetchSettings
) -> None:
    source = _source(server.url("/api/{date:%Y%m%d}.json"), records="articles", days=3)

    with pytest.raises(HTTPStatusError, match="no file for any of the days fetched") as err:
        run_collect(jsonl.collect, source, fast, zone=SHANGHAI)

    assert str(_today().date()) in str(err.value) and "HTTP 404" in str(err.value)


def test_a_server_error_on_one_day_fails_the_source_rather_than_passing_it_over(
    server: LocalServer, fast: FetchSettings
) -> None:
    today = _today().date()
    server.routes[f"/api/{today:%Y-%m-%d}.json"] = Reply(403, b"forbidden")

    with pytest.raises(HTTPStatusError, match="HTTP 403"):
        run_collect(jsonl.collect, _source(server.url("/api/{date}.json")), fast, zone=SHANGHAI)


def test_a_document_without_the_records_key_names_where_its_lists_are(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/api/latest.json"] = Reply(
        200, _api_file(_day("一条", "https://a.example/1")), {"Content-Type": "application/json"}
    )

    with pytest.raises(ParseError) as err:
        run_collect(jsonl.collect, _source(server.url("/api/latest.json")), fast)

    said = str(err.value)
    assert "has no list of records at the top level" in said
    assert "articles (1 record)" in said and "`records`" in said
    advice = error_advice(said, "jsonl", "daily-api")
    assert "records" in advice and "fields" in advice


def test_dated_urls_take_a_strftime_form_and_count_back_from_today() -> None:
    today = datetime(2026, 12, 1).date()

    assert dated_urls("https://a.example/{date:%Y/%m%d}.json", 2, today) == [
        (today, "https://a.example/2026/1201.json"),
        (today - timedelta(days=1), "https://a.example/2026/1130.json"),
    ]
    assert dated_urls("https://a.example/all.json", 5, today) == [
        (None, "https://a.example/all.json")
    ]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({}, "give the file's path (on this machine) or its url"),
        ({"path": "a.jsonl", "url": "https://a.example/a.jsonl"}, "one of them"),
        ({"path": "notes-{date}.jsonl"}, "{date} is for a url"),
        ({"url": "ftp://a.example/a.jsonl"}, "is not an http(s) URL"),
    ],
)
def test_a_source_gives_its_file_in_one_place(given: dict[str, str], said: str) -> None:
    with pytest.raises(ValidationError, match=said.replace("(", r"\(").replace(")", r"\)")):
        JsonlSource(id="x", kind="jsonl", **given)


def test_an_http_error_of_a_served_file_gets_the_advice_for_http_not_for_a_local_file() -> None:
    error = "HTTP 404 Not Found from https://a.example/api/2026-12-01.json"

    assert "moved" in error_advice(error, "jsonl", "daily-api")
    local = "cannot read /data/notes.jsonl: [Errno 13] Permission denied"
    assert "file" in error_advice(local, "jsonl", "notes")


def test_a_served_file_needs_the_network_and_a_local_one_does_not() -> None:
    config = parse_config(
        "sources:\n"
        "  - {id: served, kind: jsonl, url: 'https://a.example/{date}.json'}\n"
        "  - {id: notes, kind: jsonl, path: notes.jsonl}\n"
        "  - {id: wire, kind: feed, url: 'https://wire.example/rss'}\n"
    )
    assert read_locally(config.sources) == {"notes"}
    unresolved = "https://wire.example does not resolve"
    reports = [
        SourceReport("served", Outcome.FAILED, error=unresolved),
        SourceReport("wire", Outcome.FAILED, error=unresolved),
        SourceReport("notes", Outcome.OK),
    ]
    assert no_network(reports, read_locally(config.sources)) is not None
