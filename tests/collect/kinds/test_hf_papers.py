"""The hf_papers kind: Hugging Face daily papers with upvotes, comments and keywords."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from kind_helpers import fixture_bytes, run_collect

from newsdesk.collect.kinds import hf_papers
from newsdesk.collect.kinds.hf_papers import HFPapersSource, parse_daily_papers
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import ParseError
from newsdesk.model import Entry

API = "https://huggingface.co/api/daily_papers"


def _doc() -> Any:
    return json.loads(fixture_bytes("hf_papers_daily.json"))


def test_daily_paper_becomes_entry_with_upvotes_comments_and_authors() -> None:
    first = parse_daily_papers(_doc(), API)[0]

    assert first == Entry(
        url="https://huggingface.co/papers/2605.08812",
        title="Sparse Mixture of Critics for Long-Horizon Agents",
        summary=(
            "We train a sparse mixture of critics that lets agents plan over thousands of steps."
        ),
        author="Hana Kobayashi, Diego Alvarez, 王思齐",
        published=datetime(2026, 5, 13, 1, 23, 45, 123000, tzinfo=UTC),
        metrics={"upvotes": 87, "comments": 4},
        tags=(
            "mixture of critics",
            "long-horizon planning",
            "reinforcement learning",
            "agents",
            "sparse routing",
            "value estimation",
            "tool use",
            "benchmarks",
        ),
    )


def test_daily_paper_keeps_at_most_eight_keywords() -> None:
    first = parse_daily_papers(_doc(), API)[0]

    assert len(_doc()[0]["paper"]["ai_keywords"]) == 9
    assert "ablation" not in first.tags
    assert len(first.tags) == 8


def test_daily_paper_without_listing_title_uses_paper_title_and_drops_blank_authors() -> None:
    second = parse_daily_papers(_doc(), API)[1]

    assert second == Entry(
        url="https://huggingface.co/papers/2605.07731",
        title="中文长文本理解评测基准 LongZh",
        summary="我们构建了覆盖法律、医疗与金融的中文长文本评测集。",
        author="李明远, 赵雨桐",
        published=datetime(2026, 5, 13, 3, 10, tzinfo=UTC),
        metrics={"upvotes": 23, "comments": 0},
        tags=("长文本", "评测基准"),
    )


def test_daily_paper_date_is_when_it_was_listed_not_when_arxiv_published_it() -> None:
    doc = _doc()
    del doc[0]["publishedAt"]

    first, second = parse_daily_papers(doc, API)[:2]

    assert first.published == datetime(2026, 5, 12, 17, 59, 58, tzinfo=UTC)
    assert second.published == datetime(2026, 5, 13, 3, 10, tzinfo=UTC)


def test_daily_papers_skip_records_without_a_paper_id() -> None:
    entries = parse_daily_papers(_doc(), API)

    assert [e.url.rsplit("/", 1)[-1] for e in entries] == ["2605.08812", "2605.07731"]


def test_daily_papers_reject_a_document_that_is_not_a_list() -> None:
    with pytest.raises(ParseError, match="did not return a list of papers"):
        parse_daily_papers({"error": "Rate limit reached"}, API)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/api/daily_papers", "/api/daily_papers?limit=20"),
     ("/api/daily_papers?date=2026-05-13", "/api/daily_papers?date=2026-05-13&limit=20")],
    ids=["plain", "with-query"],
)  # fmt: skip
def test_collect_appends_limit_to_the_url(
    server: LocalServer, fast: FetchSettings, path: str, expected: str
) -> None:
    body = fixture_bytes("hf_papers_daily.json")
    server.routes["/api/daily_papers"] = Reply(200, body, {"Content-Type": "application/json"})
    source = HFPapersSource(id="hf-papers", kind="hf_papers", url=server.url(path), limit=20)

    collected = run_collect(hf_papers.collect, source, fast)

    assert [r.path for r in server.requests] == [expected]
    assert [e.title for e in collected.entries] == [
        "Sparse Mixture of Critics for Long-Horizon Agents",
        "中文长文本理解评测基准 LongZh",
    ]


def test_collect_reports_a_body_that_is_not_json(server: LocalServer, fast: FetchSettings) -> None:
    server.routes["/api/daily_papers"] = Reply(200, b"<html>maintenance</html>")
    source = HFPapersSource(id="hf-papers", kind="hf_papers", url=server.url("/api/daily_papers"))

    with pytest.raises(ParseError, match="did not return JSON"):
        run_collect(hf_papers.collect, source, fast)
