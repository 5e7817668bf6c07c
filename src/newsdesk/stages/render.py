"""render: each verified digest's files, ``digest.json`` and ``verification.json``, its
cover and its Markdown in every style it is published in.

The files are kept in the store with the digest's revision: publishing and the site take
a revision's own files from there, and the output folder is an export of the newest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsdesk._oswords import os_problem
from newsdesk.config import Config, DigestConfig
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import Digest, WrittenDigest
from newsdesk.render import CoverError, Fonts, draw_cover, render_markdown
from newsdesk.stages._contract import StageContext, StageResult
from newsdesk.stages._days import output_folder
from newsdesk.stages.verify import Verified
from newsdesk.store import Store, digest_json, verification_json


@dataclass(frozen=True, slots=True)
class Rendered:
    """The digests render wrote out in this run."""

    #: One per verified digest, with its folder, files and warnings.
    written: tuple[WrittenDigest, ...]


class Render:
    """Write the files of every digest verify stored in the run; a cover that cannot be
    drawn (no font) is a warning, a folder that cannot be written fails the run."""

    name = "render"

    async def run(self, ctx: StageContext) -> StageResult:
        written = []
        for digest in ctx.input(Verified).digests:
            try:
                written.append(
                    render_digest(
                        ctx.store, ctx.config, ctx.config.digest(digest.name), digest, ctx.now
                    )
                )
            except OSError as err:
                raise NewsdeskError(f"Could not write the digest files: {os_problem(err)}") from err
        return StageResult(
            counts={"digests": len(written), "files": sum(len(w.files) for w in written)},
            errors=tuple(
                {"digest": w.digest.name, "warning": warning}
                for w in written
                for warning in w.warnings
            ),
            output=Rendered(tuple(written)),
        )


def render_digest(
    store: Store, config: Config, digest_config: DigestConfig, digest: Digest, now: datetime
) -> WrittenDigest:
    """A digest's folder filled (its JSON, its verification, its cover and Markdown), and
    the same files kept in the store with its revision."""
    folder = output_folder(config, digest.name, digest.day)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "digest.json").write_text(
        json.dumps(digest_json(digest), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (folder / "verification.json").write_text(
        json.dumps(verification_json(digest.verification), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    cover = write_cover(config, digest_config, digest, folder, warnings)
    files = render_files(config, digest_config, digest, folder, cover=cover)
    if cover:
        files.append(folder / "cover.png")
    kept = [folder / "digest.json", folder / "verification.json", *files]
    store.save_edition_files(
        digest.name, digest.day, digest.revision, {f.name: f.read_bytes() for f in kept}, now
    )
    return WrittenDigest(digest, str(folder), tuple(str(f) for f in files), tuple(warnings))


def cover_url(config: Config, digest: Digest) -> str:
    """Where ``coverImage`` points: under ``render.cover_base_url``, or beside the file."""
    base = config.render.cover_base_url
    if not base:
        return "cover.png"
    return f"{base.rstrip('/')}/{digest.name}/{digest.day.isoformat()}/cover.png"


def write_cover(
    config: Config,
    digest_config: DigestConfig,
    digest: Digest,
    folder: Path,
    warnings: list[str],
) -> str:
    """Draw ``cover.png`` into the folder; returns its URL, or "" when there is none."""
    settings = config.render.cover
    if not settings.enabled:
        return ""
    keywords = [k for k in (*digest.seo, *digest.tags) if k not in (digest_config.title, "AI")]
    try:
        fonts = Fonts.find(settings.font, settings.font_bold)
        png = draw_cover(
            digest,
            digest_config.title,
            list(dict.fromkeys(keywords))[:6],
            fonts,
            (settings.width, settings.height),
        )
    except CoverError as err:
        warnings.append(f"no cover: {err}")
        return ""
    path = folder / "cover.png"
    path.write_bytes(png)
    return cover_url(config, digest)


def render_stored(
    store: Store,
    config: Config,
    digest_config: DigestConfig,
    digest: Digest,
    now: datetime,
    style: str | None = None,
) -> list[Path]:
    """Render a stored digest again (in one style, or all of the digest's) into its folder,
    with the cover its revision has; a style it did not have is kept with the revision."""
    folder = output_folder(config, digest.name, digest.day)
    folder.mkdir(parents=True, exist_ok=True)
    kept = store.edition_files(digest.name, digest.day, digest.revision)
    if "cover.png" in kept:
        (folder / "cover.png").write_bytes(kept["cover.png"])
    cover = cover_url(config, digest) if "cover.png" in kept else ""
    paths = render_files(config, digest_config, digest, folder, [style] if style else None, cover)
    store.save_edition_files(
        digest.name, digest.day, digest.revision, {p.name: p.read_bytes() for p in paths}, now
    )
    return paths


def revision_cover(store: Store, config: Config, digest: Digest) -> bytes | None:
    """The cover of the digest's revision, as the store keeps it (from the output folder
    for a digest rendered before the store kept files)."""
    kept = store.edition_files(digest.name, digest.day, digest.revision)
    if kept:
        return kept.get("cover.png")
    old = output_folder(config, digest.name, digest.day) / "cover.png"
    return old.read_bytes() if old.exists() else None


def export_files(files: Mapping[str, bytes], folder: Path) -> list[Path]:
    """Write a revision's kept files into a folder; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    return paths


def render_files(
    config: Config,
    digest_config: DigestConfig,
    digest: Digest,
    folder: Path,
    styles: Sequence[str] | None = None,
    cover: str = "",
) -> list[Path]:
    """The digest's Markdown in its styles (default: its style and extra styles)."""
    written = []
    chosen = styles or [digest_config.style, *digest_config.styles]
    for style in dict.fromkeys(chosen):
        rendered = render_markdown(digest, style, config, digest_config, cover=cover)
        path = folder / f"{style}.md"
        path.write_text(rendered.markdown, encoding="utf-8")
        written.append(path)
    return written
