"""The Newsdesk's actions for the desk server, driven directly on the sample day: the
digests and their days, a day as its review desk shows it, an entry edited from its
parts or written again by the LLM, the channels, the sources' days, and runs read back
from the store while they go."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from editor.chat_server import ChatServer, answer, failure
from newsdesk import (
    ConfigError,
    EditionError,
    EditionStatus,
    Newsdesk,
    NotFoundError,
    RunningError,
    RunStatus,
    load_config,
)
from newsdesk.cli import app
from newsdesk.exceptions import LLMError
from newsdesk.model import Outcome, Placement
from sample_day import Day, Gate, desk_on


def test_each_digest_comes_with_its_latest_day(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        digests = desk.configured_digests()
        days = desk.editions("ai-ribao")
    assert [(d.digest.name, d.digest.language) for d in digests] == [
        ("ai-ribao", "zh"),
        ("ai-daily", "en"),
    ]
    assert {(d.latest.day, d.latest.revision, d.latest.status) for d in digests if d.latest} == {
        (served.day, 1, EditionStatus.DRAFT)
    }
    assert [(e.day, e.revision, len(e.lead)) for e in days] == [(served.day, 1, 12)]


def test_the_review_desk_sees_each_candidate_with_its_score_reports_and_why(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        detail = desk.edition_detail("ai-ribao")
    view, written = detail.view, detail.digest
    assert written is not None and written.revision == view.revision
    assert {e.story_id for e in written.entries} == {e.story_id for e in view.lead}
    ranks = [c.decision.rank for c in detail.candidates]
    assert ranks == sorted(ranks) and len(ranks) > len(view.lead) + len(view.more)
    lead = [c for c in detail.candidates if c.decision.placement is Placement.LEAD]
    assert {c.ranked.story.id for c in lead} == {e.story_id for e in view.lead}
    first = lead[0]
    assert first.ranked.breakdown and first.decision.detail
    assert len(first.reports) == first.ranked.story.item_count
    assert all(r.publisher and r.language in ("zh", "en") for r in first.reports)
    assert all(r.published is not None for r in first.reports)


def test_an_entry_edited_from_its_parts_is_checked_and_saved_only_when_kept(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-daily").lead[0].story_id
        invented = "It raised 987 million dollars, far more than anyone thought."
        refused = desk.edit_entry_text(story, {"summary": invented}, digest="ai-daily")
        kept = desk.edit_entry_text(
            story, {"summary": invented}, digest="ai-daily", keep_unsupported=True
        )
        written = desk.digest("ai-daily")
    assert not refused.saved and refused.why_not == "a claim its sources do not support"
    [claim] = refused.unsupported
    assert (claim.where, claim.claim.text, claim.claim.sentence) == (
        "summary", "987 million dollars", invented.split(",")[0] + ", far more than anyone thought."
    )  # fmt: skip
    assert refused.text is not None and refused.text.summary == invented
    assert kept.saved and kept.text == refused.text
    entry = next(e for e in written.entries if e.story_id == story)
    assert (entry.summary, entry.written_by) == (invented, "editor")
    assert entry.headline == refused.edition.lead[0].headline  # the parts not given kept


def test_a_more_news_line_is_edited_by_its_own_parts(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        line = desk.edition("ai-daily").more[0]
        with pytest.raises(EditionError, match="'summary' is not a part of this entry"):
            desk.edit_entry_text(line.story_id, {"summary": "x"}, digest="ai-daily")
        same = desk.edit_entry_text(line.story_id, {"line": line.headline}, digest="ai-daily")
    assert (same.saved, same.why_not) == (False, "the text is unchanged")


def test_regenerating_an_entry_without_an_llm_says_so(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-daily").lead[0].story_id
        with pytest.raises(EditionError, match="no LLM is configured"):
            desk.regenerate_entry(story, digest="ai-daily")


def _with_llm(served: Day, folder: Path, base_url: str) -> Path:
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["llm"] = {"base_url": base_url, "model": "test-model", "concurrency": 1}
    path = folder / "llm.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_regenerating_an_entry_asks_the_llm_afresh_and_keeps_what_the_sources_support(
    served: Day, copied: str, tmp_path: Path
) -> None:
    with ChatServer() as chat:
        path = _with_llm(served, tmp_path, chat.base_url)
        with Newsdesk(load_config(path), store_url=copied, now=lambda: served.evening) as desk:
            entry = desk.digest("ai-daily").entries[0]
            reply = {
                "headline": entry.headline,
                "summary": entry.headline + ".",
                "insights": ["Rivals will have to answer it before long."],
                "impact": "",
            }
            invented = reply | {"summary": "Sales rose 4321 percent overnight."}
            # writing the day again after the first is saved: refused, the rest offline
            refused_key = failure(401, "no key")
            chat.script(answer(json.dumps(reply)), refused_key, answer(json.dumps(invented)))
            saved = desk.regenerate_entry(entry.story_id, digest="ai-daily")
            refused = desk.regenerate_entry(entry.story_id, digest="ai-daily")
            again = desk.digest("ai-daily")
    assert saved.saved and saved.text is not None
    assert saved.text.insights == ("Rivals will have to answer it before long.",)
    told = next(e for e in again.entries if e.story_id == entry.story_id)
    assert told.insights == saved.text.insights
    assert not refused.saved and [c.claim.text for c in refused.unsupported] == ["4321 percent"]
    assert refused.text is not None and refused.text.summary == invented["summary"]
    assert len(chat.bodies) == 3  # asked each time, never answered from the cache


def test_regenerating_an_entry_the_llm_cannot_write_is_an_llm_error(
    served: Day, copied: str, tmp_path: Path
) -> None:
    with ChatServer() as chat:
        path = _with_llm(served, tmp_path, chat.base_url)
        chat.script(answer("not json"), answer("still not json"))
        with Newsdesk(load_config(path), store_url=copied, now=lambda: served.evening) as desk:
            story = desk.digest("ai-daily").entries[0].story_id
            with pytest.raises(LLMError, match="The LLM did not write it again"):
                desk.regenerate_entry(story, digest="ai-daily")


def test_channels_say_what_each_will_receive_and_what_each_received(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        [before] = desk.channels("ai-ribao")
        [published] = desk.publish(digest="ai-ribao", channel=["hugo"])
        [after] = desk.channels("ai-ribao")
        assert desk.channels("ai-daily") == []
    assert (before.channel, before.kind, before.revision) == ("hugo", "files", 1)
    assert before.waiting == ""
    assert [p.state for p in before.parts] == ["new"]
    assert "\n" in before.parts[0].part.text  # a whole post: its Markdown
    assert (before.publication, before.messages) == (None, ())
    assert published.status == "published"
    assert [p.state for p in after.parts] == ["sent"] and after.version == before.version
    assert after.publication is not None and after.publication.revision == 1
    assert [(m.revision, m.state) for m in after.messages] == [(1, "sent")]


def test_a_draft_awaiting_approval_is_what_its_channels_wait_for(served: Day, copied: str) -> None:
    with desk_on(served, copied, review=True) as desk:
        [waiting] = desk.channels("ai-ribao")
        desk.approve("ai-ribao")
        [ready] = desk.channels("ai-ribao")
    assert waiting.waiting == "awaiting approval: revision 1 is a draft"
    assert ready.waiting == ""


def test_sources_count_their_items_on_the_days_they_were_published(
    served: Day, copied: str
) -> None:
    """The sample's items were all first seen when the tests ran it (today, by the real
    clock), but published on 2026-05-14 and the days before: the chart counts each on
    its own day, so on the sample evening they spread back from its last bar, and thirty
    days after it has none."""
    config = load_config(served.config_path)
    with Newsdesk(config, store_url=copied, now=lambda: served.evening) as desk:
        sources = desk.sources(days=30)
        plain = desk.sources()
        stored = desk.store.count_items()
    with Newsdesk(
        config, store_url=copied, now=lambda: served.evening + timedelta(days=31)
    ) as desk:
        later = desk.sources(days=30)
    assert all(len(s.daily) == 30 for s in sources)
    assert 0 < sum(s.daily[-1] for s in sources) < sum(sum(s.daily) for s in sources) <= stored
    assert sum(sum(s.daily) for s in later) == 0
    assert all(s.daily == () for s in plain)


def test_one_source_is_checked_without_storing_anything(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        source = desk.config.sources[0].id
        before = desk.store.count_items()
        report = desk.check_source(source)
        assert desk.store.count_items() == before
        with pytest.raises(NotFoundError, match="No source 'nope'"):
            desk.check_source("nope")
    assert (report.source_id, report.outcome) == (source, Outcome.OK) and report.entries > 0


def test_the_run_history_has_each_runs_day_plan_and_stages(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        [run] = desk.runs()
        assert desk.run_record(run.id) == run
        assert desk.day_run("ai-daily") == run
        with pytest.raises(NotFoundError, match="No run of ai-daily for"):
            desk.day_run("ai-daily", served.day - timedelta(days=1))
        with pytest.raises(NotFoundError, match="No run 999"):
            desk.run_record(999)
    assert (run.status, run.day, run.digests) == (RunStatus.OK, served.day, ())
    assert [s.stage for s in run.stages] == list(run.plan)
    assert run.plan[0] == "collect" and "publish" not in run.plan
    assert run.stages[0].counts


def test_a_run_started_in_the_background_is_read_back_as_it_goes(served: Day, copied: str) -> None:
    gate = Gate()
    config = load_config(served.config_path)
    with Newsdesk(config, store_url=copied, now=lambda: served.evening, progress=gate) as desk:
        started = desk.start_run(digest="ai-daily", publish=False)
        assert gate.reached.wait(60)
        going = desk.run_record(started.run_id)
        with pytest.raises(RunningError, match=f"The run of ai-daily for {served.day}"):
            desk.start_run(digest="ai-ribao")
        assert desk.running() == started.run_id
        gate.go.set()
        assert desk.wait_for_runs(60)
        done = desk.day_run("ai-daily")
        assert desk.running() is None
    assert (started.digest, started.day, started.publish) == ("ai-daily", served.day, False)
    assert going.status is RunStatus.RUNNING and going.digests == ("ai-daily",)
    assert [s.stage for s in going.stages] == list(going.plan[: going.plan.index("write")])
    assert (done.id, done.status) == (started.run_id, RunStatus.OK)
    assert [s.stage for s in done.stages] == list(done.plan)


def test_a_background_run_of_a_day_to_come_is_refused_before_it_starts(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        with pytest.raises(ConfigError, match="still to come"):
            desk.start_run(day=served.day + timedelta(days=1))
        assert desk.running() is None and len(desk.runs()) == 1


def test_actions_taken_acting_as_an_editor_are_recorded_as_theirs(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        lead = desk.edition("ai-daily").lead
        with desk.acting_as("alice"):
            desk.drop(lead[1].story_id, "ai-daily")
        view = desk.drop(lead[2].story_id, "ai-daily")
    assert [(a.who, a.story_id) for a in view.actions] == [
        ("alice", lead[1].story_id),
        ("tester", lead[2].story_id),
    ]


def test_a_demoted_story_is_in_more_news_on_this_and_every_later_run(
    served: Day, copied: str
) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-daily").lead[0]
        after = desk.demote(story.story_id, "ai-daily")
        written = desk.digest("ai-daily")
        assert desk.run(publish=False).ok
        again = desk.edition("ai-daily")
    assert after.more[0].story_id == story.story_id
    assert after.more[0].reason == "demoted" and after.more[0].why.startswith("moved to more")
    assert story.story_id not in {e.story_id for e in after.lead} and len(after.lead) == 12
    assert story.story_id in {m.story_id for m in written.more}
    assert story.story_id in {e.story_id for e in again.more}


def test_demote_on_the_command_line_prints_the_edition(served: Day, copied: str) -> None:
    with desk_on(served, copied) as desk:
        story = desk.edition("ai-daily").lead[0].story_id
    args = ["--config", str(served.config_path), "--db", copied, "edition", "demote", story,
            "--digest", "ai-daily", "--date", served.day.isoformat(), "--json"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["more"][0] == shown["more"][0] | {"story": story, "reason": "demoted"}
