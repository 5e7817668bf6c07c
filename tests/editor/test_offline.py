"""The offline editor writes only what the sources and the store say."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, MORNING, brief, one_language, story

from newsdesk.editor import offline_day, offline_entry, offline_more
from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._offline import DAY_BULLETS, central_sentences, key_points, section_title
from newsdesk.model import DigestEntry

CATEGORIES = {"business": "资本与商业", "models": "大模型与技术"}


def test_the_headline_is_the_storys_own_title_and_links_the_primary_report() -> None:
    entry = offline_entry(brief(), "zh")
    assert entry.headline == LUMINA_ZH.title
    assert entry.url == LUMINA_ZH.url
    assert entry.written_by == "offline"
    assert [s.url for s in entry.sources][:2] == [LUMINA_ZH.url, LUMINA_EN.url]


def test_the_summary_is_made_of_source_sentences_in_the_digests_language() -> None:
    summary = offline_entry(brief(), "zh").summary
    assert summary
    sentences = [s + "。" for s in summary.split("。") if s]
    assert all(s in LUMINA_ZH.text for s in sentences)


def test_an_english_digest_summarises_from_the_english_report() -> None:
    summary = offline_entry(brief(), "en").summary
    assert "Galaxy Capital" in summary
    assert all(part.strip() in LUMINA_EN.text for part in summary.split(". ") if part.strip())


def test_a_story_only_reported_in_english_says_so_in_a_chinese_digest() -> None:
    only_english = brief((LUMINA_EN,), the_story=story(title=LUMINA_EN.title, languages=("en",)))

    entry = offline_entry(only_english, "zh")

    assert entry.summary == "此事目前只有英文报道，详见标题链接的原文。"
    assert entry.headline == LUMINA_EN.title and entry.url == LUMINA_EN.url


def test_a_story_only_reported_in_chinese_pastes_no_chinese_into_an_english_digest() -> None:
    only_chinese = brief((LUMINA_ZH,), the_story=story(languages=("zh",)))

    summary = offline_entry(only_chinese, "en").summary
    line = offline_more(only_chinese, "en")

    assert summary == "Reported only in Chinese so far; the headline links the original."
    assert (line.text, line.url, line.detail) == (LUMINA_ZH.title, LUMINA_ZH.url, summary)


def test_a_chinese_sentence_in_an_english_report_is_not_summarised() -> None:
    mixed = replace(
        LUMINA_EN,
        text="光年智能今日宣布完成 12 亿元人民币 B 轮融资，由星河资本领投。 " + LUMINA_EN.text,
    )
    summary = central_sentences(brief((mixed,)), "en")
    assert summary and "光年" not in summary


def test_a_report_without_text_gives_an_empty_summary_not_an_invented_one() -> None:
    bare = replace(LUMINA_ZH, text="")
    assert offline_entry(brief((bare,)), "zh").summary == ""


def test_insights_are_the_facts_of_the_storys_data() -> None:
    insights = offline_entry(brief(), "zh").insights
    assert insights == (
        "来自 2 个来源：科技前沿、Tech Wire。",  # the repost on 聚合快讯 is not a source
        "最早报道于 2026-05-14 09:30（北京时间）。",
        "中英文来源均有报道。",
    )


#: A long article: its summary holds about two sentences, the rest are the points.
LONG_ARTICLE = (
    "光年智能今日宣布完成 12 亿元人民币 B 轮融资，由星河资本领投，老股东云杉资本跟投。"
    "本轮资金将主要用于扩建位于苏州的算力中心，以及新一代模型 Lumina-3 的训练。"
    "公司创始人周明远表示，Lumina-3 将于 6 月发布，参数规模约 1.2 万亿。"
    "又一家大模型公司拿到了钱？"
    "光年智能成立于 2023 年，目前员工约 400 人，其中研发人员占七成。"
    "公司年化收入已超过 3 亿元，主要来自金融和政务客户。"
)


def test_key_points_are_whole_source_sentences_the_summary_does_not_give() -> None:
    report = replace(LUMINA_ZH, text=LONG_ARTICLE)

    entry = offline_entry(brief((report,), the_story=story(languages=("zh",))), "zh")

    *points, source, when = entry.insights
    assert points and all(p in LONG_ARTICLE and p not in entry.summary for p in points)
    assert not any("？" in p for p in points)  # a teaser tells nothing
    assert (source, when) == ("来源：科技前沿。", "最早报道于 2026-05-14 09:30（北京时间）。")


#: An article with a sentence that stops at a semicolon, as Chinese lists of results do.
SEMICOLON_ARTICLE = (
    "北辰大学团队今日发布长文本架构 RecurMem，在 100 万 token 长度下推理吞吐为 "
    "Transformer 的 9.7 倍，显存占用降低 82%。"
    "论文已发表在 arXiv 上，研究团队由陈思远教授带领。"
    "实验显示，1.3B 规模的 RecurMem 在 4K 长度下困惑度为 10.21，与同规模 Transformer 的 "
    "10.18 基本持平。"
    "RecurMem 在 100 万 token 长度下的大海捞针准确率为 98.6%；"
    "陈思远表示，团队计划在 7 月发布 7B 规模的 RecurMem。"
)


def test_no_summary_key_point_or_detail_ends_broken_off_at_a_semicolon() -> None:
    """A Chinese sentence is split at "；" too; a bullet stopping there reads as cut off,
    so what the entry shows ends as a sentence, in the source's words."""
    report = replace(LUMINA_ZH, title="北辰大学发布长文本架构 RecurMem", text=SEMICOLON_ARTICLE)
    zh_only = story(title=report.title, languages=("zh",))

    entry = offline_entry(brief((report,), the_story=zh_only), "zh")
    detail = offline_more(brief((report,), the_story=zh_only), "zh").detail

    assert "RecurMem 在 100 万 token 长度下的大海捞针准确率为 98.6%。" in entry.insights
    shown = [entry.summary, *entry.insights, detail]
    assert all(text.endswith("。") for text in shown), shown


