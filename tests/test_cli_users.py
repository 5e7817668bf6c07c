"""`newsdesk user`: accounts made from a prompt or a pipe, tokens printed once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.accounts import TOKEN_PREFIX
from newsdesk.cli import app
from newsdesk.config import parse_config
from newsdesk.core import Newsdesk

runner = CliRunner()
PASSWORD = "correct horse battery"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSDESK_CONFIG", "NEWSDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "newsdesk.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    return f"sqlite:///{tmp_path / 'desk.db'}"


def test_an_account_is_made_from_one_line_of_a_pipe(db: str) -> None:
    made = runner.invoke(app, ["user", "add", "alice", "--db", db], input=PASSWORD + "\n")
    assert made.exit_code == 0, made.output
    assert "Account 'alice' made" in made.output

    with Newsdesk(parse_config(""), store_url=db) as desk:
        assert desk.accounts.check_password("alice", PASSWORD)
    listed = runner.invoke(app, ["user", "list", "--db", db, "--json"])
    assert json.loads(listed.stdout) == ["alice"]


def test_a_short_password_or_a_taken_name_exits_2_and_says_why(db: str) -> None:
    short = runner.invoke(app, ["user", "add", "alice", "--db", db], input="short\n")
    assert short.exit_code == 2 and "at least" in short.output

    runner.invoke(app, ["user", "add", "alice", "--db", db], input=PASSWORD + "\n")
    taken = runner.invoke(app, ["user", "add", "alice", "--db", db], input=PASSWORD + "\n")
    assert taken.exit_code == 2 and "--replace" in taken.output


def test_a_token_is_printed_alone_so_a_script_can_keep_it(db: str) -> None:
    runner.invoke(app, ["user", "add", "alice", "--db", db], input=PASSWORD + "\n")
    printed = runner.invoke(app, ["user", "token", "alice", "--db", db])
    assert printed.exit_code == 0
    token = printed.stdout.strip()
    assert token.startswith(TOKEN_PREFIX) and "\n" not in token
    with Newsdesk(parse_config(""), store_url=db) as desk:
        assert desk.accounts.token_user(token) == "alice"

    removed = runner.invoke(app, ["user", "remove", "alice", "--db", db])
    assert removed.exit_code == 0
    with Newsdesk(parse_config(""), store_url=db) as desk:
        assert desk.accounts.token_user(token) is None
