"""A report's narration of itself ("文章介绍了…") is told as its outlet's in the digest.

Every text here is fictional, written for these tests, in the shape of the feeds' own
summaries of their articles.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_ZH, brief, story

from newsdesk.editor import StoryBrief, offline_day, offline_entry, offline_more
from newsdesk.editor._narration import narrated_by, reports_a_book, reports_research, retold

OUTLET = "晨光科技"

TOLD_AS_THE_OUTLETS = [
    pytest.param(
        "作者对一则融资新闻表示困惑，认为其估值过高。",
        "晨光科技对一则融资新闻表示困惑，认为其估值过高。",
        id="what-the-writer-feels-about-something",
    ),
    pytest.param(
        "该新闻把两个产品混为一谈，作者推测可能存在收购。",
        "该新闻把两个产品混为一谈，晨光科技推测可能存在收购。",
        id="the-writer-guesses",
    ),
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
        "作者测试了云帆的桌面智能体，展示了其整理文件的能力。",
        "晨光科技测试了云帆的桌面智能体，展示了其整理文件的能力。",
        id="the-writer-tests",
    ),
    pytest.param(
        "作者尝试用云帆复现三个常见任务。",
        "晨光科技尝试用云帆复现三个常见任务。",
        id="the-writer-tries",
    ),
    pytest.param(
        "文章提供了将云帆接入办公软件的教程。",
        "晨光科技提供了将云帆接入办公软件的教程。",
        id="the-article-gives-a-tutorial",
    ),
    pytest.param(
        "文章借用围棋术语探讨智能体的分工。",
        "晨光科技借用围棋术语探讨智能体的分工。",
        id="the-article-borrows",
    ),
    pytest.param(
        "文章从代码层面深度分析了云帆高耗费的原因。",
        "晨光科技从代码层面深度分析了云帆高耗费的原因。",
        id="from-a-level-in-depth",
    ),
    pytest.param(
        "作者利用智能体汇总了二十位创始人推荐的书目。",
        "晨光科技利用智能体汇总了二十位创始人推荐的书目。",
        id="the-writer-by-their-means",
    ),
    pytest.param(
        "作者观察到智能体开始用工单彼此沟通。",
        "晨光科技观察到智能体开始用工单彼此沟通。",
        id="the-writer-observes",
    ),
    pytest.param(
        "本期《脑科学周报》汇总了三项研究。",
        "晨光科技汇总了三项研究。",
        id="this-issue-sums-up",
    ),
    pytest.param(
        "通过一个月的试用，文章揭示了摘要工具常编造链接。",
        "通过一个月的试用，晨光科技揭示了摘要工具常编造链接。",
        id="the-article-reveals-after-its-means",
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
    pytest.param("文章介绍了晨光科技对周明的独家专访。", id="the-outlet-named-already"),
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
        pytest.param(
            "晨光科技对一则融资新闻表示困惑",
            "文章对一则融资新闻表示困惑",
            id="narrated-about-something",
        ),
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


#: A report of a paper or a study: its "作者" did the work, the outlet only tells of it.
A_PAPERS_REPORT = (
    "AAAI 2026 | 稀疏注意力也能做长视频？",
    "北辰大学团队提出了一种稀疏注意力方法。作者通过实验证明，该方法在长视频上提速三倍。",
)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        pytest.param(
            "作者通过实验证明，该方法在长视频上提速三倍。",
            "研究者通过实验证明，该方法在长视频上提速三倍。",
            id="the-authors-experiment",
        ),
        pytest.param(
            "作者认为该方法可推广到音频。",
            "研究者认为该方法可推广到音频。",
            id="the-authors-view",
        ),
        pytest.param(
            "本文通过消融实验验证了每个模块的作用。",
            "该研究通过消融实验验证了每个模块的作用。",
            id="the-paper-itself-by-its-means",
        ),
        pytest.param(
            "文章介绍了北辰大学的稀疏注意力方法。",
            "晨光科技介绍了北辰大学的稀疏注意力方法。",
            id="the-outlet-still-tells-of-it",
        ),
    ],
)
def test_in_a_report_of_a_paper_the_authors_are_its_researchers_not_the_outlet(
    sentence: str, told: str
) -> None:
    assert narrated_by(sentence, OUTLET, research=True) == told


@pytest.mark.parametrize(
    ("title", "text", "research"),
    [
        pytest.param(*A_PAPERS_REPORT, True, id="a-team-proposes-a-method"),
        pytest.param(
            "显存还会涨吗",
            "研究发现，显存价格与训练需求同步上涨。作者认为涨价会持续。",
            True,
            id="a-study-finds",
        ),
        pytest.param(
            "我读完了某平台所有帖子",
            "作者通过分析平台的帖子和一篇论文的数据，指出其用户数有水分。",
            False,
            id="a-paper-named-as-a-source-of-data",
        ),
        pytest.param("云帆又融钱了", "文章报道云帆完成3亿元A轮融资。", False, id="business-news"),
        pytest.param(
            "云帆修好了一个漏洞",
            "云帆安全团队发现了一个越权漏洞。作者认为行业应更重视安全。",
            False,
            id="a-companys-team-finds-a-bug",
        ),
        pytest.param(
            "墨笔2.0发布",
            "开源写作工具墨笔的团队构建了新的插件市场。",
            False,
            id="a-projects-team-builds-a-product",
        ),
    ],
)
def test_a_report_of_research_is_told_from_its_title_and_first_sentence(
    title: str, text: str, research: bool
) -> None:
    assert reports_research(title, text) is research


def test_an_entry_of_a_papers_report_credits_its_experiment_to_the_researchers() -> None:
    title, text = A_PAPERS_REPORT
    entry = offline_entry(_brief_of(text, title=title), "zh")

    assert "研究者通过实验证明" in entry.summary
    assert "晨光科技通过实验" not in entry.summary


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        pytest.param(
            "文章称云帆将在下月推出新模型Orion-2。",
            "云帆将在下月推出新模型Orion-2。",
            id="the-company-says-what-it-will-do",
        ),
        pytest.param(
            "作者表示，云帆已完成Orion-2的训练。",
            "云帆已完成Orion-2的训练。",
            id="the-company-says-what-it-did",
        ),
        pytest.param(
            "文章宣布云帆推出了写作插件。", "云帆推出了写作插件。", id="the-company-announces"
        ),
    ],
)
def test_a_companys_own_feed_tells_its_news_without_narrating_itself(
    sentence: str, told: str
) -> None:
    assert narrated_by(sentence, "云帆") == told


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        pytest.param(
            "云帆表示将在下月推出新模型Orion-2。",
            "云帆将在下月推出新模型Orion-2",
            id="says-what-it-will-do",
        ),
        pytest.param(
            "云帆称，云帆Orion-2已开放企业试用。",
            "云帆Orion-2已开放企业试用",
            id="its-name-twice",
        ),
    ],
)
def test_a_companys_own_feed_gives_a_list_line_of_its_news_not_of_its_speaking(
    text: str, bullet: str
) -> None:
    own = replace(LUMINA_ZH, title="下个月见？", text=text, source="云帆")
    entry = offline_entry(brief((own,), the_story=story(title=own.title)), "zh")

    day = offline_day([entry], {"business": "资本与商业"}, "AI 日报", [], "zh")

    assert day.bullets == (bullet,)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("本期利用率达到九成，高于上期。", id="this-periods-rate"),
        pytest.param("本期以来，企业用户增长了三成。", id="since-this-period"),
        pytest.param("文章以及评论区都提到了降价。", id="the-article-and-others"),
        pytest.param("本期测试版已向企业开放。", id="this-issues-beta-is-a-thing"),
        pytest.param("本期提供商数量翻了一番。", id="providers-are-a-noun"),
    ],
)
def test_a_verb_that_begins_a_longer_word_is_no_narration(sentence: str) -> None:
    """ "本期" is as often this period as this issue; "利用率" is a rate, not "利用"."""
    assert narrated_by(sentence, OUTLET) == sentence


def test_in_a_report_of_a_paper_a_columns_issue_is_not_the_study() -> None:
    """ "本期《…》" is the outlet's column telling of the paper, never the paper itself."""
    told = narrated_by("本期《前沿周报》以此为例讨论了蒸馏的未来。", OUTLET, research=True)

    assert told == "晨光科技以此为例讨论了蒸馏的未来。"


