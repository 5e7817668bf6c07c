"""The JSON API's writes, each test on its own copy of the sample day's store: every
editor's action on an edition, an entry edited and checked, publishing and the channels
after it, a source tested, and a run started in the background and followed from the
store while it goes."""

from __future__ import annotations

import errno
import re
from datetime import timedelta
from html import escape
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from newsdesk.publish import files
from sample_day import Day, Gate
from web.web_helpers import client_on, edition_url


def _edition(client: TestClient, served: Day, digest: str = "ai-ribao") -> dict[str, Any]:
    answer = client.get(edition_url(served, digest))
    assert answer.status_code == 200
    found: dict[str, Any] = answer.json()
    return found


def test_pin_drop_and_move_answer_with_the_edition_after(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        before = _edition(client, served, "ai-daily")
        pinned = next(o["story"] for o in before["left_out"] if o["reason"] == "not in the top N")
        dropped, moved = before["lead"][1]["story"], before["lead"][5]["story"]
        after_pin = client.post(edition_url(served, "ai-daily", "pin"), json={"story": pinned})
        client.post(edition_url(served, "ai-daily", "drop"), json={"story": dropped})
        after = client.post(
            edition_url(served, "ai-daily", "move"), json={"story": moved, "to": 1}
        ).json()
    assert after_pin.status_code == 200
    assert pinned in {e["story"] for e in after_pin.json()["lead"]}
    assert after["lead"][0]["story"] == moved and after["lead"][0]["reason"] == "moved"
    assert dropped in {o["story"] for o in after["left_out"] if o["reason"] == "dropped"}
    assert [(a["verb"], a["who"]) for a in after["actions"]] == [
        ("pin", "tester"), ("drop", "tester"), ("move", "tester")
    ]  # fmt: skip


def test_a_demoted_story_moves_from_the_lead_to_more_news(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        story = _edition(client, served)["lead"][2]["story"]
        after = client.post(edition_url(served, action="demote"), json={"story": story}).json()
    assert story not in {e["story"] for e in after["lead"]}
    first = after["more"][0]
    assert (first["story"], first["reason"]) == (story, "demoted")
    placed = {c["story"]: (c["placement"], c["reason"]) for c in after["candidates"]}
    assert placed[story] == ("more", "demoted")


def test_actions_that_do_not_fit_are_refused_with_why(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        story = _edition(client, served)["lead"][0]["story"]
        far = client.post(edition_url(served, action="move"), json={"story": story, "to": 99})
        unknown = client.post(edition_url(served, action="pin"), json={"story": "s000"})
        shapeless = client.post(edition_url(served, action="pin"), json={"stroy": story})
        missing = client.post(edition_url(served, action="drop"))
    assert (far.status_code, far.json()) == (
        409,
        {
            "error": f"position 99: the ai-ribao lead of {served.day} has places 1 to 12.",
            "error_said": f"第 99 位：ai-ribao {served.day} 的要闻只有第 1 到 12 位",
        },
    )
    assert (unknown.status_code, unknown.json()) == (
        404,
        {
            "error": f"Story 's000' is not among the ai-ribao candidates of {served.day}. "
            f"The edition lists them: GET /api/v1/digests/ai-ribao/editions/{served.day}.",
            "error_said": f"新闻 s000 不在 ai-ribao {served.day} 的候选新闻中；这一期会列出它们",
        },
    )
    assert shapeless.status_code == 422
    assert shapeless.json()["error"].startswith("story: Field required")
    assert missing.status_code == 422


def test_an_edited_entry_is_saved_only_with_its_unsupported_claims_kept(
    served: Day, copied: str
) -> None:
    invented = "It raised 987 million dollars, far more than anyone thought."
    with client_on(served, copied) as client:
        story = _edition(client, served, "ai-daily")["lead"][0]["story"]
        url = edition_url(served, "ai-daily", f"entries/{story}")
        refused = client.put(url, json={"summary": invented}).json()
        kept = client.put(url, json={"summary": invented, "keep_unsupported": True}).json()
        wrong = client.put(url, json={"line": "a more-news line"})
        unknown = client.put(url, json={"title": "x"})
        emptied = client.put(url, json={"headline": "  "})
    assert (refused["saved"], refused["why_not"], refused["why_not_key"]) == (
        False, "a claim its sources do not support", "unsupported"
    )  # fmt: skip
    assert refused["unsupported"] == [
        {
            "where": "summary",
            "kind": "number",
            "text": "987 million dollars",
            "sentence": invented,
        }
    ]
    assert refused["text"]["summary"] == invented and refused["edition"]["revision"] == 1
    assert kept["saved"] and kept["unsupported"] == refused["unsupported"]
    assert kept["why_not_key"] == ""
    entry = next(e for e in kept["edition"]["lead"] if e["story"] == story)
    assert (entry["summary"], entry["written_by"]) == (invented, "editor")
    assert entry["kept_unsupported"] == ["987 million dollars"]
    assert (
        wrong.status_code == 409 and "'line' is not a part of this entry" in wrong.json()["error"]
    )
    assert wrong.json()["error_said"] == (
        "'line' 不是这个条目的部分；它的部分是 'headline', 'summary', 'insights', 'impact'"
    )
    assert unknown.status_code == 422
    assert emptied.status_code == 409 and emptied.json()["error_said"] == (
        "标题是空的：每个条目都需要标题"
    )


def test_regenerating_without_an_llm_is_a_conflict_that_says_so(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        story = _edition(client, served)["lead"][0]["story"]
        answer = client.post(edition_url(served, action=f"entries/{story}/regenerate"))
    assert answer.status_code == 409
    assert answer.json()["error"].startswith("Cannot have it written again: no LLM is configured")
    assert answer.json()["error_said"] == (
        "无法重新撰写：没有配置 LLM（llm.base_url）。请直接编辑它的文字"
    )


def test_approve_then_publish_then_see_the_channel_received_it(served: Day, copied: str) -> None:
    page = served.folder / "site" / "ai-ribao" / served.day.isoformat() / "index.html"
    with client_on(served, copied, review=True) as client:
        waiting = client.post(edition_url(served, action="publish")).json()
        [before] = client.get(edition_url(served, action="channels")).json()
        approved = client.post(edition_url(served, action="approve")).json()
        page.unlink(missing_ok=True)  # the folder is the session's: start from no page
        published = client.post(edition_url(served, action="publish"), json={"channels": ["hugo"]})
        on_the_site = page.exists()  # publishing put the day on the site, no run needed
        again = client.post(edition_url(served, action="publish")).json()
        [after] = client.get(edition_url(served, action="channels")).json()
        nowhere = client.post(edition_url(served, action="publish"), json={"channels": ["nope"]})
    assert [(p["channel"], p["status"]) for p in waiting] == [("hugo", "awaiting approval")]
    assert before["waiting"] == "awaiting approval: revision 1 is a draft"
    assert approved["status"] == "approved"
    assert [(p["channel"], p["status"], p["revision"]) for p in published.json()] == [
        ("hugo", "published", 1)
    ]
    assert [p["status"] for p in again] == ["already published"]
    assert on_the_site
    assert after["waiting"] == "" and [p["state"] for p in after["parts"]] == ["sent"]
    assert after["publication"]["status"] == "published"
    assert [(m["revision"], m["state"]) for m in after["messages"]] == [(1, "sent")]
    assert nowhere.status_code == 404 and "Nothing to publish" in nowhere.json()["error"]


def test_publishing_a_draft_under_review_says_to_approve_it_in_the_apis_and_the_desks_words(
    served: Day, copied: str
) -> None:
    """The core says it for the CLI (`newsdesk edition approve …`); a script is told the
    call to make, and the Chinese desk's Publish button says it in Chinese, with no
    command the editor in the browser has no shell to type."""
    day = served.day.isoformat()
    with client_on(served, copied, review=True) as client:
        [waiting] = client.post(edition_url(served, action="publish")).json()
    assert waiting["status"] == "awaiting approval"
    assert waiting["error"] == (
        "revision 1 is a draft and the digest's review is required. Look at it with GET "
        f"/api/v1/digests/ai-ribao/editions/{day}, then approve it with POST "
        f"/api/v1/digests/ai-ribao/editions/{day}/approve."
    )
    assert (
        waiting["error_said"] == f"ai-ribao {day} 第 1 版是草稿，这份日报需要审核：先批准，再发布"
    )


def test_an_action_on_a_published_day_makes_a_new_revision_to_diff(
    served: Day, copied: str
) -> None:
    with client_on(served, copied) as client:
        client.post(edition_url(served, action="publish"))
        published = _edition(client, served)
        approved_again = client.post(edition_url(served, action="approve"))
        dropped = published["lead"][0]["story"]
        after = client.post(edition_url(served, action="drop"), json={"story": dropped}).json()
        diff = client.get(edition_url(served, action="diff")).json()
        chosen = client.get(edition_url(served, action="diff"), params={"from": 1, "to": 2})
        missing = client.get(edition_url(served, action="diff"), params={"to": 5})
        [hugo] = client.get(edition_url(served, action="channels")).json()
    assert (published["status"], after["revision"], after["status"]) == ("published", 2, "draft")
    assert approved_again.status_code == 409 and approved_again.json()["error_said"] == (
        f"ai-ribao {served.day} 第 1 版已经发布；有新报道的运行或编辑的操作会生成新的草稿，再批准它"
    )
    assert (diff["from"], diff["to"]) == (
        {"revision": 1, "status": "published"}, {"revision": 2, "status": "draft"}
    )  # fmt: skip
    assert {s["story"]: s["change"] for s in diff["stories"]}[dropped] == "removed"
    assert chosen.json() == diff
    assert missing.status_code == 404 and "has no revision 5" in missing.json()["error"]
    assert missing.json()["error_said"] == f"ai-ribao {served.day} 没有第 5 版：它的版本是 1 到 2"
    assert hugo["revision"] == 2 and [p["state"] for p in hugo["parts"]] == ["new"]
    assert hugo["publication"]["revision"] == 1


def test_a_channels_failure_is_given_in_the_desks_words_as_the_publish_gave_it(
    served: Day, copied: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The channels' record keeps a failed post's error: read back later, it comes in the
    desk's language too (``error_said``), as the publish that failed answered it."""

    def full(folder: Path, *_: object) -> list[Path]:
        raise OSError(errno.ENOSPC, "No space left on device", str(folder))

    monkeypatch.setattr(files, "write_files", full)
    with client_on(served, copied) as client:
        [published] = client.post(edition_url(served, action="publish")).json()
        [hugo] = client.get(edition_url(served, action="channels")).json()
    assert published["status"] == "failed" and published["error_said"].endswith("：磁盘已满")
    assert hugo["publication"]["error"] == published["error"]
    assert hugo["publication"]["error_said"] == published["error_said"]


def test_a_source_is_tested_without_storing_anything(served: Day, copied: str) -> None:
    with client_on(served, copied) as client:
        source = client.get("/api/v1/sources").json()[0]
        report = client.post(f"/api/v1/sources/{source['id']}/test")
        unknown = client.post("/api/v1/sources/nope/test")
        after = client.get("/api/v1/sources").json()[0]
    assert report.status_code == 200
    assert (report.json()["source_id"], report.json()["outcome"]) == (source["id"], "ok")
    assert report.json()["entries"] > 0 and after["state"] == source["state"]
    assert unknown.status_code == 404


def test_a_run_started_in_the_background_is_followed_from_the_store(
    served: Day, copied: str
) -> None:
    gate = Gate()
    with client_on(served, copied, progress=gate) as client:
        started = client.post("/api/v1/digests/ai-daily/runs", json={"publish": False})
        assert started.status_code == 202
        run_id = started.json()["run_id"]
        assert started.headers["location"] == f"/api/v1/runs/{run_id}"
        assert gate.reached.wait(60)
        going = client.get(f"/api/v1/runs/{run_id}").json()
        current = client.get("/api/v1/runs/current", params={"digest": "ai-daily"}).json()
        second = client.post("/api/v1/digests/ai-ribao/runs")
        gate.go.set()
    # leaving the client stopped the app, which waited for the run to finish
    with client_on(served, copied) as client:
        done = client.get(f"/api/v1/runs/{run_id}").json()
    assert started.json() == {
        "run_id": run_id, "digest": "ai-daily", "day": served.day.isoformat(), "publish": False
    }  # fmt: skip
    assert (going["status"], going["digests"], going["command"]) == (
        "running",
        ["ai-daily"],
        "serve",
    )
    assert [s["stage"] for s in going["stages"]] == going["plan"][: going["plan"].index("write")]
    assert current["id"] == run_id
    assert second.status_code == 409
    assert second.json()["error"].startswith(f"The run of ai-daily for {served.day} (run {run_id})")
    assert second.json()["error_said"] == (
        f"ai-daily {served.day} 的运行（运行 {run_id}）还在进行：一次只能有一个运行。"
        "进度见运行记录；等它结束再开始这次运行"
    )
    assert done["status"] == "ok" and [s["stage"] for s in done["stages"]] == done["plan"]


def test_a_run_of_a_day_to_come_is_refused(served: Day, copied: str) -> None:
    later = (served.day + timedelta(days=1)).isoformat()
    with client_on(served, copied) as client:
        answer = client.post("/api/v1/digests/ai-daily/runs", json={"date": later})
        unknown = client.post("/api/v1/digests/nope/runs")
    assert answer.status_code == 400 and "is still to come" in answer.json()["error"]
    assert answer.json()["error_said"] == f"日期 {later} 还没到；运行只写今天或过去的日子"
    assert unknown.status_code == 404


def test_a_run_of_a_day_before_the_calendar_is_refused_before_it_starts(
    served: Day, copied: str
) -> None:
    """It was accepted (202) and failed at once with "OverflowError: date value out of range"."""
    with client_on(served, copied) as client:
        answer = client.post("/api/v1/digests/ai-daily/runs", json={"date": "0001-01-01"})
        runs = client.get("/api/v1/runs").json()
    assert answer.status_code == 404
    assert answer.json()["error_said"].startswith("没有 0001-01-01 这一天")
    assert all(r["day"] != "0001-01-01" for r in runs)


def test_a_failed_publish_is_worded_in_the_desks_language(
    served: Day, copied: str, tmp_path: Path
) -> None:
    """The Publish pop-up shows each channel's reason from ``error_said``: on a Chinese
    desk a webhook that cannot be reached is said in Chinese (``error`` stays English)."""
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    ribao = config["digests"][0]
    ribao["publish"] = [{"id": "team", "kind": "slack", "url": "http://127.0.0.1:9/hook"}]
    path = tmp_path / "slack.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with client_on(served, copied, config=path) as client:
        [result] = client.post(edition_url(served, action="publish")).json()

    assert result["status"] == "failed" and "could not be reached" in result["error"]
    said = (
        r"\d+ 条消息中已发出 0 条。"
        r"无法连接频道 team（Slack，127\.0\.0\.1）：.+。检查 webhook 地址和网络"
    )
    assert re.fullmatch(said, result["error_said"])


def _unreachable_telegram(served: Day, tmp_path: Path) -> Path:
    """The served desk with one Telegram channel whose API nobody answers (port 9)."""
    config = yaml.safe_load(served.config_path.read_text(encoding="utf-8"))
    config["digests"][0]["publish"] = [
        {"id": "tg", "kind": "telegram", "bot_token": "TOKEN", "chat_id": "@ai_daily_test",
         "api_base": "http://127.0.0.1:9/"}
    ]  # fmt: skip
    path = tmp_path / "telegram.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_a_channels_failure_is_worded_on_the_review_page(
    served: Day, copied: str, tmp_path: Path
) -> None:
    """A Chinese desk's channels panel says why a channel failed, in Chinese, as the
    Publish pop-up does (``error`` stays English in the API)."""
    with client_on(served, copied, config=_unreachable_telegram(served, tmp_path)) as client:
        [result] = client.post(edition_url(served, action="publish")).json()
        page = client.get("/review", params={"date": served.day.isoformat()}).text

    assert result["status"] == "failed" and "could not connect" in result["error"]
    said = (
        r"\d+ 条消息中已发出 0 条。"
        r"无法连接 Telegram（聊天 @ai_daily_test）：.+。检查网络和 api_base"
    )
    assert re.fullmatch(said, result["error_said"])
    reason = re.search(r'<div class="small error-text reason">([^<]+)</div>', page)
    assert reason is not None and reason[1] == escape(result["error_said"])


def test_the_channels_panel_counts_what_telegram_will_post_in_its_messages(
    served: Day, copied: str, tmp_path: Path
) -> None:
    """Telegram packs the cover, the stories and the one-liners into a few messages: the
    panel counts those (and lists them), as it counts the messages that went out, not the
    parts inside them ("共 24 条消息" over 3 messages posted)."""
    with client_on(served, copied, config=_unreachable_telegram(served, tmp_path)) as client:
        [channel] = client.get(edition_url(served, action="channels")).json()
        page = client.get("/review", params={"date": served.day.isoformat()}).text

    listed = re.search(r'<ol class="parts">(.*?)</ol>', page, re.DOTALL)
    assert listed is not None
    messages = listed[1].count('<li class="part new">')
    assert 1 < messages < len(channel["parts"])
    assert f"将收到第 1 版 · 共 {messages} 条消息，{messages} 条尚未发出" in page
