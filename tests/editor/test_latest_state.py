"""The latest state of a story: a figure later reports give in place of an earlier one
leads its headline and summary, says what changed, and the old figure stated as current
is unsupported.  Every report here is fictional, written for these tests."""

from __future__ import annotations

from editor_helpers import brief, report

from newsdesk.editor import Evidence, Verifier, claims_in, offline_entry, offline_more
from newsdesk.editor._development import development
from newsdesk.editor._offline import central_sentences, change_line

LAUNCHED = report(
    "青松实验室发布 Pine-2，MATH 得分 91.5%",
    "青松实验室今晚发布推理模型 Pine-2，官方公布的 MATH 得分为 91.5%。模型已在开放平台上线。",
    0,
    "kejiqianyan",
)
LAUNCHED_EN = report(
    "Qingsong Lab's Pine-2 claims 91.5% on MATH",
    "Qingsong Lab released Pine-2, a reasoning model it says scores 91.5% on MATH.",
    1,
    "wire",
    "en",
)
RETESTED = report(
    "Pine-2 陷数据污染争议，独立重测得分 80.2%",
    "独立评测团队发现部分 MATH 试题出现在训练数据中。该团队用新题重测，Pine-2 得分 80.2%，"
    "而官方此前公布的成绩为 91.5%。青松实验室表示将公布完整评测日志。",
    18,
    "guijiribao",
)
REPEATED = report(
    "Pine-2 重测成绩公布：80.2%",
    "重测后 Pine-2 的得分为 80.2%，低于发布时宣传的 91.5%。",
    20,
    "zhiyuan",
)
STORY = (LAUNCHED, LAUNCHED_EN, RETESTED, REPEATED)


def test_a_replaced_figure_is_the_storys_latest_development() -> None:
    change = development(brief(STORY), "zh")
    assert change is not None
    assert change.report is RETESTED and change.figures == ("80.2%",)
    assert change.superseded == ("91.5%",)


def test_one_outlets_figure_is_not_yet_the_storys_state() -> None:
    assert development(brief((LAUNCHED, LAUNCHED_EN, RETESTED)), "zh") is None


def test_a_new_detail_the_same_day_is_not_a_development() -> None:
    same_day = tuple(
        report(r.title, r.text, hours, r.source, r.language)
        for r, hours in zip(STORY, (0, 0.5, 1, 2), strict=True)
    )
    assert development(brief(same_day), "zh") is not None  # a correction counts any time
    detail = report("Pine-2 上线首日调用量 300 万次", "Pine-2 上线首日调用量达 300 万次。", 2, "a")
    again = report("Pine-2 首日调用 300 万次", "开放平台称 Pine-2 首日调用 300 万次。", 3, "b")
    assert development(brief((LAUNCHED, LAUNCHED_EN, detail, again)), "zh") is None


def test_a_follow_up_on_a_later_day_leads_even_without_a_replaced_figure() -> None:
    orders = report(
        "Pine-2 开放一天企业订单破 500 家", "Pine-2 开放一天，企业订单超过 500 家。", 20, "a"
    )
    more = report("Pine-2 企业客户超 500 家", "青松实验室称企业客户已超过 500 家。", 22, "b")
    change = development(brief((LAUNCHED, LAUNCHED_EN, orders, more)), "zh")
    assert change is not None and change.report is orders and change.superseded == ()


def test_the_offline_entry_tells_the_latest_state_and_what_changed() -> None:
    entry = offline_entry(brief(STORY), "zh")
    assert entry.headline == RETESTED.title and entry.url == RETESTED.url
    assert "80.2%" in entry.summary.split("。")[0]
    change = development(brief(STORY), "zh")
    assert change is not None
    assert change_line(change, "zh") == "后续进展：此前报道为91.5%，guijiribao的最新报道为80.2%。"
    # this summary says both figures ("得分 80.2%，而官方此前公布的成绩为 91.5%"): no line
    # below it says the change again
    assert "91.5%" in entry.summary
    assert not any(i.startswith("后续进展") for i in entry.insights), entry.insights
    english = offline_entry(brief(STORY), "en")  # no English report of the re-test yet
    assert english.headline == brief(STORY).ranked.title and english.url == LAUNCHED.url
    assert offline_more(brief(STORY), "zh").text == RETESTED.title


def test_no_summary_sentence_gives_the_old_figure_as_current() -> None:
    summary = central_sentences(brief(STORY), "zh", development(brief(STORY), "zh"))
    for sentence in summary.split("。"):
        assert "91.5%" not in sentence or "80.2%" in sentence


def test_the_verifier_flags_a_superseded_figure_stated_as_current() -> None:
    story = brief(STORY)
    evidence = Verifier({story.story_id: story}, "zh", []).evidence(story.story_id)

    def flagged(text: str) -> list[str]:
        return [c.text for c in claims_in(text) if not evidence.supports(c)]

    assert flagged("Pine-2 的 MATH 得分为 91.5%。") == ["91.5%"]
    assert flagged("重测得分 80.2%，低于此前公布的 91.5%。") == []
    plain = Evidence.build([f"{r.title}\n{r.text}" for r in STORY])
    assert plain.supports(claims_in("Pine-2 的 MATH 得分为 91.5%。")[-1])


def test_figures_repeated_in_another_sentence_are_left_out_of_the_summary() -> None:
    first = report(
        "云杉科技发布 Spruce-1",
        "云杉科技发布 Spruce-1，参数规模 300 亿，上下文 128 万 token。"
        "Spruce-1 的参数规模为 300 亿，支持 128 万 token 的上下文。"
        "公司表示模型将在下月开放下载。",
        0,
        "a",
    )
    summary = central_sentences(brief((first,)), "zh")
    assert summary.count("300") == 1 and "下月开放下载" in summary
