"""The sources and runs pages: every source with its last fetch, its last 30 days as a
chart, its failures and health; the run history with each stage's time and counts.
Every value from a feed or the config is escaped, in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from newsdesk import Newsdesk, load_config
from newsdesk._command import use_config
from newsdesk.model import FetchState, Item, run_error
from newsdesk.web import create_app
from newsdesk.web._sources import day_chart

LOCAL = "http://127.0.0.1:8080"
NOW = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)
HOSTILE = "<script>alert('name')</script> & <b>Bold</b>"
CONFIG = """\
timezone: UTC
digests:
  - {{name: daily, title: Daily, language: {language}}}
sources:
  - id: wire
    name: Compute Wire
    kind: feed
    url: https://wire.example/rss
  - id: hostile
    name: "{hostile}"
    kind: feed
    url: https://hostile.example/rss
  - id: quiet
    kind: hackernews
    enabled: false
"""


def item(source: str, n: int) -> Item:
    return Item(
        source_id=source, url=f"https://{source}.example/{n}", canonical_url=f"https://{source}.example/{n}",
        title=f"Helix-{n} inference card ships", snippet="", text="", author="",
        published=NOW - timedelta(days=2), language="en", content_hash=f"{source}{n}",
    )  # fmt: skip


def fill_store(desk: Newsdesk) -> None:
    """Two days of items, a failing source, and two runs: one ok, one failed."""
    store = desk.store
    store.sync_sources(desk.config.sources)
    store.upsert_items([item("wire", n) for n in range(3)], NOW - timedelta(days=2))
    store.upsert_items([item("wire", 3)], NOW - timedelta(hours=1))
    store.save_fetch_state(
        FetchState("wire", last_fetched=NOW - timedelta(hours=1), last_success=NOW,
                   last_status="ok", last_entries=4)
    )  # fmt: skip
    store.save_fetch_state(
        FetchState("hostile", last_fetched=NOW - timedelta(hours=1), last_status="failed",
                   last_error="HTTP 500 <img src=x onerror=alert(1)>", consecutive_failures=3)
    )  # fmt: skip
    first = store.start_run("fetch", NOW - timedelta(hours=2), plan=["collect"])
    store.record_stage(
        first, "collect", NOW - timedelta(hours=2), 1.25, {"items": 4, "sources": 2},
        [{"source": "hostile", "error": "HTTP 500 <i>gone</i>"}],
    )  # fmt: skip
    store.finish_run(first, NOW - timedelta(hours=2) + timedelta(seconds=2), "ok", None)
    second = store.start_run(
        "run", NOW - timedelta(hours=1), day=NOW.date(), digests=["daily"],
        plan=["collect", "enrich", "group"],
    )  # fmt: skip
    store.record_stage(second, "collect", NOW - timedelta(hours=1), 0.5, {"items": 0}, [])
    store.finish_run(second, NOW, "failed", "every source failed <u>twice</u>")


@pytest.fixture
def newsroom(tmp_path: Path) -> Callable[[str], TestClient]:
    made: list[Newsdesk] = []

    def open_desk(language: str) -> TestClient:
        path = tmp_path / "newsdesk.yaml"
        path.write_text(CONFIG.format(language=language, hostile=HOSTILE.replace('"', '\\"')),
                        encoding="utf-8")  # fmt: skip
        desk = Newsdesk(load_config(path), now=lambda: NOW, user="owner")
        made.append(desk)
        fill_store(desk)
        return TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False)

    yield open_desk  # type: ignore[misc]
    for desk in made:
        desk.close()


@pytest.fixture
def english(newsroom: Callable[[str], TestClient]) -> TestClient:
    return newsroom("en")


def source_card(page: str, source_id: str) -> str:
    match = re.search(rf'<li class="card source[^"]*" id="source-{source_id}".*?</li>', page, re.S)
    assert match, source_id
    return match.group(0)


def test_every_source_is_listed_with_its_last_fetch_and_health(english: TestClient) -> None:
    page = english.get("/sources")

    assert page.status_code == 200
    wire = source_card(page.text, "wire")
    assert "Compute Wire" in wire and "2026-05-14 11:00 · ok · 4 entries" in wire
    assert "4 items in the last 30 days" in wire
    assert "failing ×3" in source_card(page.text, "hostile")
    assert 'health-disabled">disabled<' in source_card(page.text, "quiet")
    assert "3 sources" in page.text


def test_each_source_has_its_last_30_days_as_a_chart(english: TestClient) -> None:
    """By the day each item was published: the one first fetched an hour ago was
    published two days ago, with the other three."""
    wire = source_card(english.get("/sources").text, "wire")

    svg = re.search(r"<svg class=\"spark\".*?</svg>", wire, re.S)
    assert svg is not None
    assert svg.group(0).count("<rect") == 30
    assert 'aria-label="Items per day over the last 30 days: 4 in all, at most 4 a day"' in wire
    assert "<title>2026-05-12: 4 items</title>" in wire
    assert "<title>2026-05-14: 0 items</title>" in wire


def test_the_chart_scales_to_the_busiest_day_and_keeps_empty_days_visible() -> None:
    chart = day_chart([0, 2, 4], NOW.date())

    assert [b.day.isoformat() for b in chart.bars] == ["2026-05-12", "2026-05-13", "2026-05-14"]
    assert [b.height for b in chart.bars] == [1, 13, 26]
    assert [b.x for b in chart.bars] == [0, 5, 10]
    assert (chart.total, chart.peak, chart.width) == (6, 4, 14)


def test_a_hostile_name_and_error_are_shown_as_text(english: TestClient) -> None:
    page = english.get("/sources").text

    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Bold" not in page
    escaped = "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; &lt;b&gt;Bold&lt;/b&gt;"
    assert escaped in page
    assert "HTTP 500 &lt;img src=x onerror=alert(1)&gt;" in page


def test_a_sources_address_shows_its_variable_not_the_secret_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "sources: [{id: members, kind: feed, url: 'https://members.example/rss?key=${MEMBERS_KEY}'}]",
        "utf-8",
    )
    monkeypatch.setenv("MEMBERS_KEY", "amber-lantern-77")
    with Newsdesk(load_config(path), now=lambda: NOW, user="owner") as desk:
        page = TestClient(create_app(desk), base_url=LOCAL).get("/sources").text

    assert "https://members.example/rss?key=${MEMBERS_KEY}" in source_card(page, "members")
    assert "amber-lantern" not in page


def test_an_editor_gets_the_test_toggle_and_add_controls(english: TestClient) -> None:
    page = english.get("/sources").text

    assert page.count('class="test"') == 3
    assert 'class="toggle danger">Disable<' in source_card(page, "wire")
    assert 'class="toggle">Enable<' in source_card(page, "quiet")
    assert '<form id="add-source"' in page
    assert '<option value="rsshub" data-address="route">' in page
    assert '<option value="feed" data-address="url" selected>' in page
    assert '<script type="module" src="/static/sources.js"></script>' in page


def test_a_public_reader_sees_the_sources_but_no_controls(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text("server: {public: true}\nsources: [{id: hn, kind: hackernews}]\n", "utf-8")
    with Newsdesk(load_config(path), now=lambda: NOW) as desk:
        desk.accounts.add("alice", "a long enough password")
        page = TestClient(create_app(desk), base_url=LOCAL).get("/sources").text

    assert 'id="source-hn"' in page
    assert 'class="test"' not in page and 'class="toggle' not in page
    assert "add-source" not in page


def test_the_pages_speak_the_digests_language(newsroom: Callable[[str], TestClient]) -> None:
    client = newsroom("zh")

    sources, runs = client.get("/sources").text, client.get("/runs").text

    assert '<html lang="zh-CN"' in sources
    assert "测试这个来源" in sources and "连续失败 3 次" in sources and "添加来源" in sources
    assert "最近 30 天共 4 条" in sources
    assert "运行 2" in runs and "失败" in runs


def test_a_chinese_desk_words_a_sources_health_and_why_a_run_stopped(
    newsroom: Callable[[str], TestClient],
) -> None:
    """The health notes and what to try, and a run's record of why it stopped, are the
    core's English; a Chinese desk says them in Chinese, its spans of time too."""
    client = newsroom("zh")
    desk = client.app.state.desk  # type: ignore[attr-defined]
    desk.store.save_fetch_state(
        FetchState("wire", last_fetched=NOW - timedelta(hours=1), last_success=NOW,
                   last_status="ok", last_entries=4, last_newest=NOW - timedelta(days=20))
    )  # fmt: skip
    stopped = desk.store.start_run("run", NOW, plan=["collect"])
    desk.store.finish_run(stopped, NOW, "failed", run_error("interrupted_in", stage="collect"))

    sources, runs = client.get("/sources").text, client.get("/runs").text
    one_run = client.get(f"/runs/{stopped}").text
    answer = client.get(f"/api/v1/runs/{stopped}").json()  # the review page's progress line

    assert "只有旧内容：4 条中最新的已是 20 天前" in sources
    assert "feed 仍有响应但不再更新：找到网站现在的 feed" in sources
    assert "网站自身出了问题，通常会恢复，等一两次运行即可" in sources  # the failing source's
    assert "serves only old items" not in sources and "the site has a problem" not in sources
    for page in (runs, one_run):
        assert "在采集阶段中断（Ctrl+C，或进程被要求停止）" in page
        assert "interrupted during" not in page
    assert answer["error"].startswith("interrupted during")
    assert (
        answer["error_said"]
        == "在采集阶段中断（Ctrl+C，或进程被要求停止）；之前各阶段存下的内容仍然保留"
    )
    english = newsroom("en").get("/sources").text
    assert "the site has a problem at its end; it usually passes" in english


