"""Importance: coverage by publishers, authority, recency, engagement by source kind, names,
the size of a reported sum."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from desk_helpers import DAY, embedded, encoder, item
from pytest import approx

from newsdesk.config import AssessSettings, ImportanceWeights, SelectSettings
from newsdesk.desk import assess_story, build_taxonomy
from newsdesk.desk._rank import engagement_scale, importance, money, names_pattern
from newsdesk.desk._select import rank_stories, select_stories
from newsdesk.desk._story import summarise_story
from newsdesk.model import DeskItem, Reason

KINDS = {"hn": "hackernews", "gh": "github_trending", "blog": "feed", "digest": "jsonl"}


def _score(
    items: list[DeskItem], now_hours: float = 6, window: list[DeskItem] | None = None
) -> tuple[float, dict[str, float]]:
    embedded_items = embedded(items)
    story = summarise_story("s1", embedded_items, {"blog": 2.0}, DAY)
    return importance(
        story,
        embedded_items,
        weights=ImportanceWeights(),
        source_weights={"blog": 2.0},
        kinds=KINDS,
        scale=engagement_scale(window or embedded_items, KINDS),
        major=names_pattern(["OpenAI", "英伟达"]),
        half_life_hours=24,
        now=DAY + timedelta(hours=now_hours),
        event=names_pattern(["发布", "融资", "releases"]),
        feature=names_pattern(["教程", "tips"]),
    )


def test_more_independent_sources_make_a_story_more_important() -> None:
    one, _ = _score([item(1, "Orion-5 released")])
    four, signals = _score([item(n, "Orion-5 released") for n in range(1, 5)])
    assert four > one
    assert signals["sources"] > 0.6


def test_one_publisher_through_two_feeds_is_one_source() -> None:
    own_feed = item(1, "Orion-5 released", source="tidewater", publisher="tidewater-tech.example")
    via_rsshub = item(
        2, "Orion-5 released", source="tidewater-hub", publisher="tidewater-tech.example"
    )
    other = item(3, "Orion-5 released", source="harborview", publisher="harborview.example")

    _, one = _score([own_feed, via_rsshub])
    _, two = _score([own_feed, other])

    assert one["sources"] == 0.0
    assert two["sources"] > 0.0


def test_each_outlet_of_an_aggregator_is_a_source() -> None:
    file_items = [
        item(n, "Orion-5 released", source="digest-file", publisher=outlet)
        for n, outlet in enumerate(["智能前哨", "模型观察", "tidewater-tech.example"], 1)
    ]
    separate_feeds = [item(n, "Orion-5 released") for n in range(1, 4)]

    _, aggregated = _score(file_items)
    _, separate = _score(separate_feeds)

    assert aggregated["sources"] == separate["sources"] > 0.0


def test_story_lists_its_distinct_publishers_and_items_without_one_count_by_source() -> None:
    items = embedded(
        [
            item(1, "Orion-5 released", source="tidewater", publisher="tidewater-tech.example"),
            item(2, "Orion-5 released", source="tidewater-hub", publisher="tidewater-tech.example"),
            item(3, "Orion-5 released", source="old-feed"),  # stored before publishers
        ]
    )

    story = summarise_story("s1", items, {}, DAY)

    assert story.publishers == ("old-feed", "tidewater-tech.example")
    assert story.sources == ("old-feed", "tidewater", "tidewater-hub")


def test_a_repost_by_another_outlet_is_no_second_publisher() -> None:
    original = item(1, "Orion-5 released", source="tidewater", publisher="tidewater-tech.example")
    repost = replace(
        item(2, "Orion-5 released", source="digest-feed", publisher="aggregator.example"),
        duplicate_of=1,
    )

    story = summarise_story("s1", embedded([original, repost]), {}, DAY)

    assert story.publishers == ("tidewater-tech.example",)
    assert story.item_count == 2 and story.sources == ("digest-feed", "tidewater")


def test_engagement_is_a_percentile_within_the_source_kind() -> None:
    window = [
        item(10, "a", source="hn", metrics={"points": 40}),
        item(11, "b", source="hn", metrics={"points": 90}),
        item(12, "c", source="hn", metrics={"points": 400}),
        item(13, "d", source="gh", metrics={"stars_today": 30}),
    ]
    _, top = _score([window[2]], window=window)
    _, low = _score([window[0]], window=window)
    _, repo = _score([window[3]], window=window)
    assert top["engagement"] > low["engagement"]
    assert repo["engagement"] == 0.5  # the only GitHub repo: the middle of its own kind


def test_recency_halves_every_half_life() -> None:
    _, fresh = _score([item(1, "x")], now_hours=0)
    _, old = _score([item(1, "x")], now_hours=24)
    assert fresh["recency"] == 1.0 and old["recency"] == 0.5


def test_a_major_name_in_a_title_counts_fully_and_in_the_text_by_half() -> None:
    _, in_title = _score([item(1, "OpenAI ships a new model")])
    _, in_text = _score([item(1, "A new model ships", "It competes with OpenAI.")])
    _, chinese = _score([item(1, "英伟达发布新GPU", language="zh")])
    assert (in_title["names"], in_text["names"], chinese["names"]) == (1.0, 0.5, 1.0)


def test_authority_is_the_best_source_weight() -> None:
    _, signals = _score([item(1, "x", source="blog"), item(2, "x")])
    assert signals["authority"] == 1.0


def test_a_title_reporting_a_happening_is_an_event_and_a_guide_is_not() -> None:
    _, release = _score([item(1, "Orion-5 releases an open model")])
    _, chinese = _score([item(1, "星河实验室发布新模型", language="zh")])
    _, essay = _score([item(1, "What Orion-5 means for open models")])
    _, guide = _score([item(1, "Orion-5 releases: ten tips")])
    assert (release["event"], chinese["event"], essay["event"], guide["event"]) == (
        1.0,
        1.0,
        0.5,
        0.0,
    )


def _event(title: str, language: str = "en") -> float:
    return _score([item(1, title, language=language)])[1]["event"]


def test_a_numbered_list_of_quotes_is_not_news_even_when_a_quote_says_released() -> None:
    quotes = "1. 模型只是工具，发布不等于落地。/ 林远 2. 开源让小团队也能追上大厂。/ 陈舟"
    assert _event(quotes, "zh") == 0.0
    assert _event("1. Orion-5 releases are too fast. / Ada Park 2. Agents need memory.") == 0.0
    assert _event("Orion Labs releases Orion-5 1.1 with longer context") == 1.0


def test_a_count_of_tips_or_prompts_is_a_listicle_not_news() -> None:
    assert _event("星河模型发布后，社区疯传的 12 条提示词", "zh") == 0.0
    assert _event("7 ways to get more out of Orion-5") == 0.0
    assert _event("星河实验室发布 3 个新模型", "zh") == 1.0


def test_a_way_to_use_a_product_is_tips_not_news() -> None:
    """ "还可以这样玩", "5种正确打开方式": how to use what is already out."""
    assert _event("你知道吗？星河 Agent Teams 还可以这样玩！", "zh") == 0.0
    assert _event("云上星河助手的5种正确打开方式，光会聊天就落后了", "zh") == 0.0
    assert _event("星河助手原来可以这样用", "zh") == 0.0
    assert _event("星河实验室发布新玩法：一句话生成游戏", "zh") == 1.0


def test_an_interview_is_not_news_of_the_day_even_about_a_funding_round() -> None:
    assert _event("对话星河实验室林远：融资之后，我们只做一件事", "zh") == 0.0
    assert _event("融资之后的星河实验室 | 专访创始人林远", "zh") == 0.0
    assert _event("An interview with the founder of Orion Labs on its funding") == 0.0
    assert _event("星河实验室与用户的对话记录首次公开发布", "zh") == 1.0  # 对话 not at the head


def test_a_rumour_is_not_news_even_when_it_tells_of_a_deal() -> None:
    assert _event("网传星河实验室将被收购，估值或超百亿", "zh") == 0.0


def test_a_question_headline_is_not_news_unless_a_title_reports_a_happening() -> None:
    assert _event("星河模型和 Orion-5，怎么选？", "zh") == 0.0
    assert _event("What will open models look like next year?") == 0.0
    assert _event("星河实验室发布新模型，能否超越 Orion-5？", "zh") == 1.0
    # a question in a first clause, then a statement: a headline, not a question
    assert _event("智能体各自为战？星河实验室用共享记忆让经验流动", "zh") == 0.5


def test_a_denied_rumour_is_a_report_not_a_rumour() -> None:
    assert _event("星河实验室否认传闻：没有在训练新一代模型", "zh") == 0.5
    assert _event("Orion Labs CEO dismisses rumours of a sale") == 0.5


def test_a_place_or_an_organisation_speaking_as_we_is_not_a_personal_account() -> None:
    assert _event("我国AI专利数量全球第一", "zh") == 0.5
    assert _event("我省首个算力中心投入使用", "zh") == 0.5
    assert _event("我想做一个自己的编程助手", "zh") == 0.0
    assert _event("我的世界里的智能体村民", "zh") == 0.5  # the game, not a person


def test_a_count_of_tips_is_not_a_year_before_large_models() -> None:
    assert _event("信通院《2026大模型落地建议》", "zh") == 0.5
    assert _event("星河模型的 5 大使用技巧", "zh") == 0.0


def test_a_title_in_full_width_forms_is_read_as_in_ascii() -> None:
    assert _event("１. 模型只是工具。/ 林远 ２. 开源让小团队追上大厂。", "zh") == 0.0
    assert _event("Ｑ＆Ａ：星河实验室的开源路线", "zh") == 0.0
    assert money("星河实验室融资３．５亿美元") == approx(3.5e8)
    assert money("星河实验室获＄15亿融资") == approx(1.5e9)


def test_a_first_person_headline_is_a_personal_account_unless_it_reports_a_happening() -> None:
    assert _event("我让 Orion-5 替我写了一周代码", "zh") == 0.0
    assert _event("I built a research agent with Orion-5 in a weekend") == 0.0
    assert _event("星河实验室发布新模型，我可能要退订别家会员了", "zh") == 1.0
    assert _event("我们的新模型有三项改进", "zh") == 0.5  # an organisation's own voice
    assert _event("Google I/O: what to expect from the keynote") == 0.5


def test_a_story_is_not_news_only_when_every_title_says_so() -> None:
    _, signals = _score(
        [
            item(1, "我让 Orion-5 替我写了一周代码", language="zh"),
            item(2, "Orion-5 writes code for a week", language="en"),
        ]
    )
    assert signals["event"] == 0.5


def test_a_quote_list_naming_a_major_maker_ranks_below_its_release() -> None:
    """Both name OpenAI from one outlet on the same day: only the form tells them apart."""
    quotes, _ = _score(
        [item(1, "1. 模型只是工具。/ OpenAI 研究员 2. 智能体会更便宜。", language="zh")]
    )
    release, _ = _score([item(2, "OpenAI发布新一代编程模型", language="zh")])
    assert release > quotes


def test_an_aggregators_own_score_is_one_engagement_signal_and_never_dominates() -> None:
    rated = [
        item(n, f"essay {n}", source="digest", publisher=f"outlet{n}", metrics={"score": n})
        for n in range(1, 11)
    ]
    top_rated, top = _score([rated[-1]], window=rated)
    covered, _ = _score(
        [item(20 + n, "Orion-5 model is out", source=f"outlet-{n}") for n in range(4)],
        window=rated,
    )
    assert top["engagement"] == 0.95  # a percentile among the aggregator's own items
    assert covered > top_rated  # four outlets outweigh the aggregator's favourite


def test_a_title_states_a_sum_of_money_in_dollars() -> None:
    assert money("星河实验室完成300亿美元G轮融资") == 3e10
    assert money("Orion Labs raises $2.5 billion") == 2.5e9
    assert money("Orion Labs raises $40M in a seed round") == 4e7
    assert money("Orion Labs raises US$1,200 million") == 1.2e9
    assert money("4B模型逆袭30B，1.8亿token跑完") == 0.0  # sizes and counts, not money
    assert money("云帆科技春节发10亿红包，用户破5000万") == 0.0


def test_each_currency_is_read_at_its_own_worth() -> None:
    assert money("星河实验室完成70亿元B轮融资") == approx(1e9)
    assert money("Deepfaked call costs a trading firm 70 million yuan") == approx(1e7)
    assert money("星河实验室完成五十亿元融资") == approx(5e9 / 7)
    assert money("星河实验室估值突破万亿美元") == approx(1e12)
    assert money("星河实验室估值达 0.5 万亿美元") == approx(5e11)  # not 万亿 alone
    assert money("云图智能上市首日市值约780亿港元") == approx(1e10)
    assert money("欧宇科技获2亿欧元融资") == approx(2e8 * 1.1)  # 欧元 is not yuan
    assert money("东瀛AI完成300亿日元融资") == approx(2e8)  # nor is 日元
    assert money("Tokyo start-up raises ¥30 billion", "", "ja") == approx(
        2e8
    )  # yen in Japanese text
    assert money("Shenzhen start-up raises ¥7 billion", "", "en") == approx(1e9)


def test_a_sum_without_a_currency_takes_the_one_its_text_or_title_states_or_is_left_out() -> None:
    valuation = "星河实验室估值狂飙至3500亿"
    assert money(valuation) == 0.0  # 3500亿 may be yuan or dollars: it cannot be told
    assert money(valuation, "星河实验室估值达3500亿美元，领先同行。") == 3.5e11
    assert money(valuation, "星河实验室估值达3500亿元。") == 3.5e11 / 7
    assert money("200亿美金入账！星河实验室估值狂飙至3500亿") == 3.5e11  # the title's currency
    assert (
        money("红点领投4200万，设计工具Flora抢占AI设计风口", "Flora获得4200 万美元A轮融资") == 4.2e7
    )
    assert (
        money("25岁融资15亿，00后创始人宣战英伟达", "初创公司融资15亿，方案结合SRAM与光子学。")
        == 0.0
    )
    assert money("10亿打工人再无归路", "全球10亿美元……") == 0.0  # 10亿 counts people here


def test_only_the_days_own_sum_counts_not_one_told_as_background() -> None:
    assert money("Orion Labs raises $80M Series A to build agent memory") == 8e7
    assert money("Orion Labs, which raised $80M Series A in March, launches Orion Agent") == 0.0
    assert money("Orion Labs launches Orion Agent after raising $80M last year") == 0.0
    assert money("Orion Labs quietly raised an $80M Series A in March") == 0.0
    assert money("星河实验室发布新模型，此前已完成300亿美元融资") == 0.0
    assert money("掌心智能获3亿元A轮 灵巧手赛道年内融资已超20亿元") == 3e8 / 7
    assert money("信通院：2025年AI产业规模超1.2万亿元") == 0.0  # a market's total, no one's deal
    assert money("Lovable 拟融资 3 亿美元，估值翻倍至 132 亿美元") == 1.32e10
    assert money("Orion Labs raises $50M to fix the insurance industry") == 5e7
    assert money("AI芯片赛道年度最大单笔融资 曜石科技获70亿元") == approx(1e9)


def test_a_count_beside_a_round_does_not_borrow_its_currency() -> None:
    assert money("星河实验室获1000万美元天使轮融资，用户破5亿") == 1e7  # 5亿 users, not dollars
    assert money("Orion Labs raises $10M; users top 100 million") == 1e7
    assert money("Orion Labs raises $10M as its users pass 100 million") == 1e7
    assert money("200亿美金入账！星河实验室估值狂飙至3500亿") == 3.5e11  # a valuation does
    assert money("Orion Labs raises $10M at a 1 billion valuation") == 1e9


def test_some_tens_of_millions_count_at_their_least() -> None:
    assert money("星河实验室完成数千万美元A轮融资") == 1e7
    assert money("星河实验室获数十亿美元投资") == 1e9


def test_a_deadline_a_repeat_or_a_comparison_is_not_a_past() -> None:
    assert money("星河实验室计划2030年前投资800亿美元") == 8e10
    assert money("星河实验室十年前估值只有2亿美元") == 0.0  # ten years ago: a past
    assert money("Orion Labs once again raises $1B") == 1e9
    assert money("Orion Labs raises $2B prior to its IPO") == 2e9
    assert money("Orion Labs raises $1B in the biggest AI round since 2021") == 1e9
    assert money("Orion Labs, which has raised $1B since 2021, launches Orion-5") == 0.0


def test_million_and_billion_abbreviated_as_news_wires_write_them() -> None:
    assert money("Orion Labs raises $40 mln") == 4e7
    assert money("Orion Labs raises $4.5bln") == 4.5e9


def test_a_big_funding_round_of_a_major_maker_outranks_a_paper_note_on_a_quiet_day() -> None:
    """A day of RSS feeds: every story has one source and no engagement, and both titles
    name a major maker and an event, so only the size of what is reported tells them apart."""
    funding_item = item(1, "OpenAI完成400亿美元融资，估值3000亿美元", language="zh")
    paper_item = item(2, "ICLR 2026 | OpenAI发布长文翻译评测基准", language="zh")
    funding, funding_signals = _score([funding_item])
    paper, paper_signals = _score([paper_item])
    seed, _ = _score([item(3, "OpenAI投资的初创公司完成2000万美元种子轮融资", language="zh")])
    shared = ("sources", "authority", "engagement", "names", "event")
    assert [funding_signals[k] for k in shared] == [paper_signals[k] for k in shared]
    assert funding_signals["size"] == 1.0 and paper_signals["size"] == 0.0
    assert funding > seed > paper
    # ids that a tie-break by id would put the paper first with
    stories = [
        replace(summarise_story(key, embedded([it]), {}, DAY), importance=score, relevance=0.9)
        for key, it, score in (("a-paper", paper_item, paper), ("b-funding", funding_item, funding))
    ]
    ranked = rank_stories(
        stories,
        language="zh",
        published={},
        novelty_factor=0.5,
        min_relevance=0.5,
    )
    assert [r.story.id for r in ranked] == ["b-funding", "a-paper"]


def test_a_big_sum_does_not_lift_a_story_off_the_ai_beat_into_the_lead() -> None:
    """Size says how big, not whether it is AI news: relevance gates the lead first."""
    merger = item(
        1,
        "Skyvale and Corran Air agree a $120bn airline merger",
        "The two carriers will fly under one brand and one timetable from next spring.",
    )
    model = item(2, "Orion Labs releases Orion-5, an open model for coding agents")
    merger_score, merger_signals = _score([merger])
    model_score, model_signals = _score([model])
    assert merger_signals["size"] == 1.0 and model_signals["size"] == 0.0
    assert merger_score > model_score  # the sum alone outweighs the model's release
    settings = AssessSettings()
    taxonomy = build_taxonomy(settings.categories, encoder())
    stories = [
        replace(
            summarise_story(key, embedded([it]), {}, DAY),
            importance=score,
            relevance=assess_story(embedded([it]), taxonomy, {}).relevance,
        )
        for key, it, score in (("merger", merger, merger_score), ("model", model, model_score))
    ]
    threshold = settings.relevance_threshold
    assert stories[0].relevance is not None and stories[0].relevance < threshold
    ranked = rank_stories(
        stories, language="en", published={}, novelty_factor=0.2, min_relevance=threshold
    )
    selection = select_stories(ranked, SelectSettings(lead=2, more=2), digest="d", day=DAY.date())
    assert [r.story.id for r in selection.lead] == ["model"] and not selection.more
    assert ranked[0].story.id == "model" and ranked[0].score == 0.5  # alone among AI stories
    assert ranked[1].excluded == Reason.NOT_AI


@pytest.mark.parametrize(
    ("title", "event"),
    [
        # essays, surveys and retrospectives: the writer's take, not a happening
        ("再来谈谈稀疏注意力", 0.0),
        ("2026，一篇不错的高效智能体技术全面综述", 0.0),
        ("三家大厂 AI 大战全记录：一场影响命运的战争", 0.0),
        ("北岭云存储系统架构演进之路，顶会论文背后的故事", 0.0),
        ("未来两年软件工程展望：程序员正分化成两种职业", 0.0),
        # a roundup of a span of days, even when one entry is a launch
        ("本周最佳产品（1.19-25），首个智能体编程平台发布", 0.0),
        ("Best launches of the week (Jan 19-25): Orion-5 releases", 0.0),
        # a person's remarks: views, as an interview is, whatever they mention
        ("编程将死！星河总监警告：只会写提示词的程序员会被淘汰", 0.0),
        ("永别了，互联网！星河联创爆料：人类彻底出局", 0.0),
        ("Orion Labs CEO: open models will win within a year", 0.0),
        ("“让智能体为所欲为！”星河创始人：爆火的社交网络技术其实简单", 0.0),
        # a how-to or the writer's own project, whatever event word it carries
        ("星河模型新版发布，保姆级上手教程", 0.0),
        ("学会星河的视频工作流后，我做了条新片子（附：六个更新）", 0.0),
        # not those: an organisation's colon, an appointment, a launch, a version range
        ("测试时扩展或是错觉，Google：强推理另有原因", 0.5),
        ("星河实验室首席科学家林远发布新模型", 1.0),
        ("Orion Labs CEO等宣告：新一代数据库全面支持智能体", 0.5),
        # a survey a tool writes is not the article's form
        ("论文综述神器来了，一键生成带引用的初稿", 0.5),
        ("星河实验室发布 Orion-5（1.5 倍速度）", 1.0),
        ("Orion Labs releases Orion-5 (versions 2.1-3)", 1.0),
        # an essay's or remarks' word in a title that reports a happening: the happening
        ("星河复盘助手发布：一键生成交易复盘报告", 1.0),
        ("星河实验室发布 Orion-5，展望未来：全面拥抱智能体", 1.0),
        ("星河实验室CEO林远：Orion-5 下周发布", 1.0),
        ("Orion Labs CEO Ada Park: Orion-5 releases next week", 1.0),
        ("Orion Labs releases Orion-5, a look at what it can do", 1.0),
        # a role someone takes is an appointment, not a speaker's remarks
        ("Orion Labs hires former Harbor design chief as CTO: report", 0.5),
        ("Orion Labs names new CTO: former Harbor engineer", 0.5),
    ],
)
def test_an_essay_a_roundup_remarks_or_a_how_to_is_not_news_of_the_day(
    title: str, event: float
) -> None:
    language = "en" if title.isascii() else "zh"
    assert _event(title, language) == event
