"""The rendered day builds as a real site with Hugo (Debian package ``hugo``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from render_helpers import digest

from newsdesk.config import Config
from newsdesk.render import render_markdown

HUGO = shutil.which("hugo")
pytestmark = pytest.mark.skipif(
    HUGO is None, reason="hugo is not installed (`make test` installs it: apt-get install hugo)"
)
LAYOUT = (
    "<html><body><h1>{{ .Title }}</h1><p>{{ .Params.coverImage }}</p>{{ .Content }}</body></html>"
)


def site(root: Path) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text(LAYOUT, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text(
        "{{ range .Pages }}{{ .Title }} {{ end }}", encoding="utf-8"
    )
    (root / "hugo.toml").write_text(
        'baseURL = "https://daily.example.org/"\ntitle = "AI 日报"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
        encoding="utf-8",
    )
    (root / "content" / "posts").mkdir(parents=True)
    return root


@pytest.mark.parametrize("style", ["ribao", "brief"])
def test_the_rendered_day_builds_as_a_hugo_page(tmp_path: Path, style: str) -> None:
    config = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})
    markdown = render_markdown(
        digest(), style, config, config.digests[0], cover="https://img.example/c.png"
    ).markdown
    root = site(tmp_path / "site")
    (root / "content" / "posts" / "2026-05-14.md").write_text(markdown, encoding="utf-8")
    assert HUGO is not None
    built = subprocess.run(
        [HUGO, "--source", str(root), "--destination", str(tmp_path / "public"), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "public" / "posts" / "2026-05-14" / "index.html").read_text(encoding="utf-8")
    assert "<h1>光年智能获 12 亿元融资，星河模型开源</h1>" in page
    assert '<a href="https://news1.example.cn/a/1">光年智能完成 12 亿元 B 轮融资</a>' in page
    assert "https://img.example/c.png" in page
