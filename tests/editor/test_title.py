"""The offline day title is a theme drawn from the day's top stories, as the seeds write
one: the lead's actor and action in a whole clause of its headline, then what the other
top stories share; never two headlines glued, never cut inside a clause, always in the
digest's language and of the seeds' length."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from editor_helpers import brief

from newsdesk.editor import offline_entry
from newsdesk.editor._offline import day_bullet
from newsdesk.editor._title import day_title, lead_clause, title_fits
from newsdesk.model import DigestEntry

CATEGORIES = {
    "business": "资本与商业",
    "models": "大模型与技术",
    "products": "产品与应用",
    "robotics": "具身智能与机器人",
}
CATEGORIES_EN = {"business": "Funding & business", "models": "Models & research"}
BASE = offline_entry(brief(), "zh")


def entry(headline: str, category: str = "business", n: int = 0) -> DigestEntry:
    return replace(BASE, story_id=f"s-{n}-{headline[:6]}", headline=headline, category=category)


def day(*stories: tuple[str, str], language: str = "zh") -> str:
    names = CATEGORIES if language == "zh" else CATEGORIES_EN
    entries = [entry(h, c, n) for n, (h, c) in enumerate(stories)]
    return day_title(entries, language, names)


def test_a_name_that_several_top_stories_carry_becomes_the_theme() -> None:
    title = day(
        ("光年智能完成B轮融资", "business"),
        ("Orbit Code 新增插件市场，开发者可上架扩展", "products"),
        ("实测 Orbit Code：一句话生成整套网页", "products"),
        ("星衡机器人开启预订", "robotics"),
    )
    assert title == "光年智能完成B轮融资，Orbit Code成焦点"  # the name as every headline gives it


def test_without_a_shared_name_the_categories_most_top_stories_fall_in_are_the_theme() -> None:
    title = day(
        ("光年智能完成 12 亿元 B 轮融资", "business"),
        ("星河智能发布Nova-2推理模型", "models"),
        ("启明资本领投一家芯片公司", "business"),
        ("深言开源一个代码模型", "models"),
        ("星衡机器人开启预订", "robotics"),
    )
    assert title == "光年智能完成 12 亿元 B 轮融资，资本与大模型动态密集"


def test_the_title_opens_with_the_clause_that_says_who_did_what() -> None:
    assert lead_clause("速递｜星河智能发布Nova-2推理模型，数学成绩超越前代", "zh") == (
        "星河智能发布Nova-2推理模型"  # not the column's name, not the clause without actor
    )
    assert lead_clause("告别土味审美！Nova-2 实测：一句话复刻丝滑动效", "zh") == "Nova-2 实测"


def test_a_lead_in_the_first_person_or_a_teaser_is_stated_not_replaced_by_the_next_story() -> None:
    """The day's title is its lead story's: a headline that asks or speaks in the first
    person gives way to the line the day's list states its news in (from its summary),
    never to the headline of a story below it."""
    said = "星河科技发布编程助手星河助手2.0，可自动完成代码评审和测试。它支持十种语言。"
    below = entry("光年智能完成 12 亿元 B 轮融资", "business", 2)
    for headline in ("星河助手真的能替代程序员吗？", "我用了一周星河助手，发现它比想象中聪明"):
        lead = replace(entry(headline, "products", 1), summary=said)
        stated = partial(day_bullet, language="zh")
        assert (
            day_title([lead, below], "zh", CATEGORIES, stated) == "星河科技发布编程助手星河助手2.0"
        )


def test_a_lead_in_the_first_person_with_nothing_stating_it_gives_way_to_the_next_news() -> None:
    """A company's own voice ("我们发布了…", "We're launching…") is no day's title: with
    no line stating its news in the third person (its summary speaks as the company
    too), the next top story's headline that reads as news is the title."""
    below = entry("光年智能完成 12 亿元 B 轮融资", "business", 2)
    own = "我们发布了新一代编程助手星河助手2.0，欢迎大家试用"
    stated = partial(day_bullet, language="zh")
    voice = "我们今天发布了星河助手2.0。我们希望它好用。"
    for headline in (own, "我用了一周星河助手，发现它比想象中聪明"):
        lead = replace(entry(headline, "products", 1), summary=voice)
        assert day_title([lead, below], "zh", CATEGORIES, stated) == below.headline
        assert day_title([lead, below], "zh", CATEGORIES) == below.headline
    launching = replace(
        entry("We're launching Nova-2, our fastest model yet", "models", 1),
        summary="We're launching Nova-2 today. It is our fastest model.",
    )
    news = entry("Lumina Labs raises $500 million in Series C funding", "business", 2)
    english = partial(day_bullet, language="en")
    title = day_title([launching, news], "en", CATEGORIES_EN, english)
    assert title == "Lumina Labs raises $500 million in Series C funding"


def test_a_speakers_words_stay_with_the_speaker() -> None:
    quoted = "星河CEO周明：推理成本还会再降一半"
    assert lead_clause(quoted, "zh") == quoted
    said = "周明：推理成本还会再降一半，明年大模型的价格战将进入下半场"
    assert lead_clause(said, "zh") == "周明：推理成本还会再降一半"


def test_with_nothing_shared_the_lead_clause_stands_alone_whole() -> None:
    title = day(("光年智能完成 12 亿元 B 轮融资", "business"), ("星衡机器人开启预订", "robotics"))
    assert title == "光年智能完成 12 亿元 B 轮融资"


