"""Grouping runs day by day: open stories take follow-ups, closed ones are never reopened."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from desk_helpers import embedded, item

from newsdesk.config import Config
from newsdesk.desk import DeskItem, _group, group_in_days
from newsdesk.stages.group import cluster_params

PARAMS = cluster_params(Config())
LAUNCH = [
    item(
        1,
        "Lumen Labs unveils Halo-2 reasoning model, scoring 88.4% on AIME",
        "Lumen Labs released Halo-2, a reasoning model that scores 88.4% on AIME and 70.1 on "
        "GPQA-Diamond, available today in its API.",
    ),
    item(
        2,
        "Lumen Labs发布推理模型Halo-2：AIME得分88.4%",
        "Lumen Labs今日发布推理模型Halo-2，在AIME上得分88.4%，GPQA-Diamond为70.1，即日起开放API。",
        language="zh",
        hours=2,
    ),
]
FOLLOW_UP = item(
    3,
    "Halo-2's 88.4% AIME score questioned: Lumen Labs admits test overlap",
    "Two days after launch, researchers found that part of the AIME set used to score "
    "Halo-2 overlapped its training data; Lumen Labs said the 88.4% result will be re-run.",
    hours=48,
)


def _with_story(items: list[DeskItem], assigned: dict[int, str]) -> list[DeskItem]:
    return [replace(i, story_id=assigned[i.id]) for i in items]


def test_a_follow_up_two_days_later_joins_the_open_story() -> None:
    first = embedded(LAUNCH)
    day_one = group_in_days(first, PARAMS, window=timedelta(days=3))
    (follow_up,) = embedded([FOLLOW_UP])
    later = group_in_days(
        [*_with_story(first, day_one.assigned), follow_up], PARAMS, window=timedelta(days=3)
    )
    assert later.assigned[3] == day_one.assigned[1]
    assert later.created == frozenset()


def test_a_story_older_than_the_window_is_not_reopened() -> None:
    first = embedded(LAUNCH)
    day_one = group_in_days(first, PARAMS, window=timedelta(days=1))
    (follow_up,) = embedded([FOLLOW_UP])
    later = group_in_days(
        [*_with_story(first, day_one.assigned), follow_up], PARAMS, window=timedelta(days=1)
    )
    assert later.assigned[3] != day_one.assigned[1]
    assert later.created == {later.assigned[3]}


ESSAY = item(
    4,
    "Why long context will not replace retrieval",
    "An essay arguing that million-token windows still lose to retrieval on cost and on "
    "facts that change every day.",
    source="weekly-digest",
    publisher="Tessellate Notes",
)


def _listed_again(after_days: float, publisher: str, text: str) -> DeskItem:
    return replace(
        ESSAY,
        id=5,
        key="https://news.example/5",
        text=text,
        time=ESSAY.time + timedelta(days=after_days) if ESSAY.time else None,
        publisher=publisher,
    )


def test_an_article_its_publisher_lists_again_after_the_window_rejoins_its_story() -> None:
    again = _listed_again(
        4,
        "Tessellate Notes",
        "The essay holds that retrieval beats million-token context windows on cost and "
        "on facts that change daily.",
    )
    result = group_in_days(embedded([ESSAY, again]), PARAMS, window=timedelta(days=3))
    assert result.assigned[5] == result.assigned[4]


def test_the_same_title_from_another_publisher_after_the_window_is_a_new_story() -> None:
    again = _listed_again(4, "Other Outlet", ESSAY.text)
    result = group_in_days(embedded([ESSAY, again]), PARAMS, window=timedelta(days=3))
    assert result.assigned[5] != result.assigned[4]


def test_a_reopened_story_still_refuses_a_different_event_under_the_same_tag() -> None:
    first = item(
        6,
        "#中国队夺冠#",
        "乒乓球混合团体世界杯决赛，中国队3比0战胜日本队夺冠。",
        language="zh",
        source="微博热搜",
    )
    again = item(
        7,
        "#中国队夺冠#",
        "世界羽联世界青年锦标赛混合团体决赛，中国队3比1战胜印尼队夺冠。",
        language="zh",
        source="微博热搜",
        hours=24 * 4,
    )
    result = group_in_days(embedded([first, again]), PARAMS, window=timedelta(days=3))
    assert result.assigned[7] != result.assigned[6]


def test_feeding_days_at_once_gives_the_stories_of_feeding_them_one_by_one() -> None:
    items = embedded([*LAUNCH, FOLLOW_UP])
    at_once = group_in_days(items, PARAMS, window=timedelta(days=3)).assigned
    day_one = group_in_days(items[:2], PARAMS, window=timedelta(days=3)).assigned
    then = group_in_days(
        [*_with_story(items[:2], day_one), items[2]], PARAMS, window=timedelta(days=3)
    ).assigned
    assert at_once == day_one | then


def test_a_repost_follows_its_original_into_the_story() -> None:
    original = item(
        10,
        "启明芯发布QX-7训练芯片：算力900 TFLOPS，搭载96GB HBM3",
        "启明芯今日在上海发布第二代训练芯片QX-7，BF16算力900 TFLOPS，搭载96GB HBM3显存，"
        "功耗600瓦，计划第四季度量产，首批客户包括三家国内云厂商。公司称QX-7在大模型训练中"
        "的性价比是上一代的2.5倍。",
        language="zh",
    )
    repost = replace(
        original,
        id=11,
        key="https://repost.example/11",
        title="【转载】" + original.title,
        text=original.text + "（本文转载自芯片观察）",
        source_id="reposter",
        time=original.time + timedelta(hours=3) if original.time else None,
    )
    result = group_in_days(embedded([original, repost]), PARAMS, window=timedelta(days=3))
    assert result.duplicates == {11: 10}
    assert result.assigned[11] == result.assigned[10]


def test_terms_and_sketches_kept_from_an_earlier_run_give_the_same_stories() -> None:
    first = embedded(LAUNCH)
    day_one = group_in_days(first, PARAMS, window=timedelta(days=3))
    assert set(day_one.terms) == set(day_one.minhashes) == {1, 2}
    remembered = [
        replace(
            i,
            story_id=day_one.assigned[i.id],
            terms=day_one.terms[i.id],
            minhash=day_one.minhashes[i.id],
        )
        for i in first
    ]
    (follow_up,) = embedded([FOLLOW_UP])
    fresh = group_in_days(
        [*_with_story(first, day_one.assigned), follow_up], PARAMS, window=timedelta(days=3)
    )
    kept = group_in_days([*remembered, follow_up], PARAMS, window=timedelta(days=3))
    assert kept.assigned == fresh.assigned


def test_an_undated_report_and_a_dated_one_of_one_event_are_one_story() -> None:
    undated = replace(LAUNCH[0], time=None)
    result = group_in_days(embedded([undated, LAUNCH[1]]), PARAMS, window=timedelta(days=3))
    assert result.assigned[1] == result.assigned[2]


def test_grouping_holds_blas_to_one_thread_and_gives_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OpenBLAS's threads spin-wait at each of grouping's many small products, and burn
    the time of a core that other work holds; the limit ends with the call."""
    from threadpoolctl import threadpool_info  # type: ignore[import-untyped]

    def blas_threads() -> set[int]:
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    seen: list[set[int]] = []
    real = _group.cluster_items

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(blas_threads())
        return real(*args, **kwargs)

    monkeypatch.setattr(_group, "cluster_items", watched)
    before = blas_threads()
    group_in_days(embedded(LAUNCH), PARAMS, window=timedelta(days=3))
    assert seen == [{1}]
    assert blas_threads() == before


