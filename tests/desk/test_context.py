"""AI names the day teaches: a name that stories kept as AI news are about makes a story
naming it AI news, and nothing else does.

Relevances here stand for what each story's own words gave; minimum 0.5, floor 0.6 (the
desk's defaults).  Every company, product and person is invented.
"""

from __future__ import annotations

import pytest

from newsdesk.desk import ContextStory, relevance_in_context
from newsdesk.desk._context import headline_names, lift_by_context

MINIMUM, FLOOR = 0.5, 0.6


def _story(title: str, relevance: float, text: str = "") -> ContextStory:
    return ContextStory((title,), (text,), relevance)


def _lifted(stories: list[ContextStory]) -> list[float]:
    return lift_by_context(stories, MINIMUM, FLOOR)


CIRRUS_AI = [
    _story("Cirrus-3 mini arrives with open weights for local use", 0.98),
    _story("Inside the technical report: how Cirrus-3 used synthetic data", 0.93),
]


def test_a_company_two_ai_stories_are_about_makes_its_staff_story_ai_news() -> None:
    staff = _story("Cirrus loses three vice presidents in six months", 0.01)
    assert _lifted([*CIRRUS_AI, staff]) == [0.98, 0.93, FLOOR]


def test_the_story_alone_keeps_what_its_own_words_gave() -> None:
    assert _lifted([_story("Cirrus loses three vice presidents in six months", 0.01)]) == [0.01]


def test_one_ai_story_about_a_name_is_not_enough() -> None:
    stories = [CIRRUS_AI[0], _story("Cirrus loses three vice presidents", 0.01)]
    assert _lifted(stories)[1] == 0.01


def test_a_name_more_often_in_general_news_than_in_ai_news_stays_general() -> None:
    stories = [
        *CIRRUS_AI,
        _story("Cirrus airline adds flights to Lisbon", 0.02),
        _story("Cirrus airline pilots vote to strike", 0.03),
        _story("Cirrus airline posts record summer profit", 0.04),
    ]
    assert _lifted(stories)[2:] == [0.02, 0.03, 0.04]


def test_a_story_does_not_vote_for_itself() -> None:
    # two AI stories against the other general one: lifted; against two others: not
    one_other = [*CIRRUS_AI, _story("Cirrus airline strike", 0.02), _story("Cirrus IPO", 0.1)]
    assert _lifted(one_other)[3] == FLOOR
    two_others = [*one_other[:3], _story("Cirrus airline profit", 0.03), _story("Cirrus IPO", 0.1)]
    assert _lifted(two_others)[4] == 0.1


def test_a_name_only_mentioned_by_ai_stories_is_not_what_they_are_about() -> None:
    # a platform or a venue the AI stories name in passing is not an AI name
    stories = [
        _story("Harbor agent passes 40k stars on Gitlane", 0.97, "The agent Harbor is open."),
        _story("Skyforge model weights land on Gitlane", 0.95, "A model by Skyforge."),
        _story("Gitlane goes down for two hours", 0.02),
    ]
    assert _lifted(stories)[2] == 0.02


def test_the_alias_tables_names_are_left_to_it() -> None:
    # Microsoft makes AI news and is no AI company: the table says so, not the day
    stories = [
        _story("Microsoft ships a coding agent in its IDE", 0.95),
        _story("Microsoft trains a new small language model", 0.99),
        _story("Microsoft offers voluntary retirement to 8,750 employees", 0.05),
    ]
    assert _lifted(stories)[2] == 0.05


def test_a_capitalised_word_the_day_also_uses_in_lower_case_is_no_name() -> None:
    stories = [
        _story("Review: the Aurora-4 model refactors well", 0.9, "A review of the model."),
        _story("Review: Lumen's music model writes full songs", 0.8),
        _story("Review: the Ferro phone has a bright screen", 0.08),
    ]
    assert _lifted(stories)[2] == 0.08


def test_a_quoted_chinese_name_counts_without_its_organisation_suffix() -> None:
    stories = [
        _story("“星衡”发布推理模型，数学基准领先", 0.97),
        _story("“星衡”开源多模态模型权重", 0.96),
        _story("前“星衡科技”首席科学家出走创业", 0.11),
    ]
    assert _lifted(stories)[2] == FLOOR


def test_a_chinese_name_with_a_version_names_the_company_its_staff_news_names() -> None:
    stories = [
        _story("实测“云岫-4”：写代码、读长文、解数学题，到底强在哪", 0.99),
        _story("技术报告拆解：云岫-3 如何用合成数据和强化学习提升推理能力", 0.98),
        _story("云岫科技高管离职潮：半年内三位副总裁出走", 0.17),
    ]
    assert _lifted(stories)[2] == FLOOR


def test_the_floor_is_a_floor() -> None:
    # as a headline naming AI sets it: what the story's words gave above it stands
    stories = [*CIRRUS_AI, _story("Cirrus hires bankers", 0.55), _story("Cirrus IPO", 0.7)]
    assert _lifted(stories)[2:] == [FLOOR, 0.7]


def test_a_headline_two_feeds_carry_is_one_story() -> None:
    # one wire, twice in the day: one story about Sony, which two stories must be
    wire = _story("Sony unveils an AI vision chip for home robots", 0.99, "The Sony chip.")
    price = _story("Sony raises the console price in Europe by 50 euros", 0.01)
    assert _lifted([wire, wire, price])[2] == 0.01
    again = _story("Sony  unveils an AI vision chip for HOME robots", 0.97)  # spacing, case
    assert _lifted([wire, again, price])[2] == 0.01


