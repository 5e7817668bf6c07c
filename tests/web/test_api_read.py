"""The JSON API's reads, on one copy of the sample day's store for the module: digests
and their days, a day as the review desk shows it, stories, the archive, sources and
runs, each answer checked against its documented model; and errors as JSON."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.model import Selection
from newsdesk.store import open_store
from newsdesk.web import _api, _app, _schemas, _serve
from newsdesk.web._schemas import EditionOut
from sample_day import Day
from web.web_helpers import client_on, copy_store, edition_url


@pytest.fixture(scope="module")
def client(served: Day, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = copy_store(served, tmp_path_factory.mktemp("api-read"))
    with client_on(served, url) as running:
        yield running


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    # an uptime checker asking with HEAD gets the same answer, without a body
    assert [client.head(p).status_code for p in ("/healthz", "/readyz")] == [200, 200]


def test_the_digests_with_their_latest_day(client: TestClient, served: Day) -> None:
    found = client.get("/api/v1/digests").json()
    assert [(d["name"], d["language"], d["review"]) for d in found] == [
        ("ai-ribao", "zh", "none"),
        ("ai-daily", "en", "none"),
    ]
    assert found[0]["channels"] == ["hugo"] and found[1]["channels"] == []
    latest = found[0]["latest"]
    assert (latest["day"], latest["revision"], latest["status"]) == (
        served.day.isoformat(), 1, "draft"
    )  # fmt: skip
    assert (found[0]["schedule"], found[0]["auto_publish_after"]) == (None, None)
    assert "publish" not in found[0]  # no channel settings (tokens) leave the server


def test_a_digests_days(client: TestClient, served: Day) -> None:
    days = client.get("/api/v1/digests/ai-daily/editions").json()
    assert [(d["day"], d["revision"], d["status"], len(d["lead"])) for d in days] == [
        (served.day.isoformat(), 1, "draft", 12)
    ]


def test_a_digests_days_leave_out_a_day_whose_run_found_no_story_unless_asked(
    served: Day, tmp_path: Path
) -> None:
    """A run just after midnight finds nothing yet: its empty day is no edition to
    list to an editor, though asking with ``empty=true`` shows it."""
    url = copy_store(served, tmp_path)
    after = served.day + timedelta(days=1)
    store = open_store(url)
    try:
        store.save_edition(Selection("ai-daily", after, [], [], []), served.evening)
    finally:
        store.close()
    with client_on(served, url) as running:
        listed = running.get("/api/v1/digests/ai-daily/editions").json()
        asked = running.get("/api/v1/digests/ai-daily/editions?empty=true").json()
    assert [d["day"] for d in listed] == [served.day.isoformat()]
    assert [(d["day"], d["lead"]) for d in asked] == [
        (after.isoformat(), []),
        (served.day.isoformat(), listed[0]["lead"]),
    ]


def test_the_edition_keeps_edition_shows_keys_and_adds_the_review_desks(
    client: TestClient, served: Day
) -> None:
    edition = client.get(edition_url(served)).json()
    shown = ["digest", "date", "revision", "status", "approved_by", "approved_at", "lead"]
    assert list(edition)[:9] == [*shown, "more", "left_out"]  # as edition show --json
    EditionOut.model_validate(edition)
    lead = edition["lead"][0]
    assert lead["summary"] and lead["insights"] and lead["url"].startswith("http")
    assert {"title", "url", "source", "language"} <= set(lead["sources"][0])
    line = edition["more"][0]
    assert line["headline"] and line["url"] and line["insights"] == []
    assert edition["title"] and edition["bullets"] and edition["verification"]["texts"] > 0
    candidates = edition["candidates"]
    assert [c["rank"] for c in candidates] == list(range(1, len(candidates) + 1))
    placed = {c["story"]: c["placement"] for c in candidates}
    assert all(placed[e["story"]] == "lead" for e in edition["lead"])
    out = next(c for c in candidates if c["placement"] == "out")
    assert out["reason"] and out["detail"] and out["signals"]
    report = candidates[0]["reports"][0]
    assert report["publisher"] and report["language"] in ("zh", "en") and report["published"]


def test_the_channels_of_the_day(client: TestClient, served: Day) -> None:
    [hugo] = client.get(edition_url(served, action="channels")).json()
    assert (hugo["channel"], hugo["kind"], hugo["revise"], hugo["revision"]) == (
        "hugo", "files", "replace", 1
    )  # fmt: skip
    assert [p["state"] for p in hugo["parts"]] == ["new"]
    assert hugo["publication"] is None and hugo["messages"] == []


def test_a_day_with_one_revision_has_nothing_to_diff(client: TestClient, served: Day) -> None:
    answer = client.get(edition_url(served, action="diff"))
    assert answer.status_code == 409
    assert answer.json() == {
        "error": f"ai-ribao {served.day} has only revision 1: nothing to compare it with yet.",
        "error_said": f"ai-ribao {served.day} 只有第 1 版：还没有可以比较的版本",
    }


def test_stories_of_the_day_ranked_for_a_digest_and_one_with_its_items(
    client: TestClient, served: Day
) -> None:
    day = served.day.isoformat()
    found = client.get("/api/v1/stories", params={"date": day, "digest": "ai-ribao"}).json()
    assert (found["date"], found["digest"], found["newest"]) == (day, "ai-ribao", None)
    ranked = found["stories"]
    assert [s["rank"] for s in ranked] == list(range(1, len(ranked) + 1))
    assert sum(s["section"] == "lead" for s in ranked) == 12
    limited = client.get("/api/v1/stories", params={"date": day, "limit": 3}).json()
    assert len(limited["stories"]) == 3 and limited["digest"] is None
    story = client.get(f"/api/v1/stories/{ranked[0]['id']}").json()
    assert len(story["items"]) == story["item_count"] and story["items"][0]["title"]


def test_a_day_without_stories_names_the_newest_that_has_some(
    client: TestClient, served: Day
) -> None:
    found = client.get("/api/v1/stories", params={"date": "2026-01-01"}).json()
    assert (found["stories"], found["newest"]) == ([], served.day.isoformat())


def test_search_over_the_archive_in_chinese_and_english(client: TestClient, served: Day) -> None:
    headline = client.get(edition_url(served)).json()["lead"][0]["headline"]
    chinese = client.get("/api/v1/search", params={"q": headline[:3]}).json()
    english = client.get("/api/v1/search", params={"q": "lumina series", "limit": 2}).json()
    assert chinese["hits"] and chinese["words"] == [headline[:3]]
    assert english["words"] == ["lumina", "series"] and 0 < len(english["hits"]) <= 2
    hit = english["hits"][0]
    found = (hit["story"]["title"] + " ".join(i["title"] for i in hit["items"])).lower()
    assert "lumina" in found and "series" in found
    blank = client.get("/api/v1/search", params={"q": "   "})
    assert blank.status_code == 400 and "A search needs a word" in blank.json()["error"]


def test_sources_with_their_health_and_last_days(client: TestClient) -> None:
    sources = client.get("/api/v1/sources", params={"days": 7}).json()
    assert sources and all(len(s["daily"]) == 7 for s in sources)
    first = sources[0]
    assert first["state"]["last_status"] == "ok" and first["health"]["status"]
    assert "headers" not in first and "url" not in first


def test_the_run_history_and_the_days_run(client: TestClient, served: Day) -> None:
    [run] = client.get("/api/v1/runs").json()
    assert (run["status"], run["day"], run["digests"]) == ("ok", served.day.isoformat(), [])
    assert [s["stage"] for s in run["stages"]] == run["plan"]
    assert client.get(f"/api/v1/runs/{run['id']}").json() == run
    params = {"digest": "ai-daily", "date": served.day.isoformat()}
    assert client.get("/api/v1/runs/current", params=params).json() == run
    assert client.get("/api/v1/runs", params={"date": "2026-01-01"}).json() == []


@pytest.mark.parametrize(
    ("path", "status", "error", "said"),
    [
        (
            "/api/v1/digests/nope/editions",
            404,
            "No digest 'nope' (digests: ai-ribao, ai-daily).",
            "没有日报 nope（配置的日报：ai-ribao, ai-daily）",
        ),
        (
            "/api/v1/digests/ai-ribao/editions/2026-01-01",
            404,
            "No ai-ribao edition for 2026-01-01",
            "ai-ribao 还没有 2026-01-01 的一期。运行这一天会生成它的草稿",
        ),
        ("/api/v1/stories/s000", 404, "No story 's000'", "没有新闻 s000。"),
        ("/api/v1/runs/999", 404, "No run 999", "没有运行 999。"),
        ("/api/v1/runs/99999999999999999999", 404, "No run 9999", "没有运行 9999"),
        (
            "/api/v1/runs/current?digest=ai-daily&date=2026-01-01",
            404,
            "No run of ai-daily",
            "ai-daily 2026-01-01 还没有运行",
        ),
        ("/api/v1/stories?digest=nope", 404, "No digest 'nope'", "没有日报 nope"),
        (
            "/api/v1/digests/ai-ribao/editions/2026-13-01",
            422,
            "path.date: '2026-13-01' is not a date; give it as YYYY-MM-DD, as in 2026-05-14 "
            "(month value is outside expected range of 1-12)",
            "path.date: '2026-13-01' is not a date",  # pydantic's words: no kind to read back
        ),
        (
            "/api/v1/stories?date=9999-12-31",
            404,
            "No day 9999-12-31 here: newsdesk keeps days from 1900-01-01 to 9998-12-31.",
            "没有 9999-12-31 这一天",
        ),
        (
            "/api/v1/stories?date=0001-01-01",
            404,
            "No day 0001-01-01 here",
            "没有 0001-01-01 这一天",
        ),
        (
            "/api/v1/stories?date=yesterday",
            422,
            "query.date: 'yesterday' is not a date",
            "query.date: 'yesterday' is not a date",
        ),
        (
            "/api/v1/runs?limit=0",
            422,
            "query.limit: Input should be greater than",
            "query.limit: Input should be greater than",
        ),
        ("/api/v1/nothing", 404, "Not Found", "没有这个地址"),
    ],
)
def test_errors_are_json_in_words(
    client: TestClient, path: str, status: int, error: str, said: str
) -> None:
    """``error`` is the English for scripts; ``error_said`` what the desk's pages show,
    in its language (this desk's first digest is Chinese)."""
    answer = client.get(path)
    assert answer.status_code == status
    assert answer.json()["error"].startswith(error)
    assert answer.json()["error_said"].startswith(said)
    assert list(answer.json()) == ["error", "error_said"]


def test_the_api_is_documented_by_openapi(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    paths = document["paths"]
    edition = "/api/v1/digests/{name}/editions/{date}"
    assert {
        "/healthz", "/readyz", "/api/v1/digests", edition, f"{edition}/approve",
        f"{edition}/entries/{{story}}", "/api/v1/search", "/api/v1/runs/current",
    } <= set(paths)  # fmt: skip
    answer = paths[edition]["get"]["responses"]
    assert answer["200"]["content"]["application/json"]["schema"]["$ref"].endswith("EditionOut")
    assert answer["404"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorOut")
    assert "lead" in document["components"]["schemas"]["EditionOut"]["properties"]
    reference = client.get("/api/v1/docs").text  # the page a person reads, from the same
    for path, item in paths.items():
        for method in item:
            assert f"<code>{method.upper()} {path}</code>" in reference, (method, path)
    assert 'id="schema-EditionOut"' in reference and '<a href="#schema-EditionOut">' in reference


def test_the_web_app_reaches_the_store_and_the_stages_only_through_the_core() -> None:
    reached = set()
    for module in (_api, _app, _schemas, _serve):
        tree = ast.parse(inspect.getsource(module))
        reached |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not {m for m in reached if m.startswith("newsdesk")} & {
        "newsdesk.store", "newsdesk.stages", "newsdesk.pipeline", "newsdesk.collect"
    }  # fmt: skip


def test_the_mcp_endpoint_answers_beside_the_api(client: TestClient) -> None:
    hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    accept = {"Accept": "application/json, text/event-stream"}
    answer = client.post("/mcp", json=hello, headers=accept)
    assert answer.status_code == 200
    assert answer.json()["result"]["tools"]
