"""Who may read and write on the desk server: tokens, sessions with CSRF tokens, the
one-person desk on this machine, public reading, and slowed-down password guessing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from newsdesk.config import parse_config
from newsdesk.core import Newsdesk
from newsdesk.exceptions import AccountError
from newsdesk.web._auth import (
    CSRF_HEADER,
    SESSION_COOKIE,
    Identity,
    check_listen,
    csrf_token,
    editor,
    install_auth,
    reader,
)

PASSWORD = "correct horse battery"
LOCAL = "http://127.0.0.1:8080"


def make_desk(tmp_path: Path, server: str = "") -> Newsdesk:
    config = parse_config(server, base_dir=tmp_path)
    return Newsdesk(config, store_url=f"sqlite:///{tmp_path / 'desk.db'}", user="owner")


def make_app(desk: Newsdesk) -> FastAPI:
    """Two routes standing for every read and every write of the real app."""
    app = FastAPI()
    install_auth(app, desk)

    @app.get("/api/v1/things")
    def read(identity: Annotated[Identity, Depends(reader)]) -> dict[str, str | None]:
        return {"user": identity.user, "via": identity.via}

    @app.post("/api/v1/things")
    def write(user: Annotated[str, Depends(editor)]) -> dict[str, str]:
        return {"user": user}

    @app.get("/page")
    def page(request_token: Annotated[str, Depends(csrf_token)]) -> dict[str, str]:
        return {"csrf": request_token}

    return app


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Newsdesk]:
    with make_desk(tmp_path) as opened:
        yield opened


@pytest.fixture
def alice(desk: Newsdesk) -> Newsdesk:
    desk.accounts.add("alice", PASSWORD)
    return desk


def client(desk: Newsdesk, base_url: str = LOCAL) -> TestClient:
    return TestClient(make_app(desk), base_url=base_url, follow_redirects=False)


def sign_in(browser: TestClient, name: str = "alice", password: str = PASSWORD) -> int:
    form = browser.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    fields = {"name": name, "password": password, "csrf": token.group(1), "next": "/page"}
    return browser.post("/login", data=fields).status_code


# -- one person's desk on this machine --------------------------------------------------


def test_with_no_account_this_machine_reads_and_writes_as_the_desks_user(desk: Newsdesk) -> None:
    local = client(desk)
    assert local.get("/api/v1/things").json() == {"user": "owner", "via": "local"}
    assert local.post("/api/v1/things").json() == {"user": "owner"}


def test_with_no_account_a_page_of_another_site_cannot_write(desk: Newsdesk) -> None:
    local = client(desk)
    refused = local.post("/api/v1/things", headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    refused = local.post("/api/v1/things", headers={"Sec-Fetch-Site": "cross-site"})
    assert refused.status_code == 403
    own = local.post("/api/v1/things", headers={"Origin": LOCAL})
    assert own.status_code == 200


def test_with_no_account_a_name_that_is_not_this_machine_is_refused(desk: Newsdesk) -> None:
    rebound = client(desk, "http://evil.example:8080")  # its DNS now says 127.0.0.1
    assert rebound.get("/api/v1/things").status_code == 403
    assert "no accounts" in rebound.post("/api/v1/things").json()["detail"]


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "127.0.0.2"])
def test_serving_this_machine_needs_no_account(host: str) -> None:
    check_listen(host, accounts_exist=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "desk.example.org", "::"])
def test_serving_beyond_this_machine_without_an_account_is_refused(host: str) -> None:
    with pytest.raises(AccountError, match="newsdesk user add NAME"):
        check_listen(host, accounts_exist=False)
    check_listen(host, accounts_exist=True)


# -- accounts -------------------------------------------------------------------------


def test_once_an_account_exists_reading_and_writing_need_it(alice: Newsdesk) -> None:
    anonymous = client(alice)
    for answer in (anonymous.get("/api/v1/things"), anonymous.post("/api/v1/things")):
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == "Bearer"


def test_an_api_token_reads_and_writes_without_csrf(alice: Newsdesk) -> None:
    token = alice.accounts.new_token("alice")
    script = client(alice)
    bearer = {"Authorization": f"Bearer {token}"}
    assert script.get("/api/v1/things", headers=bearer).json()["via"] == "token"
    assert script.post("/api/v1/things", headers=bearer).json() == {"user": "alice"}
    wrong = script.post("/api/v1/things", headers={"Authorization": "Bearer nd_guess"})
    assert wrong.status_code == 401 and "not valid" in wrong.json()["detail"]


def test_a_session_writes_only_with_its_csrf_token(alice: Newsdesk) -> None:
    browser = client(alice)
    assert sign_in(browser) == 303
    token = browser.get("/page").json()["csrf"]

    assert browser.get("/api/v1/things").json() == {"user": "alice", "via": "session"}
    missing = browser.post("/api/v1/things")
    assert missing.status_code == 403 and "CSRF" in missing.json()["detail"]
    assert browser.post("/api/v1/things", headers={CSRF_HEADER: "forged"}).status_code == 403
    assert browser.post("/api/v1/things", headers={CSRF_HEADER: token}).json() == {"user": "alice"}
    as_form = browser.post("/api/v1/things", data={"csrf": token})
    assert as_form.status_code == 200


def test_a_session_write_from_another_site_is_refused_even_with_the_token(
    alice: Newsdesk,
) -> None:
    browser = client(alice)
    sign_in(browser)
    token = browser.get("/page").json()["csrf"]
    headers = {CSRF_HEADER: token, "Origin": "https://evil.example"}
    assert browser.post("/api/v1/things", headers=headers).status_code == 403


def test_the_session_cookie_is_http_only_and_lax(alice: Newsdesk) -> None:
    browser = client(alice)
    form = browser.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token is not None
    signed_in = browser.post(
        "/login", data={"name": "alice", "password": PASSWORD, "csrf": token.group(1)}
    )
    cookie = signed_in.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert signed_in.headers["location"] == "/"


def test_over_https_the_session_cookie_is_secure(alice: Newsdesk) -> None:
    browser = client(alice, "https://127.0.0.1")
    form = browser.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token is not None
    fields = {"name": "alice", "password": PASSWORD, "csrf": token.group(1)}
    signed_in = browser.post("/login", data=fields)
    assert "Secure" in signed_in.headers["set-cookie"]


def test_an_altered_cookie_is_no_session(alice: Newsdesk) -> None:
    browser = client(alice)
    sign_in(browser)
    value = browser.cookies[SESSION_COOKIE]
    payload, _, signature = value.partition(".")
    browser.cookies.clear()
    browser.cookies.set(SESSION_COOKIE, payload + "x." + signature)
    assert browser.get("/api/v1/things").status_code == 401


def test_a_removed_accounts_session_ends(alice: Newsdesk) -> None:
    browser = client(alice)
    sign_in(browser)
    alice.accounts.add("bob", PASSWORD)
    alice.accounts.remove("alice")
    assert browser.get("/api/v1/things").status_code == 401


def test_signing_out_ends_the_session(alice: Newsdesk) -> None:
    browser = client(alice)
    sign_in(browser)
    token = browser.get("/page").json()["csrf"]
    assert browser.post("/logout", headers={CSRF_HEADER: token}).status_code == 303
    assert browser.get("/api/v1/things").status_code == 401


def test_a_wrong_password_and_a_forged_login_form_are_refused(alice: Newsdesk) -> None:
    browser = client(alice)
    assert sign_in(browser, password="not the password") == 401
    forged = client(alice).post(
        "/login", data={"name": "alice", "password": PASSWORD, "csrf": "made-up"}
    )
    assert forged.status_code == 403


def test_after_too_many_failures_even_the_right_password_waits(alice: Newsdesk) -> None:
    browser = client(alice)
    for _ in range(alice.config.server.login_attempts):
        assert sign_in(browser, password="guess guess guess") == 401

    form = browser.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    blocked = browser.post(
        "/login", data={"name": "alice", "password": PASSWORD, "csrf": token.group(1)}
    )
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert "Too many failed sign-ins" in blocked.text


def test_after_signing_in_only_a_path_of_this_desk_is_followed(alice: Newsdesk) -> None:
    browser = client(alice)
    form = browser.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    fields = {"name": "alice", "password": PASSWORD, "csrf": token.group(1)}
    answer = browser.post("/login", data=fields | {"next": "//evil.example/"})
    assert answer.headers["location"] == "/"


def test_the_login_page_escapes_what_it_is_given(desk: Newsdesk) -> None:
    page = client(desk).get("/login", params={"next": '/"><script>alert(1)</script>'})
    assert "<script>alert" not in page.text


# -- public reading -------------------------------------------------------------------


def test_a_public_desk_is_read_by_anyone_and_written_by_accounts(tmp_path: Path) -> None:
    with make_desk(tmp_path, "server: {public: true}") as desk:
        desk.accounts.add("alice", PASSWORD)
        anyone = client(desk, "https://news.example.org")
        assert anyone.get("/api/v1/things").json() == {"user": None, "via": "anonymous"}
        assert anyone.post("/api/v1/things").status_code == 401


CHINESE_DESK = "digests:\n  - name: ai-ribao\n    title: AI 日报\n    language: zh\n"


def test_the_login_page_speaks_the_desks_language(tmp_path: Path) -> None:
    with make_desk(tmp_path, CHINESE_DESK) as desk:
        desk.accounts.add("alice", PASSWORD)
        browser = client(desk)
        page = browser.get("/login").text
        assert '<html lang="zh-CN"' in page and "用户名" in page and "密码" in page
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token is not None
        fields = {"name": "alice", "password": "not it", "csrf": token.group(1)}
        assert "用户名或密码不对" in browser.post("/login", data=fields).text


def test_an_expired_login_form_is_shown_again_to_sign_in_with(alice: Newsdesk) -> None:
    """A browser whose form's token is gone (the cookie expired) gets the form back, with
    a new token that signs in, rather than an error in JSON."""
    browser = client(alice)
    stale = browser.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": "old"})
    assert stale.status_code == 403 and "The sign-in form expired" in stale.text
    token = re.search(r'name="csrf" value="([^"]+)"', stale.text)
    assert token is not None
    fields = {"name": "alice", "password": PASSWORD, "csrf": token.group(1)}
    assert browser.post("/login", data=fields).status_code == 303
