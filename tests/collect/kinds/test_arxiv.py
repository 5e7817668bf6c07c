"""The arxiv kind: the export API's Atom feed, one entry per paper (not per version)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from kind_helpers import fixture_bytes, fixture_text, run_collect

from newsdesk.collect.kinds import arxiv
from newsdesk.collect.kinds.arxiv import ArxivSource, abstract_url, parse_arxiv, query_url
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import Entry

API = "https://export.arxiv.org/api/query"


def _source(api: str = API, **extra: int) -> ArxivSource:
    return ArxivSource(id="arxiv-cl", kind="arxiv", api=api, categories=["cs.CL", "cs.LG"], **extra)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://arxiv.org/abs/2605.01234v2", "https://arxiv.org/abs/2605.01234"),
        ("http://arxiv.org/abs/2605.01234v12", "https://arxiv.org/abs/2605.01234"),
        ("https://arxiv.org/abs/2605.01234", "https://arxiv.org/abs/2605.01234"),
        ("http://arxiv.org/abs/hep-th/0601001v1", "https://arxiv.org/abs/hep-th/0601001"),
    ],
)
def test_arxiv_abstract_url_drops_version(given: str, expected: str) -> None:
    assert abstract_url(given) == expected


def test_arxiv_entry_has_abstract_url_title_summary_date_and_classes() -> None:
    second = parse_arxiv(fixture_text("arxiv_query.xml"), API)[1]

    assert second == Entry(
        url="https://arxiv.org/abs/2605.00987",
        title="面向中文法律问答的检索增强生成评测",
        summary="我们发布一个包含八千道中文法律问答的检索增强生成评测集。",
        author="孙悦",
        published=datetime(2026, 5, 12, 11, 3, 27, tzinfo=UTC),
        tags=("cs.CL", "cs.IR"),
    )


def test_arxiv_updated_paper_keeps_first_submission_date_and_raw_title() -> None:
    first = parse_arxiv(fixture_text("arxiv_query.xml"), API)[0]

    assert first.url == "https://arxiv.org/abs/2605.01234"
    assert first.published == datetime(2026, 5, 11, 9, 15, 33, tzinfo=UTC)
    # Line breaks inside the title stay; normalisation cleans them later.
    assert first.title == "Speculative Decoding with Draft Trees for\n  Low-Resource Languages"
    assert first.summary.startswith("We extend speculative decoding to tree-structured drafts")


def test_arxiv_keeps_subject_classes_and_drops_msc_codes() -> None:
    first = parse_arxiv(fixture_text("arxiv_query.xml"), API)[0]

    assert first.tags == ("cs.CL", "cs.LG")


def test_arxiv_author_lists_every_author_in_order() -> None:
    first = parse_arxiv(fixture_text("arxiv_query.xml"), API)[0]

    assert first.author == "Amara Okonkwo, 刘子航, Jonas Berg"


def test_arxiv_keeps_hyphenated_archive_classes() -> None:
    third = parse_arxiv(fixture_text("arxiv_query.xml"), API)[2]

    assert third.tags == ("quant-ph", "cs.LG")


def test_arxiv_query_url_ors_categories_newest_first() -> None:
    assert query_url(_source(max_results=25)) == (
        "https://export.arxiv.org/api/query?search_query=cat%3Acs.CL+OR+cat%3Acs.LG"
        "&sortBy=submittedDate&sortOrder=descending&start=0&max_results=25"
    )


def test_collect_queries_the_api_and_returns_one_entry_per_paper(
    server: LocalServer, fast: FetchSettings
) -> None:
    atom = {"Content-Type": "application/atom+xml; charset=utf-8"}
    server.routes["/api/query"] = Reply(200, fixture_bytes("arxiv_query.xml"), atom)

    collected = run_collect(arxiv.collect, _source(server.url("/api/query"), max_results=3), fast)

    (request,) = server.requests
    assert request.path.startswith("/api/query?search_query=cat%3Acs.CL+OR+cat%3Acs.LG&")
    assert request.path.endswith("&max_results=3")
    assert [e.url for e in collected.entries] == [
        "https://arxiv.org/abs/2605.01234",
        "https://arxiv.org/abs/2605.00987",
        "https://arxiv.org/abs/2605.00555",
    ]
