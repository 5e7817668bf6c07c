"""publish: each written digest on its channels, once per channel."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TypeVar

from newsdesk._command import command
from newsdesk.config import ChannelBase, Config, DigestConfig
from newsdesk.model import Digest, EditionStatus, Publication, PublicationStatus
from newsdesk.publish import Edition, Part, Revise, make_channel, part_key, publish_edition
from newsdesk.render import digest_html, render_markdown
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages.render import Rendered, revision_cover
from newsdesk.store import Store

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Published:
    """What publish did in this run."""

    #: One per digest and channel.
    publications: tuple[Publication, ...]


@dataclass(frozen=True, slots=True)
class Preview:
    """What one channel would post of a digest's day, were it published now."""

    #: The channel as configured.
    channel: ChannelBase
    #: What a new revision of a day it carries does there.
    revise: Revise
    #: The revision that would go out (the newest written, or the approved one before a
    #: draft that awaits approval).
    revision: int
    #: The content version of that revision on this channel.
    version: str
    #: What it posts at most once, in order, each in the channel's markup (a channel
    #: that posts the edition whole: its Markdown).
    parts: tuple[Part, ...]
    #: Why a publish would not post it now ("" when it would): the digest's review.
    waiting: str = ""
    #: The keys of the parts each message carries, as the channel packs the whole
    #: revision (a Telegram message holds many stories).
    messages: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Outgoing:
    """Which revision of a digest's day a publish puts out now: the one rule ``publish``,
    its preview and the review desk's Publish button share."""

    #: That revision: the newest written, or, when the digest's review is required, the
    #: approved revision before a newer draft; else the draft that waits.
    revision: Digest
    #: True when ``revision`` is a draft that the digest's review holds back: nothing
    #: goes out until it is approved.
    waiting: bool
    #: The newer draft that stays back while ``revision`` goes out (None when none).
    newer: Digest | None = None
    #: What that newer draft holds and how to publish it ("" when none).
    newer_draft: str = ""


def outgoing(store: Store, digest_config: DigestConfig, written: Digest) -> Outgoing:
    """What a publish of the day whose newest revision is ``written`` puts out."""
    if digest_config.review != "required" or written.status != EditionStatus.DRAFT:
        return Outgoing(written, waiting=False)
    approved = _approved_before(store, written)
    if approved is None:
        return Outgoing(written, waiting=True)
    return Outgoing(approved, False, written, _held_back(store, approved, written))


class Publish:
    """Publish every digest the run wrote, except one whose review is required: its
    draft waits for an editor's approval (and ``newsdesk publish``)."""

    name = "publish"

    async def run(self, ctx: StageContext) -> StageResult:
        rendered = ctx.input(Rendered)
        chosen = to_publish(ctx.config, rendered)
        stop = threading.Event()

        def publish_all() -> list[Publication]:
            results: list[Publication] = []
            for name, day in chosen:
                if stop.is_set():
                    break
                results += publish(
                    ctx.store, ctx.config, ctx.now, day=day, digest=name, stop=stop.is_set
                )
            return results

        done = await _in_background(publish_all, stop)
        return published([*done, *held_for_review(ctx.config, rendered)])


async def _in_background(work: Callable[[], _T], stop: threading.Event) -> _T:
    """``work()`` on a thread of its own, so that Ctrl+C stops the run at once, as it
    stops the other stages: the channels' clients block (a webhook waits its whole
    timeout), and a blocked event loop takes the interruption only when they return.
    The thread is a daemon, left behind rather than waited for at exit; a publisher
    stopped mid-post is what the channel's record already tells as "unknown".  When the
    run is stopped ``stop`` is set, so that in a process that goes on (a server) the
    thread starts no channel after the one it is on: nothing more goes out behind the
    run's record of where it stopped."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[_T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not done.done():  # not cancelled meanwhile
            outcome()

    def thread() -> None:
        try:
            result = work()
        except BaseException as err:  # handed to the waiting task
            report = functools.partial(settle, functools.partial(done.set_exception, err))
        else:
            report = functools.partial(settle, functools.partial(done.set_result, result))
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
            loop.call_soon_threadsafe(report)

    threading.Thread(target=thread, name="newsdesk-publish", daemon=True).start()
    try:
        return await done
    except BaseException:
        stop.set()
        raise


def to_publish(config: Config, rendered: Rendered) -> list[tuple[str, date]]:
    """The digests (name, day) a run publishes of those it wrote: not one whose review
    is required, as its draft waits for an editor's approval."""
    return [
        (w.digest.name, w.digest.day)
        for w in rendered.written
        if config.digest(w.digest.name).review != "required"
    ]


