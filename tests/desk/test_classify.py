"""Categories and AI relevance: by vectors against the taxonomy, leaned by rules."""

from __future__ import annotations

from functools import lru_cache

from desk_helpers import embedded, encoder, item

from newsdesk.config import AssessSettings, CategoryConfig
from newsdesk.desk import Taxonomy, assess_story, build_taxonomy


@lru_cache(maxsize=1)
def _taxonomy() -> Taxonomy:
    return build_taxonomy(AssessSettings().categories, encoder())


def _assess(
    title: str, text: str = "", language: str = "en", source: str = ""
) -> tuple[str, float]:
    verdict = assess_story(
        embedded([item(1, title, text, language=language, source=source)]),
        _taxonomy(),
        {"arxiv-cs-cl": frozenset({"arxiv-cs-cl", "arxiv"})},
    )
    return verdict.category, verdict.relevance


def test_the_default_taxonomy_has_the_nine_categories_in_chinese_and_english() -> None:
    names = [(c.zh, c.en) for c in AssessSettings().categories]
    assert ("大模型与技术", "Models & research") in names
    assert ("观点与社媒", "Voices & social") in names
    assert len(names) == 9


def test_a_funding_round_is_business() -> None:
    category, relevance = _assess(
        "AI chip startup Vellum raises $200 million Series C led by Northline",
        "The round values Vellum at $2.1 billion; investors include two sovereign funds.",
    )
    assert category == "business" and relevance > 0.5


def test_a_humanoid_robot_is_robotics() -> None:
    category, _ = _assess("云帆机器人发布人形机器人Atlas-3，灵巧手可完成精细装配", language="zh")
    assert category == "robotics"


def test_a_source_rule_leans_arxiv_items_to_papers() -> None:
    category, _ = _assess(
        "Sparse recurrent memory for million-token inference",
        "We propose a memory layer that cuts KV-cache size by 82% in experiments.",
        source="arxiv-cs-cl",
    )
    assert category == "papers"


def test_general_news_from_a_hot_list_is_not_ai() -> None:
    for title in (
        "演员林栖与顾川官宣结婚，婚礼将在海边举行",
        "Canglan FC beat Riverside 3-1 to top the league",
        "暴雨橙色预警：今晚到明天城区有大到暴雨",
    ):
        assert (
            _assess(title, language="zh" if "预警" in title or "官宣" in title else "en")[1] < 0.5
        )


def test_keyword_rules_from_the_config_move_a_close_call() -> None:
    plain = [
        CategoryConfig(key="alpha", zh="甲", en="Alpha", description="A new AI model release"),
        CategoryConfig(
            key="beta",
            zh="乙",
            en="Beta",
            description="A new AI product launch",
            keywords=["Quasar"],
        ),
    ]
    taxonomy = build_taxonomy(plain, encoder())
    story = embedded([item(1, "Quasar-2 is out: a new AI model from Nadir")])
    assert assess_story(story, taxonomy, {}).category == "beta"