def test_a_companys_own_feed_keeps_its_speaking_before_what_is_no_deed_of_its_own() -> None:
    """ "目前" opens a clause whose subject is someone else ("目前外界传闻不实")."""
    assert narrated_by("云帆称目前外界传闻不实。", "云帆") == "云帆称目前外界传闻不实。"


#: A report's sentence about a thing, with nobody in it who speaks.
A_THINGS_DEED = "云帆的存储系统通过层级命名空间解决了目录操作的性能瓶颈。"


@pytest.mark.parametrize(
    ("before", "sentence", "told"),
    [
        pytest.param(
            A_THINGS_DEED,
            "指出传统对象存储在目录操作上有性能放大问题。",
            "晨光科技指出传统对象存储在目录操作上有性能放大问题。",
            id="after-a-things-deed-the-outlet-points-out",
        ),
        pytest.param(
            "云帆助手可常驻后台，通过聊天工具接收指令。",
            "推荐在台式机上使用，并认为旗舰模型执行得最好。",
            "晨光科技推荐在台式机上使用，并认为旗舰模型执行得最好。",
            id="a-recommendation-is-not-the-products",
        ),
        pytest.param(
            "星河智能CEO在发布会上预测，明年算力价格将下降。",
            "预测五年后推理算力将超过训练算力。",
            "预测五年后推理算力将超过训练算力。",
            id="a-speaker-before-carries-on",
        ),
        pytest.param(
            "晨光科技分享了独立开发者的经历。",
            "强调先解决用户的问题。",
            "强调先解决用户的问题。",
            id="the-outlet-already-speaking-carries-on",
        ),
    ],
)
def test_a_later_sentence_opening_with_a_bare_narrating_verb_is_the_outlets_when_nobody_spoke(
    before: str, sentence: str, told: str
) -> None:
    """ "云帆的存储系统…解决了…。指出…" reads as the storage system pointing out."""
    assert narrated_by(sentence, OUTLET, before=before) == told


