"""An editor's read, continued: a name introduced once per entry, a point that states
a fact rather than announcing a list, and a Chinese point's outlet credited even when the
point cites a source of its own.  Every text here is fictional, written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, brief, one_language, story

from newsdesk.editor import offline_entry
from newsdesk.editor._compare import credited_zh
from newsdesk.editor._offline import announces_list, introduced_once, key_points


def test_a_person_introduced_in_the_summary_is_named_short_after() -> None:
    """An essay's two tellings: the feed's lede introduces the author, the article
    describes her again ("the Lisbon Institute economist") in the sentence with her
    figures; in the entry the second mention is her surname."""
    essay = (
        "Carla Nunes, an economist at the Lisbon Institute of Technology and former chief "
        "economist at Corvex Labs, published an essay on Tuesday that drew wide debate. "
        "In the essay, the Lisbon Institute economist argues that each doubling of "
        "inference spending now buys about 2.4 points on agent benchmarks, versus "
        "roughly 9 in 2024."
    )
    title = "Carla Nunes: agent returns per dollar have fallen fourfold"
    report = replace(LUMINA_EN, title=title, text=essay, summary="")
    entry = offline_entry(brief((report,), the_story=story(title=title, languages=("en",))), "en")

    assert entry.summary.count("Lisbon Institute") == 1, entry.summary
    assert "the Lisbon Institute economist" not in entry.summary
    assert "Nunes argues that each doubling" in entry.summary


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # an appositive on a company the summary introduced, in a credited point
        (
            ["Lyon-based Corvex Labs released Halo-2, a mixture-of-experts model.",
             "Wire: Corvex Labs, one of France's better-funded model labs, unveiled Halo-2 "
             "on Monday, up from 128,000 tokens for Halo-1."],
            ["Lyon-based Corvex Labs released Halo-2, a mixture-of-experts model.",
             "Wire: Corvex Labs unveiled Halo-2 on Monday, up from 128,000 tokens for Halo-1."],
        ),
        # "X-based" again, at a sentence's start
        (
            ["Lyon-based Corvex Labs released Halo-2 on Monday.",
             "Lyon-based Corvex Labs also opened a Paris office."],
            ["Lyon-based Corvex Labs released Halo-2 on Monday.",
             "Corvex Labs also opened a Paris office."],
        ),
        # an attribution between commas is no introduction: the claim stays its speaker's
        (
            ["Corvex Labs released Halo-2 on Monday.",
             "Corvex Labs, the company said, will open Halo-2's weights in June."],
            ["Corvex Labs released Halo-2 on Monday.",
             "Corvex Labs, the company said, will open Halo-2's weights in June."],
        ),
        # a first introduction, and another company's, stay
        (
            ["Corvex Labs released Halo-2 on Monday.",
             "Rival Mistwave, a Berlin startup, shipped its own model."],
            ["Corvex Labs released Halo-2 on Monday.",
             "Rival Mistwave, a Berlin startup, shipped its own model."],
        ),
    ],
)  # fmt: skip
def test_a_name_the_entry_gave_is_not_introduced_again(
    texts: list[str], expected: list[str]
) -> None:
    assert introduced_once(texts, ["Wire: "]) == expected


#: A chip launch whose article lists the specs after an announcement of them.
CHIP_ZH = (
    "云岫科技今日发布训练芯片YX-500，BF16算力900 TFLOPS，搭载96GB HBM3e。"
    "云岫科技CEO林舟表示，YX-500计划于今年第三季度量产，已向两家云厂商送样。"
    "几个关键参数：BF16算力900 TFLOPS、FP8算力1800 TFLOPS、96GB HBM3e、4.0TB/s显存带宽、600W功耗。"
    "业内人士分析，HBM封装产能将是量产节奏的最大变量。"
)


def test_a_sentence_announcing_a_list_is_no_key_point() -> None:
    """ "几个关键参数：…" announces a few specs and gives them as a list of items, half of
    them the headline's: a key point states a fact ("…将是量产节奏的最大变量")."""
    title = "云岫科技发布训练芯片YX-500：BF16算力900 TFLOPS"
    report = replace(LUMINA_ZH, title=title, text=CHIP_ZH)
    the_brief = brief((report,), the_story=story(title=title, languages=("zh",)))
    points = key_points(the_brief, "zh", title, 2)

    assert not any("关键参数" in p for p in points), points
    assert any("最大变量" in p for p in points), points


@pytest.mark.parametrize(
    ("sentence", "announces"),
    [
        ("几个关键参数：BF16算力900 TFLOPS、96GB HBM3e。", True),
        ("三大亮点：开源、可商用、支持长上下文。", True),
        ("A few numbers: 900 TFLOPS, 96GB and 600W.", True),
        ("逻辑颠覆：过去的增长故事受到质疑。", False),  # a label with a statement after
        ("林舟：封装产能是最大变量。", False),  # a speaker
        ("Pricing is aggressive: 2 yuan per million tokens.", False),
    ],
)
def test_an_announced_list_is_a_count_and_a_kind_before_a_colon(
    sentence: str, announces: bool
) -> None:
    assert announces_list(sentence) is announces


@pytest.mark.parametrize(
    ("point", "credited"),
    [
        ("据技术报告，34B版本训练了41天。", "据开源星图援引技术报告，34B版本训练了41天。"),
        ("据知情人士透露，本轮估值40亿元。", "据开源星图援引知情人士，本轮估值40亿元。"),
        ("据悉，本轮估值40亿元。", "据开源星图，本轮估值40亿元。"),
        ("据开源星图统计，本轮估值40亿元。", "据开源星图统计，本轮估值40亿元。"),
        ("本轮估值40亿元。", "据开源星图，本轮估值40亿元。"),
    ],
)
def test_a_chinese_point_citing_a_source_still_names_its_outlet(point: str, credited: str) -> None:
    """ "据技术报告，…" under an entry of several outlets says nothing of which outlet
    read that report: the outlet cites it."""
    assert credited_zh(point, "开源星图") == credited


def test_a_cited_point_is_credited_in_an_entry_of_several_outlets() -> None:
    first = replace(
        LUMINA_ZH,
        title="云岫科技开源多模态模型YX-V",
        text=(
            "云岫科技今日开源多模态模型YX-V，包含34B和8B两个版本，采用Apache 2.0协议。"
            "仓库上线不到12小时即获得超过5000个star，社区已有开发者提交了推理脚本和量化权重，"
            "云岫科技称将在下月发布更大的版本。"
            "云岫科技CEO林舟表示，YX-V面向文档理解、图表问答和视频摘要等企业场景，"
            "8B版本可在单张消费级显卡上运行，适合企业内网部署。"
            "据技术报告，34B版本在5.2万亿token的图文数据上训练，使用1024张加速卡、历时30天。"
        ),
        source="开源星图",
    )
    second = replace(
        LUMINA_ZH,
        url="https://other.example.cn/yx-v",
        title="云岫科技YX-V开源",
        text="云岫科技开源YX-V，34B版本MMMU得分61.2。",
        source="深度前哨",
    )
    said = f"{first.title}\n{first.text.split('。')[0]}。"

    points = key_points(one_language(first, second, language="zh"), "zh", said, 2)

    cited = [p for p in points if "技术报告" in p]
    assert cited == [
        "据开源星图援引技术报告，34B版本在5.2万亿token的图文数据上训练，使用1024张加速卡、历时30天。"
    ]
