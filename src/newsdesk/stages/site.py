"""site: the HTML archive and its feeds, rebuilt from every stored digest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsdesk._oswords import os_problem
from newsdesk.config import Config, DigestConfig, folder_of
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import Digest, EditionStatus
from newsdesk.render import SiteDigest, SiteInfo
from newsdesk.render import build_site as render_site
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages.render import Rendered, revision_cover
from newsdesk.store import Store

#: Where the feeds say the site is when ``site.base_url`` is not set (a local preview).
LOCAL_SITE = "http://localhost:8000/"


@dataclass(frozen=True, slots=True)
class SitePages:
    """The site as the run left it."""

    #: Its front page.
    index: Path
    #: Every file written into it (pages, feeds, covers).
    files: tuple[Path, ...]


class Site:
    """Rebuild the site, unless the run wrote no digest: then it is as it was."""

    name = "site"

    async def run(self, ctx: StageContext) -> StageResult:
        rendered = ctx.find(Rendered)
        if rendered is not None and not rendered.written:
            return StageResult()
        try:
            folder, files = build_site(ctx.store, ctx.config)
        except OSError as err:
            raise NewsdeskError(f"Could not write the site: {os_problem(err)}") from err
        return StageResult(
            counts={"pages": sum(f.suffix == ".html" for f in files)},
            output=SitePages(folder / "index.html", tuple(files)),
        )


def build_site(store: Store, config: Config) -> tuple[Path, list[Path]]:
    """The HTML archive of the published digests, with their feeds, in ``site.dir``."""
    labels = {d.name: d for d in config.digests}
    shown = (on_site(store, labels[d.name], d) for d in store.all_digests() if d.name in labels)
    found = [d for d in shown if d is not None]
    digests = [
        SiteDigest(
            d,
            labels[d.name].title,
            labels[d.name].timezone,
            revision_cover(store, config, d),
        )
        for d in found
    ]
    first = config.digests[0] if config.digests else None
    language = config.site.language or (first.language if first else "en")
    info = SiteInfo(
        title=config.site.title or (first.title if first else "newsdesk"),
        base_url=config.site.base_url or LOCAL_SITE,
        description=config.site.description,
        language=language,
        categories={c.key: getattr(c, language) for c in config.assess.categories},
    )
    out = folder_of(config.base_dir, config.site.dir)
    return out, render_site(out, info, digests)


def on_site(store: Store, digest_config: DigestConfig, newest: Digest) -> Digest | None:
    """The revision of a day readers see, given the day's digest as ``all_digests``
    gives it (its newest published revision, else its newest): with channels, the
    published one; without any, the newest once written, or, when its review is
    required, the newest an editor approved, so that a draft never reaches readers
    before its approval; None while there is none."""
    if digest_config.publish:
        return newest if newest.status == EditionStatus.PUBLISHED else None
    if digest_config.review != "required" or newest.status != EditionStatus.DRAFT:
        return newest
    for revision in range(newest.revision - 1, 0, -1):
        earlier = store.digest(newest.name, newest.day, revision)
        if earlier is not None and earlier.status != EditionStatus.DRAFT:
            return earlier
    return None
