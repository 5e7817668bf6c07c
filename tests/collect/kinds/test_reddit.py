"""The reddit kind: a subreddit's JSON listing with score and comment counts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from kind_helpers import fixture_bytes, run_collect

from newsdesk.collect.kinds import reddit
from newsdesk.collect.kinds.reddit import RedditSource, parse_listing
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import HTTPStatusError, ParseError
from newsdesk.model import Entry

LISTING = "https://oauth.reddit.com/r/LocalModels/hot.json"
COMMENTS = "https://www.reddit.com/r/LocalModels/comments/"


def _doc() -> Any:
    return json.loads(fixture_bytes("reddit_listing.json"))


def test_reddit_link_post_keeps_external_url() -> None:
    link_post = parse_listing(_doc(), LISTING)[0]

    assert link_post == Entry(
        url=COMMENTS + "1kq7bc2/aurora7b_gguf_quants_are_up_q4_k_m_fits_in_6_gb/",
        title="Aurora-7B GGUF quants are up — Q4_K_M fits in 6 GB",
        author="gguf_goblin",
        published=datetime(2026, 5, 14, 7, 12, 30, tzinfo=UTC),
        external_url="https://models.lumenlabs.example/aurora-7b-gguf",
        metrics={"score": 1487, "comments": 213},
        tags=("New Model",),
    )


def test_reddit_self_post_keeps_its_text_and_has_no_external_url() -> None:
    self_post = parse_listing(_doc(), LISTING)[1]

    assert self_post == Entry(
        url=COMMENTS + "1kq6de3/双卡跑_70b_模型速度太慢求调参建议/",
        title="双卡跑 70B 模型速度太慢，求调参建议",
        summary=(
            "我在两张 24GB 显卡上跑 70B 模型，推理速度只有 3 token/s。\n\n"
            "有什么 offload 参数推荐吗？"
        ),
        author="shanghai_tinker",
        published=datetime(2026, 5, 14, 5, 40, tzinfo=UTC),
        metrics={"score": 64, "comments": 41},
    )


def test_reddit_skips_stickied_posts_and_children_without_permalink() -> None:
    titles = [e.title for e in parse_listing(_doc(), LISTING)]

    assert titles == [
        "Aurora-7B GGUF quants are up — Q4_K_M fits in 6 GB",
        "双卡跑 70B 模型速度太慢，求调参建议",
        "Is this a good laptop for local models?",
    ]


def test_reddit_min_score_drops_posts_below_it() -> None:
    assert len(parse_listing(_doc(), LISTING, min_score=2)) == 3
    assert [e.metrics["score"] for e in parse_listing(_doc(), LISTING, min_score=3)] == [1487, 64]


@pytest.mark.parametrize(
    "doc",
    [{"message": "Forbidden", "error": 403}, [], {"kind": "Listing", "data": {"children": None}}],
    ids=["error-object", "list", "no-children"],
)
def test_reddit_rejects_a_document_that_is_not_a_listing(doc: Any) -> None:
    with pytest.raises(ParseError, match=r"is not a Reddit listing \(no data.children\)"):
        parse_listing(doc, LISTING)


def _source(server: LocalServer, **extra: Any) -> RedditSource:
    return RedditSource(
        id="r-localmodels", kind="reddit", subreddit="LocalModels", api=server.base_url, **extra
    )


def test_collect_requests_listing_json_with_limit_and_auth_header(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/r/LocalModels/new.json"] = Reply(
        200, fixture_bytes("reddit_listing.json"), {"Content-Type": "application/json"}
    )
    source = _source(
        server, listing="new", limit=25, min_score=10, headers={"Authorization": "Bearer t0ken"}
    )

    collected = run_collect(reddit.collect, source, fast)

    (request,) = server.requests
    assert request.path == "/r/LocalModels/new.json?limit=25&raw_json=1"
    assert request.headers["authorization"] == "Bearer t0ken"
    assert [e.metrics for e in collected.entries] == [
        {"score": 1487, "comments": 213},
        {"score": 64, "comments": 41},
    ]


def test_collect_reports_refusal_of_anonymous_requests(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/r/LocalModels/hot.json"] = Reply(403, b'{"message": "Forbidden"}')

    with pytest.raises(HTTPStatusError, match="HTTP 403"):
        run_collect(reddit.collect, _source(server), fast)