def test_a_config_file_saved_with_a_mistake_is_named_on_the_sources_page(
    english: TestClient, tmp_path: Path
) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(path.read_text("utf-8") + "  - id: half-typed\n", "utf-8")

    page = english.get("/sources").text

    assert "The config file was changed and now has errors" in page
    assert "sources[3].kind: missing" in page
    assert 'id="source-wire"' in page and 'id="source-half-typed"' not in page


def test_a_source_added_by_another_process_shows_on_the_next_page(
    english: TestClient, tmp_path: Path
) -> None:
    assert 'id="source-wire2"' not in english.get("/sources").text
    with Newsdesk(load_config(tmp_path / "newsdesk.yaml")) as command_line:
        command_line.add_source({"kind": "feed", "id": "wire2", "url": "https://w2.example/rss"})

    assert 'id="source-wire2"' in english.get("/sources").text


def test_disabled_sources_come_after_the_others_each_in_the_files_order(
    english: TestClient, tmp_path: Path
) -> None:
    with Newsdesk(load_config(tmp_path / "newsdesk.yaml")) as command_line:
        command_line.add_source({"kind": "feed", "id": "wire2", "url": "https://w2.example/rss"})

    page = english.get("/sources").text

    listed = re.findall(r'<li class="card source[^"]*" id="source-([\w-]+)"', page)
    assert listed == ["wire", "hostile", "wire2", "quiet"]  # the file: wire, hostile, quiet, wire2


