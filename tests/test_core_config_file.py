"""The desk adds, disables and enables sources in its config file, and a desk that runs
for long sees what another process changed there: the CLI and the server share one
truth, the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import ConfigError, Newsdesk, load_config
from newsdesk.cli import app
from newsdesk.config import Config
from newsdesk.model import HealthStatus

CONFIG = """\
# Our desk (kept in git).
timezone: UTC
sources:
  - id: lab-news
    kind: feed
    url: https://lab.example.com/feed.xml   # the lab's own feed
"""
WIRE = {"kind": "feed", "id": "wire", "name": "The Wire", "url": "https://wire.example.net/rss"}


@pytest.fixture
def config_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("NEWSDESK_CONFIG", "NEWSDESK_DB"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "newsdesk.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def cli_sources(path: Path) -> dict[str, dict[str, object]]:
    listed = CliRunner().invoke(app, ["sources", "--json", "--config", str(path)])
    assert listed.exit_code == 0, listed.output
    return {row["id"]: row for row in json.loads(listed.stdout)}


def test_added_source_is_in_the_desk_the_file_and_the_command_line(config_path: Path) -> None:
    with Newsdesk(load_config(config_path)) as desk:
        status = desk.add_source(WIRE)
        assert [s.id for s in desk.config.sources] == ["lab-news", "wire"]

    assert status.source.label == "The Wire"
    assert status.state is None and status.health.status is HealthStatus.NEVER
    assert "# the lab's own feed" in config_path.read_text("utf-8")
    assert cli_sources(config_path)["wire"]["name"] == "The Wire"


def test_bad_source_is_refused_and_the_desk_keeps_its_config(config_path: Path) -> None:
    with Newsdesk(load_config(config_path)) as desk:
        before = desk.config
        with pytest.raises(ConfigError) as caught:
            desk.add_source({**WIRE, "url": "wire.example.net/rss"})
        assert desk.config is before

    assert caught.value.problems == ["url: 'wire.example.net/rss' is not an http(s) URL"]
    assert config_path.read_text("utf-8") == CONFIG


def test_disable_then_enable_a_source_the_command_line_sees_both(config_path: Path) -> None:
    with Newsdesk(load_config(config_path)) as desk:
        disabled = desk.set_source_enabled("lab-news", False)
        assert desk.config.select_sources() == []
        assert not cli_sources(config_path)["lab-news"]["enabled"]

        enabled = desk.set_source_enabled("lab-news", True)

    assert disabled.health.status is HealthStatus.OFF
    assert enabled.source.enabled and enabled.health.status is HealthStatus.NEVER
    assert cli_sources(config_path)["lab-news"]["enabled"]
    assert config_path.read_text("utf-8") == CONFIG


def test_a_server_sees_a_source_the_command_line_disabled(config_path: Path) -> None:
    with Newsdesk(load_config(config_path)) as server:
        assert not server.reload_config()  # nothing changed yet

        with Newsdesk(load_config(config_path)) as command_line:
            command_line.set_source_enabled("lab-news", False)

        assert server.reload_config()
        assert server.config.source("lab-news").enabled is False
        assert not server.reload_config()


def test_a_file_saved_broken_leaves_the_desk_on_its_last_good_config(config_path: Path) -> None:
    with Newsdesk(load_config(config_path)) as desk:
        config_path.write_text(CONFIG + "  - id: half-typed\n", encoding="utf-8")

        assert not desk.reload_config()
        assert [s.id for s in desk.config.sources] == ["lab-news"]
        assert desk.config_problem is not None
        assert "sources[1].kind: missing" in desk.config_problem

        config_path.write_text(CONFIG + "  - {id: fixed, kind: hackernews}\n", "utf-8")

        assert desk.reload_config()
        assert [s.id for s in desk.config.sources] == ["lab-news", "fixed"]
        assert desk.config_problem is None


def test_a_desk_without_a_config_file_has_nowhere_to_keep_a_source(tmp_path: Path) -> None:
    with Newsdesk(Config(), store_url=f"sqlite:///{tmp_path / 'n.db'}") as desk:
        with pytest.raises(ConfigError, match="not started on a config file"):
            desk.add_source(WIRE)
        assert not desk.reload_config()
