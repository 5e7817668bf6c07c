"""A digest's ``schedule``, ``auto_publish_after`` and ``alerts``, and the file's
``alert_channels``: checked when the config loads, with messages that say what to write."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsdesk.config import Config, parse_config
from newsdesk.exceptions import ConfigError

HOOK = "{id: editors, kind: feishu, url: 'https://open.feishu.cn/hook/x'}"
FILES = "{id: hugo, kind: files, dir: posts}"


def digest(settings: str, *, publish: str = FILES, alert_channels: str = "") -> str:
    text = f"digests: [{{name: ai-ribao, title: AI 日报, publish: [{publish}], {settings}}}]"
    return text + (f"\nalert_channels: [{alert_channels}]" if alert_channels else "")


def load(text: str) -> Config:
    return parse_config(text, env={})


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(text)
    return caught.value.problems or [str(caught.value)]


def test_a_schedule_is_five_cron_fields_kept_as_written() -> None:
    [scheduled] = load(digest("schedule: '30  22 * * *'")).digests
    assert scheduled.schedule == "30 22 * * *"
    assert load(digest("review: none")).digests[0].schedule is None


@pytest.mark.parametrize(
    ("schedule", "why"),
    [
        ("30 25 * * *", "is not a cron schedule (bad hour)"),
        ("0 30 22 * * *", "is not a cron schedule: it has 6 fields where cron has 5"),
        ("@daily", "is not a cron schedule: it has 1 fields where cron has 5"),
    ],
)
def test_a_schedule_that_is_not_cron_is_refused(schedule: str, why: str) -> None:
    [line] = problems(digest(f"schedule: '{schedule}'"))
    assert line.startswith(f"digests[0].schedule: '{schedule}' {why}")
    assert '"30 22 * * *"' in line


def test_auto_publish_after_is_a_duration_with_review_required_and_a_schedule() -> None:
    text = digest("schedule: '30 22 * * *', review: required, auto_publish_after: 1h30m")
    [scheduled] = load(text).digests
    assert scheduled.grace == timedelta(hours=1, minutes=30)
    assert load(digest("review: required")).digests[0].grace is None


def test_auto_publish_after_without_review_required_is_refused_saying_why() -> None:
    [line] = problems(digest("schedule: '30 22 * * *', auto_publish_after: 2h"))
    assert line == (
        "digests[0]: digest 'ai-ribao': auto_publish_after publishes a draft nobody reviewed, "
        "so it needs review: required (with review: none every run publishes at once); "
        "remove it or set review: required"
    )


def test_auto_publish_after_without_a_schedule_is_refused() -> None:
    [line] = problems(digest("review: required, auto_publish_after: 2h"))
    assert "auto_publish_after applies to the drafts of scheduled runs; set a schedule" in line


@pytest.mark.parametrize(
    ("value", "why"),
    [("2 hours", "is not a duration"), ("0m", "is out of range"), ("8d", "is out of range")],
)
def test_a_bad_grace_period_is_refused(value: str, why: str) -> None:
    text = digest(f"schedule: '0 8 * * *', review: required, auto_publish_after: '{value}'")
    [line] = problems(text)
    assert line.startswith(f"digests[0].auto_publish_after: '{value}' {why}")


def test_alerts_go_to_every_alert_channel_unless_a_digest_names_its_own() -> None:
    two = f"{HOOK}, {{id: me, kind: telegram, bot_token: t, chat_id: '1'}}"
    wecom = "{id: team, kind: wecom, url: 'https://qyapi.weixin.qq.com/x'}"
    every = load(digest("schedule: '0 8 * * *'", alert_channels=two))
    named = load(digest("alerts: [team, me]", publish=f"{FILES}, {wecom}", alert_channels=two))
    none = load(digest("alerts: []", alert_channels=two))

    assert [c.id for c in every.alert_channels_of(every.digests[0])] == ["editors", "me"]
    assert [c.id for c in named.alert_channels_of(named.digests[0])] == ["team", "me"]
    assert none.alert_channels_of(none.digests[0]) == []


def test_alerts_naming_an_unknown_channel_are_refused_listing_the_known() -> None:
    [line] = problems(digest("alerts: [editor]", alert_channels=HOOK))
    assert line.endswith(
        "digest 'ai-ribao': alerts names unknown channel 'editor'; name one of its publish "
        "channels or of alert_channels (hugo, editors)"
    )


def test_a_channel_that_cannot_carry_an_alert_is_refused() -> None:
    [named] = problems(digest("alerts: [hugo]"))
    [shared] = problems(f"alert_channels: [{FILES}]")

    assert "alerts names 'hugo', a 'files' channel, which cannot carry an alert" in named
    assert shared == (
        "alert_channels[0]: a 'files' channel cannot carry an alert; use a chat webhook "
        "(feishu, dingtalk, wecom, slack, discord), telegram or email"
    )


def test_an_alert_id_naming_two_channels_is_refused() -> None:
    feishu = HOOK.replace("editors", "hugo")
    [line] = problems(digest("alerts: [hugo]", publish=HOOK.replace("editors", "hugo"),
                             alert_channels=feishu))  # fmt: skip
    assert "both one of its publish channels and one of alert_channels; rename one" in line
