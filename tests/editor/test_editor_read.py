"""An editor's read of the offline digests: what a demanding news editor would strike out
of an entry (a figure said twice, a writer's label, a sentence that only says what was
not disclosed, an outlet credited twice, a headline dressed as a column or ending as a
sentence, the lede left out for its attribution).  Every text here is fictional,
written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from editor_helpers import LUMINA_EN, LUMINA_ZH, brief, one_language, story

from newsdesk.editor import offline_entry, offline_more
from newsdesk.editor._compare import number_insights
from newsdesk.editor._offline import central_sentences, key_points, labelled, untagged_title
from newsdesk.editor._offline._summary import _only_undisclosed
from newsdesk.model import DigestEntry


def english(text: str, title: str, *, summary: str = "", outlet: str = "Tech Wire") -> DigestEntry:
    report = replace(LUMINA_EN, title=title, text=text, summary=summary, source=outlet)
    the_story = story(title=title, languages=("en",))
    return offline_entry(brief((report,), the_story=the_story), "en")


#: A launch report whose lede gives the active parameters and whose later "Architecture:"
#: note gives them again beside the total (the shape of a review's spec paragraph).
HALO = (
    "Lisbon-based Corvex Labs released Halo-2, a mixture-of-experts model with 40 billion "
    "active parameters and a 1-million-token context window. "
    "Architecture: a mixture-of-experts design with 600 billion parameters in total and "
    "40 billion active, trained on about 9 trillion tokens. "
    "On benchmarks Corvex reports 79.2 on MMLU-Pro and 58.1% on SWE-bench Verified. "
    "Caveat: the model was only tested on English and Portuguese prompts. "
    "Corvex did not disclose how many accelerators it used. "
    "CEO Marta Sousa said enterprise deployments will open in September."
)


def test_a_writers_label_is_no_sentence_of_a_summary_key_point_or_detail() -> None:
    """ "Architecture: a … design with …" and "Caveat: the model…" lean on the review
    around them (a caveat to what?), and what follows the label is often no sentence."""
    title = "Corvex Labs releases Halo-2 with a 1-million-token context"
    entry = english(HALO, title)
    line = offline_more(
        brief(
            (replace(LUMINA_EN, title=title, text=HALO),),
            the_story=story(title=title, languages=("en",)),
        ),
        "en",
    )

    shown = [entry.summary, *entry.insights, line.detail]
    assert not any("Architecture:" in t or "Caveat:" in t for t in shown), shown
    assert entry.summary.startswith("Lisbon-based Corvex Labs released Halo-2")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Architecture: a mixture-of-experts design with 600 billion parameters.", True),
        ("The good: it filled out a 40-field form without mistakes.", True),
        ("Credit where due: unusually, the report describes its data.", True),
        ("Penalties: up to $10 million per violation.", True),
        # a claim before the colon, a name before it, or a capital after it: no label
        ("Pricing is aggressive: 2 yuan per million input tokens.", False),
        ("Elena Marsh: pretraining returns have fallen about 4x.", False),
        ("Update: Corvex Labs now reports 78.4%.", False),
        # a known name opening the words before the colon is who speaks or acts
        ("Altman wrote: we are raising $40 billion.", False),
        ("Meta also announced: a new Llama model with 2 trillion parameters.", False),
    ],
)
def test_a_label_is_a_few_ordinary_words_with_no_verb(sentence: str, label: bool) -> None:
    assert labelled(sentence) is label


def test_a_figure_the_summary_gave_is_not_said_again() -> None:
    """ "40 billion active parameters… 600 billion in total and 40 billion active" reads
    as padding: the second report's spec sentence is left out, even with figures of its
    own, and a sentence telling only new facts takes its place."""
    launch = replace(
        LUMINA_EN,
        title="Corvex Labs releases Halo-2",
        text=(
            "Lisbon-based Corvex Labs released Halo-2, a mixture-of-experts model with 40 "
            "billion active parameters and a 1-million-token context window, priced at $1 "
            "per million input tokens."
        ),
    )
    review = replace(
        LUMINA_EN,
        url="https://ledger.example.com/halo-2",
        source="Model Ledger",
        title="Halo-2 first look",
        text=(
            "Corvex Labs' new flagship, Halo-2, arrived today with a technical report and a "
            "familiar set of charts. The model posts 58.1% on SWE-bench Verified, and the report "
            "credits the longer context for much of that. The model is a mixture-of-experts "
            "design with 600 billion parameters in total and 40 billion active, trained on "
            "about 9 trillion tokens."
        ),
    )
    the_story = story(title=launch.title, languages=("en",))

    summary = offline_entry(brief((launch, review), the_story=the_story), "en").summary

    assert summary.count("40 billion") == 1, summary
    assert "58.1%" in summary


def test_a_number_in_a_name_or_after_the_is_no_figure_said_again() -> None:
    """ "the HX-900 delivers…" names the chip again, "Halo 4.6 scores…", "the 34B model"
    and "4B参数模型" the model: each second sentence tells new facts and stays."""
    chip = (
        "Corvex's new HX-900 training chip posts 800 TFLOPS of BF16 compute. "
        "CEO Marta Sousa said the HX-900 delivers 2.5 times the throughput of the HX-600."
    )
    assert "2.5 times" in english(chip, "Corvex unveils the HX-900 training chip").summary

    model = (
        "Corvex Labs published weights for Halo-V 34B and 8B, reporting 61.3 on MMMU. "
        "Corvex says the 34B model was trained on 5.1 trillion tokens over 33 days."
    )
    assert "5.1 trillion" in english(model, "Corvex Labs releases Halo-V").summary

    version = (
        "Corvex Labs released Halo 4.6 with a 1-million-token context window. "
        "Halo 4.6 scores 68.8% on ARC-AGI-2, ahead of every model Corvex has shipped."
    )
    assert "68.8%" in english(version, "Corvex Labs releases Halo 4.6").summary

    sized = replace(
        LUMINA_ZH,
        title="云岫数据开源推理数据集",
        text=(
            "云岫数据开源推理数据集YX-Reason，使4B小模型在多模态推理上实现跨级超越。"
            "4B参数模型性能接近32B模型，Qwen3-8B超越部分闭源模型。"
        ),
    )
    summary = central_sentences(
        brief((sized,), the_story=story(title=sized.title, languages=("zh",))), "zh"
    )
    assert "接近32B模型" in summary, summary


def test_a_sentence_that_only_says_what_was_not_disclosed_is_no_part_of_a_summary() -> None:
    entry = english(HALO, "Corvex Labs releases Halo-2")
    assert "did not disclose" not in entry.summary

    zh = replace(
        LUMINA_ZH,
        title="华岭云宣布建设“北辰”智算集群",
        text=(
            "华岭云宣布在张家口建设“北辰”智算集群，规划8万卡、总投资150亿元。"
            "公司未透露芯片供应商。"
            "董事长方远表示，已与多家大模型公司签订意向协议，但未透露客户名称。"
        ),
    )
    the_story = story(title=zh.title, languages=("zh",))
    summary = central_sentences(brief((zh,), the_story=the_story), "zh")
    assert "未透露芯片供应商" not in summary
    assert "但未透露客户名称" in summary  # a clause beside a fact: its sentence stays


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("Corvex did not disclose how many accelerators it used.", True),
        ("公司未透露芯片供应商。", True),
        # what was not disclosed beside what was said, or in a clause of another subject
        ("The startup did not disclose its valuation but said revenue tripled to $300 million.",
         False),
        ("OpenAI did not say; Microsoft confirmed the $10 billion deal.", False),
        ("Sources who did not disclose their names said Apple will pay $1 billion a year.", False),
        ("Investors did not give up: the stock recovered 12% by Friday.", False),
    ],
)  # fmt: skip
def test_only_what_was_not_disclosed(sentence: str, only: bool) -> None:
    assert _only_undisclosed(sentence) is only


def test_a_key_point_that_names_its_outlet_is_not_credited_again() -> None:
    """ "Signal Post: CEO … told Signal Post that…" names the outlet twice."""
    text = (
        "Corvex Labs has closed a $300 million Series C led by Harbor Peak, valuing the "
        "company at $4 billion. "
        "CEO Marta Sousa told Signal Post that annual revenue is now about $90 million, up "
        "from $30 million a year ago."
    )
    first = replace(LUMINA_EN, title="Corvex Labs raises $300M", text=text, source="Signal Post")
    second = replace(
        LUMINA_EN,
        url="https://ledger.example.com/corvex",
        title="Corvex Labs valued at $4B",
        text="Corvex Labs is now valued at $4 billion after a round led by Harbor Peak.",
        source="Neural Post",
    )
    the_brief = one_language(first, second, language="en")
    said = f"{first.title}\n{text.split('. ')[0]}."

    points = key_points(the_brief, "en", said, 2)

    told = (
        "CEO Marta Sousa told Signal Post that annual revenue is now about $90 million, "
        "up from $30 million a year ago."
    )
    assert points == [told]
    # the same sentence as what a figure compares to ("up from"): credited once too
    assert number_insights(the_brief, "en", said) == [told]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("云岫科技杀进训练芯片市场，我可能要换卡了。", "云岫科技杀进训练芯片市场，我可能要换卡了"),
        ("Corvex Labs launches an agent that clicks through websites for you.",
         "Corvex Labs launches an agent that clicks through websites for you"),
        ("Paper of the day: RecurMem gets linear-time long context",
         "RecurMem gets linear-time long context"),
        ("Exclusive: Corvex Labs is in talks to raise at a $4B valuation",
         "Corvex Labs is in talks to raise at a $4B valuation"),
        # a name before the colon is the speaker; an ellipsis and an abbreviation stay
        ("Elena Marsh: pretraining returns have fallen about 4x",
         "Elena Marsh: pretraining returns have fallen about 4x"),
        ("Quillworks buys Parselab from Acme Inc.", "Quillworks buys Parselab from Acme Inc."),
        ("What comes after scaling...", "What comes after scaling..."),
        # a chatty tilde ends no headline; one inside stays
        ("2亿token，云岫助手是这么吃掉的~", "2亿token，云岫助手是这么吃掉的"),
        ("云岫助手上线了～", "云岫助手上线了"),
        ("推理成本降到约~3成", "推理成本降到约~3成"),
        # a Latin column's name after a bar ends no Chinese headline; a known name, a
        # product with its number, or Chinese words after the bar are the news
        ("星河资本与光年智能：当 AGI 来临后｜Vital Views", "星河资本与光年智能：当 AGI 来临后"),
        ("光年智能发布新一代推理模型 | Deep Dive", "光年智能发布新一代推理模型"),
        ("编程助手又出新版本｜Anthropic", "编程助手又出新版本｜Anthropic"),
        ("周明为什么把时间花在写歌上？| 实测Nova V8", "周明为什么把时间花在写歌上？| 实测Nova V8"),
        # a company of the alias table before the colon is the headline's subject
        ("Nvidia: Revenue up 60% as Blackwell ramps up production",
         "Nvidia: Revenue up 60% as Blackwell ramps up production"),
        ("Apple: The iPhone maker is said to be building its own AI search engine",
         "Apple: The iPhone maker is said to be building its own AI search engine"),
    ],
)  # fmt: skip
def test_a_headline_ends_without_a_full_stop_and_wears_no_column_name(
    title: str, headline: str
) -> None:
    assert untagged_title(title) == headline


def test_a_lede_that_opens_with_its_attribution_states_the_event() -> None:
    """ "据海外媒体报道，…完成8000万美元A轮融资" is the news with whose report it is; it is
    no sentence leaning on one before it, as "据此，…" is."""
    text = (
        "云岫机器人专注仓储拣选的操作模型Grasp-1，母公司持股62%。"
        "据海外媒体报道，云岫机器人已于今年3月完成8000万美元A轮融资，投后估值4亿美元。"
        "公司表示，新资金将用于今年与4家物流客户开展试点。"
    )
    title = "云岫机器人披露8000万美元A轮融资"
    report = replace(LUMINA_ZH, title=title, text=text)

    assert "8000万美元A轮融资" in central_sentences(one_language(report, language="zh"), "zh")

    leaning = replace(
        LUMINA_ZH,
        title="云岫科技发布城市大模型",
        text="云岫科技今日发布城市治理大模型“同衡”，参数规模700亿。据此，多个区县将接入该模型。",
    )
    summary = central_sentences(
        brief((leaning,), the_story=story(title=leaning.title, languages=("zh",))), "zh"
    )
    assert summary == "云岫科技今日发布城市治理大模型“同衡”，参数规模700亿。"


def test_a_bullet_pointing_back_with_those_or_these_is_no_key_point_or_detail() -> None:
    """ "…which makes those tests cheap to run" points to tests the article named before:
    a bullet stands alone.  "those who" points ahead and is no reference back."""
    text = (
        "Corvex Labs released Halo-2 with a 1-million-token context window on Tuesday. "
        "Reviewers want independent long-context evaluations beyond needle retrieval. "
        "At $1 per million input tokens, filling the window costs about $1 per call, which "
        "makes those tests cheap to run. "
        "Corvex says 1,200 enterprise customers signed up for the preview in its first week. "
        "Corvex Labs made the preview free for those who joined its waitlist before 3 March."
    )
    title = "Corvex Labs releases Halo-2"
    report = replace(LUMINA_EN, title=title, text=text)

    points = key_points(one_language(report, language="en"), "en", title, 3)

    assert points and not any("those tests" in p for p in points), points
    assert any("those who joined" in p for p in points), points


def test_a_comparison_that_leans_on_the_sentence_before_is_no_bullet() -> None:
    """ "Instead, she says…" quoted alone under an outlet's name answers a sentence the
    reader never saw: a comparing sentence that leans back is no "why it matters" line."""
    text = (
        "Elena Marsh argues that doubling pretraining compute now buys about 1.8 benchmark "
        "points, versus roughly 7 in 2023. Marsh does not argue that progress is stalling. "
        "Instead, she predicts that no one will train a model 10 times larger than today's "
        "largest before 2028."
    )
    essay = replace(LUMINA_EN, title="Elena Marsh: pretraining returns have fallen", text=text)
    the_story = story(title=essay.title, languages=("en",))
    said = text.split(" Marsh does")[0]  # the summary gave the first sentence

    lines = number_insights(brief((essay,), the_story=the_story), "en", said)

    assert not any("Instead" in line for line in lines), lines


def test_a_caption_of_what_the_article_holds_is_no_detail_of_a_more_line() -> None:
    """ "Terms of the X acquisition of Y, in brief." describes the article, not the news."""
    terms = replace(
        LUMINA_EN,
        title="Quillworks buys Parselab for $310 million",
        text="Terms of the Quillworks acquisition of Parselab, in brief.",
    )
    the_story = story(title=terms.title, languages=("en",))

    line = offline_more(brief((terms,), the_story=the_story), "en")

    assert "in brief" not in line.detail
