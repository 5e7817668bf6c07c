"""An offline entry knows whether one outlet told its story, as its record counts them:
its details then go under "报道还提到：" ("The report also says:"), not "另据报道："
("Also reported:"), which promises another report.  Every text here is fictional."""

from __future__ import annotations

from dataclasses import replace

from editor_helpers import LUMINA_ZH, brief, story

from newsdesk.editor import offline_entry

MORE = "新一代模型 Lumina-3 支持百万字上下文。"


def test_two_feeds_of_one_publisher_are_one_outlet() -> None:
    """The blog and the newsroom of one site: the record says one source."""
    blog = replace(
        LUMINA_ZH,
        source="光年智能官方博客",
        publisher_key="lumina.example.cn",
        url="https://lumina.example.cn/blog/1",
    )
    newsroom = replace(
        blog, source="光年智能新闻室", url="https://lumina.example.cn/news/1", text=blog.text + MORE
    )

    entry = offline_entry(brief((blog, newsroom), the_story=story()), "zh")

    assert "来源：光年智能官方博客。" in entry.record
    assert entry.one_outlet


def test_two_outlets_read_through_one_aggregator_are_two() -> None:
    """Both links open the aggregator's threads, so both are labelled by it."""
    threads = [
        replace(
            LUMINA_ZH,
            source="Hacker News",
            publisher=host,
            publisher_key=host,
            url=f"https://news.ycombinator.com/item?id={n}",
            text=LUMINA_ZH.text + (MORE if n else ""),
        )
        for n, host in enumerate(["tech.example.cn", "wire.example.com"])
    ]

    entry = offline_entry(brief(tuple(threads), the_story=story()), "zh")

    assert [s.source for s in entry.sources] == ["Hacker News", "Hacker News"]
    assert any(line.startswith("来自 2 个来源") for line in entry.record)
    assert not entry.one_outlet