def test_a_bare_narrating_verb_stays_where_what_came_before_is_not_known() -> None:
    sentence = "指出现有方法有性能放大问题。"
    assert narrated_by(sentence, OUTLET) == sentence


def test_in_a_report_of_research_a_bare_narrating_verb_after_a_deed_is_the_studys() -> None:
    told = narrated_by(
        "指出现有模型会给好看的图表打高分。", OUTLET, before=A_THINGS_DEED, research=True
    )

    assert told == "该研究指出现有模型会给好看的图表打高分。"


def test_a_text_opening_with_what_it_addresses_and_a_bare_recommendation_gets_the_outlet() -> None:
    told = narrated_by("针对权限过高的风险，推荐在虚拟机中部署云帆助手。", OUTLET, opening=True)

    assert told == "针对权限过高的风险，晨光科技推荐在虚拟机中部署云帆助手。"


def test_an_entry_tells_a_bare_narrating_verb_after_a_things_deed_as_the_outlets() -> None:
    text = f"{A_THINGS_DEED}指出传统对象存储在移动目录时要逐个复制对象。"
    entry = offline_entry(_brief_of(text, title="云帆存储系统的演进"), "zh")

    assert "晨光科技指出传统对象存储" in entry.summary


#: A report of a book: its "作者" is the book's, in every sentence.
A_BOOKS_REPORT = (
    "一本书讲完七十年AI史",
    "《智能简史》作者李明在新书中回顾了七十年的人工智能史。作者通过对120位研究者的访谈揭示了"
    "算法推荐的代价。",
)


def test_a_books_author_named_in_one_sentence_is_the_author_of_the_next() -> None:
    entry = offline_entry(_brief_of(A_BOOKS_REPORT[1], title=A_BOOKS_REPORT[0]), "zh")

    assert "作者通过对120位研究者的访谈" in entry.summary
    assert "晨光科技通过" not in entry.summary


def test_a_book_report_leaves_its_authors_doings_as_written() -> None:
    sentence = "作者通过大量访谈揭示了算法推荐的代价。"
    assert narrated_by(sentence, OUTLET, book=True) == sentence
    assert narrated_by("文章介绍了这本书的结构。", OUTLET, book=True) == (
        "晨光科技介绍了这本书的结构。"
    )


@pytest.mark.parametrize(
    ("title", "text", "book"),
    [
        pytest.param(*A_BOOKS_REPORT, True, id="a-books-author"),
        pytest.param(
            "读书｜算法的代价", "作者李明的新书讲述了推荐算法的历史。", True, id="a-new-book"
        ),
        pytest.param(
            "一本书讲完七十年AI史", "李明出版了新书《智能简史》。", True, id="a-book-published"
        ),
        pytest.param("星河智能的困境", "作者认为星河智能的现金流紧张。", False, id="a-column"),
    ],
)
def test_a_report_of_a_book_is_told_from_its_title_and_text(
    title: str, text: str, book: bool
) -> None:
    assert reports_a_book(title, text) is book


