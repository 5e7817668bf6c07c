"""The scheduler on the sample day: a real store, real runs, an injected clock.

The sample day is 2026-05-14 in Asia/Shanghai; ai-ribao's schedule "30 22 * * *" fires
at 22:30 there, 14:30 UTC.  Each test works on its own copy of the day's store, with its
alerts going to a local chat webhook.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import yaml
from typer.testing import CliRunner

from newsdesk import EditionStatus, EditorAction, EditorVerb, Newsdesk, load_config
from newsdesk.cli import app
from newsdesk.exceptions import EditionError
from newsdesk.model import SlotStatus, work_error_phrase
from newsdesk.schedule import Scheduler
from newsdesk.stages import site as site_stage
from newsdesk.store._leases import lease_holder
from newsdesk.web._strings import phrased, strings

from .schedule_helpers import AlertHook, Clock, Day, scheduled

SLOT = datetime(2026, 5, 14, 14, 30, tzinfo=UTC)
REVIEW_URL = "https://desk.example.org/digests/{digest}/editions/{day}"


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in May 2026 in Asia/Shanghai, as UTC."""
    return datetime(2026, 5, day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def desk_at(config: Path, url: str, clock: Clock) -> Newsdesk:
    return Newsdesk(load_config(config), store_url=url, now=clock, user="tester")


def scheduled_runs(desk: Newsdesk) -> int:
    with desk.store.engine.connect() as conn:
        query = sa.text("SELECT count(*) FROM runs WHERE command = 'schedule'")
        return int(conn.execute(query).scalar_one())


def record(
    desk: Newsdesk,
    slot: datetime,
    status: SlotStatus,
    *,
    holder: str = "",
    revision: int | None = None,
    reason: str = "",
) -> None:
    """A slot of ai-ribao as an earlier scheduler left it: claimed when it fired and, unless
    still running, finished a minute later."""
    holder = holder or lease_holder()
    day = slot.astimezone(ZoneInfo("Asia/Shanghai")).date()
    assert desk.store.claim_slot("ai-ribao", slot, day, holder, slot)
    if status is not SlotStatus.RUNNING:
        finished = slot + timedelta(minutes=1)
        desk.store.finish_slot(
            "ai-ribao", slot, holder, status, finished, revision=revision, reason=reason
        )


def site_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each build of the whole site from here on, one entry each: the run's site stage,
    an approval and the scheduler all build through this one function."""
    builds: list[int] = []
    build = site_stage.build_site

    def counted(*args: object, **kwargs: object) -> object:
        builds.append(len(builds) + 1)
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(site_stage, "build_site", counted)
    return builds


# -- due, and run once -----------------------------------------------------------------


def test_review_required_stops_at_a_draft_and_tells_the_editor_where_it_is(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required")
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk, review_url=REVIEW_URL)
        clock.at = local(14, 22, 29)
        assert scheduler.tick() == []  # not due before its time
        clock.at = local(14, 22, 30)
        [slot] = scheduler.tick()
        edition = desk.edition("ai-ribao")
        channels = edition.channels
    assert (slot.digest, slot.slot, slot.day) == ("ai-ribao", SLOT, served.day)
    assert (slot.status, slot.revision) == (SlotStatus.DRAFTED, edition.revision)
    assert edition.status is EditionStatus.DRAFT and channels == ()
    [notice] = hook.texts
    assert "ai-ribao 2026-05-14 的草稿（第 1 版）已可审阅" in notice  # the digest's language
    assert "https://desk.example.org/digests/ai-ribao/editions/2026-05-14" in notice
    clock.at = local(14, 22, 45)
    with desk_at(config, copied, clock) as desk:  # the server restarted
        assert Scheduler(desk).tick() == []
        assert scheduled_runs(desk) == 1


def test_a_drafts_alert_links_its_review_page_under_the_servers_url(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    """The editors read alerts on a phone, where a command to type on the server is no
    help: with `server.url` the alert links the day's page on the desk, to approve there."""
    path = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required")
    config = yaml.safe_load(path.read_text("utf-8"))
    config["server"] = {"url": "https://desk.example.org/"}
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    clock = Clock(local(14, 22, 0))
    with desk_at(path, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(14, 22, 30)
        [slot] = scheduler.tick()
    assert slot.status is SlotStatus.DRAFTED
    [notice] = hook.texts
    assert notice.startswith(
        "ai-ribao 2026-05-14 的草稿（第 1 版）已可审阅："
        "https://desk.example.org/review?digest=ai-ribao&date=2026-05-14\n在那里批准并发布。"
    )
    assert "edition approve" not in notice


def test_review_none_publishes_on_the_digests_channels(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *")
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(14, 22, 31)
        [slot] = scheduler.tick()
        edition = desk.edition("ai-ribao")
    assert (slot.status, slot.reason) == (SlotStatus.PUBLISHED, "")
    assert edition.status is EditionStatus.PUBLISHED
    assert [(p.channel, p.status) for p in edition.channels] == [("hugo", "published")]
    assert (tmp_path / "hugo/content/posts/2026-05-14-ai-ribao/index.md").exists()
    assert hook.texts == []  # nothing to tell an editor


def test_review_none_with_no_channel_is_on_the_site_and_sends_nothing(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user with no channel expects the day on the site and nothing sent: the slot says
    exactly that (on-site), never published, and the edition is left as written.  The
    run put it on the site; the scheduler does not build the whole site again."""
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", publish=[])
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(14, 22, 31)
        builds = site_builds(monkeypatch)
        [slot] = scheduler.tick()
        edition = desk.edition("ai-ribao")
    assert len(builds) == 1
    assert (slot.status, slot.reason) == (
        SlotStatus.ON_SITE, "on the site; no channel is configured, so nothing was sent"
    )  # fmt: skip
    assert edition.status is EditionStatus.DRAFT and edition.channels == ()
    assert "2026-05-14" in (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert hook.texts == []
    shown = CliRunner().invoke(app, ["--config", str(config), "--db", copied, "schedule"])
    as_json = CliRunner().invoke(
        app, ["--config", str(config), "--db", copied, "schedule", "--json"]
    )
    assert "2026-05-14 22:30  2026-05-14  on-site, revision 1" in shown.output
    assert "      on the site; no channel is configured, so nothing was sent" in shown.output
    assert [r["status"] for r in json.loads(as_json.output)[0]["runs"]] == ["on-site"]


def test_slots_missed_while_down_run_once_on_start_and_only_the_latest(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required")
    clock = Clock(local(15, 9, 0))  # down from the 12th's run until the 15th's morning
    with desk_at(config, copied, clock) as desk:
        record(desk, SLOT - timedelta(days=2), SlotStatus.DRAFTED, revision=1)
        scheduler = Scheduler(desk)
        [slot] = scheduler.tick()
        clock.at = local(15, 9, 1)
        again = scheduler.tick()
        recorded = [s.slot for s in desk.store.schedule_slots("ai-ribao")]
        runs = scheduled_runs(desk)
    assert (slot.slot, slot.day, slot.status) == (SLOT, served.day, SlotStatus.DRAFTED)
    assert slot.reason == "run late, on start: no scheduler was running when it fired"
    assert again == [] and runs == 1
    assert recorded == [SLOT, SLOT - timedelta(days=2)]  # the 13th's slot never runs


def test_a_day_over_in_the_digests_zone_is_collected_first_whatever_the_configs_zone(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 01:00 on the 15th in Shanghai ai-ribao's 14th is over, while a desk whose own
    zone is UTC is still on the 14th: the missed slot's run collects what the sources
    have now before it writes the past day, as it does where both zones agree."""
    config = scheduled(
        served, tmp_path, hook, schedule="30 22 * * *", review="required", timezone="Asia/Shanghai"
    )
    written = yaml.safe_load(config.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump(written | {"timezone": "UTC"}), encoding="utf-8")
    clock = Clock(local(15, 1, 0))  # down since the 13th's run
    with desk_at(config, copied, clock) as desk:
        record(desk, SLOT - timedelta(days=1), SlotStatus.DRAFTED, revision=1)
        fetches: list[datetime] = []
        fetch = desk.afetch

        async def counted() -> object:
            fetches.append(clock.at)
            return await fetch()

        monkeypatch.setattr(desk, "afetch", counted)
        [slot] = Scheduler(desk).tick()
    assert (slot.slot, slot.day, slot.status) == (SLOT, served.day, SlotStatus.DRAFTED)
    assert fetches == [clock.at]


def test_two_schedulers_at_once_run_a_slot_once(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required")
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as one, desk_at(config, copied, clock) as two:
        first, second = Scheduler(one), Scheduler(two)
        clock.at = local(14, 22, 30)
        plans = first.plan(), second.plan()  # both see the slot due
        assert [r.slot for r in plans[0].runs] == [r.slot for r in plans[1].runs] == [SLOT]
        done = first.carry_out(plans[0]) + second.carry_out(plans[1])
        runs = scheduled_runs(one)
    assert [s.holder for s in done] == [first.holder] and runs == 1
    assert len(hook.texts) == 1


def test_a_claim_whose_process_died_is_taken_over_and_run(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    dead = lease_holder().split(" ")[0] + f" {finished.stdout.strip()} deadbeef"
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required")
    clock = Clock(local(14, 22, 40))
    with desk_at(config, copied, clock) as desk:
        record(desk, SLOT, SlotStatus.RUNNING, holder=dead)
        scheduler = Scheduler(desk)
        [slot] = scheduler.tick()
    assert (slot.slot, slot.status, slot.holder) == (SLOT, SlotStatus.DRAFTED, scheduler.holder)
    assert slot.reason == f"run again: its first run's process ({dead}) died"


def test_a_run_with_every_source_down_fails_and_alerts_with_its_reason(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *",
                       sources_url="http://127.0.0.1:9")  # fmt: skip
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(14, 22, 30)
        [slot] = scheduler.tick()
        edition = desk.edition("ai-ribao")
    assert slot.status is SlotStatus.FAILED
    assert slot.reason.startswith("every source failed to fetch: ")
    assert edition.status is EditionStatus.DRAFT and edition.channels == ()  # not published
    [alert] = hook.texts
    assert "ai-ribao 2026-05-14 的定时运行（Asia/Shanghai 时间 2026-05-14 22:30）失败：" in alert
    # each source's own error in Chinese too, the host it could not reach kept
    assert "失败：所有来源都抓取失败：" in alert and "没有发布任何内容。" in alert
    assert "（无法连接 127.0.0.1:9：连接被拒绝（服务器是否在运行？））" in alert
    assert "could not connect" not in alert and "connection refused" not in alert


def test_a_schedule_firing_before_its_days_news_is_in_says_so_and_when_to_run(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    """00:30 is in the new day, which no source has published anything of yet: the run
    has nothing to write, and its alert says why and that a daily digest belongs late in
    its day, not only that nothing was written.  The empty draft it leaves is nothing to
    approve, and approving it says so rather than send the editor to run it again."""
    config = scheduled(served, tmp_path, hook, schedule="30 0 * * *", review="required")
    clock = Clock(local(15, 0, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(15, 0, 30)
        [slot] = scheduler.tick()
        with pytest.raises(EditionError) as approving:
            desk.approve("ai-ribao", slot.day)
    assert (slot.day.isoformat(), slot.status) == ("2026-05-15", SlotStatus.FAILED)
    assert slot.reason == (
        "no story of 2026-05-15 was stored when it ran: its sources had published nothing "
        "of that day yet (Asia/Shanghai); a daily digest is best scheduled late in its day, "
        "when the day's news is in"
    )
    [alert] = hook.texts
    assert (
        "失败：运行时还没有存下 2026-05-15 的新闻：来源还没有发布那一天（Asia/Shanghai）的内容；"
        in alert
    )
    assert "日报最好安排在当天晚些时候" in alert  # the record's English, in the digest's words
    refused = str(approving.value)
    assert refused.startswith(
        "ai-ribao 2026-05-15 revision 1 holds no story: its run had none of that day to "
        "select, so there is nothing to approve. "
    )
    assert phrased((work_error_phrase(refused),), strings("zh"), UTC) == (
        "ai-ribao 2026-05-15 第 1 版没有新闻：它的运行没有那天的新闻可选，所以没有可批准的"
        "内容。来源发布了那天的新闻后，再运行这一天"
    )


def test_a_run_whose_required_llm_is_unusable_fails_and_alerts(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *")
    text = config.read_text(encoding="utf-8") + (
        "llm: {base_url: 'https://llm.example.org/v1', api_key_env: NEWSDESK_TEST_NO_KEY, "
        "required: true}\n"
    )
    config.write_text(text, encoding="utf-8")
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk)
        clock.at = local(14, 22, 30)
        [slot] = scheduler.tick()
    assert slot.status is SlotStatus.FAILED and slot.reason.startswith("the run stopped: ")
    assert "NEWSDESK_TEST_NO_KEY" in slot.reason
    assert f"失败：运行中止：{slot.reason.removeprefix('the run stopped: ')}\n" in hook.texts[0]


# -- publishing a draft nobody acted on ------------------------------------------------


def drafted(served: Day, tmp_path: Path, hook: AlertHook, url: str, clock: Clock) -> Newsdesk:
    """A desk whose ai-ribao draft of the day (revision 1) a scheduled run made at 22:30."""
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required",
                       auto_publish_after="2h")  # fmt: skip
    desk = desk_at(config, url, clock)
    record(desk, SLOT, SlotStatus.DRAFTED, revision=1)
    return desk


def test_a_draft_nobody_acted_on_is_published_unchanged_after_the_grace_period(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(15, 0, 31))  # the run ended 22:31; 2 h later
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        before = desk.digest("ai-ribao")
        [slot] = Scheduler(desk).tick()
        edition = desk.edition("ai-ribao")
        after = desk.digest("ai-ribao")
    assert slot.status is SlotStatus.AUTO_PUBLISHED
    assert slot.reason == ("nobody acted within 2h: approved by scheduler and published unchanged")
    assert (edition.revision, edition.status) == (1, EditionStatus.PUBLISHED)
    assert (edition.approved_by, edition.approved_at) == ("scheduler", clock.at)
    assert after.entries == before.entries and after.title == before.title
    assert [(p.channel, p.status) for p in edition.channels] == [("hugo", "published")]
    assert hook.texts == [
        "ai-ribao 2026-05-14 的草稿在 2h 内无人处理：第 1 版已由调度器批准，并原样发布。"
    ]


def test_a_lapsed_draft_with_no_channel_is_approved_and_left_on_the_site(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The approval puts the revision on the site, which is all the digest has; the
    scheduler then builds the site no second time."""
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required",
                       auto_publish_after="2h", publish=[])  # fmt: skip
    clock = Clock(local(15, 0, 31))
    page = tmp_path / "site/ai-ribao/2026-05-14/index.html"
    with desk_at(config, copied, clock) as desk:
        record(desk, SLOT, SlotStatus.DRAFTED, revision=1)
        builds = site_builds(monkeypatch)
        [slot] = Scheduler(desk).tick()
        edition = desk.edition("ai-ribao")
    assert len(builds) == 1 and edition.lead[0].headline in page.read_text(encoding="utf-8")
    assert slot.status is SlotStatus.ON_SITE
    assert slot.reason == (
        "nobody acted within 2h: approved by scheduler; on the site; no channel is "
        "configured, so nothing was sent"
    )
    assert edition.status is EditionStatus.APPROVED
    assert hook.texts == [
        "ai-ribao 2026-05-14 的草稿在 2h 内无人处理：第 1 版已由调度器批准，原样留在网站上；"
        "没有配置发布渠道，所以没有发送。"
    ]


def test_with_no_channel_a_required_review_keeps_drafts_off_the_site_until_approved(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    """The site is all a digest with no channel has: readers see the revision an editor
    approved, never a draft before it, and a later draft leaves the approved one up."""
    config = scheduled(served, tmp_path, hook, schedule="30 22 * * *", review="required",
                       publish=[])  # fmt: skip
    page = tmp_path / "site/ai-ribao/2026-05-14/index.html"
    with desk_at(config, copied, Clock(local(14, 23, 0))) as desk:
        desk.build_site()
        assert not page.exists()
        approved = desk.approve("ai-ribao")
        assert page.exists()
        shown = page.read_text(encoding="utf-8")
        lead = desk.edition("ai-ribao").lead[0]
        assert lead.headline in shown
        draft = desk.drop(lead.story_id, "ai-ribao")
        desk.build_site()
        assert draft.revision == approved.revision + 1
        assert draft.status is EditionStatus.DRAFT
        assert page.read_text(encoding="utf-8") == shown


def test_a_draft_is_not_published_before_its_grace_period_ends(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(15, 0, 30))
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        assert Scheduler(desk).tick() == []
        [slot] = desk.store.schedule_slots("ai-ribao")
        status = desk.edition("ai-ribao").status
    assert (slot.status, status) == (SlotStatus.DRAFTED, EditionStatus.DRAFT)


def test_a_draft_an_editor_acted_on_is_left_to_the_editors(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(15, 1, 0))
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        story = desk.edition("ai-ribao").lead[0].story_id
        desk.store.record_action(
            EditorAction("ai-ribao", served.day, EditorVerb.PIN, story, None, "ada",
                         local(14, 23, 5))
        )  # fmt: skip
        [slot] = Scheduler(desk).tick()
        edition = desk.edition("ai-ribao")
    assert slot.status is SlotStatus.REVIEWED
    assert slot.reason == (
        f"ada acted on the draft (pin {story} at 2026-05-14 15:05 UTC): it is theirs to publish"
    )
    assert edition.status is EditionStatus.DRAFT and edition.channels == ()
    assert hook.texts == []


def test_a_draft_an_editor_approved_is_theirs_to_publish(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(14, 23, 0))
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        desk.approve("ai-ribao")
        clock.at = local(15, 1, 0)
        [slot] = Scheduler(desk).tick()
        edition = desk.edition("ai-ribao")
    assert slot.status is SlotStatus.REVIEWED
    assert slot.reason == "tester approved revision 1: it is theirs to publish"
    assert edition.status is EditionStatus.APPROVED and edition.channels == ()


def test_a_schedule_saved_while_the_scheduler_runs_is_run_at_its_time(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    """A server's owner adds a schedule to the file and leaves: no request comes to make
    the server read it, so each pass reads it first (``before_pass``)."""
    config = scheduled(served, tmp_path, hook)  # no schedule yet
    clock = Clock(local(14, 22, 0))
    with desk_at(config, copied, clock) as desk:
        scheduler = Scheduler(desk, before_pass=desk.reload_config)
        assert scheduler.tick() == []
        scheduled(served, tmp_path, hook, schedule="30 22 * * *")  # saved meanwhile
        clock.at = local(14, 22, 31)
        [slot] = scheduler.tick()
    assert (slot.digest, slot.slot, slot.status) == ("ai-ribao", SLOT, SlotStatus.PUBLISHED)


def test_serve_passes_until_stopped(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(15, 0, 31))
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        scheduler = Scheduler(desk, poll=0.05)

        async def serve_until_published() -> None:
            stop = asyncio.Event()
            task = asyncio.create_task(scheduler.serve(stop))
            for _ in range(400):
                if desk.store.schedule_slots(statuses=[SlotStatus.AUTO_PUBLISHED]):
                    break
                await asyncio.sleep(0.05)
            stop.set()
            await asyncio.wait_for(task, timeout=30)

        asyncio.run(serve_until_published())
        [slot] = desk.store.schedule_slots("ai-ribao")
    assert slot.status is SlotStatus.AUTO_PUBLISHED


# -- what `newsdesk schedule` shows ----------------------------------------------------


def test_the_schedule_command_shows_the_next_run_and_the_last_runs(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    clock = Clock(local(14, 23, 0))
    with drafted(served, tmp_path, hook, copied, clock) as desk:
        record(desk, SLOT - timedelta(days=1), SlotStatus.FAILED,
               reason="every source failed to fetch: hn (HTTP 503)")  # fmt: skip
        [status] = desk.schedule_status()
    config = str(tmp_path / "scheduled.yaml")
    shown = CliRunner().invoke(app, ["--config", config, "--db", copied, "schedule"])
    as_json = CliRunner().invoke(app, ["--config", config, "--db", copied, "schedule", "--json"])
    assert status.next_run is not None and status.publishes_at is not None
    assert status.next_run.isoformat() == "2026-05-15T22:30:00+08:00"
    assert status.publishes_at.isoformat() == "2026-05-15T00:31:00+08:00"
    assert shown.exit_code == 0, shown.output
    assert max(len(line) for line in shown.output.splitlines()) <= 80
    assert shown.output.startswith(
        "ai-ribao: 30 22 * * * (At 22:30 every day, Asia/Shanghai)\n"
        "  review required, published unchanged after 2h if nobody acts\n"
    )
    assert "2026-05-14 22:30  2026-05-14  drafted, revision 1" in shown.output
    assert "2026-05-13 22:30  2026-05-13  failed\n      every source failed" in shown.output
    [row] = json.loads(as_json.output)
    assert [r["status"] for r in row["runs"]] == ["drafted", "failed"]
    assert set(row) == {
        "digest", "schedule", "description", "timezone", "review", "auto_publish_after",
        "channels", "alerts", "next_run", "runs", "publishes_at",
    }  # fmt: skip
    assert (row["auto_publish_after"], row["channels"]) == ("2h", ["hugo"])


def test_the_schedule_command_never_promises_publishing_a_digest_with_no_channel(
    served: Day, copied: str, tmp_path: Path, hook: AlertHook
) -> None:
    config = str(scheduled(served, tmp_path, hook, schedule="30 22 * * *", publish=[]))
    shown = CliRunner().invoke(app, ["--config", config, "--db", copied, "schedule"])
    as_json = CliRunner().invoke(app, ["--config", config, "--db", copied, "schedule", "--json"])
    assert shown.exit_code == 0, shown.output
    assert "published at once" not in shown.output
    assert max(len(line) for line in shown.output.splitlines()) <= 80  # broken between words
    assert (
        "ai-ribao: 30 22 * * * (At 22:30 every day, Asia/Shanghai) no review; no channel, "
        "so each edition goes on the site and nothing is sent (on-site): add one under its "
        "`publish:` in the config"
    ) in " ".join(shown.output.split())
    [row] = json.loads(as_json.output)
    assert (row["channels"], row["auto_publish_after"], row["publishes_at"]) == ([], None, None)


def test_the_schedule_command_says_how_to_add_one_when_none_is_set(
    served: Day, copied: str, tmp_path: Path
) -> None:
    config = tmp_path / "plain.yaml"
    config.write_text(yaml.safe_dump(served.config, allow_unicode=True), encoding="utf-8")
    shown = CliRunner().invoke(app, ["--config", str(config), "--db", copied, "schedule"])
    assert shown.exit_code == 0
    assert 'No digest has a schedule. Add one to a digest, e.g. schedule: "30 22 * * *"' in (
        shown.output
    )
