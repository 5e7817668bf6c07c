"""One alias table: the same entity in either script, and ordinary words left alone."""

from __future__ import annotations

import re

import pytest

from newsdesk.aliases import (
    _SIMPLE_CASE,
    _names_case_simply,
    ai_entities,
    alias_names_in,
    ends_a_word,
    entities,
    entity_key,
    latin_term_phrases,
    longest_first,
    mentions,
    products_of,
    term_chinese,
)


def test_a_name_in_either_script_gives_its_entitys_key() -> None:
    assert mentions("英伟达和谷歌") == ["nvidia", "google"]
    assert mentions("Nvidia and Alphabet") == ["nvidia", "google"]


def test_a_chinese_name_with_latin_letters_matches_in_any_case() -> None:
    assert mentions("SK海力士与sk海力士") == ["sk hynix", "sk hynix"]
    assert alias_names_in("sk海力士扩产") == {"SK海力士"}


def test_the_longest_name_wins() -> None:
    assert mentions("阿里云和阿里巴巴") == ["aliyun", "alibaba"]
    assert mentions("the White House said") == ["white house"]


def test_a_chinese_name_inside_a_longer_word_is_not_that_name() -> None:
    assert mentions("旧金山的初创公司") == []  # 金山 (Kingsoft) inside San Francisco
    assert mentions("东北大学发布") == []  # 北大 inside another university
    assert mentions("京东方面板") == ["boe"]  # 京东 inside BOE: BOE, not JD
    assert mentions("京东发布") == ["jd"]


def test_a_word_ends_where_the_segmenter_ends_one_whatever_joins_its_start() -> None:
    assert not ends_a_word("智能体验中心开业", 0, 3)  # 智能 + 体验
    assert ends_a_word("快手上线图生视频功能", 4, 8)  # 手上 + 线图, yet 视频 ends there
    assert ends_a_word("北岭发布文生图", 4, 7)  # the text's end is a word's end


def test_common_words_are_aliases_but_never_names_on_their_own() -> None:
    assert mentions("苹果发布新品") == []
    assert mentions("an oracle model and a WAN link") == []
    assert "苹果" in alias_names_in("苹果发布新品")  # still supports "Apple" in a source


def test_outlets_are_aliases_but_no_actors_of_a_story() -> None:
    """Two stories that both cite Bloomberg are not one story for that."""
    assert mentions("据彭博社报道，英伟达将扩产") == ["nvidia"]
    assert mentions("Reuters reported that Nvidia will expand") == ["nvidia"]
    assert "彭博社" in alias_names_in("据彭博社报道")  # still supports "Bloomberg"


def test_each_entity_has_a_latin_key_and_names_in_both_scripts_or_a_reason_to_be_here() -> None:
    """An entity with no Chinese name is in the table for its products (Anthropic), for
    being AI (Cerebras) or for being the press a digest credits (InfoQ)."""
    keys = [e.key for e in entities()]
    assert len(keys) == len(set(keys))
    assert all(
        e.latin and (e.chinese or e.makes or e.ai or e.press) and e.common <= {*e.latin, *e.chinese}
        for e in entities()
    )


def test_ai_companies_and_people_are_marked_and_the_giants_are_not() -> None:
    marked = ai_entities()
    assert {"moonshot", "deepseek", "unitree", "yang zhilin"} <= marked
    assert marked.isdisjoint({"google", "apple", "tencent", "microsoft"})
    assert marked <= {e.key for e in entities()}


def test_ai_chips_are_marked_by_their_line_not_by_a_maker_of_other_chips_too() -> None:
    marked = ai_entities()
    assert {"moore threads", "cerebras", "amd instinct", "intel gaudi"} <= marked
    assert marked.isdisjoint({"amd", "intel", "qualcomm", "samsung"})
    assert mentions("AMD unveils the MI450") == ["amd", "amd instinct"]
    assert mentions("摩尔线程科创板上市") == ["moore threads"]


