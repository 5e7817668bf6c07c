"""The files and git channels, and publishing once per digest, day and channel."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from publish_helpers import COVER, DAY, edition

from newsdesk.config import FilesChannel, GitChannel
from newsdesk.publish import Edition, PublishError, publish_edition
from newsdesk.publish.files import FilesPublisher
from newsdesk.publish.git import GitPublisher
from newsdesk.store import open_store

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)


def test_files_writes_a_page_bundle_whose_cover_resolves(tmp_path: Path) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="content/posts")
    paths = FilesPublisher(config, tmp_path).publish(edition())
    bundle = tmp_path / "content" / "posts" / "2026-05-14-ai-ribao"
    assert paths == [str(bundle / "index.md"), str(bundle / "cover.png")]
    assert 'coverImage: "cover.png"' in (bundle / "index.md").read_text(encoding="utf-8")
    assert (bundle / "cover.png").read_bytes() == COVER


def test_a_post_of_its_own_points_its_cover_beside_it(tmp_path: Path) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="posts", filename="{date}-{name}.md")
    FilesPublisher(config, tmp_path).publish(edition())
    post = tmp_path / "posts" / "2026-05-14-ai-ribao.md"
    assert 'coverImage: "2026-05-14-ai-ribao.png"' in post.read_text(encoding="utf-8")
    assert post.with_suffix(".png").read_bytes() == COVER


def test_files_names_a_style_that_was_not_rendered(tmp_path: Path) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="posts", style="insight")
    with pytest.raises(PublishError, match="style 'insight' was not rendered"):
        FilesPublisher(config, tmp_path).publish(edition())


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_git_commits_the_post_and_pushes_it_to_the_remote(tmp_path: Path) -> None:
    remote = tmp_path / "site.git"
    git("init", "--bare", "-b", "main", str(remote), cwd=tmp_path)
    config = GitChannel(id="site", kind="git", repo=str(remote), dir="content/posts")
    publisher = GitPublisher(config, tmp_path / "work")
    first = publisher.publish(edition())
    log = git("log", "--format=%H %s", "main", cwd=remote)
    assert log == f"{first[0]} AI 日报 2026-05-14"
    files = git("ls-tree", "-r", "--name-only", "main", cwd=remote).splitlines()
    assert files == [
        "content/posts/2026-05-14-ai-ribao/cover.png",
        "content/posts/2026-05-14-ai-ribao/index.md",
    ]
    again = GitPublisher(config, tmp_path / "work").publish(edition())
    assert again == first  # nothing changed: no empty commit


def test_git_reports_a_remote_it_cannot_reach(tmp_path: Path) -> None:
    config = GitChannel(id="site", kind="git", repo=str(tmp_path / "missing.git"))
    with pytest.raises(PublishError, match="git clone failed"):
        GitPublisher(config, tmp_path / "work").publish(edition())


class Recording:
    def __init__(self, channel_id: str, fail: bool = False) -> None:
        self.id = channel_id
        self.fail = fail
        self.posted: list[Edition] = []

    def publish(self, value: Edition, resume: Sequence[str] = ()) -> list[str]:
        self.resumed = tuple(resume)
        if self.fail:
            raise PublishError("the service said no", sent=("mail:1",))
        self.posted.append(value)
        return [*resume, f"{self.id}:{len(self.posted)}"]


def test_each_channel_publishes_once_unless_forced_and_a_failure_stops_nothing(
    tmp_path: Path,
) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    good, bad = Recording("tg"), Recording("mail", fail=True)
    first = publish_edition(store, [bad, good], edition(), NOW, force=False)
    assert [(p.channel, p.status) for p in first] == [("mail", "failed"), ("tg", "published")]
    assert first[0].error == "the service said no"
    again = publish_edition(store, [good], edition(), NOW, force=False)
    assert [p.status for p in again] == ["already published"] and len(good.posted) == 1
    forced = publish_edition(store, [good], edition(), NOW, force=True)
    assert forced[0].external_ids == ("tg:2",)
    stored = store.publication("ai-ribao", DAY, "mail")
    assert stored is not None and stored.status == "failed"
    store.close()


def test_a_placeholder_typo_fails_when_the_config_loads() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"unknown placeholder \{day\}"):
        FilesChannel(id="hugo", kind="files", dir="posts", filename="{day}.md")


def test_a_channel_that_failed_half_way_resumes_after_what_it_posted(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    flaky = Recording("mail", fail=True)
    publish_edition(store, [flaky], edition(), NOW, force=False)
    stored = store.publication("ai-ribao", DAY, "mail")
    assert stored is not None and stored.external_ids == ("mail:1",)
    flaky.fail = False
    done = publish_edition(store, [flaky], edition(), NOW, force=False)
    assert flaky.resumed == ("mail:1",) and done[0].external_ids == ("mail:1", "mail:1")
    store.close()
