"""Claims and evidence: what a text asserts, and whether its sources state it in any form."""

from __future__ import annotations

import pytest

from newsdesk.editor import Evidence, canonical_url, claims_in, unsupported
from newsdesk.model import Claim, ClaimKind

ZH_SOURCE = (
    "澜舟智能宣布完成50亿元C轮融资，由青岚资本领投。"
    "公司创始人周明远表示，新模型Lumen-4.1将于2026年3月18日开源，推理成本下降20%。"
    "团队目前约1.5万人，海外收入达2.5亿美元。详情见 https://www.lanzhou.example.cn/news/c-round"
)
EN_SOURCE = (
    "Orbit Labs, a robotics startup, raised $5 billion on Jan. 26, 2026, led by Kestrel "
    "Capital. NVIDIA will supply chips. Orbit's model Atlas-2.5 beat Qwen3-Max on top-10 "
    "benchmarks and cut errors by 20 percent, CEO Maya Lindqvist said."
)
META = "3 sources; published 2026-01-26"


def _check(text: str, *sources: str, links: tuple[str, ...] = ()) -> list[str]:
    return [c.text for c in unsupported(text, Evidence.build(sources, links))]


def test_claims_name_their_kind_and_their_sentence() -> None:
    claims = claims_in("澜舟智能获50亿元融资。详见 https://lanzhou.example.cn/a")
    assert claims == [
        Claim(ClaimKind.NAME, "澜舟智能", "澜舟智能获50亿元融资。"),
        Claim(ClaimKind.NUMBER, "50亿元", "澜舟智能获50亿元融资。"),
        Claim(ClaimKind.LINK, "https://lanzhou.example.cn/a", "详见 https://lanzhou.example.cn/a"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "澜舟智能融资5,000,000,000元。",
        "澜舟智能融资超50亿元。",
        "澜舟智能融资50亿人民币。",
        "团队约15,000人。",
        "团队约1.5万人。",
        "推理成本下降百分之二十。",
        "海外收入达$250 million。",
        "海外收入达2.5亿。",
        "新模型将于3月18日开源。",
        "新模型将于2026-03-18开源。",
    ],
)
def test_a_chinese_number_written_in_another_form_is_supported(text: str) -> None:
    assert _check(text, ZH_SOURCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Labs raised 50亿美元.",
        "Orbit Labs raised $5B.",
        "Orbit Labs raised 5,000,000,000 dollars.",
        "Orbit Labs closed a 5-billion-dollar round.",
        "Errors fell 20%.",
        "It happened on January 26.",
        "It happened on 2026-01-26, in 2026.",
        "Orbit ranks in the Top 10.",
    ],
)
def test_an_english_number_written_in_another_form_is_supported(text: str) -> None:
    assert _check(text, EN_SOURCE) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("澜舟智能完成60亿元C轮融资。", "60亿元"),
        ("推理成本下降30%。", "30%"),
        ("新模型将于3月19日开源。", "3月19日"),
        ("团队约2万人。", "2万"),
        ("Orbit Labs raised $6 billion.", "$6 billion"),
        ("Orbit Labs closed a 6-billion-dollar round.", "6-billion"),
        ("Errors fell 25 percent.", "25 percent"),
        ("It happened on Feb. 26, 2026.", "Feb. 26, 2026"),
    ],
)
def test_a_changed_number_is_flagged(text: str, wrong: str) -> None:
    assert _check(text, ZH_SOURCE, EN_SOURCE) == [wrong]


def test_an_amount_in_another_currency_is_flagged_but_a_bare_number_is_not() -> None:
    assert _check("Orbit Labs raised 50亿元.", EN_SOURCE) == ["50亿元"]
    assert _check("Orbit Labs raised 50亿.", EN_SOURCE) == []


def test_hong_kong_and_us_dollars_are_currencies_not_names() -> None:
    listing = "The IPO raised about HK$4.2 billion, oversubscribed 1,126 times."
    assert _check(listing, listing) == []
    assert _check("It raised US$3 billion.", "It raised $3 billion.") == []
    assert _check("It raised HK$3 billion.", "It raised $3 billion.") == ["HK$3 billion"]


def test_the_metadata_line_supports_counts_and_the_publication_date() -> None:
    assert _check("据3 sources报道，消息于1月26日发布。", ZH_SOURCE, META) == []


def test_a_range_needs_both_of_its_ends() -> None:
    source = "预计营收在10亿至20亿元之间。"
    assert _check("营收10-20亿元。", source) == []
    assert _check("营收10-30亿元。", source) == ["10-30亿元"]


def test_a_version_is_compared_as_written_but_for_trailing_zeros() -> None:
    assert _check("Atlas-2.5 is out.", EN_SOURCE) == []
    assert _check("Atlas-2.6 is out.", EN_SOURCE) == ["Atlas-2.6"]
    assert _check("升级到3.1版本。", "升级到3版本。") == ["3.1"]
    assert _check("升级到3.0版本。", "升级到3版本。") == []
    assert _check("挑战 Gemini 3.0 的地位。", "Gemini 3 Pro 的地位。") == []
    assert _check("挑战 Gemini 3.5 的地位。", "Gemini 3 Pro 的地位。") == ["Gemini 3.5"]
    assert _check("Kestrel v1.2.4 ships.", "Kestrel v1.2.3 ships.") == ["Kestrel v1.2.4"]
    assert _check("支持5G与3D打印。", "支持5G与3D打印。") == []
    assert _check("消费级2D打印机。", "消费级3D打印机，两年收入翻倍。") == ["2D"]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia will supply chips.",
        "Orbit's new model is fast.",
        "ORBIT LABS is a startup.",
        "Orbit raised money from Kestrel.",
        "The robot maker Orbit Labs Inc. grew.",
        "A model from Qwen3-Max's makers.",
        "Maya Lindqvist leads it.",
    ],
)
def test_a_latin_name_in_another_case_or_with_a_suffix_or_possessive_is_supported(
    text: str,
) -> None:
    assert _check(text, EN_SOURCE) == []


