"""Adding, disabling and enabling a source in newsdesk.yaml: the file's own text changes
at the place of the change and nowhere else, and a bad change leaves it untouched."""

from __future__ import annotations

import errno
import os
import threading
from importlib import resources
from pathlib import Path

import pytest

from newsdesk.config import add_source, file_stamp, load_config, set_source_enabled
from newsdesk.exceptions import ConfigError, SourceTakenError

ENV = {"RSSHUB_INSTANCE": "https://rsshub.example.org", "TOKEN": "secret"}

HEAD = """\
# The team's desk: reviewed in git, so every change shows in a diff.
timezone: Asia/Shanghai

rsshub:
  instance: ${RSSHUB_INSTANCE}   # self-hosted

sources:
  # ---- labs ----
  - id: lab-news
    name: Lab News
    kind: feed
    url: https://lab.example.com/feed.xml   # their only feed
    tags: [en, lab]
  - id: private-feed
    kind: feed
    url: https://private.example.com/rss
    headers:
      Authorization: "Bearer ${TOKEN}"
    # url: https://private.example.com/old-rss
"""
TAIL = """
# ---- editions ----
digests:
  - name: daily
    title: Daily
    sources: [lab-news]
"""
NEW = {
    "kind": "feed",
    "id": "wire",
    "name": "The Wire: AI",
    "url": "https://wire.example.net/ai.rss",
}
NEW_BLOCK = """\
  - id: wire
    name: 'The Wire: AI'
    kind: feed
    url: https://wire.example.net/ai.rss
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(HEAD + TAIL, encoding="utf-8")
    return path


def test_added_source_is_the_lists_last_item_and_nothing_else_changes(config_file: Path) -> None:
    config = add_source(config_file, NEW, env=ENV)

    assert config_file.read_text(encoding="utf-8") == HEAD + NEW_BLOCK + TAIL
    assert [s.id for s in config.sources] == ["lab-news", "private-feed", "wire"]
    assert config.source("wire").label == "The Wire: AI"
    assert config.path == config_file


def test_env_references_are_written_back_as_references_never_their_values(
    config_file: Path,
) -> None:
    add_source(config_file, NEW, env=ENV)

    text = config_file.read_text(encoding="utf-8")
    assert "${RSSHUB_INSTANCE}" in text and "${TOKEN}" in text
    assert "secret" not in text and "rsshub.example.org" not in text


def test_added_source_follows_the_lists_own_indentation(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text("sources:\n- id: a\n  kind: feed\n  url: https://a.example/f\n", "utf-8")

    add_source(path, {"kind": "hackernews", "id": "hn"}, env={})

    assert path.read_text("utf-8").endswith(
        "url: https://a.example/f\n- id: hn\n  kind: hackernews\n"
    )


HN = "  - id: hn\n    kind: hackernews\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("timezone: UTC\n", "timezone: UTC\nsources:\n" + HN),
        ("timezone: UTC", "timezone: UTC\nsources:\n" + HN),
        ("sources: []  # none yet\ntimezone: UTC\n",
         "sources:  # none yet\n" + HN + "timezone: UTC\n"),
        ("sources: [{id: a, kind: hackernews}]\n",
         "sources: [{id: a, kind: hackernews}, {id: hn, kind: hackernews}]\n"),
    ],
    ids=["no-list", "no-final-newline", "empty-flow-list", "flow-list"],
)  # fmt: skip
def test_source_is_added_to_a_missing_empty_or_flow_list(
    tmp_path: Path, before: str, after: str
) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text(before, "utf-8")

    add_source(path, {"kind": "hackernews", "id": "hn"}, env={})

    assert path.read_text("utf-8") == after


def test_source_after_a_block_text_lands_after_it(tmp_path: Path) -> None:
    text = "sources:\n  - id: a\n    kind: jsonl\n    path: a.jsonl\n    name: |\n      A\n\n#\n"
    path = tmp_path / "newsdesk.yaml"
    path.write_text(text, "utf-8")

    add_source(path, {"kind": "hackernews", "id": "hn"}, env={})

    assert path.read_text("utf-8") == text.replace(
        "A\n", "A\n  - id: hn\n    kind: hackernews\n", 1
    )


def test_invalid_source_is_refused_by_its_keys_and_the_file_left_untouched(
    config_file: Path,
) -> None:
    before = config_file.read_bytes()

    with pytest.raises(ConfigError) as caught:
        add_source(config_file, {**NEW, "url": "htp:/wire"}, env=ENV)

    assert caught.value.problems == ["url: 'htp:/wire' is not an http(s) URL"]
    assert str(caught.value).startswith("The source was not added:")
    assert config_file.read_bytes() == before


def test_unknown_kind_and_misspelt_key_are_refused_in_the_configs_words(
    config_file: Path,
) -> None:
    with pytest.raises(ConfigError) as kind:
        add_source(config_file, {"kind": "podcast", "id": "p"}, env=ENV)
    with pytest.raises(ConfigError) as key:
        add_source(config_file, {**NEW, "wieght": 2}, env=ENV)

    assert kind.value.problems[0].startswith("kind: 'podcast' is not a source kind; expected")
    assert key.value.problems == ["wieght: unknown key (did you mean 'weight'?)"]


def test_duplicate_id_is_refused_naming_the_source_that_has_it(config_file: Path) -> None:
    before = config_file.read_bytes()

    with pytest.raises(SourceTakenError) as caught:
        add_source(config_file, {**NEW, "id": "lab-news"}, env=ENV)

    assert str(caught.value).startswith(
        f"No source was added: {config_file} already has a source with the id 'lab-news' ("
    )
    assert "appears twice" not in str(caught.value)
    assert config_file.read_bytes() == before


def test_source_naming_an_environment_variable_is_refused(config_file: Path) -> None:
    before = config_file.read_bytes()
    leaky = {**NEW, "url": "https://collector.example/?k=${TOKEN}"}

    with pytest.raises(ConfigError) as caught:
        add_source(config_file, leaky, env=ENV)

    [problem] = caught.value.problems
    assert problem.startswith("url: ") and "names an environment variable" in problem
    assert config_file.read_bytes() == before


def test_empty_fields_are_left_to_their_defaults(config_file: Path) -> None:
    config = add_source(config_file, {**NEW, "name": "", "language": None}, env=ENV)

    assert "name:" not in config_file.read_text("utf-8").split("id: wire")[1].split("#")[0]
    assert config.source("wire").language == "auto"


def test_disable_then_enable_gives_back_the_file_byte_for_byte(config_file: Path) -> None:
    before = config_file.read_bytes()

    disabled = set_source_enabled(config_file, "lab-news", False, env=ENV)
    written = config_file.read_text("utf-8")
    enabled = set_source_enabled(config_file, "lab-news", True, env=ENV)

    assert written == (HEAD + TAIL).replace(
        "  - id: lab-news\n", "  - id: lab-news\n    enabled: false\n"
    )
    assert disabled.source("lab-news").enabled is False
    assert enabled.source("lab-news").enabled is True
    assert config_file.read_bytes() == before


def test_enabling_keeps_a_commented_enabled_line_with_its_comment(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    text = "sources:\n  - id: a\n    kind: hackernews\n    enabled: false   # needs a token\n"
    path.write_text(text, "utf-8")

    set_source_enabled(path, "a", True, env={})

    assert path.read_text("utf-8") == text.replace("false", "true")


def test_disabling_and_enabling_a_flow_style_source(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text("sources:\n  - {id: a, kind: hackernews}\n", "utf-8")

    config = set_source_enabled(path, "a", False, env={})
    written = path.read_text("utf-8")
    set_source_enabled(path, "a", True, env={})

    assert written == "sources:\n  - {enabled: false, id: a, kind: hackernews}\n"
    assert config.source("a").enabled is False
    assert path.read_text("utf-8") == "sources:\n  - {id: a, kind: hackernews}\n"


def test_disabling_a_source_already_disabled_changes_nothing(config_file: Path) -> None:
    set_source_enabled(config_file, "lab-news", False, env=ENV)
    stamp = file_stamp(config_file)

    set_source_enabled(config_file, "lab-news", False, env=ENV)

    assert file_stamp(config_file) == stamp


def test_unknown_source_is_refused(config_file: Path) -> None:
    with pytest.raises(ConfigError, match="No source 'nope' in the config"):
        set_source_enabled(config_file, "nope", False, env=ENV)


def test_a_file_that_is_already_invalid_is_left_for_its_owner_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_text("fetch: {timout: 3}\n", "utf-8")

    with pytest.raises(ConfigError) as caught:
        add_source(path, NEW, env={})

    assert "Fix the file first; nothing was changed." in str(caught.value)
    assert caught.value.problems == ["fetch.timout: unknown key (did you mean 'timeout'?)"]


def test_windows_line_endings_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_bytes(b"# desk\r\nsources:\r\n  - id: a\r\n    kind: hackernews\r\n")

    add_source(path, {"kind": "hackernews", "id": "hn"}, env={})

    assert path.read_bytes() == (
        b"# desk\r\nsources:\r\n  - id: a\r\n    kind: hackernews\r\n"
        b"  - id: hn\r\n    kind: hackernews\r\n"
    )


def test_a_symlinked_config_is_changed_where_it_lives(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "newsdesk.yaml"
    real.parent.mkdir()
    real.write_text("sources: []\n", "utf-8")
    link = tmp_path / "newsdesk.yaml"
    link.symlink_to(real)

    add_source(link, {"kind": "hackernews", "id": "hn"}, env={})

    assert link.is_symlink()
    assert "id: hn" in real.read_text("utf-8")


def test_the_files_permissions_are_kept(config_file: Path) -> None:
    config_file.chmod(0o640)

    set_source_enabled(config_file, "lab-news", False, env=ENV)

    assert config_file.stat().st_mode & 0o777 == 0o640
    assert not [p for p in config_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_file_mounted_alone_is_written_in_place(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(src: str, dst: str) -> None:  # renaming over a bind-mounted file
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))

    monkeypatch.setattr(os, "replace", busy)
    inode = config_file.stat().st_ino

    set_source_enabled(config_file, "lab-news", False, env=ENV)

    assert config_file.stat().st_ino == inode
    assert load_config(config_file, ENV).source("lab-news").enabled is False
    assert not [p for p in config_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_changes_at_once_from_several_desks_all_land(config_file: Path) -> None:
    def add(n: int) -> None:
        add_source(config_file, {"kind": "hackernews", "id": f"hn-{n}"}, env=ENV)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    ids = {s.id for s in load_config(config_file, ENV).sources}
    assert ids >= {f"hn-{n}" for n in range(6)}


def test_a_change_gives_the_file_a_new_stamp(config_file: Path) -> None:
    loaded = load_config(config_file, ENV)

    add_source(config_file, NEW, env=ENV)

    assert loaded.stamp is not None and file_stamp(config_file) != loaded.stamp


@pytest.mark.parametrize("source_id", ["qbitai", "reddit-localllama-scores", "x-karpathy"])
def test_the_starter_file_comes_back_byte_for_byte_after_a_toggle_and_back(
    tmp_path: Path, source_id: str
) -> None:
    path = tmp_path / "newsdesk.yaml"
    path.write_bytes(resources.files("newsdesk").joinpath("starter.yaml").read_bytes())
    before = path.read_bytes()
    enabled = load_config(path).source(source_id).enabled

    set_source_enabled(path, source_id, not enabled)
    changed = path.read_bytes()
    set_source_enabled(path, source_id, enabled)

    assert changed != before and path.read_bytes() == before
