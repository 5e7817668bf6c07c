"""A folder newsdesk cannot write is said by where and why, not as ``[Errno 20] …``."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk._oswords import OsReason, os_problem, os_reason
from newsdesk.cli import app
from newsdesk.config import load_config
from newsdesk.core import open_newsdesk
from newsdesk.exceptions import ConfigError, NewsdeskError


def test_a_path_through_a_file_names_the_file_that_is_no_folder(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(OSError) as raised:
        (tmp_path / "out" / "daily" / "2026-05-14").mkdir(parents=True)

    said = os_problem(raised.value)

    where = tmp_path / "out" / "daily" / "2026-05-14"
    assert said == f"{where}: {tmp_path / 'out'} is a file, not a folder"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "newsdesk may not write there"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_a_refusal_is_said_in_words_with_its_path(code: int, words: str) -> None:
    said = os_problem(OSError(code, "system words", "/srv/desk/site"))

    assert said.startswith("/srv/desk/site: ") and words in said and "Errno" not in said


def test_an_error_the_words_do_not_know_keeps_the_systems_own(tmp_path: Path) -> None:
    assert os_problem(OSError(errno.EIO, "Input/output error", "/x")) == "/x: Input/output error"
    assert os_problem(OSError("no path at all")) == "no path at all"


def test_building_the_site_into_a_path_through_a_file_says_which_file(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("", encoding="utf-8")
    config = tmp_path / "newsdesk.yaml"
    config.write_text("sources: []\nsite: {dir: blocker/site}\n", encoding="utf-8")

    with open_newsdesk(config) as desk, pytest.raises(NewsdeskError) as raised:
        desk.build_site()

    assert str(raised.value).startswith("Could not write the site: ")
    assert f"{tmp_path / 'blocker'} is a file, not a folder" in str(raised.value)
    assert "Errno" not in str(raised.value)


def test_a_site_folder_written_with_dot_dot_or_a_tilde_is_named_as_the_folder_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "/srv/desk/../blocker/site" and "~/blocker/site" are said as the folder they are."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for blocker in (tmp_path / "blocker", tmp_path / "home" / "blocker"):
        blocker.parent.mkdir(exist_ok=True)
        blocker.write_text("", encoding="utf-8")
    (tmp_path / "desk").mkdir()
    config = tmp_path / "desk" / "newsdesk.yaml"
    for written, blocker in (
        ("../blocker/site", tmp_path / "blocker"),
        ("~/blocker/site", tmp_path / "home" / "blocker"),
    ):
        config.write_text(f"sources: []\nsite: {{dir: {written}}}\n", encoding="utf-8")
        with open_newsdesk(config) as desk, pytest.raises(NewsdeskError) as raised:
            desk.build_site()

        said = str(raised.value)
        assert f"{blocker / 'site'}" in said and f"{blocker} is a file, not a folder" in said
        assert ".." not in said and "~" not in said


def test_making_a_folder_where_a_file_is_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "blog").write_text("", encoding="utf-8")
    with pytest.raises(OSError) as raised:
        (tmp_path / "blog").mkdir(parents=True, exist_ok=True)

    assert os_problem(raised.value) == f"{tmp_path / 'blog'} is a file, not a folder"


def test_init_into_a_folder_that_is_a_file_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "File exists", about a file the user did not name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blog").write_text("", encoding="utf-8")

    result = CliRunner().invoke(app, ["init", "blog/newsdesk.yaml"])

    assert result.exit_code == 1
    assert "Cannot write blog/newsdesk.yaml: blog is a file, not a folder" in result.output


def test_a_config_path_through_a_file_names_the_file_not_an_errno(tmp_path: Path) -> None:
    (tmp_path / "blog").write_text("", encoding="utf-8")

    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "blog" / "newsdesk.yaml")

    assert str(raised.value) == (
        f"Cannot read the config file {tmp_path / 'blog' / 'newsdesk.yaml'}: "
        f"{tmp_path / 'blog'} is a file, not a folder."
    )


def test_a_path_the_callers_words_already_name_is_not_said_twice(tmp_path: Path) -> None:
    target = tmp_path / "ro" / "newsdesk.yaml"
    err = PermissionError(errno.EACCES, "Permission denied", str(target))
    assert str(target) not in os_problem(err, target)
    assert str(target) in os_problem(err)
    assert str(target) in os_problem(err, tmp_path / "elsewhere")


def test_the_words_read_back_into_their_kind_and_path_and_no_others() -> None:
    full = os_problem(OSError(errno.ENOSPC, "No space left on device", "/srv/site/x.html"))

    assert os_reason(full) == OsReason("full", "/srv/site/x.html")
    assert os_reason("the disk there is read-only") == OsReason("read_only")
    assert os_reason("/srv/out/daily: /srv/out is a file, not a folder") == OsReason(
        "file", "/srv/out/daily", "/srv/out"
    )
    assert os_reason("/x: Input/output error") is None