def test_an_invented_latin_name_is_flagged_even_next_to_a_known_word() -> None:
    assert _check("Zentrix Labs raised $5 billion.", EN_SOURCE) == ["Zentrix Labs"]
    assert _check("Atlas-2.5 beat GPT-5.1.", EN_SOURCE) == ["GPT-5.1"]
    assert _check("It beat Qwen3-Plus.", EN_SOURCE) == ["Qwen3-Plus"]


def test_capitals_that_only_open_a_sentence_or_a_headline_are_not_names() -> None:
    assert _check("Analysts agree. However, demand is strong.", EN_SOURCE) == []
    assert _check("Orbit Labs Lands Huge Round From Investors", EN_SOURCE) == []


def test_a_sentence_opening_name_is_checked_when_it_acts_like_one() -> None:
    assert _check("Zentrix said it would follow.", EN_SOURCE) == ["Zentrix"]
    assert _check("Zentrix's chips arrive.", EN_SOURCE) == ["Zentrix's"]


def test_chinese_organisations_and_persons_are_checked() -> None:
    assert _check("青岚资本领投，周明远出席。", ZH_SOURCE) == []
    assert _check("澄湾资本领投。", ZH_SOURCE) == ["澄湾资本"]
    assert _check("创始人陈立舟表示，将继续投入。", ZH_SOURCE) == ["陈立舟"]


def test_a_chinese_name_without_its_generic_suffix_is_supported() -> None:
    assert _check("澜舟宣布完成融资。", ZH_SOURCE) == []
    assert _check("澜舟智能科技公司宣布完成融资。", "澜舟智能科技宣布完成融资。") == []


def test_well_known_names_are_supported_across_scripts() -> None:
    assert _check("Google and Nvidia joined.", "谷歌和英伟达参与了本轮投资。") == []
    assert _check("谷歌参与了投资。", "Google joined the round.") == []
    assert _check("英伟达参与了投资。", "Google joined the round.") == ["英伟达"]


def test_common_words_are_not_mistaken_for_chinese_names() -> None:
    text = "这一进展值得关注，业内认为它体现了朴素的工程智慧，博客与卫星数据也有帮助。"
    assert [c for c in claims_in(text) if c.kind is ClaimKind.NAME] == []


def test_a_verb_before_a_value_is_no_product_with_a_version() -> None:
    """拓竹3.0 is a product and its version; 困惑度为10.21 states a value."""
    names = [c.text for c in claims_in("新模型困惑度为10.21。") if c.kind is ClaimKind.NAME]
    assert names == []
    assert "拓竹" in [c.text for c in claims_in("实测拓竹3.0：导演时代。")]


def test_links_must_be_allowed_or_in_a_source_compared_canonically() -> None:
    allowed = ("https://orbit.example.com/news/round",)
    assert _check("[Source](http://www.orbit.example.com/news/round/#top)", links=allowed) == []
    assert _check("See https://orbit.example.com/news/round?utm_source=x.", links=allowed) == []
    assert _check("详见 https://lanzhou.example.cn/news/c-round", ZH_SOURCE) == []
    wrong = "https://orbit.example.com/news/other"
    assert _check(f"See {wrong}.", EN_SOURCE, links=allowed) == [wrong]


def test_a_number_inside_a_link_is_not_a_claim_of_its_own() -> None:
    claims = claims_in("报道：https://news.example.com/2026/01/99999.html")
    assert [c.kind for c in claims] == [ClaimKind.LINK]


def test_canonical_urls_drop_what_does_not_identify_the_page() -> None:
    assert canonical_url("https://www.Example.com/a/?utm_medium=x&b=2&a=1#frag") == (
        "example.com/a?a=1&b=2"
    )


def test_invented_names_in_a_title_case_headline_are_caught() -> None:
    source = "Lumina Labs raised $500 million in a round led by Northgate Capital."
    assert _check("Brightwave Capital Leads $500 Million Round In Lumina Labs", source) == [
        "Brightwave Capital"
    ]
    assert _check("Lumina Labs Raises $500 Million From Zorblax And Quintara", source) == [
        "Zorblax",
        "Quintara",
    ]
    assert _check("Lumina Labs Raises $500 Million Round Led By Northgate Capital", source) == []


def test_an_invented_name_that_opens_a_sentence_is_caught() -> None:
    assert _check("Brightwave invested in OpenAI.", "OpenAI raised money.") == ["Brightwave"]
    assert _check("OpenAI raised money. Zorblax joined.", "OpenAI raised money.") == ["Zorblax"]
    assert _check("Investors were pleased.", "OpenAI raised money.") == []
