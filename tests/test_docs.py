"""Everything a user can use is documented in the README (as sqlite-utils' test_docs)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from newsdesk.cli import app
from newsdesk.collect import KINDS
from newsdesk.config import (
    AssessSettings,
    Config,
    EmbedSettings,
    FetchSettings,
    FulltextSettings,
    GroupSettings,
    HealthSettings,
    ImportanceWeights,
    RSSHubSettings,
    SelectSettings,
    SourceBase,
    StoreSettings,
)

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        names.extend(f"{name} {sub}" for sub in getattr(command, "commands", {}))
    return names


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme_table(command: str) -> None:
    assert f"| `{command}" in README


@pytest.mark.parametrize(
    "key",
    [
        f"{section}.{field}"
        for section, model in [
            ("store", StoreSettings),
            ("fetch", FetchSettings),
            ("fulltext", FulltextSettings),
            ("rsshub", RSSHubSettings),
            ("health", HealthSettings),
            ("embed", EmbedSettings),
            ("group", GroupSettings),
            ("assess", AssessSettings),
        ]
        for field in model.model_fields
    ]
    + ["timezone", "digests[]", "digests[].select", "sources[]"],
)
def test_every_setting_is_in_the_readme_reference(key: str) -> None:
    assert f"| `{key}` |" in README
    assert key.split(".")[0].rstrip("[]") in Config.model_fields


@pytest.mark.parametrize(
    ("key", "field"),
    [("digests[].select", f) for f in SelectSettings.model_fields],
)
def test_every_nested_setting_is_named_in_its_row(key: str, field: str) -> None:
    row = next(line for line in README.splitlines() if line.startswith(f"| `{key}` |"))
    assert f"`{field}`" in row


def test_every_importance_signal_is_described() -> None:
    section = README.split("## Stories", 1)[1]
    for signal in ImportanceWeights.model_fields:
        assert signal in section, signal


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_source_kind_has_a_readme_section_with_an_example(kind: str) -> None:
    section = README.split(f"**`{kind}`**", 1)
    assert len(section) == 2, f"no section for {kind}"
    assert "```yaml" in section[1].split("**`", 1)[0]


@pytest.mark.parametrize("field", sorted(SourceBase.model_fields))
def test_every_common_source_key_is_described(field: str) -> None:
    assert f"`{field}`" in README


def test_every_command_has_help_with_an_example() -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for sub in [command, *getattr(command, "commands", {}).values()]:
            assert (sub.help and "Example" in sub.help) or name == "sources", sub.name
