"""Rendering and publishing written digests, and the site of them all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from newsdesk._command import command
from newsdesk._oswords import os_problem
from newsdesk.core._base import DeskBase
from newsdesk.core._views import BuiltSite, ChannelPart, ChannelView
from newsdesk.exceptions import NewsdeskError, NotFoundError
from newsdesk.model import MessageState, Publication, PublicationStatus
from newsdesk.publish import Revise
from newsdesk.stages import publish as publish_stage
from newsdesk.stages import site as site_stage
from newsdesk.stages.render import render_stored


class Publishing(DeskBase):
    """What leaves the desk: Markdown files, channels, the site."""

    def render(
        self, day: date | None = None, digest: str | None = None, style: str | None = None
    ) -> list[Path]:
        """Render written digests (each configured one, or ``digest``) of a day (default:
        each one's latest) as Markdown into the output folder; returns the files."""
        chosen = [self.config.digest(digest)] if digest else self.config.digests
        found = [(d, self.store.digest(d.name, day)) for d in chosen]
        if not any(written for _, written in found):
            raise NotFoundError(f"No written digest to render. `{command()} run` writes one.")
        paths = []
        for digest_config, written in found:
            if written is None:
                continue
            try:
                paths += render_stored(
                    self.store, self.config, digest_config, written, self._now(), style
                )
            except OSError as err:
                raise NewsdeskError(f"Could not write the Markdown: {os_problem(err)}") from err
        return paths

    def publish(
        self,
        day: date | None = None,
        digest: str | None = None,
        channel: str | Sequence[str] | None = None,
        *,
        force: bool = False,
    ) -> list[Publication]:
        """Publish written digests (default: each one's latest) on their channels (or
        only ``channel``, one id or several), each message once unless ``force``.  Raises
        NotFoundError when there is nothing to publish (no written digest with a channel,
        or with ``channel``)."""
        chosen = [channel] if channel is None or isinstance(channel, str) else list(channel)
        results = []
        for one in chosen:
            results += publish_stage.publish(
                self.store, self.config, self._now(), day=day, digest=digest, channel=one,
                force=force,
            )  # fmt: skip
        if not results:
            raise NotFoundError(self._nothing_to_publish(digest, [c for c in chosen if c], day))
        return results

    def _nothing_to_publish(
        self, digest: str | None, channels: list[str], day: date | None = None
    ) -> str:
        """Why a publish found nothing: the digest named has no channel, or the channel
        named is none of theirs (with those they have), else no digest is written yet
        (that day, with the run that writes it)."""
        scope = [self._digest_config(digest)] if digest else self.config.digests
        held = [c.id for d in scope for c in d.publish]
        if not held:
            who, its = (f"{digest} has no", "its") if digest else ("no digest has a", "a digest's")
            return (
                f"Nothing to publish: {who} channel: add one under {its} `publish:` "
                "in the config (see docs/configuration.md)."
            )
        if channels and not set(channels) & set(held):
            which = ", ".join(repr(c) for c in channels)
            who = f"{digest} has no channel" if digest else "no digest has a channel"
            return f"Nothing to publish: {who} {which} (channels: {', '.join(held)})."
        if day is not None:
            return (
                f"Nothing to publish for {day}: no digest with a channel was written that day. "
                f"`{command()} run --date {day} --no-publish` writes it from the items "
                "stored; then publish again."
            )
        return (
            "Nothing to publish: no digest with a channel is written yet. "
            f"`{command()} run` writes and publishes today's."
        )

    def outgoing(
        self, digest: str | None = None, day: date | None = None
    ) -> publish_stage.Outgoing | None:
        """Which revision of a digest's (default: the first) day (default: its latest) a
        publish puts out now, as ``publish`` decides it: with review required, the
        approved revision before a newer draft, naming that draft; None when the day has
        no written revision.  Raises NotFoundError when the day has no edition."""
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        written = self.store.digest(chosen.name, stored.day)
        return None if written is None else publish_stage.outgoing(self.store, chosen, written)

    def channels(self, digest: str | None = None, day: date | None = None) -> list[ChannelView]:
        """Each enabled channel of a digest's (default: the first) day (default: its
        latest): what a publish would post there now, part by part with whether it went
        out already, and every message it posted of the day, revision by revision.
        Posts nothing.  Raises NotFoundError when the day has no edition."""
        chosen = self._digest_config(digest)
        stored = self._edition_day(chosen, day)
        planned = publish_stage.preview(self.store, self.config, chosen, stored.day)
        previews = {p.channel.id: p for p in planned}
        views = []
        for config in (c for c in chosen.publish if c.enabled):
            messages = tuple(self.store.channel_messages(chosen.name, stored.day, config.id))
            sent = {k for m in messages if m.state is MessageState.SENT for k in m.parts}
            maybe = {
                k
                for m in messages
                if m.state in (MessageState.UNKNOWN, MessageState.SENDING)
                for k in m.parts
            }
            found = previews.get(config.id)
            parts = tuple(
                ChannelPart(p, "sent" if p.key in sent else "unknown" if p.key in maybe else "new")
                for p in (found.parts if found else ())
            )
            views.append(
                ChannelView(
                    channel=config.id,
                    kind=config.kind,
                    revise=found.revise if found else Revise.FORCE,
                    revision=found.revision if found else 0,
                    version=found.version if found else "",
                    parts=parts,
                    waiting=found.waiting if found else "the day is not written yet",
                    publication=self.store.publication(chosen.name, stored.day, config.id),
                    messages=messages,
                    packing=found.messages if found else (),
                )
            )
        return views

    def site_after(self, results: Sequence[Publication]) -> BuiltSite | None:
        """The site rebuilt when ``results`` put a revision out, so that it shows what
        was published (a run and the scheduler rebuild it themselves); None when nothing
        went out.  Raises NewsdeskError when the site cannot be written."""
        if not any(r.status is PublicationStatus.PUBLISHED for r in results):
            return None
        return self.build_site()

    def build_site(self) -> BuiltSite:
        """The HTML archive of the written digests, with its RSS, Atom and JSON feeds."""
        try:
            folder, files = site_stage.build_site(self.store, self.config)
        except OSError as err:
            raise NewsdeskError(f"Could not write the site: {os_problem(err)}") from err
        return BuiltSite(folder, tuple(files))
