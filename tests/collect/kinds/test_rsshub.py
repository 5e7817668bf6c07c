"""The rsshub kind: instance + route, signed with md5(route + access key), read as a feed."""

from __future__ import annotations

from datetime import UTC, datetime

from kind_helpers import fixture_bytes, run_collect

from newsdesk.collect.kinds import rsshub
from newsdesk.collect.kinds.rsshub import RSSHubSource, route_url
from newsdesk.config import FetchSettings, RSSHubSettings
from newsdesk.demo._server import LocalServer, Reply

KEY = "ILoveNewsdesk"
#: md5("/lanjing/newsflashes" + KEY), worked out once by hand.
CODE = "f0155c4687c1dc9b7a7484768de44604"
#: md5("/lanjing/newsflashes/ai" + KEY): RSSHub signs the path only, never the query.
CODE_AI = "aa04ed2b0df6ee30910a0e81badcc147"


def _source(route: str = "/lanjing/newsflashes", **extra: str) -> RSSHubSource:
    return RSSHubSource(id="lanjing-flash", kind="rsshub", route=route, **extra)


def test_rsshub_url_is_instance_plus_route() -> None:
    settings = RSSHubSettings(instance="https://rsshub.newsroom.example/")

    assert route_url(_source(), settings) == "https://rsshub.newsroom.example/lanjing/newsflashes"


def test_rsshub_source_instance_overrides_the_configured_one() -> None:
    settings = RSSHubSettings(instance="https://rsshub.newsroom.example")
    source = _source(instance="https://hub.mirror.example/")

    assert route_url(source, settings) == "https://hub.mirror.example/lanjing/newsflashes"


def test_rsshub_access_key_signs_route_with_md5_code_and_keeps_key_out() -> None:
    settings = RSSHubSettings(instance="https://rsshub.newsroom.example", access_key=KEY)

    url = route_url(_source(), settings)

    assert url == f"https://rsshub.newsroom.example/lanjing/newsflashes?code={CODE}"
    assert KEY not in url


def test_rsshub_code_is_appended_after_an_existing_query() -> None:
    settings = RSSHubSettings(instance="https://rsshub.newsroom.example", access_key=KEY)

    url = route_url(_source("/lanjing/newsflashes/ai?limit=5"), settings)

    assert url.startswith("https://rsshub.newsroom.example/lanjing/newsflashes/ai?limit=5&code=")


def test_rsshub_code_of_route_with_query_signs_the_path_only() -> None:
    settings = RSSHubSettings(instance="https://rsshub.newsroom.example", access_key=KEY)

    url = route_url(_source("/lanjing/newsflashes/ai?limit=5"), settings)

    assert url.endswith(f"?limit=5&code={CODE_AI}")


def test_rsshub_without_access_key_sends_no_code() -> None:
    url = route_url(_source(), RSSHubSettings(instance="https://rsshub.newsroom.example"))

    assert "code=" not in url


def test_collect_requests_signed_route_and_reads_the_feed(
    server: LocalServer, fast: FetchSettings
) -> None:
    server.routes["/lanjing/newsflashes"] = Reply(
        200, fixture_bytes("rsshub_newsflashes.xml"), {"Content-Type": "application/xml"}
    )
    settings = RSSHubSettings(instance=server.base_url, access_key=KEY)

    collected = run_collect(rsshub.collect, _source(), fast, rsshub=settings)

    assert [r.path for r in server.requests] == [f"/lanjing/newsflashes?code={CODE}"]
    assert [(e.title, e.url) for e in collected.entries] == [
        ("云岫科技完成 5 亿元 B 轮融资，加码具身智能", "https://www.lanjing-finance.example/newsflashes/3301842"),
        ("Meridian Compute cuts GPU rental prices by 30%", "https://www.lanjing-finance.example/newsflashes/3301790"),
    ]  # fmt: skip
    first, second = collected.entries
    assert first.summary == "<p>云岫科技宣布完成 5 亿元 B 轮融资，资金将用于人形机器人量产。</p>"
    assert first.published == datetime(2026, 5, 14, 2, 58, tzinfo=UTC)
    assert second.author == "蓝鲸快讯"
