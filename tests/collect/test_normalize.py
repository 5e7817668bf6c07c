"""Entry -> Item: canonical URLs, clean text, language, UTC times, content hash."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from newsdesk.collect._normalize import (
    canonical_url,
    clean_text,
    clean_title,
    content_hash,
    detect_language,
    html_to_text,
    normalize_entry,
)
from newsdesk.model import Entry


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/p?utm_source=rss&utm_medium=feed", "https://a.example/p"),
        ("HTTP://WWW.A.Example:80/p/#comments", "https://www.a.example/p"),
        ("https://a.example/p?b=2&a=1", "https://a.example/p?a=1&b=2"),
        ("https://a.example//x//y/", "https://a.example/x/y"),
        ("https://a.example/p?id=7&fbclid=abc&spm=1.2", "https://a.example/p?id=7"),
        ("https://a.example:8443/p", "https://a.example:8443/p"),
        ("https://a.example", "https://a.example/"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_keeps_wechat_article_identity() -> None:
    url = "https://mp.weixin.qq.com/s?__biz=MzA&mid=22&idx=1&sn=ab&chksm=ff&scene=21#rd"
    assert canonical_url(url) == "https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=22&sn=ab"


def test_html_to_text_drops_scripts_and_keeps_paragraphs() -> None:
    value = "<p>Hello &amp; <b>world</b></p><script>alert(1)</script><p>Second</p>"
    assert html_to_text(value) == "Hello & world\nSecond"


def test_html_to_text_unescapes_plain_text() -> None:
    assert html_to_text("R&amp;D  costs\u00a0rose") == "R&D costs rose"


def test_clean_title_removes_source_suffix_and_extra_space() -> None:
    assert clean_title("  Aster-3  ships <b>today</b> - Neural Ledger ", "Neural Ledger") == (
        "Aster-3 ships today"
    )
    assert clean_title("Only - Neural Ledger", "Other") == "Only - Neural Ledger"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深言科技发布Aster-3大模型，上下文长度扩展至200万token", "zh"),
        ("OpenVista发布GPT风格模型", "zh"),
        ("Lumina Labs raises $500M at a $6.5B valuation for its agents", "en"),
        ("東京の新しいモデルが発表された", "ja"),
        ("새로운 모델이 출시되었습니다", "ko"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_falls_back_to_source_hint_without_letters() -> None:
    assert detect_language("2026 / 05 / 14", "zh") == "zh"
    assert detect_language("12345") == "und"


def test_naive_time_is_read_in_source_zone() -> None:
    entry = Entry(url="https://a.example/1", title="t", published=datetime(2026, 5, 14, 9, 30))
    item = normalize_entry(entry, source_id="s", zone=ZoneInfo("Asia/Shanghai"))
    assert item is not None
    assert item.published == datetime(2026, 5, 14, 1, 30, tzinfo=UTC)


def test_normalize_builds_clean_item() -> None:
    entry = Entry(
        url="https://a.example/p?utm_source=x",
        title=" Big <i>news</i> ",
        summary="<p>Short &amp; sweet.</p>",
        content="<p>Para one.</p><p>Para two.</p>",
        external_url="http://b.example/story?utm_campaign=y",
        metrics={"points": 3},
        tags=("AI", " ", "AI", "LLM"),
    )
    item = normalize_entry(entry, source_id="s", language_hint="en")
    assert item is not None
    assert (item.canonical_url, item.title, item.snippet) == (
        "https://a.example/p",
        "Big news",
        "Short & sweet.",
    )
    assert item.text == "Para one.\nPara two."
    assert item.external_url == "https://b.example/story"
    assert item.tags == ("AI", "LLM")
    assert item.content_hash == content_hash("Big news", "Short & sweet.", "Para one.\nPara two.")


def test_entry_without_http_link_or_title_is_dropped() -> None:
    assert normalize_entry(Entry(url="mailto:x@a.example", title="t"), source_id="s") is None
    assert normalize_entry(Entry(url="https://a.example/", title=" "), source_id="s") is None


def test_long_summary_becomes_text_and_snippet_is_cut() -> None:
    summary = "word " * 400
    item = normalize_entry(
        Entry(url="https://a.example/", title="t", summary=summary), source_id="s"
    )
    assert item is not None
    assert item.text.startswith("word word")
    assert len(item.snippet) <= 601 and item.snippet.endswith("…")


def test_content_hash_changes_with_content() -> None:
    assert content_hash("a", "b", "c") != content_hash("a", "b", "d")
    assert content_hash("ab", "", "") != content_hash("a", "b", "")


def test_clean_text_drops_invisible_characters_and_extra_blank_lines() -> None:
    assert clean_text("a\u200bb\u3000 c\r\n\n\n\n d\x07\ufeff") == "ab c\n\nd"


def test_publication_far_in_the_future_is_treated_as_unknown() -> None:
    now = datetime(2026, 5, 14, tzinfo=UTC)
    soon = Entry(
        url="https://a.example/1", title="t", published=datetime(2026, 5, 14, 12, tzinfo=UTC)
    )
    wrong_year = Entry(url="https://a.example/2", title="t", published=datetime(2099, 5, 14))
    kept = normalize_entry(soon, source_id="s", now=now)
    dropped = normalize_entry(wrong_year, source_id="s", now=now)
    assert kept is not None and kept.published == datetime(2026, 5, 14, 12, tzinfo=UTC)
    assert dropped is not None and dropped.published is None


def test_lone_surrogates_are_dropped_from_every_text_field() -> None:
    entry = Entry(
        url="https://quarry.example/p/\ud800half",
        title="Half\ud800 a character",
        summary="A summary\udfff.",
        author="Ada\ud83d",
        tags=("\ud800", "agents"),
        publisher="Quarry\udc00 Notes",
    )

    item = normalize_entry(entry, source_id="quarry")

    assert item is not None
    assert (item.url, item.title, item.snippet) == (
        "https://quarry.example/p/half",
        "Half a character",
        "A summary.",
    )
    assert (item.author, item.tags, item.publisher) == ("Ada", ("agents",), "Quarry Notes")


def test_control_characters_in_a_link_are_percent_encoded_as_a_browser_does() -> None:
    entry = Entry(url=" https://marsh.example/a/nul\x00by\tte\n", title="A NUL in the link")

    item = normalize_entry(entry, source_id="marsh")

    assert item is not None
    assert item.url == "https://marsh.example/a/nul%00byte"
    assert item.canonical_url == "https://marsh.example/a/nul%00byte"


def test_a_time_that_cannot_be_moved_to_utc_is_unknown() -> None:
    entry = Entry(url="https://a.example/1", title="Year one", published=datetime(1, 1, 1))

    item = normalize_entry(entry, source_id="a", zone=ZoneInfo("Asia/Shanghai"))

    assert item is not None and item.published is None


def test_the_link_readers_get_keeps_the_source_s_form_less_its_tracking() -> None:
    """The stored link is what a digest prints: utm_* and spm go, the rest stays as the
    source wrote it (scheme, order of parameters, fragment)."""
    entry = Entry(url="http://A.example/p?id=7&utm_source=rss&b=2&spm=a1.b2#top", title="A story")
    item = normalize_entry(entry, source_id="s", language_hint="en")
    assert item is not None
    assert item.url == "http://A.example/p?id=7&b=2#top"
    plain = normalize_entry(Entry(url="https://a.example/p?q=a+b", title="A"), source_id="s")
    assert plain is not None and plain.url == "https://a.example/p?q=a+b"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("DeepSeek 回应特殊字符异常：<think 字符触发模型幻觉，非隐私泄露", "<think 字符触发"),
        ("Sparse attention wins when k<n and n>m tokens", "k<n and n>m tokens"),
        ("List<String> in Java > Kotlin", "List<String> in Java"),
    ],
)
def test_a_less_than_sign_that_opens_no_html_element_is_text(title: str, kept: str) -> None:
    """A parser read "<think …" or "<n and n>" as a tag and dropped the words up to the
    next ">" (or the title's end): a hot list's real title lost its second half."""
    assert kept in clean_title(title)
    assert kept in html_to_text(title)


def test_html_elements_namespaced_and_custom_ones_are_still_markup() -> None:
    text = "<P>Para</P><o:p></o:p><my-card>card</my-card><!-- note --><script>x()</script>"

    assert html_to_text(text) == "Para\ncard"
