"""Publishing exactly once: claims, the message record, resuming, unknown outcomes and
changed digests — each reproduction of issue 12 against a local webhook, on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from webhook_helpers import Hook, channel, digest, edition, five_leads, story

from newsdesk.demo._server import Reply
from newsdesk.publish import (
    LEASE,
    Channel,
    Edition,
    Message,
    Part,
    PublishError,
    publish_edition,
)
from newsdesk.publish._chat import DISCORD_CONTENT_CHARS
from newsdesk.publish.webhooks import WebhookPublisher
from newsdesk.store import SqlStore, open_store
from newsdesk.store._schema import _MIGRATIONS, migrate

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)
HERE = Path(__file__).parent
SRC = HERE.parents[1] / "src"


def discord(hook: Hook, client: httpx.Client | None = None) -> WebhookPublisher:
    return WebhookPublisher(channel(hook), client)


def posted_with(hook: Hook, text: str, skip: Sequence[int] = ()) -> int:
    """How many requests (but those at ``skip``) carried the text."""
    return sum(text in body["content"] for i, body in enumerate(hook.bodies) if i not in skip)


def second_store(store: SqlStore) -> SqlStore:
    """Another connection to the same database, as another publisher would have."""
    return open_store(store.engine.url.render_as_string(hide_password=False))


class Recording(Channel):
    """A channel of one message per part that keeps what it was asked to post."""

    def __init__(self, channel_id: str, fail: str = "") -> None:
        self.id = channel_id
        self.fail = fail
        self.posted: list[tuple[str, ...]] = []

    def parts(self, edition: Edition) -> list[Part]:
        return [Part(e.story_id) for e in edition.entries]

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        return [Message((p.key,), n, len(parts), None) for n, p in enumerate(parts, 1)]

    def post(self, message: Message) -> str:
        if self.fail and self.fail in message.parts:
            raise PublishError("the service said no")
        self.posted.append(message.parts)
        return f"{self.id}:{len(self.posted)}"


# Once, unless forced; one channel's failure stops nothing


def test_each_channel_publishes_once_unless_forced_and_a_failure_stops_nothing(
    store: SqlStore,
) -> None:
    good, bad = Recording("tg"), Recording("mail", fail="s2")

    first = publish_edition(store, [bad, good], edition(), NOW, force=False)
    again = publish_edition(store, [good], edition(), NOW, force=False)
    posted_again = len(good.posted)
    forced = publish_edition(store, [good], edition(), NOW, force=True)

    assert [(p.channel, p.status) for p in first] == [("mail", "failed"), ("tg", "published")]
    assert first[0].error == "1 of 2 messages posted. the service said no"
    assert [p.status for p in again] == ["already published"] and posted_again == 2
    assert forced[0].external_ids == ("tg:1", "tg:2", "tg:3", "tg:4")
    stored = store.publication("ai-ribao", edition().digest.day, "mail")
    assert stored is not None and stored.status == "failed" and stored.parts_posted == 1


def test_a_channel_that_failed_half_way_posts_only_the_rest(store: SqlStore) -> None:
    flaky = Recording("mail", fail="s2")
    publish_edition(store, [flaky], edition(), NOW, force=False)
    flaky.fail = ""

    [done] = publish_edition(store, [flaky], edition(), NOW, force=False)

    assert flaky.posted == [("s1",), ("s2",)]
    assert done.status == "published" and done.external_ids == ("mail:1", "mail:2")


def test_a_forced_post_that_fails_is_told_failed_not_published(store: SqlStore) -> None:
    """`publish --force` of a channel that published before posts it all again: when that
    fails (a files channel's post linked into a folder that is gone), the editor must
    read the failure, not a published mark left by the post before."""
    flaky = Recording("hugo")
    publish_edition(store, [flaky], edition(), NOW, force=False)
    flaky.fail = "s2"

    [forced] = publish_edition(store, [flaky], edition(), NOW, force=True)

    assert forced.status == "failed"
    assert forced.error is not None and "the service said no" in forced.error


def test_a_publish_after_a_failed_forced_post_says_nothing_new_was_sent(
    store: SqlStore,
) -> None:
    """After a forced post that failed, every message is still in the channel from the
    post before; a plain publish then sends nothing, and must say so rather than report
    a fresh "published" the editor would take for a new mail or message."""
    flaky = Recording("mail")
    publish_edition(store, [flaky], edition(), NOW, force=False)
    flaky.fail = "s2"
    publish_edition(store, [flaky], edition(), NOW, force=True)
    posted_before = len(flaky.posted)

    [plain] = publish_edition(store, [flaky], edition(), NOW, force=False)

    assert len(flaky.posted) == posted_before
    assert plain.status == "already published"
    assert plain.error is not None and "nothing new was sent" in plain.error
    stored = store.publication("ai-ribao", edition().digest.day, "mail")
    assert stored is not None and stored.status == "published" and stored.parts_posted == 2


def test_a_publish_told_to_stop_starts_no_channel_after_the_one_it_is_on(
    store: SqlStore,
) -> None:
    """A run stopped while a channel posts (the server's run cancelled) is recorded as
    interrupted then; the channels after it must not go out behind that record."""
    stopping = threading.Event()

    class StoppedWhilePosting(Recording):
        def post(self, message: Message) -> str:
            stopping.set()
            return super().post(message)

    first, second = StoppedWhilePosting("tg"), Recording("mail")

    done = publish_edition(
        store, [first, second], edition(), NOW, force=False, stop=stopping.is_set
    )

    assert [p.channel for p in done] == ["tg"] and second.posted == []
    assert store.publication("ai-ribao", edition().digest.day, "mail") is None


def test_a_bug_in_one_channel_is_raised_after_the_others_published(store: SqlStore) -> None:
    class Broken(Recording):
        def parts(self, edition: Edition) -> list[Part]:
            raise KeyError("result")

    good = Recording("later")
    with pytest.raises(RuntimeError, match=r"KeyError: 'result' \(a bug in newsdesk"):
        publish_edition(store, [Broken("first"), good], edition(), NOW, force=False)
    assert len(good.posted) == 2


def test_a_bug_is_raised_in_the_channel_s_words_with_its_secrets_hidden(
    store: SqlStore,
) -> None:
    class Leaky(Recording):
        def parts(self, edition: Edition) -> list[Part]:
            raise ValueError("could not post to https://hooks.example/T0/secret-token-1234")

        def said(self, error: BaseException | str) -> str:
            return str(error).replace("secret-token-1234", "***")

    with pytest.raises(RuntimeError) as raised:
        publish_edition(store, [Leaky("hook")], edition(), NOW, force=False)
    assert "secret-token-1234" not in str(raised.value) and "***" in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


# Two publishers at once


def test_two_publishers_at_once_post_each_message_once(store: SqlStore) -> None:
    other = second_store(store)
    results: list[str] = []
    start = threading.Barrier(2)

    def publish(on: SqlStore) -> None:
        start.wait()
        [result] = publish_edition(on, [discord(hook)], edition(five_leads()), NOW, force=False)
        results.append(result.status)

    with Hook("discord", delay=0.2) as hook:
        threads = [threading.Thread(target=publish, args=(s,)) for s in (store, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    other.close()

    assert sorted(results) in (["busy", "published"], ["already published", "published"])
    for n in range(1, 6):
        assert posted_with(hook, f"Lumen-{n} 模型") == 1


def test_a_busy_channel_says_who_holds_it_and_until_when(store: SqlStore) -> None:
    day = edition().digest.day
    store.claim_publication("ai-ribao", day, "tg", "elsewhere 1 abcd", NOW, NOW + LEASE)

    [busy] = publish_edition(
        store, [Recording("tg")], edition(), NOW, force=False, clock=lambda: NOW
    )

    assert busy.status == "busy"
    assert busy.error is not None and "another publisher (elsewhere 1 abcd)" in busy.error
    assert "2026-05-14 01:15:00 UTC" in busy.error


def test_a_lapsed_claim_is_taken_over(store: SqlStore) -> None:
    day = edition().digest.day
    store.claim_publication("ai-ribao", day, "tg", "elsewhere 1 abcd", NOW, NOW + LEASE)
    later = NOW + LEASE + timedelta(seconds=1)

    [done] = publish_edition(
        store, [Recording("tg")], edition(), NOW, force=False, clock=lambda: later
    )

    assert done.status == "published"


# Killed in the middle of a channel

_PUBLISH_ONCE = """
import sys
from datetime import UTC, datetime
sys.path.insert(0, {helpers!r})
from webhook_helpers import edition, five_leads
from newsdesk.publish.webhooks import WebhookChannel
from newsdesk.publish import publish_edition
from newsdesk.publish.webhooks import WebhookPublisher
from newsdesk.store import open_store
config = WebhookChannel(id="team-discord", kind="discord", url=sys.argv[2])
publish_edition(open_store(sys.argv[1]), [WebhookPublisher(config)], edition(five_leads()),
                datetime(2026, 5, 14, 1, 0, tzinfo=UTC), force=False)
"""


def test_a_publisher_killed_mid_channel_is_resumed_without_posting_twice(
    store: SqlStore, tmp_path: Path
) -> None:
    script = tmp_path / "publish_once.py"
    script.write_text(_PUBLISH_ONCE.format(helpers=str(HERE)), encoding="utf-8")
    url = store.engine.url.render_as_string(hide_password=False)
    with Hook("discord", hold=2) as hook:
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        killed = subprocess.Popen([sys.executable, str(script), url, hook.url], env=env)
        try:
            assert hook.held.wait(60), "the publisher never reached its second message"
        finally:
            os.kill(killed.pid, signal.SIGKILL)
            killed.wait()
        [after] = publish_edition(store, [discord(hook)], edition(five_leads()), NOW, force=False)
        [forced] = publish_edition(store, [discord(hook)], edition(five_leads()), NOW, force=True)

    assert after.status == "unknown" and after.parts_unknown > 0
    assert "the publisher stopped before the service answered" in (after.error or "")
    assert "--force" in (after.error or "")
    assert forced.status == "published"
    for n in range(1, 6):  # the held message was received: --force posted its stories again
        in_held = f"Lumen-{n} 模型" in hook.bodies[1]["content"]
        assert posted_with(hook, f"Lumen-{n} 模型") == (2 if in_held else 1)


# Answers that may mean "posted"


def test_a_500_after_the_service_took_the_message_is_not_posted_again(store: SqlStore) -> None:
    with Hook("discord") as hook:
        hook.script(Reply(200, b'{"id": "1"}'), Reply(500, b'{"message": "oops"}'))
        [first] = publish_edition(store, [discord(hook)], edition(five_leads()), NOW, force=False)
        [again] = publish_edition(store, [discord(hook)], edition(five_leads()), NOW, force=False)
        requests = len(hook.requests)

    assert first.status == "unknown" and "HTTP 500: oops" in (first.error or "")
    assert again.status == "unknown" and again.parts_posted + again.parts_unknown == again.parts
    for n in range(1, 6):
        assert posted_with(hook, f"Lumen-{n} 模型") == 1
    assert requests == len(hook.bodies)


def test_a_timeout_is_unknown_and_force_posts_it_again(store: SqlStore) -> None:
    with Hook("discord", delay=0.5) as hook, httpx.Client(timeout=0.2) as slow:
        [first] = publish_edition(store, [discord(hook, slow)], edition(), NOW, force=False)
        [again] = publish_edition(store, [discord(hook)], edition(), NOW, force=False)
        [forced] = publish_edition(store, [discord(hook)], edition(), NOW, force=True)

    assert first.status == "unknown" and "did not answer the message in time" in (first.error or "")
    forcing = "newsdesk publish --digest ai-ribao --date 2026-05-14 --channel team-discord --force"
    assert f"Check the channel; `{forcing}` posts them again." in (first.error or "")
    assert again.status == "unknown" and len(hook.requests) == 2
    assert forced.status == "published"


# A digest that changed between a failed post and the retry


def test_a_changed_digest_posts_what_is_new_and_never_says_published_for_less(
    store: SqlStore,
) -> None:
    changed = five_leads()
    lead = replace(changed.entries[0], headline="星河实验室更正 Lumen-1 的参数规模")
    changed = replace(
        changed, sections=(replace(changed.sections[0], entries=(lead, *changed.entries[1:])),)
    )
    with Hook("discord") as hook:
        hook.script(Reply(200, b'{"id": "1"}'), Reply(400, b'{"message": "bad"}'))
        [failed] = publish_edition(store, [discord(hook)], edition(five_leads()), NOW, force=False)
        [retry] = publish_edition(store, [discord(hook)], edition(changed), NOW, force=False)

    assert failed.status == "failed" and 0 < failed.parts_posted < failed.parts
    assert retry.status == "published" and retry.version != failed.version
    assert retry.parts_posted == retry.parts
    for entry in changed.entries:  # every lead story went out, the refused request aside
        assert posted_with(hook, entry.headline, skip=[1]) == 1, entry.headline
    first_message = hook.bodies[0]["content"]
    for n in range(2, 6):  # what the first message posted is not posted again
        if f"Lumen-{n} 模型" in first_message:
            assert posted_with(hook, f"Lumen-{n} 模型", skip=[1]) == 1


class Mail(Recording):
    """A channel whose post cannot be amended, like an e-mail."""

    resends_changes = False

    def parts(self, edition: Edition) -> list[Part]:
        return [Part("|".join(e.headline for e in edition.entries))]


def test_a_sent_mail_is_not_sent_again_for_a_changed_digest_unless_forced(
    store: SqlStore,
) -> None:
    changed = five_leads()
    lead = replace(changed.entries[0], headline="星河实验室更正 Lumen-1 的参数规模")
    changed = replace(
        changed, sections=(replace(changed.sections[0], entries=(lead, *changed.entries[1:])),)
    )
    mail = Mail("mail")
    publish_edition(store, [mail], edition(five_leads()), NOW, force=False)
    [again] = publish_edition(store, [mail], edition(changed), NOW, force=False)
    assert again.status == "already published" and len(mail.posted) == 1
    [forced] = publish_edition(store, [mail], edition(changed), NOW, force=True)
    assert forced.status == "published" and len(mail.posted) == 2


# Over-long text


def test_a_32000_character_title_is_cut_into_one_discord_message(store: SqlStore) -> None:
    long = replace(digest(), title="星河实验室" * 6400)
    with Hook("discord") as hook:
        [done] = publish_edition(store, [discord(hook)], edition(long), NOW, force=False)

    assert done.status == "published" and len(hook.requests) <= 2
    contents = [body["content"] for body in hook.bodies]
    assert all(len(c) <= DISCORD_CONTENT_CHARS for c in contents)
    assert contents[0].split("\n")[1].endswith("…")  # the title, cut


def test_every_discord_message_carries_whole_stories_within_the_limit() -> None:
    stories = [story(n, summary="研究团队表示" * (50 * n)) for n in range(1, 8)]
    with Hook("discord") as hook:
        WebhookPublisher(channel(hook)).publish(edition(digest(stories)))

    assert all(len(b["content"]) <= DISCORD_CONTENT_CHARS for b in hook.bodies)
    for s in stories:  # each headline once, and its (cut) summary with it
        holding = [b["content"] for b in hook.bodies if s.headline in b["content"]]
        assert len(holding) == 1 and "研究团队表示" in holding[0]


def test_the_record_is_stored_with_its_version_and_counts(store: SqlStore) -> None:
    with Hook("discord") as hook:
        [done] = publish_edition(store, [discord(hook)], edition(), NOW, force=False)
        ids = [json.loads(r.body) for r in hook.requests]

    stored = store.publication("ai-ribao", done.day, "team-discord")
    assert stored is not None and stored.status == "published"
    assert stored.version == done.version and stored.parts == stored.parts_posted == done.parts
    assert stored.external_ids == done.external_ids and len(ids) == len(done.external_ids)


def test_a_channel_published_before_versions_were_kept_is_not_posted_again(
    store: SqlStore,
) -> None:
    with store.engine.begin() as conn:
        config = AlembicConfig()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        publications = sa.table(
            "publications",
            *(sa.column(c) for c in ("digest", "day", "channel", "status", "updated")),
            sa.column("external_ids", sa.JSON),
        )
        conn.execute(
            publications.insert().values(
                digest="ai-ribao", day=edition().digest.day, channel="tg", status="published",
                external_ids=["tg:1"], updated=NOW.replace(tzinfo=None),
            )
        )  # fmt: skip
    migrate(store.engine)
    tg = Recording("tg")

    [result] = publish_edition(store, [tg], edition(), NOW, force=False)

    assert result.status == "already published" and tg.posted == []
