"""A report's narration of itself ("文章介绍了…") is told as its outlet's in the digest.

Every text here is fictional, written for these tests, in the shape of the feeds' own
summaries of their articles.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_ZH, brief, story

from newsdesk.editor import StoryBrief, offline_day, offline_entry, offline_more
from newsdesk.editor._narration import narrated_by, retold

OUTLET = "晨光科技"

TOLD_AS_THE_OUTLETS = [
    pytest.param(
        "文章分析了星河智能的融资困境，指出其现金流紧张。",
        "晨光科技分析了星河智能的融资困境，指出其现金流紧张。",
        id="the-article-analyses",
    ),
    pytest.param(
        "作者认为，在智能体时代最稀缺的是判断力。",
        "晨光科技认为，在智能体时代最稀缺的是判断力。",
        id="the-writer-argues",
    ),
    pytest.param(
        "这篇文章实测了云帆新上线的多智能体功能。",
        "晨光科技实测了云帆新上线的多智能体功能。",
        id="the-article-tries-out",
    ),
    pytest.param(
        "文章宣布云帆推出了一款写作插件，作者认为其可控性更好。",
        "晨光科技报道云帆推出了一款写作插件，并认为其可控性更好。",
        id="an-article-reports-an-announcement-and-the-second-mention-carries-on",
    ),
    pytest.param(
        "文章报道北辰研究院副院长离职，并评论称这反映了研究转向。",
        "晨光科技报道北辰研究院副院长离职，并评论称这反映了研究转向。",
        id="what-the-outlet-adds-stays-its-own",
    ),
    pytest.param(
        "作者宣布开源自己的笔记工具。",
        "晨光科技宣布开源自己的笔记工具。",
        id="a-writer-announces-their-own",
    ),
    pytest.param(
        "由于显存涨价，文章探讨了按需租用算力的方向。",
        "由于显存涨价，晨光科技探讨了按需租用算力的方向。",
        id="after-a-clause-of-cause",
    ),
    pytest.param(
        "文章介绍了新模型，作者还认为它会降价。",
        "晨光科技介绍了新模型，还认为它会降价。",
        id="an-adverb-already-carries-the-subject",
    ),
    pytest.param(
        "该文章认为，显存涨价会持续到年底。",
        "晨光科技认为，显存涨价会持续到年底。",
        id="that-article",
    ),
    pytest.param(
        "文章介绍了云帆的新模型；作者则认为它不会降价。",
        "晨光科技介绍了云帆的新模型；并认为它不会降价。",
        id="a-contrasting-adverb-carries-no-subject",
    ),
    pytest.param(
        "文章分享了作者用智能体整理十年笔记的经验。",
        "晨光科技分享了自己用智能体整理十年笔记的经验。",
        id="the-writers-own-story",
    ),
    pytest.param(
        "文章回顾了作者团队的三次转型。",
        "晨光科技回顾了作者团队的三次转型。",
        id="an-authors-team-is-someone-else",
    ),
]

LEFT_AS_WRITTEN = [
    pytest.param("作者提出了一种稀疏注意力新方法。", id="a-papers-authors-deed"),
    pytest.param("本文构建了一个包含三千道题的数据集。", id="a-papers-own-deed"),
    pytest.param("论文作者认为该方法可推广到视频。", id="not-the-reports-own-writer"),
    pytest.param("云帆发布了新模型，文章篇幅较长。", id="the-article-as-a-thing"),
    pytest.param("分析了三种缓存方案的取舍。", id="a-bare-verb-inside-a-text"),
    pytest.param("文章称晨光科技拿到了周明的独家专访。", id="the-outlet-named-already"),
    pytest.param("据晨光科技报道，文章称云帆推出了新模型。", id="credited-already"),
]

#: A later "作者" or "文章" that is not the outlet carried on: it stays as written.
LATER_MENTIONS_AS_WRITTEN = [
    pytest.param(
        "论文提出了一种稀疏注意力方法，作者认为可推广到视频。",
        "论文提出了一种稀疏注意力方法，作者认为可推广到视频。",
        id="a-papers-authors-after-the-paper",
    ),
    pytest.param(
        "作者提出了一种稀疏注意力方法，作者认为可推广到视频。",
        "作者提出了一种稀疏注意力方法，作者认为可推广到视频。",
        id="the-authors-of-a-deed-again",
    ),
    pytest.param(
        "文章称，作者认为显存会降价。",
        "晨光科技称，作者认为显存会降价。",
        id="inside-what-was-said",
    ),
    pytest.param(
        "文章介绍了新模型，该模型由云帆训练，作者认为它会降价。",
        "晨光科技介绍了新模型，该模型由云帆训练，作者认为它会降价。",
        id="after-a-clause-with-its-own-subject",
    ),
]


@pytest.mark.parametrize(("sentence", "told"), TOLD_AS_THE_OUTLETS)
def test_a_reports_narration_of_itself_is_the_outlets(sentence: str, told: str) -> None:
    assert narrated_by(sentence, OUTLET) == told


@pytest.mark.parametrize(("sentence", "told"), LATER_MENTIONS_AS_WRITTEN)
def test_a_later_mention_is_carried_on_only_straight_after_the_outlets_telling(
    sentence: str, told: str
) -> None:
    assert narrated_by(sentence, OUTLET) == told


@pytest.mark.parametrize("sentence", LEFT_AS_WRITTEN)
def test_deeds_and_other_writers_stay_as_written(sentence: str) -> None:
    assert narrated_by(sentence, OUTLET) == sentence


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        pytest.param(
            "分析了三种缓存方案的取舍。",
            "晨光科技分析了三种缓存方案的取舍。",
            id="a-bare-verb-opening-a-text",
        ),
        pytest.param(
            "针对论文写作的引用错误，介绍了一款校验工具。",
            "针对论文写作的引用错误，晨光科技介绍了一款校验工具。",
            id="after-what-it-addresses",
        ),
        pytest.param(
            "详细介绍了新功能的配置方式。", "晨光科技详细介绍了新功能的配置方式。", id="an-adverb"
        ),
        pytest.param("分析显示显存价格上涨三成。", "分析显示显存价格上涨三成。", id="a-noun"),
        pytest.param(
            "介绍了新模型，作者认为它会降价。",
            "晨光科技介绍了新模型，并认为它会降价。",
            id="a-later-mention-carries-the-outlet-it-got",
        ),
    ],
)
def test_a_text_opening_with_the_narrating_verb_alone_gets_the_outlet(
    sentence: str, told: str
) -> None:
    assert narrated_by(sentence, OUTLET, opening=True) == told


def test_without_an_outlet_nothing_is_told_otherwise() -> None:
    sentence = "文章分析了星河智能的融资困境。"
    assert narrated_by(sentence, " ") == sentence


@pytest.mark.parametrize(
    ("clause", "told"),
    [
        pytest.param("晨光科技报道云帆完成融资", "文章报道云帆完成融资", id="narrated"),
        pytest.param("云帆宣布推出新模型", "云帆宣布推出新模型", id="a-first-party-outlets-news"),
        pytest.param(
            "云帆以三亿元收购青禾", "云帆以三亿元收购青禾", id="a-first-party-outlets-means"
        ),
        pytest.param("星河智能完成融资", "星河智能完成融资", id="another-outlet"),
    ],
)
def test_a_clause_the_outlet_narrates_is_retold_as_its_report_told_it(
    clause: str, told: str
) -> None:
    assert retold(clause, (OUTLET, "云帆")) == told


def _brief_of(text: str, title: str = "星河智能的困境：融资之后") -> StoryBrief:
    report = replace(LUMINA_ZH, title=title, text=text, source=OUTLET)
    return brief((report,), the_story=story(title=title))


def test_an_entry_and_a_more_line_tell_the_article_as_the_outlets() -> None:
    text = (
        "文章分析了星河智能在2025年的融资困境，指出其现金流紧张。星河智能的算力支出占营收的六成。"
    )
    the_brief = _brief_of(text)

    entry = offline_entry(the_brief, "zh")
    more = offline_more(the_brief, "zh")

    assert entry.summary.startswith("晨光科技分析了星河智能在2025年的融资困境")
    assert "文章" not in entry.summary
    assert "文章" not in more.detail


def test_the_days_list_drops_the_outlets_reporting_frame_and_a_clause_before_a_prediction() -> None:
    reported = offline_entry(
        _brief_of(
            "文章报道云帆完成3亿元A轮融资，并评论称估值偏高。",
            title="云帆又融钱了！估值翻倍",
        ),
        "zh",
    )
    foreseen = replace(
        reported,
        story_id="s-foreseen",
        headline="代码要消失了？周明在全员会上放话：明年智能体直接生成程序",
        summary="周明在全员会上预测，明年智能体将直接生成可执行程序。",
    )

    day = offline_day([reported, foreseen], {"business": "资本与商业"}, "AI 日报", [], "zh")

    assert reported.summary.startswith("晨光科技报道云帆完成3亿元A轮融资")
    assert day.bullets[0] == "云帆完成3亿元A轮融资"
    assert day.bullets[1] == foreseen.headline  # "周明在全员会上预测" cuts off what he foresaw


def test_a_companys_own_feed_keeps_its_name_before_what_it_says_it_will_do() -> None:
    own = replace(
        LUMINA_ZH, title="下个月见？", text="云帆称将在下月推出新模型Orion-2。", source="云帆"
    )
    entry = offline_entry(brief((own,), the_story=story(title=own.title)), "zh")

    day = offline_day([entry], {"business": "资本与商业"}, "AI 日报", [], "zh")

    assert day.bullets == ("云帆称将在下月推出新模型Orion-2",)  # not "将在下月推出…"
