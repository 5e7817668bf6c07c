"""Editions with a lifecycle, driven through the Newsdesk object and the CLI: drafts
refreshed by a run, approved and published revisions never changed, the editor's pin,
drop and move kept across runs, and review before publishing.

The demo's sample day is served and run once per module; each test works on its own
copy of that store.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newsdesk import (
    EditionError,
    EditionStatus,
    EditorAction,
    EditorVerb,
    Newsdesk,
    NotFoundError,
    load_config,
)
from newsdesk.cli import app
from newsdesk.demo import demo_config, load_sample_day, sample_evening, serve_sample

runner = CliRunner()


@dataclass(frozen=True)
class Day:
    folder: Path
    config_path: Path
    review_path: Path
    store: Path
    day: date
    evening: datetime


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Day]:
    """The sample day run once, unpublished; a second config requires review of ai-ribao."""
    sample = load_sample_day()
    folder = tmp_path_factory.mktemp("editions")
    with serve_sample(sample) as server:
        config = demo_config(sample, server.base_url)
        path = folder / "newsdesk.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        config["digests"][0]["review"] = "required"
        review = folder / "review.yaml"
        review.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        evening = sample_evening(sample)
        loaded = load_config(path)
        with Newsdesk(loaded, now=lambda: evening, user="tester") as desk:
            assert desk.run(publish=False).ok
            store = Path(desk.store_url.removeprefix("sqlite:///"))
        yield Day(folder, path, review, store, sample.day, evening)


@pytest.fixture
def copied(served: Day, tmp_path: Path) -> str:
    """A copy of the served day's store, for one test to change."""
    target = tmp_path / "copy.db"
    shutil.copy(served.store, target)
    return f"sqlite:///{target}"


def desk_on(served: Day, url: str, *, review: bool = False) -> Newsdesk:
    config = load_config(served.review_path if review else served.config_path)
    return Newsdesk(config, store_url=url, now=lambda: served.evening, user="tester")


