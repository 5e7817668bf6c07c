"""The files and git channels."""

from __future__ import annotations

import errno
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from publish_helpers import COVER, edition

from newsdesk.model import work_error_phrase
from newsdesk.publish import PublishError, files, publish_edition
from newsdesk.publish.files import FilesChannel, FilesPublisher
from newsdesk.publish.git import GitChannel, GitPublisher
from newsdesk.store import SqlStore
from newsdesk.web._strings import phrased, strings

NOW = datetime(2026, 5, 14, 1, 0, tzinfo=UTC)


def test_files_writes_a_page_bundle_whose_cover_resolves(tmp_path: Path) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="content/posts")
    paths = FilesPublisher(config, tmp_path).publish(edition())
    bundle = tmp_path / "content" / "posts" / "2026-05-14-ai-ribao"
    assert paths == [str(bundle / "index.md")]
    assert 'coverImage: "cover.png"' in (bundle / "index.md").read_text(encoding="utf-8")
    assert (bundle / "cover.png").read_bytes() == COVER


def test_a_folder_beside_the_configs_is_named_without_dot_dot(tmp_path: Path) -> None:
    """The starter's `dir: ../blog/content/posts` is printed as the folder it is."""
    config = FilesChannel(id="hugo", kind="files", dir="../blog/content/posts")
    (tmp_path / "desk").mkdir()
    paths = FilesPublisher(config, tmp_path / "desk").publish(edition())
    post = tmp_path / "blog" / "content" / "posts" / "2026-05-14-ai-ribao" / "index.md"
    assert paths == [str(post)] and post.is_file()


