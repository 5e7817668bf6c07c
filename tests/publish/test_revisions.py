"""A new revision of a day already published: Telegram edits its messages in place,
files are replaced, and a channel that cannot change what it posted waits for --force."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bot_api import BotAPI, form, telegram
from publish_helpers import edition
from webhook_helpers import Hook, five_leads
from webhook_helpers import channel as webhook_config
from webhook_helpers import edition as webhook_edition

from newsdesk.model import Digest
from newsdesk.publish import Edition, Revise, publish_edition
from newsdesk.publish.files import FilesChannel, FilesPublisher
from newsdesk.publish.telegram import TelegramPublisher
from newsdesk.publish.webhooks import WebhookPublisher
from newsdesk.store import SqlStore

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
LONG = "研究团队在报告中详细说明了训练数据、评测方法与安全措施。" * 90  # a message per story


@pytest.fixture
def api() -> Iterator[BotAPI]:
    bot = BotAPI()
    with bot.server:
        yield bot


def revised(value: Edition, digest: Digest) -> Edition:
    return replace(value, digest=replace(digest, revision=value.digest.revision + 1))


def with_summary(value: Edition, story: int, summary: str) -> Edition:
    entries = list(value.digest.entries)
    entries[story - 1] = replace(entries[story - 1], summary=summary)
    section = replace(value.digest.sections[0], entries=tuple(entries))
    return revised(value, replace(value.digest, sections=(section,)))


def test_channels_say_what_a_new_revision_does_there() -> None:
    assert TelegramPublisher.revise is Revise.EDIT
    assert FilesPublisher.revise is Revise.REPLACE
    assert WebhookPublisher.revise is Revise.FORCE


def test_a_changed_story_edits_its_message_and_posts_nothing_new(
    api: BotAPI, store: SqlStore
) -> None:
    first = edition(3, summary=LONG)
    [published] = publish_edition(store, [telegram(api)], first, NOW, force=False)
    sent = len(api.calls)
    correction = "更正：参数规模为 2.5 千亿。" + LONG[14:]  # as long: the same messages
    second = with_summary(first, 2, correction)

    [updated] = publish_edition(store, [telegram(api)], second, NOW, force=False)

    assert published.status == updated.status == "published"
    assert api.calls[sent:] == ["editMessageText"]  # story 2's message, nothing else
    edit = form(api.server.requests[-1])
    assert "更正：参数规模为 2.5 千亿。" in edit["text"]
    assert edit["parse_mode"] == "HTML" and edit["chat_id"] == "@ai_daily_test"
    assert f"@ai_daily_test:{edit['message_id']}" in published.external_ids
    assert set(updated.external_ids) == set(published.external_ids)
    [again] = publish_edition(store, [telegram(api)], second, NOW, force=False)
    assert again.status == "already published" and len(api.calls) == sent + 1


def test_fewer_stories_delete_the_messages_left_over_and_more_are_posted(
    api: BotAPI, store: SqlStore
) -> None:
    first = edition(3, summary=LONG)
    publish_edition(store, [telegram(api)], first, NOW, force=False)
    sent = len(api.calls)

    [shorter] = publish_edition(
        store, [telegram(api)], revised(first, edition(2, summary=LONG).digest), NOW, force=False
    )
    shrunk = api.calls[sent:]
    [longer] = publish_edition(
        store, [telegram(api)], revised(first, edition(4, summary=LONG).digest), NOW, force=False
    )

    assert shorter.status == longer.status == "published"
    assert shrunk.count("editMessageMedia") == 1  # the caption lists the day's headlines
    assert shrunk.count("deleteMessage") >= 1 and "sendMessage" not in shrunk
    assert len(shorter.external_ids) == len(api.calls[:sent]) - len(api.deleted)
    photo = next(r for r in api.server.requests if r.path.endswith("/editMessageMedia"))
    fields = form(photo)
    media = json.loads(fields["media"])
    assert (fields["message_id"], media["media"]) == ("101", "attach://photo")
    assert "第 3 条" not in media["caption"] and b'name="photo"' in photo.body
    assert api.calls[sent + len(shrunk) :].count("sendMessage") >= 1


def test_a_new_revision_replaces_the_days_files(store: SqlStore, tmp_path: Path) -> None:
    files = FilesChannel(id="hugo", kind="files", dir="posts")
    first = edition(3)
    second = revised(first, replace(first.digest, title="光年智能更正 Lumen-2 的参数"))
    second = replace(second, markdown={"ribao": "---\ntitle: 更正\n---\n# y\n"})

    publish_edition(store, [FilesPublisher(files, tmp_path)], first, NOW, force=False)
    [replaced] = publish_edition(store, [FilesPublisher(files, tmp_path)], second, NOW, force=False)

    assert replaced.status == "published"
    [page] = (tmp_path / "posts").rglob("*.md")
    assert page.read_text(encoding="utf-8").startswith("---\ntitle: 更正")


def test_a_chat_webhook_keeps_what_it_posted_until_forced(store: SqlStore) -> None:
    first = webhook_edition(five_leads())
    lead = replace(first.digest.entries[0], headline="星河实验室更正 Lumen-1 的参数规模")
    section = replace(first.digest.sections[0], entries=(lead, *first.digest.entries[1:]))
    second = revised(first, replace(first.digest, sections=(section,)))
    with Hook("discord") as hook:
        publish_edition(store, [WebhookPublisher(webhook_config(hook))], first, NOW, force=False)
        sent = len(hook.requests)
        [held] = publish_edition(
            store, [WebhookPublisher(webhook_config(hook))], second, NOW, force=False
        )
        assert len(hook.requests) == sent
        [forced] = publish_edition(
            store, [WebhookPublisher(webhook_config(hook))], second, NOW, force=True
        )

    assert held.status == "already published"
    assert "revision 2 differs from what went out here" in (held.error or "")
    # the channel alone: a bare `publish --force` would post every channel again
    forcing = "newsdesk publish --digest ai-ribao --date 2026-05-14 --channel team-discord --force"
    assert f"`{forcing}` posts it" in (held.error or "")
    assert forced.status == "published" and len(hook.requests) > sent