def test_a_run_refreshes_the_draft_in_its_revision(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-ribao")
        assert (before.revision, before.status) == (1, EditionStatus.DRAFT)
        desk.store.record_action(
            EditorAction("ai-ribao", served.day, EditorVerb.DROP, before.lead[0].story_id,
                         None, "tester", served.evening)
        )  # fmt: skip
        assert desk.run(publish=False).ok
        after = desk.edition("ai-ribao")
        written = desk.digest("ai-ribao")
    assert (after.revision, after.status) == (1, EditionStatus.DRAFT)
    assert before.lead[0].story_id not in {e.story_id for e in after.lead + after.more}
    assert written.revision == 1
    assert before.lead[0].story_id not in {e.story_id for e in written.entries}


@pytest.mark.parametrize("status", [EditionStatus.PUBLISHED, EditionStatus.APPROVED])
def test_a_run_never_changes_an_approved_or_published_revision(
    served: Day, copied: str, status: EditionStatus
) -> None:
    with desk_on(served, copied) as desk:
        if status is EditionStatus.PUBLISHED:
            assert {p.status for p in desk.publish(digest="ai-ribao")} == {"published"}
        else:
            desk.approve("ai-ribao")
        first = desk.digest("ai-ribao")
        assert (first.revision, first.status) == (1, status)
        assert desk.run(publish=False).ok  # nothing new: nothing written
        assert desk.digest("ai-ribao") == first
        assert desk.edition("ai-ribao").revision == 1
        dropped = first.entries[0].story_id
        desk.store.record_action(
            EditorAction("ai-ribao", served.day, EditorVerb.DROP, dropped, None, "tester",
                         served.evening)
        )  # fmt: skip
        assert desk.run(publish=False).ok  # new material: a new draft revision
        second = desk.digest("ai-ribao")
        shown = desk.edition("ai-ribao")
        kept = desk.store.all_digests("ai-ribao")
    assert (second.revision, second.status) == (2, EditionStatus.DRAFT)
    assert (shown.revision, shown.status) == (2, EditionStatus.DRAFT)
    assert dropped not in {e.story_id for e in second.entries}
    if status is EditionStatus.PUBLISHED:  # readers keep the published revision
        assert kept == [first]


def test_pin_drop_and_move_are_recorded_and_survive_a_rerun(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        before = desk.edition("ai-daily")
        pinned = next(o.story_id for o in before.left_out if o.reason == "not in the top N")
        dropped = before.lead[1].story_id
        moved = before.lead[5].story_id
        desk.pin(pinned, "ai-daily")
        desk.drop(dropped, "ai-daily")
        after = desk.move(moved, 1, "ai-daily")
        written = desk.digest("ai-daily")
        assert desk.run(publish=False).ok
        again = desk.edition("ai-daily")
    lead = [e.story_id for e in after.lead]
    assert lead[0] == moved and pinned in lead and dropped not in lead
    assert len(lead) == len(before.lead)
    assert next(o for o in after.left_out if o.story_id == dropped).why.startswith(
        "dropped by tester"
    )
    assert next(e for e in after.lead if e.story_id == pinned).reason == "pinned"
    entries = {e.story_id for e in written.entries}  # the draft was written again
    assert pinned in entries and dropped not in entries
    assert [(a.verb, a.who) for a in after.actions] == [
        (EditorVerb.PIN, "tester"),
        (EditorVerb.DROP, "tester"),
        (EditorVerb.MOVE, "tester"),
    ]
    assert [e.story_id for e in again.lead] == lead
    assert again.revision == 1


def test_an_action_on_a_published_day_starts_a_new_draft(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        desk.publish(digest="ai-ribao")
        first = desk.digest("ai-ribao")
        after = desk.drop(first.entries[-1].story_id, "ai-ribao")
        assert (after.revision, after.status) == (2, EditionStatus.DRAFT)
        assert desk.store.all_digests("ai-ribao") == [first]
        [again] = desk.publish(digest="ai-ribao")  # review is none: the new draft goes out
        second = desk.digest("ai-ribao")
    assert again.status == "published"
    assert (second.revision, second.status) == (2, EditionStatus.PUBLISHED)


def test_an_unknown_story_or_place_is_refused(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        with pytest.raises(NotFoundError, match="not among the ai-ribao candidates"):
            desk.pin("s000", "ai-ribao")
        lead = desk.edition("ai-ribao").lead[0].story_id
        with pytest.raises(EditionError, match="places 1 to 12"):
            desk.move(lead, 13, "ai-ribao")


def test_review_required_blocks_publish_until_approved(served: Day, copied: str) -> None:
    with desk_on(served, copied, review=True) as desk:
        summary = desk.run()
        assert summary.ok and summary.publications == ()  # run stops at the draft
        [waiting] = desk.publish(digest="ai-ribao")
        assert waiting.status == "awaiting approval"
        assert "newsdesk edition approve --digest ai-ribao" in (waiting.error or "")
        approved = desk.approve("ai-ribao")
        assert approved.status is EditionStatus.APPROVED
        [published] = desk.publish(digest="ai-ribao")
        assert published.status == "published"
        assert desk.edition("ai-ribao").status is EditionStatus.PUBLISHED
        with pytest.raises(EditionError, match="already published"):
            desk.approve("ai-ribao")


def test_a_digest_awaiting_approval_does_not_hold_back_the_others(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = yaml.safe_load(served.review_path.read_text(encoding="utf-8"))
    config["digests"][1]["publish"] = [{"id": "daily-files", "kind": "files", "dir": "daily"}]
    path = tmp_path / "both.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with Newsdesk(load_config(path), store_url=copied, now=lambda: served.evening) as desk:
        results = {(p.digest, p.status) for p in desk.publish()}
    assert results == {("ai-ribao", "awaiting approval"), ("ai-daily", "published")}


# -- the CLI -------------------------------------------------------------------------


def cli(served: Day, url: str, *args: str, review: bool = False) -> list[str]:
    config = served.review_path if review else served.config_path
    return ["--config", str(config), "--db", url, *args, "--date", served.day.isoformat()]


def test_cli_edition_show_json_keeps_its_keys(served: Day, copied: str) -> None:
    result = runner.invoke(app, cli(served, copied, "edition", "show", "--json"))
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert list(shown) == ["digest", "date", "revision", "status", "lead", "more", "left_out"]
    assert (shown["digest"], shown["revision"], shown["status"]) == ("ai-ribao", 1, "draft")
    assert {"story", "headline", "why"} <= set(shown["lead"][0])
    assert set(shown["left_out"][0]) == {"story", "why"}
    text = runner.invoke(app, cli(served, copied, "edition", "show", "--digest", "ai-daily"))
    assert "ai-daily 2026-05-14 — revision 1, draft" in text.output


def test_cli_pin_drop_move_print_the_edition(served: Day, copied: str) -> None:
    shown = json.loads(runner.invoke(app, cli(served, copied, "edition", "show", "--json")).output)
    first, second = shown["lead"][0]["story"], shown["lead"][1]["story"]
    out = shown["left_out"][0]["story"]
    pinned = runner.invoke(app, cli(served, copied, "edition", "pin", out))
    assert pinned.exit_code == 0, pinned.output
    assert f"{out}" in pinned.output and "pinned by" in pinned.output
    dropped = runner.invoke(app, cli(served, copied, "edition", "drop", first))
    assert dropped.exit_code == 0 and f"drop {first}" in dropped.output
    moved = runner.invoke(app, cli(served, copied, "edition", "move", second, "--to", "3"))
    assert moved.exit_code == 0 and f"move {second} to 3" in moved.output
    bad = runner.invoke(app, cli(served, copied, "edition", "pin", "s000"))
    assert bad.exit_code == 2 and "not among" in bad.output


def test_cli_publish_refuses_then_approve_lets_it_through(served: Day, copied: str) -> None:
    refused = runner.invoke(app, cli(served, copied, "publish", review=True))
    assert refused.exit_code == 1
    assert "newsdesk edition approve --digest ai-ribao --date 2026-05-14" in refused.output
    approved = runner.invoke(app, cli(served, copied, "edition", "approve", review=True))
    assert approved.exit_code == 0 and "Approved ai-ribao 2026-05-14 revision 1" in approved.output
    published = runner.invoke(app, cli(served, copied, "publish", review=True))
    assert published.exit_code == 0, published.output