def test_an_opinion_piece_citing_a_study_in_its_title_is_no_report_of_the_study() -> None:
    """The columnist's "作者认为" opens it: the study is what the column argues about."""
    title = "研究表明AI让人变笨？我不这么看"
    text = "作者认为，依赖AI写作并不等于思考变懒。作者指出，那项研究只测了一周。"

    assert reports_research(title, text) is False
    assert reports_research("AAAI 2026 | 稀疏注意力", "作者认为现有方法太慢。") is True


@pytest.mark.parametrize(
    ("title", "text"),
    [
        pytest.param(
            "研究表明AI让人变笨？我不这么看",
            "很多人看到这项研究都慌了。作者认为，依赖AI写作并不等于思考变懒。",
            id="the-title-in-the-writers-voice",
        ),
        pytest.param(
            "研究发现AI会让学生变懒",
            "不少家长为此担心。作者认为，那项研究只测了一周，下结论太早。",
            id="the-writers-view-after-an-opening",
        ),
    ],
)
def test_a_column_whose_title_cites_a_study_credits_its_columnist(title: str, text: str) -> None:
    """The study is what the column argues about: its "作者" is the columnist, told as
    the outlet, never as the study's researchers."""
    entry = offline_entry(_brief_of(text, title=title), "zh")

    assert reports_research(title, text) is False
    assert "研究者认为" not in entry.summary and "晨光科技认为" in entry.summary


def test_a_title_citing_a_study_still_makes_a_neutral_report_one_of_research() -> None:
    assert reports_research(
        "研究发现大模型会说谎", "一支团队测试了十个模型。作者通过实验证明它们会说谎。"
    )
    assert reports_research("我们提出的方法研究表明更快", "团队在三个数据集上测试。")


def test_a_companys_own_feed_keeps_who_says_another_companys_news() -> None:
    """ "云帆的对手星河科技将降价" is 星河科技's news, told by 云帆, not 云帆's own."""
    told = narrated_by("文章称云帆的对手星河科技将降价。", "云帆")

    assert told == "云帆称其对手星河科技将降价。"
    assert narrated_by("云帆表示，云帆的对手星河科技将降价。", "云帆") == (
        "云帆表示，云帆的对手星河科技将降价。"
    )


@pytest.mark.parametrize(
    ("written", "told"),
    [
        pytest.param(
            "报告指出，竞争的重心正转向系统工程。",
            "报告指出当智能体进入生产环境，权限隔离成为必需。",
            id="the-report-that-spoke-in-its-text",
        ),
        pytest.param(
            "报告指出，竞争的重心正转向系统工程。\n\n强调基础设施的价值在于管理不确定性。\n\n",
            "报告指出当智能体进入生产环境，权限隔离成为必需。",
            id="a-bare-verb-between-carries-it-on",
        ),
        pytest.param(
            "云帆存储团队分享了其系统的演进之路。",
            "云帆存储团队指出当智能体进入生产环境，权限隔离成为必需。",
            id="a-team-that-spoke-in-its-text",
        ),
        pytest.param(
            "文章认为，数据正成为唯一的护城河。",
            "晨光科技指出当智能体进入生产环境，权限隔离成为必需。",
            id="the-article-that-spoke-is-the-outlet",
        ),
        pytest.param(
            "在算力商品化之后，数据正成为护城河。",
            "晨光科技指出当智能体进入生产环境，权限隔离成为必需。",
            id="nobody-spoke",
        ),
    ],
)
def test_a_bare_narrating_verb_the_summary_leaves_without_a_speaker_is_who_spoke_in_its_report(
    written: str, told: str
) -> None:
    """The summary may leave out the report's sentence that named who speaks."""
    sentence = "指出当智能体进入生产环境，权限隔离成为必需。"
    assert narrated_by(sentence, OUTLET, before=A_THINGS_DEED, written=written) == told