def test_terms_have_their_chinese_forms_and_are_no_names() -> None:
    terms = term_chinese()
    assert "混合专家" in terms["moe"] and "混合专家" in terms["mixture of experts"]
    assert "检索增强" in terms["rag"]
    assert all(hans for hans in terms.values())
    assert mentions("两款 MoE 模型都用了 RAG") == []  # the desk shares no name through them


def test_a_makers_names_in_both_scripts_lead_to_its_products() -> None:
    assert "glm" in products_of()["智谱"] and "glm" in products_of()["zhipu"]
    assert "可灵" in products_of()["kuaishou"]
    assert "glm" not in products_of()["百度"]
    assert mentions("GLM-5 涨价") == []  # a product is no name of its maker for the desk


def test_a_product_that_is_an_everyday_word_names_no_maker() -> None:
    # 菜鸟 is a newbie, 仰望 to look up, a lark a bird, 澎湃 surging: a source using the
    # word names no maker
    assert "菜鸟" not in products_of()["alibaba"] and "钉钉" in products_of()["alibaba"]
    assert "仰望" not in products_of()["byd"] and "yangwang" in products_of()["byd"]
    assert "lark" not in products_of()["bytedance"] and "飞书" in products_of()["bytedance"]
    assert "澎湃" not in products_of()["xiaomi"] and "hyperos" in products_of()["xiaomi"]


def test_a_name_read_with_its_country_before_it_is_that_name() -> None:
    """The segmenter reads 美国密歇根大学 as one word; the university is still named."""
    assert alias_names_in("美国密歇根大学团队开发出新工具") == {"密歇根大学"}
    assert alias_names_in("英国牛津大学的研究") == {"牛津"}
    assert alias_names_in("旧金山的初创公司") == frozenset()


#: Names with shared beginnings (谷歌 / 谷歌云 / 谷歌云端), one inside another (阿里 in
#: 阿里巴巴 and 巴巴), names that differ in case alone, and one of a single character.
_NAMES = ["谷歌", "谷歌云", "谷歌云端", "阿里", "阿里巴巴", "巴巴", "sk海力士", "云", "ab", "abcd"]


@pytest.mark.parametrize(
    "text",
    [
        "谷歌云端硬盘与谷歌云和谷歌",  # the longest name at each place, then on after it
        "阿里巴巴巴巴",  # 阿里巴巴 first, then 巴巴 from where it ends
        "谷歌谷歌云谷",  # a name cut short at the text's end
        "SK海力士和sk海力士，Sk海力士",
        "abc abcd abcde xab",  # a longer name that fails half-way gives the shorter
        "没有名字的句子",
        "",
    ],
)
def test_a_tree_of_names_matches_as_the_names_joined_longest_first(text: str) -> None:
    joined = "|".join(map(re.escape, sorted(_NAMES, key=len, reverse=True)))
    for flags, names in ((0, _NAMES), (re.IGNORECASE, [n.lower() for n in _NAMES])):
        tree = re.compile(longest_first(names), flags)
        expected = [m.span() for m in re.compile(joined, flags).finditer(text)]
        assert [m.span() for m in tree.finditer(text)] == expected


def test_a_tree_of_names_reads_each_beginning_once() -> None:
    assert longest_first(["谷歌", "谷歌云", "百度"]) == "(?:谷歌(?:云)?|百度)"
    assert longest_first(["", "ab"]) == "ab"  # an empty name would match everywhere


def test_a_table_with_no_names_matches_nowhere() -> None:
    assert re.search(longest_first([]), "谷歌 and anything") is None
    assert re.search(longest_first([""]), "") is None


def test_foreign_firms_agencies_and_places_meet_across_scripts() -> None:
    """Beyond the field: drug makers, launchers, Asian, European and Gulf firms."""
    assert mentions("诺华与辉瑞") == mentions("Novartis and Pfizer") == ["novartis", "pfizer"]
    assert mentions("礼来") == mentions("Eli Lilly") == ["eli lilly"]
    assert mentions("SpaceX 星舰") == ["starship", "spacex"]  # Chinese names are read first
    assert mentions("丰田与松下") == mentions("Toyota and Panasonic") == ["toyota", "panasonic"]
    assert mentions("塔塔与西门子") == mentions("Tata and Siemens") == ["tata", "siemens"]