def test_a_lead_headline_naming_no_actor_or_action_is_the_title_whole_when_it_fits() -> None:
    assert day(("微信的小而美，装不下大模型", "business")) == "微信的小而美，装不下大模型"


def test_never_two_headlines_glued_nor_a_clause_cut() -> None:
    stories = [
        ("光年智能完成 12 亿元 B 轮融资，投后估值 80 亿元", "business"),
        ("星河智能发布Nova-2推理模型", "models"),
        ("启明资本领投一家芯片公司", "business"),
    ]
    title = day(*stories)
    lead, _, theme = title.partition("，")
    assert lead == "光年智能完成 12 亿元 B 轮融资"  # the whole first clause of one headline
    assert not any(theme in h for h, _ in stories)  # the theme is no second headline
    assert title_fits(title, "zh")


def test_a_title_is_in_the_digest_s_language() -> None:
    stories = [
        ("Lumina raises 1.2 billion yuan in a Series B round", "business"),
        ("光年智能完成 12 亿元 B 轮融资", "business"),
    ]
    assert day(*stories).startswith("光年智能完成")
    assert day(*stories, language="en") == (
        "Lumina raises 1.2 billion yuan in a Series B round, amid news on funding"
    )


def test_an_english_theme_names_the_busy_categories_within_fourteen_words() -> None:
    title = day(
        ("Lumina raises 1.2 billion yuan", "business"),
        ("Galaxy Capital leads a chip round", "business"),
        ("Nova-2 tops the open leaderboard", "models"),
        ("Deepword open-sources a code model", "models"),
        language="en",
    )
    assert title == "Lumina raises 1.2 billion yuan, amid news on funding and models"
    assert title_fits(title, "en")


def test_of_two_clauses_alike_the_title_takes_the_one_naming_what_the_reports_are_about() -> None:
    headline = "Vega 2 Pro的位置，Orin K3也想坐坐？"
    reports = ("实测 Orin K3：看视频写代码", "Orin K3 是一个分水岭", "Orin K3 追平 Vega 2 Pro")
    assert lead_clause(headline, "zh", about=reports) == "Orin K3也想坐坐"
    assert lead_clause(headline, "zh") == "Vega 2 Pro的位置"  # alone, the first stays
    lead = replace(
        entry(headline, "models"),
        summary="Orin K3 支持看图生成应用。",
        sources=tuple(replace(BASE.sources[0], title=t) for t in reports),
    )
    assert day_title([lead], "zh", CATEGORIES).startswith("Orin K3也想坐坐")


def test_a_day_whose_top_headlines_are_in_another_language_still_has_a_title() -> None:
    assert day(("Nova-2 ships today", "models")) == "Nova-2 ships today"


def test_a_clause_with_no_subject_is_not_the_opening_but_the_title_stays_the_leads() -> None:
    """ "让Qwen学会推理" names Qwen as what is taught, not who did anything, and "这套框架…"
    leans on the clause before it: neither opens the title alone, and the next story's
    headline does not either; the lead's headline is the title whole."""
    title = day(
        ("让Qwen学会推理，这套开源框架只要8张卡", "models"),
        ("光年智能完成 12 亿元 B 轮融资", "business"),
    )
    assert title == "让Qwen学会推理，这套开源框架只要8张卡"
    assert lead_clause("让Qwen学会推理，星河实验室开源强化学习框架Forge", "zh") == (
        "星河实验室开源强化学习框架Forge"
    )
    assert lead_clause("在Orbit Code的插件市场上线后，开发者收入翻倍", "zh") == ""
    alone = day(("让Qwen学会推理，星河实验室开源的框架只要8张卡", "models"))
    assert (
        alone == "星河实验室开源的框架只要8张卡"
    )  # the day's one story: its clause with a subject
    assert lead_clause("How to make Nova reason, step by step", "en") == ""


def test_a_subject_is_not_taken_for_a_causative_when_a_word_only_begins_so() -> None:
    """使用 (use) and 在线 (online) are words of their own, not 使 (make) and 在 (at)."""
    used = "使用量翻倍：星河智能发布Nova-2推理模型"
    assert lead_clause(used, "zh") == used  # the headline whole, short enough to be one
    online = "在线教育公司光年智能完成B轮融资"
    assert lead_clause(online, "zh") == online


def test_a_headline_that_only_counts_a_list_gives_way_to_the_news_it_lists() -> None:
    """ "Nova 助手爆火的 4 个原因" promises an article's list and states no news: the day's
    list says what happened, from the summary, as it does for a headline that teases."""
    said = "开源项目Nova助手因其本地运行的个人助手设计而爆火，它能读写本地文件。"
    counted = replace(entry("Nova 助手爆火的 4 个原因", "products"), summary=said)
    assert day_bullet(counted, "zh") == "开源项目Nova助手因其本地运行的个人助手设计而爆火"
    stating = replace(entry("Nova 助手爆火，星河科技称用户破百万", "products"), summary=said)
    assert day_bullet(stating, "zh") == stating.headline


def test_an_english_headline_that_counts_reasons_gives_way_to_the_news() -> None:
    told = "Star River's open-source assistant Nova passed a million users in a week, it said."
    base = offline_entry(brief(), "en")
    counted = replace(base, headline="5 reasons Nova took off", summary=told)
    assert day_bullet(counted, "en") == (
        "Star River's open-source assistant Nova passed a million users in a week"
    )
