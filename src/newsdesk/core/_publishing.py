"""Rendering and publishing written digests, and the site of them all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsdesk.core._base import DeskBase
from newsdesk.core._views import BuiltSite
from newsdesk.exceptions import NewsdeskError, NotFoundError
from newsdesk.model import Publication
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
            raise NotFoundError("No written digest to render. `newsdesk run` writes one.")
        paths = []
        for digest_config, written in found:
            if written is None:
                continue
            try:
                paths += render_stored(
                    self.store, self.config, digest_config, written, self._now(), style
                )
            except OSError as err:
                raise NewsdeskError(f"Could not write the Markdown: {err}") from err
        return paths

    def publish(
        self,
        day: date | None = None,
        digest: str | None = None,
        channel: str | None = None,
        *,
        force: bool = False,
    ) -> list[Publication]:
        """Publish written digests (default: each one's latest) on their channels, each
        message once unless ``force``.  Raises NotFoundError when there is nothing to
        publish (no written digest with a channel, or with ``channel``)."""
        results = publish_stage.publish(
            self.store, self.config, self._now(), day=day, digest=digest, channel=channel,
            force=force,
        )  # fmt: skip
        if not results:
            which = f" {channel!r}" if channel else ""
            raise NotFoundError(
                f"Nothing to publish: no written digest with a channel{which} (see `publish:`)."
            )
        return results

    def build_site(self) -> BuiltSite:
        """The HTML archive of the written digests, with its RSS, Atom and JSON feeds."""
        try:
            folder, files = site_stage.build_site(self.store, self.config)
        except OSError as err:
            raise NewsdeskError(f"Could not write the site: {err}") from err
        return BuiltSite(folder, tuple(files))
