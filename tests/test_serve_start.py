"""`newsdesk serve` says it is starting before the seconds its imports take."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app


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
