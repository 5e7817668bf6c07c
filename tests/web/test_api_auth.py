"""Who may use the JSON API: once the desk has an account every endpoint answers 401
without a session or token, a token reads and writes as its account, a browser's write
needs its session's CSRF token, ``server.public`` opens reading only, and a desk with no
account answers only on this machine."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from newsdesk import Newsdesk, load_config
from newsdesk.web._api import router
from newsdesk.web._auth import CSRF_HEADER, SESSION_COOKIE
from sample_day import Day
from web.web_helpers import LOCAL, client_on, copy_store, edition_url

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def guarded(served: Day, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A copy of the sample day's store with the account "alice", and her API token."""
    url = copy_store(served, tmp_path_factory.mktemp("api-auth"))
    with Newsdesk(load_config(served.config_path), store_url=url) as desk:
        desk.accounts.add("alice", PASSWORD)
        return url, desk.accounts.new_token("alice")


@pytest.fixture(scope="module")
def client(served: Day, guarded: tuple[str, str]) -> Iterator[TestClient]:
    with client_on(served, guarded[0]) as running:
        yield running


def _copy(url: str, folder: Path) -> str:
    """A copy of the store at ``url``, its account and token with it, for one test."""
    target = folder / "guarded.db"
    shutil.copy(url.removeprefix("sqlite:///"), target)
    return f"sqlite:///{target}"


def _routes() -> list[tuple[str, str]]:
    values = {"name": "ai-ribao", "date": "2026-05-14", "story": "s1", "source": "x", "run_id": "1"}
    found = []
    for route in router.routes:
        assert isinstance(route, APIRoute)
        path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], route.path)
        found += [(method, f"/api/v1{path}") for method in sorted(route.methods)]
    return found


@pytest.mark.parametrize(("method", "path"), _routes())
def test_every_endpoint_needs_a_session_or_token_once_an_account_exists(
    client: TestClient, method: str, path: str
) -> None:
    answer = client.request(method, path, json={})
    assert answer.status_code == 401
    assert answer.json()["error"].startswith("Sign in (or send an API token) to")
    assert answer.headers["www-authenticate"] == "Bearer"


def test_the_mcp_endpoint_needs_them_too(client: TestClient) -> None:
    hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    answer = client.post("/mcp", json=hello, headers={"Accept": "application/json"})
    assert answer.status_code == 401


def test_health_needs_no_account(client: TestClient) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_a_token_reads_and_writes_as_its_account(
    served: Day, guarded: tuple[str, str], tmp_path: Path
) -> None:
    url = _copy(guarded[0], tmp_path)
    bearer = {"Authorization": f"Bearer {guarded[1]}"}
    with client_on(served, url) as client:
        story = client.get(edition_url(served), headers=bearer).json()["lead"][0]["story"]
        after = client.post(
            edition_url(served, action="drop"), json={"story": story}, headers=bearer
        )
        wrong = client.get("/api/v1/digests", headers={"Authorization": "Bearer nd_guess"})
    assert after.status_code == 200
    assert [(a["verb"], a["who"]) for a in after.json()["actions"]] == [("drop", "alice")]
    assert wrong.status_code == 401 and "not valid" in wrong.json()["error"]


def test_a_browser_writes_only_with_its_sessions_csrf_token(
    served: Day, guarded: tuple[str, str], tmp_path: Path
) -> None:
    url = _copy(guarded[0], tmp_path)
    with client_on(served, url) as browser:
        form = browser.get("/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', form)
        assert token is not None
        fields = {"name": "alice", "password": PASSWORD, "csrf": token.group(1), "next": "/"}
        assert browser.post("/login", data=fields).status_code == 303
        session = browser.app.state.gate.signer.loads(browser.cookies[SESSION_COOKIE])  # type: ignore[attr-defined]
        assert browser.get("/api/v1/digests").status_code == 200
        approve = edition_url(served, action="approve")
        refused = browser.post(approve)
        approved = browser.post(approve, headers={CSRF_HEADER: session.csrf})
    assert refused.status_code == 403 and "CSRF token" in refused.json()["error"]
    assert refused.json()["error_said"] == "这次修改没有带上页面的 CSRF 令牌；请刷新页面后再试"
    assert approved.status_code == 200 and approved.json()["status"] == "approved"


def test_public_reading_opens_the_archive_not_the_newsroom(
    served: Day, guarded: tuple[str, str], tmp_path: Path
) -> None:
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["server"] = {"public": True}
    public = tmp_path / "public.yaml"
    public.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with client_on(served, guarded[0], config=public) as client:
        archive = [
            client.get(path)
            for path in ("/api/v1/digests", "/api/v1/stories", "/api/v1/search?q=Nimbus")
        ]
        newsroom = [
            client.get(path)
            for path in (edition_url(served), edition_url(served, action="channels"),
                         "/api/v1/runs")
        ]  # fmt: skip
        write = client.post(edition_url(served, action="approve"))
    assert [answer.status_code for answer in archive] == [200, 200, 200]
    assert [answer.status_code for answer in newsroom] == [401, 401, 401]
    assert "even on a public desk" in newsroom[0].json()["error"]
    assert write.status_code == 401


def test_a_desk_without_accounts_answers_only_on_this_machine(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        assert client.base_url == LOCAL
        assert client.get("/api/v1/digests").status_code == 200
        elsewhere = client.get("http://desk.example.org/api/v1/digests")
    assert elsewhere.status_code == 403 and "no accounts" in elsewhere.json()["error"]