def _two_outlets() -> StoryBrief:
    first = replace(LUMINA_ZH, text=LONG_ARTICLE)
    second = replace(
        LUMINA_ZH,
        url="https://finance.example.cn/lumina",
        source="未来财经",
        text=(
            "光年智能完成 12 亿元 B 轮融资，星河资本领投。"
            "知情人士称，本轮投前估值约 80 亿元，较 A 轮翻了一番。"
        ),
    )
    return brief((first, second), the_story=story(languages=("zh",)))


def test_a_key_point_names_its_publisher_when_several_reported_the_story() -> None:
    two = _two_outlets()
    said = LONG_ARTICLE.split("。")[0]

    points = key_points(two, "zh", said, 2, linked="未来财经")

    # a point of an outlet the headline does not link to: each names its own, so that
    # 未来财经's reads as neither 科技前沿's nor the linked report's
    assert points == [
        "据科技前沿，本轮资金将主要用于扩建位于苏州的算力中心，以及新一代模型 Lumina-3 的训练。",
        "据未来财经，知情人士称，本轮投前估值约 80 亿元，较 A 轮翻了一番。",
    ]


def test_key_points_below_a_line_naming_an_outlet_each_name_theirs() -> None:
    """A line above them names an outlet ("各家报道的价格：…", "据X，…"): an uncredited
    point under it would read as that outlet's, so none is left out (``linked`` "")."""
    points = key_points(_two_outlets(), "zh", LONG_ARTICLE.split("。")[0], 2, linked="")

    assert points and all(p.startswith(("据科技前沿，", "据未来财经，")) for p in points)


def test_a_key_point_of_the_report_the_headline_links_to_needs_no_credit() -> None:
    """The headline cites its report already: "据科技前沿，" before each of its points
    under a headline linking to 科技前沿 repeats it, so they go without, under the
    heading of one report's details."""
    entry = offline_entry(_two_outlets(), "zh")
    *points, _, _ = entry.insights

    assert entry.url == LUMINA_ZH.url
    assert points and not any(p.startswith("据") for p in points)
    assert entry.from_its_link


#: An article whose highlights say what it says ("文章指出…") or what was done, naming
#: no one ("推出了…"), as a feed's bullet list often does.
HIGHLIGHTS = (
    "云岫科技今日在上海发布YX-7训练芯片，单卡BF16算力1000 TFLOPS，显存128GB，"
    "功耗700瓦，可扩展至4096卡集群，性能为上一代YX-5的2.6倍。"
    "云岫科技创始人林青表示，YX-7采用自研的互联协议，单机八卡间带宽达每秒3.2TB，"
    "公司已为此投入研发资金约15亿元，研发团队超过600人。"
    "文章指出，与英伟达相比，云岫科技的软件生态仍是短板。"
    "推出了配套的编译器YXC 2.0，支持主流深度学习框架。"
    "首批样片已交付三家云厂商，量产计划定于明年第一季度。"
)


def test_a_point_that_says_what_the_article_says_is_credited_to_its_outlet() -> None:
    """ "文章指出，…" is the outlet's claim: the point says so as "据X，…", without the
    frame, even with one publisher."""
    report = replace(LUMINA_ZH, title="云岫科技发布YX-7训练芯片", text=HIGHLIGHTS)
    zh_only = story(title=report.title, languages=("zh",))

    points = offline_entry(brief((report,), the_story=zh_only), "zh").insights

    assert "据科技前沿，与英伟达相比，云岫科技的软件生态仍是短板。" in points
    assert not any("文章指出" in p for p in points)


