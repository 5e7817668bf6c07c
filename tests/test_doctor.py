"""``newsdesk doctor``: each check says what it found and what to do, against a feed and
a chat server started on 127.0.0.1; nothing is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import fixture_bytes
from newsdesk import Newsdesk, parse_config
from newsdesk.cli import app
from newsdesk.config import Config
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.doctor import Verdict, llm_finding, store_finding
from newsdesk.store import store_schema

runner = CliRunner()


def config_for(tmp_path: Path, server: LocalServer, llm: str = "") -> Path:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(
        "fetch: {allow_private_addresses: true, retries: 0, per_host_delay: 0}\n"
        "sources:\n"
        f"  - {{id: good, kind: feed, url: '{server.url('/feed.xml')}'}}\n"
        f"  - {{id: gone, kind: feed, url: '{server.url('/missing.xml')}'}}\n"
        "digests: [{name: ai-ribao, title: AI 日报, language: zh,\n"
        "  publish: [{id: hugo, kind: files, dir: posts}]}]\n"
        "render: {cover: {enabled: true, font: /nonexistent/font.ttf}}\n" + llm,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def feeds() -> LocalServer:
    server = LocalServer(
        {"/feed.xml": Reply(200, fixture_bytes("feed_rss2.xml"), {"Content-Type": "text/xml"})}
    )
    with server:
        yield server  # type: ignore[misc]


def test_each_check_says_what_it_found_and_what_to_do(tmp_path: Path, feeds: LocalServer) -> None:
    config = parse_config(config_for(tmp_path, feeds).read_text(), base_dir=tmp_path)
    with Newsdesk(config) as desk:
        checkup = desk.doctor()
    found = {f.check: f for f in checkup.findings}
    assert [f.check for f in checkup.findings][:4] == ["config", "store", "fonts", "hugo"]
    assert (
        found["store"].verdict is Verdict.OK
        and "new, created on first use" in found["store"].detail
    )
    assert (
        found["fonts"].verdict is Verdict.WARN and "/nonexistent/font.ttf" in found["fonts"].detail
    )
    assert found["source good"].verdict is Verdict.OK
    gone = found["source gone"]
    assert gone.verdict is Verdict.FAIL and "404" in gone.detail
    assert "newsdesk sources check --source gone" in gone.fix
    assert found["llm"].verdict is Verdict.OK and not checkup.ok
    assert not (tmp_path / "newsdesk.db").exists()  # a checkup stores nothing


def test_the_llm_is_asked_for_its_models_with_the_key(tmp_path: Path) -> None:
    with LocalServer(
        {"/v1/models": Reply(200, b'{"data": []}', {"Content-Type": "application/json"})}
    ) as chat:
        config = Config.model_validate(
            {"llm": {"base_url": chat.url("/v1"), "model": "m", "api_key_env": "K"}}
        )
        answered = llm_finding(config, {"K": "sk-test"})
        assert chat.requests[-1].headers["authorization"] == "Bearer sk-test"
        chat.routes["/v1/models"] = Reply(401, b'{"error": "bad key"}')
        refused = llm_finding(config, {"K": "sk-wrong"})
    remote = Config.model_validate({"llm": {"base_url": "https://api.example.com/v1"}})
    unset = llm_finding(remote, {})
    assert answered.verdict is Verdict.OK
    assert refused.verdict is Verdict.FAIL and "refused the key in K (HTTP 401)" in refused.detail
    assert unset.verdict is Verdict.FAIL and unset.fix == "export OPENAI_API_KEY=..."


def test_an_old_store_is_told_to_upgrade(tmp_path: Path) -> None:
    status = store_schema(f"sqlite:///{tmp_path / 'none.db'}")
    old = status.__class__(status.url, "0008", status.head, (), False)
    assert store_finding(old).verdict is Verdict.OK  # nothing pending: current
    pending = status.__class__(status.url, "0008", status.head, status.pending, False)
    assert store_finding(pending).fix == "Run `newsdesk db upgrade` (back up the database first)."


def test_cli_doctor_json_and_exit_code(tmp_path: Path, feeds: LocalServer) -> None:
    path = config_for(tmp_path, feeds)
    done = runner.invoke(app, ["--config", str(path), "doctor", "--json"])
    assert done.exit_code == 1
    shown = json.loads(done.stdout)
    assert shown["ok"] is False and {"check", "verdict", "detail", "fix"} == set(
        shown["findings"][0]
    )
    offline = runner.invoke(app, ["--config", str(path), "doctor", "--offline"])
    assert offline.exit_code == 0 and "! fonts:" in offline.output
    assert "source good" not in offline.output and "0 to fix" in offline.output
