"""Adding, disabling and enabling sources through the JSON API: each writes the config
file (its comments kept) and answers the source as ``GET /api/v1/sources`` lists it; a
refused source is answered 400 with each problem in the config's words; only an
editor may, and a browser only with its session's CSRF token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk import Newsdesk, load_config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.web import create_app
from newsdesk.web._auth import CSRF_HEADER, SESSION_COOKIE
from web.web_helpers import LOCAL

CONFIG = """\
# The desk's sources (kept in git).
timezone: UTC
sources:
  - id: lab-news
    kind: feed
    url: https://lab.example.com/feed.xml   # the lab's own feed
"""
WIRE = {"kind": "feed", "id": "wire", "name": "The Wire", "url": "https://wire.example/rss"}
PASSWORD = "correct horse battery"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.fixture
def client(config_path: Path) -> Iterator[TestClient]:
    desk = Newsdesk(load_config(config_path), user="owner")
    with TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False) as running:
        yield running


def test_an_editor_adds_a_source_and_every_listing_has_it(
    client: TestClient, config_path: Path
) -> None:
    added = client.post("/api/v1/sources", json=WIRE)

    assert added.status_code == 201
    assert added.json()["id"] == "wire" and added.json()["name"] == "The Wire"
    assert added.json()["health"]["status"] == "never fetched"
    assert [s["id"] for s in client.get("/api/v1/sources").json()] == ["lab-news", "wire"]
    assert config_path.read_text("utf-8") == CONFIG + (
        "  - id: wire\n    name: The Wire\n    kind: feed\n    url: https://wire.example/rss\n"
    )


def test_a_kinds_own_keys_are_taken_as_given(client: TestClient, config_path: Path) -> None:
    body = {"kind": "rsshub", "id": "36kr", "route": "/36kr/news", "tags": ["zh", "media"]}

    assert client.post("/api/v1/sources", json=body).status_code == 201

    assert "    route: /36kr/news\n    tags: [zh, media]\n" in config_path.read_text("utf-8")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({**WIRE, "url": "wire.example/rss"}, "url: 'wire.example/rss' is not an http(s) URL"),
        ({**WIRE, "wieght": 2}, "wieght: unknown key (did you mean 'weight'?)"),
        (
            {**WIRE, "id": "Wire!"},
            "id: 'Wire!' must be lowercase letters, digits, '-' or '_' (e.g. 'openai-news')",
        ),
        (
            {**WIRE, "headers": {"X-Key": "${HOME}"}},
            "headers: {'X-Key': '${HOME}'} names an environment variable (${...}); a source "
            "added from the desk may not, so that no secret of the server goes where the "
            "source points. Write such a source into the config file, or add it with "
            "`newsdesk sources add --set` on the server.",
        ),
    ],
    ids=["url", "misspelt", "id", "variable"],
)
def test_a_refused_source_is_answered_in_the_configs_words(
    client: TestClient, config_path: Path, body: dict[str, object], problem: str
) -> None:
    refused = client.post("/api/v1/sources", json=body)

    assert refused.status_code == 400
    assert refused.json()["problems"] == [problem]
    assert refused.json()["error"].startswith("The source was not added:")
    assert config_path.read_text("utf-8") == CONFIG


def test_an_id_already_taken_is_a_conflict_naming_the_source_that_has_it(
    client: TestClient, config_path: Path
) -> None:
    """Not the config's "appears twice", which tells one who added one source of two."""
    taken = client.post("/api/v1/sources", json={**WIRE, "id": "lab-news"})

    assert taken.status_code == 409
    assert taken.json()["error"] == (
        f"No source was added: {config_path} already has a source with the id 'lab-news' "
        "(lab-news, feed). Choose another id, or change that source in the file."
    )
    assert config_path.read_text("utf-8") == CONFIG