def test_initials_vouch_for_no_one() -> None:
    # an IPO, a CPU or a PDF is a thing AI news speaks of, not a maker
    stories = [
        _story("智谱港股IPO获批，大模型第一股来了", 0.97),
        _story("MiniMax递表港交所，IPO募资用于训练多模态模型", 0.96),
        _story("蜜雪冰城IPO首日大涨，市值破千亿", 0.02),
    ]
    assert _lifted(stories)[2] == 0.02


def test_a_given_name_before_a_surname_the_table_knows_is_the_tables() -> None:
    # the alias table knows Elon Musk (xAI's), and that SpaceX news is not AI news
    stories = [
        _story("Elon Musk's xAI raises $20 billion for Grok 5", 0.98, "Investors back Elon Musk."),
        _story("Elon Musk says Grok 5 may reach AGI", 0.99),
        _story("Elon Musk's SpaceX lands a Starship booster on its twelfth flight", 0.0),
    ]
    assert _lifted(stories)[2] == 0.0


def test_a_place_is_where_a_maker_is_not_the_maker() -> None:
    stories = [
        _story("美国科技巨头加码AI数据中心，今年资本开支超4000亿美元", 1.0),
        _story("美国科技公司争抢AI人才，顶尖研究员年薪破亿", 0.99),
        _story("美国科技股周五集体下跌，纳指跌2%", 0.04),
    ]
    assert _lifted(stories)[2] == 0.04


def test_a_story_naming_the_name_in_passing_is_not_about_it() -> None:
    stories = [
        _story("China's AI labs release three open-weight models", 1.0, "Labs in China."),
        _story("China sets rules for labelling AI-generated content", 0.98),
        _story("Floods in southern China force 40,000 from their homes", 0.0),
        _story("Watch Live: Kestrel Falcons face Cirrus in the cup semifinal", 0.02),
    ]
    assert _lifted([*CIRRUS_AI, *stories])[-2:] == [0.0, 0.02]


def test_general_stories_naming_a_name_anywhere_speak_against_it() -> None:
    # two AI stories about Quorra, and two general ones that name it after a city
    stories = [
        _story("Quorra-2 tops the reasoning leaderboard", 0.97, "Fans in Lisbon cheered."),
        _story("Quorra open-sources its speech model", 0.95),
        _story("Lisbon fans flock to the Quorra stadium for the derby", 0.01),
        _story("Lisbon traffic jams around the Quorra arena after a concert", 0.02),
        _story("Quorra ticket prices rise by a tenth", 0.02),
    ]
    assert _lifted(stories)[4] == 0.02


def test_the_order_of_the_stories_does_not_matter() -> None:
    stories = [
        *CIRRUS_AI,
        _story("Cirrus loses three vice presidents in six months", 0.01),
        _story("Cirrus airline adds flights to Lisbon", 0.02),
        _story("“星衡”发布推理模型", 0.97),
        _story("“星衡”开源多模态模型权重", 0.96),
        _story("前“星衡科技”首席科学家出走创业", 0.11),
    ]
    forward = _lifted(stories)
    assert _lifted(stories[::-1]) == forward[::-1]
    assert forward[2:] == [FLOOR, FLOOR, 0.97, 0.96, FLOOR]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Cirrus-3 mini arrives with open weights", ["Cirrus"]),
        ("Harbor's latest update adds wake words", ["Harbor"]),
        ("Hands-on with Aurora-4: strong at refactoring", ["Hands", "Aurora"]),
        ("“若水翻译”接入新模型，同传延迟降到 1 秒以内", ["若水翻译"]),
        ("前“星衡科技”首席科学家出走创业", ["星衡"]),
        ("OpenHarbor 新增语音唤醒", ["OpenHarbor"]),
        ("社区已上传“云岫-4”多种量化版本", ["云岫"]),
        ("技术报告拆解：云岫-3 如何提升推理能力", ["云岫"]),
        ("云岫科技高管离职潮：半年内三位副总裁出走", ["云岫"]),
        ("星河实验室与汽车厂商达成合作，“北辰-4”装进 50 万辆车", ["星河", "北辰"]),
        ("AI and ML at a glance", []),  # two letters are initials, not a name
        ("IPO filing: CPU maker lists in Hong Kong", ["Hong", "Kong"]),  # nor three
        ("Craftsman-Coder update refactors across files", ["Craftsman-Coder"]),
        ("Elon Musk's SpaceX lands a booster", ["Musk", "SpaceX"]),  # "Elon Musk": the table's
        ("北京科技大学开源机器人数据集", []),  # a place
        ("“栖木”桌面助手大更新，能读屏幕", ["栖木"]),  # quoted: a name, place or not
        ("SONY UNVEILS AN AI CHIP", []),  # a headline in capitals names no one
    ],
)
def test_a_headlines_names_stand_in_order(title: str, names: list[str]) -> None:
    assert headline_names(title) == names


def test_a_lift_an_earlier_run_gave_stands_and_nothing_else_does() -> None:
    # the staff story was lifted before; its AI stories have left the window since.
    # A story whose own words said AI before and no longer do is judged anew.
    staff = _story("Cirrus loses three vice presidents in six months", 0.01)
    renamed = _story("Brightpath resets weekly usage limits", 0.2)
    assert relevance_in_context([staff, renamed], MINIMUM, [FLOOR, 0.9]) == [FLOOR, 0.2]
    assert relevance_in_context([staff, renamed], MINIMUM, [None, None]) == [0.01, 0.2]
