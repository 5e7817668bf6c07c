"""Hot lists (热搜, 热榜): one event worded by several lists, in headlines alone.

Every headline here is made up for these tests: the people, teams' results and films
are invented.  Weibo wraps an event in a hashtag, Baidu states it flatly with its key
figure; what holds a story's headlines together is their names and figures, and what
keeps two events of one kind apart is the same.
"""

from __future__ import annotations

from datetime import timedelta

from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk import DeskItem, group_in_days
from newsdesk.stages.group import cluster_params

#: Other headlines of the day, so that each test's pairs are read against a day.
DAY = [
    "沈州一居民楼起火 消防疏散30余人",
    "多地进入流感高发期 医院门诊排长队",
    "国内油价今晚上调 加满一箱多花8元",
    "明年基础养老金再提高20元",
    "高速团雾多车追尾 暂无人员死亡",
    "熊猫圆仔过五岁生日 冰蛋糕吃开心了",
    "一线城市租金连续三个月下降",
    "天舟货运飞船发射圆满成功",
]


def _group(titles: list[str]) -> dict[str, str]:
    """Each title's story, grouped with the day's other headlines."""
    items: list[DeskItem] = [
        item(n, title, language="zh", hours=n / 4) for n, title in enumerate([*DAY, *titles])
    ]
    assigned = group_in_days(
        embedded(items), cluster_params(Config()), window=timedelta(days=3)
    ).assigned
    return {title: assigned[n + len(DAY)] for n, title in enumerate(titles)}


def test_a_hashtag_and_a_headline_of_one_statement_are_one_story() -> None:
    story = _group(["#林岚工作室声明#", "林岚工作室否认恋爱传闻"])
    assert story["#林岚工作室声明#"] == story["林岚工作室否认恋爱传闻"]


def test_a_death_and_its_tribute_share_the_actors_name() -> None:
    story = _group(["老演员郑秋鸿因病去世 享年八十六岁", "#郑秋鸿去世#", "郑秋鸿经典角色回顾"])
    assert len(set(story.values())) == 1


def test_two_matches_of_one_team_with_different_scores_are_two_stories() -> None:
    """A final score identifies a match as an amount identifies a deal; a score read
    from either side is the same score."""
    first, second, other_side = "CBA：青州101比96临江", "CBA：北川88比85青州", "临江96:101负于青州"
    story = _group([first, second, other_side])
    assert story[first] == story[other_side]
    assert story[second] != story[first]


def test_the_same_number_of_different_things_joins_nothing() -> None:
    story = _group(["行李藏15个充电宝", "15岁少年夺冠", "暴雨致15人受伤"])
    assert len(set(story.values())) == 3


def test_an_aftershock_of_another_magnitude_is_its_own_story() -> None:
    """A quake's magnitude is the same in every report of it: the aftershock shares the
    place, the word and the day's neighbours with the quake's reports, and still is
    another quake."""
    quake = [
        "青原市附近发生5.3级地震 震源深度10公里",
        "#青原5.3级地震#",
        "青原地区发生5.3级地震",
        "青原地震瞬间 监控拍下货架晃动",
    ]
    aftershock = "青原再发4.2级余震"
    story = _group([*quake, aftershock])
    assert len({story[t] for t in quake}) == 1
    assert story[aftershock] != story[quake[0]]


def test_two_films_box_office_milestones_are_two_stories() -> None:
    """The mark a count crosses is its event: one film's 10亿 and another's 5亿 are
    written alike and are two events, while a film's milestone in any wording is one."""
    first = ["暮色长河票房破10亿", "#暮色长河票房破10亿#", "《暮色长河》票房突破十亿元"]
    second = ["#远山谣票房破5亿#", "《远山谣》票房突破5亿", "远山谣票房破5亿"]
    story = _group([*first, *second])
    assert len({story[t] for t in first}) == 1
    assert len({story[t] for t in second}) == 1
    assert story[first[0]] != story[second[0]]


def test_two_closes_of_one_market_are_two_stories() -> None:
    """A close states its exact rise or fall, the same in every report of it: two
    sessions' closes are written alike and share the market's name, and still are two
    events, while one close in two wordings is one."""
    first = ["A股收评：沪指涨1.2%", "沪指收涨1.2%"]
    second = "A股收评：沪指跌0.7%"
    story = _group([*first, second])
    assert story[first[0]] == story[first[1]]
    assert story[second] != story[first[0]]


def test_a_phone_selling_out_after_its_launch_is_another_story() -> None:
    """The sell-out shares the phone, its maker and its day's neighbours with the launch,
    and is another happening (hot lists list it apart)."""
    launch = ["澜舟X7正式发布 起售价3999元", "#澜舟X7发布#", "澜舟X7发布 售价3999元起"]
    sold_out = ["澜舟X7开售1分钟售罄", "#澜舟X7首销售罄#"]
    story = _group([*launch, *sold_out])
    assert len({story[t] for t in launch}) == 1
    assert len({story[t] for t in sold_out}) == 1
    assert story[launch[0]] != story[sold_out[0]]


def test_two_headlines_of_one_city_that_share_nothing_else_are_two_stories() -> None:
    """The city is a rare name and the rest of each headline a few characters, so the
    pair reads close; average-link must not join them on the place alone."""
    stadium, lights = "洛阳新体育馆正式启用", "洛阳老城墙点亮灯光秀"
    story = _group([stadium, lights])
    assert story[stadium] != story[lights]
