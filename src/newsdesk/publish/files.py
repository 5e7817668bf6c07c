"""The ``files`` channel: the Markdown and the cover into a folder (a Hugo, Hexo or Jekyll
site's posts folder, a synced drive)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from newsdesk._oswords import os_problem
from newsdesk.config import ChannelBase, check_placeholders, folder_of
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    Part,
    PublishError,
    Revise,
    part_key,
    register_channel,
)


class FilesChannel(ChannelBase):
    """Write the Markdown (and cover) into a folder, e.g. a Hugo site's content/posts/."""

    kind: Literal["files"]
    dir: str
    style: str = Field("", description="default: the digest's style")
    filename: str = Field(
        "{date}-{name}/index.md",
        description="{date} and {name} are filled in; .../index.md makes a Hugo page bundle",
    )

    @property
    def markdown_style(self) -> str:
        return self.style

    @field_validator("filename")
    @classmethod
    def _filename(cls, value: str) -> str:
        return check_placeholders(value, ("date", "name"))


def file_name(pattern: str, edition: Edition) -> str:
    """The pattern with ``{date}`` and ``{name}`` filled in."""
    return pattern.format(date=edition.digest.day.isoformat(), name=edition.digest.name)


def markdown_for(edition: Edition, style: str) -> str:
    """The edition's Markdown in a style (default: the first it was rendered in)."""
    chosen = style or next(iter(edition.markdown), "")
    if chosen not in edition.markdown:
        known = ", ".join(edition.markdown) or "none"
        raise PublishError(f"style {chosen!r} was not rendered for this digest (rendered: {known})")
    return edition.markdown[chosen]


def write_files(folder: Path, pattern: str, style: str, edition: Edition) -> list[Path]:
    """Write the post and its cover.

    A post named ``index.md`` is a page bundle (Hugo): its folder holds ``cover.png``,
    which ``coverImage`` already names.  A post of its own (``2026-05-14-ai.md``) gets
    ``2026-05-14-ai.png`` beside it, and ``coverImage`` is pointed there.
    """
    post = folder / file_name(pattern, edition)
    text = markdown_for(edition, style)
    written = []
    if edition.cover is not None:
        bundle = post.name == "index.md"
        cover = post.parent / "cover.png" if bundle else post.with_suffix(".png")
        if not bundle:
            text = text.replace('coverImage: "cover.png"', f'coverImage: "{cover.name}"', 1)
        cover.parent.mkdir(parents=True, exist_ok=True)
        _write_whole(cover, edition.cover)
        written.append(cover)
    post.parent.mkdir(parents=True, exist_ok=True)
    _write_whole(post, text.encode("utf-8"))
    return [post, *written]


def _write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` by renaming a finished copy beside it into place: a publish stopped
    midway (Ctrl+C) leaves the file as it was or the new one, never half of it.

    A symlink is written through: the copy goes beside the file it points to and takes
    that file's place, so the link stays a link; and the new file keeps the mode the old
    one had (a post kept private stays private)."""
    target = Path(os.path.realpath(path))
    part = target.with_name(f".{target.name}.part")
    try:
        part.write_bytes(data)
        if target.exists():
            os.chmod(part, target.stat().st_mode & 0o7777)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)


def whole_post(kind: str, style: str, edition: Edition, where: str) -> list[Part]:
    """The post and its cover as one part: a changed digest is written again whole, and
    so is one whose destination (``where``: the post's folder and name as configured)
    changed, as a new folder has not had it."""
    return [Part(part_key(kind, where, markdown_for(edition, style), edition.cover or b""))]


def one_message(parts: Sequence[Part], edition: Edition) -> list[Message]:
    return [Message(tuple(p.key for p in parts), 1, 1, edition)] if parts else []


class FilesPublisher(Channel):
    """Writes into ``dir`` (relative paths from the config file's folder); the post's path
    is its id.  A new revision of a day overwrites the day's files."""

    revise = Revise.REPLACE

    def __init__(self, config: FilesChannel, base_dir: Path) -> None:
        self.id = config.id
        self.config = config
        self.folder = folder_of(base_dir, config.dir)

    def parts(self, edition: Edition) -> list[Part]:
        # as the config writes it: the same on every machine, so a version stays one
        where = f"{self.config.dir}/{file_name(self.config.filename, edition)}"
        return whole_post("files", self.config.style, edition, where)

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        return one_message(parts, edition)

    def post(self, message: Message) -> str:
        try:
            paths = write_files(self.folder, self.config.filename, self.config.style, message.body)
        except OSError as err:
            raise PublishError(
                f"could not write into {self.folder}: {os_problem(err, self.folder)}"
            ) from err
        return str(paths[0])


register_channel(
    "files",
    FilesChannel,
    lambda config, base_dir, _: FilesPublisher(config, base_dir),
    known_as=("hugo", "markdown", "folder", "file"),
)