#: A bare verb that begins a noun is no narration: crediting the outlet would make the
#: noun its own ("晨光科技推荐算法" is the outlet's recommendation algorithm).
@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("推荐算法是短视频平台的核心。", id="a-recommendation-algorithm"),
        pytest.param("推荐系统的延迟下降了40%。", id="a-recommender-system"),
        pytest.param("建议书已提交给监管机构。", id="a-written-proposal"),
        pytest.param("表示学习是其核心技术。", id="representation-learning"),
        pytest.param("预测市场Polymarket的交易量翻倍。", id="a-prediction-market"),
        pytest.param("提醒功能已在新版中上线。", id="a-reminder-feature"),
        pytest.param("强调句在中文写作中很常见。", id="an-emphatic-sentence"),
    ],
)
def test_a_bare_verb_that_begins_a_noun_is_left_as_written(sentence: str) -> None:
    assert narrated_by(sentence, OUTLET, before=A_THINGS_DEED) == sentence


#: Someone speaks or acts in what came before, though no verb of arguing says so: the
#: bare verb carries them on, never the outlet.
@pytest.mark.parametrize(
    "before",
    [
        pytest.param("“AI不会取代程序员，但会用AI的程序员会。”", id="a-quotation"),
        pytest.param("云帆发布了Orion-2模型。", id="a-company-announcing"),
        pytest.param("星河智能CEO李明发布公开信。", id="a-chief-executives-letter"),
        pytest.param("李明告诉记者，明年算力价格将下降。", id="someone-telling-a-reporter"),
    ],
)
def test_a_bare_verb_after_someone_who_speaks_or_announces_is_left_to_them(before: str) -> None:
    sentence = "表示将在三季度开放API，并呼吁行业建立统一的安全标准。"
    assert narrated_by(sentence, OUTLET, before=before, written=before) == sentence


#: The report spoke before, but whom it names is no subject the summary can carry: a
#: source phrase, a pronoun, or a speaker the clause hides.
@pytest.mark.parametrize(
    "written",
    [
        pytest.param("据介绍，该系统已部署在三家银行。", id="according-to"),
        pytest.param("李明是星河的创始人。他指出，竞争在于系统工程。", id="a-pronoun"),
        pytest.param("星河CEO李明在采访中表示，明年算力价格将下降。", id="a-speaker-in-a-place"),
        pytest.param("“算力会越来越便宜。”李明表示。", id="a-speaker-after-a-quote"),
        pytest.param(
            "OpenAI首席科学家Jakub Pachocki表示，推理模型还有很大空间。", id="a-long-name"
        ),
    ],
)
def test_a_bare_verb_stays_as_written_when_who_spoke_in_its_report_is_unclear(
    written: str,
) -> None:
    """Crediting the outlet would give it a speaker's words; "据指出" is no Chinese."""
    sentence = "指出推理算力将超过训练算力。"
    assert narrated_by(sentence, OUTLET, before=A_THINGS_DEED, written=written) == sentence


def test_in_a_report_of_a_book_the_writers_bizhe_is_still_the_outlet() -> None:
    """ "笔者" is always who writes the report, never the book's author."""
    told = narrated_by("笔者认为这本书低估了开源的作用。", OUTLET, book=True)

    assert told == "晨光科技认为这本书低估了开源的作用。"


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("数据分析显示，推理请求增长了三倍。", id="an-analysis-shows"),
        pytest.param("产品介绍页显示，该模型支持百万上下文。", id="a-product-page"),
    ],
)
def test_a_noun_a_verb_of_saying_begins_is_nobody_speaking(written: str) -> None:
    """Not "数据指出…" or "产品指出…": the analysis and the page said nothing."""
    sentence = "指出推理算力将超过训练算力。"
    told = narrated_by(sentence, OUTLET, before=A_THINGS_DEED, written=written)

    assert told == "晨光科技指出推理算力将超过训练算力。"


@pytest.mark.parametrize(
    ("before", "research", "told"),
    [
        pytest.param(
            "该框架借鉴“信、达、雅”准则，覆盖忠实度与美感。",
            False,
            "晨光科技指出现有模型会给好看的图表打高分。",
            id="a-word-in-quotes-is-no-quotation",
        ),
        pytest.param(
            "北辰大学等机构发布了首个图表质量基准。",
            True,
            "该研究指出现有模型会给好看的图表打高分。",
            id="in-research-a-launch-is-the-studys",
        ),
    ],
)
def test_what_is_no_speaker_before_a_bare_verb(before: str, research: bool, told: str) -> None:
    sentence = "指出现有模型会给好看的图表打高分。"
    assert narrated_by(sentence, OUTLET, before=before, written=before, research=research) == told
