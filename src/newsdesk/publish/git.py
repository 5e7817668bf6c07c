"""The ``git`` channel: commit the post into a site repository and push it.

The repository is cloned once into the store's folder (``.newsdesk-git/<channel>``) and
pulled before each post, so a site built by CI from that repository gets the day.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from newsdesk.config import ChannelBase, check_placeholders
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    Part,
    PublishError,
    Revise,
    register_channel,
)
from newsdesk.publish.files import file_name, one_message, whole_post, write_files


class GitChannel(ChannelBase):
    """Commit the rendered files into a site repository and push them."""

    kind: Literal["git"]
    repo: str = Field(description="a clone URL or path of the site repository")
    branch: str = "main"
    dir: str = Field("content/posts", description="folder inside the repository")
    style: str = ""
    filename: str = "{date}-{name}/index.md"
    author: str = "newsdesk <newsdesk@localhost>"
    message: str = "{label} {date}"

    @property
    def markdown_style(self) -> str:
        return self.style

    @field_validator("filename")
    @classmethod
    def _filename(cls, value: str) -> str:
        return check_placeholders(value, ("date", "name"))

    @field_validator("message")
    @classmethod
    def _message(cls, value: str) -> str:
        return check_placeholders(value, ("label", "date", "title"))


_TIMEOUT = 120


def git_said(output: str, returncode: int) -> str:
    """Why git failed, in its own words: its first ``fatal:`` or ``error:`` line (what
    follows is advice such as "Please make sure you have the correct access rights"),
    else its last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        for mark in ("fatal: ", "error: "):
            if line.startswith(mark):
                return line.removeprefix(mark)
    return lines[-1] if lines else f"git exited with {returncode}"


class GitPublisher(Channel):
    """Clone (once), pull, write, commit, push; the commit is the post's id.  A new
    revision of a day is a new commit over the day's files."""

    revise = Revise.REPLACE

    def __init__(self, config: GitChannel, work_dir: Path) -> None:
        self.id = config.id
        self.config = config
        self.checkout = work_dir / config.id

    def _git(self, *args: str, cwd: Path | None = None) -> str:
        name, _, email = self.config.author.partition(" <")
        email = email.rstrip(">") or "newsdesk@localhost"
        env_author = ["-c", f"user.name={name.strip()}", "-c", f"user.email={email}"]
        try:
            done = subprocess.run(
                ["git", *env_author, *args],
                cwd=cwd or self.checkout,
                capture_output=True,
                text=True,
                timeout=_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise PublishError(f"git {args[0]} failed: {err}") from err
        if done.returncode != 0:
            reason = git_said(done.stderr or done.stdout, done.returncode)
            raise PublishError(f"git {args[0]} failed for {self.config.repo}: {reason}")
        return done.stdout.strip()

    def _ready(self) -> None:
        branch = self.config.branch
        if not (self.checkout / ".git").exists():
            self.checkout.parent.mkdir(parents=True, exist_ok=True)
            self._git("clone", self.config.repo, str(self.checkout), cwd=self.checkout.parent)
        self._git("fetch", "origin")
        remote = self._git("ls-remote", "--heads", "origin", branch)
        if remote:
            self._git("checkout", "-B", branch, f"origin/{branch}")
        else:  # an empty repository: the first post starts the branch
            self._git("checkout", "-B", branch)

    def parts(self, edition: Edition) -> list[Part]:
        post = f"{self.config.dir}/{file_name(self.config.filename, edition)}"
        where = f"{self.config.repo} {self.config.branch} {post}"
        return whole_post("git", self.config.style, edition, where)

    def messages(self, edition: Edition, parts: Sequence[Part]) -> list[Message]:
        return one_message(parts, edition)

    def post(self, message: Message) -> str:
        edition: Edition = message.body
        self._ready()
        folder = self.checkout / self.config.dir
        paths = write_files(folder, self.config.filename, self.config.style, edition)
        self._git("add", *[str(p.relative_to(self.checkout)) for p in paths])
        if not self._git("status", "--porcelain"):
            return self._git("rev-parse", "HEAD")  # the same post is there already
        subject = self.config.message.format(
            label=edition.label, date=edition.digest.day.isoformat(), title=edition.digest.title
        )
        self._git("commit", "-m", subject)
        self._git("push", "origin", f"HEAD:{self.config.branch}")
        return self._git("rev-parse", "HEAD")


register_channel(
    "git",
    GitChannel,
    lambda config, _, work_dir: GitPublisher(config, work_dir),
    known_as=("github", "github_pages", "repository", "repo"),
)
