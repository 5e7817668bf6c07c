"""The static site and its feeds: pages for days, categories and tags, a search index,
feeds that parse back with every field, and feed text that cannot inject script."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import feedparser
from render_helpers import digest

from newsdesk.render import SiteDigest, SiteInfo, build_site, safe_url

INFO = SiteInfo(
    title="AI 日报",
    base_url="https://daily.example.org/",
    description="每条新闻都附来源",
    language="zh",
    categories={"business": "资本与商业", "models": "大模型与技术", "compute": "芯片与算力"},
)


def build(tmp_path: Path, *digests: SiteDigest) -> Path:
    out = tmp_path / "site"
    build_site(out, INFO, digests or (SiteDigest(digest(), "AI 日报", "Asia/Shanghai", None),))
    return out


def test_the_site_has_day_category_tag_and_index_pages(tmp_path: Path) -> None:
    out = build(tmp_path)
    day = (out / "ai-ribao" / "2026-05-14" / "index.html").read_text(encoding="utf-8")
    assert (
        '<a href="https://news1.example.cn/a/1" rel="noopener">光年智能完成 12 亿元 B 轮融资</a>'
        in day
    )
    assert "Tech Wire" in day  # each story shows its sources
    assert 'href="../../assets/site.css"' in day
    assert "光年智能获 12 亿元融资" in (out / "index.html").read_text(encoding="utf-8")
    business = (out / "categories" / "business" / "index.html").read_text(encoding="utf-8")
    assert "资本与商业" in business and "../../ai-ribao/2026-05-14/index.html#s1" in business
    assert (out / "tags" / "融资" / "index.html").exists()
    tags = (out / "tags" / "index.html").read_text(encoding="utf-8")
    assert 'href="%E8%9E%8D%E8%B5%84/index.html"' in tags  # the link a browser decodes
    search = json.loads((out / "search.json").read_text(encoding="utf-8"))
    assert {"title": "星河模型 Lumen-4 开源", "day": "2026-05-14"}.items() <= search[1].items()
    assert search[1]["url"] == "ai-ribao/2026-05-14/index.html#s2"


def test_each_page_title_names_the_page_then_the_site_once(tmp_path: Path) -> None:
    """The index is the site itself: "AI 日报", not "AI 日报 · AI 日报"."""
    out = build(tmp_path)

    def title(page: str) -> str:
        text = (out / page).read_text(encoding="utf-8")
        return text.split("<title>", 1)[1].split("</title>", 1)[0]

    assert title("index.html") == "AI 日报"
    assert title("categories/index.html").endswith(" · AI 日报")
    assert title("ai-ribao/2026-05-14/index.html").endswith(" · AI 日报")


def test_a_chinese_site_heads_a_category_page_with_a_chinese_colon(tmp_path: Path) -> None:
    out = build(tmp_path)
    business = (out / "categories" / "business" / "index.html").read_text(encoding="utf-8")
    assert "分类：资本与商业" in business and "分类: " not in business


def test_an_english_site_heads_a_tag_page_with_an_english_colon(tmp_path: Path) -> None:
    out = tmp_path / "site"
    english = SiteDigest(digest(), "AI Daily", "Asia/Shanghai", None)
    build_site(out, replace(INFO, title="AI Daily", language="en"), (english,))
    tag = (out / "tags" / "融资" / "index.html").read_text(encoding="utf-8")
    assert "Tags: 融资" in tag


def test_the_feeds_parse_back_with_every_field(tmp_path: Path) -> None:
    cover = b"\x89PNG fake cover for the test"
    out = build(tmp_path, SiteDigest(digest(), "AI 日报", "Asia/Shanghai", cover))
    page = "https://daily.example.org/ai-ribao/2026-05-14/"
    for name in ("feed.xml", "atom.xml"):
        feed = feedparser.parse((out / name).read_bytes())
        assert not feed.bozo, (name, feed.get("bozo_exception"))
        assert feed.feed.title == "AI 日报"
        entry = feed.entries[0]
        assert entry.title == "光年智能获 12 亿元融资，星河模型开源", name
        assert entry.link == page, name
        assert entry.published_parsed[:4] == (2026, 5, 14, 0), name  # 08:00 Shanghai
        html = entry.content[0].value
        assert "https://news1.example.cn/a/1" in html and "深度解读 &amp; 洞察" in html, name
        assert [t.term for t in entry.tags] == ["AI", "融资"], name
        enclosure = next(link for link in entry.links if link.rel == "enclosure")
        assert enclosure.href == page + "cover.png" and enclosure.type == "image/png", name
    json_feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert json_feed["version"] == "https://jsonfeed.org/version/1.1"  # feedparser 6 reads no JSON
    assert (json_feed["title"], json_feed["feed_url"]) == (
        "AI 日报",
        "https://daily.example.org/feed.json",
    )
    item = json_feed["items"][0]
    assert (item["id"], item["url"]) == (page, page)
    assert item["title"] == "光年智能获 12 亿元融资，星河模型开源"
    assert item["date_published"] == "2026-05-14T08:00:00+08:00"
    assert "https://news1.example.cn/a/1" in item["content_html"]
    assert item["tags"] == ["AI", "融资"]
    assert item["image"] == page + "cover.png"
    assert item["attachments"] == [
        {"url": page + "cover.png", "mime_type": "image/png", "size_in_bytes": len(cover)}
    ]


def test_hostile_feed_text_is_escaped_everywhere(tmp_path: Path) -> None:
    hostile = digest(headline='<script>alert("pwned")</script><img src=x onerror=alert(1)>')
    first = replace(hostile.sections[0].entries[0], url="javascript:alert(1)")
    hostile = replace(hostile, sections=(replace(hostile.sections[0], entries=(first,)),))
    out = build(tmp_path, SiteDigest(hostile, "AI 日报", "Asia/Shanghai", None))
    for path in out.rglob("*"):
        if path.suffix in (".html", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert "<script>alert" not in text and "<img src=x" not in text, path
            assert 'href="javascript:' not in text, path
    content = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert "<script>" not in content["content_html"]  # its text fields are plain text
    day = (out / "ai-ribao" / "2026-05-14" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in day
    rss_entry = feedparser.parse((out / "feed.xml").read_bytes()).entries[0]
    assert "<script>" not in rss_entry.content[0].value


def test_only_web_links_survive() -> None:
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url("cover.png") == "cover.png"
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("data:text/html,<script>") == ""
    assert safe_url("//evil.example/x") == ""


def test_each_digest_also_has_its_own_feed_in_its_language(tmp_path: Path) -> None:
    english = replace(digest("en"), name="ai-daily", title="Lumina raises money")
    out = build(
        tmp_path,
        SiteDigest(digest(), "AI 日报", "Asia/Shanghai", None),
        SiteDigest(english, "AI Daily", "Asia/Shanghai", None),
    )
    assert len(feedparser.parse((out / "feed.xml").read_bytes()).entries) == 2
    own = feedparser.parse((out / "ai-daily" / "atom.xml").read_bytes())
    assert own.feed.title == "AI Daily" and own.feed.language == "en"
    assert [e.title for e in own.entries] == ["Lumina raises money"]