def test_a_folder_under_the_home_folder_is_written_there_and_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dir: ~/blog/posts` is the user's home folder, not a folder named "~"."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    config = FilesChannel(id="hugo", kind="files", dir="~/blog/posts")
    (tmp_path / "desk").mkdir()
    paths = FilesPublisher(config, tmp_path / "desk").publish(edition())
    post = tmp_path / "home" / "blog" / "posts" / "2026-05-14-ai-ribao" / "index.md"
    assert paths == [str(post)] and post.is_file()
    assert not (tmp_path / "desk" / "~").exists()


def test_a_post_of_its_own_points_its_cover_beside_it(tmp_path: Path) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="posts", filename="{date}-{name}.md")
    FilesPublisher(config, tmp_path).publish(edition())
    post = tmp_path / "posts" / "2026-05-14-ai-ribao.md"
    assert 'coverImage: "2026-05-14-ai-ribao.png"' in post.read_text(encoding="utf-8")
    assert post.with_suffix(".png").read_bytes() == COVER


def test_a_post_stopped_while_written_leaves_the_one_before_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C stops a run while it publishes: a reader's site then has the day's post
    as it was, or the new one, never half of it (the new one is finished beside it,
    then renamed into place)."""
    config = FilesChannel(id="hugo", kind="files", dir="posts", filename="{date}-{name}.md")
    post = tmp_path / "posts" / "2026-05-14-ai-ribao.md"
    post.parent.mkdir()
    post.write_text("the post as it was", encoding="utf-8")

    def stopped(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        FilesPublisher(config, tmp_path).publish(edition())
    assert post.read_text(encoding="utf-8") == "the post as it was"
    assert sorted(p.name for p in post.parent.iterdir()) == [post.name]  # no piece left


def test_a_symlinked_post_is_written_through_its_link_and_keeps_its_mode(
    tmp_path: Path,
) -> None:
    """A site that links the day's post (and cover) to a file elsewhere, readable only as
    its owner set it: publishing writes the new post into that file, not over the link,
    and with the mode it had."""
    config = FilesChannel(id="hugo", kind="files", dir="posts", filename="{date}-{name}.md")
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    target, cover_target = elsewhere / "today.md", elsewhere / "today.png"
    for path in (target, cover_target):
        path.write_text("before", encoding="utf-8")
        path.chmod(0o640)
    post = tmp_path / "posts" / "2026-05-14-ai-ribao.md"
    post.parent.mkdir()
    post.symlink_to(target)
    post.with_suffix(".png").symlink_to(cover_target)

    FilesPublisher(config, tmp_path).publish(edition())

    assert post.is_symlink() and post.with_suffix(".png").is_symlink()
    assert "coverImage" in target.read_text(encoding="utf-8")
    assert cover_target.read_bytes() == COVER
    assert {oct(p.stat().st_mode & 0o777) for p in (target, cover_target)} == {oct(0o640)}
    assert sorted(p.name for p in elsewhere.iterdir()) == ["today.md", "today.png"]


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


def test_a_placeholder_typo_fails_when_the_config_loads() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"unknown placeholder \{day\}"):
        FilesChannel(id="hugo", kind="files", dir="posts", filename="{day}.md")


def test_publishing_again_with_force_names_the_rewritten_page_once(
    store: SqlStore, tmp_path: Path
) -> None:
    config = FilesChannel(id="hugo", kind="files", dir="content/posts")
    page = str(tmp_path / "content" / "posts" / "2026-05-14-ai-ribao" / "index.md")

    first = publish_edition(store, [FilesPublisher(config, tmp_path)], edition(), NOW, force=False)
    for _ in range(2):  # the editor publishes the same day again, twice
        forced = publish_edition(
            store, [FilesPublisher(config, tmp_path)], edition(), NOW, force=True
        )

    assert first[0].external_ids == (page,)
    assert forced[0].status == "published"
    assert forced[0].external_ids == (page,)
    stored = store.publication("ai-ribao", edition().digest.day, "hugo")
    assert stored is not None and stored.external_ids == (page,)


def _in_chinese(error: PublishError) -> str:
    """A channel's failure as the desk's pages word it in Chinese (``work_error_phrase``)."""
    return phrased((work_error_phrase(str(error)),), strings("zh"), ZoneInfo("UTC"))


def test_a_folder_that_cannot_be_written_or_a_style_not_rendered_is_worded_in_chinese(
    tmp_path: Path,
) -> None:
    (tmp_path / "posts").write_text("a file where the folder should be", encoding="utf-8")
    blocked = FilesChannel(id="hugo", kind="files", dir="posts")
    with pytest.raises(PublishError) as unwritable:
        FilesPublisher(blocked, tmp_path).publish(edition())
    unrendered = FilesChannel(id="hugo", kind="files", dir="out", style="insight")
    with pytest.raises(PublishError) as style:
        FilesPublisher(unrendered, tmp_path).publish(edition())
    assert _in_chinese(unwritable.value).startswith(f"无法写入 {tmp_path / 'posts'}：")
    assert _in_chinese(style.value) == "这份日报没有排出样式 insight（排出的样式：ribao）"


@pytest.mark.parametrize(
    ("code", "english", "chinese"),
    [
        (errno.ENOSPC, "the disk is full", "磁盘已满"),
        (errno.EROFS, "the disk there is read-only", "那里的磁盘是只读的"),
    ],
)
def test_a_full_or_read_only_disk_is_worded_in_chinese_to_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, english: str, chinese: str
) -> None:
    folder = tmp_path / "posts"

    def refused(*_: object) -> list[Path]:
        raise OSError(code, "system words", str(folder / "2026-05-14-ai-ribao" / "index.md"))

    monkeypatch.setattr(files, "write_files", refused)
    with pytest.raises(PublishError) as failed:
        FilesPublisher(FilesChannel(id="hugo", kind="files", dir="posts"), tmp_path).publish(
            edition()
        )

    assert str(failed.value).endswith(f"index.md: {english}")
    assert _in_chinese(failed.value) == (
        f"无法写入 {folder}：{folder / '2026-05-14-ai-ribao' / 'index.md'}：{chinese}"
    )


def test_a_remote_git_cannot_reach_is_worded_in_chinese(tmp_path: Path) -> None:
    missing = tmp_path / "missing.git"
    config = GitChannel(id="site", kind="git", repo=str(missing))
    with pytest.raises(PublishError) as failed:
        GitPublisher(config, tmp_path / "work").publish(edition())
    assert _in_chinese(failed.value).startswith(f"git clone 在 {missing} 上失败：")


def test_a_files_channel_given_a_new_folder_writes_the_day_there(
    store: SqlStore, tmp_path: Path
) -> None:
    """The same channel id with another `dir`: the new folder has not had the post, so
    publishing again writes it there, without --force, instead of "already published"."""
    old = FilesChannel(id="hugo", kind="files", dir="old/posts")
    new = FilesChannel(id="hugo", kind="files", dir="new/posts")
    publish_edition(store, [FilesPublisher(old, tmp_path)], edition(), NOW, force=False)

    moved = publish_edition(store, [FilesPublisher(new, tmp_path)], edition(), NOW, force=False)
    again = publish_edition(store, [FilesPublisher(new, tmp_path)], edition(), NOW, force=False)

    page = tmp_path / "new" / "posts" / "2026-05-14-ai-ribao" / "index.md"
    assert moved[0].status == "published" and page.is_file()
    assert moved[0].external_ids == (str(page),)  # where it is now, not the old folder
    assert again[0].status == "already published"


def test_a_git_channel_given_a_new_folder_is_a_new_destination(tmp_path: Path) -> None:
    """The repository, branch and folder are where a git post goes: another is new."""
    before = GitChannel(id="blog", kind="git", repo="git@example.com:me/blog.git")
    after = GitChannel(id="blog", kind="git", repo=before.repo, dir="posts")
    keys = [GitPublisher(c, tmp_path).parts(edition())[0].key for c in (before, after)]
    assert keys[0] != keys[1]
