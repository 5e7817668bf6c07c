"""An offline summary reads as an editor writes one: the sentence that states the event
first, each fact once, no teaser.  Every text here is fictional, written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, brief, story

from newsdesk.editor import clauses, facts_of, restates
from newsdesk.editor._facts import new_part, same_news
from newsdesk.editor._offline import central_sentences


def summary(text: str, title: str = "云岫科技发布 YX-7 训练芯片", language: str = "zh") -> str:
    report = replace(LUMINA_ZH if language == "zh" else LUMINA_EN, title=title, text=text)
    return central_sentences(brief((report,), the_story=story(title=title)), language)


def test_a_clause_restating_a_fact_already_given_is_cut() -> None:
    text = (
        "云岫科技在杭州发布训练芯片 YX-7，算力 900 TFLOPS，计划 2027 年第二季度量产。"
        "目前芯片已向两家云厂商送样，计划 2027 年第二季度量产，价格暂未公布。"
    )
    result = summary(text)
    assert result.count("第二季度量产") == 1
    assert "目前芯片已向两家云厂商送样，价格暂未公布。" in result


def test_a_near_duplicate_with_the_same_date_is_cut_to_its_new_part() -> None:
    text = (
        "云岫科技 CTO 承认评测有误，承诺 6 月 3 日前公布完整评测日志。"
        "云岫科技已撤下发布页上的成绩图表，并承诺在 6 月 3 日前公布修正后的成绩和完整评测日志。"
    )
    result = summary(text, "云岫科技承认评测有误")
    assert result.count("6 月 3 日") == 1
    assert result.endswith("云岫科技已撤下发布页上的成绩图表。")


def test_a_repeated_item_of_a_list_is_cut() -> None:
    given = facts_of("云岫科技发布 YX-7，算力 900 TFLOPS。")
    trimmed = new_part("关键参数：算力 900 TFLOPS、显存 96GB、功耗 600W。", given)
    assert trimmed == "关键参数：显存 96GB、功耗 600W。"


def test_a_method_is_not_cut_to_its_first_step() -> None:
    given = facts_of("云岫科技的 SkyDet 框架把缺陷检测拆成粗筛与精判两段，精判交给大模型。")
    sentence = "论文提出两阶段流程：先用小模型 TinyEye 粗筛定位，再交给大模型精判。"
    assert new_part(sentence, given) == ""


def test_a_method_whose_steps_are_all_new_is_kept_whole() -> None:
    given = facts_of("云岫科技发布缺陷检测框架 SkyDet，代码以 MIT 协议开源。")
    sentence = "论文提出两阶段流程：先用小模型 TinyEye 粗筛定位，再交给大模型精判。"
    assert new_part(sentence, given) == sentence


def test_a_clause_opening_with_a_word_for_earlier_is_no_first_step() -> None:
    given = facts_of("云岫科技发布 YX-7，算力 900 TFLOPS。")
    trimmed = new_part("先前的 YX-5 只有 300 TFLOPS，然后 YX-7 算力 900 TFLOPS。", given)
    assert trimmed == "先前的 YX-5 只有 300 TFLOPS。"


def test_what_is_left_after_a_cut_must_stand_alone() -> None:
    given = facts_of("云岫科技发布 YX-7，算力 900 TFLOPS。")
    assert new_part("YX-7 算力 900 TFLOPS，并支持液冷。", given) == ""


def test_the_sentence_stating_the_event_opens_the_summary() -> None:
    text = (
        "又一款国产训练芯片来了。"
        "云岫科技未透露代工厂。"
        "云岫科技今日在杭州发布训练芯片 YX-7，算力 900 TFLOPS。"
        "芯片采用液冷设计，单机柜可容纳 64 张卡。"
    )
    result = summary(text)
    assert result.startswith("云岫科技今日在杭州发布训练芯片 YX-7")
    assert "来了" not in result


@pytest.mark.parametrize("opener", ["指出", "举例说明", "深入分析了"])
def test_a_highlight_without_its_subject_does_not_open_the_summary(opener: str) -> None:
    text = (
        f"{opener}处理 3800 万行数据的嵌入任务成本仅需约 2 美元。"
        "Lumen 新增功能，允许用户通过 SQL 直接调用模型进行推理。"
    )
    title = "Lumen 新功能：SQL 直调 17 万 AI 模型，3800 万行数据处理成本仅 2 美元"
    assert summary(text, title).startswith("Lumen 新增功能")


def test_a_sentence_with_no_fact_is_left_out() -> None:
    text = (
        "好处是速度快，坏处是容易出错。"
        "云岫科技今日发布训练芯片 YX-7，算力 900 TFLOPS。"
        "公司表示芯片将于下月开始供货。"
    )
    result = summary(text)
    assert "好处是" not in result and "下月开始供货" in result


def test_a_question_is_a_teaser() -> None:
    text = "这颗芯片凭什么卖到 9 万元？云岫科技今日发布训练芯片 YX-7，售价 9 万元。"
    assert summary(text) == "云岫科技今日发布训练芯片 YX-7，售价 9 万元。"


def test_one_news_told_twice_keeps_the_fuller_telling() -> None:
    text = (
        "云岫科技发布 YX-7 技术报告，介绍其液冷架构。"
        "云岫科技发布 YX-7 技术报告，芯片算力 900 TFLOPS，功耗 600W，采用液冷架构。"
    )
    assert summary(text) == (
        "云岫科技发布 YX-7 技术报告，芯片算力 900 TFLOPS，功耗 600W，采用液冷架构。"
    )


def test_a_dateline_is_not_copied() -> None:
    text = "远山财经6月2日讯，云岫科技今日在港交所挂牌，首日收涨 21.5%。"
    result = summary(text, "云岫科技港股上市首日涨 21.5%")
    assert result == "云岫科技今日在港交所挂牌，首日收涨 21.5%。"


def test_an_english_summary_states_the_event_first_and_each_fact_once() -> None:
    text = (
        "Cloudmere did not disclose the chip's price. "
        "Cloudmere released the YX-7 training chip on Tuesday, rated at 900 TFLOPS. "
        "The chip ships to two cloud providers this month; it is rated at 900 TFLOPS."
    )
    result = summary(text, "Cloudmere releases the YX-7 chip", "en")
    assert result.startswith("Cloudmere released the YX-7")
    assert result.count("900 TFLOPS") == 1


def test_facts_are_figures_dates_and_names_not_the_digits_of_a_name() -> None:
    facts = facts_of("YX-7 于 6 月 3 日发布，算力 900 TFLOPS。")
    assert ("date", 6, 3) in facts.anchors
    assert "yx-7" in facts.names
    assert not any(isinstance(a, tuple) and a[1] == (7.0,) for a in facts.anchors)


def test_a_short_phrase_said_again_is_no_repeated_fact() -> None:
    given = facts_of("在算力时代，芯片是关键。")
    assert not restates(facts_of("在算力时代，"), given)
    assert clauses("甲，乙、丙：丁。") == ["甲，", "乙、", "丙：", "丁。"]


def test_two_tellings_of_one_news_are_the_same_news() -> None:
    assert same_news(
        "云岫科技发布 YX-7 技术报告，介绍其液冷架构。",
        "云岫科技发布 YX-7 技术报告，芯片算力 900 TFLOPS。",
    )
    assert not same_news("云岫科技发布 YX-7。", "星野智能完成 3 亿元融资。")


def test_a_fact_said_again_more_fully_later_is_said_once_there() -> None:
    text = (
        "云岫科技发布训练芯片 YX-7，算力 900 TFLOPS，代码以 MIT 协议开源。"
        "测试显示，YX-7 在 4K 长度下功耗为 600W；代码以 MIT 协议开源在 yunxiu/yx7-kit。"
    )
    result = summary(text)
    assert result.count("MIT 协议开源") == 1
    assert result.startswith("云岫科技发布训练芯片 YX-7，算力 900 TFLOPS。")
    assert result.endswith("代码以 MIT 协议开源在 yunxiu/yx7-kit。")


def test_the_stating_clause_stays_however_it_is_told_later() -> None:
    from newsdesk.editor._facts import without_told

    later = "云岫科技今日在杭州发布训练芯片 YX-7，并开放申请试用和预订。"
    assert without_told("云岫科技发布训练芯片 YX-7。", later) == "云岫科技发布训练芯片 YX-7。"
    first = "云岫科技发布训练芯片 YX-7，并开放申请试用。"
    assert without_told(first, later) == "云岫科技发布训练芯片 YX-7。"


def test_a_stock_code_and_another_name_of_the_exchange_tell_nothing_new() -> None:
    given = facts_of("云岫科技今日在港交所挂牌，发行价 12 港元，首日涨 20%。")
    assert facts_of("在港交所挂牌").names == facts_of("在香港联交所挂牌").names
    assert new_part("杭州云岫科技（02345.HK）今日在香港联交所挂牌。", given) == ""
    assert new_part("今天，云岫科技在港交所挂牌，股票代码02345。", given) == ""


def test_a_listing_told_again_with_its_code_is_said_once() -> None:
    result = summary(
        "工业芯片公司云岫科技今日在港交所挂牌，发行价 12 港元，首日涨 20%。"
        "杭州工业芯片公司云岫科技（02345.HK）今日在香港联交所主板挂牌上市。"
        "招股书显示，公司 2025 年营收 3 亿元。",
        "云岫科技港股上市首日涨 20%",
    )
    assert result.count("挂牌") == 1
    assert result.endswith("招股书显示，公司 2025 年营收 3 亿元。")


def test_a_clause_naming_what_was_said_already_is_cut_from_the_later_sentence() -> None:
    result = summary(
        "云岫科技的训练芯片今日开售，首批 500 片当天售罄。"
        "云岫科技的新芯片今天正式开售，单价 9 万元，首发地区为华东。"
    )
    assert result.count("开售") == 1
    assert result.endswith("单价 9 万元，首发地区为华东。")


def test_a_verb_whose_subject_was_cut_leaves_the_sentence_out() -> None:
    given = facts_of("云岫科技发布训练芯片 YX-7，算力 900 TFLOPS。")
    assert new_part("云岫科技发布训练芯片 YX-7，对比了竞品并指出功耗偏高。", given) == ""


def test_an_adverb_whose_subject_was_cut_leaves_the_sentence_out() -> None:
    given = facts_of("文章分析了云岫科技为何不自研液冷机柜。")
    assert new_part("云岫科技若自研液冷机柜，将因绕开 Lumen 的接口面临诉讼。", given) == ""
    assert new_part("云岫科技若自研液冷机柜，则须向 Lumen 付费。", given) == ""


def test_a_list_whose_first_item_holds_the_verb_is_not_cut_to_its_tail() -> None:
    given = facts_of("云岫科技的 YX-7 能处理视频。")
    assert new_part("云岫科技演示了 YX-7 处理视频、生成图表及编写代码。", given) == ""


def test_a_connective_goes_with_the_clause_it_leads_into() -> None:
    given = facts_of("云岫科技称将扩建杭州工厂。")
    trimmed = new_part("为此，云岫科技将扩建杭州工厂，目标 2028 年产能达到 5 万片。", given)
    assert trimmed == "目标 2028 年产能达到 5 万片。"


def test_a_second_lede_does_not_introduce_the_company_again() -> None:
    """The article's lede and the feed's summary each introduce the company ("Tallis
    Compute's new TX-5 ..." then "Lyon chip designer Tallis Compute unveiled ..."): a
    reader needs one introduction, even when the second adds a figure."""
    gist = (
        "Lyon chip designer Tallis Compute unveiled the TX-5, claiming 2.4 times the "
        "throughput of its TX-3 and scale-out to 2,048 cards."
    )
    article = (
        "Tallis Compute's new TX-5 posts strong single-card numbers: 900 TFLOPS BF16 and "
        "96GB of HBM3. Samples ship to two European cloud providers in June, with volume "
        "production in 2027."
    )
    title = "Tallis Compute's TX-5: 900 TFLOPS BF16 and 96GB of HBM3"
    report = replace(LUMINA_EN, title=title, text=f"{gist}\n\n{article}", summary=gist)

    text = central_sentences(brief((report,), the_story=story(title=title)), "en")

    assert text.count("Tallis Compute") == 1, text
    assert text.startswith("Tallis Compute's new TX-5 posts strong single-card numbers")
    assert "Samples ship to two European cloud providers" in text


def test_a_second_reports_lede_does_not_introduce_the_company_again() -> None:
    """Another outlet's lede is its introduction of the same company ("总部位于深圳的鹭岛
    机器人…" after "鹭岛机器人发布K2一天后…"): the summary tells what follows the first."""
    first = replace(
        LUMINA_ZH,
        title="鹭岛机器人K2预订量破1.2万台",
        text=(
            "鹭岛机器人发布K2一天后，预订量已超1.2万台，远超今年5000台的产能。"
            "公司表示，东莞二期工厂将于9月投产。"
        ),
    )
    second = replace(
        LUMINA_ZH,
        url="https://robot.example.cn/k2",
        source="具身观察",
        title="鹭岛K2开售",
        text="总部位于深圳的鹭岛机器人为K2人形机器人定价12.9万元，首批300台将于8月交付。",
    )
    zh_only = story(title=first.title, languages=("zh",))

    text = central_sentences(brief((first, second), the_story=zh_only), "zh")

    assert text.count("鹭岛机器人") == 1, text
    assert "东莞二期工厂将于9月投产" in text


def test_the_telling_that_states_the_news_leads_not_the_one_about_the_article() -> None:
    """ "通过…分析，揭示…" says what the article does; the article's lede says what
    happened, with its figures: that one leads, and the other is not said again."""
    gist = "通过融资历程和团队分析，揭示星澜智能在端侧模型上的布局。"
    article = "星澜智能完成20亿元C轮融资，由江南资本领投。公司计划年内推出端侧模型StarLite。"
    report = replace(
        LUMINA_ZH, title="深度｜星澜智能的端侧之路", text=f"{gist}\n\n{article}", summary=gist
    )

    text = central_sentences(brief((report,), the_story=story(title=report.title)), "zh")

    assert text.startswith("星澜智能完成20亿元C轮融资"), text
    assert "揭示" not in text


def test_a_second_report_with_other_news_of_the_company_is_kept() -> None:
    """A lede that names the company with facts the first does not give ("Tallis Compute
    shares fell 3%...") introduces no one again: it is more news, and the summary tells it."""
    first = replace(
        LUMINA_EN,
        title="Tallis Compute reports record $4.4B quarterly revenue",
        text=(
            "Tallis Compute reported record quarterly revenue of $4.4 billion on Wednesday, "
            "up 69% from a year earlier. Data center sales made up 88% of the total."
        ),
    )
    second = replace(
        LUMINA_EN,
        url="https://markets.example.com/tallis-shares",
        source="Market Desk",
        title="Tallis Compute shares slip after export warning",
        text=(
            "Tallis Compute shares fell 3% in after-hours trading after the company said new "
            "export curbs on its TX-5 chip would cost it $800 million next quarter."
        ),
    )

    text = central_sentences(brief((first, second), the_story=story(title=first.title)), "en")

    assert text.startswith("Tallis Compute reported record quarterly revenue"), text
    assert "would cost it $800 million next quarter" in text


def test_a_second_lede_retelling_the_launch_with_its_price_is_left_out() -> None:
    """ "Unveiled the TX-5... a price tag of 69,000 yuan" after "a day after launching the
    69,000-yuan TX-5" tells the launch again (its price in other words): the reader has
    had it."""
    first = replace(
        LUMINA_EN,
        title="Tallis Compute's TX-5 draws 12,000 orders in a day",
        text=(
            "A day after launching the 69,000-yuan TX-5, Tallis Compute reported more than 12,000 "
            "orders against planned 2026 output of 5,000 cards."
        ),
    )
    second = replace(
        LUMINA_EN,
        url="https://chips.example.com/tx-5",
        source="Chip Desk",
        title="Tallis Compute unveils the TX-5",
        text=(
            "Tallis Compute unveiled its third-generation accelerator, the TX-5, in Lyon on "
            "Wednesday, with a price tag of 69,000 yuan, or roughly $9,500."
        ),
    )

    text = central_sentences(brief((first, second), the_story=story(title=first.title)), "en")

    assert text.startswith("A day after launching the 69,000-yuan TX-5"), text
    assert "unveiled its third-generation accelerator" not in text


def test_the_telling_that_names_who_the_news_is_about_stays_the_lead() -> None:
    """The feed's gist has the figures but calls her "the Orwell Institute professor"; the
    article's lede introduces Ines Varga.  The introduction leads and the gist follows:
    a summary opening on "the professor" names no one."""
    gist = (
        "In a widely shared essay, the Orwell Institute professor argues that doubling "
        "pretraining compute now buys about 1.8 benchmark points, versus roughly 7 in 2023."
    )
    article = (
        "Ines Varga, a professor at the Orwell Institute of Technology and former research "
        'director at Kestrel AI, published an essay on Wednesday titled "Diminishing '
        'Returns" that has become the most argued-about post in AI circles this week.'
    )
    title = "Ines Varga: pretraining returns per dollar have fallen about 4x since 2023"
    report = replace(LUMINA_EN, title=title, text=f"{gist}\n\n{article}", summary=gist)

    text = central_sentences(brief((report,), the_story=story(title=title)), "en")

    assert text.startswith("Ines Varga, a professor at the Orwell Institute"), text
    assert "about 1.8 benchmark points" in text


def test_another_reports_lede_with_no_figure_of_its_own_is_left_out() -> None:
    """ "StarClaw 展示了…" after the launch names the same product and brings no figure:
    the same news in other words, not more of it."""
    first = replace(
        LUMINA_ZH,
        title="星澜智能开源本地智能体StarClaw",
        text="星澜智能开源本地智能体StarClaw，上线一周GitHub星标突破6万。",
    )
    second = replace(
        LUMINA_ZH,
        url="https://agent.example.cn/starclaw",
        source="智能体观察",
        title="StarClaw的记忆系统",
        text="StarClaw 展示了基于本地文件的两层记忆系统，区分了上下文与记忆的工程边界。",
    )
    zh_only = story(title=first.title, languages=("zh",))

    text = central_sentences(brief((first, second), the_story=zh_only), "zh")

    assert text.startswith("星澜智能开源本地智能体StarClaw"), text
    assert "两层记忆系统" not in text
