"""publish: each digest the run wrote goes to its channels, unless it awaits approval."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from newsdesk.config import Config, parse_config
from newsdesk.stages.publish import Publish, Published, _in_background
from newsdesk.stages.render import Render
from newsdesk.stages.verify import Verify
from newsdesk.stages.write import Write
from newsdesk.store import SqlStore

from .seeded_day import CONFIG, EVENING, SELECTED, context, run, through

RENDERED = (*SELECTED, Write(), Verify(), Render())


def test_a_written_digest_is_published_on_its_channel(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    ctx = through(RENDERED, context(day_store, config))

    result = run(Publish(), ctx)

    assert isinstance(result.output, Published)
    [publication] = result.output.publications
    assert (publication.channel, publication.status) == ("posts", "published")
    assert result.counts == {"published": 1, "failed": 0, "unknown": 0, "busy": 0}
    page = tmp_path / "posts" / f"{EVENING.date().isoformat()}-daily" / "index.md"
    assert "Kestrel-4" in page.read_text(encoding="utf-8")


def test_a_channel_whose_variable_is_not_set_fails_alone_saying_which(
    day_store: SqlStore, tmp_path: Path
) -> None:
    """A chat channel's token left unset does not stop the config loading (reading
    commands need no token); publishing on that channel fails, naming the variable,
    and the other channel still publishes."""
    chat = "{id: chat, kind: telegram, bot_token: '${TELEGRAM_BOT_TOKEN}', chat_id: '@desk'}"
    text = CONFIG.replace("publish: [{id: posts", f"publish: [{chat}, {{id: posts")
    config = parse_config(text, base_dir=tmp_path, env={})
    ctx = through(RENDERED, context(day_store, config))

    result = run(Publish(), ctx)

    assert isinstance(result.output, Published)
    failed, published = result.output.publications
    assert (failed.channel, failed.status) == ("chat", "failed")
    assert (failed.error or "").startswith("chat: TELEGRAM_BOT_TOKEN is not set")
    assert (published.channel, published.status) == ("posts", "published")


def test_a_digest_whose_review_is_required_waits(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    reviewed = config.model_copy(
        update={"digests": [config.digests[0].model_copy(update={"review": "required"})]}
    )
    ctx = through(RENDERED, context(day_store, reviewed))

    result = run(Publish(), ctx)

    assert isinstance(result.output, Published)
    [waiting] = result.output.publications  # said, with how to approve it, not passed over
    assert (waiting.channel, waiting.status, waiting.external_ids) == (
        "posts", "awaiting approval", ()
    )  # fmt: skip
    assert "newsdesk edition approve --digest daily" in (waiting.error or "")
    assert result.errors == ()  # held for the editor, not gone wrong
    assert not (tmp_path / "posts").exists()


def test_a_cancelled_publish_tells_its_thread_to_stop() -> None:
    """Ctrl+C (or a server cancelling the run) stops the publish stage at once, while a
    channel still waits; the thread posting is told to stop too, so that nothing more
    goes out after the run was recorded interrupted."""
    started, release, stop = threading.Event(), threading.Event(), threading.Event()

    def work() -> bool:
        started.set()
        release.wait(10)
        return stop.is_set()

    async def cancelled() -> None:
        task = asyncio.ensure_future(_in_background(work, stop))
        await asyncio.to_thread(started.wait, 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    try:
        asyncio.run(cancelled())
        assert stop.is_set()
    finally:
        release.set()