def test_a_point_naming_no_one_who_did_it_is_left_out() -> None:
    """ "推出了配套的编译器…" does not say who did: a bullet stands alone."""
    report = replace(LUMINA_ZH, title="云岫科技发布YX-7训练芯片", text=HIGHLIGHTS)
    zh_only = story(title=report.title, languages=("zh",))

    entry = offline_entry(brief((report,), the_story=zh_only), "zh")

    assert not any("推出了配套的编译器" in p for p in entry.insights), entry.insights
    assert any("首批样片已交付三家云厂商" in t for t in [entry.summary, *entry.insights])


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "速递｜云岫科技发布YX-7训练芯片，单卡算力1000 TFLOPS",
            "云岫科技发布YX-7训练芯片，单卡算力1000 TFLOPS",
        ),
        (
            "ICML 2026 | 北辰大学提出长文本架构RecurMem，吞吐提升9.7倍",
            "北辰大学提出长文本架构RecurMem，吞吐提升9.7倍",
        ),
        (
            "云岫科技发布YX-7训练芯片 单卡算力1000 TFLOPS | 来源：科技前沿",
            "云岫科技发布YX-7训练芯片 单卡算力1000 TFLOPS",
        ),
        # the part after the bar says what the first is about: no tag, kept whole
        ("我们教会了机器人叠衣服 | 云岫科技内部分享", "我们教会了机器人叠衣服 | 云岫科技内部分享"),
    ],
)
def test_a_headline_carries_no_column_venue_or_source_tag(title: str, headline: str) -> None:
    """The seeds' headlines say the news; an outlet's column ("速递｜"), a venue before a
    bar or a "| 来源：X" is the outlet's dressing, and the "more news" line drops it too."""
    report = replace(LUMINA_ZH, title=title)
    story_brief = brief((report,), the_story=story(title=title, languages=("zh",)))

    assert offline_entry(story_brief, "zh").headline == headline
    assert offline_more(story_brief, "zh").text == headline


def test_neither_a_lede_nor_the_feeds_own_summary_is_a_key_point() -> None:
    """Both state the news the summary gives, in other words."""
    gist = "光年智能拿下 12 亿元融资，星河资本领投。"
    report = replace(LUMINA_ZH, text=f"{gist}\n\n{LONG_ARTICLE}", summary=gist)

    entry = offline_entry(brief((report,), the_story=story(languages=("zh",))), "zh")

    assert gist not in entry.insights
    assert not any(p.startswith("光年智能今日宣布") for p in entry.insights)


def test_a_story_told_whole_by_its_summary_has_no_key_points() -> None:
    insights = offline_entry(brief((LUMINA_ZH,), the_story=story(languages=("zh",))), "zh").insights
    assert insights == ("来源：科技前沿。", "最早报道于 2026-05-14 09:30（北京时间）。")


def test_the_lede_naming_who_did_what_the_title_says_opens_before_a_figure() -> None:
    """An aggregator's highlights follow its point: a highlight with a figure ("在对照实验
    中，速度提升30%") does not say who did what, the point's lede does."""
    text = (
        "北辰大学团队发布扩散语言模型智能体 DiffAgent，在规划任务上优于自回归模型。\n\n"
        "在严格对照实验中，DiffAgent 端到端执行速度平均提升 30% 以上。"
    )
    report = replace(LUMINA_ZH, title="北辰大学发布扩散语言模型智能体", text=text)
    the_story = story(title=report.title, languages=("zh",))

    summary = central_sentences(brief((report,), the_story=the_story), "zh")

    assert summary.startswith("北辰大学团队发布扩散语言模型智能体 DiffAgent")


def test_a_sentence_that_leans_on_another_or_is_metadata_is_not_summarised() -> None:
    text = "她认为这轮融资意义重大。热度 86.2万 · 光年智能融资。光年智能今日宣布完成 12 亿元融资。"
    summary = offline_entry(brief((replace(LUMINA_ZH, text=text),)), "zh").summary
    assert summary == "光年智能今日宣布完成 12 亿元融资。"


def test_a_sentence_repeating_the_same_figures_is_left_out() -> None:
    text = (
        "RecurMem 的推理吞吐提升 9.7 倍，显存降低 82%。"
        "论文显示，吞吐提升 9.7 倍、显存降低 82%。"
        "代码以 MIT 协议开源，作者来自北辰大学。"
    )
    summary = central_sentences(brief((replace(LUMINA_ZH, text=text),)), "zh")
    assert summary.count("9.7") == 1


def test_a_feeds_own_summary_and_the_article_it_sums_up_open_with_one_news() -> None:
    """The two ledes say the same in other words: the one with more facts is kept, and
    what else the article says still counts."""
    summary_line = "文章探讨了北辰大学的科研智能体评测，认为科学是共识之上的文化体系。"
    article = (
        "北辰大学教授周明远3月12日撰文探讨智能体能否取代科学家，认为科学本质上是共识之上的文化。"
        "文中比较了2025年以来的三种评测办法。"
    )
    report = replace(LUMINA_ZH, text=f"{summary_line}\n\n{article}", summary=summary_line)

    summary = central_sentences(brief((report,)), "zh")

    assert summary.startswith("北辰大学教授周明远3月12日撰文") and "文化体系" not in summary
    assert "2025年以来的三种评测办法" in summary