def held_for_review(config: Config, rendered: Rendered) -> list[Publication]:
    """The channels of each digest a run wrote but does not publish, as its review is
    required: "awaiting approval" with how to approve it, as ``publish`` says it, so that
    the run does not pass over the draft in silence."""
    return [
        Publication(
            w.digest.name,
            w.digest.day,
            c.id,
            PublicationStatus.AWAITING_APPROVAL,
            error=awaiting_approval(w.digest),
        )
        for w in rendered.written
        if config.digest(w.digest.name).review == "required"
        and w.digest.status == EditionStatus.DRAFT
        for c in config.digest(w.digest.name).publish
        if c.enabled
    ]


def awaiting_approval(written: Digest) -> str:
    """Why a draft is not published, and the commands that look at it and approve it."""
    return (
        f"revision {written.revision} is a draft and the digest's review is "
        f"required. Look at it with `{command()} edition show --digest {written.name} "
        f"--date {written.day}`, then approve it with `{command()} edition approve "
        f"--digest {written.name} --date {written.day}`."
    )


def published(results: Sequence[Publication]) -> StageResult:
    """Publish's result from what it did on each channel (of one run, or of its tasks)."""
    return StageResult(
        counts={
            status.value: sum(r.status == status for r in results)
            for status in (
                PublicationStatus.PUBLISHED,
                PublicationStatus.FAILED,
                PublicationStatus.UNKNOWN,
                PublicationStatus.BUSY,
            )
        },
        errors=tuple(
            {"channel": r.channel, "error": r.error}
            for r in results
            if r.error and r.status != PublicationStatus.AWAITING_APPROVAL  # held, not wrong
        ),
        output=Published(tuple(results)),
    )


def edition_of(
    store: Store, config: Config, digest_config: DigestConfig, digest: Digest
) -> Edition:
    """A stored digest rendered for the channels: its styles, HTML, the cover its revision
    was rendered with, its page URL."""
    cover = revision_cover(store, config, digest)
    base = config.site.base_url
    page = f"{base.rstrip('/')}/{digest.name}/{digest.day.isoformat()}/" if base else ""
    styles = dict.fromkeys([digest_config.style, *digest_config.styles])
    styles.update(
        dict.fromkeys(c.markdown_style for c in digest_config.publish if c.markdown_style)
    )
    cover_ref = "cover.png" if cover is not None else ""
    return Edition(
        digest=digest,
        markdown={
            s: render_markdown(digest, s, config, digest_config, cover=cover_ref).markdown
            for s in styles
        },
        html=digest_html(digest),  # each channel shows the cover its own way
        cover=cover,
        page_url=page,
        label=digest_config.title,
    )