def test_a_feed_added_without_a_name_is_named_by_its_own_title(
    client: TestClient, config_path: Path
) -> None:
    """The add form's name left empty: the feed, read once as its fetches read it, names
    itself; readers see that under its stories, not the id."""
    atom = (
        b"<feed xmlns='http://www.w3.org/2005/Atom'><title>Tidewater Tech</title>"
        b"<entry><title>One</title><link href='https://tidewater.example/1'/></entry></feed>"
    )
    with LocalServer(
        {"/atom": Reply(200, atom, {"Content-Type": "application/atom+xml"})}
    ) as feeds:
        url = feeds.url("/atom")
        added = client.post(
            "/api/v1/sources",
            json={"kind": "feed", "id": "tide", "url": url, "allow_private_addresses": True},
        )

    assert added.status_code == 201
    assert added.json()["name"] == "Tidewater Tech"
    assert f"  - id: tide\n    name: Tidewater Tech\n    kind: feed\n    url: {url}\n" in (
        config_path.read_text("utf-8")
    )


def test_a_source_may_fetch_private_addresses_when_its_form_says_so(
    client: TestClient, config_path: Path
) -> None:
    """The add form's ``allow_private_addresses`` box: written into the source as the
    file writes it, and a value the config would refuse refused in its words."""
    local = {"kind": "feed", "id": "mine", "url": "http://127.0.0.1:1200/feed.xml"}
    added = client.post("/api/v1/sources", json={**local, "allow_private_addresses": True})
    odd = client.post(
        "/api/v1/sources", json={**local, "id": "odd", "allow_private_addresses": "sometimes"}
    )

    assert added.status_code == 201
    assert config_path.read_text("utf-8").endswith(
        "  - id: mine\n    kind: feed\n    url: http://127.0.0.1:1200/feed.xml\n"
        "    allow_private_addresses: true\n"
    )
    assert odd.status_code == 400
    assert odd.json()["problems"] == [
        "allow_private_addresses: 'sometimes' is wrong: input should be a valid boolean, "
        "unable to interpret input"
    ]
    assert "odd" not in config_path.read_text("utf-8")


def test_a_body_without_kind_or_id_is_the_wrong_shape(client: TestClient) -> None:
    assert client.post("/api/v1/sources", json={"url": "https://x.example"}).status_code == 422


def test_disable_then_enable_leaves_the_file_as_it_was(
    client: TestClient, config_path: Path
) -> None:
    disabled = client.patch("/api/v1/sources/lab-news", json={"enabled": False})
    written = config_path.read_text("utf-8")
    enabled = client.patch("/api/v1/sources/lab-news", json={"enabled": True})

    assert disabled.status_code == 200 and disabled.json()["enabled"] is False
    assert disabled.json()["health"]["status"] == "disabled"
    assert "  - id: lab-news\n    enabled: false\n" in written
    assert enabled.json()["enabled"] is True
    assert config_path.read_text("utf-8") == CONFIG


def test_an_unknown_source_is_not_found(client: TestClient) -> None:
    answer = client.patch("/api/v1/sources/nope", json={"enabled": False})

    assert answer.status_code == 404 and "No source 'nope'" in answer.json()["error"]


def test_the_api_lists_a_source_the_command_line_added_meanwhile(
    client: TestClient, config_path: Path
) -> None:
    assert len(client.get("/api/v1/sources").json()) == 1
    with Newsdesk(load_config(config_path)) as command_line:
        command_line.add_source(WIRE)

    assert [s["id"] for s in client.get("/api/v1/sources").json()] == ["lab-news", "wire"]


def test_once_an_account_exists_a_write_needs_it_and_a_browser_its_csrf_token(
    config_path: Path,
) -> None:
    desk = Newsdesk(load_config(config_path))
    desk.accounts.add("alice", PASSWORD)
    with TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False) as browser:
        anonymous = browser.post("/api/v1/sources", json=WIRE)
        token = re.search(r'name="csrf" value="([^"]+)"', browser.get("/login").text)
        assert token is not None
        fields = {"name": "alice", "password": PASSWORD, "csrf": token.group(1), "next": "/"}
        assert browser.post("/login", data=fields).status_code == 303
        session = browser.app.state.gate.signer.loads(browser.cookies[SESSION_COOKIE])  # type: ignore[attr-defined]
        without = browser.patch("/api/v1/sources/lab-news", json={"enabled": False})
        with_token = browser.patch(
            "/api/v1/sources/lab-news", json={"enabled": False}, headers={CSRF_HEADER: session.csrf}
        )

    assert anonymous.status_code == 401
    assert without.status_code == 403 and "CSRF token" in without.json()["error"]
    assert with_token.status_code == 200 and with_token.json()["enabled"] is False