def test_the_runs_page_lists_runs_newest_first_with_each_stages_time_and_counts(
    english: TestClient,
) -> None:
    page = english.get("/runs").text

    assert page.index('id="run-2"') < page.index('id="run-1"')
    run = page[page.index('id="run-1"') :]
    assert "1.2 s" in run and "items 4 · sources 2" in run and "1 error<" in run
    failed = page[page.index('id="run-2"') : page.index('id="run-1"')]
    assert "failed" in failed and "writes 2026-05-14" in failed
    assert "every source failed &lt;u&gt;twice&lt;/u&gt;" in failed
    assert '<li class="pending">\n    <span class="stage">enrich</span>' in failed


def test_the_runs_page_shows_one_digests_runs_and_refuses_an_unknown_digest_or_day(
    english: TestClient,
) -> None:
    """?digest= keeps the runs that wrote that digest (a run of every digest too); a
    digest the config does not define is a 404 that names the ones it does, and a date
    that is not a day a 400 that says so, not a page of every run."""
    daily = english.get("/runs?digest=daily")
    assert daily.status_code == 200 and 'id="run-2"' in daily.text
    assert 'id="run-1"' not in daily.text  # a fetch writes no digest

    unknown = english.get("/runs?digest=nope")
    assert unknown.status_code == 404
    assert "No digest “nope” in the config (digests: daily)." in unknown.text
    assert 'id="run-1"' not in unknown.text
    assert english.get("/api/v1/runs?digest=nope").status_code == 404

    bad_day = english.get("/runs?date=yesterday")
    assert bad_day.status_code == 400 and "yesterday" in bad_day.text
    assert 'id="run-1"' not in bad_day.text


def test_the_runs_page_reads_an_empty_filter_as_none_and_refuses_in_its_language(
    newsroom: Callable[[str], TestClient],
) -> None:
    """An empty ?digest= or ?date= (a form left on "all") shows every run, as the review
    page reads them; a digest it does not know is told in the page's own language."""
    client = newsroom("zh")

    every = client.get("/runs?digest=&date=")
    unknown = client.get("/runs?digest=nope")

    assert every.status_code == 200 and 'id="run-1"' in every.text and 'id="run-2"' in every.text
    assert (
        unknown.status_code == 404
        and "配置中没有名为“nope”的日报（现有日报：daily）" in unknown.text
    )


def test_the_runs_page_of_one_digest_speaks_that_digests_language(tmp_path: Path) -> None:
    """An English digest first and a Chinese one: /runs?digest=ribao is the Chinese
    digest's page, as the review page of it is, and its links keep the filter."""
    daily = "  - {name: daily, title: Daily, language: en}\n"
    path = tmp_path / "newsdesk.yaml"
    text = CONFIG.format(language="en", hostile="x")
    path.write_text(text.replace(daily, daily + "  - {name: ribao, title: AI 日报}\n"), "utf-8")
    with Newsdesk(load_config(path), now=lambda: NOW, user="owner") as desk:
        fill_store(desk)
        client = TestClient(create_app(desk), base_url=LOCAL)
        ribao, first = client.get("/runs?digest=ribao").text, client.get("/runs").text
        bad_day = client.get("/runs?digest=ribao&date=yesterday").text

    assert '<html lang="zh-CN"' in ribao
    assert "<h1>运行</h1>" in ribao and 'href="/review?digest=ribao"' in ribao
    assert '<html lang="en"' in first and "<h1>Runs</h1>" in first
    assert "“yesterday”不是日期" in bad_day