def publish(
    store: Store,
    config: Config,
    now: datetime,
    *,
    day: date | None = None,
    digest: str | None = None,
    channel: str | None = None,
    force: bool = False,
    stop: Callable[[], bool] = lambda: False,
) -> list[Publication]:
    """Publish the written digests of a day (default: each digest's latest) on their
    channels (or only ``channel``); a channel already done is skipped unless ``force``;
    once ``stop()`` is true, no further digest or channel starts.

    A digest whose review is required and whose newest revision is still a draft is not
    published: each of its channels comes back "awaiting approval", saying how to approve
    it, and the other digests are published as usual.
    """
    chosen = [config.digest(digest)] if digest else config.digests
    results: list[Publication] = []
    work = config.base_dir / ".newsdesk-git"
    for digest_config in chosen:
        if stop():
            break
        channels = [c for c in digest_config.publish if c.enabled]
        if channel is not None:
            channels = [c for c in channels if c.id == channel]
        if not channels:
            continue
        written = store.digest(digest_config.name, day)
        if written is None:
            continue
        out = outgoing(store, digest_config, written)
        written = out.revision
        if out.waiting:
            why = awaiting_approval(written)
            results += [
                Publication(
                    written.name,
                    written.day,
                    c.id,
                    PublicationStatus.AWAITING_APPROVAL,
                    error=why,
                )
                for c in channels
            ]
            continue
        edition = edition_of(store, config, digest_config, written)
        publishers = [make_channel(c, config.base_dir, work) for c in channels]
        done = publish_edition(store, publishers, edition, now, force=force, stop=stop)
        if out.newer is not None:
            done = [
                replace(p, newer_draft=out.newer_draft, newer_revision=out.newer.revision)
                for p in done
            ]
        results += done
    return results


def _held_back(store: Store, approved: Digest, draft: Digest) -> str:
    """Why a newer draft of the day does not go out with the approved revision before
    it, and what it holds: the editor acted (or a run wrote) after approving, and may
    expect the change to be published.  It does not say the approved revision went out:
    a channel may have failed, and each channel's own result says so."""
    actions = store.editor_actions(draft.name, draft.day, after_revision=approved.revision)
    done = "; ".join(
        f"{a.verb.value} {a.story_id}"
        + (f" to {a.position}" if a.position else "")
        + f" by {a.who}"
        for a in actions
    )
    what = f" ({done})" if done else " (from a later run)"
    return (
        f"revision {draft.revision}{what} is a newer draft awaiting approval and was not "
        f"published; this publish was of revision {approved.revision}, the approved one. To "
        f"publish the newer one: `{command()} edition approve --digest {draft.name} --date "
        f"{draft.day}`, then `{command()} publish`."
    )


def _approved_before(store: Store, draft: Digest) -> Digest | None:
    """The newest approved revision before a draft, if it has not gone out yet: the
    editor approved it, and a later run's draft does not hold it back."""
    for revision in range(draft.revision - 1, 0, -1):
        earlier = store.digest(draft.name, draft.day, revision)
        if earlier is not None and earlier.status != EditionStatus.DRAFT:
            return earlier if earlier.status == EditionStatus.APPROVED else None
    return None


def preview(store: Store, config: Config, digest_config: DigestConfig, day: date) -> list[Preview]:
    """What each of a digest's enabled channels would post of its day now; nothing when
    the day has no written revision.  Posts nothing, records nothing."""
    written = store.digest(digest_config.name, day)
    if written is None:
        return []
    out = outgoing(store, digest_config, written)
    written = out.revision
    waiting = f"awaiting approval: revision {written.revision} is a draft" if out.waiting else ""
    edition = edition_of(store, config, digest_config, written)
    work = config.base_dir / ".newsdesk-git"
    previews = []
    for channel_config in (c for c in digest_config.publish if c.enabled):
        channel = make_channel(channel_config, config.base_dir, work)
        try:
            parts = channel.parts(edition)
            packed = tuple(m.parts for m in channel.messages(edition, parts))
        finally:
            channel.close()
        style = channel_config.markdown_style or digest_config.style
        post = edition.markdown.get(style, "")
        shown = tuple(p if p.text or len(parts) > 1 else Part(p.key, post) for p in parts)
        version = part_key(*(p.key for p in parts))
        previews.append(
            Preview(
                channel_config, channel.revise, written.revision, version, shown, waiting, packed
            )
        )
    return previews