def test_everyday_words_among_them_name_no_firm_on_their_own() -> None:
    # 现代 is modern, 乐天 cheerful, 长征 the Long March of history, a shell a shell
    assert mentions("现代社会的长征") == []
    assert mentions("乐天派的员工") == []
    assert mentions("现代汽车与起亚") == ["hyundai", "kia"]


def test_journals_are_aliases_and_no_actors_and_their_sub_journals_follow_a_rule() -> None:
    """《自然·医学》 is Nature Medicine by the rule journal + dot + field, for any field
    of the fields table, in either dot; the journal alone is none of its sub-journals."""
    assert mentions("发表在《自然》上") == mentions("published in Nature Medicine") == []
    assert alias_names_in("发表在《自然·医学》上") == {"自然·医学"}
    assert alias_names_in("发表在《自然・医学》上") == {"自然・医学"}
    assert alias_names_in("发表在《科学·机器人》上") == {"科学·机器人"}
    assert alias_names_in("发表在《自然》上") == {"《自然》"}
    assert entity_key("nature medicine") == entity_key("自然·医学") == "nature medicine"
    assert entity_key("the lancet oncology") == entity_key("柳叶刀·肿瘤学")
    assert entity_key("自然·方法") == "nature methods" != entity_key("自然·医学")


def test_a_place_of_several_words_is_one_name_even_as_a_modifier() -> None:
    assert latin_term_phrases("New York-based Corvid") == [(0, 8)]
    assert latin_term_phrases("Corvid, based in New York City") == [(17, 30)]
    assert latin_term_phrases("New York-Presbyterian") == []  # another name goes on
    assert latin_term_phrases("the New Yorker") == []


def test_a_text_of_simply_cased_characters_is_searched_in_lower_case() -> None:
    """Where a text's characters and the table's names are all ASCII, CJK, full-width or
    the middle dot, a case-blind search is a plain one of their lower case: each has a
    lower case of one character, and a case-blind match is exactly an equal lower case
    (every character of those ranges checked against every cased one and the uncased
    ones together)."""
    chars = "".join(map(chr, [*range(0x80), 0xB7, *range(0x3000, 0xA000), *range(0xFF00, 0xFFF0)]))
    assert _SIMPLE_CASE.fullmatch(chars)
    assert all(len(c.lower()) == 1 for c in chars)
    cased = [c for c in chars if c.lower() != c.upper()]
    for letter in cased:
        blind = set(re.findall(re.escape(letter), chars, re.IGNORECASE))
        assert blind == {c for c in chars if c.lower() == letter.lower()}
    uncased = [c for c in chars if c.lower() == c.upper()]
    pattern = re.compile("|".join(map(re.escape, uncased)), re.IGNORECASE)
    assert "".join(pattern.findall(chars)) == "".join(uncased)
    assert _names_case_simply()
    assert alias_names_in("sk海力士扩产") == {"SK海力士"}
    assert alias_names_in("s\u212a海力士扩产") == {"SK海力士"}  # a Kelvin sign: searched case-blind
    assert alias_names_in("ſk海力士扩产") == {"SK海力士"}  # a long s: its lower case is itself
    assert alias_names_in("vİvo 发布新机") <= {"vivo"}  # a dotted capital I: no error
    assert alias_names_in("《自然·医学》") == {"自然·医学"}


def test_a_board_is_an_alias_for_the_verifier_but_no_actor_for_the_desk() -> None:
    assert mentions("摩尔线程科创板上市") == ["moore threads"]
    assert mentions("Two firms list on the STAR Market") == []
    assert "科创板" in next(e for e in entities() if e.key == "star market").chinese