def test_a_runs_page_speaks_the_language_of_the_digest_it_writes(tmp_path: Path) -> None:
    """An English digest first and a Chinese one: the page of a run of ribao is in
    Chinese and its times in ribao's zone, as /runs?digest=ribao is; a run of every
    digest stays the desk's (the first digest's)."""
    daily = "  - {name: daily, title: Daily, language: en}\n"
    ribao = "  - {name: ribao, title: AI 日报, timezone: Asia/Shanghai}\n"
    path = tmp_path / "newsdesk.yaml"
    path.write_text(CONFIG.format(language="en", hostile="x").replace(daily, daily + ribao))
    with Newsdesk(load_config(path), now=lambda: NOW, user="owner") as desk:
        fill_store(desk)
        of_ribao = desk.store.start_run("run", NOW, day=NOW.date(), digests=["ribao"])
        of_all = desk.store.start_run("run", NOW, day=NOW.date())
        client = TestClient(create_app(desk), base_url=LOCAL)
        ribao_page, all_page = (
            client.get(f"/runs/{of_ribao}").text,
            client.get(f"/runs/{of_all}").text,
        )

    assert '<html lang="zh-CN"' in ribao_page and 'href="/review?digest=ribao"' in ribao_page
    assert NOW.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%H:%M") in ribao_page
    assert '<html lang="en"' in all_page


def test_the_runs_page_without_runs_says_what_to_run_in_this_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Served with a relative --config: the run it suggests names that file by its full
    path, as the page's reader pastes it in a shell of another folder; the API, asked for
    a story it does not know, names its own call instead of a command."""
    path = tmp_path / "conf" / "news.yaml"
    path.parent.mkdir()
    path.write_text(CONFIG.format(language="en", hostile="x"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    use_config(Path("conf/news.yaml"), Path("newsdesk.yaml"), "local.db")
    with Newsdesk(load_config(path), now=lambda: NOW, user="owner") as desk:
        client = TestClient(create_app(desk), base_url=LOCAL)
        page = client.get("/runs").text
        missing = client.get("/api/v1/stories/nope").text
    setup = f"--config {path} --db {tmp_path / 'local.db'}"
    assert f"No runs recorded yet: `newsdesk {setup} run`" in page
    assert "GET /api/v1/stories?date=YYYY-MM-DD" in missing and "--date" not in missing


def test_a_runs_detail_shows_each_stage_and_its_errors(english: TestClient) -> None:
    page = english.get("/runs/1").text

    assert "Run 1" in page and "1.25" in page
    assert "<b>4</b>" in page
    assert "hostile: HTTP 500 &lt;i&gt;gone&lt;/i&gt;" in page
    assert english.get("/runs/99").status_code == 404
    assert "No run 99" in english.get("/runs/99").text


def test_a_chinese_desk_words_the_errors_of_fetches_and_workers(
    newsroom: Callable[[str], TestClient],
) -> None:
    """A source's last error and a stage's errors are the collector's English; a Chinese
    desk says them in Chinese, an English desk as they were written."""
    timeout = "no complete response from https://wire.example/rss within 20 s (fetch.timeout)"
    retried = "HTTP 502 Bad Gateway from https://wire.example/rss (after 2 tries)"
    pages = {}
    for language in ("zh", "en"):
        client = newsroom(language)
        store = client.app.state.desk.store  # type: ignore[attr-defined]
        store.save_fetch_state(
            FetchState("hostile", last_fetched=NOW - timedelta(hours=1), last_status="failed",
                       last_error=timeout, consecutive_failures=2)
        )  # fmt: skip
        run = store.start_run("fetch", NOW, plan=["collect"])
        store.record_stage(
            run, "collect", NOW, 0.5, {"items": 0}, [{"source": "wire", "error": retried}]
        )
        store.finish_run(run, NOW, "ok", None)
        pages[language] = (client.get("/sources").text, client.get(f"/runs/{run}").text)

    sources, one_run = pages["zh"]
    card = source_card(sources, "hostile")
    assert "https://wire.example/rss 在 20 秒内没有给出完整的响应（fetch.timeout）" in card
    assert "no complete response" not in card
    assert (
        "wire: https://wire.example/rss 返回 HTTP 502 Bad Gateway；网站出了问题，稍后可能恢复"
        "（已试 2 次）" in one_run
    )
    assert "after 2 tries" not in one_run
    english_sources, english_run = pages["en"]
    assert timeout in source_card(english_sources, "hostile")
    assert f"wire: {retried}" in english_run
