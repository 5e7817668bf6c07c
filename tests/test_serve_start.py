"""`newsdesk serve` says it is starting before the seconds its imports take."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdesk.cli import SERVE_STARTING, app


class _SlowWeb(types.ModuleType):
    """Stands for ``newsdesk.web``: marks on stderr when it is imported and when its
    server would listen."""

    def __getattr__(self, name: str) -> Any:
        if name != "serve":
            raise AttributeError(name)
        sys.stderr.write("[web imported]\n")

        def serve(desk: object, *, host: str, port: int) -> None:
            sys.stderr.write(f"[listening on {host}:{port}]\n")

        return serve


def test_serve_says_it_is_starting_before_the_web_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "newsdesk.web", _SlowWeb("newsdesk.web"))
    (tmp_path / "newsdesk.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    args = ["--config", str(tmp_path / "newsdesk.yaml"), "--db", str(tmp_path / "n.db")]

    result = CliRunner().invoke(app, [*args, "serve", "--port", "18850"])

    assert result.exit_code == 0, result.output
    said = result.stderr
    assert said.startswith("Starting the desk server…")
    assert said.index("Starting") < said.index("[web imported]") < said.index("[listening")
    assert result.stdout == ""


def test_a_chinese_desk_is_told_in_the_logs_english_that_its_server_is_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first line is in English as the server's log after it, whatever the desk's
    language (its pages' and alerts')."""
    monkeypatch.setitem(sys.modules, "newsdesk.web", _SlowWeb("newsdesk.web"))
    (tmp_path / "newsdesk.yaml").write_text(
        "timezone: UTC\ndigests:\n  - {name: ribao, title: AI 日报, language: zh}\n",
        encoding="utf-8",
    )
    args = ["--config", str(tmp_path / "newsdesk.yaml"), "--db", str(tmp_path / "n.db")]

    result = CliRunner().invoke(app, [*args, "serve", "--port", "18851"])

    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(SERVE_STARTING)
    assert result.stderr.index("Starting the desk") < result.stderr.index("[web imported]")


def test_a_config_mistake_is_said_before_the_server_starts(tmp_path: Path) -> None:
    (tmp_path / "newsdesk.yaml").write_text("timezone: Mars/Olympus\n", encoding="utf-8")

    result = CliRunner().invoke(app, ["--config", str(tmp_path / "newsdesk.yaml"), "serve"])

    assert result.exit_code == 2
    assert "Starting" not in result.stderr and "Mars/Olympus" in result.stderr
