"""The github_trending kind: one entry per ``article.Box-row`` with stars and language."""

from __future__ import annotations

import pytest
from kind_helpers import fixture_bytes, fixture_text, run_collect

from newsdesk.collect.kinds import github_trending
from newsdesk.collect.kinds.github_trending import GitHubTrendingSource, parse_trending
from newsdesk.config import FetchSettings
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.exceptions import ParseError
from newsdesk.model import Entry

TRENDING = "https://github.com/trending"


def test_trending_rows_become_entries_with_stars_forks_and_language() -> None:
    entries = parse_trending(fixture_text("github_trending.html"), TRENDING)

    assert entries[:2] == [
        Entry(
            url="https://github.com/nebula-forge/tiny-agents",
            title="nebula-forge/tiny-agents",
            summary="Minimal agent framework in 300 lines — 300 行代码实现的智能体框架",
            metrics={"stars_today": 1234, "stars": 12345, "forks": 1024},
            tags=("Python",),
        ),
        Entry(
            url="https://github.com/qingfeng-lab/moe-serving",
            title="qingfeng-lab/moe-serving",
            summary="高吞吐 MoE 推理服务，支持多机多卡与 FP8 量化",
            metrics={"stars_today": 412, "stars": 3210, "forks": 187},
            tags=("Rust",),
        ),
    ]


def test_trending_repo_without_description_or_language_has_empty_summary_and_no_tags() -> None:
    third = parse_trending(fixture_text("github_trending.html"), TRENDING)[2]

    assert third == Entry(
        url="https://github.com/tallgrass/dotfiles-ai",
        title="tallgrass/dotfiles-ai",
        metrics={"stars_today": 56, "stars": 98, "forks": 7},
    )


def test_trending_ignores_star_button_and_builder_links() -> None:
    entries = parse_trending(fixture_text("github_trending.html"), TRENDING)

    assert len(entries) == 3
    assert not any("login" in e.url or "mira-o" in e.url for e in entries)


def test_trending_weekly_page_reads_stars_this_week_as_stars_today() -> None:
    page = fixture_text("github_trending.html").replace("stars today", "stars this week")

    entries = parse_trending(page, TRENDING + "?since=weekly")

    assert [e.metrics["stars_today"] for e in entries] == [1234, 412, 56]


def test_trending_raises_when_the_page_has_no_repository_rows() -> None:
    page = "<html><body><h1>Explore</h1><div class='Box'>Nothing here</div></body></html>"

    with pytest.raises(ParseError, match="does not look like the GitHub trending page"):
        parse_trending(page, TRENDING)


def test_collect_asks_for_language_and_period_and_resolves_repo_links(
    server: LocalServer, fast: FetchSettings
) -> None:
    body = fixture_bytes("github_trending.html")
    server.routes["/trending/python"] = Reply(200, body, {"Content-Type": "text/html"})
    source = GitHubTrendingSource(
        id="gh-trending",
        kind="github_trending",
        url=server.url("/trending/"),
        since="weekly",
        programming_language="python",
    )

    collected = run_collect(github_trending.collect, source, fast)

    assert [r.path for r in server.requests] == ["/trending/python?since=weekly"]
    assert [e.url for e in collected.entries] == [
        server.url("/nebula-forge/tiny-agents"),
        server.url("/qingfeng-lab/moe-serving"),
        server.url("/tallgrass/dotfiles-ai"),
    ]
    assert collected.entries[0].title == "nebula-forge/tiny-agents"
