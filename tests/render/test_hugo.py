"""The rendered day builds as a real site with Hugo (Debian package ``hugo``)."""

from __future__ import annotations

import html
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from render_helpers import digest

from newsdesk.config import Config
from newsdesk.model import Digest
from newsdesk.render import render_markdown

HUGO = shutil.which("hugo")
pytestmark = pytest.mark.skipif(
    HUGO is None, reason="hugo is not installed (`make test` installs it: apt-get install hugo)"
)
LAYOUT = (
    "<html><body><h1>{{ .Title }}</h1><p>{{ .Params.coverImage }}</p>"
    '<div class="summary">{{ .Summary }}</div>{{ .Content }}</body></html>'
)


#: What feed text did to real blogs (issue 12), and more of the same kind.
HOSTILE = {
    "param": '{{% param "secret" %}}',
    "missing shortcode": "{{% nonexistent %}}",
    "gist": "{{< gist spf13 7896402 >}}",
    "code and strike": "Lumen-5 `beta` ~~retracted~~ 发布",
    "lone markers": "a ` lone tick and ~~ a tilde pair",
    "liquid": "{% include secret.html %} {{ site.title }}",
    "nunjucks comment": "{# hidden #} 和 {{ config.secret }}",
    "hugo comment": "{{/* hidden */}} 注释",
    "emphasis": "**big** _news_ *today*",
}
SECRET = "SITE-PARAM-SECRET-0042"
#: Hugo's typographer curls straight quotes; straightened back before comparing.
TYPOGRAPHER = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def site(root: Path, *, unsafe: bool = False) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text(LAYOUT, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text(
        "{{ range .Pages }}{{ .Title }} {{ end }}", encoding="utf-8"
    )
    settings = (
        'baseURL = "https://daily.example.org/"\ntitle = "AI 日报"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
    )
    if unsafe:  # as themes that allow raw HTML in posts set it
        settings += f'[params]\nsecret = "{SECRET}"\n[markup.goldmark.renderer]\nunsafe = true\n'
    (root / "hugo.toml").write_text(settings, encoding="utf-8")
    (root / "content" / "posts").mkdir(parents=True)
    return root


def built_page(root: Path, markdown: str, public: Path) -> str:
    """The HTML Hugo builds from ``markdown`` as the day's post of the site at ``root``."""
    (root / "content" / "posts" / "2026-05-14.md").write_text(markdown, encoding="utf-8")
    assert HUGO is not None
    built = subprocess.run(
        [HUGO, "--source", str(root), "--destination", str(public), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    return (public / "posts" / "2026-05-14" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("style", ["ribao", "brief"])
def test_the_rendered_day_builds_as_a_hugo_page(tmp_path: Path, style: str) -> None:
    config = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})
    markdown = render_markdown(
        digest(), style, config, config.digests[0], cover="https://img.example/c.png"
    ).markdown
    root = site(tmp_path / "site")
    page = built_page(root, markdown, tmp_path / "public")
    assert "<h1>光年智能获 12 亿元融资，星河模型开源</h1>" in page
    assert '<a href="https://news1.example.cn/a/1">光年智能完成 12 亿元 B 轮融资</a>' in page
    assert "https://img.example/c.png" in page


def hostile_digest(value: str) -> Digest:
    """The value as the title, a headline, a summary, a bullet and a one-liner."""
    base = digest(headline=value)
    first = replace(base.sections[0].entries[0], summary=value)
    sections = (replace(base.sections[0], entries=(first,)), *base.sections[1:])
    more = (replace(base.more[0], text=value), *base.more[1:])
    return replace(base, title=value, bullets=(value,), sections=sections, more=more)


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_feed_text_builds_and_shows_as_text(tmp_path: Path, value: str) -> None:
    config = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})
    markdown = render_markdown(hostile_digest(value), "ribao", config, config.digests[0]).markdown
    root = site(tmp_path / "site", unsafe=True)
    page = built_page(root, markdown, tmp_path / "public")
    assert SECRET not in page and "<script" not in page
    assert "<code>" not in page and "<del>" not in page and "<em>" not in page
    content = html.unescape(page.split('<div class="summary">', 1)[1])
    content = content.translate(TYPOGRAPHER)
    assert content.count(value) >= 3  # the summary, the headline, the one-liner


@pytest.mark.parametrize("style", ["ribao", "brief"])
@pytest.mark.parametrize(
    "title",
    ["推理成本降低~50%，提速约~3倍", "用 a~b 表示区间", "~/.config 里的 *.yaml"],
    ids=["about-and-approximately", "a-range-in-code", "a-home-folder-and-a-glob"],
)
def test_a_titles_tilde_and_markers_show_as_written_in_the_pages_title(
    tmp_path: Path, style: str, title: str
) -> None:
    """Front matter is YAML, not Markdown: a Markdown escape there ("\\~", "&#42;") is
    what the page's title and every list of posts would show."""
    config = Config.model_validate({"digests": [{"name": "ai-ribao", "title": "AI 日报"}]})
    the_digest = replace(digest(), title=title)
    markdown = render_markdown(the_digest, style, config, config.digests[0]).markdown
    page = built_page(site(tmp_path / "site"), markdown, tmp_path / "public")

    assert f"<h1>{html.escape(title, quote=False)}</h1>" in page