def test_only_the_ledes_of_two_tellings_are_twins() -> None:
    """The article's lede, adding no figure, date or name to the feed's summary, is left
    out; the same two sentences as one text are a lede and what follows it."""
    first = "北辰大学发布科研智能体评测ScienceBench，覆盖实验设计。"
    second = "ScienceBench 的题目来自北辰大学各实验室的真实课题。"
    one_text = replace(LUMINA_ZH, text=first + second)
    two_tellings = replace(LUMINA_ZH, text=f"{first}\n\n{second}", summary=first)

    assert central_sentences(brief((one_text,)), "zh") == first + second
    assert central_sentences(brief((two_tellings,)), "zh") == first


def test_a_follow_up_says_how_long_ago_the_story_began() -> None:
    earlier = replace(LUMINA_ZH, published=MORNING - timedelta(days=2))
    facts = brief((LUMINA_EN, earlier)).facts("en")
    assert "Follow-up: first reported 2026-05-12 09:30 Beijing time, 2 days ago." in facts


def test_first_reported_is_a_publication_time_never_a_fetch_time() -> None:
    fetched_earlier = story(first_seen=MORNING - timedelta(days=2))  # an item's fetch time
    facts = brief(the_story=fetched_earlier).facts("zh")
    assert "最早报道于 2026-05-14 09:30（北京时间）。" in facts  # LUMINA_ZH's publication
    assert not any("2026-05-12" in f for f in facts)


def test_a_report_dated_by_its_day_alone_is_told_without_a_time() -> None:
    """A source giving only "2026-05-14" reports no "00:00"."""
    midnight = datetime(2026, 5, 13, 16, 0, tzinfo=UTC)  # 00:00 in Shanghai
    day_only = replace(LUMINA_ZH, published=midnight)
    earlier = replace(LUMINA_EN, published=midnight - timedelta(days=1))

    assert "最早报道于 2026-05-14。" in brief((day_only,)).facts("zh")
    assert "Follow-up: first reported 2026-05-13, 1 day ago." in brief((day_only, earlier)).facts(
        "en"
    )


def test_a_story_with_no_dated_report_says_nothing_of_when() -> None:
    undated = tuple(replace(r, published=None) for r in (LUMINA_ZH, LUMINA_EN))
    facts = brief(undated).facts("zh") + brief(undated).facts("en")
    assert not any("最早报道" in f or "reported 20" in f for f in facts)


def test_public_engagement_on_a_platform_is_told() -> None:
    on_hn = replace(LUMINA_EN, source="Hacker News", kind="hackernews", metrics={"points": 240})
    trending = replace(
        LUMINA_EN, source="GitHub Trending", kind="github_trending", metrics={"stars_today": 90}
    )
    assert "240 points on Hacker News." in brief((on_hn,)).facts("en")
    assert "GitHub Trending 今日新增 90 星。" in brief((trending,)).facts("zh")


def test_an_aggregators_own_score_is_never_told() -> None:
    scored = replace(LUMINA_EN, source="AI 快讯汇总", kind="jsonl", metrics={"score": 874})
    feed_points = replace(LUMINA_ZH, kind="feed", metrics={"points": 95})

    facts = brief((scored, feed_points)).facts("zh")

    assert not any("874" in f or "95" in f or "获得" in f for f in facts)


def test_more_news_lines_are_linked_titles_with_one_short_source_sentence() -> None:
    line = offline_more(brief(), "zh")
    assert (line.text, line.url) == (LUMINA_ZH.title, LUMINA_ZH.url)
    assert line.detail and line.detail in LUMINA_ZH.text and len(line.detail) <= 90


def test_a_more_news_detail_tells_what_the_headline_does_not() -> None:
    echo = replace(
        LUMINA_ZH,
        text="光年智能完成 12 亿元 B 轮融资。光年智能成立于 2023 年，目前员工约 400 人。",
    )
    line = offline_more(brief((echo,)), "zh")
    assert line.detail == "光年智能成立于 2023 年，目前员工约 400 人。"

    only_echo = replace(LUMINA_ZH, text="光年智能完成了 12 亿元的 B 轮融资。")
    assert offline_more(brief((only_echo,)), "zh").detail == ""


def test_a_more_news_detail_names_who_did_it_rather_than_open_with_the_means() -> None:
    """ "通过…框架量化模型的可解性，将训练转向工程路径" leaves its doer unsaid under a
    headline about a person; a sentence that names one is the line's detail."""
    interview = replace(
        LUMINA_ZH,
        title="曾在实验室手搓材料，如今他要为企业配一位AI CTO",
        text=(
            "通过 Lumina 框架量化科学大模型的可解性，将科学大模型的训练转向可预测的工程路径。"
            "光年智能团队提出 Lumina 框架，科学大模型的训练因此更稳定。"
        ),
    )
    line = offline_more(brief((interview,)), "zh")
    assert line.detail == "光年智能团队提出 Lumina 框架，科学大模型的训练因此更稳定。"

    alone = replace(interview, text="通过 Lumina 框架量化科学大模型的可解性，将训练转向工程路径。")
    assert offline_more(brief((alone,)), "zh").detail.startswith("通过 Lumina 框架")


