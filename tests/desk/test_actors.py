"""Headline actors: who acts in a headline, and the pairs whose actors tell two events apart.

Every headline here is fictional, written for these tests.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk import group_in_days
from newsdesk.desk._actors import (
    actors_differ,
    actors_differ_block,
    read_actors,
    title_actor,
    title_happening,
)
from newsdesk.stages.group import cluster_params

WINDOW = timedelta(days=3)


def _differ(first: str, second: str, *, named: bool = False) -> bool:
    titles = [first, second]
    cjk = np.asarray([any("\u4e00" <= c <= "\u9fff" for c in t) for t in titles])
    actors = read_actors(titles, cjk, lambda _: named)
    pairs = actors_differ(actors, np.asarray([0]), np.asarray([1]))
    block = actors_differ_block(actors, np.asarray([0]), np.asarray([1]))
    assert bool(block[0, 0]) == bool(pairs[0])  # the block form says the same
    return bool(pairs[0])


def test_the_actor_is_the_run_of_names_before_an_action_verb() -> None:
    assert title_actor("Xinghe AI launches Orion-5 with a 1M context").actor == {"xinghe"}
    assert title_actor("CloudNest adds Orion-5 to its model catalogue").actor == {"cloudnest"}
    assert title_actor("谷歌发布 Nova 3 Flash：速度翻倍").actor == {"google"}


def test_a_source_stating_a_finding_acts_but_a_quoted_speaker_does_not() -> None:
    assert title_actor("BenchLab: Orion-5 scores 61 on its index").actor == {"benchlab"}
    assert not title_actor('Ilka Brandt: "We are in no hurry"').actor


def test_a_headline_that_does_not_say_who_acts_has_no_actor() -> None:
    assert not title_actor("Orion-5 generally available in the app and the API").actor
    assert not title_actor("多模态开源新选择：Orion-5 发布").actor  # no name before the verb


def test_a_platform_adding_a_model_is_another_event_than_the_launch() -> None:
    launch = "Xinghe AI launches Orion-5 with a 1M context"
    assert _differ(launch, "CloudNest adds Orion-5 to its model catalogue")
    assert _differ("谷歌发布 Nova 3 Flash", "BenchLab: Nova 3 Flash scores 61 on its index")


def test_a_product_named_after_its_maker_does_not_mention_the_maker_acting() -> None:
    launch = "Xinghe announces Xinghe Harness, an open agent runtime"
    assert _differ(launch, "CloudNest adds support for Xinghe Harness", named=True)


def test_one_launch_told_by_the_company_or_by_the_product_keeps_one_actor() -> None:
    assert not _differ("谷歌发布 Nova 3 Flash", "Google launches Nova 3 Flash for agents")
    assert not _differ("Nova Omni 发布：任意输入", "Google DeepMind launches Nova Omni")
    assert not _differ("Xinghe AI launches Orion-5", "Orion-5 ranks first on Benchlab")


def test_a_lone_word_before_a_colon_is_a_source_only_where_the_batch_names_it() -> None:
    launch = "Xinghe AI launches Orion-5"
    assert not _differ(launch, "Analysts: Orion-5 prices pressure rivals", named=False)
    assert _differ(launch, "Benchlab: Orion-5 scores 61 on its index", named=True)


def test_a_lone_word_before_an_action_verb_is_an_actor() -> None:
    assert _differ("Xinghe AI launches Orion-5", "Cloudnest adds Orion-5 to its catalogue")


def test_a_chinese_name_without_a_latin_form_refuses_nothing_in_english() -> None:
    assert not _differ("星河智能发布Orion-5大模型", "Cloudnest AI launches Orion-5 hosting")


def test_one_actors_launch_and_its_sell_out_are_two_happenings() -> None:
    assert _differ("澜舟X7正式发布 起售价3999元", "澜舟X7开售1分钟售罄")
    assert _differ("深言科技发布大模型问星3", "深言科技宣布问星API价格下调八成")
    assert not _differ("#启明汽车官降#", "启明汽车宣布全系降价 最高降3万")  # one kind


def test_a_headline_naming_two_kinds_of_happening_or_none_takes_no_part() -> None:
    assert title_happening("星河智能发布Orion-5大模型，API降价60%") == -1  # launch and price
    assert title_happening("澜舟X7定价3999元，值得买吗？") == -1
    assert title_happening("Xinghe AI cuts Orion-5 prices after its launch") == -1
    assert not _differ("星河智能发布Orion-5大模型，API降价60%", "Orion-5 API降价60%")


LAUNCH_ZH = item(1, "星河智能发布Orion-5大模型：上下文扩展至100万token", language="zh")
LAUNCH_EN = item(2, "Xinghe AI launches Orion-5 with a 1 million token context", hours=1)
ADDED = item(3, "CloudNest adds Orion-5 with a 1 million token context to its catalogue", hours=2)
SCORED = item(4, "BenchLab: Orion-5 scores 61 on its index with a 1 million token context", hours=3)


def test_derivative_events_of_a_launch_stay_apart_while_its_two_languages_join() -> None:
    items = embedded([LAUNCH_ZH, LAUNCH_EN, ADDED, SCORED])
    assigned = group_in_days(items, cluster_params(Config()), window=WINDOW).assigned
    assert assigned[1] == assigned[2]
    assert len({assigned[2], assigned[3], assigned[4]}) == 3
