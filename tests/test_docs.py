"""Everything a user can use is documented (as sqlite-utils' test_docs): every command in
the guide and, generated from the code, in docs/cli.md; every setting and source kind in
docs/configuration.md; every importance signal in the design notes.  The links between
the pages lead somewhere."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

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
    LLMSettings,
    RSSHubSettings,
    SelectSettings,
    SourceBase,
    StoreSettings,
)

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


GUIDE = _read("guide.md")
CONFIGURATION = _read("configuration.md")
DESIGN = _read("design.md")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        names.extend(f"{name} {sub}" for sub in getattr(command, "commands", {}))
    return names


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_guides_table(command: str) -> None:
    assert f"| `{command}" in GUIDE


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
            ("llm", LLMSettings),
        ]
        for field in model.model_fields
    ]
    + ["timezone", "digests[]", "digests[].select", "sources[]"],
)
def test_every_setting_is_in_the_configuration_reference(key: str) -> None:
    assert f"| `{key}` |" in CONFIGURATION
    assert key.split(".")[0].rstrip("[]") in Config.model_fields


@pytest.mark.parametrize(
    ("key", "field"),
    [("digests[].select", f) for f in SelectSettings.model_fields],
)
def test_every_nested_setting_is_named_in_its_row(key: str, field: str) -> None:
    row = next(line for line in CONFIGURATION.splitlines() if line.startswith(f"| `{key}` |"))
    assert f"`{field}`" in row


def test_every_importance_signal_is_described() -> None:
    section = DESIGN.split("## Stories", 1)[1]
    for signal in ImportanceWeights.model_fields:
        assert signal in section, signal


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_source_kind_has_a_section_with_an_example(kind: str) -> None:
    section = CONFIGURATION.split(f"**`{kind}`**", 1)
    assert len(section) == 2, f"no section for {kind}"
    assert "```yaml" in section[1].split("**`", 1)[0]


@pytest.mark.parametrize("field", sorted(SourceBase.model_fields))
def test_every_common_source_key_is_described(field: str) -> None:
    assert f"`{field}`" in CONFIGURATION


def test_every_command_has_help_with_an_example() -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for sub in [command, *getattr(command, "commands", {}).values()]:
            assert (sub.help and "Example" in sub.help) or name == "sources", sub.name


def _cli_docs_generator() -> ModuleType:
    path = ROOT / "scripts" / "gen_cli_docs.py"
    spec = importlib.util.spec_from_file_location("gen_cli_docs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_docs_script_explains_itself_instead_of_writing_on_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    generator = _cli_docs_generator()
    assert generator.main(["--help"]) == 0
    assert "--check" in capsys.readouterr().out
    assert generator.main(["--chek"]) == 2
    assert "only --check" in capsys.readouterr().err


def test_the_cli_reference_is_up_to_date_with_the_code() -> None:
    generator = _cli_docs_generator()
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == generator.render(), f"docs/cli.md is out of date: run {generator.REFRESH}"


def _anchor(heading: str) -> str:
    """A heading's anchor as GitHub and Hugo make it."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return {_anchor(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_link_between_the_pages_leads_somewhere(page: Path) -> None:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target} does not exist"
        if anchor:
            assert anchor in _anchors(linked), f"{page.name}: no heading for {target}"


def test_the_readme_links_every_page_of_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        assert f"](docs/{page.name})" in readme, page.name


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_no_page_promises_what_is_not_there(page: Path) -> None:
    text = page.read_text(encoding="utf-8").lower()
    for placeholder in ("todo", "tbd", "coming soon", "come next", "lorem"):
        assert placeholder not in text, f"{page.name}: {placeholder!r}"