def test_a_more_news_line_for_a_title_that_is_text_shows_its_reports_sentence() -> None:
    quotes = " ".join(
        f"{n}. 第{n}位嘉宾认为智能体编程会改变软件行业。/ 嘉宾{n}" for n in range(1, 15)
    )
    posted = replace(LUMINA_ZH, title=quotes, text="十四位业界人士谈智能体编程的观点集锦。")
    the_story = story(title=quotes, languages=("zh",))

    line = offline_more(brief((posted,), the_story=the_story), "zh")

    assert (line.text, line.detail) == ("十四位业界人士谈智能体编程的观点集锦", "")

    bare = replace(posted, text="")
    line = offline_more(brief((bare,), the_story=the_story), "zh")
    assert line.text == "第1位嘉宾认为智能体编程会改变软件行业" and line.detail == ""


def test_the_day_groups_entries_by_category_in_rank_order() -> None:
    funding = offline_entry(brief(), "zh")
    model = replace(funding, story_id="s-model", headline="星河科技开源模型", category="models")
    second_funding = replace(funding, story_id="s-2", headline="云帆科技完成融资")
    day = offline_day([funding, model, second_funding], CATEGORIES, "AI 日报", ["Lumina"], "zh")
    assert [s.title for s in day.sections] == ["资本与商业", "大模型与技术"]
    assert [e.story_id for e in day.sections[0].entries] == ["s-lumina", "s-2"]
    assert day.title == f"{funding.headline}，资本动态密集"  # two of three are funding
    assert day.bullets == (funding.headline, "星河科技开源模型", "云帆科技完成融资")
    assert "资本与商业" in day.tags and day.seo == ("AI 日报", "Lumina")


def test_a_latin_keyword_is_a_name_the_day_gives_as_a_word_of_its_own() -> None:
    """GPT inside ChatGPT is no keyword: the verifier would find it named nowhere."""
    entry = replace(offline_entry(brief(), "zh"), headline="ChatGPT 周活跃用户破 8 亿")
    day = offline_day([entry], CATEGORIES, "AI 日报", ["GPT", "ChatGPT", "光年智能"], "zh")
    assert day.seo == ("AI 日报", "ChatGPT", "光年智能")


def test_the_days_list_states_the_news_a_teasing_headline_only_hints_at() -> None:
    funding = offline_entry(brief(), "zh")
    teaser = replace(
        funding,
        story_id="s-teaser",
        headline="9.5 万星！又一款开源编程神器火了",
        summary="开源编程工具 StarCode 正式亮相，兼容 75 种以上模型。",
    )
    proof = replace(
        teaser,
        story_id="s-proof",
        headline="提速 8 倍！扩散模型当智能体底座",
        summary="北辰大学等团队通过对比实验证明，扩散模型作为智能体底座更快。",
    )
    definition = replace(
        teaser,
        story_id="s-definition",
        headline="GitHub 热榜第一！星图 3.0 开源",
        summary="星图 3.0 是一个开源检索增强框架，提供可视化流水线。",
    )
    means = replace(
        teaser,
        story_id="s-means",
        headline="告别面瘫！机器人看视频学会微笑",
        summary="Nova 实验室通过让机器人 Emo 学习视频中的口型，实现了与语音同步的表情。",
    )
    achieved = replace(
        teaser,
        story_id="s-achieved",
        headline="追平对手？Nova K3 的审美来了",
        summary="Nova K3 通过多模态训练实现审美涌现，在视觉编程上挑战对手。",
    )

    day = offline_day(
        [funding, teaser, proof, definition, means, achieved], CATEGORIES, "AI 日报", [], "zh"
    )

    assert day.bullets == (
        funding.headline,  # a headline that tells is the line
        "开源编程工具 StarCode 正式亮相",
        "北辰大学等团队通过对比实验证明，扩散模型作为智能体底座更快",  # what it proved
        definition.headline,  # a definition is no news
        # "通过…" says how, and what it achieved is in the clause after: read together
        "Nova 实验室通过让机器人 Emo 学习视频中的口型，实现了与语音同步的表情",
        "Nova K3 通过多模态训练实现审美涌现",  # how and what, in one clause
    )