def test_a_failed_test_is_worded_in_the_desks_language(tmp_path: Path) -> None:
    """The page fills its "Failed: …" from the answer: ``error`` stays the fetcher's
    English (for scripts and logs), ``error_said`` is in the desk's language."""
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "timezone: UTC\ndigests:\n  - {name: daily, title: Daily, language: zh}\n"
        "sources:\n  - id: inside\n    kind: feed\n    url: http://127.0.0.1:9/feed.xml\n",
        encoding="utf-8",
    )
    desk = Newsdesk(load_config(path), user="owner")
    with TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False) as client:
        report = client.post("/api/v1/sources/inside/test").json()

    assert report["outcome"] == "failed" and report["error"].isascii()
    assert report["error_said"] and not report["error_said"].isascii()
    assert "127.0.0.1" in report["error_said"]


def test_an_added_source_says_what_its_fetches_will_meet(client: TestClient) -> None:
    """A file source whose path matches no file yet (as ``newsdesk sources add`` does), or
    a local address no fetch takes (which the command refuses: the form has a box for
    it), is added, and the answer says why it will fail."""
    plain = client.post("/api/v1/sources", json=WIRE)
    waiting = client.post(
        "/api/v1/sources", json={"kind": "jsonl", "id": "notes", "path": "notes/*.jsonl"}
    )
    local = client.post(
        "/api/v1/sources", json={"kind": "feed", "id": "mine", "url": "http://127.0.0.1:1/f"}
    )

    assert plain.json()["notes"] == []
    assert waiting.status_code == 201
    [note] = waiting.json()["notes"]
    assert note.startswith("no file matches ") and "notes/*.jsonl yet" in note
    assert local.status_code == 201
    [note] = local.json()["notes"]
    assert "allows private addresses" in note
    [said] = local.json()["notes_said"]  # an English desk's words
    assert said.startswith("127.0.0.1 is this machine or on a private network") and (
        "allow_private_addresses: true is written under it in newsdesk.yaml" in said
    )


def test_the_notes_and_a_taken_id_are_said_in_the_desks_language(tmp_path: Path) -> None:
    """The page shows ``notes_said`` and ``error_said`` as they are: a Chinese desk's
    in Chinese, the host and the path named in them."""
    path = tmp_path / "newsdesk.yaml"
    zh = "timezone: UTC\ndigests:\n  - {name: daily, title: Daily, language: zh}\n"
    path.write_text(CONFIG.replace("timezone: UTC\n", zh), encoding="utf-8")
    desk = Newsdesk(load_config(path), user="owner")
    with TestClient(create_app(desk), base_url=LOCAL, follow_redirects=False) as client:
        local = client.post(
            "/api/v1/sources", json={"kind": "feed", "id": "mine", "url": "http://10.0.0.7/f"}
        ).json()
        waiting = client.post(
            "/api/v1/sources", json={"kind": "jsonl", "id": "later", "path": "in/*.jsonl"}
        ).json()
        taken = client.post("/api/v1/sources", json={**WIRE, "id": "mine"})

    [said] = local["notes_said"]
    assert said.startswith("10.0.0.7 在本机或内网上") and "newsdesk.yaml" in said
    assert local["notes"][0].startswith("10.0.0.7 is a private network address")
    [said] = waiting["notes_said"]
    assert said.startswith("还没有文件匹配 ") and "in/*.jsonl" in said
    assert taken.status_code == 409
    assert taken.json()["error_said"] == (
        f"没有添加来源：{path} 里已经有 ID 为 mine 的来源（mine，feed）。请换一个 ID，或在文件里"
        "修改那个来源"
    )
