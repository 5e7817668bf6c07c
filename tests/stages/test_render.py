"""render: each verified digest's folder: its JSON, its verification and its Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.config import Config
from newsdesk.exceptions import NewsdeskError
from newsdesk.stages.render import Render, Rendered
from newsdesk.stages.verify import Verify
from newsdesk.stages.write import Write
from newsdesk.store import SqlStore

from .seeded_day import EVENING, SELECTED, context, run, through

VERIFIED = (*SELECTED, Write(), Verify())


def test_each_digest_gets_its_folder_of_files(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    ctx = through(VERIFIED, context(day_store, config))

    result = run(Render(), ctx)

    folder = tmp_path / "output" / "daily" / EVENING.date().isoformat()
    assert isinstance(result.output, Rendered)
    [written] = result.output.written
    assert written.folder == str(folder)
    assert written.files == (str(folder / "brief.md"),)  # the digest's style; no cover
    assert result.counts == {"digests": 1, "files": 1}
    assert json.loads((folder / "digest.json").read_text(encoding="utf-8"))["name"] == "daily"
    assert (folder / "verification.json").exists()
    assert "Kestrel-4" in (folder / "brief.md").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_fails_with_the_reason(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    ctx = through(VERIFIED, context(day_store, config))
    (tmp_path / "output").write_text("a file where the folder goes", encoding="utf-8")

    with pytest.raises(NewsdeskError, match="Could not write the digest files"):
        run(Render(), ctx)
