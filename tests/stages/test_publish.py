"""publish: each digest the run wrote goes to its channels, unless it awaits approval."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from newsdesk.config import Config
from newsdesk.stages.publish import Publish, Published, _in_background
from newsdesk.stages.render import Render
from newsdesk.stages.verify import Verify
from newsdesk.stages.write import Write
from newsdesk.store import SqlStore

from .seeded_day import EVENING, SELECTED, context, run, through

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