def test_a_means_clause_is_no_line_of_the_day_when_too_long_or_without_its_subject() -> None:
    teaser = replace(
        offline_entry(brief(), "zh"),
        headline="解析 Lumo 爆炸式增长，为什么说小团队正在赢得未来？",
        summary=(
            "Lumo 通过提供数量级领先的推理速度和成本效益，"
            "为预算有限的独立开发者和初创团队开辟了一个全新的市场。"
        ),
    )

    subjectless = replace(
        teaser,
        story_id="s-subjectless",
        headline="星阶全景：一支战队，一条窄路！",
        summary="通过融资背景和团队分析，揭示星阶科技在终端路径上的战略卡位。",
    )

    day = offline_day([teaser, subjectless], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == (teaser.headline, subjectless.headline)


def test_a_means_clause_with_nothing_after_it_is_no_line() -> None:
    """A summary that stops after its means (at its full stop, with no end mark, or at a
    comma left at the end) has no clause that says what they achieved: the means alone
    are no sentence, nor the means and a dangling "，", and the headline stays."""
    means = replace(
        offline_entry(brief(), "zh"),
        headline="告别面瘫！机器人看视频学会微笑",
        summary="Nova 实验室通过让机器人 Emo 学习视频中的口型。",
    )
    bare = replace(means, story_id="s-bare", summary=means.summary.rstrip("。"))
    comma = replace(means, story_id="s-comma", summary=f"{bare.summary}，")

    day = offline_day([means, bare, comma], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == (means.headline,) * 3


def test_the_days_list_states_who_did_what_where_the_headline_names_only_a_topic() -> None:
    funding = offline_entry(brief(), "zh")
    topic = replace(
        funding,
        story_id="s-topic",
        headline="收购青禾，StarMap 在低利润生意上血战到底",
        summary="StarMap 以 7 亿美元收购青禾生鲜，交易预计年内完成。",
    )
    essay = replace(
        funding,
        story_id="s-essay",
        headline="智能体编程在团队协作中的实践与思考",
        summary="在 Nova 的编程助手项目失败后，团队总结了协作经验。",
    )

    day = offline_day([funding, topic, essay], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == (
        funding.headline,  # its summary says no more than it does
        "StarMap 以 7 亿美元收购青禾生鲜",
        essay.headline,  # the summary's clause says no more: when, not who did what
    )


def test_the_days_list_states_the_news_where_the_headline_tells_the_writers_own_story() -> None:
    funding = offline_entry(brief(), "zh")
    reported = replace(
        funding,
        story_id="s-reported",
        headline="Nova 编程插件杀进编辑器，我可能要退掉旧工具的会员了",
        summary="文章报道星河科技推出了 Nova 编程插件，作者认为它可替代旧工具。",
    )
    own_clause = replace(
        funding,
        story_id="s-own-clause",
        headline="星河科技开源世界模型 Aurora，我也看到了具身智能的未来",
        summary="作者认为这是一个转折点。",
    )
    only_personal = replace(
        funding,
        story_id="s-only-personal",
        headline="我爬了论坛所有的帖子，发现这就是一场骗局",
        summary="作者认为这是一场营销。",
    )

    day = offline_day([reported, own_clause, only_personal], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == (
        "星河科技推出了 Nova 编程插件",  # the summary without its reporting frame
        "星河科技开源世界模型 Aurora",  # the headline's clause that speaks of others
        only_personal.headline,  # nothing states it plainly: the headline stays
    )


def test_a_post_about_the_writers_own_trial_leaves_the_days_list_to_news() -> None:
    funding = offline_entry(brief(), "zh")
    trial = replace(
        funding,
        story_id="s-trial",
        headline="我把一个烂摊子交给了国产智能体",
        summary="作者测试了一款桌面智能体。",
    )
    news = [
        replace(funding, story_id=f"s-{n}", headline=f"光年智能发布第 {n} 款模型")
        for n in range(1, DAY_BULLETS + 1)
    ]

    full = offline_day([news[0], trial, *news[1:]], CATEGORIES, "AI 日报", [], "zh")
    short = offline_day([trial, *news[:2]], CATEGORIES, "AI 日报", [], "zh")

    assert full.bullets == tuple(e.headline for e in news)
    assert short.bullets == (trial.headline, news[0].headline, news[1].headline)


def test_a_columns_tag_beside_a_bar_is_no_part_of_the_days_list() -> None:
    funding = offline_entry(brief(), "zh")
    venue = replace(
        funding,
        story_id="s-venue",
        headline="AAAI 2026 | 星河大学用图像模型检测时序异常",
        summary="星河大学用图像模型检测时序异常。",
    )
    column = replace(
        funding,
        story_id="s-column",
        headline="光年智能完成新一轮融资，估值翻倍｜专访创始人林舟",
        summary="光年智能完成新一轮融资。",
    )

    day = offline_day([venue, column], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == ("星河大学用图像模型检测时序异常", "光年智能完成新一轮融资，估值翻倍")


def test_a_long_first_clause_is_cut_where_its_second_predicate_begins_not_left_to_the_tease() -> (
    None
):
    """A summary clause longer than a list line still states the news in its head: the
    reader gets that, not "我用了三天…" or "I tried …"."""
    said = "星河科技上周发布的 Nova 编程插件已支持七十五种以上的模型并向所有个人用户免费开放"
    trial = replace(
        offline_entry(brief(), "zh"),
        headline="我用了三天 Nova 编程插件，再也回不去了",
        summary=f"{said}，作者试用三天后认为它可替代旧工具。",
    )
    teaser = replace(trial, story_id="s-teaser", headline="用了三天，真香！")
    merger = replace(
        trial,
        story_id="s-merger",
        summary="星河科技宣布与光年智能合并成立一家新的模型公司并将总部迁往苏州工业园区的新建研发大楼。",
    )
    english = replace(
        trial,
        story_id="s-english",
        headline="I tried Nova for three days and I am not going back",
        summary=(
            "Xinghe Technology released its Nova coding plugin to every developer last week"
            " and the plugin now supports more than seventy-five models from every big lab."
        ),
    )

    zh = offline_day([trial, teaser, merger], CATEGORIES, "AI 日报", [], "zh")
    en = offline_day([english], CATEGORIES, "AI Daily", [], "en")

    head = "星河科技上周发布的 Nova 编程插件已支持七十五种以上的模型"
    assert zh.bullets == (
        head,
        head,
        "星河科技宣布与光年智能合并成立一家新的模型公司",  # the "并" of "合并" joins nothing
    )
    assert en.bullets == (
        "Xinghe Technology released its Nova coding plugin to every developer last week",
    )


def test_a_summary_clause_that_speaks_as_its_writer_is_no_line_of_the_day() -> None:
    teaser = replace(
        offline_entry(brief(), "zh"),
        headline="60 秒长镜头稳了？Mirage-V2 实测",
        summary="我们用 20 组提示词测试了月影 AI 发布的 Mirage-V2。",
    )

    day = offline_day([teaser], CATEGORIES, "AI 日报", [], "zh")

    assert not any("我们" in line for line in day.bullets)


def test_a_teasing_headline_keeps_its_plain_sentence_when_the_summary_names_only_a_thing() -> None:
    teaser = replace(
        offline_entry(brief(), "zh"),
        headline="告别盲盒！StarMap 3.0 开源：推理过程全程可视",
        summary="一款名为 StarMap 的开源检索框架，提供可视化流水线。",
    )

    day = offline_day([teaser], CATEGORIES, "AI 日报", [], "zh")

    assert day.bullets == ("StarMap 3.0 开源，推理过程全程可视",)


def test_an_empty_day_still_has_a_title() -> None:
    day = offline_day([], CATEGORIES, "AI 日报", [], "zh")
    assert day.title == "AI 日报" and day.sections == ()


def test_list_markers_and_enumerators_are_not_copied_into_summaries() -> None:
    text = (
        "① 光年智能今日宣布完成 12 亿元人民币 B 轮融资。\n"
        "⑵ 本轮资金将用于扩建位于苏州的算力中心。\n"
        "（3）新一代模型 Lumina-3 将于 6 月发布，参数 1.2 万亿。\n"
        "• 公司员工约 400 人，研发人员占七成以上。\n"
    )
    english = (
        "1. Lumina raised 1.2 billion yuan in a Series B round led by Galaxy Capital.\n"
        "- The money will expand its Suzhou compute centre by next spring.\n"
        "· Its next model, Lumina-3, is due in June with a longer context window.\n"
    )
    zh = central_sentences(brief((replace(LUMINA_ZH, text=text),)), "zh")
    en = central_sentences(brief((replace(LUMINA_EN, text=english),)), "en")

    assert zh.startswith("光年智能今日宣布") and "本轮资金" in zh
    assert not any(mark in zh for mark in ("①", "⑵", "（3）", "•"))
    assert en.startswith("Lumina raised 1.2 billion") and "- " not in en and "·" not in en


def test_a_leading_figure_is_not_taken_for_an_enumerator() -> None:
    text = "1.2 万亿参数的光年模型今日发布，由光年智能训练。"
    summary = central_sentences(brief((replace(LUMINA_ZH, text=text),)), "zh")
    assert summary == text


def _headline(text: str) -> DigestEntry:
    return DigestEntry(
        story_id=text, headline=text, url="https://x.example/", summary="", insights=(),
        impact="", category="models", sources=(), written_by="offline",
    )  # fmt: skip


def test_a_section_title_names_what_all_of_its_headlines_share() -> None:
    entries = [
        _headline("Orrin Labs发布Kestrel-4大模型"),
        _headline("Orrin Labs下调Kestrel API价格"),
    ]
    assert section_title("模型发布", entries, "zh") == "模型发布：Orrin Labs"


def test_a_name_one_headline_lacks_does_not_title_the_section() -> None:
    """Two of three stories on Orrin Labs: "模型发布：Orrin Labs" would mislabel the third."""
    entries = [
        _headline("Orrin Labs发布Kestrel-4大模型"),
        _headline("Orrin Labs下调Kestrel API价格"),
        _headline("深言科技开源Aster-3"),
    ]
    assert section_title("模型发布", entries, "zh") == "模型发布"


def test_a_section_title_names_companies_in_the_order_the_headlines_give_them() -> None:
    """Two names as common come in the headlines' order, never a capitalised "Series"."""
    entries = [
        _headline("Orrin Labs and Vantor close a $500M Series C together"),
        _headline("Orrin Labs, Vantor back a $80M Series A in robotics"),
    ]
    assert section_title("Funding", entries, "en") == "Funding: Orrin Labs, Vantor"


def test_a_section_of_unrelated_stories_keeps_its_category() -> None:
    entries = [_headline("Orrin Labs ships Kestrel-4"), _headline("Vantor opens a chip plant")]
    assert section_title("Models", entries, "en") == "Models"


@pytest.mark.parametrize(
    "title",
    [
        "OpenAI｜GPT-5 正式发布，推理与编程能力大幅提升",
        "Llama 4 | Meta's new open model tops the coding benchmarks",
        "Sam Altman | The Gentle Singularity and what comes after it",
    ],
)
def test_a_company_product_or_person_before_a_bar_is_the_headlines_subject(title: str) -> None:
    """What stands before the bar is who the news is about, not a column: without it the
    headline would not say whose model it is ("GPT-5 正式发布…" or "Meta's new model…")."""
    report = replace(LUMINA_ZH, title=title)
    story_brief = brief((report,), the_story=story(title=title, languages=("zh",)))

    assert offline_entry(story_brief, "zh").headline == title


#: An article whose comparison is told as what the article says ("文章指出，…").
COMPARED = HIGHLIGHTS.replace(
    "文章指出，与英伟达相比，云岫科技的软件生态仍是短板。",
    "文章指出，YX-7集群每瓦训练吞吐比上一代高出40%，整机柜功耗却下降了三成。",
)


def test_a_comparison_the_article_states_is_credited_without_its_frame() -> None:
    """ "据科技前沿，文章指出，…" says twice whose claim it is."""
    report = replace(LUMINA_ZH, title="云岫科技发布YX-7训练芯片", text=COMPARED)
    zh_only = story(title=report.title, languages=("zh",))

    points = offline_entry(brief((report,), the_story=zh_only), "zh").insights

    assert "据科技前沿，YX-7集群每瓦训练吞吐比上一代高出40%，整机柜功耗却下降了三成。" in points


def test_a_study_finding_is_not_made_the_outlets_claim() -> None:
    """ "研究发现，…" is the study's finding: credited to the outlet without the frame, it
    would read as the outlet's own claim."""
    text = HIGHLIGHTS.replace("文章指出，与英伟达相比", "研究发现，与英伟达相比")
    report = replace(LUMINA_ZH, title="云岫科技发布YX-7训练芯片", text=text)
    zh_only = story(title=report.title, languages=("zh",))

    points = offline_entry(brief((report,), the_story=zh_only), "zh").insights

    assert not any(p.startswith("据科技前沿，与英伟达相比") for p in points), points


def test_a_point_of_a_source_with_no_name_keeps_its_frame() -> None:
    """With no outlet to credit, "据，…" would be broken: the point keeps "文章指出"."""
    report = replace(
        LUMINA_ZH, title="云岫科技发布YX-7训练芯片", text=HIGHLIGHTS, source="", publisher=""
    )
    zh_only = story(title=report.title, languages=("zh",))

    points = offline_entry(brief((report,), the_story=zh_only), "zh").insights

    assert "文章指出，与英伟达相比，云岫科技的软件生态仍是短板。" in points
    assert not any(p.startswith("据，") for p in points)


def english_line(title: str, text: str) -> str:
    """The detail of an English "more news" line of one English report."""
    report = replace(LUMINA_EN, title=title, text=text)
    return offline_more(one_language(report, language="en"), "en").detail


def test_an_english_more_line_tells_what_happened_in_a_sentence_of_a_line() -> None:
    """An English sentence takes about twice the characters of a Chinese one to say as
    much: one of 140 is a line of the page, not too long for a detail."""
    figures = (
        "Austin-based Tessel's second inference card ships in August with 128GB of memory "
        "and 2.3x the tokens per watt of the first."
    )
    detail = english_line("Tessel unveils its second inference card", figures)
    assert 90 < len(figures) < 160 and detail == figures


def test_an_english_more_line_states_a_fact_the_headline_lacks_before_a_tagline() -> None:
    """A sentence naming only who the headline names gives way to one with a figure, a
    date, a name or a place the headline has not."""
    title = "Tessel Silicon unveils Helix-2 inference card at 350W"
    text = (
        "Tessel Silicon isn't trying to win the training race. "
        "Tessel Silicon said Helix-2 ships in August to 20 customers."
    )
    assert english_line(title, text) == (
        "Tessel Silicon said Helix-2 ships in August to 20 customers."
    )


def test_an_english_more_line_does_not_open_on_who_the_sentence_before_named() -> None:
    """Alone on its line, "The firm blames…" names nobody a reader has met."""
    text = (
        "The firm blames a wave of clusters ordered in 2025 coming online. "
        "Average rents fell from 12 yuan to 7.8 yuan per card-hour, Orbis Research says."
    )
    detail = english_line("GPU rental prices fall in China", text)
    assert (
        detail == "Average rents fell from 12 yuan to 7.8 yuan per card-hour, Orbis Research says."
    )