@pytest.mark.parametrize("enabled", [True, False])
def test_grouping_leaves_no_garbage_for_the_paused_collector(enabled: bool) -> None:
    """Grouping pauses the cyclic garbage collector, which costs memory only if grouping
    makes reference cycles: it makes none, and the collector is left as it was."""
    items = embedded([*LAUNCH, FOLLOW_UP])
    (gc.enable if enabled else gc.disable)()
    try:
        gc.collect()
        group_in_days(items, PARAMS, window=timedelta(days=3))
        assert gc.isenabled() is enabled
        gc.disable()  # no pass of its own between grouping and the count
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_progress_log_names_the_days_of_the_configured_zone_not_utc_days() -> None:
    """A batch is a UTC day; the log names the days its items fall on where the digests
    count them: 18:00 UTC on 05-14 is 02:00 on 05-15 in Shanghai."""
    late = replace(FOLLOW_UP, time=LAUNCH[0].time + timedelta(hours=16))  # 18:00 UTC
    heard: list[str] = []

    def on_batch(total: int, label: str) -> None:
        if label:
            heard.append(label)

    group_in_days(
        embedded([late]),
        PARAMS,
        window=timedelta(days=3),
        on_batch=on_batch,
        zone=ZoneInfo("Asia/Shanghai"),
    )
    both = embedded([LAUNCH[0], late])  # 10:00 on 05-14 and 02:00 on 05-15 in Shanghai
    group_in_days(
        both, PARAMS, window=timedelta(days=3), on_batch=on_batch, zone=ZoneInfo("Asia/Shanghai")
    )
    group_in_days(both, PARAMS, window=timedelta(days=3), on_batch=on_batch)
    assert heard == [
        "2026-05-15: 1 item",
        "2026-05-14 and 2026-05-15: 2 items",
        "2026-05-14: 2 items",  # with no zone given, UTC
    ]
